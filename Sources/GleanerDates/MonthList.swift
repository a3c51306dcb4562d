/// Months or seasons joined by "and"/"or" share one year: "June and July 2007", "the
/// spring and summer of 2023" (the year stated last holds for those before it); "In
/// 2007 floods hit in June and July" (a month the story dated carries its year on).
enum MonthList {
  /// Gives each month or season with no year stated the year stated on the next one of
  /// its list (a month after the next one's lies in the year before: "December and
  /// January 2008").
  static func shareStatedYear(_ found: inout [DateExtractor.Found], view: TokenView) {
    var k = found.count - 2
    var carried = false
    while k >= 0 {
      defer { k -= 1 }
      let next = found[k + 1]
      guard carried || next.resolution.inferred == nil, joined(found[k], next, view),
        inferredYear(found[k].resolution), sameKind(found[k].resolution, next.resolution),
        let year = next.resolution.startDay?.year, let own = found[k].resolution.startDay,
        let nextStart = next.resolution.startDay
      else {
        carried = false
        continue
      }
      let y = found[k].resolution.granularity == "month" && own.month > nextStart.month ? year - 1 : year
      setYear(&found[k].resolution, y)
      found[k].resolution.anchored = false
      found[k].resolution.direction = nil
      carried = true
    }
  }

  /// Gives the month or season after one the story dated, with no year of its own, the
  /// same year (the next if its month comes earlier: "in November and February"); and
  /// one that the paper's date put before a month ahead it is listed after likewise
  /// ("scheduling jobs for February and March" in September: both ahead).
  static func shareStoryYear(_ found: inout [DateExtractor.Found], view: TokenView) {
    for k in found.indices.dropLast() {
      let first = found[k].resolution
      guard first.anchoredToText || inferredYear(first), joined(found[k], found[k + 1], view),
        inferredYear(found[k + 1].resolution), !found[k + 1].resolution.anchoredToText,
        sameKind(first, found[k + 1].resolution),
        let start = first.startDay, let own = found[k + 1].resolution.startDay,
        first.anchoredToText || own < start && first.direction == "future"
      else { continue }
      let y = first.granularity == "month" && own.month < start.month ? start.year + 1 : start.year
      guard y != own.year else { continue }
      setYear(&found[k + 1].resolution, y)
      found[k + 1].resolution.anchoredToText = first.anchoredToText
      found[k + 1].resolution.direction = first.direction
    }
  }

  /// Whether only "and", "or", commas and "the" stand between two mentions, one of the
  /// first three among them.
  static func joined(_ a: DateExtractor.Found, _ b: DateExtractor.Found, _ view: TokenView) -> Bool {
    let gap = a.end..<b.start
    guard !gap.isEmpty, gap.count <= 3, !view.breakBefore(b.start) else { return false }
    var link = false
    for t in gap {
      if view.is(t, "and") || view.is(t, "or") || view.is(t, ",") {
        link = true
      } else if !view.is(t, "the") {
        return false
      }
    }
    return link
  }

  /// A plain month or season whose year was inferred (not one told relative to the
  /// paper: "last June").
  static func inferredYear(_ r: Resolution) -> Bool {
    r.type == "date" && r.inferred?.contains("year") == true && !r.paperRelative
      && (r.granularity == "month" || r.granularity == "season")
  }

  /// Whether two mentions are dates of one granularity (two months, two seasons).
  static func sameKind(_ a: Resolution, _ b: Resolution) -> Bool {
    a.type == "date" && a.granularity == b.granularity
  }

  /// Sets a month's or season's value and first day to year `y`.
  static func setYear(_ r: inout Resolution, _ y: Int) {
    guard let value = r.value, value.utf8.count > 4, let start = r.startDay else { return }
    r.value = Format.year(y) + value.dropFirst(4)
    r.startDay = Day(y, start.month, 1)
  }
}
