/// A token's lower-cased text, seen in place: its id in the lexicon's
/// `WordIndex` (-1 for a word no rule names) and its bytes.
///
/// Compares with string literals byte by byte and looks up word lists by id,
/// so reading a token's word creates no `String`. Only valid while the
/// document's lower-cased bytes it points into are (inside
/// `NumberExtractor.extract`).
struct Word {
  let id: Int32
  let bytes: UnsafeBufferPointer<UInt8>

  @inline(__always)
  static func == (word: Word, literal: StaticString) -> Bool {
    let count = literal.utf8CodeUnitCount
    guard word.bytes.count == count else { return false }
    let other = literal.utf8Start
    for k in 0..<count where word.bytes[k] != other[k] { return false }
    return true
  }

  @inline(__always)
  static func != (word: Word, literal: StaticString) -> Bool { !(word == literal) }

  /// The word as a `String` (for the rare checks on its characters).
  var string: String { String(decoding: bytes, as: UTF8.self) }
}

/// A token's lower-cased text without its word id, for comparisons with
/// string literals only: looking a word id up hashes the token, comparing
/// with a literal does not need it.
struct Spelling {
  let bytes: UnsafeBufferPointer<UInt8>

  @inline(__always)
  static func == (spelling: Spelling, literal: StaticString) -> Bool {
    let count = literal.utf8CodeUnitCount
    guard spelling.bytes.count == count else { return false }
    let other = literal.utf8Start
    for k in 0..<count where spelling.bytes[k] != other[k] { return false }
    return true
  }

  @inline(__always)
  static func != (spelling: Spelling, literal: StaticString) -> Bool { !(spelling == literal) }
}
