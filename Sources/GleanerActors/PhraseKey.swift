/// The normalized form that rule phrases and text words are compared in.
enum PhraseKey {
  /// A word's lookup key: lower-cased, curly apostrophes made straight, and a
  /// final period dropped unless the word is a dotted abbreviation ("u.s.").
  static func word<S: StringProtocol>(_ text: S) -> String {
    if let key = asciiWord(text) { return key }
    var key = text.lowercased()
    // Scalars, not Foundation's `contains` (which is slow): the replacement below maps whole
    // characters, so testing for the scalar first changes no result.
    if key.unicodeScalars.contains("\u{2019}") { key = key.replacingOccurrences("\u{2019}", "'") }
    if key.hasSuffix("."), key.count > 1 {
      let inner = key.dropLast()
      if !inner.contains(".") { key = String(inner) }
    }
    return key
  }

  /// The key of a plain ASCII word without a final period, lower-cased in one pass; nil
  /// for anything else (the slow path handles it).
  private static func asciiWord<S: StringProtocol>(_ text: S) -> String? {
    let utf8 = text.utf8
    for byte in utf8 where byte >= 0x80 || byte == 46 || byte == 39 || byte == 32 { return nil }
    return String(unsafeUninitializedCapacity: utf8.count) { buffer in
      var count = 0
      for byte in utf8 {
        buffer[count] = byte &- 65 < 26 ? byte | 0x20 : byte
        count += 1
      }
      return count
    }
  }

  /// The word keys of a rule phrase: split at spaces, a possessive "'s" split
  /// off as in the text ("People's" → "people", "'s").
  static func words(_ phrase: String) -> [String] {
    if let keys = printableASCIIWords(phrase) { return keys }
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

extension PhraseKey {
  /// The word keys of a phrase with an abbreviation's period inside ("St. Louis",
  /// "Mt. Everest") as the text splits it, the period a word of its own: `st`, `.`,
  /// `louis`; nil for a phrase with none (a dotted "U.S." stays one word).
  static func wordsWithPeriods(_ phrase: String) -> [String]? {
    // (most phrases have no period at all: one pass over the bytes answers them)
    guard phrase.utf8.contains(46) else { return nil }
    let pieces = phrase.split(separator: " ")
    var keys: [String] = []
    var split = false
    for (index, piece) in pieces.enumerated() {
      keys.append(contentsOf: words(String(piece)))
      if index < pieces.count - 1, piece.count > 1, piece.hasSuffix("."), piece.dropLast().allSatisfy(\.isLetter) {
        keys.append(".")
        split = true
      }
    }
    return split ? keys : nil
  }

  /// The word keys of a phrase with an ampersand inside a word ("AT&T", "H&M") as the text
  /// splits it, the ampersand a word of its own: `at`, `&`, `t`; nil for a phrase with none.
  static func wordsWithAmpersands(_ phrase: String) -> [String]? {
    guard phrase.utf8.contains(38) else { return nil }
    var keys: [String] = []
    var split = false
    for piece in phrase.split(separator: " ") {
      guard piece.count > 1, piece.contains("&") else {
        keys.append(contentsOf: words(String(piece)))
        continue
      }
      split = true
      for (index, part) in piece.split(separator: "&", omittingEmptySubsequences: false).enumerated() {
        if index > 0 { keys.append("&") }
        if !part.isEmpty { keys.append(contentsOf: words(String(part))) }
      }
    }
    return split ? keys : nil
  }

  /// `words(_:)` of a phrase of printable ASCII (space to tilde), in one pass over its
  /// bytes with one String per key; nil for anything else (or an empty phrase). Rule
  /// loading splits some 50,000 phrases, so this path matters for startup.
  fileprivate static func printableASCIIWords(_ phrase: String) -> [String]? {
    var phrase = phrase
    return phrase.withUTF8 { bytes -> [String]? in
      guard !bytes.isEmpty else { return nil }
      for byte in bytes where byte < 0x20 || byte >= 0x7F { return nil }
      var keys: [String] = []
      var start = 0
      while start < bytes.count {
        if bytes[start] == 32 {
          start += 1
          continue
        }
        var end = start
        while end < bytes.count, bytes[end] != 32 { end += 1 }
        // A final period goes unless the word has another one ("u.s.").
        var keyEnd = end
        if end - start > 1, bytes[end - 1] == 46 {
          var inner = false
          for k in start..<(end - 1) where bytes[k] == 46 {
            inner = true
            break
          }
          if !inner { keyEnd -= 1 }
        }
        // A possessive "'s" is a word of its own.
        if keyEnd - start > 2, bytes[keyEnd - 2] == 39, bytes[keyEnd - 1] | 0x20 == 115 {
          keys.append(lowercased(bytes, start, keyEnd - 2))
          keys.append("'s")
        } else {
          keys.append(lowercased(bytes, start, keyEnd))
        }
        start = end
      }
      return keys
    }
  }

  /// `bytes[start..<end]` (ASCII) lower-cased.
  private static func lowercased(_ bytes: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int)
    -> String
  {
    String(unsafeUninitializedCapacity: end - start) { buffer in
      for k in start..<end {
        let byte = bytes[k]
        buffer[k - start] = byte &- 65 < 26 ? byte | 0x20 : byte
      }
      return end - start
    }
  }
}

extension String {
  func replacingOccurrences(_ target: Character, _ replacement: Character) -> String {
    String(map { $0 == target ? replacement : $0 })
  }
}
