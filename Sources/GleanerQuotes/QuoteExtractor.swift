import GleanerActors
import GleanerCore
import GleanerText

/// Finds direct, partial and reported quotations with their cues and
/// speakers, linking each speaker to one of the article's actors.
///
/// 1. `MarkScanner` pairs quotation marks paragraph by paragraph.
/// 2. `DirectQuotes` reads the attribution around each marked span.
/// 3. `PullQuotes` finds pull quotes set without marks ("... . Jane Doe"),
///    `InterviewAnswers` the answers of a question-and-answer interview,
///    `TranscriptTurns` the turns of a broadcast transcript ("PARKER: ..."),
///    `IndirectQuotes` reported speech without marks.
/// 4. Candidates are merged (split quotations, overlaps) and
///    `SpeakerResolver` links their speakers in text order.
public struct QuoteExtractor: Sendable {
  let rules: QuoteRules

  /// Compiles the quote rules of `language` (`Rules/LANG/quotes/`).
  ///
  /// - Throws: `RuleErrors` naming `file:line` for invalid rules.
  public init(rules: RuleSet, language: String) throws {
    self.rules = try QuoteRules(rules: rules, language: language)
  }

  /// The quotes of `text`, in text order; speakers are linked to `actors`.
  public func extract(from text: ArticleText, actors: [Actor]) -> [Quote] {
    guard !text.tokens.isEmpty else { return [] }
    let view = TokenView(text, rules: rules)
    let spans = MarkScanner(rules: rules, view: view).scan()
    var quoted = [Bool](repeating: false, count: view.count)
    for span in spans {
      let last = span.close ?? (view.tokenIndex(before: span.range.end))
      for index in span.open...max(span.open, last) { quoted[index] = true }
    }
    let phrases = Phrases(rules: rules, view: view, quoted: quoted)
    let direct = DirectQuotes(rules: rules, view: view, phrases: phrases)
    var candidates = mergeSplit(spans.compactMap(direct.candidate), view: view)
    let pull = PullQuotes(rules: rules, view: view, phrases: phrases)
    candidates += text.paragraphs.indices.compactMap { pull.candidate(in: $0) ?? pull.post(in: $0) }
    candidates += InterviewAnswers(view: view).candidates(actors: actors)
    candidates += TranscriptTurns(rules: rules, view: view).candidates()

    let indirect = IndirectQuotes(rules: rules, view: view, phrases: phrases)
    var reported: [Candidate] = []
    var usedCues = [Bool](repeating: false, count: view.count)
    // A partial quotation that closes its sentence may end the verb's
    // reported clause ("X said the runner was "a bit stiff" but "ready
    // to race.""): the verb is left to the reported clause, which then
    // holds its fragments.
    let clauseEnding = fragmentsClosingClauses(candidates, view: view)
    for candidate in candidates {
      if let cue = candidate.cue, !clauseEnding.contains(cue.lowerBound) { usedCues[cue.lowerBound] = true }
    }
    var dropped = [Bool](repeating: false, count: clauseEnding.isEmpty ? 0 : candidates.count)
    var anyDropped = false
    // Bytes already quoted: by a kept quotation or inside double marks.
    var taken = [Bool](repeating: false, count: view.count)
    func take(_ range: TextRange) {
      var index = view.tokenIndex(atOrAfter: range.start)
      while index < view.count, view.tokens[index].range.start < range.end {
        taken[index] = true
        index += 1
      }
    }
    // For tokens of a partial quotation, its cue's first token: a reported
    // clause by another verb may hold it ("X say Y and criticize what they
    // call "Z"").
    var partialCue = [Int32](repeating: -1, count: view.count)
    func isTaken(_ candidate: Candidate) -> Bool {
      var index = view.tokenIndex(atOrAfter: candidate.range.start)
      let first = index
      var inPartial = 0
      while index < view.count, view.tokens[index].range.start < candidate.range.end {
        if taken[index] {
          guard partialCue[index] >= 0, Int(partialCue[index]) != candidate.cue?.lowerBound else { return true }
          inPartial += 1
        }
        index += 1
      }
      return inPartial * 2 > index - first
    }
    // Marks left without a quotation (scare quotes, terms) may sit inside
    // a reported clause.
    for candidate in candidates {
      take(candidate.range)
      guard candidate.kind == .partial, let cue = candidate.cue, let open = candidate.open else { continue }
      let last = candidate.close ?? view.tokenIndex(before: candidate.range.end)
      for index in open...max(open, last) { partialCue[index] = Int32(cue.lowerBound) }
    }
    for sentence in text.sentences {
      for var candidate in indirect.candidates(in: sentence.tokens, usedCues: usedCues) {
        if !clauseEnding.isEmpty, let cue = candidate.cue?.lowerBound, clauseEnding.contains(cue) {
          let fragments = candidates.indices.filter {
            candidates[$0].kind == .partial && candidates[$0].cue?.lowerBound == cue
          }
          guard candidate.kind == .indirect, !fragments.isEmpty,
            fragments.allSatisfy({ candidate.range.contains(candidates[$0].range) })
          else { continue }
          anyDropped = true
          for index in fragments {
            dropped[index] = true
            let open = candidates[index].open ?? view.tokenIndex(atOrAfter: candidates[index].range.start)
            let last = candidates[index].close ?? view.tokenIndex(before: candidates[index].range.end)
            for token in open...max(open, last) { taken[token] = false }
          }
          candidate.rule = "quote.indirect-partial"
        }
        guard !isTaken(candidate) else { continue }
        take(candidate.range)
        reported.append(candidate)
      }
    }
    if anyDropped {
      candidates = candidates.indices.filter { !dropped[$0] }.map { candidates[$0] }
    }
    candidates += reported
    candidates.sort { $0.range < $1.range }
    return resolve(candidates, view: view, phrases: phrases, actors: actors)
  }

