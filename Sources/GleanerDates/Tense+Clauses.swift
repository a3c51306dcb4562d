/// The clause around a date: a verb of saying before or after it, a present perfect, a past cue of
/// its own clause, an inserted clause skipped.
extension Tense {
  /// Whether a word of `@list saying-verb` stands right before token `i` ("said
  /// Tuesday", "said on Tuesday"; "told reporters Tuesday", an object of up to two
  /// words between).
  static func saidBefore(_ view: TokenView, _ lexicon: DateLexicon, at i: Int) -> Bool {
    var k = i - 1
    if k >= 0, view.packed(k) == onWord { k -= 1 }
    guard k >= 0, !view.breakBefore(k + 1) else { return false }
    if !lexicon.match(.sayingVerb, view, at: k).isEmpty { return true }
    // "told reporters Tuesday", "told the Senate Tuesday"
    for j in [k - 1, k - 2] where j >= 0 && !view.breakBefore(j + 1) {
      if view.packed(j) == toldWord { return !view.isNumber(k) }
    }
    return false
  }

  /// Whether the date at token `i` follows a sentence-opening "On"/"In" and the
  /// first tense cue up to ten words after it is past ("On March 15, hours before
  /// the firm was put into receivership, ..."; not "On March 15 the firm will"):
  /// an event told as done.
  static func openingPastAfter(view: TokenView, lexicon: DateLexicon, at i: Int) -> Bool {
    guard i >= 1, view.token(i - 1).startsSentence, view.is(i - 1, "on") || view.is(i - 1, "in")
    else { return false }
    var k = i + 1
    while k < view.count, k - i <= 10, !view.breakBefore(k) {
      // (the point of an abbreviation goes on: "On Dec. 26, it reported a loss")
      if view.is(k, ";") || view.is(k, ".") && (k + 1 == view.count || view.token(k + 1).startsSentence) {
        return false
      }
      if view.isWord(k) {
        if view.packed(k).map(baseBeforeSet.contains) ?? false { return false }
        // (", the firm said, the board will meet": an inserted verb of saying tells nothing)
        let c = cue(view: view, lexicon: lexicon, at: k)
        if c != 0, !(view.is(k + 1, ",") && !lexicon.match(.sayingVerb, view, at: k).isEmpty) {
          return c == -1 && !perfect(view, k)
        }
      }
      k += 1
    }
    return false
  }

  /// Whether a past verb of saying follows the weekday at token `i` after a
  /// subject of at most three words ("On Friday he said", "Monday, the minister
  /// told reporters"; not "says"): the day the words were said, gone by.
  static func saidAfter(_ view: TokenView, _ lexicon: DateLexicon, at i: Int) -> Bool {
    var k = i + 1
    if k < view.count, view.is(k, ","), !view.breakBefore(k) { k += 1 }
    let first = k
    while k < view.count, k - first <= 3, !view.breakBefore(k), view.isWord(k) {
      if k > first, !view.is(k, "says"), !lexicon.match(.sayingVerb, view, at: k).isEmpty {
        return true
      }
      k += 1
    }
    return false
  }

  /// Whether a present perfect stands at most six words before token `i` in
  /// its clause, with no future cue or base form between ("has tripled in
  /// five years", "have not met in two years"; not "has agreed to leave in two weeks").
  static func perfectBefore(
    view: TokenView, lexicon: DateLexicon, at i: Int, window: Int = 6
  ) -> Bool {
    var k = i - 1
    while k > 0, i - k <= window, !view.breakBefore(k + 1) {
      // (an amount between: "has gained 40% in three weeks")
      if view.isNumber(k) || view.is(k, "%") || view.is(k, "$") {
        k -= 1
        continue
      }
      guard view.isWord(k) else { return false }
      let word = view.packed(k)
      if word.map(baseBeforeSet.contains) ?? false || cue(view: view, lexicon: lexicon, at: k) != 0 {
        return false
      }
      // a participle, not "has" as a verb of its own ("has a contract", "has no plans",
      // "have about six weeks before Dec. 20", "have less than two months")
      if perfect(view, k), !view.token(k).isCapitalized,
        !(word.map { perfectAdverbSet.contains($0) || determinerSet.contains($0) || $0 == noWord
          || amountWordSet.contains($0) } ?? false),
        lexicon.match(.number, view, at: k).isEmpty
      {
        return true
      }
      k -= 1
    }
    return false
  }

