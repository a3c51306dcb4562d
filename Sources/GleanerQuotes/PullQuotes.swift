import GleanerCore
import GleanerText

/// Pull quotes set without marks: a paragraph of the speaker's words that
/// ends with the speaker's name as a sentence of its own ("I will always
/// be grateful for the people I met here. Jane Doe."). The name must also be
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
    guard words.count(where: { view.isWord($0) }) >= 6 else { return nil }
    for index in words {
      if phrases.quoted[index] || view.isPunctuation(index) && rules.marks.isMark(view.scalar(index)) {
        return nil
      }
    }
    return Candidate(
      range: view.range(words.lowerBound, words.upperBound - 1), parts: [], kind: .direct, cue: nil,
      speaker: name, rule: "quote.pull", paragraph: paragraph)
  }

  /// An embedded post: "TEXT — Jane Doe (@janedoe) March 3, 2019", the
  /// attribution in the same paragraph as the text or opening the next one.
  func post(in paragraph: Int) -> Candidate? {
    let tokens = view.text.paragraphs[paragraph].tokens
    // The attribution closes the paragraph: a name, a handle and a date.
    let tail = max(tokens.lowerBound, tokens.upperBound - 24)..<tokens.upperBound
    guard let dash = tail.first(where: { isDash($0) && isPostAttribution(after: $0, end: tokens.upperBound) }) else {
      return nil
    }
    var text = tokens.lowerBound..<dash
    var textParagraph = paragraph
    if text.count(where: { view.isWord($0) }) < 3 {
      // The attribution opens its own paragraph: the text is the one before.
      var previous = paragraph - 1
      while previous >= 0, view.text.paragraphs[previous].tokens.isEmpty { previous -= 1 }
      guard previous >= 0, dash == tokens.lowerBound else { return nil }
      text = view.text.paragraphs[previous].tokens
      textParagraph = previous
    }
    // Without the link that closes the post.
    if let link = text.first(where: isLink) { text = text.lowerBound..<link }
    while let last = text.last, view.isPunctuation(last), !isStop(last) { text = text.lowerBound..<last }
    guard text.count(where: { view.isWord($0) }) >= 3, !text.contains(where: { phrases.quoted[$0] }) else { return nil }
    var name = dash + 1
    while view.isCapitalized(name) || phrases.isJoiner(name) { name += 1 }
    return Candidate(
      range: view.range(text.lowerBound, text.upperBound - 1), parts: [], kind: .direct, cue: nil,
      speaker: (dash + 1)..<name, rule: "quote.post", paragraph: textParagraph)
  }

  /// Whether a name and a handle in brackets follow: "Jane Doe (@janedoe)".
  private func isPostAttribution(after dash: Int, end: Int) -> Bool {
    var index = dash + 1
    while index < end, index < dash + 7, view.isCapitalized(index) || phrases.isJoiner(index) { index += 1 }
    guard index > dash + 1, index + 1 < end, view.isChar(index, UInt8(ascii: "(")) else { return false }
    return view.text.bytes[view.tokens[index + 1].range.start] == UInt8(ascii: "@")
  }

  private func isDash(_ index: Int) -> Bool {
    // Both dashes are written E2 80 9x: a byte test before decoding.
    guard view.isPunctuation(index), view.text.bytes[view.tokens[index].range.start] == 0xE2 else { return false }
    return ["\u{2014}", "\u{2013}"].contains(view.scalar(index))
  }

  /// A token that opens a link ("https", "pic.twitter.com").
  private func isLink(_ index: Int) -> Bool {
    guard view.isWord(index) else { return false }
    return Self.linkWords.contains(view.hashes[index])
  }

  static let linkWords = SmallWordSet(["http", "https", "pic", "pic.twitter.com", "www"])

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
