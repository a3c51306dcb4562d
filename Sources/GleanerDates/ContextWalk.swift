import GleanerCore

/// The story's dates so far, as `ContextResolver.apply` reads a text's mentions in order:
/// the quarter under discussion, the year last stated, the day, month and clock time last
/// named. Each mention is resolved against them (`read`), then noted in them.
struct ContextWalk {
  /// The text's mentions, read and resolved in place.
  typealias Mentions = UnsafeMutableBufferPointer<DateExtractor.Found>
  /// The publication day.
  let anchor: Day?
  /// A token's sentence.
  let sentence: ((Int) -> Int?)?
  /// The tense of the sentence around a mention's tokens (-1 past).
  let tense: ((Int, Int) -> Int)?
  /// Whether a mention starting at a token is the base of a comparison ("up 5% from
  /// the second quarter").
  let comparedFrom: ((Int) -> Bool)?
  /// Whether a token's sentence opens with a pronoun subject ("It began on Oct. 31").
  let pronounOpens: ((Int) -> Bool)?
  /// Whether a plan told from the past governs a token ("was set to begin in May").
  let pastPlan: ((Int) -> Bool)?
  /// The relative clause set off by commas that holds a token ("The chain, which was
  /// founded in 1988, said"), if any.
  let relativeClause: ((Int) -> Range<Int>?)?
  /// The quarter under discussion.
  var quarter: (year: Int, q: Int)?
  /// The last quarter the text named, under discussion or not ("will post a loss for the
  /// third quarter").
  var namedQuarter: (year: Int, q: Int)?
  /// The sentence of the last period of several months other than a quarter.
  var otherPeriodSentence: Int?
  /// The year last stated.
  var statedYear: Int?
  /// The day last named.
  var lastDay: Day?
  /// The first day of the month last named (by a month or a day in it).
  var lastMonth: Day?
  /// The last period of months named after the last quarter ("in January-February").
  var otherPeriod: Int?
  /// A length of months ("the first 7 months") named before any quarter.
  var monthsLength = false
  /// The token of the last length of months named, a quarter named before it or not.
  var monthsLengthToken: Int?
  /// The tokens that stated the year last stated and named the month last named
  /// (their sentences are looked up only when asked).
  var statedYearToken: Int?
  var lastMonthToken: Int?
  /// Whether the year last stated came right after "since" ("its first decline since
  /// 2012"): a point a period runs on from to the paper's day, no year the story is told
  /// in; no year is counted on from it ("... over the next year" is the paper's next year).
  var statedYearAfterSince = false
  /// The token of the last fiscal year stated ("fiscal 2007"), when it stated the year.
  var fiscalYearToken: Int?
  /// The last decade named as one ("the 1970s"), and its token.
  var namedDecade: (decade: Int, token: Int)?
  /// The clock time last named, its day if stated, and its token.
  var lastClock: (day: Day?, seconds: Int, token: Int)?
  /// The last evening or night of a day named ("tonight", "Friday evening") and its token.
  var lastEvening: (day: Day, token: Int)?
  /// A bare year or "last year" with no date but lengths of time after it, and its token.
  var sentenceYear: (Int, Int)?
  /// The year of the last date told relative to the paper ("last November", "last
  /// year"), and its token: "the previous year" of its sentence counts from it.
  var relativeYear: (year: Int, token: Int)?
  /// The last day named with its year in an earlier year than the paper's ("June 12,
  /// 1994"), or a day of the month moved after it, and its token.
  var statedDay: (day: Day, token: Int)?
  /// The last month or season named with its year in an earlier year than the paper's
  /// ("April 1975", "the spring of 2022"), its first day and its token.
  var statedMonth: (month: Day, token: Int)?
  /// The token of the last quarter named (adopted or not).
  var quarterToken: Int?
  /// Whether a month of the story (not "last month") was named after the day last
  /// named, or with none ("On Oct. 3 ... In November ... two weeks later" counts
  /// from no day).
  var monthAfterDay = false
  /// The token of the mention that named the last day.
  var lastDayToken: Int?
  /// The Monday of the ISO week last named ("last week", "the week ended Nov. 3"),
  /// and its token.
  var lastWeek: (monday: Day, token: Int)?
  /// The days of a schedule set in a later year than the paper's.
  var schedule: ScheduleYears?
  /// The year of the last first half named and its sentence ("the first half of next
  /// year ... the second half": that year's).
  var firstHalf: (year: Int, sentence: Int?)?

  init(
    anchor: Day?, sentence: ((Int) -> Int?)?, tense: ((Int, Int) -> Int)?,
    comparedFrom: ((Int) -> Bool)? = nil, pronounOpens: ((Int) -> Bool)? = nil,
    pastPlan: ((Int) -> Bool)? = nil, relativeClause: ((Int) -> Range<Int>?)? = nil
  ) {
    self.anchor = anchor
    self.sentence = sentence
    self.tense = tense
    self.comparedFrom = comparedFrom
    self.pronounOpens = pronounOpens
    self.pastPlan = pastPlan
    self.relativeClause = relativeClause
    self.schedule = anchor.map(ScheduleYears.init)
  }

  /// A day the story names: later counts start from it, and no month came after it.
  mutating func noteDay(_ d: Day, at token: Int) {
    lastDay = d
    lastDayToken = token
    monthAfterDay = false
  }

  /// The month the story last named, by its first day.
  mutating func noteMonth(_ first: Day, at token: Int) {
    lastMonth = first
    lastMonthToken = token
  }

  /// Resolves mention `k` against the story so far, then notes what it tells.
  mutating func read(_ found: Mentions, _ k: Int) {
    // "on the night of Aug. 11 of that year": the day in the year the text last stated
    if found[k].rule == "date.month-day-text-year", let y = statedYear,
      let d = found[k].resolution.startDay, Day.isValid(y, d.month, d.day)
    {
      _ = moveToDay(&found[k].resolution, Day(y, d.month, d.day))
      found[k].resolution.inferred = nil
      found[k].resolution.anchored = false
    }
    if let context = found[k].resolution.context {
      switch context.kind {
      case .quarter: readQuarter(found, k, context)
      case .day, .weekdayAfter, .weekdayBefore: readDay(found, k, context)
      case .weekOfDay: readWeekOfDay(found, k, context)
      case .month: readMonth(found, k, context)
      case .clock: readClock(found, k, context)
      case .year: readYear(found, k, context)
      case .decade: readDecade(found, k, context)
      }
      return
    }
    notePeriodsAndClocks(found, k)
    carryStoryYears(found, k)
    // a schedule set in a later year than the paper's (`ScheduleYears`)
    schedule?.carry(&found[k], sentenceYear: sentenceYear, sentence: sentence, tense: tense)
    schedule?.note(found[k], sentence: sentence, tense: tense)
    note(found, k)
  }


