import GleanerText

/// The day a time with no date in its phrase belongs to:
/// - a day named near it in its sentence ("The drone flew Tuesday over the desert
///   at 17:00 UTC"): the time is on it, and its value says so
///   (`2009-12-15T17:00`), as TimeML writes it (`dateSentenceTimes`);
/// - else the publication day, as news reports times of the day it writes about
///   ("the news conference began at 10:30 a.m."): the value stays as written
///   (`T10:30`) and the day goes beside it (`day(of:in:view:anchor:)`).
enum TimeDay {
  /// Tokens at most between a clock and the day its value takes: farther off,
  /// the day is often another event's ("The league said on Monday it had moved
  /// the club's home match from a night slot to a 2 p.m. start").
  static let datingReach = 12
  /// Tokens at most between a clock and a day after it that dates it: the day of
  /// an aside ("will sail at 5 in the morning (5 a.m. EDT Thursday)"), not of the
  /// next clause ("open at 7AM (closed on Sun & Mon)").
  static let datingReachAfter = 4

  /// Gives each bare clock time the day a date near it in its sentence names
  /// (a time range keeps its own form: `(T13:00,T15:00,PT2H)`).
  /// A clock restated in another zone goes with the clock it restates, and a day
  /// named near either dates both (`ClockAside`): "at 7 p.m. (1600 GMT) on Thursday".
  static func dateSentenceTimes(_ found: inout [DateExtractor.Found], combiner: TimeCombiner) {
    let view = combiner.view
    for k in found.indices {
      let r = found[k].resolution
      guard r.type == "time", r.clock != nil, r.clockEnd == nil,
        r.value?.utf8.first == UInt8(ascii: "T"), !ClockAside.isAside(k, in: found, view),
        !isRecurring(k, in: found, view: view),
        let day = sentenceDay(of: k, in: found, view: view, near: true)
          ?? (ClockAside.isAside(k + 1, in: found, view)
            ? sentenceDay(of: k + 1, in: found, view: view, near: true) : nil)
      else { continue }
      combiner.putClock(&found[k], on: day)
    }
  }

  /// The day (`YYYY-MM-DD`) of `found[k]` if it is a bare time, else nil.
  static func day(of k: Int, in found: [DateExtractor.Found], view: TokenView, anchor: Day?) -> String? {
    guard isBareTime(found[k].resolution) else { return nil }
    // a clock restated in another zone is on the day of the clock it restates,
    // moved across midnight ("3:00pm (7:00am AEDT)": the next day)
    if ClockAside.isAside(k, in: found, view), let shift = ClockAside.shift(found[k - 1].resolution, found[k].resolution),
      let first = day(of: k - 1, in: found, view: view, anchor: anchor).flatMap({ TimeCombiner.day(Substring($0)) })
    {
      return first.adding(days: shift).iso
    }
    if isRecurring(k, in: found, view: view) { return nil }
    return (sentenceDay(of: k, in: found, view: view, near: false) ?? anchor)?.iso
  }

  /// Whether a clock is told of a set of days right after it ("hours extended to
  /// 9 p.m. on weekdays", "opens at 7 a.m. daily"): it recurs, and no one day of
  /// the sentence is its own.
  static func isRecurring(_ k: Int, in found: [DateExtractor.Found], view: TokenView) -> Bool {
    let next = k + 1
    guard next < found.count, found[next].resolution.type == "set" else { return false }
    let gap = found[next].start - found[k].end
    return gap == 0 || gap == 1 && view.is(found[k].end, "on")
  }

