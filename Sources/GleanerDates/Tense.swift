/// The tense around a relative date, from the nearest cue word of its
/// sentence (`@list tense`: will, said, ...; or a word ending in -ed).
enum Tense {
  /// -1 past, +1 future, 0 when the sentence gives no cue (cached per token
  /// in `view`), "since" and "until" right before the token counted.
  static func direction(view: TokenView, lexicon: DateLexicon, at i: Int) -> Int {
    let cached = view.tenseDirections[i]
    if cached != TokenView.unknown { return cached == neutral ? 0 : Int(cached) }
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
  private static func bounded(_ t: Int, view: TokenView, lexicon: DateLexicon, at i: Int) -> Int {
    // "the Super Bowl is Sunday", "the vote was Tuesday": a copula right
    // before the date says its tense, whatever the rest of the sentence says
    if i > 0, !view.breakBefore(i), let word = view.packed(i - 1) {
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
        break
      }
      if word == since { return -1 }
      // "extended the deadline 24 hours to 6 a.m. Friday", "pushed back to Wednesday"
      if word == toWord { return delayedBefore(view, lexicon, k) ? 1 : t }
      if word == until || word == till {
        // "adjourned the trial until Monday": a delay sets a day ahead of it
        if t != -1 || delayedBefore(view, lexicon, k) { return 1 }
        // "the house stood until Friday": a past verb right before keeps the past
        return k > 0 && !view.breakBefore(k) && cue(view: view, lexicon: lexicon, at: k - 1) == -1 ? -1 : 0
      }
      guard clockWordSet.contains(word) else { break }
      k -= 1
    }
    return t
  }

  /// A present progressive at most four words before token `i` looks ahead ("is
  /// leaving Tuesday", "are meeting in Geneva Monday"): +1; a past one has no
  /// tense (`neutral`); else nil.
  private static func progressive(_ view: TokenView, at i: Int) -> Int? {
    // a possessive date names a past event as often ("are investigating Tuesday's blast")
    for j in (i + 1)...(i + 2) where j < view.count && (view.is(j, "'s") || view.is(j, "’s")) {
      return nil
    }
    var k = i - 1
    while k > 0, i - k <= 4, !view.breakBefore(k + 1), view.isWord(k) {
      if let before = view.packed(k - 1),
        before == isWord || before == areWord || before == wasWord || before == wereWord,
        !view.breakBefore(k), !view.token(k).isCapitalized
      {
        let range = view.token(k).range
        let bytes = view.article.lowercased
        if range.end - range.start >= 5, bytes[range.end - 3] == UInt8(ascii: "i"),
          bytes[range.end - 2] == UInt8(ascii: "n"), bytes[range.end - 1] == UInt8(ascii: "g")
        {
          // "said he was leaving for Bonn on Friday" (a plan), "were preparing
          // Tuesday" (an act): a past progressive has no tense of its own
          return before == isWord || before == areWord ? 1 : neutral
        }
      }
      k -= 1
    }
    return nil
  }