  /// Words of an amount after "have" as a verb of its own ("have about six weeks").
  static let amountWordSet = Set(
    ["about", "less", "more", "only", "nearly", "almost", "roughly", "around", "over", "under",
     "just", "until", "till", "some", "few", "several", "many", "much", "little", "enough"]
      .map(TokenView.pack))

  /// Whether "can" or "cannot" stands at most six words before token `i` in its clause,
  /// with no other verb cue between ("crews can restore power in six hours"): what can be
  /// done in a time, a length.
  static func abilityBefore(view: TokenView, at i: Int) -> Bool {
    var k = i - 1
    while k >= 0, i - k <= 6, !view.breakBefore(k + 1), view.isWord(k) {
      guard let word = view.packed(k) else { return false }
      if abilityWordSet.contains(word) { return true }
      if baseBeforeSet.contains(word) || perfectWordSet.contains(word) { return false }
      k -= 1
    }
    return false
  }

  static let abilityWordSet = Set(["can", "cannot"].map(TokenView.pack))

  /// `perfectBefore` told of a thing done, not of a plan ("have seen a drop in
  /// March", "has fallen since May"; not "has scheduled talks in March", "has been
  /// put off until May"): a named month or day lies behind the paper.
  static func perfectDoneBefore(view: TokenView, lexicon: DateLexicon, at i: Int) -> Bool {
    if i > 0, planPrepositionSet.contains(view.text[i - 1]) { return false }
    guard perfectBefore(view: view, lexicon: lexicon, at: i, window: 9) else { return false }
    var k = i - 1
    while k > 0, i - k <= 9, !view.breakBefore(k + 1) {
      if planParticipleSet.contains(view.text[k]) { return false }
      // ("two clubs haven't yet booked a place in the December final": not yet done)
      if view.is(k, "yet") { return false }
      k -= 1
    }
    return true
  }

  static let planParticipleSet: Set<String> = [
    "scheduled", "planned", "set", "slated", "called", "proposed", "announced", "promised",
    "pledged", "vowed", "agreed", "decided", "postponed", "delayed", "moved", "put",
    "booked", "asked", "urged", "ordered", "told", "said", "warned", "predicted", "forecast",
    "fixed", "rescheduled", "arranged", "confirmed", "earmarked", "penciled", "pencilled",
  ]

