import GleanerCore
import GleanerText

/// Reads speaker phrases and speech verbs around a token: the grammar of
/// attribution, on tokens and word lists only.
struct Phrases {
  let rules: QuoteRules
  let view: TokenView
  /// Whether each token lies inside quotation marks.
  let quoted: [Bool]

  /// The speech verb at `index`, unless negated ("did not say") or used as
  /// an infinitive or a passive ("to say", "is said to").
  func verb(at index: Int) -> SpeechVerb? {
    guard view.has(index, .verb), view.isWord(index), !quoted[index], let verb = rules.verbs[view.hashes[index]]
    else {
      return nil
    }
    if view.isCapitalized(index) && !view.tokens[index].startsSentence { return nil }
    if index > 0, !view.tokens[index].spaceBefore, isJoiner(index - 1) { return nil }  // "out-of-state"
    // "Washington state reported 40 cases": "state" after a name is a noun (a name's verb
    // would be "states"; a plural opening the sentence is its subject: "Organizers state")
    if index > 0, view.hashes[index] == Self.stateHash, view.isWord(index - 1), view.isCapitalized(index - 1),
      !view.tokens[index - 1].startsSentence || !view.isPlural(index - 1)
    {
      return nil
    }
    // "estimates of $7.93 billion", "reports of 40 deaths": a noun before "of" and an amount
    if index + 2 < view.count, view.isWord(index + 1), view.hashes[index + 1] == Self.ofHash,
      view.tokens[index + 2].kind == .number
        || index + 3 < view.count && view.isPunctuation(index + 2) && view.tokens[index + 3].kind == .number
    {
      return nil
    }
    let sentence = view.sentenceBounds(index)
    var back = index - 1
    var seen = 0
    // (not across a quotation: "\"We will not,\" said the minister")
    while back >= sentence.lowerBound, seen < 3, !quoted[back] {
      if view.isWord(back), rules.negations.contains(view.hashes[back]) { return nil }
      back -= 1
      seen += 1
    }
    if index > sentence.lowerBound, view.isWord(index - 1),
      view.has(index - 1, .determiner) || rules.nounContext.contains(view.hashes[index - 1]),
      index < 2 || !view.has(index - 2, .pronoun)  // "he's said"
    {
      return nil  // "the said agreement", "the insurer's claims", "the final say"
    }
    if index > sentence.lowerBound, isAmount(index - 1) { return nil }  // "a $45-million claim"
    return verb
  }

  /// Whether a form of "be" stands right before the verb ("was told", "is said"; "was
  /// saying" for a participle).
  func isPassive(_ verb: Int, _ sentence: Range<Int>) -> Bool {
    verb > sentence.lowerBound && view.isWord(verb - 1) && rules.passives.contains(view.hashes[verb - 1])
  }

  /// Whether a speech-verb form is used as a noun or an adjective: after a
  /// determiner or a noun context ("the state news agency"), or joined by a
  /// hyphen ("state-run").
  func isNounUse(_ index: Int) -> Bool {
    if index + 1 < view.count, !view.tokens[index + 1].spaceBefore, isJoiner(index + 1) { return true }
    guard index > 0 else { return false }
    if isAmount(index - 1) { return true }
    guard view.isWord(index - 1) else { return false }
    let hash = view.hashes[index - 1]
    return rules.determiners.contains(hash) || rules.nounContext.contains(hash)
  }

  /// The source phrase ("according to") starting at `index`: its token count.
  func sourcePhrase(at index: Int, end: Int) -> Int? {
    guard view.has(index, .sourcePhraseStart), view.isWord(index), !quoted[index] else { return nil }
    for phrase in rules.sourcePhrases where view.matches(phrase, at: index, end: end) {
      return phrase.count
    }
    return nil
  }

