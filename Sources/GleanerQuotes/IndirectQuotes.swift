import GleanerCore
import GleanerText

/// Reported speech without quotation marks: `X said (that) ...`, `X told
/// reporters ...`, `..., X said.`, `according to X, ...`, `..., according
/// to X.` The quote is the reported clause, up to the sentence's end.
struct IndirectQuotes {
  let rules: QuoteRules
  let view: TokenView
  let phrases: Phrases

  /// The indirect quotations of one sentence; `usedCues` marks the tokens of
  /// verbs that already attribute a quotation in marks.
  func candidates(in sentence: Range<Int>, usedCues: [Bool]) -> [Candidate] {
    var found: [Candidate] = []
    var end = sentence.upperBound
    while end > sentence.lowerBound, view.isPunctuation(end - 1), isFinal(end - 1) { end -= 1 }
    guard end - sentence.lowerBound >= 4, !phrases.isTeaser(view.tokens[sentence.lowerBound].paragraph) else {
      return []
    }
    var index = sentence.lowerBound
    while index < end {
      defer { index += 1 }
      // The word-list flags first: most tokens are neither a source phrase
      // nor a speech verb, and this spares two calls for each.
      if view.has(index, .sourcePhraseStart), let length = phrases.sourcePhrase(at: index, end: end) {
        if let candidate = source(at: index, length: length, sentence: sentence, end: end) {
          found.append(candidate)
        }
        continue
      }
      guard view.has(index, .verb), !usedCues[index], var verb = phrases.verb(at: index) else { continue }
      // "X has been saying that ...": a participle after a form of "be" is
      // a finite verb with its own subject.
      let progressive = verb.isParticiple && phrases.isPassive(index, sentence)
      if progressive { verb.isParticiple = false }
      if verb.complement != .none, !verb.isParticiple, progressive || !phrases.isPassive(index, sentence),
        let candidate = characterization(after: index, verb: verb, sentence: sentence, end: end)
      {
        found.append(candidate)
        continue
      }
      guard verb.indirect != .no,
        !verb.isParticiple || index > sentence.lowerBound && view.isChar(index - 1, UInt8(ascii: ",")),
        progressive || !phrases.isPassive(index, sentence)
      else {
        continue
      }
      if let candidate = relativeClaim(at: index, sentence: sentence, end: end) {
        found.append(candidate)
        continue
      }
      if let candidate = clause(after: index, verb: verb, sentence: sentence, end: end)
        ?? finalAttribution(index, sentence: sentence, end: end)
      {
        found.append(candidate)
      }
    }
    // A later attribution in the same sentence ends the earlier clause
    // ("X has said ... — but Y say ...").
    for index in found.indices.dropLast() {
      let next = found[index + 1]
      guard found[index].range.overlaps(next.range), let subject = next.speaker,
        next.cue!.lowerBound > subject.lowerBound, let cue = found[index].cue
      else { continue }
      var stop = subject.lowerBound
      while stop > cue.upperBound, view.isPunctuation(stop - 1)
        || Self.joiners.contains(view.hashes[stop - 1])
      {
        stop -= 1
      }
      let start = view.tokenIndex(atOrAfter: found[index].range.start)
      guard stop > start else { continue }
      found[index].range = view.range(start, stop - 1)
    }
    return found
  }

  static let joiners = SmallWordSet(["and", "but", "or", "while", "whereas"])
  static let theHash = WordHash.of(Array("the".utf8))
  /// Words that open an object after a verb in -s ("extends the contract", "needs to").
  static let objectOpeners = SmallWordSet(["the", "a", "an", "its", "their", "his", "her", "to", "that", "more"])
  /// Prepositions that with a participle after them add to the attribution ("without
  /// giving details", "before leaving").
  static let adjunctPrepositions = SmallWordSet(["without", "before", "after", "while", "when", "by", "upon", "despite"])

  /// The most tokens a reported clause runs after its verb: longer than news sentences.
  static let longestClause = 200
  /// Relative pronouns (all in the subject-stop list, whose flag is checked first).
  static let relativeOpeners = SmallWordSet(["who", "which"])

