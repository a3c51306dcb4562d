/// Quarters joined by "and"/"or" under one noun ("the second and third quarters"):
/// with no year stated, the later one takes the year of the first, as the two are
/// told of together; a quarter told with the day it ended takes that day's year.
enum QuarterList {
  /// Moves each listed quarter of `found` with an inferred year into the year of the
  /// quarter named right before it.
  static func shareYear(_ found: inout [DateExtractor.Found], view: TokenView) {
    var k = 1
    while k < found.count {
      defer { k += 1 }
      let first = found[k - 1]
      guard first.rule == "date.quarter", found[k].rule == "date.quarter",
        found[k].resolution.inferred?.contains("year") == true,
        found[k].start == first.end + 1, view.is(first.end, "and") || view.is(first.end, "or"),
        view.lowercasedEnds(found[k].end - 1, "quarters"),
        let year = first.resolution.value.flatMap(ContextResolver.leadingYear),
        let value = found[k].resolution.value,
        let own = ContextResolver.leadingYear(value), abs(own - year) == 1,
        let q = ContextWalk.quarterNumber(value)
      else { continue }
      found[k].resolution.value = "\(Format.year(year))-Q\(q)"
      found[k].resolution.startDay = Day(year, 3 * q - 2, 1)
      found[k].resolution.direction = first.resolution.direction
    }
  }

  /// "the fiscal third quarter, which ended March 31" in an April paper: a quarter with
  /// no year stated before "ended"/"ending" and a day (", which" between allowed) is
  /// labelled with the year it ended in, as a fiscal quarter is ("the fiscal first
  /// quarter ended Sept. 30" = that year's Q1).
  static func endYear(_ found: inout [DateExtractor.Found], view: TokenView) {
    for k in found.indices.dropLast() {
      guard found[k].rule == "date.quarter", found[k].resolution.granularity == "quarter",
        found[k].resolution.inferred?.contains("year") == true,
        let q = found[k].resolution.value.flatMap(ContextWalk.quarterNumber),
        found[k + 1].resolution.granularity == "day", let end = found[k + 1].resolution.startDay
      else { continue }
      var j = found[k].end
      if j < found[k + 1].start, view.is(j, ",") { j += 1 }
      if j < found[k + 1].start, view.is(j, "which") || view.is(j, "that") { j += 1 }
      guard j + 1 == found[k + 1].start, !view.breakBefore(j),
        view.is(j, "ended") || view.is(j, "ending") || view.is(j, "ends")
      else { continue }
      found[k].resolution.value = "\(Format.year(end.year))-Q\(q)"
      found[k].resolution.startDay = Day(end.year, 3 * q - 2, 1)
    }
  }
}
