import GleanerCore
import GleanerText

/// Turns quotation-mark spans into direct and partial quotations with their
/// attribution: `"...," said X` / `"...," X said` / `X said: "..."` /
/// `X said "..."` / a fragment in marks inside a sentence whose subject spoke.
struct DirectQuotes {
  let rules: QuoteRules
  let view: TokenView
  let phrases: Phrases

  private struct Attribution {
    var cue: Range<Int>
    var speaker: Range<Int>?
    var role: Range<Int>?
    var end: Int
  }

  func candidate(for span: MarkedSpan) -> Candidate? {
    let open = span.open
    let sentence = view.sentenceBounds(open)
    let paragraph = view.tokens[open].paragraph
    let kind = view.text.paragraphs[paragraph].kind
    let isHeading = kind == .headline || kind == .heading
    let startsSentence = (sentence.lowerBound..<open).allSatisfy { view.isPunctuation($0) }
    if !startsSentence, isTitleOrTerm(open, sentence) { return nil }
    if phrases.isTeaser(paragraph) { return nil }
    if kind != .headline, isDisplayHeading(span, paragraph: paragraph) { return nil }
    // (terms in marks after a verb that names them are its speaker's words: "called the
    // plan “reckless” and “unfair”")
    if isListedTerm(span), !namedBySpeechVerb(span.open, sentence) { return nil }
    if let close = span.close, phrases.nicknameOpen(closingAt: close) == open { return nil }

    var candidate = Candidate(
      range: span.range, parts: span.pieces.count > 1 ? span.pieces : [], kind: .direct,
      rule: "quote.direct", open: open, close: span.close, paragraph: paragraph)
    let after = span.close.flatMap { attribution(after: $0, content: span.pieces[span.pieces.count - 1]) }
    let before = startsSentence ? nil : attribution(before: open, sentence: sentence)
    let introduced = !startsSentence && isIntroduction(open)

    if let after, after.cue.lowerBound <= span.close! + 2 || before == nil {
      candidate.cue = after.cue
      candidate.speaker = after.speaker
      candidate.role = after.role
      candidate.attributionEnd = after.end
      candidate.rule = "quote.attribution-after"
    } else if let before {
      candidate.cue = before.cue
      candidate.speaker = before.speaker
      candidate.role = before.role
      candidate.rule = "quote.attribution-before"
    } else if startsSentence || introduced {
      candidate.continues = !isHeading
      candidate.wantsSpeaker = !isHeading
      candidate.rule = isHeading ? "quote.headline" : "quote.continued"
    } else if isHeading {
      candidate.wantsSpeaker = false
      candidate.rule = "quote.headline"
    } else if let owner = possessor(before: span) {
      candidate.speaker = owner
      candidate.rule = "quote.possessive"
    } else {
      return nil  // scare quotes: a term in marks that nobody is said to say
    }
    if !(startsSentence || introduced) {
      if !isHeading, isModifier(span) { return nil }
      candidate.kind = .partial
      if candidate.rule != "quote.headline", candidate.rule != "quote.possessive" {
        candidate.rule = "quote.partial"
      }
    }
    return candidate
  }

  /// The owner of a phrase in marks that no verb attributes: a person's
  /// possessive ("his", "her") or a name before "'s" right before the mark, with
  /// two to eight words inside (`Chen's "turnaround plan"`, `her "dream job"`: the
  /// owner's own words; one word there is the writer's: `her "bold" move`).
  private func possessor(before span: MarkedSpan) -> Range<Int>? {
    let open = span.open
    guard let close = span.close, span.pieces.count == 1, open > 1,
      view.tokens[open - 1].paragraph == view.tokens[open].paragraph
    else { return nil }
    let words = ((open + 1)..<close).count { view.isWord($0) }
    guard (2...8).contains(words) else { return nil }
    let owner = open - 1
    if SpeakerResolver.possessiveSubjects[view.hashes[owner]] != nil { return owner..<open }
    guard view.hashes[owner] == Phrases.possessiveHash else { return nil }
    var first = owner
    while first > 0, view.isWord(first - 1), view.isCapitalized(first - 1),
      view.tokens[first - 1].paragraph == view.tokens[owner].paragraph, owner - first < 4
    {
      first -= 1
    }
    return first < owner ? first..<owner : nil
  }

