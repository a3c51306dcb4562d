/// The tense around a relative date, from the nearest cue word of its
/// sentence (`@list tense`: will, said, ...; or a word ending in -ed).
enum Tense {
  /// -1 past, +1 future, 0 when the sentence gives no cue (cached per token
  /// in `view`), "since" and "until" right before the token counted.
  static func direction(view: TokenView, lexicon: DateLexicon, at i: Int) -> Int {
    let cached = view.tenseDirections[i]
    if cached != TokenView.unknown { return cached == neutral ? 0 : cached == strict ? -1 : Int(cached) }
    let raw = scan(view: view, lexicon: lexicon, at: i)
    var d = bounded(raw == strict ? -1 : raw, view: view, lexicon: lexicon, at: i)
    if raw == strict, d == -1 { d = strict }
    view.tenseDirections[i] = Int8(d)
    return d == neutral ? 0 : d == strict ? -1 : d
  }

  /// Whether token `i` takes a past cue of its own inserted clause (", who was
  /// arrested Tuesday,", ", beaten 2-0 on Sunday,"): an event told as done, never
  /// the day after the paper's.
  static func strictPast(view: TokenView, lexicon: DateLexicon, at i: Int) -> Bool {
    _ = direction(view: view, lexicon: lexicon, at: i)
    return view.tenseDirections[i] == Int8(strict)
  }

  /// Whether the nearest cue of token `i` is a plan told in the past ("was
  /// expected to", "were to"): no tense, the nearest day wins, a tie ahead.
  static func lapsedPlan(view: TokenView, lexicon: DateLexicon, at i: Int) -> Bool {
    _ = direction(view: view, lexicon: lexicon, at: i)
    return view.tenseDirections[i] == Int8(neutral)
  }

  /// `t` after the words right before token `i`: "since" (a clock between
  /// allowed: "since 6 a.m. Monday") looks back; "until"/"till" look ahead
  /// in a sentence with no other cue ("Residents have until 5 p.m. Friday").
  static func bounded(_ t: Int, view: TokenView, lexicon: DateLexicon, at i: Int) -> Int {
    // "the Super Bowl is Sunday", "the vote was Tuesday", "the vote is on Monday": a
    // copula right before the date, "on" between allowed, says its tense, whatever the
    // rest of the sentence says
    let copula = i > 1 && view.is(i - 1, "on") && !view.breakBefore(i - 1) ? i - 2 : i - 1
    if copula >= 0, !view.breakBefore(copula + 1), let word = view.packed(copula) {
      if word == isWord || word == areWord { return 1 }
      if word == wasWord || word == wereWord { return -1 }
    }
    // "Monday is the last day to register": a date opening its sentence as the
    // subject of "is"/"was" takes that verb's tense
    if view.token(i).startsSentence, i + 1 < view.count, !view.breakBefore(i + 1),
      let word = view.packed(i + 1)
    {
      if word == isWord { return 1 }
      if word == wasWord { return -1 }
    }
    if let p = progressive(view, at: i) { return p }
    if directedAhead(view, lexicon, at: i) { return 1 }
    var k = i - 1
    while k >= 0, i - k <= 5, !view.breakBefore(k + 1) {
      if view.isNumber(k) {
        k -= 1
        continue
      }
      guard let word = view.packed(k) else {
        // "was named president, effective May 10": a change takes effect on or after
        // its news (nine letters: no packed word)
        if view.is(k, "effective") { return t == -1 ? 0 : 1 }
        // "Shots are available beginning Monday": a change that sets in, ahead unless told past
        if view.is(k, "beginning") { return t == -1 ? -1 : 1 }
        break
      }
      if word == startingWord { return t == -1 ? -1 : 1 }
      if word == since { return -1 }
      // "extended the deadline 24 hours to 6 a.m. Friday", "pushed back to Wednesday"
      if word == toWord { return delayedBefore(view, lexicon, k) ? 1 : t }
      // "hired two contractors for a trial to last through June", "voted to keep the
      // government funded through Dec. 20": an infinitive's stretch up to a day lies
      // ahead of the verb of the plan told
      if word == until || word == till || word == through, infinitiveBefore(view, k) { return 1 }
      // "extended the warning through Friday": a stretch a delay sets runs ahead, as after
      // "until"
      if word == through, delayedBefore(view, lexicon, k) { return 1 }
      // (and so does its deadline: "ordered him to surrender his passport by Friday"; not
      // an obligation told in the past, "Voters had to register by Friday")
      if view.is(k, "by"), let to = infinitiveTo(view, k), to == 0 || !view.is(to - 1, "had") { return 1 }
      if word == until || word == till {
        // "adjourned the trial until Monday": a delay sets a day ahead of it
        if t != -1 || delayedBefore(view, lexicon, k) { return 1 }
        // "He said he had until Wednesday to decide": a grant of time told in reported
        // speech runs on from the saying
        if k > 2, view.is(k - 1, "had"), (max(0, k - 4)..<(k - 1)).contains(where: {
          !lexicon.match(.sayingVerb, view, at: $0).isEmpty
        }) {
          return 1
        }
        // "the house stood until Friday": a past verb right before keeps the past (so does
        // a verb after "did" or "didn't": "did not close until April")
        guard k > 0, !view.breakBefore(k) else { return 0 }
        return cue(view: view, lexicon: lexicon, at: k - 1) == -1 || negatedPast(view, verb: k - 1) ? -1 : 0
      }
      guard clockWordSet.contains(word) else { break }
      k -= 1
    }
    return t
  }