  /// `X said (that) CLAUSE`.
  private func clause(after verb: Int, verb entry: SpeechVerb, sentence: Range<Int>, end: Int)
    -> Candidate?
  {
    // (at most `longestClause` tokens: in a text with no full stop, every verb's clause
    // would otherwise be read to the text's end)
    let end = min(end, verb + 1 + Self.longestClause)
    var start = verb + 1
    guard start < end, view.isWord(start) || view.tokens[start].kind == .number else { return nil }
    var found = entry.isParticiple ? nil : phrases.subject(before: verb, limit: sentence.lowerBound)
    if entry.isParticiple, let speaker = attributionSpeaker(before: verb, sentence: sentence) {
      found = speaker  // "CLAUSE, officials said, adding that ...": the attribution's speaker
    } else if entry.isParticiple, let subject = phrases.sentenceSubject(sentence, before: verb) {
      found = (subject, nil)  // "..., adding that ..."
    }
    if found == nil, case let first = phrases.preVerbStart(verb, limit: sentence.lowerBound, auxiliaries: false),
      first > sentence.lowerBound, Self.joiners.contains(view.hashes[first - 1]),
      let subject = phrases.sentenceSubject(sentence, before: first - 1)
    {
      found = (subject, nil)  // "... and said ..."
    }
    // "NAME, who confessed that ...": the relative clause ends at its comma.
    var relative = false
    if found == nil, !entry.isParticiple, entry.indirect != .to,
      let name = phrases.relativeSubject(before: verb, limit: sentence.lowerBound) {
      found = (name, nil)
      relative = true
    }
    guard let subject = found, phrases.isSpeakerLike(subject.phrase) else { return nil }
    if !view.isCapitalized(subject.phrase.lowerBound), subject.phrase.count > 6 { return nil }
    if entry.indirect == .to {
      guard let appeal = appeal(after: verb, end: end) else { return nil }
      return Candidate(
        range: view.range(appeal.lowerBound, appeal.upperBound - 1), parts: [], kind: .indirect,
        cue: verb..<(verb + 1), speaker: subject.phrase, role: subject.role, rule: "quote.appeal",
        paragraph: view.tokens[verb].paragraph)
    }
    let afterVerb = start
    start = skipListener(start, end: end)
    guard let clauseStart = skipAdverbials(start, end: end) else { return nil }
    start = clauseStart
    // "that" close after the verb starts the clause.
    var that: Int?
    var probe = start
    while probe < min(end, start + (entry.indirect == .that ? 1 : 4)) {
      if view.isPunctuation(probe) && !phrases.isJoiner(probe) { break }
      if view.hashes[probe] == Self.thatHash { that = probe; break }
      probe += 1
    }
    if that == nil { that = contentNounThat(start, end: end) }
    if let that {
      // "would mention something to X that ...": a relative "that" after an object.
      if that > start, rules.clauseBlockers.contains(view.hashes[start]), !view.has(start, .speakerStop) {
        return nil
      }
      start = that + 1
    } else if entry.indirect == .that, !opensClause(start, end: end) {
      return nil
    } else if entry.lemma == "tell", start == afterVerb {
      return nil  // "the map tells a grim tale": "tell" reports speech to someone
    }
    // (a "that" closing the text leaves no clause: read no token past the end)
    guard start < end else { return nil }
    let blocked = rules.clauseBlockers.contains(view.hashes[start])
      && !(start + 1 < end && view.tokens[start + 1].kind == .number)  // "says about 550 ..."
      // ("said more than 1,200 people have signed": a count)
      && !(start + 2 < end && view.hashes[start + 1] == Self.thanHash && view.tokens[start + 2].kind == .number)
    guard !blocked || that != nil,
      view.isWord(start) || view.tokens[start].kind == .number || isOpeningMark(start)
    else { return nil }
    // The clause ends before a participle that adds another attribution
    // ("..., noting that ...").
    var stop = end
    var probeEnd = start + 1
    var inRelative = false
    while probeEnd + 1 < end {
      if relative, view.isChar(probeEnd, UInt8(ascii: ",")) {
        stop = probeEnd
        break
      }
      if view.isChar(probeEnd, UInt8(ascii: ",")), let next = phrases.verb(at: probeEnd + 1), next.isParticiple {
        stop = probeEnd
        break
      }
      // "... said that A but urged B": the subject's second report (not
      // inside a relative clause: "said the men, who ... and then appealed").
      if view.has(probeEnd, .subjectStop), Self.relativeOpeners.contains(view.hashes[probeEnd]) { inRelative = true }
      if !inRelative, view.isWord(probeEnd), Self.joiners.contains(view.hashes[probeEnd]),
        let next = phrases.verb(atOrAfterPreVerbs: probeEnd + 1, end: end), !next.isParticiple
      {
        stop = probeEnd
        break
      }
      // "... had approved funding, but did not say how much", "but declined to give
      // details": the reporter's own words after ", but"
      if !inRelative, probeEnd > start, view.isChar(probeEnd - 1, UInt8(ascii: ",")), view.isWord(probeEnd),
        Self.joiners.contains(view.hashes[probeEnd]), declinesToSay(after: probeEnd, end: end)
      {
        stop = probeEnd - 1
        break
      }
      probeEnd += 1
    }
    var words = 0
    for index in start..<stop where !view.isPunctuation(index) { words += 1 }
    guard words >= 3 || words == 2 && isShortClause(start, stop) else { return nil }
    // "confirmed the find on Monday": a verb that also takes a plain object reports a
    // clause without "that" only when one shows a verb
    if that == nil, entry.takesObject, !showsVerb(start..<stop) { return nil }
    return Candidate(
      range: view.range(start, stop - 1), parts: [], kind: .indirect, cue: verb..<(verb + 1),
      speaker: subject.phrase, role: subject.role, rule: "quote.indirect",
      paragraph: view.tokens[verb].paragraph)
  }