  /// Whether a past cue stands at most five words before token `i` in its own
  /// clause, with only words and figures between and no future cue or base form ("was
  /// arrested in March", "slid into a slump in March"; not "to testify on Feb.
  /// 10", "payable Dec. 7"): the date is an event told as done. A verb up to twelve
  /// words back counts when a phrase of its object runs to the date ("switched from a
  /// rented office to a larger building in December"; not "said it was shutting its
  /// paint shop in December", "followed by a second round in mid-April").
  static func clausePastBefore(view: TokenView, lexicon: DateLexicon, at i: Int) -> Bool {
    // "elections were called for April", "was put off until May": a target (but a negated
    // past right before "until" tells when it came: "The road was not reopened until Feb.
    // 12", "did not reopen until March 3")
    if i > 0, planPrepositionSet.contains(view.text[i - 1]) {
      return i > 1 && (view.is(i - 1, "until") || view.is(i - 1, "till")) && !view.breakBefore(i - 1)
        && negatedPast(view, verb: i - 2)
    }
    var k = i - 1
    while k >= 0, i - k <= 12, !view.breakBefore(k + 1) {
      // (a figure between: "Inflation rose to 3.1% in March", "Sales rose 10% in March")
      if view.isNumber(k) || view.is(k, "%") || view.is(k, "$")
        || view.is(k, ".") && k > 0 && view.isNumber(k - 1)
      {
        k -= 1
        continue
      }
      guard view.isWord(k) else { return false }
      // ("switched to a new name in December", "rose to 3.1% in March": "to" before an
      // article, a name or a figure is a preposition, no base form after it)
      if view.is(k, "to"), k + 1 < i,
        view.is(k + 1, "a") || view.is(k + 1, "an") || view.is(k + 1, "the")
          || view.token(k + 1).isCapitalized || view.isNumber(k + 1) || view.is(k + 1, "$")
      {
        k -= 1
        continue
      }
      if view.packed(k).map(baseBeforeSet.contains) ?? false { return false }
      // "was due in court in March", "was set for April": a plan told in the past
      if view.is(k, "due") || scheduleWords.contains(view.text[k]) { return false }
      let c = cue(view: view, lexicon: lexicon, at: k)
      // (a clause of its own between: "said it was closing", "said that the plant opens")
      if c == 0, view.packed(k).map(clauseStopSet.contains) ?? false { return false }
      if c != 0 {
        // "is heard in June", "will be tried in March": a present or future passive
        let before = k > 0 ? view.packed(k - 1) : nil
        guard c == -1, !perfect(view, k), !(before.map(presentBeSet.contains) ?? false) else {
          return false
        }
        // (further back, a verb whose object phrase opens with a preposition or a
        // determiner, not a passive's agent nor a verb of saying)
        if i - k > 5 {
          guard let next = view.packed(k + 1), !view.breakBefore(k + 1),
            objectOpenerSet.contains(next) || determinerSet.contains(next),
            lexicon.match(.sayingVerb, view, at: k).isEmpty
          else { return false }
        }
        return true
      }
      k -= 1
    }
    return false
  }

  /// Words that open a clause of their own between a verb and a date: a present form of
  /// "be", a subject pronoun, a conjunction or relative.
  static let clauseStopSet = Set(
    ["is", "are", "be", "been", "being", "it", "he", "she", "they", "we", "i",
     "you", "that", "which", "who", "whom", "whose", "when", "where", "because", "if",
     "while", "although", "though", "unless"].map(TokenView.pack))

  /// Prepositions that open a verb's object phrase ("moved into", "switched from").
  static let objectOpenerSet = Set(
    ["from", "to", "into", "onto", "out", "off", "up", "over", "across", "through", "toward",
     "towards", "with"].map(TokenView.pack))

  /// Whether the date at token `i` (a month or day) ends a noun phrase that is the
  /// subject of a past verb up to three words after it ("His win in March was
  /// overturned", "The March vote was marred", "talks in February were a failure";
  /// not "was postponed", "was expected to", "was due"): an event told as done.
  static func clausePastAfter(view: TokenView, lexicon: DateLexicon, at i: Int) -> Bool {
    var k = i + 1
    while k < view.count, k - i <= 4, !view.breakBefore(k) {
      guard view.isWord(k) || view.isNumber(k) else { return false }
      if view.is(k, "was") || view.is(k, "were") {
        // ("October crude was 71.40", "the October future was trading": a price
        // or a progressive, no event done)
        guard k + 1 < view.count, !view.breakBefore(k + 1), !view.lowercasedEnds(k + 1, "ing")
        else { return false }
        // ("Inflation in February was 3.1 percent": a figure of a month gone by)
        // ("low in October crude was 71.40": a contract's price)
        if !view.isWord(k + 1) {
          return k == i + 1 && i > 0 && (view.is(i - 1, "in") || view.is(i - 1, "during"))
        }
        return !lapsedPlanSet.contains(view.text[k + 1])
          && !scheduleWords.contains(view.text[k + 1])
      }
      if view.isWord(k) {
        let c = cue(view: view, lexicon: lexicon, at: k)
        // ("The fire on December 28 destroyed the depot": a past verb right after a noun's
        // date, its subject)
        if c == -1, i > 1, view.is(i - 1, "on") || view.is(i - 1, "in"), !view.breakBefore(i - 1),
          view.isWord(i - 2), !view.token(i - 2).isCapitalized, cue(view: view, lexicon: lexicon, at: i - 2) == 0,
          ((i + 1)..<k).allSatisfy({ view.isNumber($0) || view.is($0, ".") })
        {
          return true
        }
        if c != 0 { return false }
      }
      k += 1
    }
    return false
  }

