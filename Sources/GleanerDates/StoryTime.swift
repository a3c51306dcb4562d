import GleanerText

/// Bare times of a story: a clock or a part of the day that no day of its own
/// sentence dates (`TimeDay.dateSentenceTimes`) is, in a text that tells a story,
/// on the story's day, and its value says so as TimeML writes it:
/// - the day of a date right after it ("worked through the night on Sunday");
/// - else the day named before it in its sentence, or in the sentence before it ("The
///   quake hit on Monday. It struck at 4 a.m." = Monday 04:00), or in a past narrative
///   the one before that; a day of background ("a standoff that began Tuesday") or
///   after "since" is skipped;
/// - else the publication day ("The minister spoke at 10 a.m.").
/// A time that recurs ("at 9:40 a.m. every Monday", "often until 3 a.m.") stays as
/// written, and so does any in a text of one or two sentences (a request: "I'll be back
/// at 9am", "we can talk in the evening": `T09:00`, `TEV`, its day beside it).
struct StoryTime {
  let view: TokenView
  let lexicon: DateLexicon
  let combiner: TimeCombiner
  let anchor: Day?

  /// Sentences a text holds at least to tell a story.
  static let storySentences = 3

  /// Parts of the day a bare time value may name (`TEV`).
  static let dayParts: Set<String> = ["TMO", "TAF", "TEV", "TNI", "TDT", "TMI"]

  /// Words of a habit in a time's sentence ("often until 3 a.m.", "met nightly"): the
  /// time recurs, on no one day.
  static let habitWords: Set<String> = DateResolver.habitWords.union([
    "often", "sometimes", "always", "nightly", "daily", "routinely", "regularly",
  ])

  /// Words that open a clause of background before a day ("a standoff that began
  /// Tuesday afternoon", "since it broke out on Monday", "after talks collapsed late on
  /// Tuesday night"): no day of the story's news.
  static let backgroundOpenerSet = Set(
    ["that", "which", "who", "since", "after", "before"].map(TokenView.pack))

