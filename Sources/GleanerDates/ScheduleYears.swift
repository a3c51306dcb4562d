/// The days of a schedule set in a later year than the paper's ("starting on May
/// 13 next year ... Itinerary: May 14 ..., June 5-9"): its days with no year go on
/// into that year, not back to the paper's. `ContextResolver` walks the mentions in
/// text order: `carry` moves a mention, then `note` records it.
struct ScheduleYears {
  /// The paper's day.
  let anchor: Day
  /// The last day named in a later year than the paper's ("April 20 next year"):
  /// a schedule's days with no year and no tense go on from it.
  private var aheadDay: Day?
  /// The sentence of `aheadDay` when its year was inferred (nil when stated; -1
  /// once a chain is under way).
  private var aheadSentence: Int?
  /// The days named with their year in a later year than the paper's ("June 9,
  /// 1999"), as month * 100 + day: a schedule that names one again goes on from it.
  private var statedAhead: [Int: Day] = [:]
  /// The last day of a sentence in a later year than the paper's, and its sentence:
  /// "kicks off June 9 in Miami and ends Oct. 10 in Houston" goes on from it.
  private var sentenceAhead: (day: Day, sentence: Int)?

  init(anchor: Day) { self.anchor = anchor }

  /// Moves mention `f` into the schedule's year when one of the four readings
  /// below holds. `sentenceYear` is the bare year its sentence last stated, with
  /// its token.
  mutating func carry(
    _ f: inout DateExtractor.Found, sentenceYear: (Int, Int)?, sentence: ((Int) -> Int?)?,
    tense: ((Int, Int) -> Int)?
  ) {
    // (each reading needs a year or day named before, and a day of the month with
    // no year: its year was inferred)
    guard sentenceYear != nil || sentenceAhead != nil || !statedAhead.isEmpty || aheadDay != nil,
      f.resolution.inferred == "year", let d = f.resolution.startDay
    else { return }
    let monthDay = f.rule.hasPrefix("date.month-day") && f.resolution.granularity == "day"
    // "The 2004 tour dates: July 8 -- Denver; July 11 -- Dallas": a day of the month
    // with no year and no tense after a bare later year of its sentence (up to two
    // years past the paper's) is in that year, and a schedule's next days go on from it
    // (or in the future after a year that opens its sentence: "In 2024, the festival
    // will be held on August 2")
    if monthDay, let (y, at) = sentenceYear, y > anchor.year, y <= anchor.year + 2,
      d.year != y, Day.isValid(y, d.month, d.day),
      let here = sentence?(f.start), here == sentence?(at),
      let t = tense?(f.start, f.end),
      t == 0 || t == 1 && ContextResolver.leadsSentence(at, within: 2, sentence)
    {
      Self.shiftYears(&f.resolution, by: y - d.year)
      aheadDay = f.resolution.startDay
    }
    // "The tour kicks off June 9 in Miami and ends Oct. 10 in Houston" in November: a
    // day with no year and no past tense after a day of its sentence set in a later
    // year than the paper's goes on from it, not back to this year (a day still
    // ahead stays: "payable Jan. 5 to holders of record Dec. 19")
    if monthDay, let ahead = sentenceAhead, let d = f.resolution.startDay, d < ahead.day,
      d.year == anchor.year, d.ordinal < anchor.ordinal - 14,
      let here = sentence?(f.start), here == ahead.sentence, tense?(f.start, f.end) != -1
    {
      _ = Self.goOn(&f.resolution, d, from: ahead.day)
    }
    // "The tour opens June 9, 1999 ... Dates: June 9 -- Miami; June 12 -- Atlanta": a
    // day with no year and no tense that repeats a day named with a later year than
    // the paper's is that day, and the schedule's next days go on from it
    if monthDay, !statedAhead.isEmpty, let d = f.resolution.startDay, d.year == anchor.year,
      let stated = statedAhead[d.month * 100 + d.day], stated.year != d.year,
      tense?(f.start, f.end) == 0
    {
      Self.shiftYears(&f.resolution, by: stated.year - d.year)
      aheadDay = f.resolution.startDay
    }
    // "starting on April 20 next year ... Schedule: April 20 Depart ... July 2-6 Second
    // match": a day or span of days with no year and no tense after a day the story
    // set in a later year than the paper's goes on from it, not back to this year
    // (after a day whose later year was inferred, "Group games will be
    // held March 4-5. The quarter-finals follow on June 11-12" in an August paper, only
    // in a later sentence: "payable Jan. 5 to holders of record Dec. 19" stays; and a
    // day still ahead of the paper in its year stays there until a chain is under way:
    // "will be sworn in on Jan. 4. The leadership vote is Nov. 18" in a Nov. 4 paper)
    if let ahead = aheadDay,
      f.rule.hasPrefix("date.month-day") || f.rule == "date.day-range",
      let d = f.resolution.startDay, d < ahead, d.year == anchor.year,
      d < anchor || aheadSentence == -1 || aheadSentence == nil,
      // (a schedule's verb too: "the tour ends Nov. 20" goes on with the chain)
      f.resolution.granularity == "day", case let t = tense?(f.start, f.end) ?? 0, t >= 0,
      // (but a day still ahead of the paper told with "will" after a stated day over a
      // year ahead is the paper's year: "The troops will leave by Aug. 31, 1994. The
      // base will close on Dec. 1" in November 1992)
      !(t == 1 && aheadSentence == nil && !(d < anchor) && ahead.ordinal - anchor.ordinal > 366),
      aheadSentence.map({ s in sentence?(f.start).map { $0 > s } ?? false }) ?? true,
      Self.goOn(&f.resolution, d, from: ahead)
    {
      aheadDay = f.resolution.startDay
      // (a chain under way goes on in its sentence: "June 11-12 and the final is Oct. 4")
      if aheadSentence != nil { aheadSentence = -1 }
    }
    // "Schedule: April 20 Depart ... July / July 2-6 Second match": a bare month with no
    // year and no tense in a chain under way (a stated later day before it) heads
    // the schedule's next days, in their year; the chain goes on
    if let ahead = aheadDay, aheadSentence == nil || aheadSentence == -1,
      f.rule == "date.month", f.resolution.granularity == "month",
      let d = f.resolution.startDay, d < ahead, d.year == anchor.year,
      f.resolution.value?.utf8.count == 7, tense?(f.start, f.end) == 0
    {
      _ = Self.goOn(&f.resolution, d, from: ahead)
    }
  }

