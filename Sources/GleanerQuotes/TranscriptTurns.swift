import GleanerCore
import GleanerText

/// Turns of a broadcast transcript: a paragraph that opens with its speaker in capitals and a
/// colon ("JANE PARKER, CORRESPONDENT: ...", "SEN. TOM REYES (D), NEW MEXICO: ...",
/// "PARKER: ...") is a direct quotation of that speaker, once a label has given a speaker's
/// role; a section label ("ENERGY: ...", "UPDATE: ...") is none.
struct TranscriptTurns {
  let rules: QuoteRules
  let view: TokenView

  /// The turns of the article: those whose label gives a role after the name ("JANE PARKER,
  /// CORRESPONDENT:"), and those of a speaker so introduced ("PARKER:"); at least two.
  func candidates() -> [Candidate] {
    var turns: [(candidate: Candidate, hasRole: Bool)] = []
    for paragraph in view.text.paragraphs.indices {
      if let turn = turn(in: paragraph) { turns.append(turn) }
    }
    // The words of each speaker's name that a label introduced with a role, with the name's
    // tokens (section labels and salutations give no role: "ENERGY:", "DEAR ABBY:").
    var speakers: [(hash: UInt64, name: Range<Int>)] = []
    for turn in turns where turn.hasRole {
      guard let name = turn.candidate.speaker else { continue }
      for index in name where view.isWord(index) { speakers.append((view.hashes[index], name)) }
    }
    guard !speakers.isEmpty else { return [] }
    var kept: [Candidate] = []
    for var turn in turns {
      guard let name = turn.candidate.speaker, let last = name.last(where: { view.isWord($0) }) else { continue }
      if !turn.hasRole {
        // "PARKER:" after "JANE PARKER, CORRESPONDENT:" is her turn, under her full name
        guard let introduced = speakers.last(where: { $0.hash == view.hashes[last] }) else { continue }
        turn.candidate.speaker = introduced.name
      }
      kept.append(turn.candidate)
    }
    return kept.count >= 2 ? kept : []
  }

  private func turn(in paragraph: Int) -> (candidate: Candidate, hasRole: Bool)? {
    let tokens = view.text.paragraphs[paragraph].tokens
    guard tokens.count > 3, view.isWord(tokens.lowerBound), view.isAllCaps(tokens.lowerBound),
      !rules.transcriptLabels.contains(view.hashes[tokens.lowerBound])
    else { return nil }
    // The label: words in capitals, commas, brackets and periods, up to the colon.
    var colon = tokens.lowerBound + 1
    var nameEnd: Int?
    while colon < min(tokens.upperBound, tokens.lowerBound + 16), !view.isChar(colon, UInt8(ascii: ":")) {
      if view.isWord(colon) {
        guard view.isAllCaps(colon) || view.tokens[colon].range.count == 1 else { return nil }
      } else if view.isChar(colon, UInt8(ascii: ",")) || view.isChar(colon, UInt8(ascii: "(")) {
        if nameEnd == nil { nameEnd = colon }
      } else if !view.isChar(colon, UInt8(ascii: ")")) && !view.isChar(colon, UInt8(ascii: ".")) {
        return nil
      }
      colon += 1
    }
    guard colon < tokens.upperBound, view.isChar(colon, UInt8(ascii: ":")) else { return nil }
    let words = (colon + 1)..<tokens.upperBound
    guard words.count(where: { view.isWord($0) }) >= 2 else { return nil }
    let candidate = Candidate(
      range: view.range(words.lowerBound, words.upperBound - 1), parts: [], kind: .direct, cue: nil,
      speaker: tokens.lowerBound..<(nameEnd ?? colon), rule: "quote.transcript", paragraph: paragraph)
    return (candidate, nameEnd != nil)
  }
}
