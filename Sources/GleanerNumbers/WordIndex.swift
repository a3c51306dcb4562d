import GleanerCore

/// Lower-cased words interned to small integer ids and found again from a
/// token's lower-cased UTF-8 bytes (`InternedWords`), so a lookup creates no
/// `String` and runs no Swift `Hasher`.
struct WordIndex: Sendable {
  private var words = InternedWords()

  /// word → id, while the rules are compiled (and for non-ASCII tokens).
  var ids: [String: Int32] { words.ids }

  var count: Int { words.count }

  /// The id of `word`, adding it if new (call `seal()` after the last one).
  mutating func intern(_ word: String) -> Int32 { words.intern(word) }

  /// Builds the hash table for `id(_:_:_:)`.
  mutating func seal() { words.seal() }

  /// FNV-1a of `bytes[start..<end]`, continuing `seed`.
  @inline(__always)
  static func fnv(
    _ bytes: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int, seed: UInt64 = fnvSeed
  ) -> UInt64 {
    InternedWords.fnv(bytes, start, end, seed: seed)
  }

  static var fnvSeed: UInt64 { InternedWords.fnvSeed }

  /// The id of the lower-cased word `bytes[start..<end]`, or -1.
  ///
  /// Words with non-ASCII bytes are looked up as strings, so that canonically
  /// equivalent spellings match as they do with `String` equality.
  func id(_ bytes: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int) -> Int32 {
    var h = Self.fnvSeed
    var high: UInt8 = 0
    for k in start..<end {
      high |= bytes[k]
      h = (h ^ UInt64(bytes[k])) &* 0x100_0000_01b3
    }
    return id(bytes, start, end, fnv: h, ascii: high < 0x80)
  }

  /// `id(_:_:_:)` given the word's FNV-1a hash and whether it is all ASCII.
  @inline(__always)
  func id(_ bytes: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int, fnv: UInt64, ascii: Bool) -> Int32 {
    guard words.isSealed else { return -1 }
    if !ascii {
      return words.ids[String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<end]), as: UTF8.self)] ?? -1
    }
    return words.id(bytes, start, end, fnv: fnv)
  }
}
