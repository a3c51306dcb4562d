import GleanerCore

/// Gives a headline quotation the speaker of the body quotation that repeats
/// its words: the subheading `It's about "technical details"` quotes whoever
/// says "... technical details ..." below it (else above it).
enum HeadlineLinker {
  /// Fills the speaker of each headline quote of `quotes` (in text order)
  /// that has none and two or more words.
  static func link(_ quotes: inout [Quote]) {
    // Each quotation's words, made the first time a headline reads them (not once per
    // headline: a text of thousands of headline quotes would pay their count squared).
    var bodies: [Int: [Substring]] = [:]
    func repeats(_ at: Int, _ words: [Substring]) -> Bool {
      guard quotes[at].speaker != nil, quotes[at].rule != headlineRule else { return false }
      if bodies[at] == nil { bodies[at] = normalized(quotes[at].span.text) }
      return holds(bodies[at]!, words)
    }
    for index in quotes.indices where quotes[index].speaker == nil && quotes[index].rule == headlineRule {
      let words = normalized(quotes[index].span.text)
      guard words.count >= 2 else { continue }
      // (the nearest `reach` quotations either way: more than an article holds)
      let after = (index + 1)..<min(quotes.count, index + 1 + reach)
      let before = (max(0, index - reach)..<index).reversed()
      let source = after.first { repeats($0, words) } ?? before.first { repeats($0, words) }
      if let source { quotes[index].speaker = quotes[source].speaker }
    }
  }

  static let headlineRule = "quote.headline"

  /// How many quotations before and after a headline's are searched for its words.
  static let reach = 200

  /// Whether `body` holds `words` in a row.
  private static func holds(_ body: [Substring], _ words: [Substring]) -> Bool {
    guard body.count >= words.count else { return false }
    for start in 0...(body.count - words.count) where body[start] == words[0] {
      if body[start..<(start + words.count)].elementsEqual(words) { return true }
    }
    return false
  }

  /// The lower-cased words of `text`, punctuation dropped.
  private static func normalized(_ text: String) -> [Substring] {
    text.lowercased().split { !($0.isLetter || $0.isNumber || $0 == "'" || $0 == "’") }
  }
}