  /// A mention read against the quarter under discussion ("a year ago", "the previous quarter").
  private mutating func readQuarter(_ found: Mentions, _ k: Int, _ context: TextContext) {
      if context.samePeriod, let other = otherPeriod {
        // "the same period of 1997": that year's, whatever the period's own
        let base = found[other].resolution
        let years = context.year.flatMap { y in
          base.value.flatMap(ContextResolver.leadingYear).map { y - $0 }
        }
        sameAs(&found[k].resolution, base, years: years ?? context.shift)
        return
      }
      // "Fourth-quarter profit rose 5%. For the year, net income rose 12% from a year
      // earlier": a year its own sentence names first, a year before (no quarter's)
      // (the sentence's first period: "sold 30,154 cars in October, the most of the year,
      // down 10 percent from a year ago" compares October)
      if !context.samePeriod, context.year == nil, context.quarter == nil, context.step == 0,
        context.shift != 0, let j = firstPeriodOfSentence(found, before: k),
        // (a year stated too, with no shorter period after it: "The mission cost $92 million
        // in 1998, down from $110 million a year earlier" after a quarter of an earlier
        // sentence; not "recovered in 1996, and sales in the fourth quarter were up 9
        // percent from a year earlier")
        Self.yearPeriodRules.contains(found[j].rule)
          || found[j].rule == "date.year" && !(j + 1..<k).contains(where: {
            ["quarter", "month", "half", "season"].contains(found[$0].resolution.granularity ?? "")
          }),
        found[j].resolution.granularity == "year",
        found[j].resolution.mod == nil,
        let y = found[j].resolution.value.flatMap(ContextResolver.leadingYear)
      {
        setYear(&found[k].resolution, y + context.shift)
        return
      }
      // "in the first 7 months of this year ... the same period last year":
      // a length of months with no quarter named; the year it lies in
      if context.samePeriod, monthsLength, quarter == nil, let anchor {
        setYear(&found[k].resolution, context.year ?? (statedYear ?? anchor.year) + context.shift)
        return
      }
      // (so after a quarter, when the length is named in the mention's own sentence and no
      // quarter after it: "profit rose in the third quarter. For the first nine months of
      // 1997, it earned $298 million, against $74 million in the same period of 1996")
      if context.samePeriod, let token = monthsLengthToken, let anchor, let here = sentence?(found[k].start),
        sentence?(token) == here, quarterToken.map({ $0 < token || sentence?($0) != here }) ?? true
      {
        // (the year of the length: one its sentence states, else the quarter's, whose
        // months it ends with: "For the first nine months of the fiscal year ... in the
        // year-ago period" after a quarter ended Dec. 31)
        let stated = statedYearToken.flatMap { sentence?($0) == here ? statedYear : nil }
        setYear(&found[k].resolution, context.year ?? (stated ?? quarter?.year ?? anchor.year) + context.shift)
        return
      }
      // "a loss in the first half from a profit a year earlier": the half of
      // its own sentence, a year before (no quarter named yet, nor stated here: "the
      // year-ago first half and the year-earlier second quarter")
      // ("the previous quarter" counts quarters: never a half)
      if quarter == nil, context.quarter == nil, context.step == 0, let other = otherPeriod,
        found[other].resolution.granularity == "half",
        let here = sentence?(found[k].start), here == sentence?(found[other].start)
      {
        sameAs(&found[k].resolution, found[other].resolution, years: context.shift)
        return
      }
      // "shipments in the first two weeks of October were down from a year ago":
      // the month of its own sentence, a year before, when no quarter is named there
      // (not one stated with its year: "collapsed in July 1989, a year ago" restates it)
      if !context.samePeriod, context.year == nil, context.quarter == nil, context.step == 0,
        found[k].resolution.granularity != "quarter", let other = otherPeriod,
        found[other].resolution.granularity == "month", found[other].resolution.inferred == "year",
        let here = sentence?(found[k].start), here == sentence?(found[other].start),
        quarterToken.map({ sentence?($0) != here }) ?? true
      {
        sameAs(&found[k].resolution, found[other].resolution, years: context.shift)
        return
      }
      // ("will post a loss for the third quarter. In the same quarter a year ago": a
      // quarter named, though still under way, for a mention that names one)
      // (and a quarter its own sentence names, though under way or ahead: "Demand in the
      // fourth quarter is expected to be lower than in the same period of 2007", "Output in
      // the third quarter is expected to fall 20 percent from a year earlier")
      let namedHere = quarterToken.map { sentence?($0) == sentence?(found[k].start) } == true
      // (the quarter its own sentence names first, though a quarter under discussion came
      // before: "Last year's fourth-quarter report came out Nov. 14. In the third quarter,
      // Ransom earned $6.1 million, compared with $8.3 million a year earlier")
      // (one begun by the paper's day or told ahead: a fiscal quarter ahead of the paper, told
      // in the past, is no comparison's)
      // (read only for a quarter named here: the tense scan is not free)
      func namedBegun() -> Bool {
        namedQuarter.map { q in anchor.map { !($0 < Day(q.year, 3 * q.q - 2, 1)) } ?? true } ?? false
          || quarterToken.map { tense?($0, $0 + 1) != -1 } ?? false
      }
      guard let base = (namedHere && namedBegun() ? namedQuarter : nil) ?? quarter
        ?? (context.namesQuarter || namedHere ? namedQuarter : nil)
      else {
        // "lost $2 million in the quarter, against a profit a year earlier": the
        // quarter of the publication that "the quarter" names is the one under
        // discussion from here on
        if context.shift == 0, context.step == 0, !context.samePeriod, context.year == nil,
          context.quarter == nil, found[k].resolution.granularity == "quarter",
          let v = found[k].resolution.value, let q = Self.quarterNumber(v),
          let y = ContextResolver.leadingYear(v)
        {
          quarter = (y, q)
          quarterToken = found[k].start
          otherPeriod = nil
          return
        }
        // no quarter named: "in 1997, up 2 percent from a year earlier"
        if context.sameSentence, let y = statedYear, let at = statedYearToken,
          sentence?(found[k].start) == sentence?(at)
        {
          setYear(&found[k].resolution, y + context.shift)
        } else if context.sameSentence, let ry = relativeYearOfSentence(found, k) {
          // "Last year, it received 6,120 applications, up 14 percent from a year earlier"
          setYear(&found[k].resolution, ry + context.shift)
        } else if context.sameSentence, let y = storyYear(openingEarlier: found[k]) {
          // "In 1990 the plant closed. A year earlier, it had cut 500 jobs": the story's year
          setYear(&found[k].resolution, y + context.shift)
        } else if context.samePeriod, context.year == nil, quarterToken == nil, otherPeriod == nil,
          let anchor
        {
          // "delivered three convoys since the start of the year, compared with 40 in the same
          // period a year earlier": with no quarter nor other period named, the year before
          setYear(&found[k].resolution, anchor.year + context.shift)
        }
        return
      }
      if found[k].resolution.value != nil, let other = otherPeriodSentence,
        sentence?(found[k].start) == other
      {
        return
      }
      // ("the latest quarter" is no quarter of a year before the last one over's:
      // that one, the resolver's, stays, and is the quarter under discussion from here on)
      if context.latest, let anchor, base.year < (anchor.year * 4 + (anchor.month - 1) / 3 - 1) / 4 {
        if let v = found[k].resolution.value, let q = Self.quarterNumber(v),
          let y = ContextResolver.leadingYear(v)
        {
          quarter = (y, q)
          quarterToken = found[k].start
        }
        return
      }
      // "the previous quarter": `step` quarters from the one last named
      let n = (context.year ?? base.year + context.shift) * 4 + (context.quarter ?? base.q) - 1
        + context.step
      let y = n / 4
      let q = n % 4 + 1
      found[k].resolution.value = "\(Format.year(y))-Q\(q)"
      found[k].resolution.granularity = "quarter"
      found[k].resolution.startDay = Day(y, 3 * q - 2, 1)
      found[k].resolution.anchoredToText = true
  }
  /// The first mention of the sentence of mention `k` before it that is no length, if any
  /// (read back within the sentence only).
  private func firstPeriodOfSentence(_ found: Mentions, before k: Int) -> Int? {
    guard let here = sentence?(found[k].start) else { return nil }
    var first: Int?
    var j = k - 1
    while j >= 0, sentence?(found[j].start) == here {
      if found[j].resolution.type != "duration" { first = j }
      j -= 1
    }
    return first
  }

  /// The year of the story's latest date (a year stated, a month or a day named) in the
  /// two sentences before a mention counted from the text ("earlier", "before that") that
  /// opens its sentence ("A year earlier, ..."); nil for any other mention.
  private func storyYear(openingEarlier f: DateExtractor.Found) -> Int? {
    guard let sentence, let here = sentence(f.start),
      ContextResolver.leadsSentence(f.start, within: 1, sentence)
    else { return nil }
    var best: (token: Int, year: Int)?
    func consider(_ token: Int?, _ year: Int?) {
      guard let token, let year, token < f.start, let there = sentence(token), here - there <= 2,
        best.map({ token > $0.token }) ?? true
      else { return }
      best = (token, year)
    }
    consider(statedYearToken, statedYear)
    consider(lastMonthToken, lastMonth?.year)
    consider(lastDayToken, lastDay?.year)
    consider(relativeYear?.token, relativeYear?.year)
    return best?.year
  }

  /// The year of a relative year ("Last year", "Two years ago") earlier in the sentence of
  /// mention `k`, with no year stated after it, if any.
  private func relativeYearOfSentence(_ found: Mentions, _ k: Int) -> Int? {
    guard let (ry, rt) = relativeYear, statedYearToken.map({ $0 < rt }) ?? true,
      let here = sentence?(found[k].start), here == sentence?(rt),
      found[..<k].last(where: { $0.start == rt })?.resolution.granularity == "year"
    else { return nil }
    return ry
  }

