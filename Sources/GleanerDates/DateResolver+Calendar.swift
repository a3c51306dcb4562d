import GleanerCore

/// Calendar dates: a month, a day, a year stated or inferred (the nearest that fits the tense),
/// ranges of them.
extension DateResolver {
  /// The year the captures state (digits, a spelled year or a list word), if any.
  func year(_ s: Slots) -> Int? {
    if let y = s.int("year") { return y }
    // a year of an era: "300 B.C." (astronomical -299, TIMEX3's BC0300), "A.D. 70"
    if let bc = s.int("bcyear"), bc >= 1 { return 1 - bc }
    if let ad = s.int("adyear"), ad >= 1 { return ad }
    // a list entry under `year` ("FY2026" of `@list fiscal-year-word`)
    if let y = s.entry("year")?.number { return Int(y) }
    if let yy = s.int("yy") {
      // up to 20 years after publication ("the summer of '42" in 1996 is 1942)
      guard let now = anchor?.day.year else { return yy < 50 ? 2000 + yy : 1900 + yy }
      let pivot = now + 20
      let y = pivot - ((pivot - yy) % 100 + 100) % 100
      return y
    }
    // (spelled out only: "13 10" in a standings table is two counts, not 1310; and from
    // fifteen on: "eleven thirty" and "twelve fifteen" are clocks)
    if let high = s.int("yearhigh"), let low = s.int("yearlow"), (15...20).contains(high),
      (10...99).contains(low), s["yearhigh"]?.digits == 0, s["yearlow"]?.digits == 0
    {
      return high * 100 + low
    }
    return nil
  }