  /// The subject of the verb at `verb`: the noun phrase read backwards from
  /// it, past auxiliaries and adverbs ("has also said"), no further back than
  /// `limit`; an appositive between commas is skipped ("Jo Park, the
  /// club's treasurer, said").
  func subject(before verb: Int, limit: Int) -> (phrase: Range<Int>, role: Range<Int>?)? {
    var end = verb
    while end - 1 >= limit, view.isWord(end - 1), !view.isCapitalized(end - 1),
      view.has(end - 1, .preVerb) || view.isAdverb(end - 1)
    {
      end -= 1
    }
    // "have for months been arguing": past a time phrase after an auxiliary.
    if end < verb, let aux = auxiliaryBeforeTimePhrase(end, limit: limit) {
      end = aux
      while end - 1 >= limit, view.isWord(end - 1), !view.isCapitalized(end - 1),
        view.has(end - 1, .preVerb) || view.isAdverb(end - 1)
      {
        end -= 1
      }
    }
    // "the State Weather Agency (SWA) warned": past an acronym in brackets.
    if end - 3 >= limit, view.isChar(end - 1, UInt8(ascii: ")")), view.isChar(end - 3, UInt8(ascii: "(")),
      view.isCapitalized(end - 2)
    {
      end -= 3
    }
    if end - 1 >= limit, view.isChar(end - 1, UInt8(ascii: ",")) {
      // "NAME, APPOSITIVE, said": the name before the appositive.
      // The appositive runs back to the previous comma.
      var open = commaBefore(end - 2, end: end, limit: limit)
      // "NAME, the president of X, which represents Y, said": a relative
      // clause goes on the appositive before it.
      if open > limit, open + 1 < end, rules.relatives.contains(view.hashes[open + 1])
        || view.hashes[open + 1] == Self.whoHash
      {
        let back = commaBefore(open - 1, end: end, limit: limit)
        if back >= limit, back < open - 1, view.isChar(back, UInt8(ascii: ",")) { open = back }
      }
      // "Acme Corp., based in Tacoma, Wash., said": a state after a town is the place's, and
      // the appositive runs back to the comma before its description
      // ("Officials in Boise, Idaho, said": with no description before it, the town is
      // the subject's last name, not the state)
      if open > limit, view.isChar(open, UInt8(ascii: ",")), isTownAndState(open, end) {
        if let back = placeDescriptionStart(open, end, limit) {
          open = back
        } else if let town = nounPhrase(endingBefore: open, limit: limit, allowLower: false),
          view.isCapitalized(town.upperBound - 1)
        {
          return (town, nil)
        }
      }
      guard open >= limit, open < end - 2, view.isChar(open, UInt8(ascii: ",")) else { return nil }
      let appositive = (open + 1)..<(end - 1)
      // "A senior aide, speaking anonymously, said": a participle's phrase
      // between the commas tells of the subject before it, in lower case too
      if view.isPresentParticiple(appositive.lowerBound),
        let subject = nounPhrase(endingBefore: open, limit: limit, allowLower: true),
        isSpeakerLike(subject)
      {
        return (subject, nil)
      }
      guard
        let name = nounPhrase(endingBefore: appositive.lowerBound - 1, limit: limit, allowLower: false),
        view.isCapitalized(name.upperBound - 1) || isPronoun(name)
      else {
        // "DESCRIPTION, NAME, said": the appositive is the name.
        guard isName(appositive),
          let role = nounPhrase(endingBefore: appositive.lowerBound - 1, limit: limit, allowLower: true)
        else { return nil }
        return (appositive, role)
      }
      // "The Parliamentary Budget Officer, Yves Giroux, warned", "The U.N. envoy for Sudan, NAME,
      // warned": a title (its head before a post-modifier), then the name
      if isName(appositive), !isPronoun(name), view.has(name.upperBound - 1, .titleWord) {
        return (appositive, name)
      }
      let link = name.lowerBound - 1
      if isName(appositive), link - 1 >= limit, rules.postModifiers.contains(view.hashes[link]),
        view.isWord(link - 1), !view.isCapitalized(link - 1), view.has(link - 1, .titleWord),
        let head = nounPhrase(endingBefore: link, limit: limit, allowLower: true)
      {
        return (appositive, head.lowerBound..<name.upperBound)
      }
      return (name, appositive)
    }
    guard let phrase = nounPhrase(endingBefore: end, limit: limit, allowLower: true) else { return nil }
    if let head = headBeforeRelative(phrase, limit: limit) { return (head, nil) }
    return (phrase, nil)
  }

