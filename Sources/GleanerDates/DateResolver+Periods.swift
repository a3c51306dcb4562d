import GleanerCore

/// Periods: weeks, months, quarters, seasons and years relative to the paper or the text, decades
/// and centuries, "the week of".
extension DateResolver {
  /// Whether the sentence is in the past tense, read around the match up to its
  /// unit word ("The next week, he was sworn in": not "next").
  func pastAroundUnit() -> Bool {
    var end = origin + 1
    while end < min(view.count, origin + 4), !view.is(end - 1, "week"), !view.is(end - 1, "year") {
      end += 1
    }
    return Tense.around(view: view, lexicon: lexicon, origin, end) == -1
  }

  /// The shift of "the end of the year" told as a deed done (`tense` -1) before that
  /// end has come ("The plant closed at the end of the year" in March: last year's
  /// end), or of "the start of the year" told with "will" (`tense` 1) after that start
  /// has gone ("will open at the start of the year" in June: next year's); nil where
  /// the anchor's own period fits. The end of a year is its last quarter, of a month its
  /// last ten days, of a week Friday on; the start the first quarter, ten days, two days.
  static func edgeShift(unit: String, edge: String, anchor a: Day, tense: Int) -> Int? {
    let (position, startEnds, endStarts): (Int, Int, Int)
    switch unit {
    case "Y": (position, startEnds, endStarts) = (a.month, 3, 10)
    case "M": (position, startEnds, endStarts) = (a.day, 10, 21)
    case "W": (position, startEnds, endStarts) = (a.weekday, 2, 5)
    default: return nil
    }
    if edge == "END", tense == -1, position < endStarts { return -1 }
    if edge == "START", tense == 1, position > startEnds { return 1 }
    return nil
  }