  /// Picks the year of a period known up to its year, from the anchor,
  /// an explicit `rel` (last/next/this) or the sentence's tense.
  func inferYear(
    rel: Int?, useTense: Bool = false, day: Bool = false,
    _ bounds: (Int) -> (start: Int, end: Int)?
  ) -> (Int, String?)? {
    guard let anchor else { return nil }
    let a = anchor.day.ordinal
    let y = anchor.day.year
    let candidates = (y - 2...y + 2).compactMap { year in bounds(year).map { (year, $0) } }
    guard !candidates.isEmpty else { return nil }
    if let rel {
      switch rel {
      case ..<0:
        // "last February" in March is a year before: the month just over
        // would be "last month"; across the new year it is last year's
        // ("last December" in January is the December just over, not the one before)
        func justOver(_ year: Int, _ p: (start: Int, end: Int)) -> Bool {
          year == y && (28...31).contains(p.end - p.start) && a - p.end < 31
        }
        if let c = candidates.last(where: { $0.1.end <= a && !justOver($0.0, $0.1) }) {
          return (c.0, "past")
        }
      case 1...:
        if let c = candidates.first(where: { $0.1.start > a }) { return (c.0, "future") }
      default:
        // "this winter" in January is the winter under way, begun the December before
        // (the start year, as "last winter" counts it); else the anchor's year
        if let c = candidates.first(where: { $0.1.start <= a && a < $0.1.end }) { return (c.0, nil) }
        // ("Skiers flocked to the resorts this winter" in April: in a past sentence up to
        // June, the winter just over, begun the year before)
        // (not a target: "The opening, planned for this fall, was delayed")
        if let c = candidates.last(where: { $0.0 < y && $0.1.end <= a && a - $0.1.end < 100 }),
          tense() == -1, !(origin > 0 && Tense.planPrepositionSet.contains(view.text[origin - 1]))
        {
          return (c.0, "past")
        }
        return (y, nil)
      }
      return nil
    }
    if ahead, let c = candidates.first(where: { $0.1.end > a }) {
      return (c.0, c.1.start > a ? "future" : nil)
    }
    if behind, let c = candidates.last(where: { $0.1.start <= a }) {
      return (c.0, c.1.end <= a ? "past" : nil)
    }
    // ("third-quarter profit rose" in April: a period reported on in the past has
    // begun, though a future sentence may name either: `tense=no`; one under way stays,
    // as a fiscal quarter may be over, "fourth-quarter earnings fell" in November, and
    // so does any in a sentence of a fiscal year, which shifts the quarters)
    if !useTense, let nearest = candidates.min(by: { distance($0.1, a) < distance($1.1, a) }),
      nearest.1.start > a, tense() == -1, !sentenceNamesFiscalYear(),
      let c = candidates.last(where: { $0.1.start <= a })
    {
      return (c.0, "past")
    }
    // the nearest period, one in the sentence's tense preferred by ~7 months
    // "will face questions about the senator's May 3 speech": a possessive's dated
    // event in a future sentence is mostly one already held, so the lean is back
    // (one a few weeks ahead stays ahead: "will attend the mayor's Nov. 2 dinner"; and
    // one that is the subject of the future verb is ahead: "the city's summer
    // festival will run")
    // (with no cue, a past like its base form right after the subject: "The bank cut
    // rates in March"; a present stays no cue, as a headline's "plunges on H1 results")
    var ownTense = useTense ? tense() : 0
    // ("Students will make up lost time in June": a past form after "will" in the
    // date's clause is no verb of its own)
    if ownTense == -1, Tense.willGoverns(view, at: origin) { ownTense = 1 }
    // (and a verb of a schedule in the present before a month or a day, "The session ends
    // in February", ahead; not a headline's results, "plunges on H1 results")
    if useTense, ownTense == 0, view.tenseDirections[origin] == 0 {
      let verb = Tense.scheduleVerb(view: view, at: origin)
      if verb == -1 || verb == 1 && day { ownTense = verb }
    }
    let possessed = ownTense == 1 && origin > 0 && Guards.possessive(view, origin - 1)
      && !Tense.subjectOfFutureAfter(view: view, at: origin)
    // ("Acme chief to step down in June": a headline's "to" tells a plan)
    let headline = ownTense == 0 && day && Tense.headlineFuture(view, at: origin)
    // ("Dealers have seen a drop in March" in January: a present perfect of a thing
    // done, the month gone by; so with a past cue elsewhere in the sentence, an
    // attribution: "Exports have fallen in March and April, the ministry said")
    let perfectDone = useTense && (ownTense == 0 || ownTense == -1) && !headline
      && Tense.perfectDoneBefore(view: view, lexicon: lexicon, at: origin)
    // ("declared a dividend payable March 1" in December: a payment falls due ahead)
    let payable = useTense && Tense.payableBefore(view, at: origin)
    // ("A trial is unlikely until the fall" in January: a stretch up to a time, told in
    // no past, ends ahead)
    let stretch = useTense && Tense.stretchAhead(view: view, lexicon: lexicon, at: origin)
    // ("Judge Ng set sentencing for Dec. 18": a day a verb of a plan sets, an object of up
    // to four words between, lies ahead whatever the verb's tense: "set presidential and
    // legislative elections for April 13")
    // ("is set for the fall": "the" between)
    let forAt = origin > 0 && view.is(origin - 1, "the") ? origin - 2 : origin - 1
    let planObjectFor = useTense && day && forAt > 0 && view.is(forAt, "for") && !view.breakBefore(forAt)
      && (2...5).contains { back in
        forAt - back >= 0 && Guards.plannedFor.contains(view.text[forAt - back])
          && (forAt - back + 1..<forAt).allSatisfy { view.isWord($0) && !view.token($0).isCapitalized }
      }
    let t = payable || stretch || planObjectFor ? 1
      : possessed ? -1 : headline ? 1 : perfectDone ? -1 : ownTense
    let penalty = Self.tensePreference
    // "must be ratified by Christmas": a deadline in a future sentence is ahead
    // "We will meet on Nov. 22" in February: "will" before a named month or day
    // looks ahead up to ten months ("would" may be a plan now over); before a season
    // or a longer period, a year ahead ("Ministers will decide in the autumn" in
    // January is this autumn, not the one just over)
    let modal = t == 1 ? Tense.modalBefore(view, at: origin) : 0
    // (so does a plan's target: "The vote is tentatively scheduled for May" in July)
    let planFor = forAt > 0 && view.is(forAt, "for") && !view.breakBefore(forAt)
      && (Guards.plannedFor.contains(view.text[forAt - 1]) || planObjectFor)
    // (and "will" after a date opening its sentence: "In January the paintings will return")
    let willAhead = t == 1
      && (modal == 1 || day && Tense.willAfterModifier(view, at: origin) || planFor
        || Tense.willAfterOpening(view, at: origin))
    let wouldAhead = !willAhead && modal == -1
    // ("The office will close Dec. 31" in January: a day a verb after "will" governs right
    // before it, no determiner between, is never one gone by; a month may be, "will open in
    // March" up to ten months ahead)
    let willDay = day && modal == 1 && origin > 0 && !view.breakBefore(origin) && view.isWord(origin - 1)
      && !view.token(origin - 1).isCapitalized
      && !(view.packed(origin - 1).map(Tense.determinerSet.contains) ?? false)
      && Tense.willGoverns(view, at: origin)
    let pastPenalty = deadline && t == 1 || stretch ? 366 : willAhead ? 300 : wouldAhead ? 250 : penalty
    let clausePast = t == -1 && (perfectDone || Tense.strictPast(view: view, lexicon: lexicon, at: origin)
        || Tense.singularPastLike(view: view, at: origin)
        || Tense.clausePastBefore(view: view, lexicon: lexicon, at: origin)
        || Tense.openingPastAfter(view: view, lexicon: lexicon, at: origin))
    // ("The quake, which shook the city, follows a tremor in September": before it)
    // (and a figure's base in no future sentence: "up from 6.97 percent in mid-October")
    // (and the subject of a past verb in any sentence, a noun with its determiner: "The show
    // opens Tuesday, after a fire in June forced its delay"; not "preparing to plant in
    // March said")
    let follows = gone || Tense.followsBefore(view: view, at: origin)
      || t != 1 && Tense.figureBase(view, at: origin)
      || t != -1 && origin > 2 && view.packed(origin - 3).map(Tense.determinerSet.contains) ?? false
        && Tense.clausePastAfter(view: view, lexicon: lexicon, at: origin)
    // (the subject of a past verb, "The vote in March was marred" in January, or a
    // date after "follows": one gone by, even the month right after the paper's)
    let subjectPast = t == -1 && Tense.clausePastAfter(view: view, lexicon: lexicon, at: origin)
    // ("changed its name in December" in October: a month after "in" in a past
    // clause is one gone by, even the month right after the paper's)
    // (a part of the month between: "in early October", "in mid-October")
    let pastIn = clausePast && inBefore()
    // ("The company announced on July 10" in June: the day of a verb told as done is
    // last July's; wire copy may date its events a day or two after the paper, no more)
    // (so is a day opening its sentence before a past verb: "On Dec. 6, it reported a loss")
    let subjectPastDay = day && clausePast
      && (Tense.subjectPastBefore(view: view, lexicon: lexicon, at: origin)
        || Tense.openingPastAfter(view: view, lexicon: lexicon, at: origin))
    func futurePenalty(_ period: (start: Int, end: Int)) -> Int {
      // (a present perfect of a thing done: not even next month, "Shipments have
      // slumped in February" in January)
      subjectPast || follows || perfectDone || pastIn && period.end - period.start >= 28
        || clausePast && period.start - a > Self.nearAhead
        || subjectPastDay && period.start - a > Self.nearAheadDay
        ? Self.pastTensePenalty : penalty
    }
    func cost(_ period: (start: Int, end: Int)) -> Int {
      distance(period, a) + ((t == -1 || follows) && period.start > a ? futurePenalty(period) : 0)
        + (t == 1 && !follows && period.end <= a
          ? (willAhead && period.end - period.start >= 60 || willDay && period.end - period.start == 1
            ? 366 : pastPenalty) : 0)
    }
    let best = candidates.min { lhs, rhs in cost(lhs.1) < cost(rhs.1) }!
    let direction = best.1.end <= a ? "past" : best.1.start > a ? "future" : nil
    return (best.0, direction)
  }