  /// Whether a refusal to say follows token `index` within four words ("did not say",
  /// "would not say", "declined to", "refused to"; not "the experience has declined").
  private func declinesToSay(after index: Int, end: Int) -> Bool {
    var k = index + 1
    var negated = false
    while k < min(end, index + 5), view.isWord(k) {
      if rules.negations.contains(view.hashes[k]) { negated = true }
      if Self.refusals.contains(view.hashes[k]), k + 1 < end, view.hashes[k + 1] == Self.toHash { return true }
      if negated, rules.verbs[view.hashes[k]] != nil { return true }
      k += 1
    }
    return false
  }

  static let refusals = SmallWordSet(["declined", "refused", "declines", "refuses"])

  /// Whether two words are a whole clause, a plural noun or a pronoun and a verb in the
  /// past that ends the sentence ("said profits rose.", "said they agreed.").
  private func isShortClause(_ start: Int, _ stop: Int) -> Bool {
    guard stop - start == 2, view.isWord(start), view.isWord(start + 1), !view.isCapitalized(start + 1),
      stop >= view.count || view.isPunctuation(stop) && !view.isChar(stop, UInt8(ascii: ","))
    else { return false }
    let subject = view.has(start, .pronoun) || view.isPlural(start) && !view.isCapitalized(start)
    return subject && (view.isPastParticiple(start + 1) || Self.shortPasts.contains(view.hashes[start + 1]))
  }

  /// Past forms not in "-ed" (`isPastParticiple` reads those).
  static let shortPasts = SmallWordSet(["rose", "fell", "grew", "won", "lost", "left", "sank", "slid", "shrank"])

  /// `urged voters to stay home`, `called on the board to act`: the object
  /// and the infinitive clause, up to the sentence's end.
  private func appeal(after verb: Int, end: Int) -> Range<Int>? {
    var start = verb + 1
    // "appealed to voters", "called on the board".
    if start < end, view.isWord(start), Self.appealParticles.contains(view.hashes[start]) { start += 1 }
    var to = start
    while to < min(end, start + 8) {
      if view.isPunctuation(to) {
        guard phrases.isJoiner(to) else { return nil }
      } else if view.hashes[to] == Self.toHash {
        break
      } else if phrases.quoted[to] || view.has(to, .verb)
        || view.has(to, .subjectStop) && !Self.objectJoiners.contains(view.hashes[to])
      {
        return nil
      }
      to += 1
    }
    guard to > start, to + 1 < end, view.hashes[to] == Self.toHash, view.isWord(to + 1) else { return nil }
    var words = 0
    for index in start..<end where view.isWord(index) { words += 1 }
    return words >= 4 ? start..<end : nil
  }

  /// `what officials say is Y`: the claim Y after a form of "be", up to a
  /// comma or the sentence's end; the speaker is the relative clause's subject.
  private func relativeClaim(at verb: Int, sentence: Range<Int>, end: Int) -> Candidate? {
    guard verb + 2 < end, view.isWord(verb + 1), rules.passives.contains(view.hashes[verb + 1]),
      let subject = phrases.subject(before: verb, limit: sentence.lowerBound), subject.role == nil,
      subject.phrase.lowerBound > sentence.lowerBound,
      view.hashes[subject.phrase.lowerBound - 1] == Self.whatHash
    else { return nil }
    let start = verb + 2
    var stop = start
    while stop < end, !view.isChar(stop, UInt8(ascii: ",")), !phrases.quoted[stop] { stop += 1 }
    guard (start..<stop).count(where: { view.isWord($0) || view.tokens[$0].kind == .number }) >= 2 else {
      return nil
    }
    return Candidate(
      range: view.range(start, stop - 1), parts: [], kind: .indirect, cue: verb..<(verb + 1),
      speaker: subject.phrase, rule: "quote.relative-claim", paragraph: view.tokens[verb].paragraph)
  }

  static let whatHash = WordHash.of(Array("what".utf8))