  /// The noun before a relative clause that ends with `phrase` ("Residents who live along
  /// the River Test said": "Residents"): "who" or "which" before a lower-case word that
  /// opens no noun phrase, or "that" before an auxiliary ("the firm that has ..."); a short
  /// clause with no second auxiliary ("people who have stocks were bracing for promises"
  /// is no subject of "promises"), after a short noun phrase.
  private func headBeforeRelative(_ phrase: Range<Int>, limit: Int) -> Range<Int>? {
    var index = phrase.lowerBound - 1
    while index > limit, index >= phrase.upperBound - 11, !quoted[index] {
      if view.isPunctuation(index) {
        // (past the period of an abbreviation: "the Valtrex Inc. plant")
        guard view.isChar(index, UInt8(ascii: ".")), view.isWord(index - 1), view.isCapitalized(index - 1),
          view.tokens[index - 1].range.count <= 4
        else { return nil }
      } else if IndirectQuotes.relativeOpeners.contains(view.hashes[index])
        || view.hashes[index] == IndirectQuotes.thatHash
      {
        let next = index + 1
        guard next < phrase.upperBound, view.isWord(next), !view.isCapitalized(next) else { return nil }
        let opensClause =
          view.hashes[index] == IndirectQuotes.thatHash
          ? rules.auxiliaries.contains(view.hashes[next])
          : !view.has(next, .determiner) && !view.has(next, .pronoun) && !view.has(next, .possessive)
        guard opensClause,
          !((next + 1)..<phrase.upperBound).contains(where: { Self.auxiliaries.contains(view.hashes[$0]) }),
          let head = nounPhrase(endingBefore: index, limit: limit, allowLower: true),
          head.count <= 6, isSpeakerLike(head)
        else { return nil }
        return head
      }
      index -= 1
    }
    return nil
  }

  /// Whether the comma at `open` parts a town from its state closing at `end - 1` ("Tacoma,
  /// Wash.", "Boise, Idaho"): one capitalized word (with its period) after a capitalized one.
  private func isTownAndState(_ open: Int, _ end: Int) -> Bool {
    let state = (open + 1)..<(end - 1)
    return state.count == 1 || state.count == 2 && view.isChar(state.upperBound - 1, UInt8(ascii: "."))
      ? view.isWord(state.lowerBound) && view.isCapitalized(state.lowerBound) && view.isWord(open - 1)
        && view.isCapitalized(open - 1)
      : false
  }

  /// The comma before a description that ends in a town and its state ("based in Tacoma,
  /// Wash.", "a teacher in Boise, Idaho"), `open` being the comma between the two: the
  /// description opens with a lower-case word, "a" or "an" but not "the" ("On Monday, the
  /// mayor of Boise, Idaho, said": the clause's subject).
  private func placeDescriptionStart(_ open: Int, _ end: Int, _ limit: Int) -> Int? {
    let back = commaBefore(open - 1, end: end, limit: limit)
    guard back >= limit, back + 2 < open, view.isChar(back, UInt8(ascii: ",")), view.isWord(back + 1),
      !view.isCapitalized(back + 1),
      !rules.determiners.contains(view.hashes[back + 1]) || view.hashes[back + 1] == Self.aHash
        || view.hashes[back + 1] == Self.anHash
    else { return nil }
    // ("Ann Lee, 45, of Boise, Idaho, said": past an age between commas)
    if back - 2 >= limit, view.tokens[back - 1].kind == .number, view.isChar(back - 2, UInt8(ascii: ",")) {
      return back - 2
    }
    return back
  }

  /// The comma at or before `index` inside the attribution ending at `end` (at most 40
  /// tokens back, not past `limit` or into a quotation); where the search stopped otherwise.
  private func commaBefore(_ index: Int, end: Int, limit: Int) -> Int {
    var index = index
    while index >= limit, index > end - 40, !view.isChar(index, UInt8(ascii: ",")), !quoted[index] { index -= 1 }
    return index
  }

  /// The auxiliary before a short time phrase that ends at `end` ("has for
  /// years", "have in recent months", "had since 2015"), if any.
  private func auxiliaryBeforeTimePhrase(_ end: Int, limit: Int) -> Int? {
    var index = end - 1
    while index >= limit, index >= end - 3, !view.isCapitalized(index),
      view.isWord(index) || view.tokens[index].kind == .number
    {
      if Self.timePrepositions.contains(view.hashes[index]) {
        guard index - 1 >= limit, index < end - 1, view.isWord(index - 1),
          Self.perfectAuxiliaries.contains(view.hashes[index - 1])
        else { return nil }
        return index - 1
      }
      index -= 1
    }
    return nil
  }

  static let timePrepositions = SmallWordSet(["for", "in", "over", "since"])
  static let perfectAuxiliaries = SmallWordSet(["has", "have", "had"])

