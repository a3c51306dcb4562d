/// The normalized form that rule phrases and text words are compared in.
enum PhraseKey {
  /// A word's lookup key: lower-cased, curly apostrophes made straight, and a
  /// final period dropped unless the word is a dotted abbreviation ("u.s.").
  static func word<S: StringProtocol>(_ text: S) -> String {
    var key = text.lowercased()
    if key.contains("\u{2019}") { key = key.replacingOccurrences("\u{2019}", "'") }
    if key.hasSuffix("."), key.count > 1 {
      let inner = key.dropLast()
      if !inner.contains(".") { key = String(inner) }
    }
    return key
  }

  /// The word keys of a rule phrase: split at spaces, a possessive "'s" split
  /// off as in the text ("People's" → "people", "'s").
  static func words(_ phrase: String) -> [String] {
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
