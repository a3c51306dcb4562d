import GleanerText

/// The day a time with no date in its phrase belongs to ("the news conference
/// began at 10:30 a.m."): the day a date of its sentence names, else the
/// publication day (news reports times of the day it writes about unless it
/// names another). The value stays as written (`T10:30`); the day goes beside it.
enum TimeDay {
  /// The day (`YYYY-MM-DD`) of `found[k]` if it is a bare time, else nil.
  static func day(of k: Int, in found: [DateExtractor.Found], view: TokenView, anchor: Day?) -> String? {
    guard isBareTime(found[k].resolution) else { return nil }
    let sentence = sentenceOf(found[k], view)
    // (mentions at most `sentenceReach` tokens away: a sentence of thousands of times
    // would otherwise cost its count squared)
    let reach = TokenView.sentenceReach
    // the nearest mention of the same sentence that names a day, before it first
    var before: (distance: Int, day: Day)?
    var j = k - 1
    while j >= 0, found[k].start - found[j].start <= reach, sentenceOf(found[j], view) == sentence {
      if let day = namedDay(found[j].resolution) {
        before = (k - j, pastMidnight(found[k].resolution, after: found[j].resolution) ? day.adding(days: 1) : day)
        break
      }
      j -= 1
    }
    j = k + 1
    while j < found.count, j - k < (before?.distance ?? Int.max), found[j].start - found[k].start <= reach,
      sentenceOf(found[j], view) == sentence
    {
      if let day = namedDay(found[j].resolution) { return day.iso }
      j += 1
    }
    return (before?.day ?? anchor)?.iso
  }

  /// A small-hours clock after an evening or night ("began at 11 p.m. Saturday
  /// and ended at 2 a.m." , "Tuesday night ... until midnight"): the next day.
  private static func pastMidnight(_ time: Resolution, after day: Resolution) -> Bool {
    guard let clock = time.clock, clock < 6 * 60, time.clockEnd == nil else { return false }
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