  /// A day counted from the day last named ("the next day", "the following Monday").
  private mutating func readDay(_ found: Mentions, _ k: Int, _ context: TextContext) {
      // "stood at 7.12% last week, compared with 7.19% a week earlier": whole weeks
      // from the week last named after the day last named
      if found[k].resolution.granularity == "week", context.shift % 7 == 0,
        let monday = weekToCountFrom(found[k].start, context)
      {
        let base = monday.adding(days: context.shift)
        let (iy, iw) = base.isoWeek
        found[k].resolution.value = base.isoWeekString
        found[k].resolution.startDay = Day.monday(isoYear: iy, week: iw)
        found[k].resolution.anchoredToText = true
        return
      }
      // "In November, Iraq expelled them, and they returned about two weeks
      // later": no day to count from but the story's month, a length of time
      // ("last month ... 3 weeks later" counts from the paper: no story month)
      if let length = context.unanchored, monthAfterDay {
        becomeDuration(&found[k].resolution, length)
        return
      }
      // ("the holiday" names the day before it, whatever its tense: `near-only` text days)
      let named = context.nearOnly && context.textOnly
      guard let base = lastDay, named || !aheadOfOldDay(base, found[k].start, found[k].end, anchor, tense)
      else {
        // ("that day" after no day of the text at all: no date; with no publication
        // date, the days named may have stayed unresolved)
        if context.textOnly, anchor != nil, !(0..<k).contains(where: { j in
          ContextResolver.isDateType(found[j].resolution.type)
            && ContextResolver.isDayLike(found[j].resolution.granularity)
        }) {
          found[k].dropped = true
        }
        return
      }
      if context.nearOnly {
        guard let here = sentence?(found[k].start), let there = lastDayToken.flatMap({ sentence?($0) }),
          here - there <= 1
        else {
          // (a day of the text only, and none near: no date, "the holiday" named none)
          if context.textOnly { found[k].dropped = true }
          return
        }
      }
      if context.recentOnly {
        guard let anchor, base < anchor else { return }
        if base < anchor.adding(days: -31) {
          guard context.orNear, let here = sentence?(found[k].start),
            let there = lastDayToken.flatMap({ sentence?($0) }), here - there <= 1
          else { return }
        }
      }
      if context.afterAnchor {
        guard let anchor, !(base < anchor), let here = sentence?(found[k].start),
          here == lastDayToken.flatMap({ sentence?($0) })
        else { return }
      }
      // "the next morning": shift days; "the following Monday": the first Monday after;
      // "the previous Thursday": the last Thursday before
      let d: Day
      switch context.kind {
      case .day: d = base.adding(months: context.months).adding(days: context.shift)
      case .weekdayAfter where context.sameOrAfter:
        // "that Wednesday": the day itself or the first such weekday after it
        d = base.adding(days: (context.shift - base.weekday + 7) % 7)
      case .weekdayAfter: d = base.adding(days: (context.shift - base.weekday + 6) % 7 + 1)
      default: d = base.adding(days: -((base.weekday - context.shift + 6) % 7 + 1))
      }
      if context.notPastAnchor, let anchor, anchor < d { return }
      if moveToDay(&found[k].resolution, d) {
        noteDay(d, at: found[k].start)
        // "Jan. 17 ... Two weeks later ... A month after that": the story moves on
        noteMonth(Day(d.year, d.month, 1), at: found[k].start)
        // "At 1:40 the next morning ... Nearly three hours later"
        if let minutes = found[k].resolution.clock, found[k].resolution.clockEnd == nil,
          found[k].resolution.type == "datetime"
        {
          lastClock = (d, minutes * 60, found[k].start)
        }
      }
  }
  /// The week or weekend of the day last named ("that weekend", "the following week").
  private mutating func readWeekOfDay(_ found: Mentions, _ k: Int, _ context: TextContext) {
      // (the week it names is the week last named: "for the week, after falling 3%
      // the week before")
      defer {
        if !context.weekend, let monday = found[k].resolution.value.flatMap(Self.monday(ofWeek:)) {
          lastWeek = (monday, found[k].start)
        }
      }
      var base: Day
      if context.isoYearsBack > 0 {
        // "the same week last year": the week last named (else the day's) a year back
        if let week = lastWeek, week.token > lastDayToken ?? -1 {
          base = week.monday.sameISOWeek(yearsBack: context.isoYearsBack)
        } else {
          guard let day = lastDay, !aheadOfOldDay(day, found[k].start, found[k].end, anchor, tense)
          else { return }
          base = day.sameISOWeek(yearsBack: context.isoYearsBack)
        }
      } else if let monday = weekToCountFrom(found[k].start, context) {
        // ("early next week ... the following weekend": that week's own weekend)
        base = monday.adding(days: context.weekend ? 0 : context.shift)
      } else {
        guard let day = lastDay, !aheadOfOldDay(day, found[k].start, found[k].end, anchor, tense)
        else { return }
        if context.beforeAnchor, let anchor, !(day < anchor) { return }
        // "the following weekend" after a weekday is the weekend of its own week
        let weekdayBefore = context.weekend && context.shift == 7 && day.weekday < 6
        base = day.adding(days: weekdayBefore ? 0 : context.shift)
      }
      let (iy, iw) = base.isoWeek
      found[k].resolution.value = base.isoWeekString + (context.weekend ? "-WE" : "")
      found[k].resolution.startDay = Day.monday(isoYear: iy, week: iw).adding(days: context.weekend ? 5 : 0)
      found[k].resolution.anchoredToText = true
      found[k].resolution.anchored = true
  }