  /// Whether the verb at token `v` follows "did not", "did never" or "didn't", or is a
  /// participle after "was not", "were not", "had not" ("The road was not reopened until
  /// Feb. 12").
  static func negatedPast(_ view: TokenView, verb v: Int) -> Bool {
    guard v > 0, !view.breakBefore(v) else { return false }
    if view.is(v - 1, "didn't") || view.is(v - 1, "didn’t") { return true }
    if (view.is(v - 1, "wasn't") || view.is(v - 1, "weren't") || view.is(v - 1, "hadn't")),
      view.lowercasedEnds(v, "ed")
    {
      return true
    }
    return v > 1 && (view.is(v - 1, "not") || view.is(v - 1, "never"))
      && (view.is(v - 2, "did")
        || (view.is(v - 2, "was") || view.is(v - 2, "were") || view.is(v - 2, "had")) && view.lowercasedEnds(v, "ed"))
  }

  /// Whether token `i` ends an infinitive that a verb of `@list directive-verb` governs,
  /// up to three words between them ("ordered him to appear Tuesday", "told jurors
  /// Friday to return Monday", "agreed to hold talks Sunday"): a thing to be done
  /// after the telling, ahead (not a possessive's event: "decided to speak about
  /// Thursday's brawl").
  static func directedAhead(_ view: TokenView, _ lexicon: DateLexicon, at i: Int) -> Bool {
    guard let to = infinitiveTo(view, i),
      !(i + 1 < view.count && Guards.possessive(view, i + 1))
    else { return false }
    var k = to - 1
    while k >= 0, to - k <= 4, !view.breakBefore(k + 1) {
      // (not one told in the past perfect: "Residents had been ordered to leave the
      // islands on Sunday afternoon" is done by the story's time)
      if !lexicon.match(.directiveVerb, view, at: k).isEmpty {
        return !(k > 0 && view.is(k - 1, "had") || k > 1 && view.is(k - 1, "been") && view.is(k - 2, "had"))
      }
      guard view.isWord(k) || view.isNumber(k) else { return false }
      k -= 1
    }
    return false
  }

  /// Whether "to" and a verb open the words right before token `k`, its object between
  /// (up to four lower-case words: "to last", "to keep the government funded"; not "to the
  /// capital": a determiner after "to" makes it a preposition).
  static func infinitiveBefore(_ view: TokenView, _ k: Int) -> Bool { infinitiveTo(view, k) != nil }

  /// The "to" of `infinitiveBefore`, if any.
  static func infinitiveTo(_ view: TokenView, _ k: Int) -> Int? {
    var j = k - 1
    while j >= 1, k - j <= 5, !view.breakBefore(j + 1), view.isWord(j), !view.token(j).isCapitalized {
      if view.is(j - 1, "to"), !view.breakBefore(j) {
        return view.packed(j).map(determinerSet.contains) ?? false ? nil : j - 1
      }
      j -= 1
    }
    return nil
  }