  /// `describes herself as Y`, `calls it Y`: the characterization Y, up to
  /// a comma or the sentence's end.
  private func characterization(after verb: Int, verb entry: SpeechVerb, sentence: Range<Int>, end: Int)
    -> Candidate?
  {
    guard let subject = phrases.subject(before: verb, limit: sentence.lowerBound) else { return nil }
    var start = verb + 1
    guard start + 2 < end, view.isWord(start) else { return nil }
    // "Lee, who he calls Y", "a plan which she describes as Y": the relative
    // pronoun before a pronoun or a name is the object.
    let first = subject.phrase.lowerBound
    let relativeObject = first > sentence.lowerBound && view.isWord(first - 1)
      && Self.relativeObjects.contains(view.hashes[first - 1]) && subject.phrase.count <= 3
      && (rules.pronouns.contains(view.hashes[first]) || view.isCapitalized(first))
    guard relativeObject || phrases.isSpeakerLike(subject.phrase) else { return nil }
    switch entry.complement {
    case .as:
      if relativeObject, view.hashes[start] == Self.asHash {
        start += 1
        break
      }
      while start < min(end, verb + 6), view.isWord(start), view.hashes[start] != Self.asHash { start += 1 }
      guard start > verb + 1, start < end, view.hashes[start] == Self.asHash else { return nil }
      start += 1
    case .object:
      if Self.objectPronouns.contains(view.hashes[start]) {
        start += 1
      } else if !relativeObject {
        return nil
      }
    case .none:
      return nil
    }
    guard start < end, view.isWord(start), !rules.clauseBlockers.contains(view.hashes[start]),
      !rules.verbParticles.contains(view.hashes[start]), !view.has(start, .speakerStop)
    else { return nil }
    var stop = start
    while stop < end, !view.isChar(stop, UInt8(ascii: ",")), !phrases.quoted[stop] {
      // (up to a second verb of saying joined by "and": "called it wasteful and said ...")
      if stop > start, Self.joiners.contains(view.hashes[stop]), stop + 1 < end, view.has(stop + 1, .verb),
        phrases.verb(at: stop + 1) != nil
      {
        break
      }
      stop += 1
    }
    let words = (start..<stop).count { view.isWord($0) }
    // "called it a day": a two-word idiom is no characterization; after a
    // relative object only a noun phrase with a determiner is ("who he calls
    // a friend", not "the town he calls home is ...").
    guard relativeObject ? words >= 2 && view.has(start, .determiner)
      : words >= 3 || words == 2 && !view.has(start, .determiner)
    else { return nil }
    return Candidate(
      range: view.range(start, stop - 1), parts: [], kind: .indirect, cue: verb..<(verb + 1),
      speaker: subject.phrase, role: subject.role, rule: "quote.characterization",
      paragraph: view.tokens[verb].paragraph)
  }

  static let asHash = WordHash.of(Array("as".utf8))

  /// `added the caveat that ...`, `stressed the key point that ...`: the
  /// "that" after a determiner, at most two modifiers and a content noun.
  private func contentNounThat(_ start: Int, end: Int) -> Int? {
    guard start + 3 < end, view.isWord(start), view.has(start, .determiner) || view.has(start, .possessive)
    else { return nil }
    var index = start + 1
    while index < min(end - 1, start + 4), view.isWord(index), !view.isCapitalized(index) {
      if rules.contentNouns.contains(view.hashes[index]) {
        // "the warning that was issued": a relative clause, no report.
        guard view.hashes[index + 1] == Self.thatHash, index + 2 < end, view.isWord(index + 2),
          !view.has(index + 2, .preVerb)
        else { return nil }
        return index + 1
      }
      index += 1
    }
    return nil
  }
  static let relativeObjects = SmallWordSet(["who", "whom", "which", "that"])
  static let objectPronouns = SmallWordSet(
    ["it", "him", "her", "them", "himself", "herself", "itself", "themselves", "this", "that"])

  static let toHash = WordHash.of(Array("to".utf8))
  static let appealParticles = SmallWordSet(["to", "on", "upon"])

  /// Whether a clause plainly opens at `index` without "that": a subject
  /// pronoun ("noted they would"), or "it" before an auxiliary ("noted it
  /// might").
  private func opensClause(_ index: Int, end: Int) -> Bool {
    guard index + 1 < end, view.isWord(index), let pronoun = rules.pronouns[view.hashes[index]] else {
      return false
    }
    if pronoun.lemma != "thing" { return true }
    return view.isWord(index + 1) && view.has(index + 1, .preVerb)
  }

