import GleanerCore

/// Clock times, parts of the day and ranges of times, with the day they belong to.
extension DateResolver {
  /// `T10:30`, `T19:56:30`, `TEV`, or nil when the match has no time.
  func timeOfDay(_ s: Slots) -> String? {
    var hour: Int?
    var minute = 0
    var second: Int?
    if let clock = s["clock"] {
      hour = clock.number.map { Int($0) }
      minute = clock.minute ?? 0
      second = clock.second
    } else if let h = s.int("hour") ?? s.entry("hour")?.number.map({ Int($0) }) {
      hour = h
      minute = s.int("minute") ?? s.entry("minute")?.number.map { Int($0) } ?? 0
      guard (0..<60).contains(minute) else { return nil }
    }
    if let named = s.entry("named-time") {
      let parts = named.value.split(separator: ":").compactMap { Int($0) }
      if parts.count == 2 {
        hour = parts[0]
        // "one minute past midnight": the minutes counted past the named time
        minute = parts[1] + (s.int("minute") ?? 0)
        guard minute < 60 else { return nil }
      }
    }
    let part = s.entry("part")?.value
    if var h = hour {
      if let ampm = s.entry("ampm")?.value {
        if ampm == "pm", h < 12 { h += 12 }
        if ampm == "am", h == 12 { h = 0 }
      } else if let part, ["AF", "EV", "NI"].contains(part), h < 12, !(part == "NI" && h < 5) {
        h += 12
      } else if part == nil, (1...5).contains(h), !s.has("named-time"), s.entry("hour") != nil,
        s.entry("relday").map({ $0.attribute("part") == nil }) == true
      {
        // "at four today", "five tomorrow": a spelled hour of 1-5 with a plain day is in the
        // afternoon (digits stay as written: "2:00 tomorrow", "at 3 today")
        h += 12
      } else if part == "MO", h == 12, !s.has("named-time") {
        // "12:30 in the morning": half an hour after midnight
        h = 0
      } else if part == "NI", h == 12, minute == 0, s.has("hour") {
        // "at 12 at night": midnight, the end of that day (TIMEX3 T24:00)
        h = 24
      } else if part == "NI", h == 0, minute == 0, s.has("named-time") {
        // "midnight tonight": the end of that day (TIMEX3 T24:00)
        h = 24
      }
      guard h <= 24 else { return nil }
      var text = "T\(Format.two(h)):\(Format.two(minute))"
      if let second { text += ":\(Format.two(second))" }
      return text
    }
    if let part { return "T\(part)" }
    return nil
  }

  /// Sets `r` to `day` with the time of day its captures name, if any.
  func withTime(_ day: Day, _ s: Slots, _ r: inout Resolution) {
    r.value = day.iso
    r.startDay = day
    r.granularity = "day"
    if var time = timeOfDay(s) {
      // "midnight Friday", "by midnight Tuesday": the end of that day (TIMEX3 T24:00); not
      // after "after": "killed shortly after midnight Saturday" is early that day
      if time == "T00:00", s.has("named-time"), !(origin > 0 && view.is(origin - 1, "after")) {
        time = "T24:00"
      }
      r.value = day.iso + time
      r.type = "datetime"
      r.granularity = time.count > 3 && time.contains(":") ? "time" : "part-of-day"
      setZone(s, &r)
    }
  }

  /// Notes the time zone the captures name, and its offset (`utc=-5`, `utc=5:30`).
  func setZone(_ s: Slots, _ r: inout Resolution) {
    guard let zone = s["timezone"] else { return }
    r.zoned = true
    r.utcMinutes = zone.entry?.utcMinutes
  }

  /// The minutes after midnight of the clock a value ends with (`2025-02-04T20:00`,
  /// `T09:30`), if any.
  static func clock(ofValue value: String?) -> Int? {
    guard let value, let t = value.firstIndex(of: "T") else { return nil }
    return minutes(String(value[t...]))
  }

  /// `resolve=time`: a clock time or a named time ("10:30 a.m.", "noon", "quarter to nine").
  func time(_ rule: DateRule, _ s: Slots) -> Resolution? {
    var s = s
    if let slot = rule.attribute("minute-slot"), let count = s[slot] { s.set("minute", count) }
    // "quarter to nine" = 08:45
    var named = false
    if rule.attribute("minutes-to") == "yes" {
      // "a quarter to midnight" = 23:45, "ten to noon" = 11:50: the named time's hour
      if !s.has("hour"), let entry = s.entry("named-time"),
        let h = entry.value.split(separator: ":").first.flatMap({ Int($0) })
      {
        s = Slots(items: s.items.filter { $0.0 != "named-time" })
        s.set("hour", Capture(number: Double(h == 0 ? 24 : h)))
        named = true
      }
      // (an hour may be a word of a list: "a quarter of eight", `@list hour-word`)
      guard let h = s.int("hour") ?? s.entry("hour")?.number.map({ Int($0) }),
        let m = s.int("minute") ?? s.entry("minute")?.number.map({ Int($0) }),
        (1...30).contains(m), (1...12).contains(h) || named
      else { return nil }
      s.replace("hour", Capture(number: Double(h - 1)))
      s.replace("minute", Capture(number: Double(60 - m)))
    }
    guard let t = timeOfDay(s) else { return nil }
    var r = Resolution(type: "time", value: t)
    r.granularity = "time"
    setZone(s, &r)
    if let minutes = Self.minutes(t) {
      r.clock = minutes
      // (a part of the day tells it too: "8 in the morning"; so does "now" just before: "the
      // time now is seven minutes past six" is the paper's own hour, whatever evening came)
      r.meridiemStated = s.has("ampm") || s.has("named-time") || named || s.has("part")
        || (max(0, origin - 3)..<origin).contains { view.is($0, "now") && !view.breakBefore($0 + 1) }
    }
    return r
  }

