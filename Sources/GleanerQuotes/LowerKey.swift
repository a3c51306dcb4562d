import GleanerCore

/// Word keys for matching names case-insensitively without building
/// strings: the `WordHash` of a word's `lowercased()` UTF-8 bytes. ASCII
/// text (nearly every name) is read byte by byte; other text goes through
/// `String`'s Unicode-aware operations so that results stay the same.
enum LowerKey {
  @inline(__always) static func isASCII(_ text: String) -> Bool {
    text.utf8.allSatisfy { $0 < 0x80 }
  }

  /// Whether `text` holds a space (as `text.contains(" ")`).
  static func hasSpace(_ text: String) -> Bool {
    isASCII(text) ? text.utf8.contains(32) : text.contains(" ")
  }

  /// The key of the last space-separated word of a name that has a space
  /// (as `name.split(separator: " ").last?.lowercased()`), else nil.
  static func lastWord(of name: String) -> UInt64? {
    guard isASCII(name) else {
      guard let last = name.split(separator: " ").last, name.contains(" ") else { return nil }
      return WordHash.of(Array(last.lowercased().utf8))
    }
    let bytes = name.utf8
    guard bytes.contains(32) else { return nil }
    var end = bytes.endIndex
    while end > bytes.startIndex, bytes[bytes.index(before: end)] == 32 { end = bytes.index(before: end) }
    guard end > bytes.startIndex else { return nil }
    var start = end
    while start > bytes.startIndex, bytes[bytes.index(before: start)] != 32 { start = bytes.index(before: start) }
    var hash = WordHash.seed
    for byte in bytes[start..<end] { hash = WordHash.add(hash, (65...90).contains(byte) ? byte | 0x20 : byte) }
    return hash
  }

  /// The key of token `index` (as `view.string(index..<index + 1).lowercased()`).
  static func of(token index: Int, in view: TokenView) -> UInt64 {
    let range = view.tokens[index].range
    let bytes = view.text.bytes
    var isASCII = true
    for offset in range.start..<range.end where bytes[offset] >= 0x80 {
      isASCII = false
      break
    }
    // ASCII tokens: the view's hash is of the ASCII-lower-cased bytes.
    if isASCII { return view.hashes[index] }
    return WordHash.of(Array(view.string(index..<(index + 1)).lowercased().utf8))
  }
}

/// Full names by their lower-cased last word ("lonechild" => "Darian
/// Lonechild"). ASCII keys (nearly all) are stored by their hash, so that
/// neither storing nor looking up hashes a `String`; other keys keep
/// `String` keys and their Unicode-aware equality.
struct FullNameIndex {
  private var ascii: [UInt64: String] = [:]
  private var other: [String: String] = [:]

  /// The full name stored for `key`, a lower-cased word.
  subscript(key: String) -> String? {
    LowerKey.isASCII(key) ? ascii[WordHash.of(key.utf8)] : other[key]
  }

  /// Stores `name()` for the key spelled by `bytes` (lower-cased UTF-8)
  /// unless a name is stored for it already.
  mutating func insertIfAbsent(_ bytes: ArraySlice<UInt8>, _ name: () -> String) {
    if bytes.allSatisfy({ $0 < 0x80 }) {
      let key = WordHash.of(bytes)
      if ascii[key] == nil { ascii[key] = name() }
    } else {
      let key = String(decoding: bytes, as: UTF8.self)
      if other[key] == nil { other[key] = name() }
    }
  }
}