  /// Whether the date at token `i` ends a noun phrase that is the subject of a
  /// future verb up to three words after it ("the city's summer festival will run",
  /// "The mayor's May 3 speech will focus on jobs"): the event lies ahead.
  static func subjectOfFutureAfter(view: TokenView, at i: Int) -> Bool {
    // (the period of a month's abbreviation aside: "Feb. 9")
    var k = i + 1 < view.count && view.is(i + 1, ".") ? i + 2 : i + 1
    while k < view.count, k - i <= 5, !view.breakBefore(k) {
      guard view.isWord(k) || view.isNumber(k) else { return false }
      if view.is(k, "will") || view.is(k, "'ll") || view.is(k, "’ll") || view.is(k, "shall") { return true }
      k += 1
    }
    return false
  }

  /// Words after "was"/"were" telling of a plan, not a deed ("The vote in March was
  /// postponed", "was to be held", "was due").
  static let lapsedPlanSet: Set<String> = [
    "postponed", "delayed", "extended", "moved", "pushed", "canceled", "cancelled", "called",
    "announced", "put", "to", "due", "going", "meant", "supposed", "designed", "not",
    "being", "still", "agreed", "arranged", "planned", "proposed", "confirmed", "fixed",
    "rescheduled", "brought"]

  /// Whether "follows", "comes after", "on the heels of" or "up/down from" and a figure
  /// stands at most seven words before token `i` in its clause ("The quake, which shook
  /// the city, follows a tremor in September", "to rise to 6 percent, up from 5.5
  /// percent in July"): the date lies before the event told.
  static func followsBefore(view: TokenView, at i: Int) -> Bool {
    var k = i - 1
    while k >= 0, i - k <= 7, !view.breakBefore(k + 1) {
      // "expect the rate to rise to 6 percent, up from 5.5 percent in July": the base
      // of a comparison, a figure between, is a month gone by (not a quarter of a
      // forecast's sequence: "1.5% in the fourth quarter, down from 2.5% in the third
      // quarter" may both lie ahead)
      if view.is(k, "from"), k > 0, view.is(k - 1, "up") || view.is(k - 1, "down"),
        view.token(i).isCapitalized, (k + 1..<i).contains(where: view.isNumber)
      {
        return true
      }
      guard view.isWord(k) || view.isNumber(k) || view.is(k, "$") || view.is(k, "%") else {
        return false
      }
      // (not "follows on Dec. 19", "follows in January": the date of what follows)
      if view.is(k, "follows") {
        return !(k + 2 == i && (view.is(k + 1, "on") || view.is(k + 1, "in")))
      }
      if view.is(k, "after"), k > 0, view.is(k - 1, "comes") {
        return true
      }
      if view.is(k, "heels"), k + 1 < i, view.is(k + 1, "of") { return true }
      k -= 1
    }
    return false
  }

  static let planPrepositionSet: Set<String> = ["for", "until", "till", "by", "to"]

  static let relativeSet = Set(["who", "which", "whom", "whose"].map(TokenView.pack))

  /// Past cues that open no inserted clause (", since Tuesday,", ", said a spokesman").
  static let notOpenerSet = Set(
    ["since", "ago", "was", "were", "had", "did", "said", "says", "told"].map(TokenView.pack))

