/// Lengths joined with what they count from: "3 years 1 month 20 days later", "five weeks from
/// Monday", "3 weeks starting June 9th", "from May to July".
extension TimeCombiner {
  /// "3 years 1 month 20 days later", "1 year 6 months 3 days ago": a length
  /// right before a count of days or weeks counted from a day adds its units
  /// to that day, the same way.
  func compoundCount(
    _ a: DateExtractor.Found, _ b: DateExtractor.Found, _ words: [String]
  ) -> DateExtractor.Found? {
    guard words.isEmpty, b.start == a.end, a.resolution.type == "duration",
      b.rule == "date.later" || b.rule == "date.ago", b.resolution.granularity == "day",
      let day = b.resolution.startDay, let value = a.resolution.value,
      let units = Self.units(value), b.end > b.start
    else { return nil }
    let last = view.text[b.end - 1]
    // ("1 year 2 months from now", "two years three months hence")
    let fromNow = b.end - b.start >= 2 && view.is(b.end - 2, "from") && (last == "now" || last == "today")
    let ahead = last == "later" || last == "hence" || fromNow
    let sign = ahead ? 1 : last == "ago" || last == "earlier" ? -1 : 0
    guard sign != 0 else { return nil }
    // the whole length in months, then days (b's own days are in its day already)
    guard !units.contains(where: \.isTime) else { return nil }
    var months = 0
    var days = 0
    for unit in units {
      switch unit.letter {
      case "Y": months += 12 * unit.count
      case "M": months += unit.count
      case "W": days += 7 * unit.count
      case "D": days += unit.count
      default: return nil
      }
    }
    // the months first, then the days, as a calendar counts ("3 years 1 month 20 days
    // later" from Nov. 23 is Jan. 12, not Jan. 13): b's own days come off its day first
    let own = b.resolution.context.flatMap { $0.kind == .day && $0.months == 0 ? $0.shift : nil } ?? 0
    let target = day.adding(days: -own).adding(months: sign * months).adding(days: own + sign * days)
    var r = b.resolution
    r.value = target.iso
    r.startDay = target
    // counted from the day the story last named ("On March 3, 1990 ... 3 years 2
    // months 10 days later"): the same length from that day
    if r.context?.kind == .day {
      r.context?.months = sign * months
      r.context?.shift += sign * days
      // (no length of its own when the story names no day: the date from the paper stays)
      r.context?.unanchored = nil
    }
    return DateExtractor.Found(start: a.start, end: b.end, rule: a.rule + "+" + b.rule, resolution: r)
  }

  /// "the three months to January", "the year to March", "the quarter to
  /// end-February" (as statistics offices and companies write it): the months
  /// that end with the named month, as a range.
  func monthsTo(
    _ a: DateExtractor.Found, _ b: DateExtractor.Found, _ words: [String]
  ) -> DateExtractor.Found? {
    if words == ["from"] { return monthsFrom(a, b) }
    // a month, or its last day ("the six months to June 30")
    guard words == ["to"], b.resolution.type == "date", var month = b.resolution.startDay,
      b.resolution.granularity == "month" && (b.resolution.mod == nil || b.resolution.mod == "END")
        || b.resolution.granularity == "day" && b.resolution.mod == nil
    else { return nil }
    // a day inside its month ("the year to April 5", as British companies and
    // the tax year write it): the months that end with that day
    let lastDay = b.resolution.granularity == "day" && month.adding(days: 1).month == month.month
      ? month : nil
    month = Day(month.year, month.month, 1)
    let months: Int
    if let length = statedMonths(a) {
      months = length
    } else if a.rule == "date.the-period", a.resolution.granularity == "year", a.resolution.mod == nil {
      months = 12
    } else if a.rule == "date.quarter-context", a.end - a.start == 2, view.is(a.start, "the") {
      months = 3
    } else {
      return nil
    }
    if lastDay != nil, a.rule == "date.quarter-context" { return nil }
    let end = lastDay?.adding(days: 1) ?? month.adding(months: 1)
    return monthRange(a, b, from: end.adding(months: -months), to: end)
  }