  /// A calendar unit counted from the anchor: last week, this month, next year.
  func period(_ rule: DateRule, _ s: Slots) -> Resolution? {
    guard let unit = s.entry("unit")?.value ?? rule.attribute("unit") else { return nil }
    var relative = rel(s, rule) ?? 0
    // `new-year=yes`: "the new year" in a January paper has begun ("hopes for a
    // better start to the new year" in January is this year)
    if rule.attribute("new-year") == "yes", let anchor, anchor.day.month == 1 { relative = 0 }
    var r = Resolution(type: baseType(rule), value: nil)
    let context = rule.attribute("context")
    if context == "year", unit == "Y" {
      r.context = TextContext(kind: .year, shift: relative)
      r.context?.sinceBase = rule.attribute("since-base") == "yes"
    }
    // "ended 1991 ... for the year": the year its sentence stated, else the anchor's
    if context == "sentence-year", unit == "Y" {
      r.context = TextContext(kind: .year, shift: relative)
      r.context?.sameSentence = true
      if let anchor, tense() == 1 { r.context?.notBefore = anchor.day.year }
    }
    // "The next year, he married": in a past-tense sentence, the year after the
    // year the story last stated (`context=past-year`)
    if context == "past-year", unit == "Y", pastAroundUnit() {
      r.context = TextContext(kind: .year, shift: relative)
    }
    // "the following decade", "that decade": the decade the story last named
    // (`context=decade`); "the decade" only one named as a decade (or a year stated in an
    // earlier decade than the paper's), in a past-tense sentence
    if context == "decade" || context == "past-decade", unit == "DE",
      context == "decade" || tense() == -1
    {
      r.context = TextContext(kind: .decade, shift: relative)
      r.context?.namedDecadeOnly = context == "past-decade"
    }
    // `months=`: whole months back before the days ("the same day last year" = -12)
    let months = rule.attribute("months").flatMap { Int($0) } ?? 0
    if context == "day", unit == "D" {
      r.context = TextContext(kind: .day, shift: relative)
      r.context?.months = months
      r.context?.textOnly = rule.attribute("text-only") == "yes"
      r.context?.nearOnly = rule.attribute("near-only") == "yes"
    }
    if context == "month", unit == "M" {
      r.context = TextContext(kind: .month, shift: relative)
      // "on the 14th of that month": that month's day
      r.context?.dayOfMonth = s.int("day")
    }
    // "By the end of the month, shortages were reported": in a past-tense
    // sentence, the month the story last named (`context=past-month`)
    if context == "past-month", unit == "M", tense() == -1 {
      r.context = TextContext(kind: .month, shift: relative)
    }
    // "By the end of the week, the polls had barely moved": in a past-tense
    // sentence, the week of the story's last day before the paper (else the paper's)
    if context == "past-week", unit == "W", relative == 0, pastAroundUnit() {
      r.context = TextContext(kind: .weekOfDay, shift: 0)
      r.context?.beforeAnchor = true
    }
    // "that weekend", "the same week": around the day the text last named
    // ("the week before": the week before it; with no day named, before the anchor's)
    if context == "day" || context == "past-day" && pastAroundUnit(),
      unit == "W" || unit == "WE"
    {
      r.context = TextContext(kind: .weekOfDay, shift: 7 * relative, weekend: unit == "WE")
      r.context?.beforeAnchor = context == "past-day"
      // ("the same week last year": `rel=-52`, the same ISO week a year back)
      if relative == -52 { r.context?.isoYearsBack = 1 }
      if relative == 0 || anchor == nil {
        r.value = "XXXX-WXX" + (unit == "WE" ? "-WE" : "")
        r.granularity = "week"
        return r
      }
    }
    // with no paper's day, "this week" is some week ("XXXX-WXX"), never no value
    guard let anchor else {
      if r.value == nil, let unknown = Self.unknownPeriods[unit] { r.value = unknown }
      return r
    }
    let a = anchor.day
    // "Attendance for the week was a record" in a Monday paper: the week just over;
    // "will stay cold through the rest of the week" in a Sunday paper: the week to come
    if unit == "W", relative == 0, context == "past-week" {
      if a.weekday == 1, pastAroundUnit() {
        relative = -1
      } else if a.weekday == 7, tense() == 1 {
        relative = 1
      }
    }
    // "over the weekend" in a past-tense sentence: the weekend just gone; so after
    // a present perfect ("Police have charged two men over a brawl at the
    // weekend"), not one of a move ("has been put off until the weekend")
    // (not "this weekend" in a paper of Tuesday to Friday: "had hoped to reach Anchorage for
    // a wedding this weekend" is the paper's week's)
    if unit == "WE", relative == 0, rule.attribute("tense") == "yes", a.weekday < 6,
      !(view.is(origin, "this") && (2...5).contains(a.weekday))
    {
      let t = tense()
      if t == -1 || t == 0 && !(origin > 0 && Tense.planPrepositionSet.contains(view.text[origin - 1]))
        && Tense.perfectBefore(view: view, lexicon: lexicon, at: origin) && !wordBefore(in: Self.forwardWords, clause: false)
      {
        relative = -1
      }
    }
    // "by mid-century" written in 1999 is 2050, "since mid-century" in 2010 is 1950:
    // the middle that lies in the tense's direction
    if unit == "C", relative == 0, rule.attribute("tense") == "yes" {
      let t = tense()
      if t == 1, a.year % 100 >= 50 { relative = 1 } else if t == -1, a.year % 100 < 50 { relative = -1 }
    }
    // "expected by midyear" written in December is next year's middle, "slowed at
    // midyear" written in March last year's
    if unit == "Y", relative == 0, rule.attribute("tense") == "yes", rule.attribute("mod") == "MID" {
      let t = tense()
      if t == 1, a.month >= 7 { relative = 1 } else if t == -1, a.month < 6 { relative = -1 }
    }
    // (the period told with no "this": "the end of this year" stays this year's)
    if relative == 0, s.entry("rel") == nil,
      let edge = edge ?? rule.attribute("mod"),
      let shift = Self.edgeShift(
        unit: unit, edge: edge, anchor: a,
        // a deed told in the past right before ("closed at"; not "due before",
        // "promised ... by", "was closing ... at"), or a "will" ahead
        tense: edge == "END"
          ? (tense() == -1 && Tense.clausePastBefore(view: view, lexicon: lexicon, at: origin) ? -1 : 0)
          : (Tense.modalBefore(view, at: origin) == 1 ? 1 : 0))
    {
      relative = shift
    }
    r.direction = relative < 0 ? "past" : relative > 0 ? "future" : nil
    r.anchored = true
    switch unit {
    case "D":
      return {
        var x = r
        withTime(a.adding(months: months).adding(days: relative), s, &x)
        return x
      }()
    case "W", "WE":
      // ("the coming week" in a Saturday or Sunday paper is the week about to begin)
      var relative = relative
      if unit == "W", relative == 0, a.weekday >= 6, s.entry("rel")?.attribute("ahead") == "yes" {
        relative = 1
        r.direction = "future"
      }
      let d = relative == -52 ? a.sameISOWeek(yearsBack: 1) : a.adding(days: 7 * relative)
      let (iy, iw) = d.isoWeek
      r.value = d.isoWeekString + (unit == "WE" ? "-WE" : "")
      r.granularity = "week"
      r.startDay = Day.monday(isoYear: iy, week: iw).adding(days: unit == "WE" ? 5 : 0)
    case "M":
      let d = Day(a.year, a.month, 1).adding(months: relative)
      r.value = d.isoMonth
      r.granularity = "month"
      r.startDay = d
    case "Q":
      let q0 = (a.year * 4 + (a.month - 1) / 3) + relative
      let y = q0 >= 0 ? q0 / 4 : (q0 - 3) / 4
      let q = q0 - y * 4 + 1
      r.value = "\(Format.year(y))-Q\(q)"
      r.granularity = "quarter"
      r.startDay = Day(y, 3 * q - 2, 1)
    case "Y":
      // "the past year" in a December paper (a year-end story) is the year ending
      var relative = relative
      if relative == -1, a.month == 12, s.entry("rel")?.attribute("stretch") == "yes" { relative = 0 }
      // ... and "the coming year" in one (or a November one) is the year about to begin
      if relative == 0, a.month >= 11, s.entry("rel")?.attribute("ahead") == "yes" { relative = 1 }
      r.value = Format.year(a.year + relative)
      r.granularity = "year"
      r.startDay = Day(a.year + relative, 1, 1)
      r.stretchToNow = s.entry("rel")?.attribute("stretch") == "yes"
    case "DE":
      // "over the past decade", "in the next decade": the ten years up to or
      // from now, as news means it; "this decade" is the calendar decade
      // ("the coming decade" is the ten years ahead too)
      // (bare "last decade", "early next decade" with no "the" name the calendar decade)
      // ("the end of next decade": the word before the relative one tells)
      var unitAt = origin
      while unitAt < origin + 8, unitAt < view.count, !view.is(unitAt, "decade") { unitAt += 1 }
      // ("well into the next decade": the calendar decade, as "into" a period reaches it)
      let into = origin > 0 && view.is(origin - 1, "into") && s.entry("rel")?.attribute("stretch") != "yes"
      let bare = relative != 0 && view.is(unitAt, "decade") && (!view.is(unitAt - 2, "the") || into)
        && s.entry("rel")?.attribute("stretch") != "yes" && s.entry("rel")?.attribute("ahead") != "yes"
      if !bare, relative != 0 || s.entry("rel")?.attribute("ahead") == "yes" {
        return Self.stretch(r, "P10Y")
      }
      r.value = "\(a.year / 10 + relative)"
      r.granularity = "decade"
    case "C":
      // "over the past century": the hundred years up to now
      if relative < 0, s.entry("rel")?.attribute("stretch") == "yes" {
        return Self.stretch(r, "P100Y")
      }
      // "by the turn of the century" in 1998 is about 2000; "at the turn of the
      // century" in a past sentence about 1900; with no tense, the nearer one
      if rule.attribute("turn") == "yes" {
        let before = a.year / 100 * 100
        let t = tense()
        let year = t == -1 ? before : t == 1 || a.year - before >= 50 ? before + 100 : before
        r.value = Format.year(year)
        r.granularity = "year"
        r.direction = year > a.year ? "future" : "past"
        return r
      }
      // (in 2000, "the century" is the one just ending, the 1900s)
      let hundreds = a.year / 100 - (relative == 0 && a.year % 100 == 0 ? 1 : 0)
      // ("the coming century" in 1998 is the next one)
      let ahead = relative == 0 && s.entry("rel")?.attribute("ahead") == "yes" ? 1 : 0
      r.value = Format.two(hundreds + relative + ahead)
      r.granularity = "century"
    default:
      return nil
    }
    return r
  }