  /// The Monday of the week last named when "the week before" (or "the week after")
  /// at token `token` counts from it rather than from a day: "Sales fell last week,
  /// after rising the week before" (a week before a week gone by, or after one ahead,
  /// named after the day last named, in the same sentence or the one before;
  /// "forecast that next week would not be much better than the previous week"
  /// counts from the paper's).
  /// (A weekend counts from it only as "the following weekend", the week's own.)
  private func weekToCountFrom(_ token: Int, _ context: TextContext) -> Day? {
    guard !context.weekend || context.shift == 7, context.shift != 0, let week = lastWeek,
      let paperWeek = anchor.map({ $0.adding(days: 1 - $0.weekday) }),
      context.shift < 0 ? week.monday < paperWeek : paperWeek < week.monday,
      week.token > lastDayToken ?? -1,
      let here = sentence?(token), let there = sentence?(week.token), here - there <= 1
    else { return nil }
    return week.monday
  }
  /// A month counted from the month last named ("the following month", "the 20th of that month").
  private mutating func readMonth(_ found: Mentions, _ k: Int, _ context: TextContext) {
      guard let base = lastMonth else {
        // "In 1992 ... A month later": no month named, a length of time
        if let length = context.unanchored { becomeDuration(&found[k].resolution, length) }
        return
      }
      if context.sameSentence, lastMonthToken == nil
        || sentence?(found[k].start) != lastMonthToken.flatMap({ sentence?($0) })
      {
        return
      }
      let m = base.adding(months: context.shift)
      if let dd = context.dayOfMonth {
        // the month's own day, if it has one ("the 31st" of June does not move)
        guard Day.isValid(m.year, m.month, dd) else { return }
        let d = Day(m.year, m.month, dd)
        // "ended Dec. 31, and results will be released on the 20th" in a January
        // paper: a future day is no day of a month gone by
        if let anchor, d < anchor, tense?(found[k].start, found[k].end) == 1 { return }
        if moveToDay(&found[k].resolution, d) {
          noteDay(d, at: found[k].start)
        }
        return
      }
      found[k].resolution.value = "\(Format.year(m.year))-\(Format.two(m.month))"
      found[k].resolution.granularity = "month"
      found[k].resolution.startDay = m
      found[k].resolution.anchoredToText = true
      if context.unanchored != nil {
        // "A month later ... Two months after that": counted on from this one
        noteMonth(m, at: found[k].start)
        monthAfterDay = true
      }
  }
  /// A time counted from the clock time last read ("an hour later").
  private mutating func readClock(_ found: Mentions, _ k: Int, _ context: TextContext) {
      // only a clock of this sentence or the two before ("at 4:52 p.m. ... It
      // stayed down for 22 minutes. An hour later"): a time further back may
      // belong to another event
      guard let clock = lastClock, let here = sentence?(found[k].start),
        let there = sentence?(clock.token), here - there <= 2
      else {
        // no clock to count from: "It reached a verdict the following Tuesday.
        // Half an hour later, ..." is that day (not the paper's)
        if let d = lastDay, found[k].resolution.granularity == "day", abs(context.shift) < 3600 * 12 {
          _ = moveToDay(&found[k].resolution, d)
        } else if let d = lastDay, let anchor, !(anchor < d), abs(context.shift) < 3600 * 12,
          d < anchor || tense?(found[k].start, found[k].end) == -1
        {
          // a paper with a clock: "On Oct. 4 the rebels struck. Ten hours later" is
          // that day too, not ten hours after the paper's time
          found[k].resolution.value = d.iso
          found[k].resolution.type = "date"
          found[k].resolution.granularity = "day"
          found[k].resolution.clock = nil
          found[k].resolution.startDay = d
          found[k].resolution.anchoredToText = true
        } else if lastDay == nil, let anchor, context.shift > 0, context.shift < 3600 * 12,
          found[k].resolution.clock != nil || found[k].resolution.granularity != "day",
          tense?(found[k].start, found[k].end) == -1
        {
          // "Three minutes later, the champions struck" with no clock or day in the
          // story: the paper's day, not minutes after the paper's own time
          found[k].resolution.value = anchor.iso
          found[k].resolution.type = "date"
          found[k].resolution.granularity = "day"
          found[k].resolution.clock = nil
          found[k].resolution.startDay = anchor
        }
        return
      }
      // a bare clock counted past midnight ("at 9:45 p.m. A freighter arrived
      // four hours later") lands on the day after the story's day
      var clockDay = clock.day
      let total = clock.seconds + context.shift
      if clockDay == nil, total >= 86400 || total < 0 { clockDay = lastDay }
      let moved = moveClock(&found[k].resolution, clockDay, total)
      lastClock = (moved, total, found[k].start)
  }
  /// A year counted from the year last stated ("the following year", "the year before").
  private mutating func readYear(_ found: Mentions, _ k: Int, _ context: TextContext) {
      if context.followingSeason, let start = found[k].resolution.startDay {
        // (a year stated after the month last named counts: "fired on July 17. He was
        // charged in 1996, and the case was dropped the following January" = 1997)
        let yearLater = statedYearToken.map { y in lastMonthToken.map { y > $0 } ?? true } ?? false
        guard let y = yearLater ? statedYear.map({ $0 + 1 })
          : lastMonth.map({ $0.year + ($0.month >= start.month ? 1 : 0) }) ?? statedYear.map({ $0 + 1 })
        else { return }
        setYear(&found[k].resolution, y)
        noteMonth(Day(y, start.month, 1), at: found[k].start)
        return
      }
      // "posted a fourth-quarter loss ... For the year, it earned $2.7 billion"
      // in a spring paper: the year that quarter closed
      if context.sameSentence, Self.yearPeriodRules.contains(found[k].rule), let q = quarter, q.q == 4,
        let anchor, q.year == anchor.year - 1, anchor.month <= 4,
        statedYear.map({ $0 < q.year }) ?? true,
        found[k].resolution.value.flatMap(ContextResolver.leadingYear) == anchor.year,
        tense?(found[k].start, found[k].end) == -1
      {
        setYear(&found[k].resolution, q.year)
        return
      }
      // "Last November saw 300,000 barrels a day, double the previous year": the
      // year of a relative date earlier in its sentence, after any year stated
      // (and "N years earlier": "Sales fell last year to $610 million from $720 million two
      // years earlier")
      if found[k].rule == "date.text-year" || found[k].rule == "date.ago" || found[k].rule == "date.later",
        let (ry, rt) = relativeYear,
        statedYearToken.map({ $0 < rt }) ?? true,
        let here = sentence?(found[k].start), here == sentence?(rt)
      {
        setYear(&found[k].resolution, ry + context.shift)
        return
      }
      // "Two years ago, the company earned a record $68 million for the full year": the year
      // a relative year earlier in the sentence names, with no year stated after it, in a
      // past sentence (not "cut jobs last year and would hire more by the end of the year")
      if context.sameSentence, Self.yearPeriodRules.contains(found[k].rule),
        found[k].resolution.granularity == "year", found[k].resolution.mod == nil,
        let ry = relativeYearOfSentence(found, k), let anchor, ry < anchor.year,
        tense?(found[k].start, found[k].end) == -1
      {
        setYear(&found[k].resolution, ry + context.shift)
        return
      }
      // "Last year the House upheld it on July 20. The year before, the margin was wider": a
      // year of the text opening its sentence, no year stated, counts from the story's latest
      // date of the two sentences before
      if found[k].rule == "date.text-year", statedYear == nil, let y = storyYear(openingEarlier: found[k]) {
        setYear(&found[k].resolution, y + context.shift)
        return
      }
      guard let base = statedYear else {
        if let length = context.unanchored { becomeDuration(&found[k].resolution, length) }
        // "For the year, net income rose 12%" in a February paper: the year over
        else if context.sameSentence, Self.yearPeriodRules.contains(found[k].rule),
          found[k].resolution.granularity == "year"
        {
          lastYearEarly(&found[k], anchor: anchor, statedYear: nil, tense: tense)
        }
        return
      }
      if context.sameSentence, statedYearToken == nil
        || sentence?(found[k].start) != statedYearToken.flatMap({ sentence?($0) })
      {
        if Self.yearPeriodRules.contains(found[k].rule), found[k].resolution.granularity == "year" {
          lastYearEarly(&found[k], anchor: anchor, statedYear: statedYear, tense: tense)
        }
        return
      }
      if let floor = context.notBefore, base + context.shift < floor { return }
      if statedYearAfterSince, !context.sinceBase { return }
      setYear(&found[k].resolution, base + context.shift)
      // (a year counted from a fiscal year is one too: "fiscal 2007 ... the year before" = FY2006)
      if found[k].rule == "date.text-year", fiscalYearToken != nil, fiscalYearToken == statedYearToken {
        found[k].resolution.value = "FY" + Format.year(base + context.shift)
      }
      // "married in 1990 and divorced five years later; a year after that she
      // remarried": a year counted on from the story's moves the story on (so does
      // "the following year": "... and a decade later" counts from it)
      if context.shift > 0, found[k].rule == "date.later" || found[k].rule == "date.text-year" {
        statedYear = base + context.shift
        statedYearAfterSince = false
        statedYearToken = found[k].start
      }
  }

  /// A decade counted from the decade last named, or from the year last stated
  /// ("In the 1970s ... the following decade" = 198, "In 1987 ... later that decade" =
  /// 198 END); with neither, the mention keeps its reading from the paper's day.
  private mutating func readDecade(_ found: Mentions, _ k: Int, _ context: TextContext) {
    // (for "the decade" of a past sentence, a year stated in an earlier decade than the
    // paper's counts too: "her first book in the autumn of 1946. By the end of the decade
    // the press was issuing a dozen titles" = 194)
    let fromYear = statedYear.flatMap { y in statedYearToken.map { (decade: y / 10, token: $0) } }
      .flatMap { year in
        !context.namedDecadeOnly || anchor.map({ year.decade < $0.year / 10 }) == true ? year : nil
      }
    let base: Int
    switch (namedDecade, fromYear) {
    case let (named?, year?): base = named.token > year.token ? named.decade : year.decade
    case let (named?, nil): base = named.decade
    case let (nil, year?): base = year.decade
    default: return
    }
    let decade = base + context.shift
    guard decade >= 0 else { return }
    found[k].resolution.type = "date"
    found[k].resolution.value = "\(decade)"
    found[k].resolution.granularity = "decade"
    found[k].resolution.startDay = Day(decade * 10, 1, 1)
    found[k].resolution.direction = nil
    found[k].resolution.anchoredToText = true
    if context.shift != 0 { namedDecade = (decade, found[k].start) }
  }