  /// A paragraph that is only a short phrase in marks, with no final stop
  /// inside them (`'Hard lessons and new hope'`): a display subheading
  /// that repeats words of the article, not a quotation of its own.
  private func isDisplayHeading(_ span: MarkedSpan, paragraph: Int) -> Bool {
    let tokens = view.text.paragraphs[paragraph].tokens
    guard span.pieces.count == 1, span.open == tokens.lowerBound else { return false }
    // The closing mark: the last mark of the paragraph, with only stops after it.
    var close = tokens.upperBound - 1
    while close > span.open, view.isPunctuation(close), !isMark(close) { close -= 1 }
    guard close > span.open + 1, isMark(close) || view.isWord(close) && isClosingApostrophe(close) else {
      return false
    }
    let content = (span.open + 1)..<(isMark(close) ? close : close + 1)
    guard let last = content.last, view.isWord(last) || view.tokens[last].kind == .number else { return false }
    return content.count { view.isWord($0) } <= 12
  }

  /// Whether a word ends in an apostrophe the tokenizer kept ("mutant'").
  private func isClosingApostrophe(_ index: Int) -> Bool {
    let range = view.tokens[index].range
    let bytes = view.text.bytes
    if bytes[range.end - 1] == UInt8(ascii: "'") { return true }
    return range.count > 3 && bytes[range.end - 3] == 0xE2 && bytes[range.end - 2] == 0x80 && bytes[range.end - 1] == 0x99
  }

  /// A short term in a list of terms in marks (`"platform," "ghosting,"
  /// and "yeet"`): a mark opens right after it closes, or after "and"/"or",
  /// in the same sentence (`called it "unfair." "We will respond," she said.`
  /// is a term and a quotation).
  private func isListedTerm(_ span: MarkedSpan) -> Bool {
    guard let close = span.close, span.pieces.count == 1 else { return false }
    let words = ((span.open + 1)..<close).count { view.isWord($0) }
    guard words <= 6 else { return false }
    func opensMark(_ index: Int) -> Bool {
      index < view.count && view.isPunctuation(index) && rules.marks.isOpener(view.scalar(index))
        && view.sentenceOf[index] == view.sentenceOf[close]
    }
    // The last term of the list: a short term closed right before.
    var previous = span.open - 1
    if previous > 0, view.isWord(previous), Self.conjunctions.contains(view.hashes[previous]) { previous -= 1 }
    if previous > 0, view.isChar(previous, UInt8(ascii: ",")) { previous -= 1 }
    if previous > span.open - 4, previous >= 0, view.isPunctuation(previous),
      rules.marks.isCloser(view.scalar(previous)), phrases.quoted[max(0, previous - 1)],
      view.sentenceOf[previous] == view.sentenceOf[span.open],
      (max(0, previous - 8)..<previous).contains(where: { view.isPunctuation($0) && rules.marks.isOpener(view.scalar($0)) })
    {
      return true
    }
    var next = close + 1
    if next < view.count, view.isWord(next), Self.conjunctions.contains(view.hashes[next]) { next += 1 }
    guard opensMark(next) else { return false }
    // Attributed quotations in a row ("...," "...") are no list: the next
    // piece must be as short.
    var end = next + 1
    while end < view.count, end < next + 9, !(view.isPunctuation(end) && rules.marks.isCloser(view.scalar(end))) {
      end += 1
    }
    return end < next + 9 && end < view.count
  }