  /// The cue tokens of speech verbs with a partial quotation after the verb
  /// whose closing mark ends the sentence: only punctuation follows it.
  private func fragmentsClosingClauses(_ candidates: [Candidate], view: TokenView) -> Set<Int> {
    var cues = Set<Int>()
    for candidate in candidates where candidate.kind == .partial {
      guard let cue = candidate.cue?.lowerBound, let close = candidate.close, let open = candidate.open,
        cue < open, rules.verbs[view.hashes[cue]].map({ $0.indirect != .no && $0.indirect != .to }) == true
      else { continue }
      let sentence = view.sentenceOf[close]
      guard view.sentenceOf[cue] == sentence else { continue }
      let end = view.text.sentences[Int(sentence)].tokens.upperBound
      if (close + 1..<end).allSatisfy({ view.isPunctuation($0) }) { cues.insert(cue) }
    }
    return cues
  }

  /// Joins `"Part one," she said, "part two."` into one quotation.
  private func mergeSplit(_ candidates: [Candidate], view: TokenView) -> [Candidate] {
    var merged: [Candidate] = []
    for candidate in candidates {
      if var previous = merged.last, let end = previous.attributionEnd, let open = candidate.open,
        open > end, view.isChar(open - 1, UInt8(ascii: ",")), isAttributionTail(end..<(open - 1), view: view),
        candidate.attributionEnd == nil, candidate.cue == nil || candidate.cue == previous.cue
      {
        let first = previous.parts.isEmpty ? [previous.range] : previous.parts
        let second = candidate.parts.isEmpty ? [candidate.range] : candidate.parts
        previous.parts = first + second
        previous.range = previous.range.union(candidate.range)
        previous.close = candidate.close
        previous.rule = "quote.split"
        merged[merged.count - 1] = previous
        continue
      }
      merged.append(candidate)
    }
    return merged
  }

  /// Whether the tokens between an attribution and a comma only add to it
  /// ("said at a press conference on Thursday, "..."): no marks, no other
  /// sentence, no speech verb.
  private func isAttributionTail(_ tokens: Range<Int>, view: TokenView) -> Bool {
    if tokens.isEmpty { return true }
    guard tokens.count <= 16, view.sentenceOf[tokens.lowerBound] == view.sentenceOf[tokens.upperBound] else {
      return false
    }
    return tokens.allSatisfy { index in
      !(view.isPunctuation(index) && rules.marks.isMark(view.scalar(index))) && !view.has(index, .verb)
    }
  }

  /// Whether a quotation with no attribution goes on from the quotation
  /// before it: only from one in marks, in the same paragraph or the one
  /// before; from reported speech only as `goesOn` tells.
  private func goesOn(
    from previous: Candidate, by speaker: ResolvedSpeaker, to candidate: Candidate, view: TokenView
  ) -> Bool {
    guard previous.paragraph <= candidate.paragraph else { return false }
    let paragraphs = view.text.paragraphs
    if previous.kind == .indirect {
      // From reported speech: a named person's, in the paragraph before,
      // and not into a block quotation (a pull quote).
      guard speaker.kind == .person, speaker.isNamed, previous.paragraph < candidate.paragraph,
        paragraphs[candidate.paragraph].kind != .blockquote
      else { return false }
    }
    var between = previous.paragraph + 1
    while between < candidate.paragraph {
      if !paragraphs[between].tokens.isEmpty { return false }
      between += 1
    }
    return true
  }

  private func resolve(
    _ candidates: [Candidate], view: TokenView, phrases: Phrases, actors: [Actor]
  ) -> [Quote] {
    // The resolver reads the whole document at init: not for no quotation.
    guard !candidates.isEmpty else { return [] }
    var resolver = SpeakerResolver(rules: rules, view: view, phrases: phrases, actors: actors)
    var quotes: [Quote] = []
    quotes.reserveCapacity(candidates.count)
    var waiting: [Int] = []
    var paragraphs: [Int] = []
    // The last quotation, when it has a speaker.
    var previous: Candidate?
    for candidate in candidates {
      var speaker: String?
      var speakerSpan: Span?
      if let phrase = candidate.speaker, !phrase.isEmpty {
        speakerSpan = view.text.span(view.range(phrase.lowerBound, phrase.upperBound - 1))
        speaker = resolver.resolve(phrase, role: candidate.role, paragraph: candidate.paragraph)?.name
          ?? speakerSpan?.text
      } else if candidate.continues, let last = resolver.last, let previous,
        goesOn(from: previous, by: last, to: candidate, view: view)
      {
        speaker = last.name
        var goesOn = last
        goesOn.paragraph = candidate.paragraph
        resolver.remember(goesOn)
      }
      if speaker == nil, candidate.continues { waiting.append(quotes.count) }
      if let speaker, candidate.speaker != nil {
        // Quotations that went on before any attribution take this speaker
        // when it follows in the same or the next paragraph (reported
        // speech: in the same paragraph).
        for index in waiting where candidate.paragraph - paragraphs[index] <= 1
          && (candidate.kind != .indirect || paragraphs[index] == candidate.paragraph)
        {
          quotes[index].speaker = speaker
        }
        waiting = []
      }
      paragraphs.append(candidate.paragraph)
      previous = speaker == nil ? nil : candidate
      let cue = candidate.cue.map { view.string($0) }
      quotes.append(
        Quote(
          span: view.text.span(candidate.range), range: candidate.range, speaker: speaker,
          speakerSpan: speakerSpan, cue: cue, kind: candidate.kind.rawValue,
          parts: candidate.parts.map { view.text.span($0) }, rule: candidate.rule))
    }
    HeadlineLinker.link(&quotes)
    return quotes
  }
}