  /// Records mention `f` (after `carry`): a day in a later year than the paper's
  /// starts or goes on with a schedule; a date more than a week off the paper's in
  /// its year ends one (the paper's own week, "said on Friday", leaves it).
  mutating func note(
    _ f: DateExtractor.Found, sentence: ((Int) -> Int?)?, tense: ((Int, Int) -> Int)?
  ) {
    // ("this year ... when they visit Italy on October 12-13": the paper's own
    // year named ends a chain of days in the next)
    if f.resolution.granularity == "year", f.resolution.value == String(anchor.year) {
      aheadDay = nil
      return
    }
    // (a span of whole years, "the 1996-97 season", is no day of a schedule)
    guard let d = f.resolution.startDay,
      f.resolution.value.map({ $0.utf8.count >= 10 }) ?? false,
      ContextResolver.isDateType(f.resolution.type) || f.resolution.type == "range",
      f.rule != "date.year-span"
    else { return }
    // (a year stated: "payable Jan. 5 to holders of record Dec. 19" goes back)
    if d.year > anchor.year {
      if f.resolution.granularity == "day", let here = sentence?(f.start) {
        sentenceAhead = (d, here)
      }
      if f.resolution.inferred == nil {
        aheadDay = d
        aheadSentence = nil
        if f.resolution.granularity == "day" { statedAhead[d.month * 100 + d.day] = d }
      } else if d.ordinal - anchor.ordinal >= 45, f.resolution.direction != "past",
        tense?(f.start, f.end) != -1, let here = sentence?(f.start),
        aheadDay.map({ $0 < d }) ?? true
      {
        // a day inferred in the next year, well ahead ("will be held March 4-5"
        // in August; not "takes effect Jan. 1" in December)
        aheadSentence = aheadDay == nil ? here : -1
        aheadDay = d
      }
    } else if abs(d.ordinal - anchor.ordinal) > 7 {
      aheadDay = nil
    }
  }

  /// Moves day `d` to the first year after `ahead` (the same year when it falls on
  /// or after `ahead`'s day of the year); false when it stays.
  private static func goOn(_ r: inout Resolution, _ d: Day, from ahead: Day) -> Bool {
    let y = ahead.year + (d.month * 100 + d.day < ahead.month * 100 + ahead.day ? 1 : 0)
    guard y != d.year, Day.isValid(y, d.month, d.day) else { return false }
    shiftYears(&r, by: y - d.year)
    return true
  }

  /// Moves a day, a span of days (`1996-06-05/1996-06-09`) or a month by `years`.
  static func shiftYears(_ r: inout Resolution, by years: Int) {
    guard let value = r.value, let start = r.startDay else { return }
    var parts: [String] = []
    for part in value.split(separator: "/", omittingEmptySubsequences: false) {
      guard part.utf8.count >= 10 || part.utf8.count == 7, let y = Int(part.prefix(4)) else { return }
      parts.append(String(y + years) + part.dropFirst(4))
    }
    r.value = parts.joined(separator: "/")
    r.startDay = Day(start.year + years, start.month, start.day)
    r.anchoredToText = true
  }
}