  /// "the three months from April" (a plan or a cut): the months that start
  /// with the named month or day, as a range ("three months from April 1"
  /// without "the" is the day they end).
  func monthsFrom(_ a: DateExtractor.Found, _ b: DateExtractor.Found) -> DateExtractor.Found? {
    guard b.resolution.type == "date", b.resolution.mod == nil, let first = b.resolution.startDay,
      b.resolution.granularity == "month" || b.resolution.granularity == "day",
      let months = statedMonths(a)
    else { return nil }
    // (from a day: "the three months from April 1")
    let start = b.resolution.granularity == "day" ? first : Day(first.year, first.month, 1)
    return monthRange(a, b, from: start, to: start.adding(months: months))
  }

  /// The months a stated length counts: "the six months", "the two years" (a whole
  /// number of months or years after "the", no modifier); nil for anything else.
  func statedMonths(_ a: DateExtractor.Found) -> Int? {
    guard a.resolution.type == "duration", a.resolution.mod == nil, let amount = a.resolution.amount,
      !amount.isTime, amount.count == amount.count.rounded(), amount.count >= 1,
      view.is(a.start, "the")
    else { return nil }
    switch amount.letter {
    case "M": return Int(amount.count)
    case "Y": return 12 * Int(amount.count)
    default: return nil
    }
  }

  /// One range mention from `a` to `b` over the days `start..<end`, with `b`'s resolution.
  func monthRange(
    _ a: DateExtractor.Found, _ b: DateExtractor.Found, from start: Day, to end: Day
  ) -> DateExtractor.Found {
    var r = b.resolution
    r.type = "range"
    r.value = "\(start.iso)/\(end.iso)"
    r.startDay = start
    r.mod = nil
    return DateExtractor.Found(start: a.start, end: b.end, rule: a.rule + "+" + b.rule, resolution: r)
  }

  /// Words between the parts of one length of time ("2 years and 6 months").
  static let compoundGap: Set<[String]> = [[], [","], ["and"], [",", "and"]]

  /// The order of a duration's unit letter, largest first (weeks do not mix
  /// with other units in ISO 8601).
  static func rank(_ letter: String, isTime: Bool) -> Int? {
    switch (letter, isTime) {
    case ("Y", false): return 5
    case ("M", false): return 4
    case ("D", false): return 3
    case ("H", true): return 2
    case ("M", true): return 1
    case ("S", true): return 0
    default: return nil
    }
  }

  /// One length of time in several units, each smaller than the one before:
  /// "2 years and 6 months" = `P2Y6M`, "1 day, 4 hours" = `P1DT4H`, "1 hour,
  /// 59 minutes and 40 seconds" = `PT1H59M40S`. The smaller count stays
  /// under one larger unit ("5 years, 18 months" are two lengths).
  func compound(
    _ a: DateExtractor.Found, _ b: DateExtractor.Found, _ words: [String]
  ) -> DateExtractor.Found? {
    // (the second a bare count: not "two tough years, and the next six months")
    guard Self.compoundGap.contains(words), a.resolution.type == "duration",
      b.resolution.type == "duration", b.resolution.mod == nil,
      view.isNumber(b.start) || view.is(b.start, "a") || view.is(b.start, "an")
        || !lexicon.match(.number, view, at: b.start).isEmpty,
      var value = a.resolution.value, let next = b.resolution.value,
      let last = Self.lastUnit(value), let first = Self.firstUnit(next),
      let high = Self.rank(last.letter, isTime: last.isTime),
      let low = Self.rank(first.letter, isTime: first.isTime), low < high,
      first.count < Self.carry(low)
    else { return nil }
    var tail = next.dropFirst()
    if tail.hasPrefix("T"), value.contains("T") { tail = tail.dropFirst() }
    value += tail
    var r = a.resolution
    r.value = value
    r.amount = b.resolution.amount
    r.granularity = b.resolution.granularity
    return DateExtractor.Found(start: a.start, end: b.end, rule: a.rule, resolution: r)
  }

  /// How many of a unit (by `rank`) make the next larger one: 12 months, 24 hours.
  static func carry(_ rank: Int) -> Int {
    switch rank {
    case 4: return 12
    case 3: return 31
    case 2: return 24
    default: return 60
    }
  }