  /// The clause between a comma and the next comma (or the sentence end) around
  /// tokens `i..<end`, when it is inserted: it opens on a relative pronoun (", who
  /// turns 37 on Saturday,") or a participle (", beaten 2-0 on Sunday,"), before `i`.
  static func insert(
    _ view: TokenView, _ lexicon: DateLexicon, containing i: Int, _ end: Int,
    in sentence: Range<Int>
  ) -> (lower: Int, upper: Int, relative: Bool)? {
    var lo = i - 1
    var pronoun = -1
    while lo > sentence.lowerBound, i - lo <= 16, view.packed(lo) != commaWord {
      if pronoun < 0, view.packed(lo).map(relativeSet.contains) ?? false { pronoun = lo }
      lo -= 1
    }
    guard lo > sentence.lowerBound, view.packed(lo) == commaWord, lo + 1 < i,
      let hi = insertEnd(view, lexicon, from: lo + 1, in: sentence), hi >= end
    else {
      // "a former champion who turns 37 on Saturday, argued": a relative clause
      // inside the segment, closed by a comma after the date
      guard pronoun >= 0, pronoun + 1 < i else { return nil }
      var hi = end
      while hi < sentence.upperBound, view.packed(hi) != commaWord { hi += 1 }
      return hi < sentence.upperBound ? (pronoun, hi, true) : nil
    }
    let relative = view.packed(lo + 1).map(relativeSet.contains) ?? false
    // a participle in -ing tells no tense of its own: the sentence's decides
    // (", starting Monday,")
    if !relative, view.lowercasedEnds(lo + 1, "ing") {
      var k = lo + 1
      while k < hi, k < i || k >= end {
        if cue(view: view, lexicon: lexicon, at: k) != 0 { return (lo + 1, hi, false) }
        k += 1
      }
      return nil
    }
    return (lo + 1, hi, relative)
  }

  /// Whether "and" or "or" stands in tokens `lo..<hi`.
  static func listBetween(_ view: TokenView, _ lo: Int, _ hi: Int) -> Bool {
    var k = lo
    while k < hi {
      if view.packed(k) == andWord || view.packed(k) == orWord { return true }
      k += 1
    }
    return false
  }

  static let andWord = TokenView.pack("and")

  static let orWord = TokenView.pack("or")

  /// The end (its closing comma, or the sentence end for a relative clause) of the
  /// inserted clause opening at token `k`, else nil: a participle needs a closing
  /// comma (", which has 45 banks, announced ... in January": "announced" is the main verb).
  static func insertEnd(
    _ view: TokenView, _ lexicon: DateLexicon, from k: Int, in sentence: Range<Int>
  ) -> Int? {
    guard opensInsert(view, lexicon, k) else { return nil }
    var hi = k + 1
    while hi < sentence.upperBound, view.packed(hi) != commaWord { hi += 1 }
    if !(view.packed(k).map(relativeSet.contains) ?? false) {
      // a participle after the subject, at the sentence's first comma ("Okafor,
      // of Leeds, shot a 68, her lowest score in a month": "shot" is the verb)
      guard hi < sentence.upperBound else { return nil }
      var c = k - 2
      while c >= sentence.lowerBound {
        if view.packed(c) == commaWord { return nil }
        c -= 1
      }
    }
    return hi
  }

  /// Whether token `k` opens an inserted clause: a relative pronoun, a participle
  /// (a past cue or a word in -ing, lower-case).
  static func opensInsert(_ view: TokenView, _ lexicon: DateLexicon, _ k: Int) -> Bool {
    guard view.isWord(k), !view.token(k).isCapitalized else { return false }
    // ", re-elected in November,": the word after a glued prefix
    if k + 2 < view.count, view.glued(k + 1), view.glued(k + 2), view.is(k + 1, "-") {
      return opensInsert(view, lexicon, k + 2)
    }
    if let word = view.packed(k) {
      if relativeSet.contains(word) { return true }
      if notOpenerSet.contains(word) { return false }
      // ", shut by a fire on Monday,": a participle like its base form
      if pastLikeSet.contains(word) { return true }
    }
    if view.lowercasedEnds(k, "ing"), view.token(k).range.end - view.token(k).range.start >= 5 {
      return true
    }
    return cue(view: view, lexicon: lexicon, at: k) == -1
  }
}

