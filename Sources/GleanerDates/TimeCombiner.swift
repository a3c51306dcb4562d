/// Joins neighbouring mentions that name one point or span of time:
/// a date and a time ("Tuesday at 3 pm", "5 p.m. EST Nov. 9"), a date and a
/// time range ("tomorrow from 7 to 7:30"), and a count of units counted
/// from a date ("three weeks from tomorrow", "5 days before Christmas");
/// "the day after" a named day; a weekday joined to a weekly set ("every
/// Tuesday and Thursday").
struct TimeCombiner {
  let view: TokenView
  let lexicon: DateLexicon

  /// Words that may stand between a date and its time.
  static let dateTimeGap: Set<[String]> = [
    [], [","], ["at"], [",", "at"], ["on"], [",", "on"], ["around"], ["about"], ["of"],
    // chat shorthand: "Wed 10/23 @ 3pm"
    ["@"], [",", "@"],
  ]
  /// Lists whose words may follow a dotted "a.m." in the same sentence
  /// ("5 p.m. Tuesday", "10 a.m. EST Nov. 9", "noon Today").
  static let dayNames = ["weekday", "month", "relday", "holiday", "timezone"]
  /// Words that count a duration from a date.
  static let offsetWords: [String: Int] = ["from": 1, "after": 1, "before": -1]
  /// Days a British "a week" or "a fortnight" may stand right before ("a week today").
  static let weekFromDayWords: Set<String> = ["today", "tomorrow"]

  /// Joins neighbours of `found` in place (mentions kept are moved, not copied).
  /// Whether `found[k]` is the weekday that closes a range of weekdays
  /// ("Mon-Fri 8am-6pm": the hours hold for every day, not the last one).
  /// A weekday told after its clock ("9 p.m. Tuesday to 4 a.m. Wednesday") closes
  /// no range of days: the clock before "to" goes with its own day.
  private func closesDayRange(_ found: [DateExtractor.Found], _ k: Int) -> Bool {
    let start = found[k].start
    guard k > 0, start >= 2, found[k - 1].end == start - 1, found[k].rule == "date.weekday",
      found[k - 1].rule == "date.weekday", lexicon.starts(.weekday, view, at: start)
    else { return false }
    return view.is(start - 1, "-") || view.is(start - 1, "–") || view.is(start - 1, "through")
      || view.is(start - 1, "to") || view.is(start - 1, "thru")
  }

  /// Whether `found[k]` is the weekday that opens a range of weekdays
  /// ("9:30 a.m. to 4 p.m., Monday through Friday": the hours hold for every day).
  private func opensDayRange(_ found: [DateExtractor.Found], _ k: Int) -> Bool {
    k + 1 < found.count && found[k].rule == "date.weekday" && closesDayRange(found, k + 1)
  }

  func combine(_ found: inout [DateExtractor.Found]) {
    var kept = 0
    for k in found.indices {
      // `join` needs them at most two tokens apart: tested first, on the
      // bounds alone, so most neighbours are not copied to be compared
      if kept > 0, found[kept - 1].end <= found[k].start, found[k].start - found[kept - 1].end <= 2,
        !closesDayRange(found, kept - 1), !opensDayRange(found, k), let joined = join(found[kept - 1], found[k])
      {
        found[kept - 1] = joined
      } else {
        if kept != k { found.swapAt(kept, k) }
        kept += 1
      }
    }
    found.removeLast(found.count - kept)
    // (the words are tested on the bounds first: passing a `Found` copies it)
    var merged = false
    for k in found.indices {
      let start = found[k].start
      if k > 0, start - found[k - 1].end <= 1, found[k - 1].end - found[k - 1].start == 1,
        nextDaySign(found[k - 1].end) != nil,
        let day = weekdayNextTo(found[k - 1], found[k])
          ?? dayNextTo(found[k], after: k > 1 ? found[k - 2].end : 0, part: found[k - 1])
      {
        found[k] = day
        found[k - 1].start = -1
        merged = true
        continue
      }
      if nextDaySign(start) != nil || start > 0 && nextDaySign(start - 1) != nil,
        let shifted = dayNextTo(found[k], after: k > 0 ? found[k - 1].end : 0)
      {
        found[k] = shifted
      } else if start >= 3, view.is(start - 1, "of") || view.is(start - 1, "the"),
        let eve = dayOnEve(found[k], after: k > 0 ? found[k - 1].end : 0)
          ?? holidayEdge(found[k], after: k > 0 ? found[k - 1].end : 0)
      {
        found[k] = eve
      }
      if k > 0, start == found[k - 1].end + 1, view.is(start - 1, "and") || view.is(start - 1, "or"),
        let set = sharedSet(found[k - 1], found[k])
      {
        found[k] = set
      }
    }
    if merged { found.removeAll { $0.start < 0 } }
    for k in found.indices where isBareMorningClock(found[k].resolution) {
      afternoonByPart(&found, k)
    }
    if found.contains(where: { $0.resolution.needsDate }) {
      found.removeAll { $0.resolution.needsDate }
    }
  }