  /// The first of the lower-case auxiliaries and adverbs right before a verb
  /// ("and then quipped", "but later said"): the verb's own index if none.
  /// Without `auxiliaries`, only adverbs ("and has contended" may not report).
  func preVerbStart(_ verb: Int, limit: Int, auxiliaries: Bool = true) -> Int {
    var start = verb
    while start - 1 >= limit, start > verb - 3, view.isWord(start - 1), !view.isCapitalized(start - 1),
      view.has(start - 1, .preVerb) || view.isAdverb(start - 1),
      auxiliaries || !Self.auxiliaries.contains(view.hashes[start - 1])
    {
      start -= 1
    }
    return start
  }

  /// The speech verb at `index` or after up to two auxiliaries and adverbs
  /// ("then quipped", "later told").
  func verb(atOrAfterPreVerbs index: Int, end: Int) -> SpeechVerb? {
    var probe = index
    while probe < min(end, index + 2), view.isWord(probe), !view.isCapitalized(probe),
      view.has(probe, .preVerb) || view.isAdverb(probe), !view.has(probe, .verb)
    {
      probe += 1
    }
    return probe < end ? verb(at: probe) : nil
  }

  /// The name a non-restrictive relative clause reports for ("Heather, who
  /// finally confessed that ..."): a capitalized name before ", who".
  func relativeSubject(before verb: Int, limit: Int) -> Range<Int>? {
    var end = verb
    while end - 1 >= limit, view.isWord(end - 1), !view.isCapitalized(end - 1),
      view.has(end - 1, .preVerb) || view.isAdverb(end - 1)
    {
      end -= 1
    }
    guard end - 3 >= limit, view.hashes[end - 1] == Self.whoHash, view.isChar(end - 2, UInt8(ascii: ",")),
      let name = nounPhrase(endingBefore: end - 2, limit: limit, allowLower: false),
      view.isCapitalized(name.upperBound - 1), !isPronoun(name)
    else { return nil }
    return name
  }

  /// The noun phrase that ends just before `end`, read backwards.
  private func nounPhrase(
    endingBefore end: Int, limit: Int, allowLower: Bool, maxWords: Int = 10
  ) -> Range<Int>? {
    // "Acme Corp., the maker of widgets, said": the period of an abbreviation closing the
    // name before a comma stays out
    var end = end
    if end - 2 >= limit, view.isChar(end - 1, UInt8(ascii: ".")), view.isWord(end - 2),
      view.isCapitalized(end - 2), view.tokens[end - 2].range.end - view.tokens[end - 2].range.start <= 4
    {
      end -= 1
    }
    var start = end
    var words = 0
    while start - 1 >= limit, words < maxWords {
      let index = start - 1
      // A nickname in marks inside a name: "Tomas “Tommy” Berg".
      if view.isPunctuation(index), quoted[index], let open = nicknameOpen(closingAt: index) {
        start = open
        continue
      }
      if view.isPunctuation(index) {
        if isJoiner(index) || isPluralPossessive(index) { start = index; continue }
        break
      }
      if quoted[index] { break }
      let hash = view.hashes[index]
      // ("..., the Food and Drug Administration said.": "and" between capitalized words inside
      // a body's name read so far goes on, before a verb that closes its sentence)
      let andInName = hash == Self.andHash && start < end && view.isCapitalized(start) && index > limit
        && view.isWord(index - 1) && view.isCapitalized(index - 1) && !view.tokens[index - 1].startsSentence
        && (end + 1 >= view.count || view.isPunctuation(end + 1))
      if !andInName, rules.subjectStops.contains(hash)
        || (rules.verbs.contains(hash) && maxWords <= 10 && !isNounUse(index))
      {
        break
      }
      if !andInName, !view.isCapitalized(index), rules.speakerStops.contains(hash),
        !rules.postModifiers.contains(hash)
      {
        break
      }
      if !andInName, !allowLower && !view.isCapitalized(index) && !rules.particles.contains(hash) { break }
      start = index
      words += 1
      // A pronoun subject stands alone: "it's all he said".
      if start == end - 1, rules.pronouns.contains(hash) { break }
    }
    guard start < end else { return nil }
    var phrase = start..<end
    // A pronoun right before the verb is the subject on its own.
    if let last = phrase.last, view.has(last, .pronoun) { phrase = last..<end }
    // Drop a sentence-opening lower-case run that is no noun phrase.
    if phrase.count == 1, rules.nonSpeakers.contains(view.hashes[phrase.lowerBound]) { return nil }
    return phrase
  }

