/// A day told from its neighbour: "the day after" a named day, an eve, a holiday's edge, a weekday
/// joined to a weekly set.
extension TimeCombiner {
  /// "the day after Christmas", "the day before Tuesday's vote": the day next
  /// to a named day. The before/after word is the match's modifier or stands
  /// right before it; `floor` is where the previous mention ends.
  /// A one-word mention of a part of the day (`part`: "the morning after Election
  /// Day") may stand between; it is read as a word.
  func dayNextTo(
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

  /// "the year before 2015", "the year after 1990": the year next to a stated
  /// one. `y` is the mention "the year", `f` the year's with its "before"/"after".
  func yearNextTo(_ y: DateExtractor.Found, _ f: DateExtractor.Found) -> DateExtractor.Found? {
    guard view.is(y.start, "the"), view.is(y.start + 1, "year"), let sign = nextDaySign(f.start),
      f.resolution.type == "date", f.resolution.granularity == "year",
      let value = f.resolution.value, value.utf8.count == 4, let year = Int(value), year + sign > 0
    else { return nil }
    var r = f.resolution
    r.value = Format.year(year + sign)
    r.startDay = Day(year + sign, 1, 1)
    r.mod = nil
    return DateExtractor.Found(start: y.start, end: f.end, rule: f.rule + "+next-year", resolution: r)
  }

  /// The TIMEX part of day a word before "before"/"after" names ("the night
  /// before", "the morning after"); nil for other words.
  static func nextDayPart(_ view: TokenView, _ i: Int) -> String? {
    view.is(i, "night") ? "NI" : view.is(i, "morning") ? "MO" : view.is(i, "evening") ? "EV"
      : view.is(i, "afternoon") ? "AF" : nil
  }

  /// "the Monday after Easter", "the Tuesday after Labor Day", "the Sunday
  /// before Christmas": the first such weekday after (before) a named day. `w`
  /// is the weekday's mention, `f` the day's, "after"/"before" between them.
  func weekdayNextTo(_ w: DateExtractor.Found, _ f: DateExtractor.Found)
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
  func dayOnEve(_ f: DateExtractor.Found, after floor: Int) -> DateExtractor.Found? {
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
  func holidayEdge(_ f: DateExtractor.Found, after floor: Int) -> DateExtractor.Found? {
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
  static let dayOrdinals: [UInt64: Int] = {
    let words = ["first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth"]
    var table: [UInt64: Int] = [:]
    for (i, word) in words.enumerated() { table[TokenView.pack(word)] = i + 1 }
    return table
  }()

  static let lastWord = TokenView.pack("last")

  static let finalWord = TokenView.pack("final")

  /// Whether `b` is listed right after `a`: "and" or "or" between, a comma and "and"/"or"
  /// ("every Monday, Wednesday, and Friday"), or a comma when the list goes on after `b`
  /// ("every Monday, Wednesday and Friday").
  func listed(_ a: DateExtractor.Found, _ b: DateExtractor.Found) -> Bool {
    if b.start == a.end + 1 {
      if view.is(a.end, "and") || view.is(a.end, "or") { return true }
      return view.is(a.end, ",") && b.end < view.count
        && (view.is(b.end, ",") || view.is(b.end, "and") || view.is(b.end, "or"))
    }
    return b.start == a.end + 2 && view.is(a.end, ",") && (view.is(a.end + 1, "and") || view.is(a.end + 1, "or"))
  }

  /// "every Tuesday and Thursday", "every Monday, Wednesday and Friday": a weekday
  /// listed after a weekly set is one too; so is a month or season listed after a
  /// yearly one ("each May and June").
  func sharedSet(_ a: DateExtractor.Found, _ b: DateExtractor.Found) -> DateExtractor.Found? {
    if listed(a, b),
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
    guard listed(a, b),
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
  func nextDaySign(_ k: Int) -> Int? {
    view.is(k, "after") ? 1 : view.is(k, "before") ? -1 : nil
  }
}