  /// A pronoun with a contracted present of "be" ("we're meeting Monday"; "he's" is
  /// two tokens, `pronounSubjectSet`).
  static let presentBeContractionSet = Set(
    ["we're", "they're", "you're", "we’re", "you’re", "i'm", "i’m"].map(TokenView.pack))

  /// Pronouns whose "'s" (split off as a token of its own) is "is" before a word in -ing.
  static let pronounSubjectSet = Set(["he", "she", "it", "that", "there", "who"].map(TokenView.pack))
  static let possessiveS = TokenView.pack("'s")
  static let possessiveCurlyS = TokenView.pack("’s")

  /// A present progressive at most four words before token `i` looks ahead ("is
  /// leaving Tuesday", "are meeting in Geneva Monday"): +1; a past one has no
  /// tense (`neutral`); else nil.
  static func progressive(_ view: TokenView, at i: Int) -> Int? {
    // a possessive date names a past event as often ("are investigating Tuesday's blast")
    for j in (i + 1)...(i + 2) where j < view.count && (view.is(j, "'s") || view.is(j, "’s")) {
      return nil
    }
    var k = i - 1
    while k > 0, i - k <= 4, !view.breakBefore(k + 1), view.isWord(k) {
      if let before = view.packed(k - 1),
        before == isWord || before == areWord || before == wasWord || before == wereWord
          || presentBeContractionSet.contains(before)
          || (before == possessiveS || before == possessiveCurlyS) && k > 1
            && view.packed(k - 2).map(pronounSubjectSet.contains) ?? false,
        !view.breakBefore(k), !view.token(k).isCapitalized
      {
        let range = view.token(k).range
        let bytes = view.article.lowercased
        if range.end - range.start >= 5, bytes[range.end - 3] == UInt8(ascii: "i"),
          bytes[range.end - 2] == UInt8(ascii: "n"), bytes[range.end - 1] == UInt8(ascii: "g")
        {
          // "said he was leaving for Bonn on Friday" (a plan), "were preparing
          // Tuesday" (an act): a past progressive has no tense of its own
          return before == wasWord || before == wereWord ? neutral : 1
        }
      }
      k -= 1
    }
    return nil
  }

  /// Whether a word of `@list delay-verb` stands at most eight tokens before
  /// "until" or "to" at token `k` ("postponed the vote until", "adjourned the trial
  /// until", "extended their deadline by 24 hours, to").
  static func delayedBefore(_ view: TokenView, _ lexicon: DateLexicon, _ k: Int) -> Bool {
    var j = k - 1
    while j >= 0, k - j <= 8, !view.breakBefore(j + 1) {
      if !lexicon.match(.delayVerb, view, at: j).isEmpty { return true }
      j -= 1
    }
    return false
  }

  /// The modal nearest before token `i` in its clause, up to eight words back (twelve
  /// with no comma, semicolon or colon between): 1 for
  /// "will", "'ll" or "shall", or "is"/"are" then "to" or a word of a schedule ("is
  /// expected to", "are scheduled for", "is to be", "is due": "will meet again on Nov.
  /// 22"); -1 for "would" ("said Tuesday it would hold elections on Nov. 22"); else 0.
  static func modalBefore(_ view: TokenView, at i: Int) -> Int {
    var k = i - 1
    // (up to twelve words back when no comma, semicolon or colon stands between:
    // "will take the band back home for a farewell show on Oct. 4")
    var punctuated = false
    while k >= 0, i - k <= 8 || i - k <= 12 && !punctuated, !view.breakBefore(k + 1) {
      if view.is(k, ",") || view.is(k, ";") || view.is(k, ":") { punctuated = true }
      if view.is(k, "would") { return -1 }
      if isWill(view, k) { return 1 }
      if view.is(k, "to"), headlineTo(view, k, before: i) || planVerbBefore(view, k) { return 1 }
      if view.is(k, "is") || view.is(k, "are"), planAfterBe(view, k, before: i) { return 1 }
      k -= 1
    }
    return 0
  }

  /// Whether a verb of a plan in the present stands right before the "to" at token `k`
  /// ("plans to open the route in November", "expects to hand it over in January", "is
  /// hoping to"): a plan made now lies ahead, as after "will".
  static func planVerbBefore(_ view: TokenView, _ k: Int) -> Bool {
    k > 0 && !view.breakBefore(k) && (view.packed(k - 1).map(presentPlanVerbSet.contains) ?? false)
      && !(k > 1 && view.is(k - 2, "had"))
  }