  /// The speaker written after an inverted verb ("said spokesman John
  /// Carter on Tuesday"): up to a stop word or punctuation.
  func speaker(after verb: Int, end: Int) -> Range<Int>? {
    var first = verb + 1
    // "points out the owner", "shot back the minister".
    if first < end, view.isWord(first), rules.verbParticles.contains(view.hashes[first]) { first += 1 }
    var stop = first
    var words = 0
    while stop < end, words < 10 {
      if view.isPunctuation(stop) {
        if isJoiner(stop) { stop += 1; continue }
        break
      }
      if quoted[stop] { break }
      let hash = view.hashes[stop]
      if !view.isCapitalized(stop), rules.speakerStops.contains(hash) { break }
      if view.isCapitalized(stop), words > 0, rules.speakerStops.contains(hash),
        !rules.postModifiers.contains(hash)
      {
        break  // "said Carter Tuesday"
      }
      stop += 1
      words += 1
    }
    guard stop > first else { return nil }
    let phrase = first..<stop
    if phrase.count == 1, rules.nonSpeakers.contains(view.hashes[phrase.lowerBound]) { return nil }
    if let source = statementSource(phrase, end: end) { return source }
    return phrase
  }

  /// The author of a written statement named after it: "a statement
  /// (released|issued) by X", "a letter from X" => X; without an author, the statement
  /// less its participle ("according to a study published on Monday" => "a study").
  private func statementSource(_ phrase: Range<Int>, end: Int) -> Range<Int>? {
    var head = phrase.lowerBound
    if view.has(head, .determiner) || view.has(head, .possessive) {
      head += 1
    }
    // (one or two adjectives before the noun: "preliminary results", "the latest official data")
    var noun = head
    while noun < min(phrase.upperBound, head + 2), view.isWord(noun), !view.isCapitalized(noun),
      !rules.statementNouns.contains(view.hashes[noun])
    {
      noun += 1
    }
    if noun < phrase.upperBound, rules.statementNouns.contains(view.hashes[noun]) { head = noun }
    guard head < phrase.upperBound, rules.statementNouns.contains(view.hashes[head]) else { return nil }
    // Past the noun, a participle ("released", "issued") and "by" / "from".
    let link = phrase.upperBound
    if link < end, view.isWord(link), link - head <= 3,
      view.hashes[link] == Self.byHash || view.hashes[link] == Self.fromHash
    {
      return speaker(after: link, end: end)
    }
    guard head + 1 < phrase.upperBound, view.isPastParticiple(head + 1) else { return nil }
    // "figures published Monday by X": a few words of when, then "by"
    var by = link
    while by < min(end, link + 5), view.isWord(by), view.hashes[by] != Self.byHash { by += 1 }
    if by < end, by > link, view.isWord(by), view.hashes[by] == Self.byHash, let author = speaker(after: by, end: end) {
      return author
    }
    return phrase.lowerBound..<(head + 1)
  }

  static let byHash = WordHash.of(Array("by".utf8))
  static let fromHash = WordHash.of(Array("from".utf8))
  static let atHash = WordHash.of(Array("at".utf8))
  static let aHash = WordHash.of(Array("a".utf8))
  static let anHash = WordHash.of(Array("an".utf8))

  /// Whether the tokens are a short run of capitalized words ("Nina
  /// Hart", "Ursula von der Leyen").
  func isName(_ phrase: Range<Int>) -> Bool {
    guard !phrase.isEmpty, phrase.count <= 6, view.isCapitalized(phrase.lowerBound),
      view.isCapitalized(phrase.upperBound - 1)
    else { return false }
    return phrase.allSatisfy { index in
      (view.isCapitalized(index) && !view.has(index, .speakerStop)
        && !view.has(index, .determiner))
        || isJoiner(index) || view.has(index, .particle)
    }
  }

  /// The name in apposition after a description that follows its verb
  /// ("says the bakery's owner, Nina Hart."): up to the sentence's end or
  /// the next comma.
  func appositiveName(after phrase: Range<Int>, end: Int) -> Range<Int>? {
    let comma = phrase.upperBound
    guard comma + 1 < end, view.isChar(comma, UInt8(ascii: ",")),
      !view.isCapitalized(phrase.upperBound - 1)
    else { return nil }
    var stop = comma + 1
    while stop < end, view.isWord(stop) || isJoiner(stop) { stop += 1 }
    guard stop == end || view.isChar(stop, UInt8(ascii: ",")) || isSentenceFinal(stop) else { return nil }
    let name = (comma + 1)..<stop
    return isName(name) ? name : nil
  }

