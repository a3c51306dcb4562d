/// Joins two dates around a connector into one range: "from 2020 to 2022",
/// "between May and July", "Apr 29th to May 2nd".
struct RangeMerger {
  let lexicon: DateLexicon
  let view: TokenView
  /// The publication day, for ranges whose ends state no year.
  var anchor: Day? = nil

  /// The range of two yearless ends (month and day kept) nearest `anchor`,
  /// one in the sentence's tense preferred as `DateResolver` prefers it.
  /// `pastClause`: a past cue of the range's own clause stands before it ("ran from
  /// March through June"): a range still ahead is last year's when it would end over
  /// a month after the paper (as a month after a past verb, `DateResolver.pastTensePenalty`).
  static func nearestYears(
    _ a: Day, _ b: Day, anchor: Day, tense: Int, pastClause: Bool = false
  ) -> (Day, Day)? {
    var best: (cost: Int, from: Day, to: Day)?
    for year in (anchor.year - 1)...(anchor.year + 1) {
      guard Day.isValid(year, a.month, a.day) else { continue }
      let from = Day(year, a.month, a.day)
      let endYear = (b.month, b.day) < (a.month, a.day) ? year + 1 : year
      guard Day.isValid(endYear, b.month, b.day) else { continue }
      let to = Day(endYear, b.month, b.day)
      let distance = anchor < from ? from.ordinal - anchor.ordinal : to < anchor ? anchor.ordinal - to.ordinal : 0
      let preference = DateResolver.tensePreference
      // a range around the anchor counts the part on the tense's wrong side: "sold 1.2
      // million sets between January and September" in a January paper is last year's
      let wrongSide = from < anchor && anchor < to
        ? (tense == -1 ? to.ordinal - anchor.ordinal : tense == 1 ? anchor.ordinal - from.ordinal : 0) : 0
      let pastAhead = tense == -1 && pastClause && to.ordinal - anchor.ordinal > DateResolver.nearAhead
        ? DateResolver.pastTensePenalty : preference
      let cost = distance + wrongSide + (tense == -1 && anchor < from ? pastAhead : 0)
        + (tense == 1 && to < anchor ? preference : 0)
      if best == nil || cost < best!.cost { best = (cost, from, to) }
    }
    return best.map { ($0.from, $0.to) }
  }

  private func tense(at i: Int) -> Int { Tense.direction(view: view, lexicon: lexicon, at: i) }

  /// `tense(at:)`, a present perfect of a thing done counted as past ("have seen
  /// a drop from May to July" in January: last year's months).
  private func rangeTense(at i: Int) -> Int {
    let t = tense(at: i)
    return t == 0 && Tense.perfectDoneBefore(view: view, lexicon: lexicon, at: i) ? -1 : t
  }

  /// Joins the ranges of `found` in place (mentions kept are moved, not copied).
  func merge(_ found: inout [DateExtractor.Found]) {
    var kept = 0
    var k = 0
    while k < found.count {
      let first = k
      // `join` needs adjacent mentions (one connector between): tested
      // first, on the bounds alone, so most mentions are not copied
      if k + 1 < found.count,
        found[k + 1].start == found[first].end + 1 || found[k + 1].start == found[first].end,
        var merged = join(found[first], found[k + 1])
      {
        k += 2
        // "from March to May in 2015": a year stated after the range holds for both ends
        if k < found.count, let year = statedYear(found[k], after: merged),
          let dated = join(found[first], found[k - 1], year: year)
        {
          merged = dated
          merged.end = found[k].end
          k += 1
        }
        found[kept] = merged
      } else {
        if kept != first { found.swapAt(kept, first) }
        k += 1
      }
      kept += 1
    }
    found.removeLast(found.count - kept)
    orderWeekdayLists(&found)
  }

  /// Whether `f` is a bare weekday resolved to a day ("Friday").
  private func isBareWeekday(_ f: DateExtractor.Found) -> Bool {
    f.rule == "date.weekday" && f.end - f.start == 1 && f.resolution.mod == nil
      && f.resolution.type == "date" && f.resolution.startDay != nil
      && f.resolution.value == f.resolution.startDay?.iso
  }