  /// The whole counts and unit letters of a duration value (`P1DT4H20M`),
  /// nil for unknown (`PXY`) or fractional (`PT1.5H`) counts.
  static func units(_ value: String) -> [(count: Int, letter: String, isTime: Bool)]? {
    guard value.hasPrefix("P") else { return nil }
    var found: [(count: Int, letter: String, isTime: Bool)] = []
    var isTime = false
    var count = -1
    for c in value.utf8.dropFirst() {
      if c == UInt8(ascii: "T") {
        guard count < 0 else { return nil }
        isTime = true
      } else if c >= 48, c <= 57 {
        count = max(count, 0) * 10 + Int(c - 48)
      } else {
        guard count >= 0, c >= 65, c <= 90 else { return nil }
        found.append((count, String(UnicodeScalar(c)), isTime))
        count = -1
      }
    }
    return count < 0 && !found.isEmpty ? found : nil
  }

  static func firstUnit(_ value: String) -> (count: Int, letter: String, isTime: Bool)? {
    units(value)?.first
  }

  static func lastUnit(_ value: String) -> (count: Int, letter: String, isTime: Bool)? {
    units(value)?.last
  }

  /// Words between a duration and the day it starts on ("3 weeks starting
  /// June 9"); "from" counts only after "for" ("for 4 days from tomorrow").
  static let startWords: Set<[String]> = [
    ["starting"], ["beginning"], ["commencing"], ["starting", "from"], ["starting", "on"],
    ["beginning", "on"], ["beginning", "from"],
  ]

  static let forStartWords: Set<[String]> = [["from"], [",", "from"]]

  /// A duration laid from a stated start: "3 weeks starting June 9th" =
  /// `2019-06-09/2019-06-30`, "for 2 hours from 11 am" =
  /// `(T11:00,T13:00,PT2H)`, "Feb 14 from 9:30 am for 7 hours".
  func stretch(
    _ a: DateExtractor.Found, _ b: DateExtractor.Found, _ words: [String]
  ) -> DateExtractor.Found? {
    // "scheduled for a week from Monday" names a day, not a stretch
    let forBefore = a.start > 0 && view.text[a.start - 1] == "for"
      && !(a.start > 1 && Guards.plannedFor.contains(view.text[a.start - 2]))
    if a.resolution.type == "duration",
      Self.startWords.contains(words) || forBefore
        && (Self.forStartWords.contains(words) || words.isEmpty && view.text[b.start] == "from")
    {
      return laid(a.resolution, from: b.resolution, start: a.start, end: b.end, rule: a.rule + "+" + b.rule)
    }
    if b.resolution.type == "duration", words == ["for"], a.resolution.clock != nil
      || a.resolution.type == "datetime"
    {
      return laid(b.resolution, from: a.resolution, start: a.start, end: b.end, rule: a.rule + "+" + b.rule)
    }
    return nil
  }

  /// The day of a `YYYY-MM-DD` value.
  static func day(_ text: Substring) -> Day? {
    let parts = text.split(separator: "-").compactMap { Int($0) }
    guard parts.count == 3, text.count == 10, Day.isValid(parts[0], parts[1], parts[2]) else {
      return nil
    }
    return Day(parts[0], parts[1], parts[2])
  }

  func laid(
    _ length: Resolution, from origin: Resolution, start: Int, end: Int, rule: String
  ) -> DateExtractor.Found? {
    guard let amount = length.amount, amount.count > 0, length.value != nil,
      let value = origin.value, !value.contains("/")
    else { return nil }
    // the start: a day, a day and a time, or a time alone
    var day: Day?
    var clock: Int?
    if let t = value.firstIndex(of: "T") {
      clock = DateResolver.minutes(String(value[t...]))
      guard clock != nil else { return nil }
      if t != value.startIndex { day = origin.startDay ?? Self.day(value[..<t]) }
    } else {
      guard origin.granularity == "day" else { return nil }
      day = origin.startDay
    }
    if clock == nil && (day == nil || amount.isTime) { return nil }
    var r = origin
    r.type = "range"
    r.mod = nil
    r.clock = nil
    r.clockEnd = nil
    if let clock {
      let minutes: Double
      switch amount.letter {
      case "H": minutes = amount.count * 60
      case "M" where amount.isTime, "MIN": minutes = amount.count
      case "D": minutes = amount.count * 1440
      default: return nil
      }
      guard minutes == minutes.rounded() else { return nil }
      let total = clock + Int(minutes)
      guard let day else {
        guard total <= 24 * 60 else { return nil }
        // (the length as the two clocks give it, as in any range of times: "for 2.5
        // hrs" and "for an hour and a half" are both `PT2H30M`, `PT1H30M`)
        r.value =
          "(\(DateResolver.clockText(clock)),\(DateResolver.clockText(total)),\(DateResolver.clockDuration(Int(minutes))))"
        return DateExtractor.Found(start: start, end: end, rule: rule, resolution: r)
      }
      let endDay = day.adding(days: total / 1440)
      r.value = "\(day.iso)\(DateResolver.clockText(clock))/\(endDay.iso)\(DateResolver.clockText(total % 1440))"
      r.granularity = "time"
      return DateExtractor.Found(start: start, end: end, rule: rule, resolution: r)
    }
    guard let day, amount.count == amount.count.rounded() else { return nil }
    let n = Int(amount.count)
    guard let last = day.adding(n, unit: amount.letter) else { return nil }
    r.value = "\(day.iso)/\(last.iso)"
    r.granularity = "day"
    return DateExtractor.Found(start: start, end: end, rule: rule, resolution: r)
  }