extension Tense {
  /// Prepositions before a date that make it no day of the verb's own event ("hired
  /// staff for the holidays", "postponed from March 10", "by", "until").
  static let aimPrepositionSet = Set(
    ["for", "from", "until", "till", "to", "by", "through", "before", "after"].map(TokenView.pack))

  /// Whether the day at token `i` is the day of a past verb that opens its clause
  /// after at most three words of subject, with only words between ("The company
  /// announced on July 10", "The miners sealed the shaft on Dec. 20", "The man was arrested
  /// on April 30"; not "goes to
  /// holders listed on Dec. 8", "postponed the hearing from March 10"): an event
  /// told as done, which wire copy never dates weeks after its paper.
  static func subjectPastBefore(view: TokenView, lexicon: DateLexicon, at i: Int) -> Bool {
    var k = i - 1
    // (the article of "on the 10th" aside)
    if k >= 0, view.is(k, "the") { k -= 1 }
    if k >= 0, view.packed(k).map(aimPrepositionSet.contains) ?? false { return false }
    while k >= 0, i - k <= 6 {
      guard view.isWord(k), !view.breakBefore(k + 1) else { return false }
      let c = cue(view: view, lexicon: lexicon, at: k)
      if c == 1 { return false }
      if c == -1 {
        guard !perfect(view, k), lexicon.match(.moveVerb, view, at: k).isEmpty else { return false }
        // the subject: up to three words from the sentence's start, no cue among them
        // (a passive's "was" is the verb's: "The man was arrested on April 30")
        var s = k - 1
        if s > 0, view.packed(s).map({ $0 == wasWord || $0 == wereWord }) ?? false, !view.breakBefore(s + 1) {
          s -= 1
        }
        while s >= 0, k - s <= 3, view.isWord(s), !view.token(s + 1).startsSentence {
          if cue(view: view, lexicon: lexicon, at: s) != 0 { return false }
          s -= 1
        }
        return view.token(s + 1).startsSentence
      }
      k -= 1
    }
    return false
  }

  /// Whether "payable" stands right before the date at token `i`, or before "on" or "in"
  /// before it ("a dividend payable March 1", "payable in July"): a payment that falls
  /// due after the act that set it, whatever that act's tense (not after "was").
  static func payableBefore(_ view: TokenView, at i: Int) -> Bool {
    guard i > 0, !view.breakBefore(i) else { return false }
    let word = view.is(i - 1, "payable") ? i - 1
      : i > 1 && !view.breakBefore(i - 1) && view.is(i - 2, "payable")
        && (view.is(i - 1, "on") || view.is(i - 1, "in")) ? i - 2 : -1
    // (not "The dividend was payable March 1": one paid)
    return word > 0 && !view.is(word - 1, "was") && !view.is(word - 1, "were")
  }

