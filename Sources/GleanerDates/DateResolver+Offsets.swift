import GleanerCore

/// Offsets from the paper or the text ("two days ago", "in three weeks", "three days later") and
/// spans of them.
extension DateResolver {
  /// Whether the count is four digits that name a year ("in 1998 days were
  /// shorter"): no count cue stands before them ("for 1000 years").
  func yearAsCount(_ s: Slots) -> Bool {
    guard let count = s["count"], count.digits == 4, let c = count.number, c >= 1000 else { return false }
    // the count's own token, one or two words into the match ("in 1000 years")
    for k in origin..<min(origin + 3, view.count)
    where view.integer(k).map({ Double($0.value) == c && $0.digits == 4 }) ?? false {
      if Guards.countBeforeUnit(view, lexicon, start: k) { return false }
      break
    }
    return !Guards.fourDigitCount(view, lexicon, start: origin)
  }

  /// Counted from the anchor: two days ago, in three weeks, a year earlier.
  func offset(_ rule: DateRule, _ s: Slots) -> Resolution? {
    guard let unitEntry = s.entry("unit"), !yearAsCount(s) else { return nil }
    let past = rule.attribute("direction") == "past"
    var r = Resolution(type: baseType(rule), value: nil)
    r.direction = past ? "past" : "future"
    let stated = s.has("count") ? nil : Double(rule.attribute("count") ?? "1")
    guard var count = s.number("count") ?? stated else {
      // "a few days ago" is some time past; "a few days from now" (`vague=future`)
      // some time ahead, while "in a few days" is left to the lengths
      if !past, rule.attribute("vague") != "future" { return nil }
      r.value = past ? "PAST_REF" : "FUTURE_REF"
      return r
    }
    // "in an hour and a half", "2 1/2 years ago"
    if let fraction = s.entry("fraction")?.number ?? fractionDigits(s) { count += fraction }
    // "three years and two months ago": the second, smaller unit
    let second = secondUnit(s, after: unitEntry)
    if s.has("unit2"), second == nil { return nil }
    // "in two weeks" in a past-tense sentence: a length of time
    // (and after a present perfect: "has tripled in five years")
    // (and after a verb of finishing: "set a record, finishing in two hours, seven
    // minutes" is the time it took; and hours or minutes after "can": "can repair a
    // line in 45 minutes" is how long it takes)
    if rule.attribute("past") == "duration",
      tense() == -1 || Tense.perfectBefore(view: view, lexicon: lexicon, at: origin)
        || origin > 0 && Self.finishWords.contains(view.text[origin - 1]) && tense() != 1
        || unitEntry.attribute("time") == "yes" && Tense.abilityBefore(view: view, at: origin)
    {
      return duration(rule, s)
    }
    guard let anchor else { return r }
    r.anchored = true
    let factor = Double(unitEntry.attribute("factor") ?? "1") ?? 1
    let n = Int((count * factor).rounded()) * (past ? -1 : 1)
    if rule.attribute("context") == "quarter", unitEntry.value == "Y", abs(n) == 1 {
      r.context = TextContext(kind: .quarter, shift: n)
      r.context?.sameSentence = rule.attribute("from-text") == "yes"
    }
    let a = anchor.day
    let unitGranularity = rule.attribute("granularity") == "unit"
    // "two days later", "two weeks earlier": from the day the text last named, when
    // there is one (else "two weeks earlier" is the week so far back)
    if rule.attribute("from-text") == "yes", unitEntry.value == "D" || unitEntry.value == "W" {
      r.context = TextContext(kind: .day, shift: unitEntry.value == "W" ? 7 * n : n)
      // a length of time when the story names a month but no day to count from
      if !past { r.context?.unanchored = durationValue(count, unitEntry) }
    }
    // "in 1995 ... eight years later": from the year the text last stated
    if rule.attribute("from-text") == "yes", r.context == nil,
      (unitEntry.attribute("letter") ?? unitEntry.value) == "Y"
    {
      r.context = TextContext(kind: .year, shift: n)
      r.context?.sinceBase = rule.attribute("since-base") == "yes"
      if !past { r.context?.unanchored = durationValue(count, unitEntry) }
    }
    // "at the end of July ... a month earlier": from the month its sentence named;
    // "arrested Jan. 17 ... A month later": from the month the story last named
    if rule.attribute("from-text") == "yes", r.context == nil, unitEntry.value == "M" {
      r.context = TextContext(kind: .month, shift: n)
      r.context?.sameSentence = past
      if !past { r.context?.unanchored = durationValue(count, unitEntry) }
    }
    let sign = past ? -1 : 1
    // a fraction or a second unit counts whole days ("a week and a half" is 10.5
    // days, "two weeks and three days" 17), where `n` rounds to whole units
    let exact = count * factor != (count * factor).rounded() || second != nil
    switch unitEntry.value {
    case "D":
      withTime(a.adding(days: n + sign * (second?.days ?? 0)), Slots(), &r)
    case "W" where exact:
      let days = Int((count * factor * 7).rounded()) + (second?.days ?? 0)
      withTime(a.adding(days: sign * days), Slots(), &r)
    case "W":
      let d = a.adding(days: 7 * n)
      if unitGranularity {
        r.value = d.isoWeekString
        r.granularity = "week"
      } else {
        withTime(d, Slots(), &r)
      }
    case "WE" where !exact:
      // "two weekends ago": the weekend of the week two weeks back
      r.value = a.adding(days: 7 * n).isoWeekString + "-WE"
      r.granularity = "week"
    case "M", "Y", "Q", "DE", "C":
      if exact {
        // "two and a half years ago", "three years and two months ago": whole
        // months, the rest in days, to the month (or the day a second unit of days names)
        let perUnit = (unitEntry.attribute("letter") ?? unitEntry.value) == "Y" ? 12.0 : 1.0
        let months = count * factor * perUnit + Double(second?.months ?? 0)
        let whole = months.rounded(.down)
        let days = Int(((months - whole) * 30).rounded()) + (second?.days ?? 0)
        let d = a.adding(months: sign * Int(whole)).adding(days: sign * days)
        if second?.days ?? 0 > 0 || !unitGranularity {
          withTime(d, Slots(), &r)
        } else {
          r.value = d.isoMonth
          r.granularity = "month"
        }
        return r
      }
      // `n` counts the unit's letter (a quarter is 3 M, a decade 10 Y)
      let months = n * ((unitEntry.attribute("letter") ?? unitEntry.value) == "Y" ? 12 : 1)
      // "ten years ago tomorrow": the day after the anniversary (`add-days`); "a year
      // ago Tuesday": the anniversary of the paper's nearest Tuesday
      var shift = rule.attribute("add-days").flatMap(Int.init) ?? 0
      if let w = s.entry("weekday")?.number.map({ Int($0) }), (1...7).contains(w) {
        let back = (a.weekday - w + 7) % 7
        shift = back <= 3 ? -back : 7 - back
      }
      // (the day named first, then counted back: "six months ago Thursday" from Thursday
      // March 31 is Sept. 30, not Oct. 1)
      let d = a.adding(days: shift).adding(months: months)
      // "two years ago this week", "a year ago this month": that week or month
      if rule.attribute("granularity") == "week" {
        r.value = d.isoWeekString
        r.granularity = "week"
      } else if rule.attribute("granularity") == "month" {
        r.value = d.isoMonth
        r.granularity = "month"
      } else if !unitGranularity {
        // ("a year ago Monday night": the weekday's part of the day)
        withTime(d, s.entry("weekday") != nil ? s : Slots(), &r)
      } else if unitEntry.value == "M" {
        r.value = d.isoMonth
        r.granularity = "month"
      } else if unitEntry.value == "Q" {
        r.value = Format.year(d.year) + "-Q\((d.month - 1) / 3 + 1)"
        r.granularity = "quarter"
      } else {
        r.value = Format.year(d.year)
        r.granularity = "year"
      }
    case "H", "MIN", "S":
      // "in 1.5 hours" = 90 minutes
      let unitSeconds = Double(unitEntry.value == "H" ? 3600 : unitEntry.value == "MIN" ? 60 : 1)
      let seconds = (Int((count * factor * unitSeconds).rounded()) + (second?.seconds ?? 0)) * sign
      if rule.attribute("from-text") == "yes" {
        r.context = TextContext(kind: .clock, shift: seconds)
      }
      // a publication date without a time: "two hours ago" is that day, not
      // a clock time counted from midnight
      guard anchor.hour != nil else {
        r.value = a.adding(days: seconds / 86400).iso
        r.granularity = "day"
        return r
      }
      let base = (anchor.hour ?? 0) * 3600 + (anchor.minute ?? 0) * 60 + seconds
      let days = base >= 0 ? base / 86400 : (base - 86399) / 86400
      let rest = base - days * 86400
      let d = a.adding(days: days)
      r.value = "\(d.iso)T\(Format.two(rest / 3600)):\(Format.two(rest % 3600 / 60))"
      r.type = "datetime"
      r.granularity = "time"
    default:
      return nil
    }
    return r
  }

