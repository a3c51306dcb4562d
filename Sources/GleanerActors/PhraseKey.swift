/// The normalized form that rule phrases and text words are compared in.
enum PhraseKey {
  /// A word's lookup key: lower-cased, curly apostrophes made straight, and a
  /// final period dropped unless the word is a dotted abbreviation ("u.s.").
  static func word<S: StringProtocol>(_ text: S) -> String {
    if let key = asciiWord(text) { return key }
    var key = text.lowercased()
    if key.contains("\u{2019}") { key = key.replacingOccurrences("\u{2019}", "'") }
    if key.hasSuffix("."), key.count > 1 {
      let inner = key.dropLast()
      if !inner.contains(".") { key = String(inner) }
    }
    return key
  }

  /// The key of a plain ASCII word without a final period, lower-cased in one pass; nil
  /// for anything else (the slow path handles it).
  private static func asciiWord<S: StringProtocol>(_ text: S) -> String? {
    var bytes: [UInt8] = []
    bytes.reserveCapacity(text.utf8.count)
    for byte in text.utf8 {
      if byte >= 0x80 || byte == 46 || byte == 39 || byte == 32 { return nil }
      bytes.append((65...90).contains(byte) ? byte + 32 : byte)
    }
    return String(decoding: bytes, as: UTF8.self)
  }

  /// The word keys of a rule phrase: split at spaces, a possessive "'s" split
  /// off as in the text ("People's" → "people", "'s").
  static func words(_ phrase: String) -> [String] {
    if let key = asciiWord(phrase) { return [key] }
    var keys: [String] = []
    for piece in phrase.split(separator: " ") {
      let key = word(piece)
      if key.count > 2, key.hasSuffix("'s") {
        keys.append(String(key.dropLast(2)))
        keys.append("'s")
      } else {
        keys.append(key)
      }
    }
    return keys
  }
}

extension String {
  func replacingOccurrences(_ target: Character, _ replacement: Character) -> String {
    String(map { $0 == target ? replacement : $0 })
  }
}
