import GleanerCore
import GleanerText

/// A word of the text as the actor rules see it: a token, or tokens joined by
/// hyphens without spaces ("al-Kanu", "Timor-Leste"), or one punctuation mark.
struct WordUnit: Sendable {
  var range: TextRange
  /// The lookup key's entry in the article's `ArticleWords` (its text: `words.key(entry)`).
  var entry: Int32
  /// The key's word id: equal ids, equal keys (`ArticleWords`).
  var id: Int32
  /// The word lists that hold the key.
  var flags: WordFlags
  var isWord: Bool
  /// Starts with an upper-case letter (or a name particle joined to one: "al-Kanu").
  var isCapitalized: Bool
  /// Two or more letters, none lower-case ("NATO", "LONDON").
  var isAllCaps: Bool
  var startsSentence: Bool
  var paragraph: Int
  /// Whether the paragraph is written in capitals (a headline or dateline).
  var inCapitals = false
  /// A name joined to a lower-case word: "Ontario-based", "Dublin-born". Not a name.
  var hasLowerTail = false
  /// The key is one character.
  var isSingleCharacter = false
  /// The key starts with a digit (`Character.isNumber`).
  var startsWithNumber = false
  /// Tokens joined by a hyphen ("Karl-Anthony", "al-Kanu").
  var isJoined = false
}

enum WordUnits {
  /// The units of `text`, in order, and the keys of their words.
  static func build(_ text: ArticleText, lexicon: ActorLexicon) -> ([WordUnit], ArticleWords) {
    var words = ArticleWords(capacity: text.tokens.count, bytes: text.bytes.count)
    // One pass over the tokens with the text's bytes in hand: no slices, no per-token
    // retains.
    var units = text.bytes.withUnsafeBufferPointer { bytes in
      text.lowercased.withUnsafeBufferPointer { lowercased in
        text.tokens.withUnsafeBufferPointer { tokens in
          scan(text, tokens, bytes, lowercased, lexicon, &words)
        }
      }
    }
    words.resolve(lexicon.vocabulary)
    let ids = words.ids
    let flags = words.flags
    units.withUnsafeMutableBufferPointer { units in
      for index in units.indices {
        let entry = Int(units[index].entry)
        units[index].id = ids[entry]
        units[index].flags = flags[entry]
        if units[index].isJoined, units[index].isCapitalized, !units[index].isAllCaps,
          !units[index].flags.contains(.givenName), isJoinedGivenNames(text, units[index].range, lexicon)
        {
          units[index].flags.insert(.givenName)
        }
      }
      markCapitalParagraphs(units)
    }
    return (units, words)
  }

  /// Whether a word joined by a hyphen is given names on both sides ("Karl-Anthony",
  /// "Anna-Lena") that the list does not hold whole; no month is one.
  static func isJoinedGivenNames(_ text: ArticleText, _ range: TextRange, _ lexicon: ActorLexicon) -> Bool {
    let parts = PhraseKey.word(text.string(range)).split(separator: "-")
    // (not a span of months, also shortened: "Jan-August")
    return parts.count == 2
      && parts.allSatisfy { part in
        lexicon.givenNames[String(part)] != nil
          && !(part.count >= 3 && lexicon.months.contains { $0.hasPrefix(part) })
      }
  }

  /// The units of the tokens, each with its key's entry in `words` (not yet its id).
  private static func scan(
    _ text: ArticleText, _ tokens: UnsafeBufferPointer<Token>, _ bytes: UnsafeBufferPointer<UInt8>,
    _ lowercased: UnsafeBufferPointer<UInt8>, _ lexicon: ActorLexicon, _ words: inout ArticleWords
  ) -> [WordUnit] {
    var units: [WordUnit] = []
    units.reserveCapacity(tokens.count)
    var index = 0
    var sentenceStartPending = false
    while index < tokens.count {
      let token = tokens[index]
      var end = index
      if token.kind != .punctuation {
        // Join "word-word" without spaces.
        while end + 2 < tokens.count, tokens[end + 1].kind == .punctuation,
          !tokens[end + 1].spaceBefore, !tokens[end + 2].spaceBefore,
          tokens[end + 2].kind != .punctuation, bytes[tokens[end + 1].range.start] == 45,
          tokens[end + 1].range.count == 1
        {
          end += 2
        }
      }
      let range = TextRange(token.range.start, tokens[end].range.end)
      // One pass over the bytes: ASCII or not, upper-case letters, a lower-case one.
      let (ascii, asciiLetters, asciiLower) = letterCounts(bytes, range.start, range.end)
      var letters = asciiLetters
      var lower = asciiLower
      let entry: Int32
      var nonASCIIKey: String?
      let singleCharacter: Bool
      let startsWithNumber: Bool
      if ascii {
        // The key: lower-cased, a final period dropped unless the word has another one.
        var keyEnd = range.end
        if keyEnd - range.start > 1, bytes[keyEnd - 1] == 46 {
          var innerPeriod = false
          for k in range.start..<(keyEnd - 1) where bytes[k] == 46 {
            innerPeriod = true
            break
          }
          if !innerPeriod { keyEnd -= 1 }
        }
        entry = words.entry(lowercased, range.start, keyEnd)
        singleCharacter = keyEnd - range.start == 1
        startsWithNumber = (48...57).contains(bytes[range.start])
      } else {
        let key = PhraseKey.word(text.string(range))
        let keyBytes = Array(key.utf8)
        entry = keyBytes.withUnsafeBufferPointer { words.entry($0, 0, $0.count) }
        singleCharacter = key.count == 1
        startsWithNumber = key.first?.isNumber == true
        nonASCIIKey = key
      }
      var capitalized = token.isCapitalized
      if !capitalized, end > index {
        if let key = nonASCIIKey {
          if let dash = key.firstIndex(of: "-"), lexicon.particles.contains(String(key[..<dash])) {
            capitalized = tokens[index + 2].isCapitalized
          }
        } else if isParticle(beforeDashIn: lowercased, range.start, range.end, lexicon) {
          capitalized = tokens[index + 2].isCapitalized
        }
      }
      if !ascii {
        letters = 0
        lower = false
        for scalar in text.string(range).unicodeScalars where scalar.properties.isAlphabetic {
          letters += 1
          if scalar.properties.isLowercase { lower = true; break }
        }
      }
      let opensSentence = token.startsSentence || sentenceStartPending
      sentenceStartPending = false
      if opensSentence, token.kind == .punctuation {
        sentenceStartPending = true  // an opening quote or bracket: the next word opens it
      }
      var unit = WordUnit(
        range: range, entry: entry, id: entry, flags: [], isWord: token.kind == .word,
        isCapitalized: capitalized, isAllCaps: letters >= 2 && !lower, startsSentence: opensSentence,
        paragraph: token.paragraph)
      unit.isSingleCharacter = singleCharacter
      unit.startsWithNumber = startsWithNumber
      unit.isJoined = end > index
      if end > index, capitalized, tokens[index].isCapitalized, !tokens[end].isCapitalized,
        tokens[end].kind == .word
      {
        let first = bytes[tokens[end].range.start]
        unit.hasLowerTail = (97...122).contains(first)
      }
      units.append(unit)
      index = end + 1
    }
    return units
  }