  /// Whether a verb that quotes a characterization ("calls it", "describes it as")
  /// comes shortly before the mark that opens at `open`, in its sentence.
  private func namedBySpeechVerb(_ open: Int, _ sentence: Range<Int>) -> Bool {
    (max(sentence.lowerBound, open - 12)..<open).contains { index in
      guard let verb = phrases.verb(at: index) else { return false }
      return verb.complement != .none
    }
  }

  /// Whether the mark follows a colon, or a comma after a speech verb.
  private func isIntroduction(_ open: Int) -> Bool {
    guard open > 0, view.tokens[open - 1].paragraph == view.tokens[open].paragraph else { return false }
    if view.isChar(open - 1, UInt8(ascii: ":")) { return true }
    let capitalized = open + 1 < view.count && view.isCapitalized(open + 1)
    if view.isChar(open - 1, UInt8(ascii: ",")) {
      if capitalized { return true }
      let sentence = view.sentenceBounds(open)
      return (max(sentence.lowerBound, open - 4)..<(open - 1)).contains { phrases.verb(at: $0) != nil }
    }
    return capitalized && phrases.verb(at: open - 1) != nil
  }

  /// A short term in marks used as a modifier of the noun after it
  /// ("“risk mitigation” payments", "the 'unpredictable' nature"): a
  /// lower-case content word follows the closing mark.
  private func isModifier(_ span: MarkedSpan) -> Bool {
    guard let close = span.close, close + 1 < view.count, view.isWord(close + 1),
      view.tokens[close + 1].spaceBefore, !view.isCapitalized(close + 1),
      view.tokens[close + 1].paragraph == view.tokens[close].paragraph,
      ((span.open + 1)..<close).count(where: { view.isWord($0) }) <= 3
    else { return false }
    // Not after a stop inside the marks ("...,” said X).
    if view.isPunctuation(close - 1) { return false }
    let next = close + 1
    let hash = view.hashes[next]
    let isFunctionWord = rules.speakerStops.contains(hash) || rules.subjectStops.contains(hash)
      || rules.determiners.contains(hash) || rules.preVerb.contains(hash) || rules.clauseBlockers.contains(hash)
      || rules.postModifiers.contains(hash) || rules.passives.contains(hash) || rules.pronouns.contains(hash)
      || rules.possessives.contains(hash) || rules.negations.contains(hash) || rules.relatives.contains(hash)
    return !isFunctionWord && !rules.verbs.contains(hash) && !view.isAdverb(next)
      && hash != Phrases.possessiveHash
  }

  /// A title of a work or a term ("the film "Jaws"", "so-called "deal"").
  private func isTitleOrTerm(_ open: Int, _ sentence: Range<Int>) -> Bool {
    var index = open - 1
    var seen = 0
    while index >= sentence.lowerBound, seen < 2 {
      if view.isWord(index) {
        if rules.workNouns.contains(view.hashes[index]) { return true }
        // "known as a "firewall"": an article right before the mark does not count.
        if index != open - 1 || !view.has(index, .determiner) { seen += 1 }
      } else if !(view.isChar(index, UInt8(ascii: "-"))) {
        return false
      }
      index -= 1
    }
    return false
  }

