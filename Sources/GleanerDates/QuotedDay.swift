/// "Today", "tomorrow" and "tonight" inside a quotation count from the day its words
/// were said when the attribution of its sentence names one: in "\"We lost a point
/// today,\" a trader said yesterday" the trader's today is the paper's yesterday.
struct QuotedDay {
  let view: TokenView
  let lexicon: DateLexicon
  let anchor: Day?

  /// Moves each relative day inside a quotation by the days between the paper's day and
  /// the day of saying its sentence names outside the quotation ("said yesterday",
  /// "said on Tuesday").
  func apply(_ found: inout [DateExtractor.Found]) {
    guard let anchor else { return }
    for k in found.indices where found[k].rule == "date.relday" {
      guard view.quoteOpener(of: found[k].start) >= 0, let day = found[k].resolution.startDay,
        let value = found[k].resolution.value, value.utf8.count >= 10,
        let said = dayOfSaying(found, k), said != anchor
      else { continue }
      let shift = said.ordinal - anchor.ordinal
      let moved = day.adding(days: shift)
      found[k].resolution.value = moved.iso + value.dropFirst(10)
      found[k].resolution.startDay = moved
      found[k].resolution.anchoredToText = true
      found[k].resolution.direction = moved < anchor ? "past" : anchor < moved ? "future" : nil
    }
  }

  /// The day of a mention of `k`'s sentence outside any quotation, right after a verb
  /// of saying ("a trader said yesterday"), if any, the first in text order (only the
  /// mentions of that sentence are read).
  private func dayOfSaying(_ found: [DateExtractor.Found], _ k: Int) -> Day? {
    let sentence = view.sentence(of: found[k].start)
    func saying(_ j: Int) -> Day? {
      guard view.quoteOpener(of: found[j].start) < 0, found[j].resolution.granularity == "day",
        ContextResolver.isDateType(found[j].resolution.type),
        Tense.saidBefore(view, lexicon, at: found[j].start)
      else { return nil }
      return found[j].resolution.startDay
    }
    var j = k
    while j > 0, view.sentence(of: found[j - 1].start) == sentence { j -= 1 }
    while j < found.count, view.sentence(of: found[j].start) == sentence {
      if j != k, let day = saying(j) { return day }
      j += 1
    }
    return nil
  }
}
