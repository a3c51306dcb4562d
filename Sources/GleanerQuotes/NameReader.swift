import GleanerCore
import GleanerText

/// Reads names on tokens: the name part of a capitalized run, whether a name
/// is a subject, a person's name, a plural.
///
/// Kept apart from `SpeakerResolver` and small (a few references), so that
/// the resolver's mutating passes call these helpers on a local copy instead
/// of copying (and retaining) the whole resolver for every call.
struct NameReader {
  let rules: QuoteRules
  let view: TokenView
  let phrases: Phrases
  /// Words that open a sentence before more of a name but are also written
  /// in lower case in the document: common words, not names.
  let lowerWords: HashSet64

  /// Whether an actor not typed as a person may be one: a single word
  /// name, not an acronym or an organization noun ("Yuni").
  func mayBePerson(_ number: Int, actors: [Actor]) -> Bool {
    guard actors[number].type == "organization", !LowerKey.hasSpace(actors[number].name),
      let mention = actors[number].mentions.first
    else {
      return false
    }
    let first = view.tokenIndex(atOrAfter: mention.range.start)
    guard first < view.count, view.isWord(first), view.isCapitalized(first), !view.isAllCaps(first) else {
      return false
    }
    return !view.has(first, .organizationWord) && !view.isPlural(first)
  }

  /// Whether a name is a sentence's subject: it opens the sentence (after
  /// titles, or words of `@list sentence-opener`: "And then Keller left") or an
  /// opening phrase's comma, and a lower-case word that is no preposition follows
  /// ("Keller didn't", not "Novak/The Canadian Press").
  @inline(__always) func isSubject(_ name: Range<Int>, sentence: Range<Int>) -> Bool {
    let next = name.upperBound
    // "Yuni, a resident of the town, was ...": a name before its appositive.
    if next + 1 < sentence.upperBound, view.isChar(next, UInt8(ascii: ",")), view.isWord(next + 1),
      view.has(next + 1, .determiner)
    {
      return (sentence.lowerBound..<name.lowerBound).allSatisfy { view.isPunctuation($0) }
    }
    // "Its chief executive, Lena Hoff, will ...": a name in apposition to the sentence's
    // opening description, a lower-case word after it.
    let first = sentence.lowerBound
    if next + 1 < sentence.upperBound, view.isChar(next, UInt8(ascii: ",")), name.lowerBound - 3 >= first,
      view.isChar(name.lowerBound - 1, UInt8(ascii: ",")), view.isWord(next + 1), !view.isCapitalized(next + 1),
      !view.has(next + 1, .subjectStop), view.has(first, .determiner) || view.has(first, .possessive),
      ((first + 1)..<(name.lowerBound - 1)).allSatisfy({ view.isWord($0) || view.hashes[$0] == Phrases.possessiveHash })
    {
      return true
    }
    guard next < sentence.upperBound, view.isWord(next), !view.isCapitalized(next) else { return false }
    let hash = view.hashes[next]
    if rules.speakerStops.contains(hash) || rules.postModifiers.contains(hash) || hash == Phrases.possessiveHash {
      return false
    }
    if name.lowerBound > sentence.lowerBound, view.isChar(name.lowerBound - 1, UInt8(ascii: ",")) { return true }
    return (sentence.lowerBound..<name.lowerBound).allSatisfy {
      view.isPunctuation($0) || view.isCapitalized($0) || view.has($0, .determiner)
        || view.has($0, .titleWord) || view.has($0, .sentenceOpener)
    }
  }

  /// The name part of a capitalized run: past leading function words and
  /// titles, at most the last three words.
  @inline(__always) func nameTokens(_ run: Range<Int>) -> Range<Int>? {
    var start = run.lowerBound
    var lastTitle: Int?
    for index in run where view.isWord(index) && view.has(index, .titleWord) {
      lastTitle = index
    }
    if let lastTitle { start = lastTitle + 1 }
    while start < run.upperBound, view.isWord(start),
      view.has(start, .determiner) || view.has(start, .subjectStop)
        || view.has(start, .speakerStop)
    {
      start += 1
    }
    while start < run.upperBound, view.isPunctuation(start) { start += 1 }
    if start + 1 < run.upperBound, view.tokens[start].startsSentence,
      lowerWords.contains(view.hashes[start]) || isInflected(start)
    {
      start += 1
    }
    while start < run.upperBound, view.isPunctuation(start) { start += 1 }
    guard start < run.upperBound else { return nil }
    var name = start..<run.upperBound
    while wordCount(name) > 3 {
      var next = name.lowerBound + 1
      while next < name.upperBound, view.isPunctuation(next) || !view.isCapitalized(next) { next += 1 }
      name = next..<name.upperBound
    }
    return name
  }

  /// A capitalized "-ing" or "-ly" word, which opens sentences, not names.
  @inline(__always) func isInflected(_ index: Int) -> Bool {
    let range = view.tokens[index].range
    guard range.count > 4 else { return false }
    let bytes = view.text.lowercased
    let tail = (bytes[range.end - 3], bytes[range.end - 2], bytes[range.end - 1])
    return tail == (105, 110, 103) || (tail.1 == 108 && tail.2 == 121)
  }

  @inline(__always) func wordCount(_ range: Range<Int>) -> Int {
    var count = 0
    for index in range where view.isWord(index) {
      if index > range.lowerBound, phrases.isJoiner(index - 1) { continue }
      let joined = index + 1 < range.upperBound && phrases.isJoiner(index + 1)
      if !view.isCapitalized(index), !joined { continue }  // "van der"
      count += 1
    }
    return count
  }

  @inline(__always) func isPersonName(_ name: Range<Int>) -> Bool {
    guard let last = name.last, view.isWord(last) else { return false }
    if view.has(last, .organizationWord) { return false }
    if name.contains(where: { view.isAllCaps($0) }) { return false }
    if name.contains(where: { view.has($0, .pronoun) }) { return false }
    return wordCount(name) >= 2
  }
}