  /// Whether "in" stands right before the match, or before a part of the period that
  /// leads it ("in early October", "in mid-October").
  private func inBefore() -> Bool {
    var k = origin - 1
    if k > 0, view.is(k, "-"), !view.breakBefore(k + 1) { k -= 1 }
    if k > 0, Self.partWords.contains(where: { view.is(k, $0) }), !view.breakBefore(k + 1) { k -= 1 }
    return k >= 0 && !view.breakBefore(k + 1) && view.is(k, "in")
  }

  /// Words of a part of a period between "in" and it ("in early October").
  static let partWords = ["early", "mid", "late", "middle"]

  /// Adverbs of a habit: a month after them in its clause is any year's.
  static let habitWords: Set<String> = [
    "usually", "typically", "normally", "generally", "traditionally", "customarily",
    "habitually", "invariably",
  ]

  /// Whether the match's sentence has the word "fiscal" outside the match's own first
  /// two words ("reported fiscal first-quarter profit" is the quarter's own label).
  func sentenceNamesFiscalYear() -> Bool {
    guard let tokens = view.sentenceTokens(near: origin) else { return false }
    return tokens.contains { ($0 < origin || $0 > origin + 1) && view.is($0, "fiscal") }
  }

  /// Days from day number `a` to `period` (0 inside it).
  func distance(_ period: (start: Int, end: Int), _ a: Int) -> Int {
    if period.start <= a && a < period.end { return 0 }
    return period.start > a ? period.start - a : a - period.end + 1
  }

