/// Quarters joined by "and"/"or" under one noun ("the second and third quarters"):
/// with no year stated, the later one takes the year of the first, as the two are
/// told of together.
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
}