  /// Notes a period other than a quarter and a clock time; a bare clock after an
  /// evening one of its sentence is in the evening.
  private mutating func notePeriodsAndClocks(_ found: Mentions, _ k: Int) {
    if isOtherPeriod(found[k].resolution) {
      if let sentence { otherPeriodSentence = sentence(found[k].start) }
      if found[k].resolution.type == "duration" {
        if quarter == nil { monthsLength = true }
        monthsLengthToken = found[k].start
        // "last month ... in the first 8 months of 2021 ... the same period in
        // 2020": the length is the period now compared, not the month before it
        otherPeriod = nil
      }
    }
    // "trailing at 7 p.m., but by 10:30 ...", "left at 8:38 p.m. Friday and vanished
    // about 9:40": a bare clock of 1-11 after an evening one of its sentence (or
    // the one before) and later than it, or up to three hours earlier ("hit at 10:40
    // p.m. Friday. The sirens sounded at 10:30"), is in the evening, on its day (not one
    // told in GMT or UTC, on the 24-hour clock: "2 p.m. local time (11:00 GMT)")
    if let minutes = found[k].resolution.clock, found[k].resolution.clockEnd == nil,
      found[k].resolution.type == "time", !found[k].resolution.meridiemStated,
      found[k].resolution.utcMinutes != 0,
      (60..<720).contains(minutes), let last = lastClock, last.seconds >= 720 * 60,
      (minutes + 720) * 60 > last.seconds - 3 * 3600, let here = sentence?(found[k].start),
      let there = sentence?(last.token), here - there <= 1
    {
      _ = moveClock(&found[k].resolution, last.day, (minutes + 720) * 60)
    }
    // "Welcome to our coverage tonight. ... The ball will drop at eleven o'clock": a bare
    // clock of 5-11 told in no past, up to two sentences after an evening or a night of a
    // day, is in that evening
    else if let minutes = found[k].resolution.clock, found[k].resolution.clockEnd == nil,
      found[k].resolution.type == "time", !found[k].resolution.meridiemStated,
      found[k].resolution.utcMinutes != 0, (300..<720).contains(minutes), let evening = lastEvening,
      let here = sentence?(found[k].start), let there = sentence?(evening.token), (0...2).contains(here - there),
      tense?(found[k].start, found[k].end) != -1
    {
      _ = moveClock(&found[k].resolution, evening.day, (minutes + 720) * 60)
    }
    if found[k].resolution.type == "datetime", found[k].resolution.granularity == "part-of-day",
      let value = found[k].resolution.value, value.hasSuffix("TNI") || value.hasSuffix("TEV"),
      let day = found[k].resolution.startDay
    {
      lastEvening = (day, found[k].start)
    }
    // a clock time, with its day unless it is a bare time (read from the
    // resolution's fields: parsing every value would cost more)
    if let minutes = found[k].resolution.clock, found[k].resolution.clockEnd == nil {
      let type = found[k].resolution.type
      if type == "time" || type == "datetime" {
        lastClock = (type == "time" ? nil : found[k].resolution.startDay, minutes * 60, found[k].start)
      }
    } else if found[k].resolution.type == "datetime", found[k].resolution.granularity == "time",
      let day = found[k].resolution.startDay, let minutes = DateResolver.clock(ofValue: found[k].resolution.value)
    {
      // a clock inside a date's own pattern ("2:15 a.m. on April 14")
      lastClock = (day, minutes * 60, found[k].start)
    }
  }