  /// `CLAUSE, X said.` / `CLAUSE, said X.`: the attribution closes the sentence.
  private func finalAttribution(_ verb: Int, sentence: Range<Int>, end: Int) -> Candidate? {
    guard let entry = rules.verbs[view.hashes[verb]], entry.indirect != .no, entry.indirect != .to,
      !entry.isParticiple
    else {
      return nil
    }
    var speaker: Range<Int>?
    var role: Range<Int>?
    var comma: Int
    var tail: Int
    var attributionEnd: Int
    if verb - 1 > sentence.lowerBound, view.isChar(verb - 1, UInt8(ascii: ",")) {
      guard entry.indirect == .yes else { return nil }  // "..., suggested X hit ..." reads badly
      // "X, which represents employers, confirmed ...": the comma closes a relative clause on
      // the subject, no reported clause before it
      guard !closesRelativeClause(verb - 1, sentence: sentence) else { return nil }
      speaker = phrases.speaker(after: verb, end: end)
      if let found = speaker, let name = phrases.appositiveName(after: found, end: end) {
        role = found
        speaker = name
      }
      comma = verb - 1
      tail = speaker?.upperBound ?? verb + 1
      // ("X, the leader, claimed the result as a success": a verb that takes an object
      // names it before "as", no speaker; not "claimed the minister as he left")
      if entry.takesObject, tail + 1 < end, view.hashes[tail] == Self.asHash, !view.has(tail + 1, .pronoun) {
        return nil
      }
      // ("A senior aide, speaking anonymously, said the talks had stalled": words with an
      // auxiliary after the verb are its clause, no speaker)
      // (not a possessive's "'s": "said the company's chief")
      if let found = speaker, found.contains(where: {
        view.isWord($0) && rules.auxiliaries.contains(view.hashes[$0]) && view.hashes[$0] != Phrases.possessiveHash
      }) {
        return nil
      }
      guard let speaker, view.isCapitalized(speaker.lowerBound)
        || view.has(speaker.lowerBound, .determiner)
        || view.tokens[speaker.lowerBound].kind == .number,
        end - tail <= 6 || view.isChar(tail, UInt8(ascii: ","))
      else { return nil }
      attributionEnd = tail
      tail = end
    } else {
      guard let subject = phrases.subject(before: verb, limit: sentence.lowerBound),
        words(in: subject.phrase) <= 8 || subject.role != nil, phrases.isSpeakerLike(subject.phrase)
      else { return nil }
      speaker = subject.phrase
      role = subject.role
      comma = subject.phrase.lowerBound - 1
      tail = verb + 1
      // "CLAUSE, the carrier said on Monday, ...": past a time or channel phrase
      while let after = adverbial(at: tail, end: end), after < end, view.isChar(after, UInt8(ascii: ",")) {
        tail = after
      }
      // ("In Britain, the agency reported 2,911 cases": an amount after the verb is its
      // object, no clause reported before the comma)
      if tail < end, phrases.isAmount(tail) { return nil }
      // "CLAUSE, officials said, as ...": the attribution may sit mid-sentence.
      attributionEnd = tail
      if tail < end, view.isChar(tail, UInt8(ascii: ",")) { tail = end }
    }
    guard comma > sentence.lowerBound, view.isChar(comma, UInt8(ascii: ",")), end - tail <= 10 else {
      return nil
    }
    var start = phrases.datelineEnd(from: sentence.lowerBound, limit: comma) ?? sentence.lowerBound
    while start < comma, view.isPunctuation(start), !isOpeningMark(start) { start += 1 }
    var words = 0
    for index in start..<comma where !view.isPunctuation(index) { words += 1 }
    guard words >= 2, !isOpeningMark(start) else { return nil }
    // ("In 2019, the company said profits rose": a time phrase opening the sentence and a
    // verb with words of its own after it, no clause reported before the comma)
    if words <= 3, view.isWord(start), rules.adverbialOpeners.contains(view.hashes[start]),
      attributionEnd < end, view.isWord(attributionEnd)
    {
      return nil
    }
    var candidate = Candidate(
      range: view.range(start, comma - 1), parts: [], kind: .indirect, cue: verb..<(verb + 1),
      speaker: speaker, role: role, rule: "quote.indirect-final",
      paragraph: view.tokens[verb].paragraph)
    // "CLAUSE, insists X, REST.": one quotation in two parts.
    if let rest = rest(after: attributionEnd, end: end) {
      let first = candidate.range
      let second = view.range(rest.lowerBound, rest.upperBound - 1)
      candidate.parts = [first, second]
      candidate.range = first.union(second)
      candidate.rule = "quote.indirect-split"
    }
    return candidate
  }

  /// Whether the words at `start` are a noun phrase, not a clause: a determiner or possessive,
  /// then no auxiliary within five words before a relative pronoun or the end ("its biggest
  /// order yet", "a deal that could ..."; not "the storm would ...").
  private func isAppositive(_ start: Int, end: Int) -> Bool {
    // ("..., he said, that ...": "that" opens the rest of the clause)
    guard view.isWord(start), view.hashes[start] != Self.thatHash,
      view.has(start, .determiner) || view.has(start, .possessive)
    else { return false }
    var index = start + 1
    while index < min(end, start + 6) {
      if view.isWord(index) {
        if rules.auxiliaries.contains(view.hashes[index]) { return false }
        if view.hashes[index] == Self.thatHash || Self.relativeOpeners.contains(view.hashes[index]) { return true }
      }
      index += 1
    }
    return true
  }

  /// Whether the comma at `comma` closes a relative clause opened by ", who" or ", which"
  /// earlier in the sentence.
  private func closesRelativeClause(_ comma: Int, sentence: Range<Int>) -> Bool {
    var index = comma - 1
    while index > sentence.lowerBound {
      if view.isChar(index, UInt8(ascii: ",")) {
        return index + 1 < comma && view.isWord(index + 1) && Self.relativeOpeners.contains(view.hashes[index + 1])
      }
      index -= 1
    }
    return false
  }

