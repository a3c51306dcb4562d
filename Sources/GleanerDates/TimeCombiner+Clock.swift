/// A date and its time of day as one mention: "Tuesday at 3 pm", "3pm on Saturday, March 16"; a
/// bare morning clock after an evening part of the day.
extension TimeCombiner {
  /// "3pm on Saturday, March 16": a weekday and the date that names the same
  /// day are one mention, with the time the weekday carried.
  func sameDay(
    _ a: DateExtractor.Found, _ b: DateExtractor.Found, _ words: [String]
  ) -> DateExtractor.Found? {
    // ("the Sunday before Christmas" is no same day, though Christmas is a Sunday)
    // (nor an event's running day after it: "Sunday, the fourth day of the search")
    guard words.isEmpty || words == [","], a.rule.hasPrefix("date.weekday"), nextDaySign(a.end) == nil,
      b.rule != "date.text-day",
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

  /// A clock from 1 to 11 with no a.m./p.m., no part of the day and no range.
  func isBareMorningClock(_ r: Resolution) -> Bool {
    r.type == "time" && !r.meridiemStated && r.clockEnd == nil
      && (60..<(12 * 60)).contains(r.clock ?? 0)
  }

  /// A bare clock in a sentence that names an afternoon, evening or night
  /// ("Tonight's game starts at 7:35" = `T19:35`): that part's hours (not one in GMT).
  func afternoonByPart(_ found: inout [DateExtractor.Found], _ k: Int) {
    // (a clock told in GMT or UTC is on the 24-hour clock: "(0800 GMT)")
    guard let clock = found[k].resolution.clock, found[k].resolution.utcMinutes != 0 else { return }
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
  func startsSentence(_ tokens: ClosedRange<Int>) -> Bool {
    tokens.contains { view.breakBefore($0) || $0 < view.count && view.token($0).startsSentence }
  }

  func isTime(_ r: Resolution) -> Bool {
    r.clock != nil && (r.type == "time" || r.type == "range" && r.clockEnd != nil)
  }

  /// The date part and part of day of a day's value (`2025-02-04TEV`).
  func dayOf(_ r: Resolution) -> (date: String, part: String?)? {
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
  func isMidnight(_ f: DateExtractor.Found) -> Bool {
    f.resolution.clock == 0 && f.resolution.clockEnd == nil
      && (f.start..<f.end).contains { view.is($0, "midnight") }
  }

  /// Puts the bare clock `f` on `day`, a day the text named (`TimeDay`, `ClockAside`).
  func putClock(_ f: inout DateExtractor.Found, on day: Day, part: String? = nil) {
    guard
      let dated = withTime(
        (day.iso, part), time: f.resolution, start: f.start, end: f.end, rule: f.rule,
        midnight: endsDay(f.start))
    else { return }
    f.resolution = dated.resolution
    f.resolution.anchoredToText = true
  }

  /// Whether the word "midnight" at token `k` closes a stretch of its day: after
  /// "until", "till", "before", "by" or "past", "shortly", "just" or "nearly" between
  /// allowed ("burned until midnight", "back shortly before midnight" after a day: that
  /// day's end, T24:00).
  func endsDay(_ k: Int) -> Bool { Self.endsDay(view, k) }

  /// `endsDay(_:)` in `view`.
  static func endsDay(_ view: TokenView, _ k: Int) -> Bool {
    guard k > 0, view.is(k, "midnight") else { return false }
    var j = k - 1
    if j > 0, view.is(j, "shortly") || view.is(j, "just") || view.is(j, "right") || view.is(j, "nearly")
      || view.is(j, "almost")
    {
      j -= 1
    }
    return view.is(j, "until") || view.is(j, "till") || view.is(j, "before") || view.is(j, "by")
      || view.is(j, "past")
  }

  func withTime(
    _ day: (date: String, part: String?), time: Resolution, start: Int, end: Int, rule: String,
    midnight: Bool = false, context: TextContext? = nil
  ) -> DateExtractor.Found? {
    guard var from = time.clock else { return nil }
    var to = time.clockEnd
    if !time.meridiemStated, let part = day.part, ["AF", "EV", "NI"].contains(part) {
      if from < 12 * 60, part != "NI" || from >= 5 * 60 { from += 12 * 60 }
      if let t = to, t < 12 * 60, part != "NI" || t >= 5 * 60 { to = t + 12 * 60 }
    }
    // "12:30 Saturday morning": half an hour after midnight
    if !time.meridiemStated, day.part == "MO", (12 * 60..<13 * 60).contains(from), to == nil,
      !view.is(start, "noon")
    {
      from -= 12 * 60
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
}