  /// "Friday, Saturday and Sunday", "was suspended Thursday and Friday": bare
  /// weekdays listed together are days of one stretch in their order, counted
  /// from the last one in a past sentence and from the first one otherwise.
  private func orderWeekdayLists(_ found: inout [DateExtractor.Found]) {
    var k = 0
    while k < found.count {
      guard isBareWeekday(found[k]) else {
        k += 1
        continue
      }
      var last = k
      while last + 1 < found.count, isBareWeekday(found[last + 1]) {
        let gap = found[last + 1].start - found[last].end
        let a = found[last].end
        let joined = gap == 1 && (view.is(a, ",") || view.is(a, "and") || view.is(a, "or"))
          || gap == 2 && view.is(a, ",") && (view.is(a + 1, "and") || view.is(a + 1, "or"))
        guard joined else { break }
        last += 1
      }
      if last > k {
        if tense(at: found[k].start) == -1 {
          for j in stride(from: last - 1, through: k, by: -1) {
            move(&found[j], before: found[j + 1].resolution.startDay!)
          }
        } else {
          for j in (k + 1)...last { move(&found[j], after: found[j - 1].resolution.startDay!) }
        }
      }
      k = last + 1
    }
  }

  private func move(_ f: inout DateExtractor.Found, before next: Day) {
    guard let d = f.resolution.startDay, !(d < next), d.ordinal - next.ordinal < 7 else { return }
    set(&f, d.adding(days: -7))
  }

  private func move(_ f: inout DateExtractor.Found, after previous: Day) {
    guard let d = f.resolution.startDay, !(previous < d), previous.ordinal - d.ordinal < 7
    else { return }
    set(&f, d.adding(days: 7))
  }

  private func set(_ f: inout DateExtractor.Found, _ d: Day) {
    f.resolution.startDay = d
    f.resolution.value = d.iso
  }

  /// Whether a word of `@list move-verb` stands at most four words before token
  /// `k` in its sentence ("was moved from", "postponed the vote from").
  private func movedBefore(_ k: Int) -> Bool {
    var j = k - 1
    while j >= 0, k - j <= 4, !view.breakBefore(j + 1) {
      if !lexicon.match(.moveVerb, view, at: j).isEmpty { return true }
      j -= 1
    }
    return false
  }

  /// Whether a verb of delay (`@list delay-verb`) stands right before token `k`, "on"
  /// between allowed ("adjourned on Thursday", "were recessed Friday").
  private func delayedRightBefore(_ k: Int) -> Bool {
    let j = k > 0 && view.is(k - 1, "on") ? k - 2 : k - 1
    guard j >= 0, !view.breakBefore(j + 1) else { return false }
    return lexicon.match(.delayVerb, view, at: j).contains { $0.0 == j + 1 }
  }

  /// The year of `c` when it is a bare year right after `range` and "in".
  private func statedYear(_ c: DateExtractor.Found, after range: DateExtractor.Found) -> Int? {
    guard c.rule == "date.year", c.resolution.granularity == "year", c.start == range.end + 1,
      view.is(range.end, "in"), let day = c.resolution.startDay
    else { return nil }
    return day.year
  }