  /// The rest of a reported clause after a mid-sentence attribution
  /// ("..., officials said, as divers searched ..."): at least three words,
  /// not opened by another attribution ("adding that").
  private func rest(after attribution: Int, end: Int) -> Range<Int>? {
    guard attribution + 1 < end, view.isChar(attribution, UInt8(ascii: ",")) else { return nil }
    let start = attribution + 1
    guard view.isWord(start) || view.tokens[start].kind == .number, phrases.verb(at: start) == nil,
      phrases.sourcePhrase(at: start, end: end) == nil
    else { return nil }
    // "..., the carrier said on Monday, its biggest order yet": a noun phrase after the
    // attribution is the reporter's, and so is a relative clause ("..., said the minister,
    // who has led them")
    if isAppositive(start, end: end) || Self.relativeOpeners.contains(view.hashes[start]) { return nil }
    // "..., X said, without releasing their names": a preposition and a participle say how
    // it was said
    if start + 1 < end, Self.adjunctPrepositions.contains(view.hashes[start]), view.isWord(start + 1),
      view.text.string(view.tokens[start + 1].range).hasSuffix("ing")
    {
      return nil
    }
    var words = 0
    for index in start..<end {
      if isOpeningMark(index) || phrases.quoted[index] { return nil }
      if view.isWord(index) { words += 1 }
    }
    return words >= 3 ? start..<end : nil
  }

  /// `according to X, CLAUSE` and `CLAUSE, according to X`.
  private func source(at index: Int, length: Int, sentence: Range<Int>, end: Int) -> Candidate? {
    let cue = index..<(index + length)
    let opensSentence = (sentence.lowerBound..<index).allSatisfy { view.isPunctuation($0) }
    var found = phrases.speaker(after: index + length - 1, end: end)
    if opensSentence {
      // "According to the latest figures from X, ...": up to the comma.
      var comma = index + length
      while comma < min(end, index + length + 16), !view.isChar(comma, UInt8(ascii: ",")) { comma += 1 }
      if comma < end, view.isChar(comma, UInt8(ascii: ",")), comma > index + length {
        found = (index + length)..<comma
      }
    }
    guard let speaker = found else { return nil }
    var clause: Range<Int>
    var role: Range<Int>?
    // (at most `longestClause` tokens either way, as after a verb of saying)
    let limit = Self.longestClause
    if opensSentence {
      guard speaker.upperBound < end, view.isChar(speaker.upperBound, UInt8(ascii: ",")) else {
        return nil
      }
      clause = (speaker.upperBound + 1)..<min(end, speaker.upperBound + 1 + limit)
      // "According to Ana Ruiz, the union's president, jobs ...": the name's title stays out.
      if view.isCapitalized(speaker.upperBound - 1), let title = titleAppositive(from: clause.lowerBound, end: end) {
        role = title
        clause = (title.upperBound + 1)..<clause.upperBound
      }
    } else if speaker.upperBound < end, view.isChar(speaker.upperBound, UInt8(ascii: ",")),
      end - speaker.upperBound > index - sentence.lowerBound
    {
      // "At noon, according to X, the ..."
      clause = (speaker.upperBound + 1)..<min(end, speaker.upperBound + 1 + limit)
    } else {
      let upper = view.isChar(index - 1, UInt8(ascii: ",")) ? index - 1 : index
      clause = max(sentence.lowerBound, upper - limit)..<upper
    }
    while !clause.isEmpty, view.isPunctuation(clause.lowerBound), !isOpeningMark(clause.lowerBound) {
      clause = (clause.lowerBound + 1)..<clause.upperBound
    }
    var words = 0
    for token in clause where !view.isPunctuation(token) { words += 1 }
    guard words >= 2 else { return nil }
    return Candidate(
      range: view.range(clause.lowerBound, clause.upperBound - 1), parts: [], kind: .indirect,
      cue: cue, speaker: speaker, role: role, rule: "quote.according-to", paragraph: view.tokens[index].paragraph)
  }

  /// A title in apposition from `start` up to a comma ("the union's president,", "a
  /// spokeswoman for the port,"): a short phrase opened by a determiner or possessive,
  /// headed by a title word (before a post-modifier, if any), with no verb.
  private func titleAppositive(from start: Int, end: Int) -> Range<Int>? {
    guard start < end, view.isWord(start), view.has(start, .determiner) || view.has(start, .possessive) else {
      return nil
    }
    var comma = start + 1
    while comma < min(end, start + 8), !view.isChar(comma, UInt8(ascii: ",")) {
      // ("the union's president": "'s" is no auxiliary there)
      guard view.hashes[comma] == Phrases.possessiveHash
        || (view.isWord(comma) || phrases.isJoiner(comma)) && !view.has(comma, .verb)
          && !rules.auxiliaries.contains(view.hashes[comma])
      else { return nil }
      comma += 1
    }
    let head = ((start + 1)..<comma).first(where: { rules.postModifiers.contains(view.hashes[$0]) }) ?? comma
    guard comma + 1 < end, view.isChar(comma, UInt8(ascii: ",")), view.isWord(comma + 1),
      !Self.relativeOpeners.contains(view.hashes[comma + 1]), view.has(head - 1, .titleWord)
    else { return nil }
    return start..<comma
  }

