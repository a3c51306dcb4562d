import GleanerCore
import GleanerText

/// Answers of an interview set as questions and answers ("Q: ..." / "A: ..."): each answer
/// paragraph is a direct quotation of the person interviewed, the first person the article
/// names; the questions are the reporter's.
struct InterviewAnswers {
  let view: TokenView

  /// The answers of the article, when it has both questions and answers and names a person.
  func candidates(actors: [Actor]) -> [Candidate] {
    let paragraphs = view.text.paragraphs
    var answers: [Range<Int>] = []
    var asks = false
    for paragraph in paragraphs.indices {
      let tokens = paragraphs[paragraph].tokens
      guard tokens.count > 3, view.isChar(tokens.lowerBound + 1, UInt8(ascii: ":")) else { continue }
      switch view.string(tokens.lowerBound..<(tokens.lowerBound + 1)) {
      case "Q": asks = true
      case "A": answers.append((tokens.lowerBound + 2)..<tokens.upperBound)
      default: break
      }
    }
    guard asks, !answers.isEmpty, let speaker = interviewee(actors) else { return [] }
    return answers.compactMap { answer in
      guard answer.count(where: { view.isWord($0) }) >= 2 else { return nil }
      return Candidate(
        range: view.range(answer.lowerBound, answer.upperBound - 1), parts: [], kind: .direct, cue: nil,
        speaker: speaker, rule: "quote.interview", paragraph: view.tokens[answer.lowerBound].paragraph)
    }
  }

  /// The tokens of the first mention of the first person the article names.
  private func interviewee(_ actors: [Actor]) -> Range<Int>? {
    let person = actors.filter { $0.type == "person" }.min {
      ($0.mentions.first?.range.start ?? .max) < ($1.mentions.first?.range.start ?? .max)
    }
    guard let mention = person?.mentions.first else { return nil }
    let first = view.tokenIndex(atOrAfter: mention.range.start)
    var end = first
    while end < view.count, view.tokens[end].range.end <= mention.range.end { end += 1 }
    return end > first ? first..<end : nil
  }
}