  private func isSentenceFinal(_ index: Int) -> Bool {
    switch view.scalar(index) {
    case ".", "!", "?", ";": return true
    default: return false
    }
  }

  /// Whether a phrase reads like a speaker: a name, a pronoun, a phrase
  /// with a determiner, or a short bare noun phrase ("city staff").
  func isSpeakerLike(_ phrase: Range<Int>) -> Bool {
    let first = phrase.lowerBound
    let hash = view.hashes[first]
    if rules.possessives.contains(hash) && phrase.count == 1 { return false }
    if first > 0, view.isWord(first - 1), rules.relatives.contains(view.hashes[first - 1]) {
      return false
    }
    return view.isCapitalized(first) || rules.determiners.contains(hash)
      || rules.pronouns.contains(hash) || rules.possessives.contains(hash) || phrase.count <= 3
      || view.isCapitalized(phrase.upperBound - 1)  // "lead singer Jo Doe"
  }

  /// The token after the dash of a dateline that opens a sentence at `start`: a place in
  /// capitals, perhaps a region ("OTTAWA —", "MIRAMICHI, N.B. —", "SPRINGFIELD, Ill. —"), or a place and up to ten
  /// tokens that close with an agency's credit in brackets ("LOS ANGELES, Jan. 9 (AP) —",
  /// "BONN, Germany (AP)_"); nil without one. The dash must come before `limit`.
  func datelineEnd(from start: Int, limit: Int) -> Int? {
    var index = start
    // (after a place in capitals, a region in any length: "SPRINGFIELD, Ill. —",
    // "SPRINGFIELD, Illinois —")
    let placeInCapitals = start < limit && view.isWord(start) && view.isAllCaps(start)
    while index < min(limit, start + 6), view.isAllCaps(index) || view.isChar(index, UInt8(ascii: ","))
      || view.isChar(index, UInt8(ascii: ".")) || view.isCapitalized(index) && view.tokens[index].range.count <= 2
      || placeInCapitals && index > start && view.isCapitalized(index)
    {
      index += 1
    }
    // (a dash, not a hyphen glued to the word before: "A U.S.-British raid")
    if index > start, index + 1 < limit, view.isPunctuation(index), view.tokens[index].spaceBefore,
      ["\u{2014}", "\u{2013}", "-"].contains(view.scalar(index))
    {
      return index + 1
    }
    guard start < limit, view.isWord(start), view.isAllCaps(start) else { return nil }
    var close = start + 1
    while close + 1 < min(limit, start + 12) {
      if view.isChar(close, UInt8(ascii: ")")), view.isPunctuation(close + 1),
        ["-", "\u{2013}", "\u{2014}", "_"].contains(view.scalar(close + 1))
      {
        return close + 2
      }
      close += 1
    }
    return nil
  }