  private func gap(_ a: DateExtractor.Found, _ b: DateExtractor.Found) -> [String]? {
    guard a.end <= b.start, b.start - a.end <= 2 else { return nil }
    for t in a.end...b.start where view.breakBefore(t) { return nil }
    // "at 10:30 a.m. Two hours later": a dotted "a.m." ends the sentence when
    // a capitalized word that names no date follows
    if a.end == b.start, view.token(b.start).isCapitalized, view.text[a.end - 1].hasSuffix("."),
      !Self.dayNames.contains(where: { lexicon.starts(lexicon.listIndex[$0] ?? DateLexicon.noList, view, at: b.start) })
    {
      return nil
    }
    return Array(view.text[a.end..<b.start])
  }

  private func join(_ a: DateExtractor.Found, _ b: DateExtractor.Found) -> DateExtractor.Found? {
    guard let words = gap(a, b) else { return nil }
    if Self.dateTimeGap.contains(words) {
      if let day = dayOf(a.resolution), isTime(b.resolution) {
        return withTime(
          day, time: b.resolution, start: a.start, end: b.end, rule: a.rule, midnight: isMidnight(b),
          context: a.resolution.context)
      }
      if isTime(a.resolution), words != [",", "at"], let day = dayOf(b.resolution) {
        return withTime(
          day, time: a.resolution, start: a.start, end: b.end, rule: b.rule, midnight: isMidnight(a),
          context: b.resolution.context)
      }
    }
    if let joined = stretch(a, b, words) { return joined }
    if let joined = compound(a, b, words) { return joined }
    if let joined = monthsTo(a, b, words) { return joined }
    if let joined = sameDay(a, b, words) { return joined }
    if let joined = weekdayOfWeek(a, b, words) { return joined }
    if let joined = compoundCount(a, b, words) { return joined }
    return offset(a, b, words)
  }