  /// Whether a word of `@list delay-verb` stands at most eight tokens before
  /// "until" or "to" at token `k` ("postponed the vote until", "adjourned the trial
  /// until", "extended their deadline by 24 hours, to").
  private static func delayedBefore(_ view: TokenView, _ lexicon: DateLexicon, _ k: Int) -> Bool {
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
    // "will loop into the arena for a hometown show on Sept. 12")
    var punctuated = false
    while k >= 0, i - k <= 8 || i - k <= 12 && !punctuated, !view.breakBefore(k + 1) {
      if view.is(k, ",") || view.is(k, ";") || view.is(k, ":") { punctuated = true }
      if view.is(k, "would") { return -1 }
      if view.is(k, "will") || view.is(k, "'ll") || view.is(k, "’ll") || view.is(k, "shall") {
        return 1
      }
      if view.is(k, "to"), headlineTo(view, k, before: i) { return 1 }
      if view.is(k, "is") || view.is(k, "are"), k + 1 < i, !view.breakBefore(k + 1) {
        if view.is(k + 1, "to") || view.is(k + 1, "due") { return 1 }
        if k + 2 < i, !view.breakBefore(k + 2), view.is(k + 2, "to") || view.is(k + 2, "for"),
          scheduleWords.contains(where: { view.is(k + 1, $0) })
        {
          return 1
        }
      }
      k -= 1
    }
    return 0
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

  /// Participles between "is/are" and "to" that set a plan ahead ("is expected to").
  static let scheduleWords = ["expected", "scheduled", "set", "slated", "planned", "likely"]

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
      if view.is(k, ".") || view.is(k, ";") { return false }
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
      guard view.isWord(k) else { return false }
      let word = view.packed(k)
      if word.map(baseBeforeSet.contains) ?? false || cue(view: view, lexicon: lexicon, at: k) != 0 {
        return false
      }
      // a participle, not "has" as a verb of its own ("has a contract", "has no plans")
      if perfect(view, k), !view.token(k).isCapitalized,
        !(word.map { perfectAdverbSet.contains($0) || determinerSet.contains($0) || $0 == noWord }
          ?? false)
      {
        return true
      }
      k -= 1
    }
    return false
  }

  /// `perfectBefore` told of a thing done, not of a plan ("have seen a drop in
  /// March", "has fallen since May"; not "has scheduled talks in March", "has been
  /// put off until May"): a named month or day lies behind the paper.
  static func perfectDoneBefore(view: TokenView, lexicon: DateLexicon, at i: Int) -> Bool {
    if i > 0, planPrepositionSet.contains(view.text[i - 1]) { return false }
    guard perfectBefore(view: view, lexicon: lexicon, at: i, window: 9) else { return false }
    var k = i - 1
    while k > 0, i - k <= 9, !view.breakBefore(k + 1) {
      if planParticipleSet.contains(view.text[k]) { return false }
      k -= 1
    }
    return true
  }

  private static let planParticipleSet: Set<String> = [
    "scheduled", "planned", "set", "slated", "called", "proposed", "announced", "promised",
    "pledged", "vowed", "agreed", "decided", "postponed", "delayed", "moved", "put", "been",
    "booked", "asked", "urged", "ordered", "told", "said", "warned", "predicted", "forecast",
  ]

  /// Whether a past cue stands at most five words before token `i` in its own
  /// clause, with only words between and no future cue or base form ("was
  /// arrested in March", "slid into a slump in March"; not "to testify on Feb.
  /// 10", "payable Dec. 7"): the date is an event told as done.
  static func clausePastBefore(view: TokenView, lexicon: DateLexicon, at i: Int) -> Bool {
    // "elections were called for April", "was put off until May": a target
    if i > 0, planPrepositionSet.contains(view.text[i - 1]) { return false }
    var k = i - 1
    while k >= 0, i - k <= 5, !view.breakBefore(k + 1) {
      guard view.isWord(k) else { return false }
      if view.packed(k).map(baseBeforeSet.contains) ?? false { return false }
      // "was due in court in March", "was set for April": a plan told in the past
      if view.is(k, "due") || scheduleWords.contains(view.text[k]) { return false }
      let c = cue(view: view, lexicon: lexicon, at: k)
      if c != 0 {
        // "is heard in May", "will be tried in March": a present or future passive
        let before = k > 0 ? view.packed(k - 1) : nil
        return c == -1 && !perfect(view, k) && !(before.map(presentBeSet.contains) ?? false)
      }
      k -= 1
    }
    return false
  }

  /// Whether the date at token `i` (a month or day) ends a noun phrase that is the
  /// subject of a past verb up to three words after it ("His win in March was
  /// overturned", "The March vote was marred", "talks in February were a failure";
  /// not "was postponed", "was expected to", "was due"): an event told as done.
  static func clausePastAfter(view: TokenView, lexicon: DateLexicon, at i: Int) -> Bool {
    var k = i + 1
    while k < view.count, k - i <= 4, !view.breakBefore(k) {
      guard view.isWord(k) || view.isNumber(k) else { return false }
      if view.is(k, "was") || view.is(k, "were") {
        // ("September gasoline was 62.75", "the September future was trading": a price
        // or a progressive, no event done)
        guard k + 1 < view.count, !view.breakBefore(k + 1), !view.lowercasedEnds(k + 1, "ing")
        else { return false }
        // ("Inflation in February was 3.1 percent": a figure of a month gone by)
        // ("low in September gasoline was 62.75": a contract's price)
        if !view.isWord(k + 1) {
          return k == i + 1 && i > 0 && (view.is(i - 1, "in") || view.is(i - 1, "during"))
        }
        return !lapsedPlanSet.contains(view.text[k + 1])
          && !scheduleWords.contains(view.text[k + 1])
      }
      if view.isWord(k), cue(view: view, lexicon: lexicon, at: k) != 0 { return false }
      k += 1
    }
    return false
  }
  /// Words after "was"/"were" telling of a plan, not a deed ("The vote in March was
  /// postponed", "was to be held", "was due").
  private static let lapsedPlanSet: Set<String> = [
    "postponed", "delayed", "extended", "moved", "pushed", "canceled", "cancelled", "called",
    "announced", "put", "to", "due", "going", "meant", "supposed", "designed", "not",
    "being", "still", "agreed", "arranged", "planned", "proposed", "confirmed", "fixed",
    "rescheduled", "brought"]

  /// Whether "follows", "comes after" or "on the heels of" stands at most seven words
  /// before token `i` in its clause ("The quake, which shook the city, follows a
  /// tremor in September"): the date lies before the event told.
  static func followsBefore(view: TokenView, at i: Int) -> Bool {
    var k = i - 1
    while k >= 0, i - k <= 7, !view.breakBefore(k + 1) {
      guard view.isWord(k) else { return false }
      if view.is(k, "follows") { return true }
      if view.is(k, "after"), k > 0, view.is(k - 1, "comes") {
        return true
      }
      if view.is(k, "heels"), k + 1 < i, view.is(k + 1, "of") { return true }
      k -= 1
    }
    return false
  }

  static let planPrepositionSet: Set<String> = ["for", "until", "till", "by", "to"]
  private static let presentBeSet = Set(["is", "are", "be", "being", "am"].map(TokenView.pack))
  private static let onWord = TokenView.pack("on")
  private static let noWord = TokenView.pack("no")
  private static let toldWord = TokenView.pack("told")

  private static let isWord = TokenView.pack("is")
  private static let hadWord = TokenView.pack("had")
  private static let beenWord = TokenView.pack("been")
  private static let areWord = TokenView.pack("are")
  private static let wasWord = TokenView.pack("was")
  private static let wereWord = TokenView.pack("were")
  private static let expectedWord = TokenView.pack("expected")
  private static let dueWord = TokenView.pack("due")
  private static let since = TokenView.pack("since")
  private static let until = TokenView.pack("until")
  private static let till = TokenView.pack("till")
  private static let toWord = TokenView.pack("to")
  private static let clockWordSet = Set(clockWords.map(TokenView.pack))

  /// Words of a clock time between "since"/"until" and a date ("until 5 p.m. Friday").
  static let clockWords: [String] = [
    "a.m.", "p.m.", "a.m", "p.m", "am", "pm", ".", ":", "noon", "midday", "midnight", "at", "on",
    "et", "gmt", "bst", "est", "edt", "pdt", "pst", "cdt", "cst", "local", "time", "the",
  ]

  /// The sentence's tense read around tokens `i..<end`, skipping them ("The next
  /// week, he was sworn in": "next" is no cue of its own phrase).
  static func around(view: TokenView, lexicon: DateLexicon, _ i: Int, _ end: Int) -> Int {
    let c = aroundRaw(view: view, lexicon: lexicon, i, end)
    return c == neutral ? 0 : c
  }

  /// `around`, a plan told in the past kept as `neutral`.
  private static func aroundRaw(view: TokenView, lexicon: DateLexicon, _ i: Int, _ end: Int) -> Int {
    let article = view.article
    guard let s = view.sentence(of: i) else { return 0 }
    let sentence = article.sentences[s].tokens
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
      // "who turns 49 on Thursday": a relative clause in the present looks ahead;
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
    // the insert right before the date's clause is skipped ("Feyenoord, beaten
    // on Sunday, host Twente on Saturday": "beaten" is not Saturday's verb)
    var k = i - 1
    var first = true
    while k >= sentence.lowerBound {
      if view.isQuoteMark(k), quoted() { break }
      if first, view.packed(k) == commaWord, k > sentence.lowerBound {
        first = false
        var c = k - 1
        while c > sentence.lowerBound, view.packed(c) != commaWord { c -= 1 }
        // (not a list inside the insert: ", who stepped down as chairman,
        // president and chief executive in March")
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
      let c = cue(view: view, lexicon: lexicon, at: k)
      if c != 0 { return c }
      k -= 1
    }
    k = end
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

  /// Whether token `i` stands inside a quotation of whole words of a speaker: an
  /// odd number of quotation marks between its paragraph's start and it, the last
  /// one opening a sentence or after ":" or "," (not a phrase quoted mid-clause:
  /// 'urged them to return to talks "before the weekend"').
  private static func insideQuote(_ view: TokenView, _ i: Int) -> Bool {
    let opener = view.quoteOpener(of: i)
    guard opener >= 0 else { return false }
    return opener == 0 || view.token(opener).paragraph != view.token(opener - 1).paragraph
      || view.token(opener).startsSentence || view.token(opener + 1).startsSentence
      || view.is(opener - 1, ":") || view.is(opener - 1, ",")
  }

  /// A past cue in the date's own inserted clause (`direction` reports -1).
  static let strict = -2
  static let commaWord = TokenView.pack(",")
  private static let relativeSet = Set(["who", "which", "whom", "whose"].map(TokenView.pack))
  /// Past cues that open no inserted clause (", since Tuesday,", ", said a spokesman").
  private static let notOpenerSet = Set(
    ["since", "ago", "was", "were", "had", "did", "said", "says", "told"].map(TokenView.pack))

  /// The clause between a comma and the next comma (or the sentence end) around
  /// tokens `i..<end`, when it is inserted: it opens on a relative pronoun (", who
  /// turns 49 on Thursday,") or a participle (", beaten 2-0 on Sunday,"), before `i`.
  private static func insert(
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
      // "an All-Star who turns 49 on Thursday, suggested": a relative clause
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
  private static func listBetween(_ view: TokenView, _ lo: Int, _ hi: Int) -> Bool {
    var k = lo
    while k < hi {
      if view.packed(k) == andWord || view.packed(k) == orWord { return true }
      k += 1
    }
    return false
  }
  static let andWord = TokenView.pack("and")
  private static let orWord = TokenView.pack("or")

  /// The end (its closing comma, or the sentence end for a relative clause) of the
  /// inserted clause opening at token `k`, else nil: a participle needs a closing
  /// comma (", which has 45 banks, announced ... in January": "announced" is the main verb).
  private static func insertEnd(
    _ view: TokenView, _ lexicon: DateLexicon, from k: Int, in sentence: Range<Int>
  ) -> Int? {
    guard opensInsert(view, lexicon, k) else { return nil }
    var hi = k + 1
    while hi < sentence.upperBound, view.packed(hi) != commaWord { hi += 1 }
    if !(view.packed(k).map(relativeSet.contains) ?? false) {
      // a participle after the subject, at the sentence's first comma ("Taylor,
      // of Abbotsford, shot a 63, his best round of the year": "shot" is the verb)
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
  private static func opensInsert(_ view: TokenView, _ lexicon: DateLexicon, _ k: Int) -> Bool {
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

  /// Whether token `k` is a verb in the present, third person ("turns", "defends",
  /// "leaves"; not "was", "has", "is").
  static func presentVerb(_ view: TokenView, _ k: Int) -> Bool {
    guard view.isWord(k), !view.token(k).isCapitalized else { return false }
    let range = view.token(k).range
    guard range.end - range.start >= 4, view.lowercasedEnds(k, "s"), !view.lowercasedEnds(k, "ss"),
      !view.lowercasedEnds(k, "us")
    else { return false }
    return view.packed(k).map { !presentExceptionSet.contains($0) } ?? true
  }
  /// Whether token `k`, right after an inserted clause, is the sentence's verb in
  /// the present plural ("The Yankees, swept by Boston, open a series Monday"): a
  /// lower-case word of 3 letters or more, not a cue, nor a word of `mainStopSet`
  /// or one in -ly.
  static func basePresent(_ view: TokenView, _ k: Int) -> Bool {
    guard view.isWord(k), !view.token(k).isCapitalized, let word = view.packed(k) else {
      return false
    }
    let range = view.token(k).range
    return range.end - range.start >= 3 && !mainStopSet.contains(word)
      && !pastLikeSet.contains(word) && (!view.lowercasedEnds(k, "ly") || lyVerbSet.contains(word))
      && !view.lowercasedEnds(k, "ing")
  }
  /// Verbs in -ly, not adverbs ("Thousands of farmers rally Monday").
  private static let lyVerbSet = Set(
    ["rally", "reply", "apply", "comply", "supply"].map(TokenView.pack))
  static let mainStopSet = Set(
    ["has", "have", "had", "are", "was", "were", "also", "still", "now", "then", "and", "but",
     "the", "its", "his", "her", "their", "not", "never", "already", "just", "even", "only", "may",
     "might", "can", "could", "must", "should", "would", "will", "did", "does", "said", "say",
     "says", "told", "tell", "for", "with", "from", "into", "who", "which", "whom", "whose",
     "that", "this", "these", "those", "they", "she", "him", "them", "one", "two", "three", "all",
     "both", "each", "after", "before", "when", "while", "though", "although", "because", "since",
     "until", "where", "what", "how", "there", "here", "our", "your", "got", "get", "gets"].map(
      TokenView.pack))

  /// Past forms like their base form, read as past after "who"/"which" (a present
  /// after a singular subject ends in -s: "which cut its rate Friday").
  static let pastLikeSet = Set(
    ["cut", "hit", "put", "set", "beat", "quit", "shut", "bid", "cast", "split", "hurt", "upset",
     "spread", "burst", "let", "bit"].map(TokenView.pack))
  private static let presentExceptionSet = Set(["was", "has", "is", "does", "its", "this", "less", "plus"].map(TokenView.pack))

  /// Past verbs of agreeing on a plan: a schedule verb after them and "to" looks
  /// ahead ("agreed to meet again Monday").
  private static let agreementSet = Set(
    ["agreed", "decided", "promised", "vowed", "pledged", "voted", "arranged"].map(TokenView.pack))

  /// A cue that ends the scan with no tense: a plan told in the past ("was
  /// expected to", "were scheduled to") may have come or gone.
  static let neutral = 3

  /// The nearest cue before token `i` in its sentence, else the nearest after it.
  private static func scan(view: TokenView, lexicon: DateLexicon, at i: Int) -> Int {
    aroundRaw(view: view, lexicon: lexicon, i, i + 1)
  }

  /// Token `k`'s cue: a `@list tense` phrase, or a past participle (a
  /// lower-case word of 5 or more letters ending in -ed, not after "be"); 0 for none.
  @inline(__always)
  static func cue(view: TokenView, lexicon: DateLexicon, at k: Int) -> Int {
    let cached = view.tenseCues[k]
    if cached != TokenView.unknown { return Int(cached) }
    let c = computeCue(view: view, lexicon: lexicon, at: k)
    view.tenseCues[k] = Int8(c)
    return c
  }

  /// Whether token `k` is a participle after "has"/"have" (an adverb
  /// between allowed): the present perfect takes no past time ("has issued
  /// a warning from 6pm Wednesday"), so it is no past cue.
  private static func perfect(_ view: TokenView, _ k: Int) -> Bool {
    guard k > 0 else { return false }
    if isPerfect(view, k - 1) { return true }
    return k > 1 && isPerfect(view, k - 2) && view.packed(k - 1).map(perfectAdverbSet.contains) ?? false
  }

  private static func isPerfect(_ view: TokenView, _ i: Int) -> Bool {
    view.packed(i).map(perfectWordSet.contains) ?? false
  }

  private static let perfectWordSet = Set(perfectWords.map(TokenView.pack))

  static let perfectWords = [
    "has", "have", "'ve", "’ve", "i've", "we've", "you've", "they've", "i’ve", "we’ve", "you’ve",
  ]
  /// Words before a verb's base form ("to hit", "will set", "did not"... "can put").
  static let baseBefore = [
    "to", "will", "would", "can", "could", "may", "might", "must", "should", "shall", "'ll",
    "’ll", "did", "does", "do", "not", "n't", "won't", "cannot",
  ]
  private static let baseBeforeSet = Set(baseBefore.map(TokenView.pack))
  /// Words that make a following verb of a schedule a noun ("the meet", "his return home").
  static let determiners = [
    "the", "a", "an", "his", "her", "its", "their", "our", "your", "my", "this", "that", "these",
    "those", "'s", "’s",
  ]
  static let determinerSet = Set(determiners.map(TokenView.pack))
  /// Determiners before which a word in -ed is an adjective ("the flooded
  /// towns"; not "that", a relative: "the strike that ended Tuesday").
  private static let adjectiveDeterminerSet = Set(
    ["the", "a", "an", "its", "their", "our", "your", "my", "these", "those"].map(TokenView.pack))
  /// Verbs before which a word in -ed tells a state, no tense ("remain closed").
  private static let linkingVerbSet = Set(
    ["remain", "remains", "remained", "stay", "stays", "stayed", "staying"].map(
      TokenView.pack))
  private static let perfectAdverbSet = Set(perfectAdverbs.map(TokenView.pack))
  static let perfectAdverbs = [
    "already", "also", "now", "just", "since", "recently", "not", "never", "been", "all", "long",
  ]

  /// A participle after "to be" looks ahead ("a motion to be heard Friday"),
  /// after "was/were to be" it is a plan told in the past (`neutral`), after "had to
  /// be" a duty told in the past ("had to be postmarked by Monday": -1); nil otherwise.
  private static func passiveInfinitive(_ view: TokenView, _ k: Int) -> Int? {
    guard k > 2, view.is(k - 1, "be"), view.packed(k - 2) == toWord, !view.breakBefore(k - 1)
    else { return nil }
    if view.packed(k - 3) == hadWord { return -1 }
    return view.packed(k - 3).map { $0 == wasWord || $0 == wereWord } ?? false ? neutral : 1
  }

  private static func computeCue(view: TokenView, lexicon: DateLexicon, at k: Int) -> Int {
    if let hit = lexicon.match(.tense, view, at: k).first {
      // `none`: a word in -ed that is no past form ("can proceed", "indeed")
      if hit.1.value == "none" { return 0 }
      // `nearest`: a cue that ends the scan with no tense ("ahead of Monday's
      // holiday": ahead of the clause's time, which may itself be past)
      if hit.1.value == "nearest" { return neutral }
      // "the Met Office", "Will Smith": a capital mid-sentence makes a name
      let token = view.token(k)
      if view.nameCapital(k), !token.startsSentence, !view.breakBefore(k) { return 0 }
      if hit.1.value == "future" {
        // "had planned to", "had been scheduled for": a past perfect plan looks back
        // (one that ends its clause is no plan: "the sale, which had been expected, is")
        if k > 0, view.isWord(k + 1), let before = view.packed(k - 1),
          before == hadWord
            || (before == beenWord && k > 1 && view.packed(k - 2) == hadWord)
        {
          return -1
        }
        // "was expected to arrive Tuesday": a plan told in the past, kept or not
        // ("was to", "were expected to"; not "was set for Friday", a new day, nor
        // "were planning to", still on)
        let first = view.packed(k)
        if first == wasWord || first == wereWord
          || ((first == expectedWord || first == dueWord
            || (view.is(k, "scheduled") && k + 1 < view.count && view.packed(k + 1) == toWord))
            && k > 0 && !view.breakBefore(k)
            && view.packed(k - 1).map { $0 == wasWord || $0 == wereWord } ?? false)
        {
          return neutral
        }
        // `verb=yes`: a verb of a schedule ("arrives", "meet") is a noun after a
        // determiner ("the meet Saturday") and a base form after "to" or a
        // modal ("agreed to meet"): no cue of its own, the scan goes on
        if hit.1.attribute("verb") == "yes", k > 0, let before = view.packed(k - 1),
          baseBeforeSet.contains(before) || determinerSet.contains(before)
        {
          // "have agreed to meet again Sunday": a plan made up to now lies ahead
          if before == toWord, k > 1, !view.breakBefore(k - 1), perfect(view, k - 2) {
            return 1
          }
          // "agreed to meet again Monday", "decided to resume talks Friday": a
          // meeting agreed on lies after the agreement, ahead of the paper
          if before == toWord, k > 1, !view.breakBefore(k - 1),
            view.packed(k - 2).map(agreementSet.contains) ?? false
          {
            return 1
          }
          // "Talks to resume Tuesday", "President Clinton to visit China Monday": a
          // headline's infinitive right after its subject of one or two words is a plan
          if before == toWord, k > 1, !view.breakBefore(k - 1), view.isWord(k - 2),
            view.token(k - 2).startsSentence
              || (k > 2 && view.token(k - 3).startsSentence && view.isWord(k - 3)
                && view.token(k - 3).isCapitalized && view.token(k - 2).isCapitalized)
          {
            return 1
          }
          return 0
        }
        return 1
      }
      // "will be held": a past form after "be" is a passive participle;
      // "has issued": the present perfect takes no past time; "to hit",
      // "will set": a form like "hit" or "set" after "to" or a modal is a base form
      // (a capitalized word is a name: "Theresa May said")
      if k > 0, !view.nameCapital(k - 1), let before = view.packed(k - 1),
        baseBeforeSet.contains(before)
      {
        return 0
      }
      if let passive = passiveInfinitive(view, k) { return passive }
      if presentPassive(view, k) { return 0 }
      return k > 0 && view.is(k - 1, "be") || perfect(view, k) ? 0 : -1
    }
    guard view.isWord(k), !view.nameCapital(k) else { return 0 }
    let range = view.token(k).range
    let bytes = view.article.lowercased
    // a word of 5 or more characters ending in -ed (tested first: most words are not)
    guard range.end - range.start >= 5, bytes[range.end - 2] == UInt8(ascii: "e"),
      bytes[range.end - 1] == UInt8(ascii: "d")
    else { return 0 }
    var ascii = true
    for b in range.start..<range.end where bytes[b] >= 0x80 {
      ascii = false
      break
    }
    if !ascii, view.text[k].count < 5 { return 0 }
    // "the flooded towns", "a failed coup": an adjective after a determiner;
    // "will remain closed until": a state after a linking verb (its tense decides)
    if k > 0, !view.breakBefore(k), let before = view.packed(k - 1),
      adjectiveDeterminerSet.contains(before) || linkingVerbSet.contains(before)
    {
      return 0
    }
    // "must be ratified": a passive participle after "be" tells no tense; "a
    // motion to be heard Friday" looks ahead ("was to be held": a plan told in the past)
    if let passive = passiveInfinitive(view, k) { return passive }
    // "is planned for": a present passive of `@list tense` ("is planned") takes its cue
    if k > 0, !view.breakBefore(k), let before = view.packed(k - 1),
      before == isWord || before == areWord,
      lexicon.match(.tense, view, at: k - 1).first?.1.value == "future"
    {
      return 1
    }
    if presentPassive(view, k) { return 0 }
    return k > 0 && view.is(k - 1, "be") || perfect(view, k) ? 0 : -1
  }

  /// Whether the past form at `k` is a present passive of staging an event right
  /// after "is" or "are" ("The final is played Sunday", "the race is held Sunday"):
  /// a schedule, no past ("A man is charged after a fight Sunday" stays a report).
  private static func presentPassive(_ view: TokenView, _ k: Int) -> Bool {
    guard k > 0, !view.breakBefore(k), let before = view.packed(k - 1),
      before == isWord || before == areWord, let word = view.packed(k)
    else { return false }
    return stagedSet.contains(word)
  }
  /// Participles of staging an event (`presentPassive`), and "closed", a state
  /// ("U.S. markets are closed Monday for the holiday", "the museum is closed Dec. 25").
  private static let stagedSet = Set(
    ["held", "played", "staged", "hosted", "aired", "screened", "closed"].map(TokenView.pack))
}