  static let presentPlanVerbSet = Set(
    ["plans", "plan", "planning", "expects", "expect", "hopes", "hope", "hoping",
     "intends", "intend", "aims", "aiming"].map(TokenView.pack))

  /// Whether a plan follows the "be" at token `k`, before token `i`: "to", "due", or a
  /// schedule word and "to"/"for" ("is to meet", "is due", "was set to begin", "is
  /// scheduled for").
  static func planAfterBe(_ view: TokenView, _ k: Int, before i: Int) -> Bool {
    guard k + 1 < i, !view.breakBefore(k + 1) else { return false }
    if view.is(k + 1, "to") || view.is(k + 1, "due") { return true }
    return k + 2 < i && !view.breakBefore(k + 2) && (view.is(k + 2, "to") || view.is(k + 2, "for"))
      && scheduleWords.contains(where: { view.is(k + 1, $0) })
  }

  /// Whether a plan told from the past governs token `i`: "was"/"were" and "to", "due" or a
  /// schedule word ("was set to begin in May", "were due to meet on May 8"), or "would", up
  /// to eight words back in its clause: a time ahead of the past ("In 2017, the trial was set
  /// to begin in May" is May 2017).
  static func pastPlanBefore(_ view: TokenView, at i: Int) -> Bool {
    var k = i - 1
    while k >= 0, i - k <= 8, !view.breakBefore(k + 1) {
      if view.is(k, ",") || view.is(k, ";") || view.is(k, ":") { return false }
      if view.is(k, "would") { return true }
      if view.is(k, "was") || view.is(k, "were"), planAfterBe(view, k, before: i) { return true }
      k -= 1
    }
    return false
  }

  /// Words that open another clause between "will" and a date ("will argue that the
  /// firm hid losses in June", "will top the level he forecast in October": the date is
  /// the inner clause's).
  static let clauseOpenerSet = Set(
    ["that", "which", "who", "whom", "whose", "when", "where", "because", "since", "while",
     "after", "before", "and", "but", "or", "if", "although", "though", "as", "said", "says",
     "he", "she", "they", "we", "i", "it", "you"]
      .map(TokenView.pack))

  /// Whether token `k` is "will", "shall", "won't" or a pronoun's "'ll" ("he'll").
  static func isWill(_ view: TokenView, _ k: Int) -> Bool {
    view.is(k, "will") || view.is(k, "shall") || view.lowercasedEnds(k, "'ll")
      || view.lowercasedEnds(k, "’ll") || view.is(k, "won't") || view.is(k, "won’t")
  }

  /// Whether "will" (or "shall", "won't", a pronoun's "'ll") stands at most ten words before
  /// token `i` in its clause, with only words (and hyphens) between and none opening
  /// another clause: every verb form between is the future verb's participle or a noun's
  /// modifier ("will make up lost time in June", "will meet with laid-off workers in
  /// June").
  static func willGoverns(_ view: TokenView, at i: Int) -> Bool {
    var k = i - 1
    while k >= 0, i - k <= 10, !view.breakBefore(k + 1), view.isWord(k) || view.is(k, "-") {
      // (not a name's "Will": "Workers at the Will Plant struck Monday")
      if view.token(k).isCapitalized, !view.token(k).startsSentence { k -= 1; continue }
      if isWill(view, k) { return true }
      if view.packed(k).map(clauseOpenerSet.contains) ?? false { return false }
      k -= 1
    }
    return false
  }

  /// Whether a headline's "to" (`headlineTo`) stands at most six tokens before token `i`.
  static func headlineFuture(_ view: TokenView, at i: Int) -> Bool {
    guard i < view.count, view.token(i).paragraph == 0 else { return false }
    var k = i - 1
    while k >= 1, i - k <= 6 {
      if view.is(k, "to") { return headlineTo(view, k, before: i) }
      k -= 1
    }
    return false
  }