  /// A day or month with no year in a past sentence, in the year of the story day or
  /// year named just before it (not one counted from the paper: "a founder of the 1962
  /// club died last June").
  private mutating func carryStoryYears(_ found: Mentions, _ k: Int) {
    guard found[k].resolution.inferred == "year", !found[k].resolution.paperRelative else { return }
    // "killed on June 12, 1994. He was arrested five days later, on June 17": a day
    // of the month with no year in the same or the next sentence goes on from it (or in
    // the one after, with no mention between: "came ashore on June 6, 1944. They held the
    // beach. By June 9 they had lost a third of their men"), unless a later month came
    // between ("expired on March 31, 2000. A board appointed in December ... rejected its
    // report on Feb. 2" is the next February)
    if let full = statedDay, let anchor,
      !(lastMonthToken.map { $0 > full.token } == true
        && lastMonth.map { Day(full.day.year, full.day.month, 1) < $0 } == true),
      found[k].rule.hasPrefix("date.month-day"), tense?(found[k].start, found[k].end) == -1,
      let d = found[k].resolution.startDay,
      ContextResolver.isDayLike(found[k].resolution.granularity),
      let here = sentence?(found[k].start), let there = sentence?(full.token),
      here - there <= 1 || here - there == 2 && k > 0 && found[k - 1].start == full.token
    {
      // (the story goes on, into the next year for an earlier day of the month; but a day up
      // to two months before the stated one is looked back to: "sank on March 19, 1998. It
      // left port on March 16"; "sank on Jan. 19, 1998. It left port on Dec. 16" = 1997)
      var y = full.day.year + (d.month * 100 + d.day < full.day.month * 100 + full.day.day ? 1 : 0)
      for back in [full.day.year, full.day.year - 1] where Day.isValid(back, d.month, d.day) {
        let gap = full.day.ordinal - Day(back, d.month, d.day).ordinal
        if gap >= 0, gap <= 60 { y = back }
      }
      if Day.isValid(y, d.month, d.day), y != d.year, Day(y, d.month, d.day) < anchor,
        moveToDay(&found[k].resolution, Day(y, d.month, d.day))
      {
        statedDay = (Day(y, d.month, d.day), found[k].start)
      }
    }
    // "The war ended in April 1975. On April 30, the last helicopter left": a day of
    // the month with no year, past, in the sentence of a month stated with an earlier
    // year or the next, is in that year (the year after, for an earlier month)
    // (not past a later month told from the paper: "threats in May 1999 and again last
    // December. Israel withdrew on May 24" is the May after that December)
    if statedDay.map({ $0.token < (statedMonth?.token ?? -1) }) ?? true,
      let stated = statedMonth, let anchor,
      !(lastMonthToken.map { $0 > stated.token } == true && lastMonth.map { stated.month < $0 } == true),
      found[k].rule.hasPrefix("date.month-day"), tense?(found[k].start, found[k].end) == -1,
      let d = found[k].resolution.startDay,
      ContextResolver.isDayLike(found[k].resolution.granularity),
      let here = sentence?(found[k].start), let there = sentence?(stated.token), here - there <= 1
    {
      let y = stated.month.year + (d.month < stated.month.month ? 1 : 0)
      // (into the next year only for a month up to three after: "began in November
      // 1974. On Jan. 3 ..."; not "was elected in October 1992. Teachers struck on May 2",
      // the story's own year)
      if d.month >= stated.month.month || d.month + 12 - stated.month.month <= 3,
        Day.isValid(y, d.month, d.day), y != d.year, Day(y, d.month, d.day) < anchor,
        moveToDay(&found[k].resolution, Day(y, d.month, d.day))
      {
        statedDay = (Day(y, d.month, d.day), found[k].start)
      }
    }
    // "The fraud came to light in the spring of 2022. The regulator went to the police in
    // the summer": a bare season, past, in the sentence of a month or season stated with
    // an earlier year or the next, is that year's (the year after, for an earlier one)
    if let stated = statedMonth, let anchor, found[k].rule == "date.season",
      found[k].resolution.granularity == "season", found[k].resolution.mod == nil,
      tense?(found[k].start, found[k].end) == -1,
      let d = found[k].resolution.startDay, let value = found[k].resolution.value,
      value.utf8.count == 7, let here = sentence?(found[k].start),
      let there = sentence?(stated.token), here - there <= 1
    {
      let y = stated.month.year + (d.month < stated.month.month ? 1 : 0)
      if y != d.year, Day(y, d.month, 1) < anchor {
        found[k].resolution.value = Format.year(y) + value.dropFirst(4)
        found[k].resolution.startDay = Day(y, d.month, 1)
        found[k].resolution.anchoredToText = true
      }
    }
    // "The last strike began in May 1998 and ended in July": a bare month, past, later in
    // the sentence of a month stated with an earlier year, is in that year
    if let stated = statedMonth, let anchor, found[k].rule == "date.month",
      found[k].resolution.granularity == "month", Self.edgeMods.contains(found[k].resolution.mod ?? ""),
      tense?(found[k].start, found[k].end) == -1,
      let d = found[k].resolution.startDay, let value = found[k].resolution.value, value.utf8.count == 7,
      d.month > stated.month.month, d.year != stated.month.year, Day(stated.month.year, d.month, 1) < anchor,
      let here = sentence?(found[k].start), here == sentence?(stated.token)
    {
      found[k].resolution.value = Format.year(stated.month.year) + value.dropFirst(4)
      found[k].resolution.startDay = Day(stated.month.year, d.month, 1)
      found[k].resolution.anchoredToText = true
    }
    // "The coup began on Aug. 19, 1991. ... His resignation in December ended the
    // union" (a 1996 paper): a bare month, past, later in the year of a fully dated
    // day of the story over a year before the paper's, up to two sentences on, is
    // in that year (the paper's own months would be "last December"); so is a bare season
    // ("The strike began on July 14, 1959. Talks dragged on in the fall")
    if let full = statedDay, let anchor,
      found[k].rule == "date.month" && found[k].resolution.granularity == "month"
        || found[k].rule == "date.season" && found[k].resolution.granularity == "season",
      found[k].resolution.mod == nil, full.day.year < anchor.year - 1,
      let d = found[k].resolution.startDay, d.year != full.day.year,
      d.month > full.day.month, tense?(found[k].start, found[k].end) == -1,
      let here = sentence?(found[k].start), let there = sentence?(full.token),
      here - there <= 2, let value = found[k].resolution.value, value.utf8.count == 7
    {
      found[k].resolution.value = Format.year(full.day.year) + value.dropFirst(4)
      found[k].resolution.startDay = Day(full.day.year, d.month, 1)
      found[k].resolution.anchoredToText = true
    }
    // "In 1991, the vote came on January 12th": a day of the month with no year,
    // past, right after a bare earlier year of its sentence is in that year
    // ("Last year it ran two weeks past its deadline, finishing on May 1": lengths
    // of time between them do not count)
    if let (y, at) = sentenceYear, let anchor,
      found[k].rule.hasPrefix("date.month-day"), y < anchor.year,
      pastInYear(found[k], yearAt: at),
      let d = found[k].resolution.startDay, d.year != y, Day.isValid(y, d.month, d.day),
      ContextResolver.isDayLike(found[k].resolution.granularity),
      inYearSentence(found[k], yearAt: at),
      moveToDay(&found[k].resolution, Day(y, d.month, d.day))
    {
      statedDay = (Day(y, d.month, d.day), found[k].start)
    }
    // "Sales fell in the third quarter of 2019 and rose in the fourth quarter": a
    // bare quarter, past, after a date of its sentence with an earlier year stated
    // is in that year
    if let y = statedYear, let at = statedYearToken, let anchor, y < anchor.year,
      found[k].rule == "date.quarter", found[k].resolution.granularity == "quarter",
      found[k].resolution.mod == nil, let value = found[k].resolution.value,
      ContextResolver.leadingYear(value) != y, value.utf8.count == 7,
      tense?(found[k].start, found[k].end) == -1,
      inYearSentence(found[k], yearAt: at)
    {
      found[k].resolution.value = Format.year(y) + value.dropFirst(4)
      found[k].resolution.startDay = found[k].resolution.startDay.map { Day(y, $0.month, 1) }
      found[k].resolution.anchoredToText = true
    }
    // "In 1995, prices peaked in March", "In 1985, the strike began in the spring": a bare
    // month or season likewise (so "in late October", "in early spring")
    if let (y, at) = sentenceYear, let anchor, y < anchor.year,
      found[k].rule == "date.month" && found[k].resolution.granularity == "month"
        || found[k].rule == "date.season" && found[k].resolution.granularity == "season",
      Self.edgeMods.contains(found[k].resolution.mod ?? ""), let d = found[k].resolution.startDay, d.year != y,
      pastInYear(found[k], yearAt: at),
      inYearSentence(found[k], yearAt: at),
      let value = found[k].resolution.value, value.utf8.count == 7
    {
      found[k].resolution.value = Format.year(y) + value.dropFirst(4)
      found[k].resolution.startDay = Day(y, d.month, 1)
      found[k].resolution.anchoredToText = true
    }
    // "Last year, shipments fell from March through June": a range of months or days
    // with no year likewise, both ends moved together
    if let (y, at) = sentenceYear, let anchor, y < anchor.year,
      found[k].rule == "range.date.month" || found[k].rule.hasPrefix("range.date.month-day"),
      found[k].resolution.type == "range", let d = found[k].resolution.startDay, d.year != y,
      pastInYear(found[k], yearAt: at),
      inYearSentence(found[k], yearAt: at)
    {
      let base = found[k].resolution
      sameAs(&found[k].resolution, base, years: y - d.year)
    }
    // "In 1987, the company cut prices after Labor Day": a holiday likewise, on its
    // day of that year
    // (and a day next to it: "Ten years ago, this street was packed the day after
    // Thanksgiving")
    if let (y, at) = sentenceYear, let anchor, y < anchor.year,
      found[k].rule == "date.holiday" || found[k].rule == "date.holiday+next-day",
      let holiday = found[k].resolution.holiday,
      let d = found[k].resolution.startDay, d.year != y,
      pastInYear(found[k], yearAt: at),
      inYearSentence(found[k], yearAt: at),
      let period = HolidayCalendar.period(Substring(holiday), year: y), period.end == nil,
      let own = HolidayCalendar.period(Substring(holiday), year: d.year)?.start,
      abs(d.ordinal - own.ordinal) <= 1
    {
      _ = moveToDay(&found[k].resolution, period.start.adding(days: d.ordinal - own.ordinal))
    }
  }

  /// No mod, or one of a period's part ("late October", "early spring").
  static let edgeMods: Set<String> = ["", "START", "MID", "END"]

  /// Whether mention `f` lies in the sentence of the year at token `at`, or in the next
  /// one when that opens with a pronoun and is told in the past ("The storm of 1991
  /// dropped 28 inches. It began on Oct. 31"), and not outside a relative clause that
  /// holds the year.
  private func inYearSentence(_ f: DateExtractor.Found, yearAt at: Int) -> Bool {
    guard let here = sentence?(f.start), let there = sentence?(at) else { return false }
    // (a year of a relative clause set off by commas frames only that clause: "The chain,
    // which was founded in 1988, said Monday that profit in the third quarter rose")
    if let clause = relativeClause?(at), !clause.contains(f.start) { return false }
    if here == there { return true }
    return here == there + 1 && pronounOpens?(f.start) == true && tense?(f.start, f.end) == -1
  }

  /// Whether mention `f` is past, or has no tense in a sentence that the bare year
  /// at token `at` opens ("In 1987, the company cut prices in March"; not "Sales
  /// topped $1 billion in 1987 and may double by March"), or is a plan told from the
  /// past in such a sentence ("In 2017, the trial was set to begin in May").
  private func pastInYear(_ f: DateExtractor.Found, yearAt at: Int) -> Bool {
    guard let tense = tense?(f.start, f.end) else { return false }
    if tense == 1 {
      return pastPlan?(f.start) == true && ContextResolver.leadsSentence(at, within: 2, sentence)
    }
    return tense == -1 || ContextResolver.leadsSentence(at, within: 2, sentence)
  }