  /// The relative shift a match names ("last" -1, "next" +1): its `rel` capture, else the rule's
  /// `rel=`.
  func rel(_ s: Slots, _ rule: DateRule) -> Int? {
    if let entry = s.entry("rel") { return entry.number.map { Int($0) } }
    return rule.attribute("rel").flatMap { Int($0) }
  }

  /// `resolve=calendar`: a month, a day or a year, stated or inferred ("January 19", "mid-April",
  /// "in 2019"), the missing year the nearest that fits the sentence's tense.
  func calendar(_ rule: DateRule, _ s: Slots) -> Resolution? {
    var r = Resolution(type: baseType(rule), value: nil)
    var y = year(s)
    if y == nil, let yr = s.entry("yearrel")?.number ?? rule.attribute("yearrel").flatMap(Double.init),
      let anchor
    {
      y = anchor.day.year + Int(yr)
      r.anchored = true
    }
    var month = s.entry("month")?.number.map { Int($0) } ?? s.int("month-num")
    // "the 20th day of next month", "the 26th day of the month"
    if month == nil, let mr = s.entry("monthrel")?.number ?? rule.attribute("monthrel").flatMap({ Double($0) }) {
      guard let anchor else { return nil }
      var shift = Int(mr)
      // a bare "the 3rd" takes the sentence's tense: "The vote will be held on the
      // 3rd" after the paper's 3rd is next month's, "was held on the 28th" before it
      // last month's (so does "by the first of the month": `tense-month=yes`)
      if rule.attribute("story-month") == "yes" || rule.attribute("tense-month") == "yes",
        s.entry("monthrel") == nil, shift == 0,
        let d = s.int("day")
      {
        if d < anchor.day.day, tense() == 1 { shift = 1 }
        if d > anchor.day.day, tense() == -1 { shift = -1 }
      }
      let first = Day(anchor.day.year, anchor.day.month, 1).adding(months: shift)
      month = first.month
      y = first.year
      r.anchored = true
    }
    var day = s.int("day") ?? s.int("day-num")
    // "20161107": year, month and day in one number
    if let compact = s.int("compact-date") {
      (y, month, day) = (compact / 10000, compact / 100 % 100, compact % 100)
    }
    let relative = rel(s, rule)
    r.paperRelative = relative != nil && y == nil
    func settle(day: Bool = false, _ bounds: (Int) -> (start: Int, end: Int)?) -> Int? {
      if let y { return y }
      // `tense=no`: the nearest period whatever the tense ("will report
      // second-quarter results": a quarter already over)
      let useTense = rule.attribute("tense") != "no"
      guard let (year, direction) = inferYear(rel: relative, useTense: useTense, day: day, bounds) else {
        return nil
      }
      r.inferred = "year"
      r.anchored = true
      r.direction = direction
      return year
    }
    if let entry = s.entry("holiday") {
      // (a holiday is a day: "will reopen on Christmas Day" in March is this December's)
      let yearOf = settle(day: true) { year in
        HolidayCalendar.period(Substring(entry.value), year: year, near: anchor?.day).map {
          ($0.start.ordinal, ($0.end?.ordinal ?? $0.start.ordinal + 1))
        }
      }
      guard let yearOf,
        let period = HolidayCalendar.period(Substring(entry.value), year: yearOf, near: anchor?.day)
      else {
        r.value = nil
        let unknown = entry.value.first?.isNumber == true && entry.value.count >= 10
          ? "XXXX-XX-XX" : "XXXX-" + entry.value.prefix { $0 != ";" }
        return y == nil && anchor == nil ? noAnchor(r, unknown) : nil
      }
      if let end = period.end {
        // a holiday lasting weeks (Ramadan): the interval up to the day after it
        r.type = "range"
        r.value = "\(period.start.iso)/\(end.iso)"
        r.granularity = "day"
        r.startDay = period.start
        return r
      }
      withTime(period.start, s, &r)
      if y == nil { r.holiday = entry.value }
      return r
    }
    if let q = s.int("quarter") ?? s.entry("quarter")?.number.map({ Int($0) }) {
      guard (1...4).contains(q) else { return nil }
      // a quarter without a year: the nearest one, the sentence's tense preferred
      let nearest = y == nil && relative == nil
        ? settle { year in (Day(year, 3 * q - 2, 1).ordinal, Day(year, 3 * q - 2, 1).adding(months: 3).ordinal) }
        : nil
      guard var yq = y ?? nearest ?? anchor.map({ $0.day.year + (relative ?? 0) }) else {
        return noAnchor(r, "XXXX-Q\(q)")
      }
      // "growth could slow from 3.5 percent in the third quarter" in November: a
      // future-tense quarter three ahead is the one just over (its figures still due)
      // (`ahead=yes`: not "a recovery in the last three months of the year")
      // (nor "expects earnings to improve in the fourth quarter": a turn still to come)
      if nearest != nil, r.direction == "future", let anchor, rule.attribute("ahead") != "yes",
        yq * 4 + q - 1 - (anchor.day.year * 4 + (anchor.day.month - 1) / 3) == 3,
        !wordBefore(in: Self.recoveryWords, clause: true)
      {
        yq -= 1
        r.direction = "past"
      }
      r.value = "\(Format.year(yq))-Q\(q)"
      r.granularity = "quarter"
      r.startDay = Day(yq, 3 * q - 2, 1)
      if y == nil { r.inferred = "year"; r.anchored = true }
      return r
    }
    if let half = s.int("half") ?? s.entry("half")?.number.map({ Int($0) }) {
      guard (1...2).contains(half) else { return nil }
      // a half without a year: the nearest one, the sentence's tense preferred
      let first = half == 1 ? 1 : 7
      let nearest = y == nil && relative == nil
        ? settle { year in (Day(year, first, 1).ordinal, Day(year, first, 1).adding(months: 6).ordinal) }
        : nil
      guard let yh = y ?? nearest ?? anchor?.day.year else { return noAnchor(r, "XXXX-H\(half)") }
      r.value = "\(Format.year(yh))-H\(half)"
      r.granularity = "half"
      r.startDay = Day(yh, first, 1)
      return r
    }
    if let season = s.entry("season") {
      let starts = ["SP": 3, "SU": 6, "FA": 9, "WI": 12]
      let start = starts[season.value] ?? 1
      // "Snow usually closes the passes in winter": a season of a habit is every year's
      if y == nil, relative == nil, habitBefore() {
        r.value = "XXXX-" + season.value
        r.granularity = "season"
        return r
      }
      let ys = settle { year in
        let a = Day(year, start, 21).ordinal
        return (a, a + 91)
      }
      guard let ys else { return noAnchor(r, season.value) }
      r.value = "\(Format.year(ys))-\(season.value)"
      r.granularity = "season"
      r.startDay = Day(ys, start, 1)
      // "In 1952 ... that summer": the season of the year the text last stated
      if rule.attribute("context") == "year" { r.context = TextContext(kind: .year, shift: 0) }
      // "The following spring, he quit": the first such season after the month
      // or year the story last named (with none, the one after the paper's)
      if s.entry("rel")?.number == 1, view.is(origin, "the") {
        r.context = TextContext(kind: .year, shift: 1)
        r.context?.followingSeason = true
      }
      return r
    }
    // "Monday the 13th": the nearest month whose 13th is a Monday
    if month == nil, y == nil, let day, let w = s.entry("weekday")?.number.map({ Int($0) }) {
      guard let anchor else { return noAnchor(r, "XXXX-WXX-\(w)") }
      let a = anchor.day
      var best: Day?
      for k in -12...12 {
        let first = Day(a.year, a.month, 1).adding(months: k)
        guard Day.isValid(first.year, first.month, day) else { continue }
        let d = Day(first.year, first.month, day)
        if d.weekday == w, best == nil || abs(d.ordinal - a.ordinal) < abs(best!.ordinal - a.ordinal) {
          best = d
        }
      }
      guard let best else { return nil }
      r.inferred = "year,month"
      r.anchored = true
      r.direction = best < a ? "past" : a < best ? "future" : nil
      withTime(best, s, &r)
      return r
    }
    if let month {
      guard (1...12).contains(month) else { return nil }
      if let day {
        // a weekday named with the day keeps the plain reading ("Tuesday, Jan 15")
        let ym = settle(day: s.entry("weekday") == nil) { year in
          guard Day.isValid(year, month, day) else { return nil }
          let o = Day(year, month, day).ordinal
          return (o, o + 1)
        }
        guard let ym else {
          return y == nil && anchor == nil
            ? noAnchor(r, "XXXX-\(Format.two(month))-\(Format.two(day))") : nil
        }
        guard Day.isValid(ym, month, day) else { return nil }
        var d = Day(ym, month, day)
        // "on Fri, Sep 20" in February: the year whose Sept. 20 is a Friday, when the
        // nearest is not and the year before or after is, within a year of the paper
        // (further off, the weekday is more likely a slip)
        if y == nil, let w = s.entry("weekday")?.number.map({ Int($0) }), d.weekday != w,
          let a = anchor?.day
        {
          let fits = [ym - 1, ym + 1].filter { Day.isValid($0, month, day) }
            .map { Day($0, month, day) }
            .filter { $0.weekday == w && abs($0.ordinal - a.ordinal) <= 366 }
          if let other = fits.min(by: { abs($0.ordinal - a.ordinal) < abs($1.ordinal - a.ordinal) }) {
            d = other
            r.direction = d < a ? "past" : a < d ? "future" : nil
          }
        }
        withTime(d, s, &r)
        return r
      }
      // "The hole usually forms in September": a month of a habit is every year's
      if y == nil, relative == nil, habitBefore() {
        r.value = "XXXX-\(Format.two(month))"
        r.granularity = "month"
        return r
      }
      let ym = settle(day: true) { year in
        (Day(year, month, 1).ordinal, Day(year, month, 1).adding(months: 1).ordinal)
      }
      guard let ym else { return noAnchor(r, "XXXX-\(Format.two(month))") }
      r.value = Day(ym, month, 1).isoMonth
      r.granularity = "month"
      r.startDay = Day(ym, month, 1)
      // "in June 1990 ... in April that year": the month of the year the text last stated
      // ("1876, when ... until March of the following year": `shift=1`)
      if rule.attribute("context") == "year" {
        r.context = TextContext(kind: .year, shift: rule.attribute("shift").flatMap { Int($0) } ?? 0)
      }
      // "He left in 1997 and returned the following March": the first such month after
      // the month or year the story last named, as for a season
      if relative == 1, view.is(origin, "the") {
        r.context = TextContext(kind: .year, shift: 1)
        r.context?.followingSeason = true
      }
      return r
    }
    if let y {
      r.value = Format.year(y)
      r.granularity = "year"
      r.startDay = Day(y, 1, 1)
      return r
    }
    return nil
  }