  /// The noun phrase that opens a sentence, for verbs without their own
  /// subject ("..., saying", "... and said").
  func sentenceSubject(_ sentence: Range<Int>, before limit: Int) -> Range<Int>? {
    var index = sentence.lowerBound
    while index < limit, view.isPunctuation(index) { index += 1 }
    // Past a dateline.
    if let dateline = datelineEnd(from: index, limit: limit) {
      index = dateline
      while index < limit, view.isPunctuation(index) { index += 1 }
    }
    // Past an opening conjunction ("But the ...").
    if index + 1 < limit, view.has(index, .subjectStop) { index += 1 }
    // "More than 300 residents filed ..., saying": a count of people opens it
    if let counted = countedSubject(from: index, limit: limit) { return counted }
    // Past an opening phrase ("In an interview on Monday, ..."; not an abbreviated title's
    // period: "Sen. Dale Harmon, R-Texas, ... and said")
    if index + 1 < limit, !view.isCapitalized(index + 1) && !view.isChar(index + 1, UInt8(ascii: "."))
      || view.has(index, .speakerStop)
    {
      var comma = index
      while comma < min(limit, index + 14), !view.isChar(comma, UInt8(ascii: ",")) { comma += 1 }
      if comma < limit, comma + 1 < limit, view.isChar(comma, UInt8(ascii: ",")),
        view.isCapitalized(comma + 1) || view.has(comma + 1, .pronoun)
      {
        index = comma + 1
      }
    }
    guard index < limit else { return nil }
    if view.has(index, .pronoun) { return index..<(index + 1) }
    // Names, titles and organization nouns: "Chinese foreign ministry
    // spokeswoman Lin Mei", "The foreign ministry's office".
    var end = index
    while end < limit {
      let hash = view.hashes[end]
      let fits = view.isCapitalized(end) || isJoiner(end)
        || (end == index && rules.determiners.contains(hash))
        || (end > index && (rules.particles.contains(hash) || hash == Self.possessiveHash))
        || (end > index && end + 1 < limit && hash == Self.ofHash && view.isCapitalized(end + 1))
        || (view.isWord(end) && (rules.titleWords.contains(hash) || rules.organizationWords.contains(hash)))
      guard fits else { break }
      end += 1
    }
    while end > index, !view.isCapitalized(end - 1), view.isWord(end - 1),
      view.has(end - 1, .determiner) || view.hashes[end - 1] == Self.possessiveHash
    {
      end -= 1
    }
    guard end > index, end > index + 1 || view.isCapitalized(index) else { return nil }
    // "The U.N. envoy for Sudan, NAME, welcomed ...": a title's name between commas after it
    if view.has(end - 1, .titleWord), let name = nameBetweenCommas(after: end, limit: limit) {
      return name
    }
    return index..<end
  }

  /// A count of people opening a sentence, with the words before the number ("More than
  /// 300 residents", "About 40 workers", "Some 2,000 local farmers"): up to four words, a
  /// number and one or two lower-case words, the last a plural in -s; nil otherwise.
  private func countedSubject(from start: Int, limit: Int) -> Range<Int>? {
    var number = start
    while number < min(limit, start + 4), view.tokens[number].kind != .number {
      guard view.isWord(number) else { return nil }
      number += 1
    }
    guard number < limit, view.tokens[number].kind == .number else { return nil }
    var noun = number + 1
    while noun < min(limit, number + 3), view.isWord(noun), !view.isCapitalized(noun),
      !view.has(noun, .speakerStop), !view.has(noun, .subjectStop)
    {
      if view.isPlural(noun) { return start..<(noun + 1) }
      noun += 1
    }
    return nil
  }

  /// A name between the next two commas after `start` (the first within eight tokens, the
  /// name at most six words), before `limit`.
  private func nameBetweenCommas(after start: Int, limit: Int) -> Range<Int>? {
    var comma = start
    while comma < min(limit, start + 8), !view.isChar(comma, UInt8(ascii: ",")) { comma += 1 }
    guard comma < limit, view.isChar(comma, UInt8(ascii: ",")) else { return nil }
    var close = comma + 1
    while close < min(limit, comma + 8), !view.isChar(close, UInt8(ascii: ",")) { close += 1 }
    guard close < limit, view.isChar(close, UInt8(ascii: ",")), isName((comma + 1)..<close) else { return nil }
    return (comma + 1)..<close
  }

  static let ofHash = WordHash.of(Array("of".utf8))
  static let stateHash = WordHash.of(Array("state".utf8))
  static let andHash = WordHash.of(Array("and".utf8))
  static let whoHash = WordHash.of(Array("who".utf8))
  /// Whether the token is an amount ("45", "$45-million"): a verb form
  /// right after it is a noun ("a $45-million claim").
  @inline(__always) func isAmount(_ index: Int) -> Bool {
    let token = view.tokens[index]
    if token.kind == .number || !token.range.isEmpty && Self.isDigit(view.text.bytes[token.range.start]) {
      return true
    }
    // "300-million": a number joined to its scale word; "$310 billion": one apart
    if index >= 1, view.tokens[index - 1].kind == .number, Self.scaleWords.contains(view.hashes[index]) {
      return true
    }
    return index >= 2 && !token.spaceBefore && isJoiner(index - 1) && !view.tokens[index - 1].spaceBefore
      && view.tokens[index - 2].kind == .number
  }

  /// Scale words after a number's digits: an amount's last word.
  static let scaleWords = SmallWordSet(["thousand", "million", "billion", "trillion"])