  /// Notes the year, month, day, quarter and periods the mention states.
  private mutating func note(_ found: Mentions, _ k: Int) {
    if found[k].resolution.type != "duration" { sentenceYear = nil }
    // a point right after "since" over a year before the paper opens a stretch up to
    // now, a record's base: no time the story is told in ("at its lowest since 1987 and
    // fell again in October", "the biggest drop since the fourth quarter of 1986. ... a
    // year earlier"); only its stated year, so marked (a recent one still counts: "has
    // been there since Aug. 14. Now it's three months later")
    if found[k].resolution.afterSince, let anchor,
      (found[k].resolution.startDay ?? anchor) < anchor.adding(days: -366)
    {
      if !found[k].resolution.anchored, found[k].resolution.inferred == nil,
        ContextResolver.isDateType(found[k].resolution.type),
        let y = found[k].resolution.value.flatMap(ContextResolver.leadingYear)
      {
        statedYear = y
        statedYearAfterSince = true
        statedYearToken = found[k].start
      }
      return
    }
    let bareYear = found[k].resolution.granularity == "year" && found[k].resolution.mod == nil
      && (found[k].rule.hasPrefix("date.year") && !found[k].resolution.anchored
        && found[k].resolution.inferred == nil || found[k].rule == "date.period"
        // ("Three years ago, students had to wait until August 20": opening its sentence)
        || found[k].rule == "date.ago" && ContextResolver.leadsSentence(found[k].start, within: 1, sentence))
    // (and a season with its year stated: "In the spring of 1968, after King was killed
    // on April 4"; not a month's: "left in October 2000 and returned in December" keeps
    // its reading of the paper's, as the sentence set has it)
    // (so a quarter's: "The third quarter of 2020 ended on Sept. 30")
    let statedSeasonOrQuarter = (found[k].resolution.granularity == "season" || found[k].resolution.granularity == "quarter")
      && found[k].resolution.mod == nil && !found[k].resolution.anchored && found[k].resolution.inferred == nil
    // (not a year compared with: "Yields are up sharply from last year, because rains in
    // late July helped" is this July)
    // (nor "the past year", a stretch up to now)
    if bareYear || statedSeasonOrQuarter, comparedFrom?(found[k].start) != true,
      !found[k].resolution.stretchToNow,
      let y = found[k].resolution.value.flatMap(ContextResolver.leadingYear)
    {
      sentenceYear = (y, found[k].start)
    }
    // "exports fell in the first half of the year" in a January paper: last year's
    if found[k].resolution.granularity == "half", found[k].rule == "date.half" {
      lastYearEarly(&found[k], anchor: anchor, statedYear: statedYear, tense: tense)
      secondHalf(&found[k])
    }
    // read in place: copying the resolution would copy each of its strings
    let isDate = ContextResolver.isDateType(found[k].resolution.type)
    // (not a day of a figure compared with: "Volume swelled to 172 million shares from
    // 141.9 million Friday. ... late in the morning" is the story's day, not Friday)
    if let d = found[k].resolution.startDay, isDate,
      ContextResolver.isDayLike(found[k].resolution.granularity),
      !(found[k].rule.hasPrefix("date.weekday") && comparedFrom?(found[k].start) == true)
    {
      noteDay(d, at: found[k].start)
    }
    // "Hearings ran from Jan. 10 to Jan. 20. The judges retired two days later": a span of
    // days told from one day to another, in the past, goes on from its last day
    if found[k].resolution.type == "range", found[k].resolution.granularity == "day",
      found[k].rule.hasPrefix("range."), tense?(found[k].start, found[k].end) == -1,
      let value = found[k].resolution.value, let slash = value.firstIndex(of: "/"),
      value.utf8.count == 21, let end = TimeCombiner.day(value[value.index(after: slash)...])
    {
      noteDay(end, at: found[k].start)
    }
    // "will take place in the first week of August, and ministers could meet again later
    // that month": a week of a named month names that month (the month of its Thursday)
    if found[k].rule == "date.week-of", isDate, found[k].resolution.granularity == "week",
      let d = found[k].resolution.value.flatMap(Self.monday(ofWeek:))?.adding(days: 3)
    {
      noteMonth(Day(d.year, d.month, 1), at: found[k].start)
    }
    // (a month compared with in the sentence of the month last named is no month of the
    // story: "Sales rose in June, compared with 3.2% in May. ... the final two weeks of
    // the month" is June)
    if let d = found[k].resolution.startDay, isDate,
      found[k].resolution.granularity == "month"
        || ContextResolver.isDayLike(found[k].resolution.granularity),
      !(found[k].resolution.granularity == "month" && comparedFrom?(found[k].start) == true
        && lastMonthToken.map({ sentence?($0) == sentence?(found[k].start) }) == true)
    {
      noteMonth(Day(d.year, d.month, 1), at: found[k].start)
      if found[k].resolution.granularity == "month", found[k].rule != "date.period" {
        monthAfterDay = true
      }
    }
    // (a weekend names its week too: "over the weekend, up from the same weekend a year
    // earlier")
    if isDate, found[k].resolution.granularity == "week",
      let value = found[k].resolution.value,
      let monday = Self.monday(ofWeek: value.hasSuffix("-WE") ? String(value.dropLast(3)) : value)
    {
      lastWeek = (monday, found[k].start)
    }
    if isDate, found[k].resolution.granularity == "decade", !found[k].resolution.anchored,
      let value = found[k].resolution.value, value.utf8.count == 3, let decade = Int(value)
    {
      namedDecade = (decade, found[k].start)
    }
    // "in fiscal 2007, up from the year before": a fiscal year is the year last stated too
    if isDate, !found[k].resolution.anchored, let value = found[k].resolution.value, value.hasPrefix("FY"),
      let y = ContextResolver.leadingYear(String(value.dropFirst(2)))
    {
      statedYear = y
      statedYearAfterSince = false
      statedYearToken = found[k].start
      fiscalYearToken = found[k].start
      return
    }
    guard let y = found[k].resolution.value.flatMap(ContextResolver.leadingYear) else { return }
    if isDate, found[k].resolution.anchored, found[k].resolution.context == nil,
      found[k].resolution.granularity == "year" || found[k].resolution.granularity == "month"
    {
      relativeYear = (y, found[k].start)
    }
    // (a month compared with in the sentence of the one under discussion stays out: "The
    // August deficit was $10.8 billion, compared with $8.2 billion in July and $9.2
    // billion a year earlier" is the year-ago August)
    // (nor one still ahead: "Prices will rise in July. ... up from 9% during the year-ago
    // period" is the reported quarter's)
    if found[k].resolution.mod == nil, found[k].resolution.type != "datetime",
      found[k].resolution.granularity == "month" || found[k].resolution.granularity == "half",
      found[k].resolution.startDay.map({ d in anchor.map { d <= $0 } ?? true }) ?? true,
      !(comparedFrom?(found[k].start) == true
        && otherPeriod.map({ sentence?(found[$0].start) == sentence?(found[k].start) }) == true)
    {
      otherPeriod = k
    }
    if found[k].resolution.granularity == "quarter" {
      // a quarter named after a month ends that month's part as the period
      // compared ("whose fiscal year ends in June, posted a first-quarter loss ...
      // the same period last year" is no June)
      // (a quarter compared with in the sentence of the one under discussion stays
      // out: in "third-quarter sales rose 5% from the second quarter and 12% from a
      // year earlier" the year-ago quarter is the third's)
      // (from a sentence after it too, when it is the earlier quarter: "Pellham said
      // third-quarter profit rose. Load factor rose to 74%, up from 70% in the third quarter
      // of 1996. Unit costs fell 3% from a year ago" is 1996's third quarter)
      let thisQuarter = found[k].resolution.value.flatMap(Self.quarterNumber).map { y * 4 + $0 }
      let comparedOnly = quarter != nil && comparedFrom?(found[k].start) == true
        && (quarterToken.map({ sentence?($0) == sentence?(found[k].start) }) == true
          || thisQuarter.map({ t in quarter.map { t < $0.year * 4 + $0.q } ?? false }) == true)
      // (and one the paper's date put after the quarter its sentence named came before it:
      // "in the fourth quarter, up from 620 a month in the first quarter" in January is the
      // first quarter of the fourth's year; that named quarter, not one under discussion
      // from before: "will grow in the fourth quarter, down from 2.5% in the third quarter")
      if comparedOnly, let token = quarterToken,
        let named = found[..<k].last(where: { $0.start == token })?.resolution.value,
        let baseYear = ContextResolver.leadingYear(named), let baseQ = Self.quarterNumber(named),
        found[k].resolution.inferred?.contains("year") == true,
        let q = found[k].resolution.value.flatMap(Self.quarterNumber), y * 4 + q > baseYear * 4 + baseQ
      {
        let year = q < baseQ ? baseYear : baseYear - 1
        found[k].resolution.value = "\(Format.year(year))-Q\(q)"
        found[k].resolution.startDay = Day(year, 3 * q - 2, 1)
        found[k].resolution.anchoredToText = true
        found[k].resolution.direction = "past"
      }
      quarterToken = found[k].start
      otherPeriod = nil
      if !comparedOnly, let q = found[k].resolution.value.flatMap(Self.quarterNumber) { namedQuarter = (y, q) }
      // (nor one still ahead told with "will": "The strike will hit results in the third
      // quarter. Profit for the six months to June 30 ... a year earlier" is no quarter's)
      if !comparedOnly, let q = found[k].resolution.value.flatMap(Self.quarterNumber),
        quarter == nil || anchor.map({ !($0 < Day(y, 3 * q - 2, 1).adding(months: 3)) }) ?? true,
        !(anchor.map({ $0 < Day(y, 3 * q - 2, 1).adding(months: 3) }) == true
          && tense?(found[k].start, found[k].end) == 1)
      {
        quarter = (y, q)
      }
    }
    if !found[k].resolution.anchored, found[k].resolution.inferred == nil, isDate {
      statedYear = y
      statedYearAfterSince = found[k].resolution.afterSince
      statedYearToken = found[k].start
      // (a clock on it too: "The attack began at 5:30 a.m. on Dec. 16, 1944")
      if ContextResolver.isDayLike(found[k].resolution.granularity), let d = found[k].resolution.startDay,
        let anchor, d.year < anchor.year
      {
        statedDay = (d, found[k].start)
      }
      if found[k].resolution.granularity == "month" || found[k].resolution.granularity == "season",
        found[k].resolution.mod == nil, let d = found[k].resolution.startDay, let anchor,
        d.year < anchor.year
      {
        statedMonth = (d, found[k].start)
      }
    }
  }

