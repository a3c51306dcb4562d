import GleanerText

/// The dateline of a wire story ("MIAMI, Sept. 2 (AP) --", "OSLO 2002-04-09",
/// "Posted 10:31 p.m. EDT, Aug. 11"): the writer's day, from which a news reader
/// counts "today", "tonight" and the weekdays when it is not the record's day
/// (a story filed late and dated the next morning, an archive stamp).
enum Dateline {
  /// Words that open a time stamp before a story.
  private static let stampWords: Set<UInt64> = Set(["posted", "updated", "filed"].map(TokenView.pack))

  /// Words of a headline, never of a dateline's place ("VOTE SET FOR NOV. 5").
  private static let headlineWords: Set<UInt64> = Set(
    ["on", "to", "in", "at", "for", "by", "of", "set", "until", "from", "since", "before",
     "after", "is", "are", "will", "due", "begins", "ends", "opens", "closes"].map(TokenView.pack))

  /// The day of the dateline that opens the story (in its first three paragraphs,
  /// after a headline or byline): a stated day (with or without a clock) after
  /// nothing but an upper-case place name and capitalized words and commas
  /// ("NAIROBI, Kenya,"), or after "Posted"/"Updated", and followed by the agency,
  /// a dash or the end of its line (an ISO day needs none); or a day alone on its
  /// line. Nil for a date in a story's body ("In Washington, Aug. 11, the talks").
  static func day(_ found: [DateExtractor.Found], view: TokenView) -> Day? {
    for f in found.prefix(3) {
      guard view.token(f.start).paragraph <= 2 else { return nil }
      if let day = day(f, view: view) { return day }
    }
    return nil
  }

  private static func day(_ first: DateExtractor.Found, view: TokenView) -> Day? {
    guard let day = TimeDay.namedDay(first.resolution) else { return nil }
    // a stated month and day ("Sept. 2", "1996-08-30"), not "2d ago"
    let inferred = DateExtractor.inferredParts(first.resolution)
    guard inferred == nil || inferred == "year" else { return nil }
    var p = first.start
    while p > 0, !view.breakBefore(p), first.start - p <= 12 { p -= 1 }
    guard p == 0 || view.breakBefore(p) else { return nil }
    let after = first.end
    let lineEnds = after >= view.count || view.breakBefore(after)
    // a day alone on its line ("Tuesday, August 11, 1998")
    if p == first.start { return lineEnds ? day : nil }
    let bytes = view.article.bytes
    let opener = view.token(p)
    // "Posted"/"Updated" right before the day, at the line's start or after the
    // dateline's dash ("BOSTON (AP) -- Updated Sept. 2, 11:40 p.m. --")
    let stamp = view.packed(p).map(stampWords.contains) ?? false
      || (view.token(first.start - 1).isCapitalized
        && (view.packed(first.start - 1).map(stampWords.contains) ?? false))
    if !stamp {
      // the place: an upper-case word of two letters or more ("MIAMI", "THE HAGUE")
      guard opener.kind == .word, opener.range.end - opener.range.start >= 2 else { return nil }
      // (a mixed-case place needs the agency and its dash: "Washington, Aug. 11 (Xinhua) --")
      let lower = bytes[opener.range.start..<opener.range.end].contains { (97...122).contains($0) }
      if lower, !(opener.isCapitalized && agency(after: first.end, view)) { return nil }
      for i in p..<first.start {
        if let w = view.packed(i), headlineWords.contains(w) { return nil }
        let t = view.token(i)
        if t.kind == .word, t.isCapitalized { continue }
        // (a dash between place and day: "MIAMI -- Sept. 2 --")
        if view.is(i, ",") || view.is(i, ".") || view.is(i, "-") { continue }
        return nil
      }
    }
    let iso = view.isNumber(first.start) && view.is(first.start + 1, "-")
    if stamp || iso || lineEnds || view.is(after, "(") || view.is(after, "/")
      || view.is(after, "-") || view.is(after, "_") || view.is(after, "—") || view.is(after, "–")
    {
      return day
    }
    return nil
  }

  /// Whether "(Agency) --" or "(Agency) _" starts at token `i`.
  private static func agency(after i: Int, _ view: TokenView) -> Bool {
    guard view.is(i, "("), view.isWord(i + 1), view.token(i + 1).isCapitalized else { return false }
    var k = i + 2
    if view.is(k, ")") == false, view.isWord(k), view.token(k).isCapitalized { k += 1 }
    guard view.is(k, ")") else { return false }
    return view.is(k + 1, "-") || view.is(k + 1, "_") || view.is(k + 1, "—") || view.is(k + 1, "–")
  }
}
