import GleanerText

/// The day a time with no date in its phrase belongs to ("the news conference
/// began at 10:30 a.m."): the day a date of its sentence names, else the
/// publication day (news reports times of the day it writes about unless it
/// names another). The value stays as written (`T10:30`); the day goes beside it.
enum TimeDay {
  /// For each mention of `found`, its day (`YYYY-MM-DD`) if it is a bare time.
  static func days(_ found: [DateExtractor.Found], view: TokenView, anchor: Day?) -> [String?] {
    guard found.contains(where: { isBareTime($0.resolution) }) else {
      return Array(repeating: nil, count: found.count)
    }
    let sentences = found.map { view.article.sentenceIndex(containing: view.token($0.start).range.start) }
    var days: [String?] = Array(repeating: nil, count: found.count)
    for k in found.indices where isBareTime(found[k].resolution) {
      let inSentence = found.indices.first { j in
        sentences[j] != nil && sentences[j] == sentences[k] && namedDay(found[j].resolution) != nil
      }
      days[k] = (inSentence.flatMap { namedDay(found[$0].resolution) } ?? anchor)?.iso
    }
    return days
  }

  /// A time or time range with no date: `T10:30`, `(T09:00,T11:00,PT2H)`.
  private static func isBareTime(_ r: Resolution) -> Bool {
    guard let value = r.value else { return false }
    return value.hasPrefix("T") || value.hasPrefix("(T")
  }

  /// The day a date names (a day, a part of a day, a time on a day).
  private static func namedDay(_ r: Resolution) -> Day? {
    guard r.type == "date" || r.type == "datetime",
      r.granularity == "day" || r.granularity == "part-of-day" || r.granularity == "time",
      let value = r.value
    else { return nil }
    return r.startDay ?? TimeCombiner.day(value.prefix(10))
  }
}