  // MARK: - Editing a resolution

  /// Rules of "the year" and "the full year" counted from the sentence's year.
  static let yearPeriodRules: Set<String> = ["date.the-period", "date.period"]

  /// Whether a mention in a future-tense sentence ("The board will meet the following
  /// week") follows a story day more than a month before the paper ("founded on May
  /// 5, 1962"), or one in a past-tense sentence a day after the paper's: that day
  /// is no anchor for it.
  func aheadOfOldDay(
    _ day: Day, _ start: Int, _ end: Int, _ anchor: Day?, _ tense: ((Int, Int) -> Int)?
  ) -> Bool {
    guard let anchor else { return false }
    // "... the board meets on Oct. 8. Earlier in the day, Moreau spoke": a
    // past-tense sentence does not count from a day still ahead of the paper
    if anchor < day, tense?(start, end) == -1 { return true }
    guard day < anchor.adding(days: -31) else { return false }
    return tense?(start, end) == 1
  }

  /// "Growth will be weakest in the first half of next year and will pick up in the
  /// second half": a second half with no year of its own after a first half of its
  /// sentence is in that half's year.
  private mutating func secondHalf(_ f: inout DateExtractor.Found) {
    guard let value = f.resolution.value, value.utf8.count == 7,
      let y = ContextResolver.leadingYear(value)
    else { return }
    let here = sentence?(f.start)
    if value.hasSuffix("H1") {
      firstHalf = (y, here)
    } else if f.resolution.inferred == "year", let first = firstHalf, first.sentence == here,
      first.year != y
    {
      f.resolution.value = Format.year(first.year) + "-H2"
      f.resolution.startDay = Day(first.year, 7, 1)
      f.resolution.anchoredToText = true
    }
  }

  /// "exports fell in the first half of the year", "trade totaled $60 billion during
  /// the year" in a January or February paper that reports on last year (an earlier
  /// year stated, or none): a past-tense "the year" is the year before the paper's.
  func lastYearEarly(
    _ f: inout DateExtractor.Found, anchor: Day?, statedYear: Int?, tense: ((Int, Int) -> Int)?
  ) {
    guard let anchor, anchor.month <= 2, statedYear.map({ $0 < anchor.year }) ?? true,
      f.resolution.anchored,
      f.resolution.mod == nil,
      f.resolution.value.flatMap(ContextResolver.leadingYear) == anchor.year,
      tense?(f.start, f.end) == -1
    else { return }
    let base = f.resolution
    sameAs(&f.resolution, base, years: -1)
  }

  /// Makes a mention the length of time `value` ("years later" with no year
  /// stated before it).
  func becomeDuration(_ r: inout Resolution, _ value: String) {
    r.type = "duration"
    r.value = value
    r.granularity = nil
    r.direction = nil
    r.anchored = false
    r.inferred = nil
    r.startDay = nil
    r.amount = nil
  }

  /// Sets a mention to year `y`, read from the text; a season keeps its
  /// part ("that summer" = `1952-SU`).
  func setYear(_ r: inout Resolution, _ y: Int) {
    // (a range moves whole, its end into year `y`: "between March and December of that year")
    if r.type == "range", let value = r.value, let slash = value.firstIndex(of: "/"),
      let endYear = ContextResolver.leadingYear(String(value[value.index(after: slash)...]))
    {
      sameAs(&r, r, years: y - endYear)
      return
    }
    if r.granularity == "season" || r.granularity == "month", let value = r.value,
      let start = r.startDay, value.utf8.count > 4
    {
      r.value = Format.year(y) + value.dropFirst(4)
      r.startDay = Day(y, start.month, 1)
      r.anchoredToText = true
      return
    }
    r.value = Format.year(y)
    r.granularity = "year"
    r.startDay = Day(y, 1, 1)
    r.anchoredToText = true
  }

  /// Sets a day-valued mention to day `d`, keeping its part of the day
  /// ("the next morning" = 2025-02-05TMO); false when it has no value.
  func moveToDay(_ r: inout Resolution, _ d: Day) -> Bool {
    guard let value = r.value else { return false }
    r.value = d.iso + Format.timePart(value)
    r.startDay = d
    r.anchoredToText = true
    return true
  }

  /// Sets `r` to the clock time `seconds` after the start of `day` (a bare
  /// time without one); returns the day it falls on.
  func moveClock(_ r: inout Resolution, _ day: Day?, _ seconds: Int) -> Day? {
    let days = seconds >= 0 ? seconds / 86400 : (seconds - 86399) / 86400
    let rest = seconds - days * 86400
    // a bare time cannot cross midnight
    if day == nil, days != 0 { return nil }
    let d = day?.adding(days: days)
    r.value = (d?.iso ?? "") + DateResolver.clockText(rest / 60)
    r.type = d == nil ? "time" : "datetime"
    r.granularity = "time"
    r.clock = rest / 60
    r.startDay = d
    r.anchoredToText = true
    return d
  }

  /// Gives `r` the value of period `base` moved by `years` ("in January-February
  /// ... the same period a year earlier" = the previous year's January-February).
  func sameAs(_ r: inout Resolution, _ base: Resolution, years: Int) {
    guard let value = base.value, let start = base.startDay else { return }
    var out = ""
    var rest = Substring(value)
    // every year that opens the value or follows "/"
    while !rest.isEmpty {
      let piece = rest.prefix { $0 != "/" }
      if let y = ContextResolver.leadingYear(String(piece)) {
        out += Format.year(y + years) + piece.dropFirst(4)
      } else {
        out += piece
      }
      rest = rest.dropFirst(piece.count)
      if rest.first == "/" {
        out += "/"
        rest = rest.dropFirst()
      }
    }
    r.value = out
    r.type = base.type
    r.granularity = base.granularity
    r.startDay = start.adding(months: 12 * years)
    r.anchoredToText = true
  }

  /// Whether a mention is a reporting period of months other than a quarter:
  /// "the nine months" (`P9M`), "the first half" (`1989-H1`).
  func isOtherPeriod(_ r: Resolution) -> Bool {
    guard let value = r.value else { return false }
    if r.type == "duration" {
      return value.utf8.count >= 3 && value.utf8.last == UInt8(ascii: "M") && value != "P3M"
        && !value.hasPrefix("PT")
    }
    return r.granularity == "half"
  }

  /// The Monday of a `YYYY-Www` value (not a weekend's `-WE`).
  static func monday(ofWeek value: String) -> Day? {
    let b = Array(value.utf8)
    guard b.count == 8, b[4] == UInt8(ascii: "-"), b[5] == UInt8(ascii: "W"),
      let year = ContextResolver.leadingYear(value), (48...57).contains(b[6]), (48...57).contains(b[7])
    else { return nil }
    let week = Int(b[6] - 48) * 10 + Int(b[7] - 48)
    guard (1...53).contains(week) else { return nil }
    return Day.monday(isoYear: year, week: week)
  }

  /// The quarter of a `YYYY-Qn` value.
  static func quarterNumber(_ value: String) -> Int? {
    let b = Array(value.utf8)
    guard b.count == 7, b[5] == UInt8(ascii: "Q"), (49...52).contains(b[6]) else { return nil }
    return Int(b[6] - 48)
  }
}