  private func join(
    _ a: DateExtractor.Found, _ b: DateExtractor.Found, year: Int? = nil
  ) -> DateExtractor.Found? {
    let b = Self.datedEnd(b, after: a) ?? b
    // dates, or days with their times ("from 6am on Tuesday until 11.59pm on Thursday")
    // (a part of the day is no clock time: "from Monday pm to Tuesday am" stays two)
    let timed = a.resolution.type == "datetime" || b.resolution.type == "datetime"
    if timed, !Format.timePart(a.resolution.value).contains(":")
      || !Format.timePart(b.resolution.value).contains(":")
    {
      return nil
    }
    guard a.resolution.type == "date" || a.resolution.type == "datetime",
      b.resolution.type == "date" || b.resolution.type == "datetime",
      !timed || a.resolution.granularity != nil && b.resolution.startDay != nil,
      var startA = a.resolution.startDay, var startB = b.resolution.startDay,
      a.resolution.value != "PRESENT_REF"  // "now" ends ranges only ("between now and May")
    else { return nil }
    // "from 11:15 p.m. Oct. 3 to 5:45 a.m. the next morning": an end told
    // from the day before it counts from the range's start, not from the paper
    if let context = b.resolution.context, context.kind == .day, context.months == 0,
      context.unanchored == nil, a.resolution.context == nil
    {
      startB = startA.adding(days: context.shift)
    }
    if let year {
      guard a.resolution.inferred == "year", b.resolution.inferred == "year",
        Day.isValid(year, startA.month, startA.day), Day.isValid(year, startB.month, startB.day)
      else { return nil }
      startA = Day(year, startA.month, startA.day)
      startB = Day(year, startB.month, startB.day)
    }
    // "from Monday to Thursday last week": a bare weekday before a weekday of a
    // stated week falls in that week; "from next Tuesday to Saturday": a bare
    // weekday after a day follows it
    let qualified = b.rule == "date.weekday" && b.end - b.start > 1 && b.resolution.mod == nil
    if qualified, a.rule == "date.weekday", a.end - a.start == 1, year == nil {
      let back = ((startB.ordinal - startA.ordinal) % 7 + 7) % 7
      startA = startB.adding(days: -back)
    } else if b.rule.hasPrefix("date.weekday"), ContextResolver.isDayLike(a.resolution.granularity),
      b.resolution.mod == nil,
      startB < startA, startA.ordinal - startB.ordinal < 7
    {
      startB = startB.adding(days: 7)
    }
    // the connector stands between the two, or a time took it in: "from 6am
    // on Tuesday" + "until 11.59pm on Thursday"
    let inside = b.start == a.end
    let sameDayTimes = timed && startA == startB
      && Format.timePart(a.resolution.value) < Format.timePart(b.resolution.value)
    guard startA < startB || sameDayTimes || a.resolution.inferred == "year",
      b.start == a.end + 1 || inside && timed
    else { return nil }
    guard let connector = lexicon.match(.rangeConnector, view, at: a.end).first,
      connector.0 == (inside ? a.end + 1 : b.start)
    else { return nil }
    // "Peace talks adjourned on Thursday until Monday": the day of a delay and the day it
    // runs to are two days, no range
    if !inside, view.is(a.end, "until") || view.is(a.end, "till"), delayedRightBefore(a.start) {
      return nil
    }
    var start = a.start
    var openerAt: Int?
    if a.start > 0, let opener = lexicon.match(.rangeOpener, view, at: a.start - 1).first,
      opener.0 == a.start
    {
      start = a.start - 1
      openerAt = a.start - 1
    } else if inside || timed, let opener = lexicon.match(.rangeOpener, view, at: a.start).first,
      opener.0 == a.start + 1
    {
      // (the start's time took the opener in: "from 9 p.m. Tuesday")
      openerAt = a.start
    }
    // "moved the deadline from Friday to Wednesday": a day moved is two days, no range
    if let openerAt, view.is(openerAt, "from"), movedBefore(openerAt) { return nil }
    // `needs=opener`: any opener first; `needs=WORD`: that opener ("between ... and")
    if let needs = connector.1.attribute("needs") {
      guard let openerAt else { return nil }
      if needs != "opener", !view.is(openerAt, needs) { return nil }
    }
    // a spaced dash joins two days named with their month ("Dec 24 - Jan 2",
    // "3 June - 9 June 2018") or two weekdays ("Monday - Wednesday"); between
    // other dates it may be a dash of the sentence
    if ["-", "–", "~"].contains(view.text[a.end]), !(view.glued(a.end) && view.glued(b.start)),
      !Self.spacedDashJoins(a, b)
    {
      return nil
    }
    var first = startA
    // "from Feb to Aug 2023": the stated year of the end holds for the start
    // (and with no year stated, the start goes before the end: "between
    // August and October", "from the middle of March to the end of September")
    // "from July 1 until the end of the year": a year-long end ("the year" =
    // this year) keeps its year, and the start falls before its end
    let yearEnd = b.resolution.inferred == "year" && b.resolution.granularity == "year"
    if year == nil, a.resolution.inferred == "year", b.resolution.inferred == "year", !yearEnd,
      let anchor,
      let (from, to) = Self.nearestYears(
        startA, startB, anchor: anchor, tense: rangeTense(at: a.start),
        pastClause: Tense.clausePastBefore(view: view, lexicon: lexicon, at: openerAt ?? a.start))
    {
      // neither end states a year: the reading of the whole range nearest the
      // publication day ("The season runs from late March through early October")
      first = from
      startB = to
    } else if a.resolution.inferred == "year",
      b.resolution.inferred == nil || yearEnd || !(startA < startB),
      Day.isValid(startB.year, startA.month, startA.day)
    {
      first = Day(startB.year, startA.month, startA.day)
      if !(first < Self.bound(startB, b.resolution, end: true)) {
        first = Day(startB.year - 1, startA.month, startA.day)
      }
    }
    // "from the middle of March", "until the end of November": a modified bound
    // stands for the middle or the end of its period
    first = Self.bound(first, a.resolution, end: false)
    let last = Self.bound(startB, b.resolution, end: true)
    var r = a.resolution
    r.type = "range"
    r.value = "\(first.iso)/\(last.iso)"
    // (the start as read with the range: a later year move counts from it, "In 1987 the
    // festival ran from March to August")
    r.startDay = first
    if r.direction != nil, let anchor {
      r.direction = !(anchor < last) ? "past" : anchor < first ? "future" : nil
    }
    if timed {
      r.value = first.iso + Format.timePart(a.resolution.value) + "/" + startB.iso
        + Format.timePart(b.resolution.value)
    }
    r.mod = nil
    r.granularity = a.resolution.granularity
    // ("between March and December of that year": the end's year told by the story is
    // the range's, read with the story's year later)
    if year == nil, r.context == nil, let context = b.resolution.context, context.kind == .year {
      r.context = context
    }
    return DateExtractor.Found(start: start, end: b.end, rule: "range." + a.rule, resolution: r)
  }

