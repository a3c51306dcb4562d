import GleanerCore
import GleanerText

/// Pull quotes set without marks: a paragraph of the speaker's words that
/// ends with the speaker's name as a sentence of its own ("I am still
/// thankful for what it brought me. Jane Doe."). The name must also be
/// written elsewhere in the article, so that a photo credit after a caption
/// is no speaker.
struct PullQuotes {
  let rules: QuoteRules
  let view: TokenView
  let phrases: Phrases

  /// The pull quote of a paragraph, if it is one.
  func candidate(in paragraph: Int) -> Candidate? {
    let tokens = view.text.paragraphs[paragraph].tokens
    guard tokens.count >= 8 else { return nil }
    var end = tokens.upperBound
    if view.isChar(end - 1, UInt8(ascii: ".")) { end -= 1 }
    // The name: two to four capitalized words closing the paragraph.
    var start = end
    while start > tokens.lowerBound, end - start < 6, view.isCapitalized(start - 1) || phrases.isJoiner(start - 1) {
      start -= 1
    }
    let name = start..<end
    guard phrases.isName(name), (2...4).contains(name.count { view.isWord($0) }),
      start - 1 > tokens.lowerBound, isStop(start - 1), isWrittenElsewhere(name, paragraph: tokens)
    else { return nil }
    // The words: one or more sentences with no marks and no speech verb
    // of their own.
    let words = tokens.lowerBound..<(start - 1)
    guard words.count { view.isWord($0) } >= 6 else { return nil }
    for index in words {
      if phrases.quoted[index] || view.isPunctuation(index) && rules.marks.isMark(view.scalar(index)) {
        return nil
      }
    }
    return Candidate(
      range: view.range(words.lowerBound, words.upperBound - 1), parts: [], kind: .direct, cue: nil,
      speaker: name, rule: "quote.pull", paragraph: paragraph)
  }

  private func isStop(_ index: Int) -> Bool {
    view.isPunctuation(index) && [".", "!", "?"].contains(view.scalar(index))
  }

  /// Whether the name's last word is written, capitalized, outside the
  /// paragraph.
  private func isWrittenElsewhere(_ name: Range<Int>, paragraph: Range<Int>) -> Bool {
    let hash = view.hashes[name.upperBound - 1]
    for index in 0..<view.count where !paragraph.contains(index) {
      if view.hashes[index] == hash, view.isCapitalized(index) { return true }
    }
    return false
  }
}