  /// Whether the date at token `i` ends a stretch ("until", "till", "before", "through",
  /// with "the" or "at least the" between allowed) with no past cue before it in its
  /// sentence, nor after it after "through" or when the
  /// stretch opens the sentence ("A trial is unlikely until the fall", "The
  /// road stays shut until March"; not "Prices stayed high until March", "Until March,
  /// the plant had run at a loss").
  static func stretchAhead(view: TokenView, lexicon: DateLexicon, at i: Int) -> Bool {
    var k = i - 1
    if k >= 0, view.is(k, "the") { k -= 1 }
    // ("until at least the summer")
    if k >= 1, view.is(k, "least"), view.is(k - 1, "at"), !view.breakBefore(k) { k -= 2 }
    guard k >= 0, !view.breakBefore(k + 1),
      view.is(k, "until") || view.is(k, "till") || view.is(k, "before") || view.is(k, "through")
    else { return false }
    var j = k
    while j > 0, !view.token(j).startsSentence {
      j -= 1
      if cue(view: view, lexicon: lexicon, at: j) == -1 { return false }
    }
    // ("through" looks at the whole sentence: "Over the 12 months through July, consumer
    // prices rose" is past)
    if view.token(k).startsSentence || view.is(k, "through") {
      j = i + 1
      while j < view.count, !view.breakBefore(j), !view.token(j).startsSentence {
        if cue(view: view, lexicon: lexicon, at: j) == -1 { return false }
        j += 1
      }
    }
    return true
  }

  /// Words of a clock or a length after a figure (`figureBase`: no figure compared with).
  static let figureClockWords: Set<String> = ["am", "pm", "a.m.", "p.m.", "a.m", "p.m", "o'clock", "hours", "h"]

  /// Whether the date at token `i` follows "from" and a figure, "on" between allowed
  /// ("slipped to 8.12% from 8.16% Thursday", "to 172.4 million shares from 141.9
  /// million Friday", "from 1.6140 marks on Tuesday"): the day of the figure compared
  /// with, gone by.
  static func figureBase(_ view: TokenView, at i: Int) -> Bool {
    var k = i - 1
    if k >= 0, view.is(k, "on"), !view.breakBefore(k + 1) { k -= 1 }
    while k > 0, i - k <= 6, !view.breakBefore(k + 1) {
      if view.is(k - 1, "from") { return view.isNumber(k) || view.is(k, "$") }
      // (no clock: "from 10 p.m. Friday", "from 6am on Tuesday")
      // (a modifier's hyphen too: "from 6.97 percent in mid-October")
      guard view.isNumber(k) || view.is(k, "%") || view.is(k, ".") || view.is(k, "-")
        || view.isWord(k) && !view.token(k).isCapitalized && !Self.figureClockWords.contains(view.text[k])
      else { return false }
      if view.text[k].utf8.contains(UInt8(ascii: ":")) { return false }
      k -= 1
    }
    return false
  }

  /// Results a figure may come after ("after a loss of $120 million in the first quarter").
  static let resultNouns = [
    "loss", "profit", "gain", "deficit", "surplus", "decline", "drop", "rise", "fall", "increase",
    "decrease", "contraction", "expansion",
  ]

  /// Whether the date at token `i` is the base of a comparison: right after "from" ("up 5%
  /// from the second quarter"), or after "in" within a "compared with", "versus" or
  /// "against" phrase of figures, or one of a result it came after ("compared with a loss
  /// of $2.9 billion in the second quarter", "compared with $8.2 billion in July", "after a
  /// loss of $120 million in the first quarter").
  static func comparedBase(_ view: TokenView, at i: Int) -> Bool {
    guard i > 0, !view.breakBefore(i) else { return false }
    if view.is(i - 1, "from") { return true }
    if figureBase(view, at: i) { return true }
    guard view.is(i - 1, "in") else { return false }
    var k = i - 2
    while k >= 0, i - k <= 10, !view.breakBefore(k + 1) {
      if view.is(k, "compared") || view.is(k, "versus") || view.is(k, "vs") || view.is(k, "vs.")
        || view.is(k, "against")
      {
        return true
      }
      // ("lost $412 million in the second quarter, after a loss of $120 million in the
      // first quarter": a result after which this one came)
      if view.is(k, "after"), view.is(k + 1, "a") || view.is(k + 1, "an"),
        Self.resultNouns.contains(where: { view.is(k + 2, $0) })
      {
        return true
      }
      guard view.isWord(k) || view.isNumber(k) || view.is(k, "$") || view.is(k, "%") || view.is(k, ".")
      else { return false }
      k -= 1
    }
    return false
  }
}