  /// "from 9 p.m. Tuesday until 4 a.m.", "between 1:30 tomorrow and 3:15": a bare
  /// clock time after a day's time is on that day, or on the next when it comes
  /// earlier in the day; nil when `b` is no bare time after a dated one.
  static func datedEnd(_ b: DateExtractor.Found, after a: DateExtractor.Found) -> DateExtractor.Found? {
    guard a.resolution.type == "datetime", b.resolution.type == "time", b.resolution.mod == nil,
      let day = a.resolution.startDay, let time = b.resolution.value, time.hasPrefix("T"),
      time.contains(":")
    else { return nil }
    let startTime = Format.timePart(a.resolution.value)
    guard startTime.contains(":"), startTime != time else { return nil }
    let endDay = time < startTime ? day.adding(days: 1) : day
    var dated = b
    dated.resolution.type = "datetime"
    dated.resolution.value = endDay.iso + time
    dated.resolution.startDay = endDay
    dated.resolution.granularity = a.resolution.granularity
    return dated
  }

  /// Whether a spaced dash between `a` and `b` joins them: both are plain days
  /// of the same kind (a month and day, or a weekday).
  static func spacedDashJoins(_ a: DateExtractor.Found, _ b: DateExtractor.Found) -> Bool {
    guard a.resolution.granularity == "day", b.resolution.granularity == "day",
      a.resolution.mod == nil, b.resolution.mod == nil
    else { return false }
    let monthDay = ["date.month-day", "date.month-day-year"]
    if monthDay.contains(a.rule), monthDay.contains(b.rule) { return true }
    return a.rule == "date.weekday" && b.rule == "date.weekday"
  }

  /// A range bound from the first day of its period: the period's middle
  /// (`MID`) or, at the end of a range, the day after it (`END`).
  static func bound(_ day: Day, _ r: Resolution, end: Bool) -> Day {
    let months: Int
    switch r.granularity {
    case "month": months = 1
    case "quarter": months = 3
    case "year": months = 12
    default: return day
    }
    let next = day.adding(months: months)
    switch r.mod {
    case "MID": return day.adding(days: (next.ordinal - day.ordinal) / 2)
    case "END" where end: return next
    default: return day
    }
  }
}