  /// `r` as the length of time `value` up to or from now ("the past
  /// century", "the next decade").
  static func stretch(_ r: Resolution, _ value: String) -> Resolution {
    var r = r
    r.type = "duration"
    r.value = value
    r.granularity = nil
    r.anchored = false
    r.direction = nil
    return r
  }

  /// `resolve=decade`: a decade ("the 1990s" 199, "the sixties").
  func decade(_ rule: DateRule, _ s: Slots) -> Resolution? {
    guard let d = s.int("decade") ?? s.entry("decade-word")?.number.map({ Int($0) }) else {
      return nil
    }
    // "the 1800s" (before 2000) names a century: TIMEX3 "18"
    if d % 100 == 0, d < 2000 {
      var r = Resolution(type: baseType(rule), value: Format.two(d / 100))
      r.granularity = "century"
      r.startDay = Day(d, 1, 1)
      return r
    }
    // TIMEX3 writes a decade as its first three digits: the 1990s = 199
    var r = Resolution(type: baseType(rule), value: "\(d / 10)")
    r.granularity = "decade"
    r.startDay = Day(d, 1, 1)
    return r
  }

  /// `resolve=century`: a century by its ordinal ("the 20th century" 19).
  func century(_ rule: DateRule, _ s: Slots) -> Resolution? {
    guard let n = s.int("ordinal"), n >= 1, n <= 30 else { return nil }
    // "the fifth century B.C.": TIMEX3's "BC04"
    let era = rule.attribute("era") == "bc" ? "BC" : ""
    var r = Resolution(type: baseType(rule), value: era + Format.two(n - 1))
    r.granularity = "century"
    return r
  }

