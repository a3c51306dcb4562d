/// Resolves mentions that lean on an earlier date of the same text: in
/// quarterly results "a year ago" is the year-ago quarter of the quarter
/// under discussion; "the following year" follows the year last stated;
/// "the next day" and "the following Monday" follow the day last named.
enum ContextResolver {
  /// - Parameter anchor: the publication day; a quarter not yet over by then
  ///   ("no forecast of the effect on fourth-quarter earnings" in October)
  ///   does not replace a quarter already under discussion (a text that opens
  ///   with it may report a fiscal quarter).
  ///   `sentence` gives a token's sentence: "For the nine months, ... a year
  ///   earlier" compares with the nine months, not with the quarter.
  ///   `tense` gives the tense of the sentence around a mention's tokens (-1 past).
  ///   `comparedFrom` tells a mention that is the base of a comparison ("from the
  ///   second quarter"): it does not replace the quarter its sentence discusses.
  ///   `pronounOpens` tells a token whose sentence opens with a pronoun subject: a past
  ///   sentence so opened goes on in the year of the sentence before.
  ///   `relativeClause` gives the relative clause set off by commas that holds a token: a
  ///   year there frames no more of its sentence.
  ///   `pastPlan` tells a token a plan told from the past governs ("In 2017, the trial
  ///   was set to begin in May": that year's May).
  static func apply(
    _ found: inout [DateExtractor.Found], anchor: Day? = nil, sentence: ((Int) -> Int?)? = nil,
    tense: ((Int, Int) -> Int)? = nil, comparedFrom: ((Int) -> Bool)? = nil,
    pronounOpens: ((Int) -> Bool)? = nil, pastPlan: ((Int) -> Bool)? = nil,
    relativeClause: ((Int) -> Range<Int>?)? = nil
  ) {
    var walk = ContextWalk(
      anchor: anchor, sentence: sentence, tense: tense, comparedFrom: comparedFrom,
      pronounOpens: pronounOpens, pastPlan: pastPlan, relativeClause: relativeClause)
    // through the buffer: an element read through the array is copied whole (a `Found`
    // holds a dozen strings), and this loop reads each field of each mention
    found.withUnsafeMutableBufferPointer { found in
      for k in found.indices { walk.read(found, k) }
    }
  }

  /// Whether token `at` is among the first `count` tokens of its sentence ("In 1987,
  /// ...": the year opens it), by the sentence of each token.
  static func leadsSentence(_ at: Int, within count: Int, _ sentence: ((Int) -> Int?)?) -> Bool {
    guard let here = sentence?(at) else { return false }
    return (1...count).contains { at - $0 < 0 || sentence?(at - $0) != here }
  }

  /// Whether a mention type names a date (`date`, `datetime`).
  static func isDateType(_ type: String) -> Bool { type == "date" || type == "datetime" }

  /// Whether a granularity names a day or a time in it.
  static func isDayLike(_ granularity: String?) -> Bool {
    guard let granularity else { return false }
    return granularity == "day" || granularity == "part-of-day" || granularity == "time"
  }

  /// The year a value starts with (`1989-Q3` → 1989): four digits, then
  /// nothing or `-`.
  static func leadingYear(_ value: String) -> Int? {
    var year = 0
    var digits = 0
    for b in value.utf8 {
      if digits == 4 { return b == UInt8(ascii: "-") ? year : nil }
      guard b >= 48, b <= 57 else { return nil }
      year = year * 10 + Int(b - 48)
      digits += 1
    }
    return digits == 4 ? year : nil
  }
}