  /// Whether "to" at token `k` is a headline's future ("Acme chief to retire in
  /// July"): in a short first paragraph of a longer text, after a word not in -ed
  /// ("forced to quit" tells no plan) and before a lower-case verb.
  static func headlineTo(_ view: TokenView, _ k: Int, before i: Int) -> Bool {
    guard k >= 1, k + 1 < i, view.token(k).paragraph == 0, view.isWord(k - 1),
      view.isWord(k + 1), !view.token(k + 1).isCapitalized, !view.lowercasedEnds(k - 1, "ed")
    else { return false }
    // (a headline: at most sixteen tokens before the second paragraph)
    var n = k + 1
    while n < view.count, n <= 16, view.token(n).paragraph == 0 { n += 1 }
    return n < view.count && n <= 16
  }

  /// Whether a date after "the" modifies a noun that "will" follows within five
  /// words of token `i` ("The Nov. 22 summit will focus on trade").
  static func willAfterModifier(_ view: TokenView, at i: Int) -> Bool {
    guard i > 0, view.is(i - 1, "the") else { return false }
    var k = i + 1
    while k < view.count, k - i <= 5, !view.breakBefore(k) {
      if view.is(k, "will") { return true }
      k += 1
    }
    return false
  }

  /// Whether a date opening its sentence, or in its opening phrase (one or two words
  /// before it: "In January", "After early March"), has "will" in the clause after it
  /// ("In January the paintings will return to their owners").
  static func willAfterOpening(_ view: TokenView, at i: Int) -> Bool {
    guard (max(0, i - 2)...i).contains(where: { view.token($0).startsSentence }) else { return false }
    var k = i + 1
    while k < view.count, k - i <= 10, !view.token(k).startsSentence, !view.breakBefore(k) {
      if isWill(view, k) { return true }
      if view.packed(k).map(openingStopSet.contains) ?? false { return false }
      k += 1
    }
    return false
  }

  /// Words after an opening date that start another clause before any "will" of its own.
  static let openingStopSet = Set(
    ["that", "which", "who", "whom", "whose", "when", "where", "because", "while", "if", "and",
     "but", "said", "says", "told", "would"].map(TokenView.pack))

  /// Participles between "is/are" and "to" that set a plan ahead ("is expected to").
  static let scheduleWords = ["expected", "scheduled", "set", "slated", "planned", "likely"]

  /// The sentence's tense read around tokens `i..<end`, skipping them ("The next
  /// week, he was sworn in": "next" is no cue of its own phrase).
  static func around(view: TokenView, lexicon: DateLexicon, _ i: Int, _ end: Int) -> Int {
    let c = aroundRaw(view: view, lexicon: lexicon, i, end)
    return c == neutral ? 0 : c
  }