  /// `r` with `value` as it stands, with no paper's day to resolve it against.
  func noAnchor(_ r: Resolution, _ value: String) -> Resolution {
    var r = r
    r.value = value
    r.inferred = "year"
    return r
  }

  /// `resolve=calendar-range`: two dates or periods joined ("19-21 January", "between May and
  /// July"), as an interval.
  func calendarRange(_ rule: DateRule, _ s: Slots) -> Resolution? {
    var r = Resolution(type: "range", value: nil)
    var month = s.entry("month")?.number.map { Int($0) } ?? s.int("month-num")
    // "from the 4th to the 8th of next month"
    var monthRelYear: Int?
    if month == nil,
      let rel = s.entry("monthrel")?.number ?? rule.attribute("monthrel").flatMap({ Double($0) }),
      let anchor {
      let d = Day(anchor.day.year, anchor.day.month, 1).adding(months: Int(rel))
      month = d.month
      monthRelYear = d.year
      r.anchored = true
    }
    let month2 = s.entry("month2")?.number.map { Int($0) } ?? s.int("month2") ?? month
    // "the 2023-24 season": the second year in two digits follows the first
    if let y1 = s.int("year"), let yy = s.int("yy2") {
      // `spread=yes`: a span of a few years in one century ("in 1990-95")
      var y2 = y1 + 1
      if rule.attribute("spread") == "yes", yy > y1 % 100, yy - y1 % 100 <= 20 {
        y2 = y1 - y1 % 100 + yy
      } else if yy != (y1 + 1) % 100 {
        return nil
      }
      r.value = "\(Format.year(y1))-01-01/\(Format.year(y2))-01-01"
      r.granularity = "year"
      r.startDay = Day(y1, 1, 1)
      return r
    }
    if let y1 = s.int("year"), let y2 = s.int("year2"), month == nil {
      guard y2 > y1 else { return nil }
      r.value = "\(Format.year(y1))-01-01/\(Format.year(y2))-01-01"
      r.granularity = "year"
      r.startDay = Day(y1, 1, 1)
      return r
    }
    guard let month, let month2, let d1 = s.int("day") ?? s.int("day-num"), let d2 = s.int("day2")
    else { return nil }
    var y = year(s) ?? monthRelYear
    if y == nil {
      guard let (yi, direction) = inferYear(rel: nil, useTense: true, { year in
        guard Day.isValid(year, month, d1) else { return nil }
        let o = Day(year, month, d1).ordinal
        return (o, o + 1)
      }) else { return nil }
      y = yi
      r.inferred = "year"
      r.anchored = true
      r.direction = direction
    }
    // "12/28/2020-1/3/2021": each end may state its own year
    let y2 = s.int("year2") ?? y
    guard let y, let y2, Day.isValid(y, month, d1), Day.isValid(y2, month2, d2) else { return nil }
    let a = Day(y, month, d1)
    let b = Day(y2, month2, d2)
    guard a < b else { return nil }
    r.value = "\(a.iso)/\(b.iso)"
    r.granularity = "day"
    r.startDay = a
    return r
  }
}