  func apply(_ found: inout [DateExtractor.Found]) {
    guard let anchor, view.article.sentences.count >= Self.storySentences else { return }
    for k in found.indices {
      let r = found[k].resolution
      guard r.type == "time", let value = r.value, value.utf8.first == UInt8(ascii: "T") else { continue }
      let clock = r.clock != nil && r.clockEnd == nil
      guard clock || Self.dayParts.contains(value),
        !ClockAside.isAside(k, in: found, view), !tellsSet(k, in: found), !tellsHabit(k, in: found)
      else { continue }
      // ("rest during the midday hours": hours of any day)
      if found[k].end < view.count, view.is(found[k].end, "hours") { continue }
      let told: Day?
      var part: String?
      switch storyDay(of: k, in: found) {
      case .day(let d, let p): (told, part) = (d, p)
      case .paper: told = nil
      case .asWritten: continue
      }
      let day = told ?? anchor
      if clock {
        // ("The jury came back this afternoon. The verdict was read at four o'clock":
        // a clock of no a.m./p.m. in the day's afternoon, evening or night)
        // (only an hour of either half of the day takes it: "By midnight" stays the day's end)
        let hours = !r.meridiemStated && r.clock.map({ (60..<720).contains($0) }) == true
        combiner.putClock(&found[k], on: day, part: hours && part != "MO" ? part : nil)
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

  /// The part of the day a dated value names ("1998-07-18TAF": `AF`), if any.
  static func part(of r: Resolution) -> String? {
    guard let value = r.value, value.utf8.count == 13, let t = value.lastIndex(of: "T") else { return nil }
    let part = String(value[value.index(after: t)...])
    return part.utf8.count == 2 && part.allSatisfy(\.isLetter) ? part : nil
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

  /// Whether a word of `habitWords` stands in the sentence of `found[k]`.
  private func tellsHabit(_ k: Int, in found: [DateExtractor.Found]) -> Bool {
    guard let tokens = view.sentenceTokens(near: found[k].start) else { return false }
    return tokens.contains { t in view.isWord(t) && Self.habitWords.contains { view.is(t, $0) } }
  }

  /// Whether the day at `found[j]` follows a word of `backgroundOpenerSet` and at most
  /// seven words more, in its clause ("that began Tuesday afternoon", "since it broke
  /// out on Monday").
  /// So is the day of a figure compared with ("to 172 million shares from 141.9
  /// million Friday", `Tense.figureBase`).
  private func inBackground(_ j: Int, in found: [DateExtractor.Found]) -> Bool {
    if Tense.figureBase(view, at: found[j].start) { return true }
    // ("hit the coast shortly before midnight Thursday": "before" right before a clock
    // bounds the event's own time, on that day; so before a part of a day: "lined up
    // before dawn on Wednesday", not a possessive's event, "after this morning's storm",
    // its "'s" in the match or right after it)
    let start = found[j].start
    if start > 0, !view.breakBefore(start), view.is(start - 1, "before") || view.is(start - 1, "after"),
      found[j].resolution.granularity == "time"
        || found[j].resolution.type == "datetime"
          && !(found[j].end - 1...found[j].end).contains(where: { $0 < view.count && Guards.possessive(view, $0) })
    {
      return false
    }
    var k = start - 1
    // (a figure between: "The Dow, which had lost 190 points on Friday, dropped")
    while k >= 0, found[j].start - k <= 8, view.isWord(k) || view.isNumber(k), !view.breakBefore(k + 1) {
      // ("A mediator said that the talks ended Tuesday": "that" after a verb of saying
      // opens what was said, no background)
      if view.packed(k).map(Self.backgroundOpenerSet.contains) ?? false,
        !(view.is(k, "that") && k > 0 && !lexicon.match(.sayingVerb, view, at: k - 1).isEmpty)
      {
        return true
      }
      k -= 1
    }
    return false
  }

  /// Where a bare time of a story finds its day.
  private enum StoryDay {
    /// A day the text named, and the part of it named with it ("this afternoon": `AF`).
    case day(Day, part: String?)
    /// The publication day.
    case paper
    /// None: the time stays as written.
    case asWritten
  }

  /// The day of a date right after `found[k]` in its sentence ("worked through the
  /// night on Sunday"), else the day named last before it in its sentence, in the one
  /// before, or in a past narrative the one before that, with no month or year named in
  /// a sentence between ("The quake hit on Monday. ... It struck at 4 a.m."): the next
  /// day for a small-hours clock after an evening ("shot at 10:40 p.m. Friday. He died
  /// shortly after midnight"). The paper's day when the time's sentence tells the other
  /// side of the paper from the day ("will be sworn in on Jan. 9. She declared victory
  /// shortly after midnight": a past time, no day ahead); as written when a sentence
  /// with no tense follows a past day or opens a quotation ("We get calls at 2 in the
  /// morning": a habit).
  private func storyDay(of k: Int, in found: [DateExtractor.Found]) -> StoryDay {
    guard let sentence = view.sentence(of: found[k].start) else { return .paper }
    func sameSentence(_ j: Int) -> Bool { view.sentence(of: found[j].start) == sentence }
    // (past the clocks that restate it in other zones: "at 9 a.m. PT (12 p.m. ET, 5 p.m.
    // BST) on Friday, September 12")
    var next = k + 1
    while next + 1 < found.count, ClockAside.isAside(next, in: found, view) { next += 1 }
    if next < found.count, sameSentence(next),
      found[next].start - found[next - 1].end <= TimeDay.datingReachAfter,
      !(found[k].end..<found[next].start).contains(where: { view.is($0, "and") || view.is($0, "but") }),
      let day = TimeDay.namedDay(found[next].resolution)
    {
      return .day(day, part: Self.part(of: found[next].resolution))
    }
    // (the past of the clock's own inserted clause is a past: "The decision, announced at
    // 2 p.m., was unanimous")
    let raw = Tense.around(view: view, lexicon: lexicon, found[k].start, found[k].end)
    let tense = raw == Tense.strict ? -1 : raw
    func told(_ j: Int, _ day: Day, _ other: Int) -> StoryDay {
      guard let anchor else { return .day(day, part: nil) }
      if tense == -1 && anchor < day || tense == 1 && day < anchor { return .paper }
      if tense == 0 && day < anchor && other != sentence { return .asWritten }
      // (past midnight after an evening of another sentence only when the clock says so:
      // "shot at 10:40 p.m. Friday. He died shortly after midnight"; not "tonight ... As
      // of five o'clock")
      let clock = found[k].resolution
      // (so does "one in the morning")
      let stated = other == sentence || clock.meridiemStated || clock.clock == 0
        || (found[k].start..<found[k].end).contains { view.is($0, "morning") }
      let next = stated && TimeDay.pastMidnight(found[k], after: found[j].resolution, view: view)
      return next ? .day(day.adding(days: 1), part: nil) : .day(day, part: Self.part(of: found[j].resolution))
    }
    // ("We get calls at 2 in the morning," said a trooper: a quotation's present tells a
    // habit)
    if tense == 0, let first = view.sentenceTokens(near: found[k].start)?.lowerBound,
      Guards.opensQuote(view, first)
    {
      return .asWritten
    }
    // the sentence of a month or year named between (the story moves off its day there,
    // "In March, ...", unless the day shares that sentence: "early Sunday morning, the
    // city's third homicide of the year")
    var moved: Int?
    var j = k - 1
    while j >= 0, found[k].start - found[j].end <= TokenView.sentenceReach,
      let other = view.sentence(of: found[j].start), sentence - other <= 2
    {
      let r = found[j].resolution
      if let moved, other < moved { return .paper }
      // (two sentences back only in a past narrative: "would be issued early Tuesday. The
      // center issues advisories every six hours. The next is due at 11 p.m." is today's)
      if sentence - other == 2, tense != -1 { break }
      // (a point after "since" opens a stretch up to now: "since it broke out on Monday
      // afternoon ... said at a briefing at 10:30 a.m." is today's; a day counted from
      // another, "three weeks later", is no day of the news)
      if r.type != "duration", r.type != "set", !r.afterSince, !inBackground(j, in: found),
        !found[j].rule.contains("later"), !found[j].rule.contains("ago"),
        let day = TimeDay.namedDay(r)
      {
        return told(j, day, other)
      }
      if ContextResolver.isDateType(r.type), !r.afterSince,
        r.granularity == "month" || r.granularity == "year"
      {
        moved = moved ?? other
      }
      j -= 1
    }
    return .paper
  }
}