  /// Past a listener after the verb: "told reporters", "told CBC News".
  private func skipListener(_ start: Int, end: Int) -> Int {
    var index = start
    // "complained to Radio Norte that ...", "said to reporters that ...".
    if index + 2 < end, view.hashes[index] == Self.toHash {
      var next = index + 1
      if let phrase = rules.listenerPhrases.first(where: { view.matches($0, at: next, end: end) }) {
        next += phrase.count
      } else if rules.listenerWords.contains(view.hashes[next]) {
        next += 1
      } else {
        while next < end, next < index + 6, view.isCapitalized(next) || phrases.isJoiner(next) { next += 1 }
      }
      if next > index + 1, next < end, view.hashes[next] == Self.thatHash { return next }
    }
    let verbWord = view.hashes[start - 1]
    // ("said her party could not ...": no one is told after "say", "her" owns a noun)
    guard rules.verbs[verbWord]?.lemma != "say" else { return index }
    for phrase in rules.listenerPhrases where view.matches(phrase, at: index, end: end) {
      return pastListenerPlace(index + phrase.count, end: end)
    }
    if rules.listenerWords.contains(view.hashes[index]) { return pastListenerPlace(index + 1, end: end) }
    guard rules.verbs[verbWord]?.lemma == "tell" else { return index }
    // A named listener: a run of capitalized words ("The Canadian Press").
    while index < end, view.isCapitalized(index) || phrases.isJoiner(index) { index += 1 }
    if index > start { return index }
    // A short listener before a subject pronoun ("told the league she would").
    var probe = start
    while probe < min(end - 1, start + 4), view.isWord(probe) {
      if probe > start, let pronoun = rules.pronouns[view.hashes[probe]], pronoun.lemma != "thing" {
        return probe
      }
      probe += 1
    }
    return index
  }

  /// Past a phrase of place after a listener up to "that": "told employees in its
  /// insurance unit that it would cut jobs" (a preposition right after the listener,
  /// at most eight words of the phrase, no punctuation).
  private func pastListenerPlace(_ index: Int, end: Int) -> Int {
    guard index + 2 < end, view.isWord(index), Self.placePrepositions.contains(view.hashes[index]) else { return index }
    var k = index + 1
    while k < end, k <= index + 8, view.isWord(k) {
      if view.hashes[k] == Self.thatHash { return k }
      k += 1
    }
    return index
  }

  static let placePrepositions = SmallWordSet(["in", "at", "of", "from", "on"])

  /// The speaker of an attribution right before a participle's comma: "X said, adding" or
  /// "said X, adding".
  private func attributionSpeaker(before participle: Int, sentence: Range<Int>)
    -> (phrase: Range<Int>, role: Range<Int>?)?
  {
    let comma = participle - 1
    guard comma - 1 > sentence.lowerBound, view.isChar(comma, UInt8(ascii: ",")) else { return nil }
    var verb = comma - 1
    while verb > max(sentence.lowerBound, comma - 8) {
      if view.has(verb, .verb), let said = phrases.verb(at: verb), !said.isParticiple { break }
      verb -= 1
    }
    guard verb > sentence.lowerBound, view.has(verb, .verb), phrases.verb(at: verb)?.isParticiple == false else {
      return nil
    }
    // "..., said Fire Chief Ana Ruiz, adding": the speaker after the verb, up to the comma
    if view.isPunctuation(verb - 1) {
      guard let speaker = phrases.speaker(after: verb, end: comma), speaker.upperBound == comma,
        view.isCapitalized(speaker.lowerBound) || view.has(speaker.lowerBound, .determiner)
      else { return nil }
      return (speaker, nil)
    }
    // "..., X said, adding", "X told reporters, adding": the verb's subject
    guard verb + 1 == comma || skipListener(verb + 1, end: comma) == comma else { return nil }
    return phrases.subject(before: verb, limit: sentence.lowerBound)
  }

  /// Past the time and channel phrases between a verb and its clause ("said on Thursday it
  /// would", "said in a statement the road would reopen"); nil when nothing but such phrases
  /// follows the verb ("..., the city said in a statement."): no clause there.
  private func skipAdverbials(_ start: Int, end: Int) -> Int? {
    var index = start
    for _ in 0..<3 {
      guard let after = adverbial(at: index, end: end) else { break }
      // (nothing but such phrases, or one before a comma: "said on Monday, its biggest order")
      if after >= end || view.isChar(after, UInt8(ascii: ",")) { return nil }
      guard opensReportedClause(after) else { break }
      index = after
    }
    return index
  }