  /// `"...," said X`, `"...," X said`, `"...", according to X`.
  private func attribution(after close: Int, content: TextRange) -> Attribution? {
    // The last character inside the marks, past closing nested marks ("...,’”").
    var last = content.end - 1
    let bytes = view.text.bytes
    while last > content.start {
      if bytes[last] == UInt8(ascii: "'") { last -= 1; continue }
      if last >= content.start + 2, bytes[last - 2] == 0xE2, bytes[last - 1] == 0x80, bytes[last] == 0x99 {
        last -= 3
        continue
      }
      break
    }
    let lastByte = bytes[last]
    var sentence = view.sentenceBounds(close)
    var index = close + 1
    // "“Is the road open yet?” Marsh asked.": the question mark ended the
    // sentence, and the attribution opens the next one.
    if index == sentence.upperBound, index < view.count, lastByte == UInt8(ascii: "?") || lastByte == UInt8(ascii: "!"),
      view.tokens[index].paragraph == view.tokens[close].paragraph
    {
      sentence = view.sentenceBounds(index)
    }
    let end = sentence.upperBound
    guard index < end else { return nil }
    var comma = lastByte == UInt8(ascii: ",") || lastByte == UInt8(ascii: "?")
      || lastByte == UInt8(ascii: "!")
    if view.isChar(index, UInt8(ascii: ",")) {
      comma = true
      index += 1
    }
    guard index < end else { return nil }
    // ("called the plan “reckless,” adding it was ...": a participle after the quotation
    // goes on with the sentence's own speaker, who is named before it)
    if phrases.verb(at: index)?.isParticiple == true { return nil }
    if phrases.verb(at: index) != nil {
      let speaker = phrases.speaker(after: index, end: end)
      if let speaker, let name = phrases.appositiveName(after: speaker, end: end) {
        return Attribution(cue: index..<(index + 1), speaker: name, role: speaker, end: name.upperBound)
      }
      return Attribution(cue: index..<(index + 1), speaker: speaker, end: speaker?.upperBound ?? index + 1)
    }
    if let length = phrases.sourcePhrase(at: index, end: end) {
      let speaker = phrases.speaker(after: index + length - 1, end: end)
      return Attribution(
        cue: index..<(index + length), speaker: speaker, end: speaker?.upperBound ?? index + length)
    }
    guard comma else { return nil }
    var verb = index
    while verb < min(end, index + 30) {
      if phrases.quoted[verb] {
        // Past a nickname in marks inside the speaker's name.
        guard let close = (verb..<min(end, verb + 4)).first(where: { phrases.nicknameOpen(closingAt: $0) == verb })
        else { return nil }
        verb = close + 1
        continue
      }
      if isMark(verb), !phrases.isPluralPossessive(verb) { return nil }
      if phrases.verb(at: verb) != nil {
        // "... for the landlords?” She calls it a blunder today.": a verb with
        // an object in the next sentence says something new.
        if view.sentenceOf[verb] != view.sentenceOf[close], verb + 1 < end,
          IndirectQuotes.objectPronouns.contains(view.hashes[verb + 1])
        {
          return nil
        }
        guard let subject = phrases.subject(before: verb, limit: index) else { return nil }
        // "DESCRIPTION, NAME, said": the description opens the attribution.
        if let role = subject.role, role.lowerBound == index, subject.phrase.lowerBound > role.upperBound {
          return Attribution(cue: verb..<(verb + 1), speaker: subject.phrase, role: role, end: verb + 1)
        }
        let opening = min(subject.phrase.lowerBound, subject.role?.lowerBound ?? subject.phrase.lowerBound)
        // "the tall, bearded engineer said": adjectives in a list; "lead author and
        // planetary scientist X said": titles joined by "and"; "NASA's X said": an owner.
        guard subject.phrase.lowerBound == index || subject.role == nil
          && phrases.isAdjectiveList(index..<subject.phrase.lowerBound)
          || isJoinedTitle(index..<opening) || isOwner(index..<opening)
        else { return nil }
        return Attribution(
          cue: verb..<(verb + 1), speaker: index..<subject.phrase.upperBound, role: subject.role, end: verb + 1)
      }
      verb += 1
    }
    return nil
  }

  /// Whether words before a speaker's role are a title joined to it by "and" ("lead author
  /// and"): two to four lower-case words, no determiner first, no verb, "and" last.
  private func isJoinedTitle(_ tokens: Range<Int>) -> Bool {
    guard (2...4).contains(tokens.count), view.hashes[tokens.upperBound - 1] == Phrases.andHash else { return false }
    return !view.has(tokens.lowerBound, .determiner)
      && tokens.allSatisfy { view.isWord($0) && !view.isCapitalized($0) && !view.has($0, .verb) }
  }