  /// The day a date of `found[k]`'s sentence names: the nearest before it (the next
  /// day for a small-hours clock after an evening), else the nearest after it.
  /// `near`: only a day named within `datingReach` tokens, not counted from
  /// another ("began three days ago and crossed the line at 2:15am") and not
  /// opening a range of days ("open Tue - Sun 10AM").
  private static func sentenceDay(
    of k: Int, in found: [DateExtractor.Found], view: TokenView, near: Bool
  ) -> Day? {
    let sentence = sentenceOf(found[k], view)
    // (mentions at most `sentenceReach` tokens away: a sentence of thousands of times
    // would otherwise cost its count squared)
    let reach = near ? datingReach : TokenView.sentenceReach
    func day(_ j: Int) -> Day? {
      // (a point after "since" is no time's day: "have met nightly since Aug. 20, often
      // until 3 a.m.")
      guard let day = namedDay(found[j].resolution), !found[j].resolution.afterSince else { return nil }
      guard near else { return day }
      let rule = found[j].rule
      if rule.hasPrefix("duration.") || rule.contains("ago") || rule.contains("later") { return nil }
      let next = found[j].end
      if next < view.count, view.is(next, "-") || view.is(next, "–") || view.is(next, "to") { return nil }
      return day
    }
    // the nearest mention of the same sentence that names a day, before it first
    var before: (distance: Int, day: Day)?
    var j = k - 1
    while j >= 0, found[k].start - found[j].end <= reach, sentenceOf(found[j], view) == sentence {
      if let day = day(j) {
        let next = pastMidnight(found[k], after: found[j].resolution, view: view)
        before = (k - j, next ? day.adding(days: 1) : day)
        break
      }
      // (a date nearer that names no day ends the search: "on Tuesday, for three
      // days, at 9 a.m.")
      if near, found[j].resolution.type != "time" { break }
      j -= 1
    }
    j = k + 1
    let reachAfter = near ? datingReachAfter : reach
    // (not across "and" or "but" to another clause's day: "opened at 8am and will run
    // until 20 October")
    while j < found.count, j - k < (before?.distance ?? Int.max), found[j].start - found[k].end <= reachAfter,
      sentenceOf(found[j], view) == sentence,
      !(near && (found[k].end..<found[j].start).contains(where: { view.is($0, "and") || view.is($0, "but") }))
    {
      if let day = day(j) { return day }
      if near, found[j].resolution.type != "time" { break }
      j += 1
    }
    return before?.day
  }

  /// A small-hours clock after an evening or night ("began at 11 p.m. Saturday
  /// and ended at 2 a.m." , "Tuesday night ... until midnight"): the next day; not a
  /// midnight that ends its day ("Thursday night ... by midnight": T24:00 of Thursday).
  static func pastMidnight(_ f: DateExtractor.Found, after day: Resolution, view: TokenView) -> Bool {
    let time = f.resolution
    // (up to 6 a.m.: "Coverage starts at 9.55pm on Thursday. It runs until 6am")
    guard let clock = time.clock, clock <= 6 * 60, time.clockEnd == nil,
      !TimeCombiner.endsDay(view, f.start)
    else { return false }
    if let evening = day.clock { return evening >= 18 * 60 && day.clockEnd == nil }
    guard let value = day.value else { return false }
    return value.hasSuffix("TEV") || value.hasSuffix("TNI")
  }

  private static func sentenceOf(_ f: DateExtractor.Found, _ view: TokenView) -> Int? {
    view.sentence(of: f.start)
  }

  /// A time or time range with no date: `T10:30`, `(T09:00,T11:00,PT2H)`.
  private static func isBareTime(_ r: Resolution) -> Bool {
    guard r.clock != nil, let value = r.value, let first = value.utf8.first else { return false }
    return first == UInt8(ascii: "T") || first == UInt8(ascii: "(") && value.utf8.dropFirst().first == UInt8(ascii: "T")
  }

  /// The day a date names (a day, a part of a day, a time on a day).
  static func namedDay(_ r: Resolution) -> Day? {
    guard ContextResolver.isDateType(r.type), ContextResolver.isDayLike(r.granularity), let value = r.value
    else { return nil }
    return r.startDay ?? TimeCombiner.day(value.prefix(10))
  }
}