  /// The end of a time or channel phrase at `start`: a word of `@list adverbial-opener`,
  /// at most five words and a head of `@list adverbial-head` ("in this year's budget speech",
  /// "earlier this week"), or a head alone ("Monday"); a part of the day may follow the head
  /// ("on Monday night"). A year may be the head after an opener ("in 2019").
  private func adverbial(at start: Int, end: Int) -> Int? {
    guard start < end, view.isWord(start) else { return nil }
    if rules.adverbialHeads.contains(view.hashes[start]) { return afterHead(start, end: end) }
    guard rules.adverbialOpeners.contains(view.hashes[start]) else { return nil }
    if start + 1 < end, view.tokens[start + 1].kind == .number { return start + 2 }
    var index = start + 1
    while index < min(end, start + 7) {
      guard view.isWord(index), !view.has(index, .verb), view.hashes[index] != Self.thatHash else { return nil }
      // (a head that owns the next word is none: "in this year's budget speech")
      if rules.adverbialHeads.contains(view.hashes[index]),
        index + 1 >= end || view.hashes[index + 1] != Phrases.possessiveHash
      {
        return afterHead(index, end: end)
      }
      index += 1
    }
    return nil
  }

  private func afterHead(_ head: Int, end: Int) -> Int {
    let next = head + 1
    if next < end, view.isWord(next), !view.isCapitalized(next), rules.adverbialHeads.contains(view.hashes[next]) {
      return next + 1
    }
    return next
  }

  /// Whether a reported clause may open at `index`: "that", a subject pronoun, a determiner or
  /// possessive, a name or a number.
  private func opensReportedClause(_ index: Int) -> Bool {
    if view.isWord(index) {
      return view.hashes[index] == Self.thatHash || rules.pronouns[view.hashes[index]] != nil
        || view.has(index, .determiner) || view.has(index, .possessive) || view.isCapitalized(index)
    }
    return view.tokens[index].kind == .number
  }

  /// Whether a clause's first words show a verb: an auxiliary or a form of "be" or "have"
  /// (`@list auxiliary`), a word in -ed after a word that is no determiner ("troops
  /// arrived", not "the alleged attack"), or a word in -s after "the" and a singular noun,
  /// before an object ("the deal extends the contract").
  private func showsVerb(_ clause: Range<Int>) -> Bool {
    for index in clause.prefix(25) where view.isWord(index) {
      // (a verb after a subordinator is another clause's: "declared a state of emergency
      // after five people died")
      if index > clause.lowerBound, Self.subordinators.contains(view.hashes[index]) { return false }
      if rules.auxiliaries.contains(view.hashes[index]) { return true }
      let range = view.tokens[index].range
      let bytes = view.text.bytes
      if index > clause.lowerBound, range.count > 4, bytes[range.end - 1] == UInt8(ascii: "d"),
        bytes[range.end - 2] == UInt8(ascii: "e"), view.isWord(index - 1), !view.has(index - 1, .determiner),
        !view.has(index - 1, .possessive)
      {
        return true
      }
      // "the deal extends the contract": "the", a singular noun, a word in -s and an object's
      // article ("the suicide attacks." is a noun phrase)
      if index - 2 >= clause.lowerBound, index + 1 < clause.upperBound, range.count > 3,
        bytes[range.end - 1] == UInt8(ascii: "s"), bytes[range.end - 2] != UInt8(ascii: "s"),
        view.hashes[index - 2] == Self.theHash, view.isWord(index - 1), !view.isCapitalized(index - 1),
        bytes[view.tokens[index - 1].range.end - 1] != UInt8(ascii: "s"),
        view.isWord(index + 1) && Self.objectOpeners.contains(view.hashes[index + 1])
          || view.tokens[index + 1].kind == .number
      {
        return true
      }
    }
    return false
  }

  /// The words of a phrase, without punctuation and possessive "'s".
  private func words(in phrase: Range<Int>) -> Int {
    phrase.count { view.isWord($0) && view.hashes[$0] != Phrases.possessiveHash }
  }

  private func isFinal(_ index: Int) -> Bool {
    switch view.scalar(index) {
    case ".", "!", "?", "\u{2026}", ";": return true
    default: return false
    }
  }

  private func isOpeningMark(_ index: Int) -> Bool {
    view.isPunctuation(index) && rules.marks.isOpener(view.scalar(index))
  }

  static let thatHash = WordHash.of(Array("that".utf8))
  static let thanHash = WordHash.of(Array("than".utf8))
  /// Words that open a subordinate clause inside an object ("after", "when").
  static let subordinators = SmallWordSet(["after", "before", "when", "because", "since", "until", "while", "as", "if"])
  /// Words joining the addressees of an appeal ("urged residents and visitors to").
  static let objectJoiners = SmallWordSet(["and", "or"])
}