  @inline(__always) static func isDigit(_ byte: UInt8) -> Bool { byte >= 0x30 && byte <= 0x39 }
  static let auxiliaries = SmallWordSet(
    ["has", "have", "had", "was", "were", "is", "are", "would", "will", "could", "may", "might"])
  static let possessiveHash = WordHash.of(Array("'s".utf8))

  /// The opening mark of a nickname in marks whose closing mark is at
  /// `close`: one or two capitalized words in marks between two capitalized
  /// words ("Tomas “Tommy” Berg").
  func nicknameOpen(closingAt close: Int) -> Int? {
    guard close + 1 < view.count, view.isPunctuation(close), view.isCapitalized(close + 1) else { return nil }
    var open = close - 1
    while open > 0, open > close - 4, view.isWord(open), view.isCapitalized(open) { open -= 1 }
    guard open > 0, open < close - 1, view.isPunctuation(open), rules.marks.isOpener(view.scalar(open)),
      view.isCapitalized(open - 1), view.isWord(open - 1)
    else { return nil }
    return open
  }

  /// Whether a paragraph is a link to another article ("READ MORE: ...",
  /// "Watch: ..."): its label and a colon open it.
  func isTeaser(_ paragraph: Int) -> Bool {
    let tokens = view.text.paragraphs[paragraph].tokens
    guard !tokens.isEmpty, view.has(tokens.lowerBound, .teaserStart) else { return false }
    for phrase in rules.teaserLabels where view.matches(phrase, at: tokens.lowerBound, end: tokens.upperBound) {
      let colon = tokens.lowerBound + phrase.count
      if colon < tokens.upperBound, view.isChar(colon, UInt8(ascii: ":")) { return true }
    }
    return false
  }

  /// Whether the tokens open a description with adjectives in a list before
  /// the noun phrase that follows them ("the lanky," in "the lanky,
  /// bespectacled professor"): lower-case words and commas, ending in a comma.
  func isAdjectiveList(_ tokens: Range<Int>) -> Bool {
    guard !tokens.isEmpty, tokens.count <= 6, view.isChar(tokens.upperBound - 1, UInt8(ascii: ",")) else {
      return false
    }
    return tokens.allSatisfy { index in
      if view.isChar(index, UInt8(ascii: ",")) { return index > tokens.lowerBound }
      let hash = view.hashes[index]
      return view.isWord(index) && !view.isCapitalized(index) && !quoted[index] && !rules.verbs.contains(hash)
        && !rules.speakerStops.contains(hash) && !rules.subjectStops.contains(hash)
        && !rules.pronouns.contains(hash)
    }
  }

  /// Whether a phrase is one pronoun.
  func isPronoun(_ phrase: Range<Int>) -> Bool {
    phrase.count == 1 && view.has(phrase.lowerBound, .pronoun)
  }

  /// The apostrophe of a plural possessive ("the employers' director").
  func isPluralPossessive(_ index: Int) -> Bool {
    guard index > 0, index + 1 < view.count, !view.tokens[index].spaceBefore, view.isWord(index - 1),
      view.tokens[index + 1].spaceBefore, view.isWord(index + 1),
      ["'", "\u{2019}"].contains(view.scalar(index))
    else { return false }
    let previous = view.tokens[index - 1].range
    return view.text.bytes[previous.end - 1] == UInt8(ascii: "s")
  }

  /// A hyphen, an initial's period or an apostrophe inside a name
  /// ("al-Kanu", "J. Smith").
  @inline(__always) func isJoiner(_ index: Int) -> Bool {
    guard index > 0, index + 1 < view.count, !view.tokens[index].spaceBefore else { return false }
    // Only "-", "." and U+2010/U+2011 (lead byte 0xE2) can join: a byte test
    // first, the rest out of line.
    let lead = view.text.bytes[view.tokens[index].range.start]
    guard lead == UInt8(ascii: "-") || lead == UInt8(ascii: ".") || lead == 0xE2 else { return false }
    return joins(index)
  }

  private func joins(_ index: Int) -> Bool {
    switch view.scalar(index) {
    case "-", "\u{2010}", "\u{2011}":
      return !view.tokens[index + 1].spaceBefore && !view.isPunctuation(index - 1)
        && view.isWord(index + 1)
    case ".":
      guard view.isWord(index - 1), view.isCapitalized(index - 1) else { return false }
      return view.tokens[index - 1].range.count == 1 || view.has(index - 1, .titleWord)
    default: return false
    }
  }
}