  /// The second, smaller unit of a count ("three years and ⏩two months⏪ ago")
  /// in whole months, days or seconds; nil without one, or when it is not
  /// smaller than `unit` or not whole.
  func secondUnit(_ s: Slots, after unit: LexEntry) -> (months: Int, days: Int, seconds: Int)? {
    guard let unit2 = s.entry("unit2"), let count2 = s.number("count2"), count2 == count2.rounded(),
      count2 >= 1
    else { return nil }
    let n = Int(count2)
    let isTime = unit.attribute("time") == "yes"
    switch (unit.value, unit2.value) {
    case ("Y", "M"), ("DE", "Y"), ("C", "Y"): return (unit2.value == "M" ? n : 12 * n, 0, 0)
    case ("Y", "W"), ("M", "W"): return (0, 7 * n, 0)
    case ("Y", "D"), ("M", "D"), ("W", "D"): return (0, n, 0)
    case ("H", "MIN"), ("MIN", "S"): return isTime ? (0, 0, unit2.value == "MIN" ? 60 * n : n) : nil
    default: return nil
    }
  }

  /// Days or weeks next to the anchor: "next 3 days" = from tomorrow,
  /// "10 previous weeks" = up to the anchor, as an interval.
  func span(_ rule: DateRule, _ s: Slots) -> Resolution? {
    guard let unit = s.entry("unit"),
      let count = s.number("count") ?? rule.attribute("count").flatMap({ Double($0) }),
      count >= 1, count == count.rounded(),
      let relative = s.entry("spanrel")?.number ?? rule.attribute("rel").flatMap({ Double($0) }),
      count == 1 || unit.attribute("plural") == "yes"  // "13 last minute" is no span of 13
    else { return nil }
    let days: Int
    let letter = unit.attribute("letter") ?? unit.value
    // minutes: "MIN", or the letter "M" of a time unit (months are "M" too)
    if letter == "MIN" || letter == "M" && unit.attribute("time") == "yes" {
      return clockSpan(minutes: Int(count), past: relative < 0)
    }
    var r = Resolution(type: "range", value: nil)
    let past = relative < 0
    switch (unit.value, letter) {
    case (_, "D"): days = Int(count)
    case (_, "W"): days = 7 * Int(count)
    case (_, "H"): return clockSpan(minutes: 60 * Int(count), past: past)
    case ("Q", _):
      // whole quarters before or after the publication date's quarter
      guard let anchor else { return r }
      let a = anchor.day
      let current = Day(a.year, 3 * ((a.month - 1) / 3) + 1, 1)
      let first = past ? current.adding(months: -3 * Int(count)) : current.adding(months: 3)
      let last = past ? current : first.adding(months: 3 * Int(count))
      return spanned(&r, first, last, past: past, granularity: "quarter")
    case (_, "BD"):
      // business days: weekdays next to the publication date
      guard let anchor else { return r }
      var first = anchor.day
      var last = anchor.day
      var counted = 0
      while counted < Int(count) {
        if past {
          first = first.adding(days: -1)
          if first.weekday <= 5 { counted += 1 }
        } else {
          last = last.adding(days: 1)
          if last.weekday <= 5 {
            if counted == 0 { first = last }
            counted += 1
          }
        }
      }
      if !past { last = last.adding(days: 1) }
      return spanned(&r, first, last, past: past, granularity: "day")
    default: return nil
    }
    guard let anchor else { return r }
    let a = anchor.day
    let first = past ? a.adding(days: -days) : a.adding(days: 1)
    let last = past ? a : a.adding(days: 1 + days)
    return spanned(&r, first, last, past: past, granularity: "day")
  }

