import GleanerCore
import GleanerText

/// What a count counts: the head noun of the noun phrase after it, with the
/// nouns compounded before that head ("60 fire engines" → "fire engines").
struct CountedNoun {
  /// The words as written, from the first compound noun to the head.
  var unit: String
  /// The token after the head.
  var next: Int
  /// Whether the head is plural ("hostages", "people").
  var plural: Bool
}

extension NumberScan {
  /// One word of a noun phrase: a token, or a hyphenated compound
  /// ("water-dropping") over several tokens.
  private struct PhraseWord {
    var first: Int
    var end: Int
    /// The word lower-cased (ASCII), in place.
    var lower: Word
    var capitalized: Bool
    var hyphenated: Bool { end - first > 1 }

    /// Whether the word ends with `suffix`: compared byte by byte when the
    /// word is ASCII, else as `String`s (as the rules' words are).
    func hasSuffix(_ suffix: String, bytes: [UInt8]) -> Bool {
      let word = lower.bytes
      guard word.allSatisfy({ $0 < 0x80 }) else { return lower.string.hasSuffix(suffix) }
      guard word.count >= bytes.count else { return false }
      let offset = word.count - bytes.count
      for k in 0..<bytes.count where word[offset + k] != bytes[k] { return false }
      return true
    }
  }

  /// How a word may serve in a noun phrase.
  private enum Role { case noun, modifier, modifierOnly }

  /// The counted noun of the phrase starting at token `index`.
  ///
  /// Reads up to four words (stopping at a preposition, verb, number, month
  /// or mark). A plural count takes the first plural noun as its head and
  /// keeps the plain lower-case nouns right before it ("basis points");
  /// adjectives, participles, hyphenated modifiers and capitalised words
  /// (demonyms, names) before it are skipped ("33 Israeli hostages" →
  /// "hostages"). A singular count ("the first French president") skips
  /// those modifiers and takes the first word left. Only an `ordinal` counts
  /// a capitalised singular ("the first World Cup"): after a cardinal, one is
  /// a name ("Leeds 1 Falkirk 0").
  func countedNoun(at index: Int, singular: Bool, ordinal: Bool = false) -> CountedNoun? {
    guard index < limit, tokens[index].spaceBefore else { return nil }
    // a letter right after the number is a label's ("LHS 1140 b"), not what it counts
    if tokens[index].kind == .word, word(index).bytes.count == 1 { return nil }
    var words: [PhraseWord] = []
    var k = index
    // (after an ordinal a fraction's word is the noun: "a third straight quarter"; one
    // opening a compound qualifies it: "three quarter-point cuts")
    while words.count < 4,
      isCountable(k) || isAdjective(k) || isFractionWord(k) && (ordinal || glued(k + 1) && spelling(k + 1) == "-")
    {
      var end = k + 1
      while end + 1 < limit, glued(end), spelling(end) == "-", glued(end + 1), tokens[end + 1].kind == .word {
        end += 2
      }
      var lower = word(k)
      if end > k + 1 {
        let start = tokens[k].range.start
        let last = tokens[end - 1].range.end
        lower = Word(
          id: lexicon.words.id(reader.lower, start, last),
          bytes: UnsafeBufferPointer(rebasing: reader.lower[start..<last]))
      }
      words.append(PhraseWord(first: k, end: end, lower: lower, capitalized: tokens[k].isCapitalized))
      k = end
      if k >= limit || !tokens[k].spaceBefore { break }
    }
    guard !words.isEmpty else { return nil }
    let roles = words.indices.map { role(words, $0) }

    if !singular, var head = words.indices.first(where: { isPlural(words[$0]) && roles[$0] == .noun }) {
      // "police officers": an irregular plural before an -s plural is a modifier.
      if head + 1 < words.count, lexicon.plurals.contains(words[head].lower),
        roles[head + 1] == .noun, isPlural(words[head + 1])
      {
        head += 1
      }
      var start = head
      while start > 0, head - start < 2, roles[start - 1] == .noun, !words[start - 1].capitalized,
        !words[start - 1].hyphenated
      {
        start -= 1
      }
      return isRelativeTime(words, head) ? nil : noun(words, start, head, plural: true)
    }
    var head = 0
    while head + 1 < words.count, roles[head] != .noun { head += 1 }
    // A plural count is not of a lone adjective or participle ("kills two trying").
    guard roles[head] == .noun || singular && roles[head] == .modifier else { return nil }
    // A cardinal before a singular name is a score or a code ("Leeds 1 Falkirk 0").
    if words[head].capitalized, !ordinal, !isPlural(words[head]) { return nil }
    if isRelativeTime(words, head) { return nil }
    if words[head].capitalized, ordinal {
      // An ordinal before a name of up to three words counts the name ("the first World
      // Cup"), or the noun after it ("his third Grand Slam trophy")
      var last = head
      while last + 1 < words.count, last - head < 2, words[last + 1].capitalized { last += 1 }
      if last + 1 < words.count, roles[last + 1] == .noun {
        return noun(words, last + 1, last + 1, plural: isPlural(words[last + 1]))
      }
      return noun(words, head, last, plural: isPlural(words[last]))
    }
    return noun(words, head, head, plural: isPlural(words[head]))
  }