  /// A quarter read from the text's context; until one is known, the last
  /// quarter completed before the anchor (shifted by `shift` years).
  func quarterContext(_ rule: DateRule, _ s: Slots) -> Resolution? {
    let shift = rule.attribute("shift").flatMap { Int($0) } ?? 0
    let stated = s.int("quarter") ?? s.entry("quarter")?.number.map { Int($0) }
    var r = Resolution(type: baseType(rule), value: nil)
    r.granularity = "quarter"
    r.context = TextContext(kind: .quarter, shift: shift, quarter: stated, year: year(s))
    r.context?.samePeriod = rule.attribute("same-period") == "yes"
    r.context?.step = rule.attribute("step").flatMap { Int($0) } ?? 0
    r.context?.latest = rule.attribute("latest") == "yes"
    r.context?.namesQuarter = rule.attribute("names-quarter") == "yes"
    guard let anchor else { return r }
    var current = anchor.day.year * 4 + (anchor.day.month - 1) / 3 - 1
    // ("will lay off 70 people by the end of the quarter": after "will", with no quarter
    // under discussion, the quarter under way, not the last one over)
    let ahead = shift == 0 && stated == nil && year(s) == nil && r.context?.latest == false
      && r.context?.samePeriod == false && Tense.modalBefore(view, at: origin) == 1
    if ahead { current += 1 }
    let y = year(s) ?? (current / 4 + shift)
    let q = stated ?? current % 4 + 1
    r.value = "\(Format.year(y))-Q\(q)"
    r.anchored = year(s) == nil
    r.direction = ahead ? nil : "past"
    r.startDay = Day(y, 3 * q - 2, 1)
    return r
  }