  /// Fills `r` as the interval from `first` up to `last` (exclusive).
  func spanned(
    _ r: inout Resolution, _ first: Day, _ last: Day, past: Bool, granularity: String
  ) -> Resolution {
    r.value = "\(first.iso)/\(last.iso)"
    r.anchored = true
    r.direction = past ? "past" : "future"
    r.granularity = granularity
    r.startDay = first
    return r
  }

  /// Hours or minutes up to or from the anchor's time ("the next hour",
  /// "the 15 past minutes"): a Recognizers-style tuple of both ends.
  func clockSpan(minutes: Int, past: Bool) -> Resolution? {
    var r = Resolution(type: "range", value: nil)
    guard let anchor else { return r }
    func point(_ offset: Int) -> String {
      let base = (anchor.hour ?? 0) * 60 + (anchor.minute ?? 0) + offset
      let days = base >= 0 ? base / 1440 : (base - 1439) / 1440
      return anchor.day.adding(days: days).iso + Self.clockText(base - days * 1440)
    }
    let (from, to) = past ? (point(-minutes), point(0)) : (point(0), point(minutes))
    r.value = "(\(from),\(to),\(Self.clockDuration(minutes)))"
    r.anchored = true
    r.direction = past ? "past" : "future"
    r.granularity = "time"
    return r
  }
}