  /// Whether the head is a time unit after a word of `@list relative-time`: a time of its
  /// own, not what the count counts ("to 24 from 36 starting next month").
  private func isRelativeTime(_ words: [PhraseWord], _ head: Int) -> Bool {
    head > 0 && lexicon.timeWords.contains(words[head].lower.string)
      && words[..<head].contains { lexicon.relativeTime.contains($0.lower) }
  }

  private func noun(_ words: [PhraseWord], _ start: Int, _ head: Int, plural: Bool) -> CountedNoun {
    let range = TextRange(tokens[words[start].first].range.start, tokens[words[head].end - 1].range.end)
    return CountedNoun(unit: text.string(range), next: words[head].end, plural: plural)
  }

  /// Whether word `i` can be a noun, qualifies one only before a noun, or
  /// never is one.
  private func role(_ words: [PhraseWord], _ i: Int) -> Role {
    let phraseWord = words[i]
    let lower = phraseWord.lower
    let followed = i + 1 < words.count
    if lexicon.adjectives.contains(lower) { return .modifierOnly }
    if phraseWord.hyphenated || phraseWord.capitalized {
      // "water-dropping aircraft", "Israeli hostages"; alone, a noun ("Palestinians").
      return followed && !(phraseWord.capitalized && words[i + 1].capitalized) ? .modifier : .noun
    }
    for suffix in lexicon.adjectiveSuffixes
    where lower.bytes.count >= suffix.minLength && phraseWord.hasSuffix(suffix.suffix, bytes: suffix.bytes) {
      return suffix.head ? .modifier : .modifierOnly
    }
    return .noun
  }

  private static let s = Array("s".utf8)
  private static let ss = Array("ss".utf8)
  private static let `is` = Array("is".utf8)
  private static let us = Array("us".utf8)

  /// A word of `@list fraction` ("quarter", "half") inside a sentence.
  private func isFractionWord(_ index: Int) -> Bool {
    index < limit && tokens[index].kind == .word && !tokens[index].startsSentence
      && lexicon.fractionWords[word(index)] != nil
  }

  /// A word of the `adjective` list, which may also be a `not-counted` word
  /// ("two more hostages").
  private func isAdjective(_ index: Int) -> Bool {
    index < limit && tokens[index].kind == .word && !tokens[index].startsSentence
      && lexicon.adjectives.contains(word(index))
  }

  /// A plural noun: one of the irregular plurals, or a word in -s that is
  /// not in -ss, -is or -us ("basis", "bus").
  private func isPlural(_ phraseWord: PhraseWord) -> Bool {
    if lexicon.plurals.contains(phraseWord.lower) { return true }
    guard phraseWord.lower.bytes.count >= 3, phraseWord.hasSuffix("s", bytes: Self.s) else { return false }
    return !phraseWord.hasSuffix("ss", bytes: Self.ss) && !phraseWord.hasSuffix("is", bytes: Self.is)
      && !phraseWord.hasSuffix("us", bytes: Self.us)
  }
}