  /// "two weeks ago on Tuesday", "in 3 weeks on Friday", "3 weeks after
  /// Christmas on Friday": the weekday in the week so counted.
  func weekdayOfWeek(
    _ a: DateExtractor.Found, _ b: DateExtractor.Found, _ words: [String]
  ) -> DateExtractor.Found? {
    // "two weeks ago on Tuesday", "two weeks ago Tuesday" (TIDES: one day)
    guard words == ["on"] || words.isEmpty, b.rule == "date.weekday", b.end - b.start == 1,
      b.resolution.type == "date", let w = b.resolution.startDay?.weekday,
      a.resolution.type == "date", a.rule.hasPrefix("date.ago") || a.rule.hasPrefix("date.later")
        || a.rule.hasPrefix("duration.count+"),
      (a.start..<a.end).contains(where: { view.is($0, "weeks") || view.is($0, "week") }),
      let value = a.resolution.value
    else { return nil }
    var day = a.resolution.startDay
    if day == nil, let w = value.firstIndex(of: "W"), let y = Int(value.prefix(4)),
      let week = Int(value[value.index(after: w)...])
    {
      day = Day.monday(isoYear: y, week: week)
    }
    guard let day else { return nil }
    // "a week ago Saturday" (no "on"): the Saturday that many weeks before the paper's
    // last one, as "three months ago Saturday" ("two weeks ago on Tuesday": that week's)
    var target = day.adding(days: w - day.weekday)
    // (the paper's last such day, on or before the paper's: not a day after a Friday paper
    // that a past weekday may be read as)
    if words.isEmpty, a.rule == "date.ago", let weeks = weeksAgo(a), let paper {
      target = paper.adding(days: -((paper.weekday - w + 7) % 7) - 7 * weeks)
    }
    var r = a.resolution
    r.value = target.iso
    r.startDay = target
    r.granularity = "day"
    return DateExtractor.Found(start: a.start, end: b.end, rule: a.rule + "+" + b.rule, resolution: r)
  }

  /// The count of "a week ago", "two weeks ago" (three tokens), else nil.
  private func weeksAgo(_ a: DateExtractor.Found) -> Int? {
    guard a.end - a.start == 3, view.is(a.start + 1, "week") || view.is(a.start + 1, "weeks"),
      view.is(a.start + 2, "ago")
    else { return nil }
    if view.is(a.start, "a") || view.is(a.start, "an") { return 1 }
    if view.isNumber(a.start) { return Int(view.text[a.start]) }
    return lexicon.match(.number, view, at: a.start).last.flatMap { $0.1.number }.map { Int($0) }
  }

  /// Whether "a day" at `start` is a rate after an amount ("500,000 barrels a
  /// day from Nov. 1", "$2 million a week"): the date is counted from nothing.
  func isRate(_ start: Int) -> Bool {
    guard start > 0, view.is(start, "a") || view.is(start, "an") else { return false }
    if isAmount(start - 1) { return true }
    guard view.isWord(start - 1), Guards.looksPlural(view.text[start - 1]) else { return false }
    var k = start - 2
    while k >= max(0, start - 4), !view.breakBefore(k + 1) {
      if isAmount(k) { return true }
      k -= 1
    }
    return false
  }

  /// Whether token `i` is a number in digits or words ("500,000", "million"), not "a".
  func isAmount(_ i: Int) -> Bool {
    view.isNumber(i) || view.is(i, "million") || view.is(i, "billion") || view.is(i, "trillion")
      || !view.is(i, "a") && !view.is(i, "an") && !lexicon.match(.number, view, at: i).isEmpty
  }