  /// `around`, a plan told in the past kept as `neutral`.
  static func aroundRaw(view: TokenView, lexicon: DateLexicon, _ i: Int, _ end: Int) -> Int {
    guard let sentence = view.sentenceTokens(near: i) else { return 0 }
    // a date in an inserted clause takes the tense of that clause alone
    if let own = insert(view, lexicon, containing: i, end, in: sentence) {
      var k = i - 1
      while k >= own.lower {
        let c = cue(view: view, lexicon: lexicon, at: k)
        if c != 0 { return c == -1 ? strict : c }
        k -= 1
      }
      k = end
      while k < own.upper {
        let c = cue(view: view, lexicon: lexicon, at: k)
        if c != 0 { return c == -1 ? strict : c }
        k += 1
      }
      // "who turns 37 on Saturday": a relative clause in the present looks ahead;
      // with no cue, it has no tense (not the main verb's: "who underwent surgery
      // Tuesday, is expected to miss the season")
      // ("which cut its rate Friday": a past like its base form, the subject singular)
      if own.relative {
        if view.packed(own.lower + 1).map(pastLikeSet.contains) ?? false { return strict }
        return presentVerb(view, own.lower + 1) ? 1 : 0
      }
    }
    // a date inside a quotation takes the tense of the quoted words alone, not
    // the verb of saying outside it ("\"We play Arsenal on Saturday,\" he said")
    // (read only when the scan meets a quotation mark)
    var quotedCache: Bool?
    func quoted() -> Bool {
      if let known = quotedCache { return known }
      let known = insideQuote(view, i)
      quotedCache = known
      return known
    }
    // the cues after the date in its clause, in order ("that ... from July 1 those
    // taking part will be able": the "that" clause's own verb), read at most once
    var forwardCache: Int?
    func forward() -> Int {
      if let known = forwardCache { return known }
      let known = forwardScan()
      forwardCache = known
      return known
    }
    func forwardScan() -> Int {
      var k = end
      while k < sentence.upperBound {
        if view.isQuoteMark(k), quoted() { break }
        if view.packed(k) == commaWord, k + 1 < sentence.upperBound,
          let c = insertEnd(view, lexicon, from: k + 1, in: sentence)
        {
          k = c + 1
          continue
        }
        let c = cue(view: view, lexicon: lexicon, at: k)
        if c != 0 { return c }
        k += 1
      }
      return 0
    }
    // "Sales fell in October, and on Thursday the chains will report": a date opening a
    // clause after ", and" or ", but" takes that clause's verb after it, if it has one
    let opener = i > 0 && view.is(i - 1, "on") ? i - 2 : i - 1
    if opener > sentence.lowerBound, view.is(opener, "and") || view.is(opener, "but"),
      view.packed(opener - 1) == commaWord
    {
      let after = forward()
      if after != 0 { return after }
    }
    // the insert right before the date's clause is skipped ("Feyenoord, beaten
    // on Sunday, host Twente on Saturday": "beaten" is not Saturday's verb)
    var k = i - 1
    var first = true
    while k >= sentence.lowerBound {
      if view.isQuoteMark(k), quoted() { break }
      // "says that from July 1 those taking part will ...": a date opening a "that"
      // clause takes the clause's own verb after it, if it has one, before the
      // verb of saying
      if view.packed(k) == thatWord, k > sentence.lowerBound, cue(view: view, lexicon: lexicon, at: k - 1) != 0 {
        let after = forward()
        if after != 0 { return after }
      }
      if first, view.packed(k) == commaWord, k > sentence.lowerBound {
        first = false
        var c = k - 1
        while c > sentence.lowerBound, view.packed(c) != commaWord { c -= 1 }
        // (not a list inside the insert: ", who resigned as treasurer,
        // secretary and general counsel in May")
        if view.packed(c) == commaWord, c + 1 < k, !listBetween(view, k + 1, i),
          insertEnd(view, lexicon, from: c + 1, in: sentence) == k
        {
          // the verb right after the insert is the sentence's, in the present
          // when it ends in -s ("The refinery, shut by a fire, restarts Saturday")
          var v = k + 1
          while v < i, cue(view: view, lexicon: lexicon, at: v) == 0 {
            if v == k + 1, presentVerb(view, v) || basePresent(view, v) { return 1 }
            v += 1
          }
          k = c - 1
          continue
        }
      }
      // "signed a contract that runs from April 1": a relative clause after a noun whose
      // verb, the only one before the date, is in the present looks ahead (as "who turns
      // 37 on Saturday")
      if k + 1 < i, view.is(k, "that") || view.is(k, "which"), k > sentence.lowerBound,
        view.isWord(k - 1), cue(view: view, lexicon: lexicon, at: k - 1) == 0,
        lexicon.match(.sayingVerb, view, at: k - 1).isEmpty, presentVerb(view, k + 1)
      {
        return 1
      }
      let c = cue(view: view, lexicon: lexicon, at: k)
      if c != 0 { return c }
      k -= 1
    }
    return forward()
  }

  /// Whether token `i` stands inside a quotation of whole words of a speaker: an
  /// odd number of quotation marks between its paragraph's start and it, the last
  /// one opening a sentence or after ":" or "," (not a phrase quoted mid-clause:
  /// 'urged them to return to talks "before the weekend"').
  static func insideQuote(_ view: TokenView, _ i: Int) -> Bool {
    let opener = view.quoteOpener(of: i)
    guard opener >= 0 else { return false }
    return opener == 0 || view.token(opener).paragraph != view.token(opener - 1).paragraph
      || view.token(opener).startsSentence || view.token(opener + 1).startsSentence
      || view.is(opener - 1, ":") || view.is(opener - 1, ",")
  }

  /// A past cue in the date's own inserted clause (`direction` reports -1).
  static let strict = -2
  /// A cue that ends the scan with no tense: a plan told in the past ("was
  /// expected to", "were scheduled to") may have come or gone.
  static let neutral = 3
}
