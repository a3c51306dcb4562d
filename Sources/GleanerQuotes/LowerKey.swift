import GleanerCore

/// Word keys for matching names case-insensitively without building
/// strings: the `WordHash` of a word's `lowercased()` UTF-8 bytes. ASCII
/// text (nearly every name) is read byte by byte; other text goes through
/// `String`'s Unicode-aware operations so that results stay the same.
enum LowerKey {
  /// Whether `text` is all ASCII; nil when its UTF-8 is not contiguous.
  @inline(__always) private static func asciiBytes<R>(
    _ text: String, _ body: (UnsafeBufferPointer<UInt8>) -> R
  ) -> R? {
    text.utf8.withContiguousStorageIfAvailable { bytes in
      for byte in bytes where byte >= 0x80 { return nil }
      return body(bytes)
    } ?? nil
  }

  static func isASCII(_ text: String) -> Bool {
    asciiBytes(text) { _ in true } ?? false
  }

  /// Whether `text` holds a space (as `text.contains(" ")`).
  static func hasSpace(_ text: String) -> Bool {
    asciiBytes(text) { $0.contains(32) } ?? text.contains(" ")
  }

  /// The key of the last space-separated word of a name that has a space
  /// (as `name.split(separator: " ").last?.lowercased()`), else nil.
  static func lastWord(of name: String) -> UInt64? {
    let key: UInt64?? = asciiBytes(name) { bytes in
      bytes.contains(32) ? lastWordKey(bytes) : nil
    }
    if let key { return key }
    guard let last = name.split(separator: " ").last, name.contains(" ") else { return nil }
    return WordHash.of(Array(last.lowercased().utf8))
  }

  /// The key of the last space-separated word of `text`, or of all of it
  /// when it has no space (as `text.lowercased().split(separator: " ").last`
  /// hashed); nil when it has no word.
  static func lastWordOrWhole(of text: String) -> UInt64? {
    let key: UInt64?? = asciiBytes(text) { bytes in lastWordKey(bytes) }
    if let key { return key }
    return text.lowercased().split(separator: " ").last.map { WordHash.of(Array($0.utf8)) }
  }

  /// The key of the last space-separated word of ASCII `bytes`, lower-cased;
  /// nil when they hold only spaces.
  private static func lastWordKey(_ bytes: UnsafeBufferPointer<UInt8>) -> UInt64? {
    var end = bytes.count
    while end > 0, bytes[end - 1] == 32 { end -= 1 }
    guard end > 0 else { return nil }
    var start = end
    while start > 0, bytes[start - 1] != 32 { start -= 1 }
    var hash = WordHash.seed
    for offset in start..<end {
      let byte = bytes[offset]
      hash = WordHash.add(hash, (65...90).contains(byte) ? byte | 0x20 : byte)
    }
    return hash
  }

  /// Whether `name` lower-cased (its last space-separated word when
  /// `lastWord`) is `lowered`, as `name.lowercased() == lowered` or
  /// `name.lowercased().split(separator: " ").last.map(String.init) == lowered`;
  /// ASCII text is compared byte by byte without building strings.
  static func lowerEquals(_ name: String, _ lowered: String, lastWord: Bool) -> Bool {
    let result: Bool?? = asciiBytes(name) { bytes in
      asciiBytes(lowered) { other -> Bool in
        var end = bytes.count
        var start = 0
        if lastWord {
          while end > 0, bytes[end - 1] == 32 { end -= 1 }
          guard end > 0 else { return false }
          start = end
          while start > 0, bytes[start - 1] != 32 { start -= 1 }
        }
        guard end - start == other.count else { return false }
        for offset in 0..<other.count {
          let byte = bytes[start + offset]
          if ((65...90).contains(byte) ? byte | 0x20 : byte) != other[offset] { return false }
        }
        return true
      }
    }
    if let known = result ?? nil { return known }
    let lower = name.lowercased()
    return lastWord ? lower.split(separator: " ").last.map(String.init) == lowered : lower == lowered
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

/// Full names by their lower-cased last word ("okafor" => "Grace
/// Okafor"). ASCII keys (nearly all) are stored by their hash, so that
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
