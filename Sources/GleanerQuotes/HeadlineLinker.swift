import GleanerCore

/// Gives a headline quotation the speaker of the body quotation that repeats
/// its words: the subheading `It's about "technical details"` quotes whoever
/// says "... technical details ..." below it (else above it).
enum HeadlineLinker {
  /// Fills the speaker of each headline quote of `quotes` (in text order)
  /// that has none and two or more words.
  static func link(_ quotes: inout [Quote]) {
    for index in quotes.indices where quotes[index].speaker == nil && quotes[index].rule == headlineRule {
      let words = normalized(quotes[index].span.text)
      guard words.count >= 2 else { continue }
      let after = quotes.indices.dropFirst(index + 1)
      let before = quotes.indices.prefix(index).reversed()
      let source = after.first { repeats(quotes[$0], words) } ?? before.first { repeats(quotes[$0], words) }
      if let source { quotes[index].speaker = quotes[source].speaker }
    }
  }

  static let headlineRule = "quote.headline"

  /// Whether `quote` has a speaker and holds `words` in a row.
  private static func repeats(_ quote: Quote, _ words: [Substring]) -> Bool {
    guard quote.speaker != nil, quote.rule != headlineRule else { return false }
    let body = normalized(quote.span.text)
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