  /// Whether words before a speaker name the body they belong to ("NASA's", "the
  /// agency's"): up to four words ending in a possessive "'s".
  private func isOwner(_ tokens: Range<Int>) -> Bool {
    guard (2...5).contains(tokens.count), view.hashes[tokens.upperBound - 1] == Phrases.possessiveHash else {
      return false
    }
    return tokens.dropLast().allSatisfy { view.isWord($0) && !view.has($0, .verb) }
  }


  /// `X said: "..."`, `X said "..."`, or a speech verb earlier in the
  /// sentence of a fragment in marks.
  private func attribution(before open: Int, sentence: Range<Int>) -> Attribution? {
    var weak: Int?
    if let found = attribution(before: open, sentence: sentence, weak: &weak) { return found }
    // Only a verb that needs "that" and has none: take it after all.
    guard let verb = weak else { return colonSubject(before: open, sentence: sentence) }
    var taken: Int? = verb
    return attribution(before: verb + 1, sentence: sentence, weak: &taken)
  }

  /// `Premier Ana Ruiz was blunt: "..."`: with no verb of saying, a name opening the
  /// sentence before the colon that opens the mark speaks (a verb after it, no other
  /// mark before the colon).
  private func colonSubject(before open: Int, sentence: Range<Int>) -> Attribution? {
    let colon = open - 1
    guard colon > sentence.lowerBound, view.isChar(colon, UInt8(ascii: ":")),
      !(sentence.lowerBound..<colon).contains(where: { phrases.quoted[$0] }),
      let subject = phrases.sentenceSubject(sentence, before: colon),
      subject.upperBound < colon, phrases.isName(subject),
      !subject.contains(where: { view.has($0, .possessive) || view.has($0, .pronoun) }),
      view.isWord(subject.upperBound), !view.isCapitalized(subject.upperBound)
    else { return nil }
    return Attribution(cue: colon..<open, speaker: subject, end: open)
  }