  /// "five weeks from Monday", "3 weeks from March 8", "5 days before
  /// Christmas": the day a duration away from a stated day.
  func offset(
    _ a: DateExtractor.Found, _ b: DateExtractor.Found, _ words: [String]
  ) -> DateExtractor.Found? {
    guard a.resolution.type == "duration", let amount = a.resolution.amount, !amount.isTime,
      amount.count == amount.count.rounded(), let day = b.resolution.startDay,
      b.resolution.type == "date"
    else { return nil }
    // "shut for two days after Sept. 11", "For two years after 2001, numbers were flat": a
    // length after "for" is how long, from the day on (not a plan's "set for two weeks
    // after Easter"); so is a length had before a day ("We have less than two months
    // before January 1")
    if a.start > 0, !view.breakBefore(a.start),
      view.is(a.start - 1, "for") && !(a.start > 1 && Guards.plannedFor.contains(view.text[a.start - 2]))
        || ["have", "has", "had"].contains(where: { view.is(a.start - 1, $0) })
    {
      return nil
    }
    // "five years after 2008": whole years from a bare year are a year
    if b.resolution.granularity == "year", b.rule == "date.year", amount.letter == "Y",
      let word = words.count == 1 ? words[0] : words.isEmpty ? view.text[b.start] : nil,
      word != "from", let sign = Self.offsetWords[word]
    {
      let year = day.year + Int(amount.count) * sign
      guard (1000...2999).contains(year) else { return nil }
      var r = b.resolution
      r.value = String(year)
      r.startDay = Day(year, 1, 1)
      r.mod = nil
      r.direction = sign < 0 ? "past" : "future"
      return DateExtractor.Found(start: a.start, end: b.end, rule: a.rule + "+" + b.rule, resolution: r)
    }
    guard b.resolution.granularity == "day" else { return nil }
    var sign: Int?
    if words.count == 1 { sign = Self.offsetWords[words[0]] }
    if words.isEmpty, b.start < view.count { sign = Self.offsetWords[view.text[b.start]] }
    // British "a week on Monday", "a fortnight today":
    // a week or two counted from the day, the way the day lies
    // (not after "for": "will recess for a week on Monday" is a length and a day)
    if sign == nil, amount.letter == "W", amount.count <= 2,
      a.start == 0 || !view.is(a.start - 1, "for"),
      words == ["on"] && b.resolution.direction == "future"
        || words.isEmpty && b.start < view.count && Self.weekFromDayWords.contains(view.text[b.start])
    {
      sign = b.resolution.direction == "past" ? -1 : 1
    }
    guard let sign, !isRate(a.start) else { return nil }
    // "in the five weeks from Thanksgiving through Christmas Eve": the day opens a
    // range, no day counted from it (the length stays one of its own)
    if sign > 0, words == ["from"] || words.isEmpty && view.is(b.start, "from"), b.end < view.count,
      !view.is(b.end, "and"), !lexicon.match(.rangeConnector, view, at: b.end).isEmpty
    {
      return nil
    }
    let n = Int(amount.count) * sign
    guard let target = day.adding(n, unit: amount.letter) else { return nil }
    var r = b.resolution
    // "the last two weeks before Christmas", "the first ten days after the election day":
    // the stretch between the day and the length off it, its days in full
    let stretch = a.end - a.start >= 3 && view.is(a.start, "the")
      && (sign < 0 ? view.is(a.start + 1, "last") || view.is(a.start + 1, "final")
        : view.is(a.start + 1, "first"))
    if stretch {
      let (from, to) = sign < 0 ? (target, day.adding(days: -1)) : (day.adding(days: 1), target)
      r.type = "range"
      r.value = "\(from.iso)/\(to.iso)"
      r.startDay = from
      r.mod = nil
      r.direction = nil
      return DateExtractor.Found(start: a.start, end: b.end, rule: a.rule + "+" + b.rule, resolution: r)
    }
    r.value = target.iso
    r.startDay = target
    // (a rough length makes a rough day: "about two weeks before Christmas")
    r.mod = a.resolution.mod == "APPROX" ? "APPROX" : nil
    r.direction = sign < 0 ? "past" : "future"
    return DateExtractor.Found(start: a.start, end: b.end, rule: a.rule + "+" + b.rule, resolution: r)
  }
}
