import GleanerCore

/// Lengths of time (P6W), sets (every Monday) and fixed values (PRESENT_REF).
extension DateResolver {
  /// The TIMEX3 duration of `count` units ("days" with no count is `PXD`).
  func durationValue(_ count: Double?, _ unit: LexEntry) -> String {
    let factor = Double(unit.attribute("factor") ?? "1") ?? 1
    var letter = unit.attribute("letter") ?? unit.value
    // an unknown count of a multiple unit keeps its own letter: "centuries" = PXC
    if count == nil, let vague = unit.attribute("vague-letter") { letter = vague }
    let isTime = unit.attribute("time") == "yes"
    // whole millennia as TIMEX3 writes them: "two thousand years" = P2L
    if letter == "Y", let years = count.map({ $0 * factor }), years >= 1000,
      years.truncatingRemainder(dividingBy: 1000) == 0
    {
      return "P" + Format.count(years / 1000) + "L"
    }
    let amount = count.map { Format.count($0 * factor) } ?? "X"
    return "P" + (isTime ? "T" : "") + amount + letter
  }

  /// `resolve=duration`: a length of time ("six weeks" P6W, "more than 15 months" P15M).
  func duration(_ rule: DateRule, _ s: Slots) -> Resolution? {
    guard let unit = s.entry("unit") else { return nil }
    var r = Resolution(type: "duration", value: nil)
    var count: Double? = s.number("count")
    if !s.has("count") { count = rule.attribute("count").flatMap { Double($0) } }
    // (no whole count before a fraction in digits: "1/2 hour" is count 0 and the fraction)
    if let c = count, c < 0 || c == 0 && !s.has("numerator") || yearAsCount(s) { return nil }
    if unit.attribute("bare") == "no", s.entry("count")?.attribute("article") == "yes" { return nil }
    // "two and a half hours", "a minute and a half", "5 1/2 hours"
    if let fraction = s.entry("fraction")?.number ?? fractionDigits(s) {
      count = (count ?? 1) + fraction
    }
    r.value = durationValue(count, unit)
    r.granularity = unit.attribute("granularity")
    if let value = r.value, rule.attribute("split") == "yes", let count {
      r.value = splitValue(count, unit) ?? value
    }
    // "2 hours and 15 minutes": two units, the second smaller
    if let unit2 = s.entry("unit2") {
      guard let count, let count2 = s.number("count2"), count == count.rounded(),
        count2 == count2.rounded(), let second = splitUnit(unit)?.letter,
        unit2.attribute("letter") ?? unit2.value == second,
        // (a time unit: "80 hours a month" is a rate, no minute)
        unit2.attribute("time") == "yes"
      else { return nil }
      r.value = durationValue(count, unit) + Format.count(count2) + second
      r.amount = nil
      return r
    }
    // an amount lets a duration be laid on the calendar ("two days after May 5")
    if let count, unit.attribute("calendar") != "no" {
      let factor = Double(unit.attribute("factor") ?? "1") ?? 1
      r.amount = (count * factor, unit.attribute("letter") ?? unit.value, unit.attribute("time") == "yes")
    }
    return r
  }

  /// A fraction written in digits after a count ("5 1/2").
  func fractionDigits(_ s: Slots) -> Double? {
    guard let top = s.number("numerator"), let bottom = s.number("denominator"), bottom > top,
      top > 0
    else { return nil }
    return top / bottom
  }

  /// The next smaller unit of a time unit: hours → minutes, minutes → seconds.
  func splitUnit(_ unit: LexEntry) -> (letter: String, factor: Double)? {
    guard unit.attribute("time") == "yes" else { return nil }
    switch unit.attribute("letter") ?? unit.value {
    case "H": return ("M", 60)
    case "M": return ("S", 60)
    default: return nil
    }
  }

  /// A time length with a fraction in whole smaller units: `PT1M30S`, `PT5H30M`.
  func splitValue(_ count: Double, _ unit: LexEntry) -> String? {
    guard count != count.rounded(.down), let (letter, factor) = splitUnit(unit) else { return nil }
    let whole = count.rounded(.down)
    let rest = (count - whole) * factor
    guard rest == rest.rounded() else { return nil }
    // "half an hour" = PT30M, not PT0H30M (split units are time units)
    return (whole == 0 ? "PT" : durationValue(whole, unit)) + Format.count(rest) + letter
  }

  /// `resolve=set`: a recurring time ("every Monday" XXXX-WXX-1, "weekly" P1W).
  func set(_ rule: DateRule, _ s: Slots) -> Resolution? {
    var r = Resolution(type: "set", value: nil)
    if let fixed = s.entry("set-word")?.value ?? s.entry("ref")?.value ?? rule.attribute("value") {
      r.value = fixed
      return r
    }
    if let d = s.int("day"), (1...31).contains(d) {
      // "every Nov. 11": the month and day; "the 5th of every month": the day
      let m = s.entry("month")?.number.map { Int($0) }
      r.value = "XXXX-" + (m.map { Format.two($0) } ?? "XX") + "-\(Format.two(d))"
      r.granularity = "day"
      return r
    }
    if let m = s.entry("month")?.number.map({ Int($0) }) {
      // "each September"
      r.value = "XXXX-\(Format.two(m))"
      r.granularity = "month"
      return r
    }
    if let w = s.entry("weekday")?.number.map({ Int($0) }) {
      // "open Tuesday through Saturday": each week's days from one to the other
      if let w2 = s.entry("weekday2")?.number.map({ Int($0) }) {
        r.value = "XXXX-WXX-\(w)/XXXX-WXX-\(w2)"
        r.granularity = "day"
        return r
      }
      r.value = "XXXX-WXX-\(w)" + (timeOfDay(s) ?? "")
      r.granularity = "day"
      return r
    }
    if let q = s.entry("quarter")?.number.map({ Int($0) }), (1...4).contains(q) {
      // "each second quarter": that quarter of every year
      r.value = "XXXX-Q\(q)"
      r.granularity = "quarter"
      return r
    }
    if let season = s.entry("season")?.value {
      // "each spring"
      r.value = "XXXX-" + season
      return r
    }
    if let holiday = s.entry("holiday")?.value {
      // "every Christmas": a holiday of a fixed day (one that moves has no such value)
      let parts = holiday.split(separator: "-")
      guard parts.count == 2, parts.allSatisfy({ $0.count == 2 && $0.allSatisfy(\.isNumber) }) else {
        return nil
      }
      r.value = "XXXX-" + holiday
      r.granularity = "day"
      return r
    }
    if let unit = s.entry("unit") {
      // ("every other week": `count=2` on the pattern; "three times a day":
      // `freq=yes`, the count is how often, the unit the period)
      let count = rule.attribute("freq") == "yes" ? 1
        : s.number("count") ?? rule.attribute("count").flatMap(Double.init) ?? (s.has("count") ? nil : 1)
      r.value = durationValue(count, unit)
      return r
    }
    if let time = timeOfDay(s) {
      r.value = time
      return r
    }
    return nil
  }

  /// `resolve=fixed`: a value given by the rule or the word ("now" PRESENT_REF).
  func fixed(_ rule: DateRule, _ s: Slots) -> Resolution? {
    guard let value = s.entry("ref")?.value ?? rule.attribute("value") else { return nil }
    var r = Resolution(type: s.entry("ref")?.attribute("type") ?? baseType(rule), value: value)
    r.direction = value == "PAST_REF" ? "past" : value == "FUTURE_REF" ? "future" : nil
    // "now" may end a range: "between January and now"
    if value == "PRESENT_REF", let anchor { r.startDay = anchor.day }
    return r
  }
}