  /// A week counted in a month or year: "the first week of July", "the last
  /// week of 2016", "week 31" (the ISO week holding that day).
  func weekOf(_ rule: DateRule, _ s: Slots) -> Resolution? {
    let last = rule.attribute("nth") == "last"
    let nth = last ? -1 : s.int("nth") ?? 1
    var r = Resolution(type: baseType(rule), value: nil)
    // "the 100th day of the year", "the 200th day of 1996": a day counted in a year
    if rule.attribute("yday") == "yes" {
      guard var yd = statedOrAnchorYear(s), (1...366).contains(nth) else { return nil }
      if yd.anchored, let a = anchor?.day, Day(yd.year, 1, 1).adding(days: nth - 1) > a,
        tense() == -1
      {
        yd.year -= 1
      }
      let d = Day(yd.year, 1, 1).adding(days: nth - 1)
      guard d.year == yd.year else { return nil }
      if yd.anchored { r.inferred = "year"; r.anchored = true }
      withTime(d, s, &r)
      return r
    }
    guard last || (1...53).contains(nth) else { return nil }
    r.granularity = "week"
    // "the last day of the year": December stated by the rule
    var month = s.entry("month")?.number.map { Int($0) } ?? rule.attribute("month").flatMap { Int($0) }
    var y = year(s)
    // "the first Thursday in May next year"
    if y == nil, let yr = s.entry("yearrel")?.number, let anchor {
      y = anchor.day.year + Int(yr)
      r.anchored = true
    }
    var monthRel = s.entry("rel")?.number ?? rule.attribute("month-rel").flatMap(Double.init)
    // "in early December, probably on the first Saturday of the month": the month its
    // sentence named before it
    if s.entry("rel") == nil, monthRel == 0, let named = monthNamedBefore() {
      month = named
      monthRel = nil
    }
    if let unitRel = monthRel, let anchor {
      let d = Day(anchor.day.year, anchor.day.month, 1).adding(months: Int(unitRel))
      month = d.month
      y = d.year
      r.anchored = true
    }
    if let month {
      if y == nil {
        guard let (yi, direction) = inferYear(rel: nil, useTense: true, { year in
          (Day(year, month, 1).ordinal, Day(year, month, 1).adding(months: 1).ordinal)
        }) else { return nil }
        y = yi
        r.inferred = "year"
        r.anchored = true
        r.direction = direction
      }
      guard let y else { return nil }
      // "the second Monday of December", "the last day of the month": a day
      if let w = s.entry("weekday")?.number.map({ Int($0) }) ?? (rule.attribute("day") == "yes" ? 0 : nil) {
        let d = w == 0
          ? (last ? Day(y, month, Day.length(y, month)) : Day(y, month, 1).adding(days: nth - 1))
          : Day.nthWeekday(last ? -1 : nth, w, year: y, month: month)
        guard d.month == month else { return nil }
        // "the first Tuesday after the first Monday in November": a day after it
        withTime(d.adding(days: rule.attribute("shift").flatMap { Int($0) } ?? 0), s, &r)
        return r
      }
      // "the third weekend in June": the weekend of its nth (or last) Saturday
      if rule.attribute("weekend") == "yes" {
        let d = Day.nthWeekday(last ? -1 : nth, 6, year: y, month: month)
        guard d.month == month else { return nil }
        r.value = d.isoWeekString + "-WE"
        return r
      }
      // the nth (or last) week with most of its days in the month
      let day = last
        ? Day(y, month, Day.length(y, month) - 3) : Day(y, month, 4).adding(days: 7 * (nth - 1))
      guard day.month == month else { return nil }
      r.value = day.isoWeekString
      return r
    }
    guard var yw = y ?? anchor?.day.year else { return nil }
    if y == nil {
      r.inferred = "year"
      r.anchored = true
      // "output fell in the 52nd week of the year" in January: last year's
      let d = last ? Day(yw, 12, 28) : Day(yw, 1, 4).adding(days: 7 * (nth - 1))
      if let a = anchor?.day, d.ordinal - (d.weekday - 1) > a.ordinal, tense() == -1 { yw -= 1 }
    }
    if last {
      r.value = Day(yw, 12, 28).isoWeekString
    } else {
      guard nth <= Day(yw, 12, 28).isoWeek.week else { return nil }
      r.value = "\(Format.year(yw))-W\(Format.two(nth))"
    }
    return r
  }

  /// The number of a capitalized month named up to fifteen words before the match in its
  /// sentence, if any.
  private func monthNamedBefore() -> Int? {
    var k = origin - 1
    while k >= 0, origin - k <= 15, !view.breakBefore(k + 1) {
      if view.isWord(k), view.token(k).isCapitalized,
        let n = lexicon.match(.month, view, at: k).first?.1.number
      {
        return Int(n)
      }
      if view.token(k).startsSentence { return nil }
      k -= 1
    }
    return nil
  }

  /// The year a rule states, else the anchor's year (`anchored`).
  func statedOrAnchorYear(_ s: Slots) -> (year: Int, anchored: Bool)? {
    if let y = year(s) { return (y, false) }
    return anchor.map { ($0.day.year, true) }
  }
}