  /// "2 years 1 month 21 days later", "1 year 6 months 3 days ago": a length
  /// right before a count of days or weeks counted from a day adds its units
  /// to that day, the same way.
  private func compoundCount(
    _ a: DateExtractor.Found, _ b: DateExtractor.Found, _ words: [String]
  ) -> DateExtractor.Found? {
    guard words.isEmpty, b.start == a.end, a.resolution.type == "duration",
      b.rule == "date.later" || b.rule == "date.ago", b.resolution.granularity == "day",
      let day = b.resolution.startDay, let value = a.resolution.value,
      let units = Self.units(value), b.end > b.start
    else { return nil }
    let last = view.text[b.end - 1]
    let sign = last == "later" ? 1 : last == "ago" || last == "earlier" ? -1 : 0
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
    let target = day.adding(months: sign * months).adding(days: sign * days)
    var r = b.resolution
    r.value = target.iso
    r.startDay = target
    // counted from the day the story last named ("On March 3, 1990 ... 2 years 1
    // month 21 days later"): the same length from that day
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
  private func monthsTo(
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
  private func monthsFrom(_ a: DateExtractor.Found, _ b: DateExtractor.Found) -> DateExtractor.Found? {
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
  private func statedMonths(_ a: DateExtractor.Found) -> Int? {
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
  private func monthRange(
    _ a: DateExtractor.Found, _ b: DateExtractor.Found, from start: Day, to end: Day
  ) -> DateExtractor.Found {
    var r = b.resolution
    r.type = "range"
    r.value = "\(start.iso)/\(end.iso)"
    r.startDay = start
    r.mod = nil
    return DateExtractor.Found(start: a.start, end: b.end, rule: a.rule + "+" + b.rule, resolution: r)
  }

  /// "3pm on Saturday, March 16": a weekday and the date that names the same
  /// day are one mention, with the time the weekday carried.
  private func sameDay(
    _ a: DateExtractor.Found, _ b: DateExtractor.Found, _ words: [String]
  ) -> DateExtractor.Found? {
    // ("the Sunday before Christmas" is no same day, though Christmas is a Sunday)
    guard words.isEmpty || words == [","], a.rule.hasPrefix("date.weekday"), nextDaySign(a.end) == nil,
      ContextResolver.isDateType(a.resolution.type), b.resolution.type == "date", b.resolution.granularity == "day",
      let dayA = a.resolution.startDay, let dayB = b.resolution.startDay,
      dayA.weekday == dayB.weekday, let value = a.resolution.value, let date = b.resolution.value
    else { return nil }
    var r = a.resolution
    r.value = date + Format.timePart(value)
    r.startDay = dayB
    r.inferred = b.resolution.inferred
    r.anchored = b.resolution.anchored
    r.direction = b.resolution.direction
    return DateExtractor.Found(start: a.start, end: b.end, rule: a.rule + "+" + b.rule, resolution: r)
  }

  /// Words between the parts of one length of time ("2 years and 6 months").
  static let compoundGap: Set<[String]> = [[], [","], ["and"], [",", "and"]]

  /// The order of a duration's unit letter, largest first (weeks do not mix
  /// with other units in ISO 8601).
  private static func rank(_ letter: String, isTime: Bool) -> Int? {
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
  private func compound(
    _ a: DateExtractor.Found, _ b: DateExtractor.Found, _ words: [String]
  ) -> DateExtractor.Found? {
    guard Self.compoundGap.contains(words), a.resolution.type == "duration",
      b.resolution.type == "duration", b.resolution.mod == nil,
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
  private static func carry(_ rank: Int) -> Int {
    switch rank {
    case 4: return 12
    case 3: return 31
    case 2: return 24
    default: return 60
    }
  }

  /// The whole counts and unit letters of a duration value (`P1DT4H20M`),
  /// nil for unknown (`PXY`) or fractional (`PT1.5H`) counts.
  private static func units(_ value: String) -> [(count: Int, letter: String, isTime: Bool)]? {
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

  private static func firstUnit(_ value: String) -> (count: Int, letter: String, isTime: Bool)? {
    units(value)?.first
  }

  private static func lastUnit(_ value: String) -> (count: Int, letter: String, isTime: Bool)? {
    units(value)?.last
  }

  /// Words between a duration and the day it starts on ("2 weeks starting
  /// May 20"); "from" counts only after "for" ("for 3 days from today").
  static let startWords: Set<[String]> = [
    ["starting"], ["beginning"], ["commencing"], ["starting", "from"], ["starting", "on"],
    ["beginning", "on"], ["beginning", "from"],
  ]
  static let forStartWords: Set<[String]> = [["from"], [",", "from"]]
  /// Words before "for" that make what follows a day ("set for a week from Monday").
  static let scheduledFor: Set<String> = [
    "scheduled", "rescheduled", "set", "slated", "planned", "due", "penciled", "pencilled",
  ]

  /// A duration laid from a stated start: "2 weeks starting May 20th" =
  /// `2019-05-20/2019-06-03`, "for 3 hours from 10 am" =
  /// `(T10:00,T13:00,PT3H)`, "Feb 14 from 9:30 am for 7 hours".
  private func stretch(
    _ a: DateExtractor.Found, _ b: DateExtractor.Found, _ words: [String]
  ) -> DateExtractor.Found? {
    // "scheduled for a week from Monday" names a day, not a stretch
    let forBefore = a.start > 0 && view.text[a.start - 1] == "for"
      && !(a.start > 1 && Self.scheduledFor.contains(view.text[a.start - 2]))
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

  private func laid(
    _ length: Resolution, from origin: Resolution, start: Int, end: Int, rule: String
  ) -> DateExtractor.Found? {
    guard let amount = length.amount, amount.count > 0, let duration = length.value,
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
        r.value = "(\(DateResolver.clockText(clock)),\(DateResolver.clockText(total)),\(duration))"
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

  /// A clock from 1 to 11 with no a.m./p.m., no part of the day and no range.
  private func isBareMorningClock(_ r: Resolution) -> Bool {
    r.type == "time" && !r.meridiemStated && r.clockEnd == nil
      && (60..<(12 * 60)).contains(r.clock ?? 0)
  }

  /// A bare clock in a sentence that names an afternoon, evening or night
  /// ("Tonight's game starts at 7:35" = `T19:35`): that part's hours.
  private func afternoonByPart(_ found: inout [DateExtractor.Found], _ k: Int) {
    guard let clock = found[k].resolution.clock else { return }
    let hour = clock / 60
    var part: String? = nil
    var j = k - 1
    while j >= 0, part == nil, !startsSentence(found[j].end...found[k].start) {
      part = dayOf(found[j].resolution)?.part
      j -= 1
    }
    j = k + 1
    while j < found.count, part == nil, !startsSentence(found[k].end...found[j].start) {
      part = dayOf(found[j].resolution)?.part
      j += 1
    }
    let fits: Bool
    switch part {
    case "AF": fits = hour <= 6
    case "EV": fits = hour >= 4
    case "NI": fits = hour >= 6
    default: fits = false
    }
    guard fits else { return }
    let pm = clock + 12 * 60
    found[k].resolution.clock = pm
    found[k].resolution.value = "T\(Format.two(pm / 60)):\(Format.two(pm % 60))"
  }

  /// Whether a sentence or paragraph starts at one of these tokens.
  private func startsSentence(_ tokens: ClosedRange<Int>) -> Bool {
    tokens.contains { view.breakBefore($0) || $0 < view.count && view.token($0).startsSentence }
  }

  private func isTime(_ r: Resolution) -> Bool {
    r.clock != nil && (r.type == "time" || r.type == "range" && r.clockEnd != nil)
  }

  /// The date part and part of day of a day's value (`2025-02-04TEV`).
  private func dayOf(_ r: Resolution) -> (date: String, part: String?)? {
    guard r.type == "date" || r.type == "datetime", r.clock == nil,
      r.granularity == "day" || r.granularity == "part-of-day", let value = r.value,
      !value.contains("/")
    else { return nil }
    guard let t = value.firstIndex(of: "T") else { return (value, nil) }
    let part = String(value[value.index(after: t)...])
    guard part.count == 2, part.allSatisfy(\.isLetter) else { return nil }
    return (String(value[..<t]), part)
  }

  /// The word "midnight" (not a clock "12 a.m.") names the time: on a named day
  /// it is the day's end ("the contract expired at midnight June 30" = T24:00).
  private func isMidnight(_ f: DateExtractor.Found) -> Bool {
    f.resolution.clock == 0 && f.resolution.clockEnd == nil
      && (f.start..<f.end).contains { view.is($0, "midnight") }
  }

  private func withTime(
    _ day: (date: String, part: String?), time: Resolution, start: Int, end: Int, rule: String,
    midnight: Bool = false, context: TextContext? = nil
  ) -> DateExtractor.Found? {
    guard var from = time.clock else { return nil }
    var to = time.clockEnd
    if !time.meridiemStated, let part = day.part, ["AF", "EV", "NI"].contains(part) {
      if from < 12 * 60, part != "NI" || from >= 5 * 60 { from += 12 * 60 }
      if let t = to, t < 12 * 60, part != "NI" || t >= 5 * 60 { to = t + 12 * 60 }
    }
    var r = time
    r.needsDate = false
    r.anchored = true
    r.startDay = Self.day(Substring(day.date))
    r.clock = from
    r.clockEnd = to
    if let to {
      guard from < to else { return nil }
      // an overnight range ends on the next day
      var endDate = day.date
      if to >= 24 * 60 {
        guard let next = Self.day(Substring(day.date))?.adding(days: 1) else { return nil }
        endDate = next.iso
      }
      r.value =
        "\(day.date)\(DateResolver.clockText(from))/\(endDate)\(DateResolver.clockText(to % (24 * 60)))"
      r.type = "range"
    } else {
      r.value = day.date + (midnight && day.part == nil ? "T24:00" : DateResolver.clockText(from))
      r.type = "datetime"
      // "10 o'clock that night": the day of the story, moved once the text is read
      if let context, context.kind == .day || context.kind == .weekdayAfter
        || context.kind == .weekdayBefore
      {
        r.context = context
      }
    }
    r.granularity = "time"
    return DateExtractor.Found(start: start, end: end, rule: rule + "+time", resolution: r)
  }

  /// "the day after Christmas", "the day before Tuesday's vote": the day next
  /// to a named day. The before/after word is the match's modifier or stands
  /// right before it; `floor` is where the previous mention ends.
  /// A one-word mention of a part of the day (`part`: "the morning after Election
  /// Day") may stand between; it is read as a word.
  private func dayNextTo(
    _ f: DateExtractor.Found, after floor: Int, part: DateExtractor.Found? = nil
  ) -> DateExtractor.Found? {
    if let part, part.resolution.type != "time" || part.resolution.value?.utf8.count != 3 {
      return nil
    }
    // the words first (most mentions have none of them), then the value
    var k = f.start
    var sign = nextDaySign(k)
    if sign == nil, k > 0, !view.breakBefore(k) {
      k -= 1
      sign = nextDaySign(k)
    }
    guard let sign, k - 2 >= floor, view.is(k - 2, "the"), !view.breakBefore(k),
      !view.breakBefore(k - 1), let day = f.resolution.startDay,
      f.resolution.type == "date", f.resolution.granularity == "day"
    else { return nil }
    // "the night before Thanksgiving", "the morning after Election Day": that day's part
    let part = view.is(k - 1, "day") ? "" : Self.nextDayPart(view, k - 1)
    guard let part else { return nil }
    var r = f.resolution
    let target = day.adding(days: sign)
    r.value = target.iso
    r.startDay = target
    r.mod = nil
    if !part.isEmpty {
      r.value = target.iso + "T" + part
      r.type = "datetime"
      r.granularity = "part-of-day"
    }
    return DateExtractor.Found(start: k - 2, end: f.end, rule: f.rule + "+next-day", resolution: r)
  }

  /// The TIMEX part of day a word before "before"/"after" names ("the night
  /// before", "the morning after"); nil for other words.
  private static func nextDayPart(_ view: TokenView, _ i: Int) -> String? {
    view.is(i, "night") ? "NI" : view.is(i, "morning") ? "MO" : view.is(i, "evening") ? "EV"
      : view.is(i, "afternoon") ? "AF" : nil
  }

  /// "the Monday after Easter", "the Tuesday after Labor Day", "the Sunday
  /// before Christmas": the first such weekday after (before) a named day. `w`
  /// is the weekday's mention, `f` the day's, "after"/"before" between them.
  private func weekdayNextTo(_ w: DateExtractor.Found, _ f: DateExtractor.Found)
    -> DateExtractor.Found?
  {
    guard w.end == f.start || w.end + 1 == f.start, w.end - w.start == 1, w.start > 0,
      w.rule == "date.weekday", view.is(w.start - 1, "the"), !view.breakBefore(w.start),
      !view.breakBefore(w.end), let sign = nextDaySign(w.end),
      w.resolution.type == "date", let weekday = w.resolution.startDay?.weekday,
      f.resolution.type == "date", f.resolution.granularity == "day",
      f.rule.hasPrefix("date.holiday") || f.rule.hasPrefix("date.month-day"),
      let day = f.resolution.startDay
    else { return nil }
    var shift = (weekday - day.weekday) * sign
    if shift <= 0 { shift += 7 }
    let target = day.adding(days: shift * sign)
    var r = f.resolution
    r.value = target.iso
    r.startDay = target
    r.mod = nil
    return DateExtractor.Found(
      start: w.start - 1, end: f.end, rule: f.rule + "+weekday", resolution: r)
  }

  /// "the eve of July 1", "on the eve of the Thanksgiving holiday", "the eve of
  /// Sunday's vote": the day before a named day. (A season, a month or an event
  /// gets no eve: "the eve of the summit", "the eve of the new millennium".)
  private func dayOnEve(_ f: DateExtractor.Found, after floor: Int) -> DateExtractor.Found? {
    var k = f.start
    if view.is(k - 1, "the"), !view.breakBefore(k) { k -= 1 }
    guard k - 3 >= floor, view.is(k - 1, "of"), view.is(k - 2, "eve"), view.is(k - 3, "the"),
      !view.breakBefore(k), !view.breakBefore(k - 1), !view.breakBefore(k - 2),
      f.resolution.type == "date", f.resolution.granularity == "day", f.resolution.mod == nil,
      let day = f.resolution.startDay
    else { return nil }
    var r = f.resolution
    let target = day.adding(days: -1)
    r.value = target.iso
    r.startDay = target
    return DateExtractor.Found(start: k - 3, end: f.end, rule: f.rule + "+eve", resolution: r)
  }

  /// "the first day of Ramadan", "the third day of the Lunar New Year holiday",
  /// "the last day of Ramadan": a day counted into a holiday from its first day
  /// (the last one only of a holiday that lasts a while: "the last day of
  /// Passover" is not known).
  private func holidayEdge(_ f: DateExtractor.Found, after floor: Int) -> DateExtractor.Found? {
    var k = f.start
    if view.is(k - 1, "the"), !view.breakBefore(k) { k -= 1 }
    guard k - 4 >= floor, f.rule.hasPrefix("date.holiday"), view.is(k - 1, "of"),
      view.is(k - 2, "day"), view.is(k - 4, "the"), !view.breakBefore(k), !view.breakBefore(k - 1),
      !view.breakBefore(k - 2), !view.breakBefore(k - 3), f.resolution.mod == nil,
      let first = f.resolution.startDay, let word = view.packed(k - 3)
    else { return nil }
    let isRange = f.resolution.type == "range"
    guard isRange || f.resolution.type == "date" && f.resolution.granularity == "day" else {
      return nil
    }
    var target = first
    if let count = Self.dayOrdinals[word] {
      target = first.adding(days: count - 1)
    } else {
      guard isRange, word == Self.lastWord || word == Self.finalWord,
        let value = f.resolution.value, let slash = value.firstIndex(of: "/"),
        let end = Self.day(value[value.index(after: slash)...])
      else { return nil }
      target = end.adding(days: -1)
    }
    var r = f.resolution
    r.type = "date"
    r.granularity = "day"
    r.value = target.iso
    r.startDay = target
    return DateExtractor.Found(start: k - 4, end: f.end, rule: f.rule + "+edge", resolution: r)
  }

  /// The ordinals that count days into a holiday (a festival lasts at most
  /// about eight: Passover, Hanukkah), packed as `TokenView.packed` packs a word.
  private static let dayOrdinals: [UInt64: Int] = {
    let words = ["first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth"]
    var table: [UInt64: Int] = [:]
    for (i, word) in words.enumerated() { table[TokenView.pack(word)] = i + 1 }
    return table
  }()
  private static let lastWord = TokenView.pack("last")
  private static let finalWord = TokenView.pack("final")

  /// "every Tuesday and Thursday": a weekday joined to a weekly set is one too;
  /// so is a month or season joined to a yearly one ("each May and June").
  private func sharedSet(_ a: DateExtractor.Found, _ b: DateExtractor.Found) -> DateExtractor.Found? {
    if b.start == a.end + 1, view.is(a.end, "and") || view.is(a.end, "or"),
      a.resolution.type == "set", let yearly = a.resolution.value, yearly.hasPrefix("XXXX-"),
      yearly.utf8.count == 7, !yearly.hasPrefix("XXXX-W"),
      b.rule == "date.month" || b.rule == "date.season", b.resolution.type == "date",
      let value = b.resolution.value, value.utf8.count == 7, value.utf8.first != UInt8(ascii: "X")
    {
      var r = b.resolution
      r.type = "set"
      r.value = "XXXX-" + value.dropFirst(5)
      r.anchored = false
      r.direction = nil
      r.startDay = nil
      r.mod = nil
      return DateExtractor.Found(start: b.start, end: b.end, rule: b.rule + "+set", resolution: r)
    }
    guard b.start == a.end + 1, view.is(a.end, "and") || view.is(a.end, "or"),
      a.resolution.type == "set", let weekly = a.resolution.value, weekly.hasPrefix("XXXX-WXX-"),
      b.rule == "date.weekday", b.resolution.type == "date" || b.resolution.type == "datetime",
      let day = b.resolution.startDay, let value = b.resolution.value
    else { return nil }
    var r = b.resolution
    r.type = "set"
    r.value = "XXXX-WXX-\(day.weekday)" + Format.timePart(value)
    r.anchored = false
    r.direction = nil
    r.startDay = nil
    return DateExtractor.Found(start: b.start, end: b.end, rule: b.rule + "+set", resolution: r)
  }

  /// +1 for "after", -1 for "before" at token `k`: the words that put "the
  /// day" next to a named day.
  private func nextDaySign(_ k: Int) -> Int? {
    view.is(k, "after") ? 1 : view.is(k, "before") ? -1 : nil
  }

  /// "two weeks ago on Tuesday", "in 3 weeks on Friday", "3 weeks after
  /// Christmas on Friday": the weekday in the week so counted.
  private func weekdayOfWeek(
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
    let target = day.adding(days: w - day.weekday)
    var r = a.resolution
    r.value = target.iso
    r.startDay = target
    r.granularity = "day"
    return DateExtractor.Found(start: a.start, end: b.end, rule: a.rule + "+" + b.rule, resolution: r)
  }

  /// Whether "a day" at `start` is a rate after an amount ("500,000 barrels a
  /// day from Nov. 1", "$2 million a week"): the date is counted from nothing.
  private func isRate(_ start: Int) -> Bool {
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
  private func isAmount(_ i: Int) -> Bool {
    view.isNumber(i) || view.is(i, "million") || view.is(i, "billion") || view.is(i, "trillion")
      || !view.is(i, "a") && !view.is(i, "an") && !lexicon.match(.number, view, at: i).isEmpty
  }

  /// "three weeks from tomorrow", "2 weeks from January 15", "5 days before
  /// Christmas": the day a duration away from a stated day.
  private func offset(
    _ a: DateExtractor.Found, _ b: DateExtractor.Found, _ words: [String]
  ) -> DateExtractor.Found? {
    guard a.resolution.type == "duration", let amount = a.resolution.amount, !amount.isTime,
      amount.count == amount.count.rounded(), let day = b.resolution.startDay,
      b.resolution.type == "date"
    else { return nil }
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
    let n = Int(amount.count) * sign
    guard let target = day.adding(n, unit: amount.letter) else { return nil }
    var r = b.resolution
    r.value = target.iso
    r.startDay = target
    r.mod = nil
    r.direction = sign < 0 ? "past" : "future"
    return DateExtractor.Found(start: a.start, end: b.end, rule: a.rule + "+" + b.rule, resolution: r)
  }
}