  /// The search of `attribution(before:sentence:)`; `weak` receives the
  /// first verb passed over for lacking its "that" (none is passed over
  /// once it is set).
  private func attribution(before open: Int, sentence: Range<Int>, weak: inout Int?) -> Attribution? {
    var index = open - 1
    // An attribution stands close to its quotation: a bounded look-back keeps
    // a sentence of thousands of marks linear.
    let floor = max(sentence.lowerBound, open - Self.maxLookBack)
    while index >= floor {
      if phrases.quoted[index] {
        // Another fragment in marks: the verb may come before it.
        if view.isChar(open - 1, UInt8(ascii: ":")) { return nil }
        index -= 1
        continue
      }
      // A list of terms in marks ("X" and "Y") or a dash ends the search, unless a
      // verb that names them comes before the list ("called it “X” and “Y”").
      if view.isWord(index), index > sentence.lowerBound, phrases.quoted[index - 1],
        Self.conjunctions.contains(view.hashes[index]), !namedBySpeechVerb(open, sentence)
      {
        return nil
      }
      // (so does a hyphen with spaces on both sides, as plain text writes a dash: "Lorn
      // and Vell - also objected"; not one glued to a word: "U.S.-British")
      if view.isPunctuation(index), ["\u{2014}", "\u{2013}", ";"].contains(view.scalar(index))
        || view.isChar(index, UInt8(ascii: "-")) && view.tokens[index].spaceBefore && index + 1 < open
          && view.tokens[index + 1].spaceBefore
      {
        return nil
      }
      // ("the deal was agreed “in less than a week”": a passive verb reports no speech; one
      // that names its words still quotes them: "was described as “a farce”")
      if let verb = phrases.verb(at: index),
        verb.isParticiple || verb.complement != .none || !phrases.isPassive(index, sentence)
      {
        // A verb that reports speech only with "that" ("maintained a
        // presence") needs it, or a mark, right after.
        if verb.indirect == .that, index + 1 < open, !introducesSpeech(index + 1), weak == nil {
          weak = index
          index -= 1
          continue
        }
        if verb.isParticiple {
          // "with a lawyer for the tenants calling ...": the noun
          // phrase right before the participle; else the sentence's subject.
          var own: Range<Int>?
          if index > sentence.lowerBound, view.isWord(index - 1),
            let phrase = phrases.subject(before: index, limit: sentence.lowerBound)?.phrase
          {
            if view.hashes[phrase.lowerBound] == Self.withHash, phrase.count > 1 {
              own = (phrase.lowerBound + 1)..<phrase.upperBound
            } else if phrase.lowerBound > sentence.lowerBound, view.hashes[phrase.lowerBound - 1] == Self.withHash {
              own = phrase
            }
          }
          let speaker = own ?? phrases.sentenceSubject(sentence, before: index)
          return Attribution(cue: index..<(index + 1), speaker: speaker, end: index + 1)
        }
        if let subject = phrases.subject(before: index, limit: sentence.lowerBound) {
          return Attribution(
            cue: index..<(index + 1), speaker: subject.phrase, role: subject.role, end: index + 1)
        }
        // "..., asks editor Jane Doe, “...”": the speaker after the verb (not after "told",
        // whose object is the listener: "..., told Ed Marsh he was “...”")
        let inverted = (index == sentence.lowerBound || view.isPunctuation(index - 1)) && verb.lemma != "tell"
        if inverted, let after = phrases.speaker(after: index, end: open), after.upperBound + 1 >= open {
          if let name = phrases.appositiveName(after: after, end: open) {
            return Attribution(cue: index..<(index + 1), speaker: name, role: after, end: name.upperBound)
          }
          return Attribution(cue: index..<(index + 1), speaker: after, end: after.upperBound)
        }
        // "Priya laughed and shrugged, “...”": the sentence's subject.
        var speaker: Range<Int>?
        // "... and then quipped, “...”": past auxiliaries and adverbs.
        var first = phrases.preVerbStart(index, limit: sentence.lowerBound)
        // ("... and, to nobody's surprise, told Ed Marsh he was “...”": past an
        // inserted phrase between commas)
        if first - 1 > sentence.lowerBound, view.isChar(first - 1, UInt8(ascii: ",")) {
          var comma = first - 2
          while comma > max(sentence.lowerBound, first - 12), !view.isPunctuation(comma) { comma -= 1 }
          if comma > sentence.lowerBound, view.isChar(comma, UInt8(ascii: ",")),
            Self.conjunctions.contains(view.hashes[comma - 1])
          {
            first = comma
          }
        }
        if first > sentence.lowerBound, Self.conjunctions.contains(view.hashes[first - 1]) {
          speaker = phrases.sentenceSubject(sentence, before: first - 1)
        }
        return Attribution(cue: index..<(index + 1), speaker: speaker, end: index + 1)
      }
      if view.isWord(index), let length = phrases.sourcePhrase(at: index, end: open) {
        let speaker = phrases.speaker(after: index + length - 1, end: open)
        return Attribution(cue: index..<(index + length), speaker: speaker, end: index + length)
      }
      index -= 1
    }
    return nil
  }

  /// "that", a colon, a comma or a mark.
  private func introducesSpeech(_ index: Int) -> Bool {
    if view.isWord(index) { return view.hashes[index] == IndirectQuotes.thatHash }
    return view.isChar(index, UInt8(ascii: ":")) || view.isChar(index, UInt8(ascii: ",")) || isMark(index)
  }

  static let withHash = WordHash.of(Array("with".utf8))
  /// How many tokens before a quotation its attribution may start.
  static let maxLookBack = 80

  static let conjunctions = SmallWordSet(["and", "or", "but"])

  private func isMark(_ index: Int) -> Bool {
    view.isPunctuation(index) && rules.marks.isMark(view.scalar(index))
  }
}