  /// Minutes since midnight of a `Thh:mm` value.
  static func minutes(_ time: String) -> Int? {
    let b = Array(time.utf8)
    guard b.count >= 6, b[0] == UInt8(ascii: "T"), b[3] == UInt8(ascii: ":"),
      let h = Int(String(decoding: b[1..<3], as: UTF8.self)),
      let m = Int(String(decoding: b[4..<6], as: UTF8.self))
    else { return nil }
    return h * 60 + m
  }

  /// "from 10 to 11:30 am", "between 4 and 6", "4:00 - 4:45 pm": the two
  /// times as a Recognizers-style tuple `(T10:00,T11:30,PT1H30M)`. Without a
  /// clock, a.m./p.m. or part of day, the range needs a date beside it.
  func timeRange(_ rule: DateRule, _ s: Slots) -> Resolution? {
    func read(_ suffix: String) -> (minutes: Int, meridiem: String?)? {
      let meridiem = s.entry("ampm" + suffix)?.value
      var hour: Int
      var minute = 0
      if let clock = s["clock" + suffix], let h = clock.number {
        hour = Int(h)
        minute = clock.minute ?? 0
      } else if let named = s.entry("named-time" + suffix)?.value {
        // "from 8 a.m. to noon", "until midnight" (midnight ends the day)
        hour = Int(named.prefix(2)) ?? 0
        minute = Int(named.suffix(2)) ?? 0
        return (hour * 60 + minute, hour >= 12 ? "pm" : "am")
      } else if let h = s.int("hour" + suffix) {
        hour = h
        // spelled minutes: "two forty five"
        if let m = s.int("minute" + suffix) {
          guard (10..<60).contains(m) else { return nil }
          minute = m
        }
      } else {
        return nil
      }
      if meridiem == "pm", hour < 12 { hour += 12 }
      if meridiem == "am", hour == 12 { hour = 0 }
      guard hour <= 24 else { return nil }
      return (hour * 60 + minute, meridiem)
    }
    guard let a = read(""), let b = read("2") else { return nil }
    var start = a.minutes
    var end = b.minutes
    let part = s.entry("part")?.value
    if let part2 = s.entry("part2")?.value {
      // "from 7 in the morning until 8 at night": each hour takes its own part
      let late = ["AF", "EV", "NI"]
      if a.meridiem == nil, let part, late.contains(part), start < 12 * 60 { start += 12 * 60 }
      if b.meridiem == nil, late.contains(part2), end < 12 * 60 { end += 12 * 60 }
      // "until 12 at night": midnight, the day's end
      if b.meridiem == nil, part2 == "NI", end == 12 * 60 { end = 24 * 60 }
      // "from 11 p.m. to 1 in the morning": overnight, the end on the next day
      if b.meridiem == nil, part2 == "MO" || part2 == "NI", end < start { end += 24 * 60 }
    } else if a.meridiem == nil, b.meridiem == nil, let part, ["AF", "EV", "NI"].contains(part) {
      if start < 12 * 60 { start += 12 * 60 }
      if end < 12 * 60 { end += 12 * 60 }
    }
    // "4:40 to 5pm": the end's p.m. holds for the start when it fits
    if a.meridiem == nil, b.meridiem == "pm", start < 12 * 60, start + 12 * 60 <= end {
      start += 12 * 60
    }
    // "from 10-4", "8am-3": an end before the start is in the afternoon
    if b.meridiem == nil, end < start, end < 12 * 60, end + 12 * 60 > start { end += 12 * 60 }
    // "from 10 p.m. to 6 a.m.": overnight, the end on the next day
    if b.meridiem == "am", end < start, start >= 12 * 60 { end += 24 * 60 }
    guard start < end else { return nil }
    let bare = !s.has("clock") && !s.has("clock2") && a.meridiem == nil && b.meridiem == nil
      && part == nil && !s.has("minute") && !s.has("minute2")
    if bare && rule.attribute("opened") != "yes" { return nil }
    var r = Resolution(type: "range", value: nil)
    r.value = "(\(Self.clockText(start)),\(Self.clockText(end % (24 * 60))),\(Self.clockDuration(end - start)))"
    r.granularity = "time"
    r.clock = start
    r.clockEnd = end
    r.meridiemStated = a.meridiem != nil || b.meridiem != nil || part != nil
    r.needsDate = bare
    return r
  }

  /// `minutes` after midnight as a TIMEX3 clock ("T14:05").
  static func clockText(_ minutes: Int) -> String {
    "T\(Format.two(minutes / 60)):\(Format.two(minutes % 60))"
  }

  /// A length of `minutes` as a TIMEX3 duration ("PT2H30M").
  static func clockDuration(_ minutes: Int) -> String {
    var text = "PT"
    if minutes >= 60 { text += "\(minutes / 60)H" }
    if minutes % 60 != 0 { text += "\(minutes % 60)M" }
    return text
  }
}
