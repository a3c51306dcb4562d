/// Joins neighbouring mentions that name one point or span of time:
/// a date and a time ("Tuesday at 3 pm", "4 p.m. EDT Oct. 21"), a date and a
/// time range ("tomorrow from 8 to 8:45"), and a count of units counted
/// from a date ("five weeks from Monday", "5 days before Christmas");
/// "the day after" a named day; a weekday joined to a weekly set ("every
/// Tuesday and Thursday").
struct TimeCombiner {
  let view: TokenView
  let lexicon: DateLexicon
  /// The paper's day, when known ("a week ago Saturday" counts from its last Saturday).
  var paper: Day? = nil

  /// Words that may stand between a date and its time.
  static let dateTimeGap: Set<[String]> = [
    [], [","], ["at"], [",", "at"], ["on"], [",", "on"], ["around"], ["about"], ["of"],
    // chat shorthand: "Wed 10/23 @ 3pm"
    ["@"], [",", "@"],
  ]
  /// Lists whose words may follow a dotted "a.m." in the same sentence
  /// ("5 p.m. Tuesday", "10 a.m. CST Dec. 4", "noon Today").
  static let dayNames = ["weekday", "month", "relday", "holiday", "timezone"]
  /// Words that count a duration from a date.
  static let offsetWords: [String: Int] = ["from": 1, "after": 1, "before": -1]
  /// Days a British "a week" or "a fortnight" may stand right before ("a week today").
  static let weekFromDayWords: Set<String> = ["today", "tomorrow"]

  /// Whether `found[k]` is the weekday that closes a range of weekdays
  /// ("Mon-Fri 8am-6pm": the hours hold for every day, not the last one).
  /// A weekday told after its clock ("9 p.m. Tuesday to 4 a.m. Wednesday") closes
  /// no range of days: the clock before "to" goes with its own day.
  func closesDayRange(_ found: [DateExtractor.Found], _ k: Int) -> Bool {
    let start = found[k].start
    guard k > 0, start >= 2, found[k - 1].end == start - 1, found[k].rule == "date.weekday",
      found[k - 1].rule == "date.weekday", lexicon.starts(.weekday, view, at: start)
    else { return false }
    return view.is(start - 1, "-") || view.is(start - 1, "–") || view.is(start - 1, "through")
      || view.is(start - 1, "to") || view.is(start - 1, "thru")
  }

  /// Whether `found[k]` is the weekday that opens a range of weekdays
  /// ("9:30 a.m. to 4 p.m., Monday through Friday": the hours hold for every day).
  func opensDayRange(_ found: [DateExtractor.Found], _ k: Int) -> Bool {
    k + 1 < found.count && found[k].rule == "date.weekday" && closesDayRange(found, k + 1)
  }

  /// Joins neighbours of `found` in place (mentions kept are moved, not copied).
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
      if k > 0, start == found[k - 1].end, found[k - 1].end - found[k - 1].start == 2,
        let year = yearNextTo(found[k - 1], found[k])
      {
        found[k] = year
        found[k - 1].start = -1
        merged = true
        continue
      }
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
      if k > 0, listed(found[k - 1], found[k]), let set = sharedSet(found[k - 1], found[k])
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

  func gap(_ a: DateExtractor.Found, _ b: DateExtractor.Found) -> [String]? {
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

  /// `time` in the afternoon when it is a spelled bare clock of 1-5 and `day` a plain day
  /// told from the paper ("four o'clock today"; digits stay as written: "2:00 tomorrow"),
  /// else as it is.
  func afternoon(_ time: DateExtractor.Found, of day: DateExtractor.Found, part: String?) -> Resolution {
    let r = time.resolution
    guard part == nil, day.rule == "date.relday", day.end - day.start == 1, !r.meridiemStated,
      r.clockEnd == nil, let clock = r.clock, (60..<360).contains(clock),
      !(time.start..<time.end).contains(where: { view.isNumber($0) }),
      view.is(day.start, "today") || view.is(day.start, "yesterday") || view.is(day.start, "tomorrow")
    else { return r }
    var moved = r
    moved.clock = clock + 720
    return moved
  }

  func join(_ a: DateExtractor.Found, _ b: DateExtractor.Found) -> DateExtractor.Found? {
    guard let words = gap(a, b) else { return nil }
    if Self.dateTimeGap.contains(words) {
      if let day = dayOf(a.resolution), isTime(b.resolution) {
        return withTime(
          day, time: afternoon(b, of: a, part: day.part), start: a.start, end: b.end, rule: a.rule,
          midnight: isMidnight(b), context: a.resolution.context)
      }
      if isTime(a.resolution), words != [",", "at"], let day = dayOf(b.resolution) {
        return withTime(
          day, time: afternoon(a, of: b, part: day.part), start: a.start, end: b.end, rule: b.rule,
          midnight: isMidnight(a), context: b.resolution.context)
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
}
