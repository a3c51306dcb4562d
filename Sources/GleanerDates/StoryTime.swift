import GleanerText

/// Bare times of a story: a clock or a part of the day that no day of its own
/// sentence dates (`TimeDay.dateSentenceTimes`) is, in a text that tells a story,
/// on the story's day, and its value says so as TimeML writes it:
/// - the day of a date right after it ("worked through the night on Sunday");
/// - else the day named before it in its sentence, or in the sentence before it ("The
///   quake hit on Monday. It struck at 4 a.m." = Monday 04:00);
/// - else the publication day ("The minister spoke at 10 a.m.").
/// A time that recurs ("at 9:40 a.m. every Monday") stays as written, and so does any
/// in a text of one or two sentences (a request: "I'll be back at 9am", "let's meet in
/// the evening": `T09:00`, `TEV`, its day beside it).
struct StoryTime {
  let view: TokenView
  let lexicon: DateLexicon
  let combiner: TimeCombiner
  let anchor: Day?

  /// Sentences a text holds at least to tell a story.
  static let storySentences = 3

  /// Parts of the day a bare time value may name (`TEV`).
  static let dayParts: Set<String> = ["TMO", "TAF", "TEV", "TNI", "TDT", "TMI"]

  func apply(_ found: inout [DateExtractor.Found]) {
    guard let anchor, view.article.sentences.count >= Self.storySentences else { return }
    for k in found.indices {
      let r = found[k].resolution
      guard r.type == "time", let value = r.value, value.utf8.first == UInt8(ascii: "T") else { continue }
      let clock = r.clock != nil && r.clockEnd == nil
      guard clock || Self.dayParts.contains(value),
        !ClockAside.isAside(k, in: found, view), !tellsSet(k, in: found)
      else { continue }
      let told = storyDay(of: k, in: found)
      let day = told ?? anchor
      if clock {
        combiner.putClock(&found[k], on: day)
      } else {
        found[k].resolution.value = day.iso + value
        found[k].resolution.type = "datetime"
        found[k].resolution.startDay = day
        found[k].resolution.anchored = true
        found[k].resolution.anchoredToText = true
      }
      if told == nil { found[k].resolution.anchoredToText = false }
    }
  }

  /// Whether a set of days shares the sentence of `found[k]` ("departs at 9:40 a.m.
  /// every Monday, arriving at 11:55 a.m."): its times recur, on no one day.
  private func tellsSet(_ k: Int, in found: [DateExtractor.Found]) -> Bool {
    let sentence = view.sentence(of: found[k].start)
    var j = k - 1
    while j >= 0, k - j <= 8, view.sentence(of: found[j].start) == sentence {
      if found[j].resolution.type == "set" { return true }
      j -= 1
    }
    j = k + 1
    while j < found.count, j - k <= 8, view.sentence(of: found[j].start) == sentence {
      if found[j].resolution.type == "set" { return true }
      j += 1
    }
    return false
  }

  /// The day of a date right after `found[k]` in its sentence ("worked through the
  /// night on Sunday"), else the day named last before it in its sentence, else in the
  /// sentence right before it (wire paragraphs are often one sentence long): the next
  /// day for a small-hours clock after an evening ("shot at 10:40 p.m. Friday. He died
  /// shortly after midnight"). None when the time's sentence tells the other side of
  /// the paper from the day ("will be sworn in on Jan. 9. She declared victory shortly after
  /// midnight": a past time, no day ahead).
  private func storyDay(of k: Int, in found: [DateExtractor.Found]) -> Day? {
    guard let sentence = view.sentence(of: found[k].start) else { return nil }
    func sameSentence(_ j: Int) -> Bool { view.sentence(of: found[j].start) == sentence }
    if k + 1 < found.count, sameSentence(k + 1),
      found[k + 1].start - found[k].end <= TimeDay.datingReachAfter,
      !(found[k].end..<found[k + 1].start).contains(where: { view.is($0, "and") || view.is($0, "but") }),
      let day = TimeDay.namedDay(found[k + 1].resolution)
    {
      return day
    }
    let tense = Tense.around(view: view, lexicon: lexicon, found[k].start, found[k].end)
    var j = k - 1
    while j >= 0, found[k].start - found[j].end <= TokenView.sentenceReach,
      let other = view.sentence(of: found[j].start), sentence - other <= 1
    {
      let r = found[j].resolution
      if r.type != "duration", r.type != "set", let day = TimeDay.namedDay(r) {
        if tense == -1 && anchor.map({ $0 < day }) ?? false || tense == 1 && anchor.map({ day < $0 }) ?? false {
          return nil
        }
        return TimeDay.pastMidnight(found[k].resolution, after: r) ? day.adding(days: 1) : day
      }
      j -= 1
    }
    return nil
  }
}