  /// Whether `bytes[start..<end]` is ASCII, and if so its number of upper-case letters (counted
  /// up to two per eight bytes: enough for "two or more") and whether it has a lower-case one. Eight bytes per step (most words take one step): in
  /// each byte (< 0x80) adding 0x80 - c sets the top bit exactly when the byte is >= c,
  /// without carries into the next byte; bytes past `end` are zeroed (no letter).
  @inline(__always)
  private static func letterCounts(
    _ bytes: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int
  ) -> (ascii: Bool, upper: Int, lower: Bool) {
    let ones: UInt64 = 0x0101_0101_0101_0101
    let tops: UInt64 = 0x8080_8080_8080_8080
    var upper = 0
    var lower = false
    var k = start
    while k < end {
      let count = end - k
      var chunk: UInt64
      if k + 8 <= bytes.count {
        chunk = UnsafeRawPointer(bytes.baseAddress! + k)
          .loadUnaligned(as: UInt64.self).littleEndian
        if count < 8 { chunk &= (1 &<< UInt64(count * 8)) &- 1 }  // count < 8: no over-shift
      } else {
        chunk = 0
        for offset in 0..<min(count, 8) {
          chunk |= UInt64(bytes[k + offset]) << UInt64(offset * 8)
        }
      }
      if chunk & tops != 0 { return (false, 0, false) }
      let lowerTops = (chunk &+ ones &* (0x80 - 97)) & ~(chunk &+ ones &* (0x80 - 123)) & tops
      let upperTops = (chunk &+ ones &* (0x80 - 65)) & ~(chunk &+ ones &* (0x80 - 91)) & tops
      if lowerTops != 0 { lower = true }
      // At most 2 is all the caller asks ("two or more"); no bit count (no `popcnt` on the
      // baseline x86-64 target: a bit count there is a 20-instruction routine).
      if upperTops != 0 { upper += upperTops & (upperTops &- 1) != 0 ? 2 : 1 }
      k += 8
    }
    return (true, upper, lower)
  }

  /// Whether the ASCII word `lowercased[start..<end]` has a dash and the words before its
  /// first one is a particle ("al" of "al-kanu"): one vocabulary lookup, no String.
  private static func isParticle(
    beforeDashIn lowercased: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int,
    _ lexicon: ActorLexicon
  ) -> Bool {
    var dash = start
    while dash < end, lowercased[dash] != 45 { dash += 1 }
    guard dash < end else { return false }
    let hash = WordVocabulary.hash(lowercased, start, dash)
    return lexicon.vocabulary.lookup(lowercased, start, dash, hash: hash).flags.contains(.particle)
  }

  /// Marks paragraphs where most words are in capitals: there, case says nothing.
  private static func markCapitalParagraphs(_ units: UnsafeMutableBufferPointer<WordUnit>) {
    var start = 0
    while start < units.count {
      var end = start
      var words = 0
      var capitals = 0
      let paragraph = units[start].paragraph
      while end < units.count, units[end].paragraph == paragraph {
        if units[end].isWord {
          words += 1
          if units[end].isAllCaps { capitals += 1 }
        }
        end += 1
      }
      if capitals >= 1, capitals * 10 >= words * 6 {
        for index in start..<end { units[index].inCapitals = true }
      }
      start = end
    }
  }
}
