import GleanerCore

/// A resolved match: what goes into a `DateMention` besides its span.
struct Resolution {
  var type: String
  var value: String?
  var granularity: String? = nil
  var direction: String? = nil
  var anchored = false
  /// Resolved against an earlier date of the text rather than the anchor.
  var anchoredToText = false
  var inferred: String? = nil
  var mod: String? = nil
  /// The first day of the period the value names, for ranges.
  var startDay: Day? = nil
  /// Set when the value depends on an earlier mention of the text
  /// (`ContextResolver`): a quarter under discussion or a stated year.
  var context: TextContext? = nil
  /// A time's minutes since midnight, and for a time range its end
  /// (`TimeCombiner` joins them with a date).
  var clock: Int? = nil
  var clockEnd: Int? = nil
  /// Whether a.m./p.m. was stated (else a part of day may shift the hours).
  var meridiemStated = false
  /// A time range of bare hours ("between 3 and 5") holds only beside a date.
  var needsDate = false
  /// A duration's amount and TIMEX unit letter, for "three weeks from Monday".
  var amount: (count: Double, letter: String, isTime: Bool)? = nil
}

/// How a mention reads an earlier date of the same text.
struct TextContext: Sendable {
  enum Kind: Sendable {
    /// The quarter under discussion ("a year ago" in quarterly results,
    /// "the year-ago period", "the latest quarter").
    case quarter
    /// The year last stated ("the following year", "later that year").
    case year
    /// The day last named ("On Monday ... the next day", "the following morning").
    case day
    /// The first weekday `shift` (1 = Monday) after the day last named
    /// ("closed through Jan. 5, reopening the following Monday").
    case weekdayAfter
    /// "the previous Thursday": the last such weekday before the day last named.
    case weekdayBefore
    /// The ISO week (or its weekend) holding the day last named ("that weekend").
    case weekOfDay
    /// The month of the month or day last named ("In June 1996 ... the
    /// following month" = 1996-07).
    case month
    /// The clock time named in the same or the sentence before, moved by
    /// `shift` seconds ("exploded at 10:30 a.m. Two hours later" = T12:30).
    case clock
  }
  var kind: Kind
  /// Years added to the context's year.
  var shift: Int
  /// With `day`: whole months counted before the `shift` days ("2 years 1 month
  /// 21 days later" is 25 months, then 21 days, from the day last named).
  var months = 0
  /// A stated quarter or year that overrides the context's.
  var quarter: Int? = nil
  var year: Int? = nil
  /// `weekOfDay`: the weekend rather than the whole week.
  var weekend = false
  /// `year`: the length of time the mention stands for when the text stated
  /// no year ("Two decades later, the house still stands" = `P20Y`, not a
  /// date counted forward from publication).
  var unanchored: String? = nil
  /// `quarter`: "the same period last year" follows the period last named,
  /// whatever its length ("January-February", "the first half"), a quarter only
  /// when that was the last.
  var samePeriod = false
  /// `quarter`: quarters added to the quarter last named ("the previous quarter" = -1).
  var step = 0
  /// Counted only from a year or month stated in the mention's own sentence
  /// ("in 1997, up 2 percent from a year earlier"; "at the end of July, from
  /// ... a month earlier").
  var sameSentence = false
  /// `weekdayAfter`: the day last named itself when it is that weekday ("On
  /// Sunday, May 5 ... That Wednesday" = May 8).
  var sameOrAfter = false
  /// Moved only by a day of the month before the anchor (a weekday of a story
  /// told in the past tense that would otherwise lie ahead of the paper).
  var recentOnly = false
  /// With `recentOnly`: a day named longer ago moves it too when named in the same
  /// sentence or the one before ("The riots began on March 3. By Thursday, troops
  /// patrolled" in a May paper).
  var orNear = false
  /// Only a day named in the same sentence or the one before ("deliberated on Monday
  /// ... sealed the verdict overnight").
  var nearOnly = false
  /// `year` on a season: the first one after the month the text last named.
  var followingSeason = false
  /// `month`: the day of the month last named ("On June 4 ... On the 7th").
  var dayOfMonth: Int? = nil
  /// Moved only by a day before the anchor ("The next week, he was sworn in"
  /// tells a story gone by; a day named ahead of the paper belongs to no story).
  var beforeAnchor = false
  /// Moved only by a day on or after the anchor ("leaves Sunday, Nov. 23, for a
  /// meeting that runs through Tuesday": the Tuesday after that Sunday).
  var afterAnchor = false
  /// `weekdayAfter`: moved only to a day on or before the anchor (a story told in
  /// the past: "By Friday, troops patrolled the streets").
  var notPastAnchor = false
  /// `year`: a stated year before this one is not taken ("since 1990 ... a decision
  /// is expected before the end of the year": the year ahead, not 1990).
  var notBefore: Int? = nil
}

/// Turns a rule's captures into a TIMEX3 value, resolving relative parts
/// against the anchor (the publication date) and the tense of the sentence.
struct DateResolver {
  let anchor: Anchor?
  let view: TokenView
  let lexicon: DateLexicon
  /// The token the match starts at.
  let origin: Int
  /// Whether the match is a deadline ("by December"): with a future cue in
  /// its sentence it lies ahead.
  var deadline = false
  /// Whether the match names a futures contract's month ("for December delivery",
  /// "the March contract"): the month not yet over, whatever the tense.
  var ahead = false
  /// Whether "since" stands right before the match ("has doubled since January"):
  /// the period began before the anchor, however near the next one is.
  var behind = false
  /// Whether a noun of an unplanned mishap follows the match ("the May 2 attack",
  /// `@list mishap-noun`): the date leans back as after "follows".
  var gone = false

  /// Words of a turn for the better a few words before a quarter ("expects
  /// earnings to improve in the fourth quarter"): a quarter still ahead.
  static let recoveryWords: Set<String> = [
    "improve", "improving", "improvement", "recover", "recovering", "recovery", "rebound",
    "rebounding", "upturn", "turnaround", "strengthen", "strengthening", "pickup",
  ]

  /// Whether a word of `words` stands up to six tokens before the match in its
  /// paragraph (with `clause`, in its clause: not past a full stop or semicolon).
  private func wordBefore(in words: Set<String>, clause: Bool) -> Bool {
    var k = origin - 1
    while k >= max(0, origin - 6), !view.breakBefore(k + 1) {
      if words.contains(view.text[k]) { return true }
      if clause, view.is(k, ".") || view.is(k, ";") { return false }
      k -= 1
    }
    return false
  }

  /// The sentence's tense at the match: -1 past, +1 future, 0 unknown;
  /// computed when first asked (`Tense`, which also reads "since"/"until"
  /// before the match).
  func tense() -> Int { Tense.direction(view: view, lexicon: lexicon, at: origin) }

  func resolve(_ rule: DateRule, _ s: Slots) -> Resolution? {
    // a year of another calendar: "fiscal year 2008" = FY2008
    if let prefix = rule.prefix {
      guard var r = resolveValue(rule, s), r.granularity == "year", let value = r.value else {
        return nil
      }
      r.value = prefix + value
      return r
    }
    guard let around = rule.around else { return resolveValue(rule, s) }
    let weeks = rule.attribute("around-shift").flatMap { Int($0) } ?? 0
    return resolveValue(rule, s).flatMap { weekAround($0, unit: around, weeks: weeks) }
  }

  /// The ISO week (`W`) or its weekend (`WE`) holding a resolved day: "the
  /// week of March 6", "the weekend of Halloween".
  /// `weeks`: that many weeks after ("the week after Thanksgiving" = 1).
  private func weekAround(_ day: Resolution, unit: String, weeks: Int = 0) -> Resolution? {
    guard day.granularity == "day", var d = day.startDay?.adding(days: 7 * weeks) else { return nil }
    // the weekend of a Monday holiday is the one it ends ("Memorial Day weekend")
    if unit == "WE", d.weekday == 1 { d = d.adding(days: -2) }
    var r = day
    r.type = "date"
    r.value = d.isoWeekString + (unit == "WE" ? "-WE" : "")
    r.granularity = "week"
    let (iy, iw) = d.isoWeek
    r.startDay = Day.monday(isoYear: iy, week: iw).adding(days: unit == "WE" ? 5 : 0)
    return r
  }

  private func resolveValue(_ rule: DateRule, _ s: Slots) -> Resolution? {
    switch rule.resolve {
    case "calendar":
      var r = calendar(rule, s)
      // "On June 4 ... On the 7th": a bare day of the month the story last named
      if rule.attribute("story-month") == "yes", r?.granularity == "day", let d = s.int("day") {
        r?.context = TextContext(kind: .month, shift: 0)
        r?.context?.dayOfMonth = d
      }
      return r
    case "weekday": return weekday(rule, s)
    case "relday": return relday(rule, s)
    case "period": return period(rule, s)
    case "offset": return offset(rule, s)
    case "duration": return duration(rule, s)
    case "set": return set(rule, s)
    case "fixed": return fixed(rule, s)
    case "decade": return decade(rule, s)
    case "century": return century(rule, s)
    case "time": return time(rule, s)
    case "calendar-range": return calendarRange(rule, s)
    case "quarter-context": return quarterContext(rule, s)
    case "time-range": return timeRange(rule, s)
    case "week-of": return weekOf(rule, s)
    case "span": return span(rule, s)
    default: return nil
    }
  }

  // MARK: time of day

  /// `T10:30`, `T19:56:30`, `TEV`, or nil when the match has no time.
  func timeOfDay(_ s: Slots) -> String? {
    var hour: Int?
    var minute = 0
    var second: Int?
    if let clock = s["clock"] {
      hour = clock.number.map { Int($0) }
      minute = clock.minute ?? 0
      second = clock.second
    } else if let h = s.int("hour") ?? s.entry("hour")?.number.map({ Int($0) }) {
      hour = h
      minute = s.int("minute") ?? s.entry("minute")?.number.map { Int($0) } ?? 0
      guard (0..<60).contains(minute) else { return nil }
    }
    if let named = s.entry("named-time") {
      let parts = named.value.split(separator: ":").compactMap { Int($0) }
      if parts.count == 2 {
        hour = parts[0]
        // "one minute past midnight": the minutes counted past the named time
        minute = parts[1] + (s.int("minute") ?? 0)
        guard minute < 60 else { return nil }
      }
    }
    let part = s.entry("part")?.value
    if var h = hour {
      if let ampm = s.entry("ampm")?.value {
        if ampm == "pm", h < 12 { h += 12 }
        if ampm == "am", h == 12 { h = 0 }
      } else if let part, ["AF", "EV", "NI"].contains(part), h < 12, !(part == "NI" && h < 5) {
        h += 12
      } else if part == "NI", h == 0, minute == 0, s.has("named-time") {
        // "midnight tonight": the end of that day (TIMEX3 T24:00)
        h = 24
      }
      guard h <= 24 else { return nil }
      var text = "T\(Format.two(h)):\(Format.two(minute))"
      if let second { text += ":\(Format.two(second))" }
      return text
    }
    if let part { return "T\(part)" }
    return nil
  }

  private func withTime(_ day: Day, _ s: Slots, _ r: inout Resolution) {
    r.value = day.iso
    r.startDay = day
    r.granularity = "day"
    if var time = timeOfDay(s) {
      // "midnight Friday", "by midnight Tuesday": the end of that day (TIMEX3 T24:00)
      if time == "T00:00", s.has("named-time") { time = "T24:00" }
      r.value = day.iso + time
      r.type = "datetime"
      r.granularity = time.count > 3 && time.contains(":") ? "time" : "part-of-day"
    }
  }

  private func baseType(_ rule: DateRule) -> String { rule.attribute("type") ?? "date" }

  // MARK: calendar dates

  private func year(_ s: Slots) -> Int? {
    if let y = s.int("year") { return y }
    // a list entry under `year` ("FY2026" of `@list fiscal-year-word`)
    if let y = s.entry("year")?.number { return Int(y) }
    if let yy = s.int("yy") {
      // up to 20 years after publication ("the summer of '42" in 1996 is 1942)
      guard let now = anchor?.day.year else { return yy < 50 ? 2000 + yy : 1900 + yy }
      let pivot = now + 20
      let y = pivot - ((pivot - yy) % 100 + 100) % 100
      return y
    }
    // (spelled out only: "13 10" in a standings table is two counts, not 1310)
    if let high = s.int("yearhigh"), let low = s.int("yearlow"), (11...20).contains(high),
      (10...99).contains(low), s["yearhigh"]?.digits == 0, s["yearlow"]?.digits == 0
    {
      return high * 100 + low
    }
    return nil
  }

  /// Days a period in the sentence's tense is preferred by over one nearer
  /// the anchor in the other direction (about seven months).
  static let tensePreference = 215
  /// A period starting more than `nearAhead` days after the paper costs this many
  /// days more than one behind it when a past cue of its own clause stands before
  /// it: "was arrested in March" in a January paper is last March; a period
  /// starting within `nearAhead` days (the month right after the paper's) keeps
  /// the plain lean (`tensePreference`).
  static let pastTensePenalty = 366
  static let nearAhead = 40
  /// Words before the last day of a stretch ("runs through Tuesday").
  static let stretchEnds: Set<String> = ["through", "until", "till", "thru"]
  /// Words that keep a weekend after a present perfect ahead: a forecast, a plan
  /// or a present verb ("have warned of heat over the weekend", "have said storms
  /// are likely at the weekend").
  static let forwardWords: Set<String> = [
    "warned", "forecast", "forecasted", "predicted", "planned", "scheduled", "promised",
    "vowed", "threatened", "pledged", "urged", "called", "asked", "announced", "agreed",
    "decided", "prepared", "preparing", "expected", "set", "is", "are", "be", "will", "would",
    "could", "may", "might", "likely", "ahead", "next", "coming", "upcoming", "to",
  ]

  /// A period's value with no paper's day, by unit letter: "this week" is some week.
  static let unknownPeriods: [String: String] = [
    "Y": "XXXX", "M": "XXXX-XX", "W": "XXXX-WXX", "WE": "XXXX-WXX-WE", "D": "XXXX-XX-XX",
    "Q": "XXXX-QX", "H": "XXXX-HX", "DE": "XXX", "C": "XX",
  ]
  /// Words before "that {weekday}" that make it a day of the story ("later that Friday").
  static let thatOpeners: Set<String> = [",", ";", "on", "by", "until", "later", "earlier", "and", "then"]

  /// Picks the year of a period known up to its year, from the anchor,
  /// an explicit `rel` (last/next/this) or the sentence's tense.
  private func inferYear(
    rel: Int?, useTense: Bool = false, day: Bool = false,
    _ bounds: (Int) -> (start: Int, end: Int)?
  ) -> (Int, String?)? {
    guard let anchor else { return nil }
    let a = anchor.day.ordinal
    let y = anchor.day.year
    let candidates = (y - 2...y + 2).compactMap { year in bounds(year).map { (year, $0) } }
    guard !candidates.isEmpty else { return nil }
    if let rel {
      switch rel {
      case ..<0:
        // "last February" in March is a year before: the month just over
        // would be "last month"
        func justOver(_ p: (start: Int, end: Int)) -> Bool {
          (28...31).contains(p.end - p.start) && a - p.end < 31
        }
        if let c = candidates.last(where: { $0.1.end <= a && !justOver($0.1) }) { return (c.0, "past") }
      case 1...:
        if let c = candidates.first(where: { $0.1.start > a }) { return (c.0, "future") }
      default:
        return (y, nil)
      }
      return nil
    }
    if ahead, let c = candidates.first(where: { $0.1.end > a }) {
      return (c.0, c.1.start > a ? "future" : nil)
    }
    if behind, let c = candidates.last(where: { $0.1.start <= a }) {
      return (c.0, c.1.end <= a ? "past" : nil)
    }
    // the nearest period, one in the sentence's tense preferred by ~7 months
    // "will face questions about the senator's May 3 speech": a possessive's dated
    // event in a future sentence is mostly one already held, so the lean is back
    // (one a few weeks ahead stays ahead: "will attend the mayor's Nov. 2 dinner")
    let ownTense = useTense ? tense() : 0
    let possessed = ownTense == 1 && origin > 0 && Guards.possessive(view, origin - 1)
    // ("Acme chief to retire in July": a headline's "to" tells a plan)
    let t = possessed ? -1 : ownTense == 0 && day && Tense.headlineFuture(view, at: origin) ? 1 : ownTense
    let penalty = Self.tensePreference
    // "must be ratified by Christmas": a deadline in a future sentence is ahead
    // "We will meet on Nov. 22" in February: "will" before a named month or day
    // looks ahead up to ten months ("would" may be a plan now over)
    let modal = day && t == 1 ? Tense.modalBefore(view, at: origin) : 0
    let willAhead = day && t == 1 && (modal == 1 || Tense.willAfterModifier(view, at: origin))
    let wouldAhead = !willAhead && modal == -1
    let pastPenalty = deadline && t == 1 ? 366 : willAhead ? 300 : wouldAhead ? 250 : penalty
    let clausePast = t == -1 && (Tense.strictPast(view: view, lexicon: lexicon, at: origin)
        || Tense.clausePastBefore(view: view, lexicon: lexicon, at: origin)
        || Tense.openingPastAfter(view: view, lexicon: lexicon, at: origin))
    // ("The quake, which shook the city, follows a tremor in September": before it)
    let follows = gone || Tense.followsBefore(view: view, at: origin)
    // (the subject of a past verb, "The vote in March was marred" in January, or a
    // date after "follows": one gone by, even the month right after the paper's)
    let subjectPast = t == -1 && Tense.clausePastAfter(view: view, lexicon: lexicon, at: origin)
    func futurePenalty(_ period: (start: Int, end: Int)) -> Int {
      subjectPast || follows || clausePast && period.start - a > Self.nearAhead
        ? Self.pastTensePenalty : penalty
    }
    func cost(_ period: (start: Int, end: Int)) -> Int {
      distance(period, a) + ((t == -1 || follows) && period.start > a ? futurePenalty(period) : 0)
        + (t == 1 && !follows && period.end <= a ? pastPenalty : 0)
    }
    let best = candidates.min { lhs, rhs in cost(lhs.1) < cost(rhs.1) }!
    let direction = best.1.end <= a ? "past" : best.1.start > a ? "future" : nil
    return (best.0, direction)
  }

  private func distance(_ period: (start: Int, end: Int), _ a: Int) -> Int {
    if period.start <= a && a < period.end { return 0 }
    return period.start > a ? period.start - a : a - period.end + 1
  }

  private func rel(_ s: Slots, _ rule: DateRule) -> Int? {
    if let entry = s.entry("rel") { return entry.number.map { Int($0) } }
    return rule.attribute("rel").flatMap { Int($0) }
  }

  func calendar(_ rule: DateRule, _ s: Slots) -> Resolution? {
    var r = Resolution(type: baseType(rule), value: nil)
    var y = year(s)
    if y == nil, let yr = s.entry("yearrel")?.number, let anchor {
      y = anchor.day.year + Int(yr)
      r.anchored = true
    }
    var month = s.entry("month")?.number.map { Int($0) } ?? s.int("month-num")
    // "the 15th day of next month", "the 26th day of the month"
    if month == nil, let mr = s.entry("monthrel")?.number ?? rule.attribute("monthrel").flatMap({ Double($0) }) {
      guard let anchor else { return nil }
      let first = Day(anchor.day.year, anchor.day.month, 1).adding(months: Int(mr))
      month = first.month
      y = first.year
      r.anchored = true
    }
    var day = s.int("day") ?? s.int("day-num")
    // "20161107": year, month and day in one number
    if let compact = s.int("compact-date") {
      (y, month, day) = (compact / 10000, compact / 100 % 100, compact % 100)
    }
    let relative = rel(s, rule)
    func settle(day: Bool = false, _ bounds: (Int) -> (start: Int, end: Int)?) -> Int? {
      if let y { return y }
      // `tense=no`: the nearest period whatever the tense ("will report
      // second-quarter results": a quarter already over)
      let useTense = rule.attribute("tense") != "no"
      guard let (year, direction) = inferYear(rel: relative, useTense: useTense, day: day, bounds) else {
        return nil
      }
      r.inferred = "year"
      r.anchored = true
      r.direction = direction
      return year
    }
    if let entry = s.entry("holiday") {
      let yearOf = settle { year in
        HolidayCalendar.period(Substring(entry.value), year: year, near: anchor?.day).map {
          ($0.start.ordinal, ($0.end?.ordinal ?? $0.start.ordinal + 1))
        }
      }
      guard let yearOf,
        let period = HolidayCalendar.period(Substring(entry.value), year: yearOf, near: anchor?.day)
      else {
        r.value = nil
        let unknown = entry.value.first?.isNumber == true && entry.value.count >= 10
          ? "XXXX-XX-XX" : "XXXX-" + entry.value.prefix { $0 != ";" }
        return y == nil && anchor == nil ? noAnchor(r, unknown) : nil
      }
      if let end = period.end {
        // a holiday lasting weeks (Ramadan): the interval up to the day after it
        r.type = "range"
        r.value = "\(period.start.iso)/\(end.iso)"
        r.granularity = "day"
        r.startDay = period.start
        return r
      }
      withTime(period.start, s, &r)
      return r
    }
    if let q = s.int("quarter") ?? s.entry("quarter")?.number.map({ Int($0) }) {
      guard (1...4).contains(q) else { return nil }
      // a quarter without a year: the nearest one, the sentence's tense preferred
      let nearest = y == nil && relative == nil
        ? settle { year in (Day(year, 3 * q - 2, 1).ordinal, Day(year, 3 * q - 2, 1).adding(months: 3).ordinal) }
        : nil
      guard var yq = y ?? nearest ?? anchor.map({ $0.day.year + (relative ?? 0) }) else {
        return noAnchor(r, "XXXX-Q\(q)")
      }
      // "growth could slow from 3.5 percent in the third quarter" in November: a
      // future-tense quarter three ahead is the one just over (its figures still due)
      // (`ahead=yes`: not "a recovery in the last three months of the year")
      // (nor "expects earnings to improve in the fourth quarter": a turn still to come)
      if nearest != nil, r.direction == "future", let anchor, rule.attribute("ahead") != "yes",
        yq * 4 + q - 1 - (anchor.day.year * 4 + (anchor.day.month - 1) / 3) == 3,
        !wordBefore(in: Self.recoveryWords, clause: true)
      {
        yq -= 1
        r.direction = "past"
      }
      r.value = "\(Format.year(yq))-Q\(q)"
      r.granularity = "quarter"
      r.startDay = Day(yq, 3 * q - 2, 1)
      if y == nil { r.inferred = "year"; r.anchored = true }
      return r
    }
    if let half = s.int("half") ?? s.entry("half")?.number.map({ Int($0) }) {
      guard (1...2).contains(half) else { return nil }
      // a half without a year: the nearest one, the sentence's tense preferred
      let first = half == 1 ? 1 : 7
      let nearest = y == nil && relative == nil
        ? settle { year in (Day(year, first, 1).ordinal, Day(year, first, 1).adding(months: 6).ordinal) }
        : nil
      guard let yh = y ?? nearest ?? anchor?.day.year else { return noAnchor(r, "XXXX-H\(half)") }
      r.value = "\(Format.year(yh))-H\(half)"
      r.granularity = "half"
      r.startDay = Day(yh, first, 1)
      return r
    }
    if let season = s.entry("season") {
      let starts = ["SP": 3, "SU": 6, "FA": 9, "WI": 12]
      let start = starts[season.value] ?? 1
      let ys = settle { year in
        let a = Day(year, start, 21).ordinal
        return (a, a + 91)
      }
      guard let ys else { return noAnchor(r, season.value) }
      r.value = "\(Format.year(ys))-\(season.value)"
      r.granularity = "season"
      r.startDay = Day(ys, start, 1)
      // "In 1952 ... that summer": the season of the year the text last stated
      if rule.attribute("context") == "year" { r.context = TextContext(kind: .year, shift: 0) }
      // "The following spring, he quit": the first such season after the month
      // or year the story last named (with none, the one after the paper's)
      if s.entry("rel")?.number == 1, view.is(origin, "the") {
        r.context = TextContext(kind: .year, shift: 1)
        r.context?.followingSeason = true
      }
      return r
    }
    // "Monday the 13th": the nearest month whose 13th is a Monday
    if month == nil, y == nil, let day, let w = s.entry("weekday")?.number.map({ Int($0) }) {
      guard let anchor else { return noAnchor(r, "XXXX-WXX-\(w)") }
      let a = anchor.day
      var best: Day?
      for k in -12...12 {
        let first = Day(a.year, a.month, 1).adding(months: k)
        guard Day.isValid(first.year, first.month, day) else { continue }
        let d = Day(first.year, first.month, day)
        if d.weekday == w, best == nil || abs(d.ordinal - a.ordinal) < abs(best!.ordinal - a.ordinal) {
          best = d
        }
      }
      guard let best else { return nil }
      r.inferred = "year,month"
      r.anchored = true
      r.direction = best < a ? "past" : a < best ? "future" : nil
      withTime(best, s, &r)
      return r
    }
    if let month {
      guard (1...12).contains(month) else { return nil }
      if let day {
        // a weekday named with the day keeps the plain reading ("Tuesday, Jan 15")
        let ym = settle(day: s.entry("weekday") == nil) { year in
          guard Day.isValid(year, month, day) else { return nil }
          let o = Day(year, month, day).ordinal
          return (o, o + 1)
        }
        guard let ym else {
          return y == nil && anchor == nil
            ? noAnchor(r, "XXXX-\(Format.two(month))-\(Format.two(day))") : nil
        }
        guard Day.isValid(ym, month, day) else { return nil }
        withTime(Day(ym, month, day), s, &r)
        return r
      }
      let ym = settle(day: true) { year in
        (Day(year, month, 1).ordinal, Day(year, month, 1).adding(months: 1).ordinal)
      }
      guard let ym else { return noAnchor(r, "XXXX-\(Format.two(month))") }
      r.value = Day(ym, month, 1).isoMonth
      r.granularity = "month"
      r.startDay = Day(ym, month, 1)
      // "in June 1990 ... in April that year": the month of the year the text last stated
      if rule.attribute("context") == "year" { r.context = TextContext(kind: .year, shift: 0) }
      return r
    }
    if let y {
      r.value = Format.year(y)
      r.granularity = "year"
      r.startDay = Day(y, 1, 1)
      return r
    }
    return nil
  }

  private func noAnchor(_ r: Resolution, _ value: String) -> Resolution {
    var r = r
    r.value = value
    r.inferred = "year"
    return r
  }

  func calendarRange(_ rule: DateRule, _ s: Slots) -> Resolution? {
    var r = Resolution(type: "range", value: nil)
    var month = s.entry("month")?.number.map { Int($0) } ?? s.int("month-num")
    // "from the 4th to the 8th of next month"
    var monthRelYear: Int?
    if month == nil,
      let rel = s.entry("monthrel")?.number ?? rule.attribute("monthrel").flatMap({ Double($0) }),
      let anchor {
      let d = Day(anchor.day.year, anchor.day.month, 1).adding(months: Int(rel))
      month = d.month
      monthRelYear = d.year
      r.anchored = true
    }
    let month2 = s.entry("month2")?.number.map { Int($0) } ?? s.int("month2") ?? month
    // "the 2023-24 season": the second year in two digits follows the first
    if let y1 = s.int("year"), let yy = s.int("yy2") {
      // `spread=yes`: a span of a few years in one century ("in 1990-95")
      var y2 = y1 + 1
      if rule.attribute("spread") == "yes", yy > y1 % 100, yy - y1 % 100 <= 20 {
        y2 = y1 - y1 % 100 + yy
      } else if yy != (y1 + 1) % 100 {
        return nil
      }
      r.value = "\(Format.year(y1))-01-01/\(Format.year(y2))-01-01"
      r.granularity = "year"
      r.startDay = Day(y1, 1, 1)
      return r
    }
    if let y1 = s.int("year"), let y2 = s.int("year2"), month == nil {
      guard y2 > y1 else { return nil }
      r.value = "\(Format.year(y1))-01-01/\(Format.year(y2))-01-01"
      r.granularity = "year"
      r.startDay = Day(y1, 1, 1)
      return r
    }
    guard let month, let month2, let d1 = s.int("day") ?? s.int("day-num"), let d2 = s.int("day2")
    else { return nil }
    var y = year(s) ?? monthRelYear
    if y == nil {
      guard let (yi, direction) = inferYear(rel: nil, useTense: true, { year in
        guard Day.isValid(year, month, d1) else { return nil }
        let o = Day(year, month, d1).ordinal
        return (o, o + 1)
      }) else { return nil }
      y = yi
      r.inferred = "year"
      r.anchored = true
      r.direction = direction
    }
    // "10/1/2018-10/7/2018": each end may state its own year
    let y2 = s.int("year2") ?? y
    guard let y, let y2, Day.isValid(y, month, d1), Day.isValid(y2, month2, d2) else { return nil }
    let a = Day(y, month, d1)
    let b = Day(y2, month2, d2)
    guard a < b else { return nil }
    r.value = "\(a.iso)/\(b.iso)"
    r.granularity = "day"
    r.startDay = a
    return r
  }

  // MARK: relative dates

  func weekday(_ rule: DateRule, _ s: Slots) -> Resolution? {
    guard let w = s.entry("weekday")?.number.map({ Int($0) }), (1...7).contains(w) else {
      return nil
    }
    var r = Resolution(type: baseType(rule), value: nil)
    guard let anchor else {
      r.value = "XXXX-WXX-\(w)" + (timeOfDay(s) ?? "")
      return r
    }
    let a = anchor.day
    let aw = a.weekday
    r.anchored = true
    var target: Day
    if let weekRel = s.entry("weekrel")?.number ?? rule.attribute("weekrel").flatMap(Double.init) {
      let (iy, iw) = a.adding(days: 7 * Int(weekRel)).isoWeek
      target = Day.monday(isoYear: iy, week: iw).adding(days: w - 1)
      r.direction = weekRel < 0 ? "past" : weekRel > 0 ? "future" : nil
    } else if let relative = rel(s, rule) {
      switch relative {
      case ..<0:
        target = a.adding(days: w - aw - 7)
        r.direction = "past"
      case 1...:
        target = a.adding(days: w - aw + 7)
        r.direction = "future"
      default:
        let ahead = (w - aw + 7) % 7
        target = a.adding(days: ahead)
        r.direction = ahead == 0 ? nil : "future"
      }
    } else {
      let back = (aw - w + 7) % 7
      let ahead = (w - aw + 7) % 7
      // the nearest day, a day in the sentence's tense preferred: a past cue
      // by 3 days (news dated a day before its events: "headed Tuesday" in an
      // article dated Monday), a future cue by 5, so that a future day is
      // always ahead ("the talks resume Sunday" on a Monday is six days off)
      // (no cue at all: a verb of the date's clause in the present is a schedule)
      let cue = tense()
      // (so is one whose only cue is a closing attribution: "The talks open Monday,
      // diplomats said")
      // (a past like its base form right after the subject looks back: "The Lakers
      // beat the Celtics Sunday")
      // (the sentence's verb read first: the attribution's scan is the longer)
      var verb = 0
      if cue == 0 && view.tenseDirections[origin] == 0
        || cue == -1 && !Tense.strictPast(view: view, lexicon: lexicon, at: origin)
      {
        verb = Tense.scheduleVerb(view: view, at: origin)
        if cue == -1, verb != 0, !Tense.closingAttribution(view, lexicon, at: origin) { verb = 0 }
      }
      // (a weekday as the subject of "is": "Members agree Monday is too soon", "Saying
      // Tuesday is the deadline, ...": a day still ahead)
      // (so is one before "will/would": "Aides said Friday would be too late"; one
      // before "was" is a day gone by: "Officials said Monday was the deadline")
      let subjectOf = origin + 1 < view.count && !view.breakBefore(origin + 1)
        ? (view.is(origin + 1, "is") || view.is(origin + 1, "will")
          || view.is(origin + 1, "would") ? 1 : view.is(origin + 1, "was") ? -1 : 0)
        : 0
      let t = subjectOf != 0 ? subjectOf : verb != 0 ? verb : cue
      let pastCost = back + (t == 1 ? 5 : 0)
      // a verb of saying right before the day ("said Tuesday", "told reporters
      // on Friday") names a day gone by, never the day after the paper's; so
      // does any past cue in a story filed in the morning or afternoon
      // (nor does a past cue of the day's own inserted clause: "Smith, who was
      // arrested Tuesday, will be arraigned Monday")
      let strictPast = t == -1
        && (!anchor.mayPrecedeEvents || Tense.saidBefore(view, lexicon, at: origin)
          || Tense.saidAfter(view, lexicon, at: origin)
          || Tense.strictPast(view: view, lexicon: lexicon, at: origin))
      // (a plan told in the past, "was expected to vote Monday", has no lean)
      let futureCost = ahead + (t == -1 ? (strictPast ? 7 : 3) : 0)
        + (t == 0 && !Tense.lapsedPlan(view: view, lexicon: lexicon, at: origin) ? 1 : 0)
      // "the sessions since Friday's plunge": a day gone by, however near the next
      if back == 0 || behind || pastCost < futureCost || (pastCost == futureCost && t != 1) {
        target = a.adding(days: -back)
        r.direction = back == 0 ? nil : "past"
        // "Rioting erupted on April 29. ... By Friday, troops patrolled the streets"
        // (a past sentence opened by "By"): the first such weekday after the day the
        // story last named, when that is recent and the weekday not past the paper's
        if t == -1, origin > 0, view.is(origin - 1, "by"),
          view.token(origin - 1).startsSentence
        {
          r.context = TextContext(kind: .weekdayAfter, shift: w, recentOnly: true)
          r.context?.notPastAnchor = true
          r.context?.orNear = view.is(origin + 1, ",")
        }
      } else {
        target = a.adding(days: ahead)
        r.direction = "future"
        // "By Monday, the water had begun to recede": in a past-tense sentence yet
        // ahead of the paper: the first Monday after the day the story last named
        // (a day of the last month), else this one
        // (only after "by": "tees off at 1:40 p.m. Thursday" after a past verb is
        // a schedule of the paper's week)
        if t == -1, origin > 0, view.is(origin - 1, "by") {
          r.context = TextContext(kind: .weekdayAfter, shift: w, recentOnly: true)
        }
        // "on Sunday, Nov. 23, for a meeting that runs through Tuesday": the end of
        // a stretch of days after a day ahead named in its sentence
        if origin > 0, Self.stretchEnds.contains(view.text[origin - 1]) {
          r.context = TextContext(kind: .weekdayAfter, shift: w)
          r.context?.nearOnly = true
          r.context?.afterAnchor = true
        }
      }
    }
    // "Thursday week", "Monday fortnight" (British): a week or two after the
    // coming weekday (a week after today when today is that weekday)
    if let extra = rule.attribute("add-days").flatMap(Int.init) {
      target = a.adding(days: (w - aw + 6) % 7 + 1 + extra - (w == aw ? 7 : 0))
      r.direction = "future"
    }
    // "two Saturdays from now": the nth such weekday after the anchor ("3
    // Tuesdays ago": before it)
    if let way = rule.attribute("nth-weekday"), let n = s.int("count"), (1...52).contains(n) {
      target = way == "back"
        ? a.adding(days: -((aw - w + 6) % 7 + 1) - 7 * (n - 1))
        : a.adding(days: (w - aw + 6) % 7 + 1 + 7 * (n - 1))
      r.direction = way == "back" ? "past" : "future"
    }
    // "the following Monday": the first after the day the text last named,
    // else after the anchor
    if rule.attribute("from-text") == "yes" {
      target = a.adding(days: (w - aw + 6) % 7 + 1)
      r.direction = "future"
      r.context = TextContext(kind: .weekdayAfter, shift: w)
    } else if rule.attribute("from-text") == "same" {
      // "That Wednesday, residents returned": a day of the story, so "that" opens
      // the sentence or follows a word that opens a time ("later that Friday");
      // "said that Monday's vote" is a conjunction before the weekday
      guard view.token(origin).startsSentence
        || origin > 0 && Self.thatOpeners.contains(view.text[origin - 1])
      else { return nil }
      r.context = TextContext(kind: .weekdayAfter, shift: w)
      r.context?.sameOrAfter = true
    } else if rule.attribute("from-text") == "before" {
      // "the previous Thursday": the last one before that day
      target = a.adding(days: -((aw - w + 6) % 7 + 1))
      r.direction = "past"
      r.context = TextContext(kind: .weekdayBefore, shift: w)
    }
    withTime(target, s, &r)
    return r
  }

  func relday(_ rule: DateRule, _ s: Slots) -> Resolution? {
    // "end of the day", "EOD": today at 23:59:59 (Recognizers-Text)
    let dayEnd = rule.attribute("day-end") == "yes"
    let entry = s.entry("relday")
    guard var offset = entry?.number ?? (dayEnd ? 0 : nil) else { return nil }
    var r = Resolution(type: baseType(rule), value: nil)
    guard let anchor else { return r }
    // "police arrested two men overnight": in a past-tense sentence, the night just gone
    if let past = entry?.attribute("past").flatMap(Double.init), tense() == -1 {
      offset = past
      // "deliberated on Monday ... sealed the verdict overnight": the night of the story's
      // day named just before, when that is more recent than a month
      if entry?.attribute("part") == "NI" {
        r.context = TextContext(kind: .day, shift: 0)
        r.context?.recentOnly = true
        r.context?.nearOnly = true
      }
    }
    r.anchored = true
    r.direction = offset < 0 ? "past" : offset > 0 ? "future" : nil
    var slots = s
    if let part = entry?.attribute("part"), !s.has("part") {
      slots.set("part", Capture(entry: LexEntry(list: "part", value: part, attributes: [:])))
    }
    withTime(anchor.day.adding(days: Int(offset)), slots, &r)
    if dayEnd, r.granularity == "day", let value = r.value {
      r.value = value + "T23:59:59"
      r.type = "datetime"
      r.granularity = "time"
      // "By the end of the day, 400 had been rescued": the day of the story
      if rule.attribute("context") == "past-day", offset == 0, tense() == -1 {
        r.context = TextContext(kind: .day, shift: 0)
      }
    }
    return r
  }

  /// Whether the sentence is in the past tense, read around the match up to its
  /// unit word ("The next week, he was sworn in": not "next").
  private func pastAroundUnit() -> Bool {
    var end = origin + 1
    while end < min(view.count, origin + 4), !view.is(end - 1, "week") { end += 1 }
    return Tense.around(view: view, lexicon: lexicon, origin, end) == -1
  }

  /// A calendar unit counted from the anchor: last week, this month, next year.
  func period(_ rule: DateRule, _ s: Slots) -> Resolution? {
    guard let unit = s.entry("unit")?.value ?? rule.attribute("unit") else { return nil }
    var relative = rel(s, rule) ?? 0
    // `new-year=yes`: "the new year" in a January paper has begun ("hopes for a
    // better start to the new year" in January is this year)
    if rule.attribute("new-year") == "yes", let anchor, anchor.day.month == 1 { relative = 0 }
    var r = Resolution(type: baseType(rule), value: nil)
    let context = rule.attribute("context")
    if context == "year", unit == "Y" {
      r.context = TextContext(kind: .year, shift: relative)
    }
    // "ended 1991 ... for the year": the year its sentence stated, else the anchor's
    if context == "sentence-year", unit == "Y" {
      r.context = TextContext(kind: .year, shift: relative)
      r.context?.sameSentence = true
      if let anchor, tense() == 1 { r.context?.notBefore = anchor.day.year }
    }
    if context == "day", unit == "D" {
      r.context = TextContext(kind: .day, shift: relative)
    }
    if context == "month", unit == "M" {
      r.context = TextContext(kind: .month, shift: relative)
      // "on the 14th of that month": that month's day
      r.context?.dayOfMonth = s.int("day")
    }
    // "By the end of the month, shortages were reported": in a past-tense
    // sentence, the month the story last named (`context=past-month`)
    if context == "past-month", unit == "M", tense() == -1 {
      r.context = TextContext(kind: .month, shift: relative)
    }
    // "By the end of the week, the polls had barely moved": in a past-tense
    // sentence, the week of the story's last day before the paper (else the paper's)
    if context == "past-week", unit == "W", relative == 0, pastAroundUnit() {
      r.context = TextContext(kind: .weekOfDay, shift: 0)
      r.context?.beforeAnchor = true
    }
    // "that weekend", "the same week": around the day the text last named
    // ("the week before": the week before it; with no day named, before the anchor's)
    if context == "day" || context == "past-day" && pastAroundUnit(),
      unit == "W" || unit == "WE"
    {
      r.context = TextContext(kind: .weekOfDay, shift: 7 * relative, weekend: unit == "WE")
      r.context?.beforeAnchor = context == "past-day"
      if relative == 0 || anchor == nil {
        r.value = "XXXX-WXX" + (unit == "WE" ? "-WE" : "")
        r.granularity = "week"
        return r
      }
    }
    // with no paper's day, "this week" is some week ("XXXX-WXX"), never no value
    guard let anchor else {
      if r.value == nil, let unknown = Self.unknownPeriods[unit] { r.value = unknown }
      return r
    }
    let a = anchor.day
    // "over the weekend" in a past-tense sentence: the weekend just gone; so after
    // a present perfect ("Police have charged two men over a brawl at the
    // weekend"), not one of a move ("has been put off until the weekend")
    if unit == "WE", relative == 0, rule.attribute("tense") == "yes", a.weekday < 6 {
      let t = tense()
      if t == -1 || t == 0 && !(origin > 0 && Tense.planPrepositionSet.contains(view.text[origin - 1]))
        && Tense.perfectBefore(view: view, lexicon: lexicon, at: origin) && !wordBefore(in: Self.forwardWords, clause: false)
      {
        relative = -1
      }
    }
    // "by mid-century" written in 1999 is 2050, "since mid-century" in 2010 is 1950:
    // the middle that lies in the tense's direction
    if unit == "C", relative == 0, rule.attribute("tense") == "yes" {
      let t = tense()
      if t == 1, a.year % 100 >= 50 { relative = 1 } else if t == -1, a.year % 100 < 50 { relative = -1 }
    }
    // "expected by midyear" written in December is next year's middle, "slowed at
    // midyear" written in March last year's
    if unit == "Y", relative == 0, rule.attribute("tense") == "yes", rule.attribute("mod") == "MID" {
      let t = tense()
      if t == 1, a.month >= 7 { relative = 1 } else if t == -1, a.month < 6 { relative = -1 }
    }
    r.direction = relative < 0 ? "past" : relative > 0 ? "future" : nil
    r.anchored = true
    switch unit {
    case "D":
      return {
        var x = r
        withTime(a.adding(days: relative), s, &x)
        return x
      }()
    case "W", "WE":
      let d = a.adding(days: 7 * relative)
      let (iy, iw) = d.isoWeek
      r.value = d.isoWeekString + (unit == "WE" ? "-WE" : "")
      r.granularity = "week"
      r.startDay = Day.monday(isoYear: iy, week: iw).adding(days: unit == "WE" ? 5 : 0)
    case "M":
      let d = Day(a.year, a.month, 1).adding(months: relative)
      r.value = d.isoMonth
      r.granularity = "month"
      r.startDay = d
    case "Q":
      let q0 = (a.year * 4 + (a.month - 1) / 3) + relative
      let y = q0 >= 0 ? q0 / 4 : (q0 - 3) / 4
      let q = q0 - y * 4 + 1
      r.value = "\(Format.year(y))-Q\(q)"
      r.granularity = "quarter"
      r.startDay = Day(y, 3 * q - 2, 1)
    case "Y":
      // "the past year" in a December paper (a year-end story) is the year ending
      var relative = relative
      if relative == -1, a.month == 12, s.entry("rel")?.attribute("stretch") == "yes" { relative = 0 }
      r.value = Format.year(a.year + relative)
      r.granularity = "year"
      r.startDay = Day(a.year + relative, 1, 1)
    case "DE":
      // "over the past decade", "in the next decade": the ten years up to or
      // from now, as news means it; "this decade" is the calendar decade
      // ("the coming decade" is the ten years ahead too)
      if relative != 0 || s.entry("rel")?.attribute("ahead") == "yes" {
        return Self.stretch(r, "P10Y")
      }
      r.value = "\(a.year / 10)"
      r.granularity = "decade"
    case "C":
      // "over the past century": the hundred years up to now
      if relative < 0, s.entry("rel")?.attribute("stretch") == "yes" {
        return Self.stretch(r, "P100Y")
      }
      // "by the turn of the century" in 1998 is about 2000; "at the turn of the
      // century" in a past sentence about 1900; with no tense, the nearer one
      if rule.attribute("turn") == "yes" {
        let before = a.year / 100 * 100
        let t = tense()
        let year = t == -1 ? before : t == 1 || a.year - before >= 50 ? before + 100 : before
        r.value = Format.year(year)
        r.granularity = "year"
        r.direction = year > a.year ? "future" : "past"
        return r
      }
      // (in 2000, "the century" is the one just ending, the 1900s)
      let hundreds = a.year / 100 - (relative == 0 && a.year % 100 == 0 ? 1 : 0)
      // ("the coming century" in 1998 is the next one)
      let ahead = relative == 0 && s.entry("rel")?.attribute("ahead") == "yes" ? 1 : 0
      r.value = Format.two(hundreds + relative + ahead)
      r.granularity = "century"
    default:
      return nil
    }
    return r
  }

  /// `r` as the length of time `value` up to or from now ("the past
  /// century", "the next decade").
  private static func stretch(_ r: Resolution, _ value: String) -> Resolution {
    var r = r
    r.type = "duration"
    r.value = value
    r.granularity = nil
    r.anchored = false
    r.direction = nil
    return r
  }

  /// Whether the count is four digits that name a year ("in 1998 days were
  /// shorter"): no count cue stands before them ("for 1000 years").
  private func yearAsCount(_ s: Slots) -> Bool {
    guard let count = s["count"], count.digits == 4, let c = count.number, c >= 1000 else { return false }
    return !Guards.fourDigitCount(view, lexicon, start: origin)
  }

  /// Counted from the anchor: two days ago, in three weeks, a year earlier.
  func offset(_ rule: DateRule, _ s: Slots) -> Resolution? {
    guard let unitEntry = s.entry("unit"), !yearAsCount(s) else { return nil }
    let past = rule.attribute("direction") == "past"
    var r = Resolution(type: baseType(rule), value: nil)
    r.direction = past ? "past" : "future"
    let stated = s.has("count") ? nil : Double(rule.attribute("count") ?? "1")
    guard var count = s.number("count") ?? stated else {
      // "a few days ago" is some time past; "a few days from now" (`vague=future`)
      // some time ahead, while "in a few days" is left to the lengths
      if !past, rule.attribute("vague") != "future" { return nil }
      r.value = past ? "PAST_REF" : "FUTURE_REF"
      return r
    }
    // "in an hour and a half", "2 1/2 years ago"
    if let fraction = s.entry("fraction")?.number ?? fractionDigits(s) { count += fraction }
    // "three years and two months ago": the second, smaller unit
    let second = secondUnit(s, after: unitEntry)
    if s.has("unit2"), second == nil { return nil }
    // "in two weeks" in a past-tense sentence: a length of time
    // (and after a present perfect: "has tripled in five years")
    if rule.attribute("past") == "duration",
      tense() == -1 || Tense.perfectBefore(view: view, lexicon: lexicon, at: origin)
    {
      return duration(rule, s)
    }
    guard let anchor else { return r }
    r.anchored = true
    let factor = Double(unitEntry.attribute("factor") ?? "1") ?? 1
    let n = Int((count * factor).rounded()) * (past ? -1 : 1)
    if rule.attribute("context") == "quarter", unitEntry.value == "Y", abs(n) == 1 {
      r.context = TextContext(kind: .quarter, shift: n)
      r.context?.sameSentence = rule.attribute("from-text") == "yes"
    }
    let a = anchor.day
    let unitGranularity = rule.attribute("granularity") == "unit"
    // "two days later": from the day the text last named, when there is one
    if rule.attribute("from-text") == "yes",
      unitEntry.value == "D" || unitEntry.value == "W" && !unitGranularity
    {
      r.context = TextContext(kind: .day, shift: unitEntry.value == "W" ? 7 * n : n)
      // a length of time when the story names a month but no day to count from
      if !past { r.context?.unanchored = durationValue(count, unitEntry) }
    }
    // "in 1995 ... eight years later": from the year the text last stated
    if rule.attribute("from-text") == "yes", r.context == nil,
      (unitEntry.attribute("letter") ?? unitEntry.value) == "Y"
    {
      r.context = TextContext(kind: .year, shift: n)
      if !past { r.context?.unanchored = durationValue(count, unitEntry) }
    }
    // "at the end of July ... a month earlier": from the month its sentence named;
    // "arrested Jan. 17 ... A month later": from the month the story last named
    if rule.attribute("from-text") == "yes", r.context == nil, unitEntry.value == "M" {
      r.context = TextContext(kind: .month, shift: n)
      r.context?.sameSentence = past
      if !past { r.context?.unanchored = durationValue(count, unitEntry) }
    }
    let sign = past ? -1 : 1
    // a fraction or a second unit counts whole days ("a week and a half" is 10.5
    // days, "two weeks and three days" 17), where `n` rounds to whole units
    let exact = count * factor != (count * factor).rounded() || second != nil
    switch unitEntry.value {
    case "D":
      withTime(a.adding(days: n + sign * (second?.days ?? 0)), Slots(), &r)
    case "W" where exact:
      let days = Int((count * factor * 7).rounded()) + (second?.days ?? 0)
      withTime(a.adding(days: sign * days), Slots(), &r)
    case "W":
      let d = a.adding(days: 7 * n)
      if unitGranularity {
        r.value = d.isoWeekString
        r.granularity = "week"
      } else {
        withTime(d, Slots(), &r)
      }
    case "M", "Y", "Q", "DE", "C":
      if exact {
        // "two and a half years ago", "three years and two months ago": whole
        // months, the rest in days, to the month (or the day a second unit of days names)
        let perUnit = (unitEntry.attribute("letter") ?? unitEntry.value) == "Y" ? 12.0 : 1.0
        let months = count * factor * perUnit + Double(second?.months ?? 0)
        let whole = months.rounded(.down)
        let days = Int(((months - whole) * 30).rounded()) + (second?.days ?? 0)
        let d = a.adding(months: sign * Int(whole)).adding(days: sign * days)
        if second?.days ?? 0 > 0 || !unitGranularity {
          withTime(d, Slots(), &r)
        } else {
          r.value = d.isoMonth
          r.granularity = "month"
        }
        return r
      }
      // `n` counts the unit's letter (a quarter is 3 M, a decade 10 Y)
      let months = n * ((unitEntry.attribute("letter") ?? unitEntry.value) == "Y" ? 12 : 1)
      let d = a.adding(months: months)
      // "two years ago this week", "a year ago this month": that week or month
      if rule.attribute("granularity") == "week" {
        r.value = d.isoWeekString
        r.granularity = "week"
      } else if rule.attribute("granularity") == "month" {
        r.value = d.isoMonth
        r.granularity = "month"
      } else if !unitGranularity {
        withTime(d, Slots(), &r)
      } else if unitEntry.value == "M" {
        r.value = d.isoMonth
        r.granularity = "month"
      } else if unitEntry.value == "Q" {
        r.value = Format.year(d.year) + "-Q\((d.month - 1) / 3 + 1)"
        r.granularity = "quarter"
      } else {
        r.value = Format.year(d.year)
        r.granularity = "year"
      }
    case "H", "MIN", "S":
      // "in 1.5 hours" = 90 minutes
      let unitSeconds = Double(unitEntry.value == "H" ? 3600 : unitEntry.value == "MIN" ? 60 : 1)
      let seconds = (Int((count * factor * unitSeconds).rounded()) + (second?.seconds ?? 0)) * sign
      if rule.attribute("from-text") == "yes" {
        r.context = TextContext(kind: .clock, shift: seconds)
      }
      // a publication date without a time: "two hours ago" is that day, not
      // a clock time counted from midnight
      guard anchor.hour != nil else {
        r.value = a.adding(days: seconds / 86400).iso
        r.granularity = "day"
        return r
      }
      let base = (anchor.hour ?? 0) * 3600 + (anchor.minute ?? 0) * 60 + seconds
      let days = base >= 0 ? base / 86400 : (base - 86399) / 86400
      let rest = base - days * 86400
      let d = a.adding(days: days)
      r.value = "\(d.iso)T\(Format.two(rest / 3600)):\(Format.two(rest % 3600 / 60))"
      r.type = "datetime"
      r.granularity = "time"
    default:
      return nil
    }
    return r
  }

  /// The second, smaller unit of a count ("three years and ⏩two months⏪ ago")
  /// in whole months, days or seconds; nil without one, or when it is not
  /// smaller than `unit` or not whole.
  private func secondUnit(_ s: Slots, after unit: LexEntry) -> (months: Int, days: Int, seconds: Int)? {
    guard let unit2 = s.entry("unit2"), let count2 = s.number("count2"), count2 == count2.rounded(),
      count2 >= 1
    else { return nil }
    let n = Int(count2)
    let isTime = unit.attribute("time") == "yes"
    switch (unit.value, unit2.value) {
    case ("Y", "M"), ("DE", "Y"), ("C", "Y"): return (unit2.value == "M" ? n : 12 * n, 0, 0)
    case ("Y", "W"), ("M", "W"): return (0, 7 * n, 0)
    case ("Y", "D"), ("M", "D"), ("W", "D"): return (0, n, 0)
    case ("H", "MIN"), ("MIN", "S"): return isTime ? (0, 0, unit2.value == "MIN" ? 60 * n : n) : nil
    default: return nil
    }
  }

  /// Days or weeks next to the anchor: "next 3 days" = from tomorrow,
  /// "10 previous weeks" = up to the anchor, as an interval.
  func span(_ rule: DateRule, _ s: Slots) -> Resolution? {
    guard let unit = s.entry("unit"),
      let count = s.number("count") ?? rule.attribute("count").flatMap({ Double($0) }),
      count >= 1, count == count.rounded(),
      let relative = s.entry("spanrel")?.number ?? rule.attribute("rel").flatMap({ Double($0) }),
      count == 1 || unit.attribute("plural") == "yes"  // "13 last minute" is no span of 13
    else { return nil }
    let days: Int
    let letter = unit.attribute("letter") ?? unit.value
    // minutes: "MIN", or the letter "M" of a time unit (months are "M" too)
    if letter == "MIN" || letter == "M" && unit.attribute("time") == "yes" {
      return clockSpan(minutes: Int(count), past: relative < 0)
    }
    var r = Resolution(type: "range", value: nil)
    let past = relative < 0
    switch (unit.value, letter) {
    case (_, "D"): days = Int(count)
    case (_, "W"): days = 7 * Int(count)
    case (_, "H"): return clockSpan(minutes: 60 * Int(count), past: past)
    case ("Q", _):
      // whole quarters before or after the publication date's quarter
      guard let anchor else { return r }
      let a = anchor.day
      let current = Day(a.year, 3 * ((a.month - 1) / 3) + 1, 1)
      let first = past ? current.adding(months: -3 * Int(count)) : current.adding(months: 3)
      let last = past ? current : first.adding(months: 3 * Int(count))
      return spanned(&r, first, last, past: past, granularity: "quarter")
    case (_, "BD"):
      // business days: weekdays next to the publication date
      guard let anchor else { return r }
      var first = anchor.day
      var last = anchor.day
      var counted = 0
      while counted < Int(count) {
        if past {
          first = first.adding(days: -1)
          if first.weekday <= 5 { counted += 1 }
        } else {
          last = last.adding(days: 1)
          if last.weekday <= 5 {
            if counted == 0 { first = last }
            counted += 1
          }
        }
      }
      if !past { last = last.adding(days: 1) }
      return spanned(&r, first, last, past: past, granularity: "day")
    default: return nil
    }
    guard let anchor else { return r }
    let a = anchor.day
    let first = past ? a.adding(days: -days) : a.adding(days: 1)
    let last = past ? a : a.adding(days: 1 + days)
    return spanned(&r, first, last, past: past, granularity: "day")
  }

  /// Fills `r` as the interval from `first` up to `last` (exclusive).
  private func spanned(
    _ r: inout Resolution, _ first: Day, _ last: Day, past: Bool, granularity: String
  ) -> Resolution {
    r.value = "\(first.iso)/\(last.iso)"
    r.anchored = true
    r.direction = past ? "past" : "future"
    r.granularity = granularity
    r.startDay = first
    return r
  }

  /// Hours or minutes up to or from the anchor's time ("the next hour",
  /// "the 5 past minutes"): a Recognizers-style tuple of both ends.
  private func clockSpan(minutes: Int, past: Bool) -> Resolution? {
    var r = Resolution(type: "range", value: nil)
    guard let anchor else { return r }
    func point(_ offset: Int) -> String {
      let base = (anchor.hour ?? 0) * 60 + (anchor.minute ?? 0) + offset
      let days = base >= 0 ? base / 1440 : (base - 1439) / 1440
      return anchor.day.adding(days: days).iso + Self.clockText(base - days * 1440)
    }
    let (from, to) = past ? (point(-minutes), point(0)) : (point(0), point(minutes))
    r.value = "(\(from),\(to),\(Self.clockDuration(minutes)))"
    r.anchored = true
    r.direction = past ? "past" : "future"
    r.granularity = "time"
    return r
  }

  // MARK: durations, sets, fixed values

  private func durationValue(_ count: Double?, _ unit: LexEntry) -> String {
    let factor = Double(unit.attribute("factor") ?? "1") ?? 1
    var letter = unit.attribute("letter") ?? unit.value
    // an unknown count of a multiple unit keeps its own letter: "centuries" = PXC
    if count == nil, let vague = unit.attribute("vague-letter") { letter = vague }
    let isTime = unit.attribute("time") == "yes"
    // whole millennia as TIMEX3 writes them: "two thousand years" = P2L
    if letter == "Y", let years = count.map({ $0 * factor }), years >= 1000,
      years.truncatingRemainder(dividingBy: 1000) == 0
    {
      return "P" + Format.count(years / 1000) + "L"
    }
    let amount = count.map { Format.count($0 * factor) } ?? "X"
    return "P" + (isTime ? "T" : "") + amount + letter
  }

  func duration(_ rule: DateRule, _ s: Slots) -> Resolution? {
    guard let unit = s.entry("unit") else { return nil }
    var r = Resolution(type: "duration", value: nil)
    var count: Double? = s.number("count")
    if !s.has("count") { count = rule.attribute("count").flatMap { Double($0) } }
    if let c = count, c <= 0 || yearAsCount(s) { return nil }
    if unit.attribute("bare") == "no", s.entry("count")?.attribute("article") == "yes" { return nil }
    // "one and a half hours", "a minute and a half", "5 1/2 hours"
    if let fraction = s.entry("fraction")?.number ?? fractionDigits(s) {
      count = (count ?? 1) + fraction
    }
    r.value = durationValue(count, unit)
    r.granularity = unit.attribute("granularity")
    if let value = r.value, rule.attribute("split") == "yes", let count {
      r.value = splitValue(count, unit) ?? value
    }
    // "1 hour and 30 minutes": two units, the second smaller
    if let unit2 = s.entry("unit2") {
      guard let count, let count2 = s.number("count2"), count == count.rounded(),
        count2 == count2.rounded(), let second = splitUnit(unit)?.letter,
        unit2.attribute("letter") ?? unit2.value == second
      else { return nil }
      r.value = durationValue(count, unit) + Format.count(count2) + second
      r.amount = nil
      return r
    }
    // an amount lets a duration be laid on the calendar ("two days after May 5")
    if let count, unit.attribute("calendar") != "no" {
      let factor = Double(unit.attribute("factor") ?? "1") ?? 1
      r.amount = (count * factor, unit.attribute("letter") ?? unit.value, unit.attribute("time") == "yes")
    }
    return r
  }

  /// A fraction written in digits after a count ("5 1/2").
  private func fractionDigits(_ s: Slots) -> Double? {
    guard let top = s.number("numerator"), let bottom = s.number("denominator"), bottom > top,
      top > 0
    else { return nil }
    return top / bottom
  }

  /// The next smaller unit of a time unit: hours → minutes, minutes → seconds.
  private func splitUnit(_ unit: LexEntry) -> (letter: String, factor: Double)? {
    guard unit.attribute("time") == "yes" else { return nil }
    switch unit.attribute("letter") ?? unit.value {
    case "H": return ("M", 60)
    case "M": return ("S", 60)
    default: return nil
    }
  }

  /// A time length with a fraction in whole smaller units: `PT1M30S`, `PT5H30M`.
  private func splitValue(_ count: Double, _ unit: LexEntry) -> String? {
    guard count != count.rounded(.down), let (letter, factor) = splitUnit(unit) else { return nil }
    let whole = count.rounded(.down)
    let rest = (count - whole) * factor
    guard rest == rest.rounded() else { return nil }
    // "half an hour" = PT30M, not PT0H30M (split units are time units)
    return (whole == 0 ? "PT" : durationValue(whole, unit)) + Format.count(rest) + letter
  }

  func set(_ rule: DateRule, _ s: Slots) -> Resolution? {
    var r = Resolution(type: "set", value: nil)
    if let fixed = s.entry("set-word")?.value ?? s.entry("ref")?.value ?? rule.attribute("value") {
      r.value = fixed
      return r
    }
    if let d = s.int("day"), (1...31).contains(d) {
      // "every Nov. 11": the month and day; "the 5th of every month": the day
      let m = s.entry("month")?.number.map { Int($0) }
      r.value = "XXXX-" + (m.map { Format.two($0) } ?? "XX") + "-\(Format.two(d))"
      r.granularity = "day"
      return r
    }
    if let m = s.entry("month")?.number.map({ Int($0) }) {
      // "each September"
      r.value = "XXXX-\(Format.two(m))"
      r.granularity = "month"
      return r
    }
    if let w = s.entry("weekday")?.number.map({ Int($0) }) {
      // "open Tuesday through Saturday": each week's days from one to the other
      if let w2 = s.entry("weekday2")?.number.map({ Int($0) }) {
        r.value = "XXXX-WXX-\(w)/XXXX-WXX-\(w2)"
        r.granularity = "day"
        return r
      }
      r.value = "XXXX-WXX-\(w)" + (timeOfDay(s) ?? "")
      r.granularity = "day"
      return r
    }
    if let season = s.entry("season")?.value {
      // "each spring"
      r.value = "XXXX-" + season
      return r
    }
    if let unit = s.entry("unit") {
      // ("every other week": `count=2` on the pattern; "three times a day":
      // `freq=yes`, the count is how often, the unit the period)
      let count = rule.attribute("freq") == "yes" ? 1
        : s.number("count") ?? rule.attribute("count").flatMap(Double.init) ?? (s.has("count") ? nil : 1)
      r.value = durationValue(count, unit)
      return r
    }
    if let time = timeOfDay(s) {
      r.value = time
      return r
    }
    return nil
  }

  func fixed(_ rule: DateRule, _ s: Slots) -> Resolution? {
    guard let value = s.entry("ref")?.value ?? rule.attribute("value") else { return nil }
    var r = Resolution(type: s.entry("ref")?.attribute("type") ?? baseType(rule), value: value)
    r.direction = value == "PAST_REF" ? "past" : value == "FUTURE_REF" ? "future" : nil
    // "now" may end a range: "between January and now"
    if value == "PRESENT_REF", let anchor { r.startDay = anchor.day }
    return r
  }

  func decade(_ rule: DateRule, _ s: Slots) -> Resolution? {
    guard let d = s.int("decade") ?? s.entry("decade-word")?.number.map({ Int($0) }) else {
      return nil
    }
    // "the 1800s" (before 2000) names a century: TIMEX3 "18"
    if d % 100 == 0, d < 2000 {
      var r = Resolution(type: baseType(rule), value: Format.two(d / 100))
      r.granularity = "century"
      r.startDay = Day(d, 1, 1)
      return r
    }
    // TIMEX3 writes a decade as its first three digits: the 1990s = 199
    var r = Resolution(type: baseType(rule), value: "\(d / 10)")
    r.granularity = "decade"
    r.startDay = Day(d, 1, 1)
    return r
  }

  func century(_ rule: DateRule, _ s: Slots) -> Resolution? {
    guard let n = s.int("ordinal"), n >= 1, n <= 30 else { return nil }
    var r = Resolution(type: baseType(rule), value: Format.two(n - 1))
    r.granularity = "century"
    return r
  }

  /// A quarter read from the text's context; until one is known, the last
  /// quarter completed before the anchor (shifted by `shift` years).
  func quarterContext(_ rule: DateRule, _ s: Slots) -> Resolution? {
    let shift = rule.attribute("shift").flatMap { Int($0) } ?? 0
    let stated = s.int("quarter") ?? s.entry("quarter")?.number.map { Int($0) }
    var r = Resolution(type: baseType(rule), value: nil)
    r.granularity = "quarter"
    r.context = TextContext(kind: .quarter, shift: shift, quarter: stated, year: year(s))
    r.context?.samePeriod = rule.attribute("same-period") == "yes"
    r.context?.step = rule.attribute("step").flatMap { Int($0) } ?? 0
    guard let anchor else { return r }
    let current = anchor.day.year * 4 + (anchor.day.month - 1) / 3 - 1
    let y = year(s) ?? (current / 4 + shift)
    let q = stated ?? current % 4 + 1
    r.value = "\(Format.year(y))-Q\(q)"
    r.anchored = year(s) == nil
    r.direction = "past"
    r.startDay = Day(y, 3 * q - 2, 1)
    return r
  }

  func time(_ rule: DateRule, _ s: Slots) -> Resolution? {
    var s = s
    if let slot = rule.attribute("minute-slot"), let count = s[slot] { s.set("minute", count) }
    // "quarter to nine" = 08:45
    if rule.attribute("minutes-to") == "yes" {
      guard let h = s.int("hour"), let m = s.int("minute") ?? s.entry("minute")?.number.map({ Int($0) }),
        (1...30).contains(m), (1...12).contains(h)
      else { return nil }
      s.replace("hour", Capture(number: Double(h - 1)))
      s.replace("minute", Capture(number: Double(60 - m)))
    }
    guard let t = timeOfDay(s) else { return nil }
    var r = Resolution(type: "time", value: t)
    r.granularity = "time"
    if let minutes = Self.minutes(t) {
      r.clock = minutes
      r.meridiemStated = s.has("ampm") || s.has("named-time")
    }
    return r
  }

  /// A week counted in a month or year: "the first week of July", "the last
  /// week of 2016", "week 31" (the ISO week holding that day).
  func weekOf(_ rule: DateRule, _ s: Slots) -> Resolution? {
    let last = rule.attribute("nth") == "last"
    let nth = last ? -1 : s.int("nth") ?? 1
    var r = Resolution(type: baseType(rule), value: nil)
    // "the 100th day of the year", "the 200th day of 1996": a day counted in a year
    if rule.attribute("yday") == "yes" {
      guard var yd = statedOrAnchorYear(s), (1...366).contains(nth) else { return nil }
      if yd.anchored, let a = anchor?.day, Day(yd.year, 1, 1).adding(days: nth - 1) > a,
        tense() == -1
      {
        yd.year -= 1
      }
      let d = Day(yd.year, 1, 1).adding(days: nth - 1)
      guard d.year == yd.year else { return nil }
      if yd.anchored { r.inferred = "year"; r.anchored = true }
      withTime(d, s, &r)
      return r
    }
    guard last || (1...53).contains(nth) else { return nil }
    r.granularity = "week"
    // "the last day of the year": December stated by the rule
    var month = s.entry("month")?.number.map { Int($0) } ?? rule.attribute("month").flatMap { Int($0) }
    var y = year(s)
    // "the first Thursday in May next year"
    if y == nil, let yr = s.entry("yearrel")?.number, let anchor {
      y = anchor.day.year + Int(yr)
      r.anchored = true
    }
    let monthRel = s.entry("rel")?.number ?? rule.attribute("month-rel").flatMap(Double.init)
    if let unitRel = monthRel, let anchor {
      let d = Day(anchor.day.year, anchor.day.month, 1).adding(months: Int(unitRel))
      month = d.month
      y = d.year
      r.anchored = true
    }
    if let month {
      if y == nil {
        guard let (yi, direction) = inferYear(rel: nil, useTense: true, { year in
          (Day(year, month, 1).ordinal, Day(year, month, 1).adding(months: 1).ordinal)
        }) else { return nil }
        y = yi
        r.inferred = "year"
        r.anchored = true
        r.direction = direction
      }
      guard let y else { return nil }
      // "the second Monday of December", "the last day of the month": a day
      if let w = s.entry("weekday")?.number.map({ Int($0) }) ?? (rule.attribute("day") == "yes" ? 0 : nil) {
        let d = w == 0
          ? (last ? Day(y, month, Day.length(y, month)) : Day(y, month, 1).adding(days: nth - 1))
          : Day.nthWeekday(last ? -1 : nth, w, year: y, month: month)
        guard d.month == month else { return nil }
        // "the first Tuesday after the first Monday in November": a day after it
        withTime(d.adding(days: rule.attribute("shift").flatMap { Int($0) } ?? 0), s, &r)
        return r
      }
      // "the third weekend in June": the weekend of its nth (or last) Saturday
      if rule.attribute("weekend") == "yes" {
        let d = Day.nthWeekday(last ? -1 : nth, 6, year: y, month: month)
        guard d.month == month else { return nil }
        r.value = d.isoWeekString + "-WE"
        return r
      }
      // the nth (or last) week with most of its days in the month
      let day = last
        ? Day(y, month, Day.length(y, month) - 3) : Day(y, month, 4).adding(days: 7 * (nth - 1))
      guard day.month == month else { return nil }
      r.value = day.isoWeekString
      return r
    }
    guard var yw = y ?? anchor?.day.year else { return nil }
    if y == nil {
      r.inferred = "year"
      r.anchored = true
      // "output fell in the 52nd week of the year" in January: last year's
      let d = last ? Day(yw, 12, 28) : Day(yw, 1, 4).adding(days: 7 * (nth - 1))
      if let a = anchor?.day, d.ordinal - (d.weekday - 1) > a.ordinal, tense() == -1 { yw -= 1 }
    }
    if last {
      r.value = Day(yw, 12, 28).isoWeekString
    } else {
      guard nth <= Day(yw, 12, 28).isoWeek.week else { return nil }
      r.value = "\(Format.year(yw))-W\(Format.two(nth))"
    }
    return r
  }

  /// The year a rule states, else the anchor's year (`anchored`).
  private func statedOrAnchorYear(_ s: Slots) -> (year: Int, anchored: Bool)? {
    if let y = year(s) { return (y, false) }
    return anchor.map { ($0.day.year, true) }
  }

  /// Minutes since midnight of a `Thh:mm` value.
  static func minutes(_ time: String) -> Int? {
    let b = Array(time.utf8)
    guard b.count >= 6, b[0] == UInt8(ascii: "T"), b[3] == UInt8(ascii: ":"),
      let h = Int(String(decoding: b[1..<3], as: UTF8.self)),
      let m = Int(String(decoding: b[4..<6], as: UTF8.self))
    else { return nil }
    return h * 60 + m
  }

  /// "from 10 to 11:30 am", "between 3 and 5", "2:00 - 2:30 pm": the two
  /// times as a Recognizers-style tuple `(T10:00,T11:30,PT1H30M)`. Without a
  /// clock, a.m./p.m. or part of day, the range needs a date beside it.
  func timeRange(_ rule: DateRule, _ s: Slots) -> Resolution? {
    func read(_ suffix: String) -> (minutes: Int, meridiem: String?)? {
      let meridiem = s.entry("ampm" + suffix)?.value
      var hour: Int
      var minute = 0
      if let clock = s["clock" + suffix], let h = clock.number {
        hour = Int(h)
        minute = clock.minute ?? 0
      } else if let named = s.entry("named-time" + suffix)?.value {
        // "from 8 a.m. to noon", "until midnight" (midnight ends the day)
        hour = Int(named.prefix(2)) ?? 0
        minute = Int(named.suffix(2)) ?? 0
        return (hour * 60 + minute, hour >= 12 ? "pm" : "am")
      } else if let h = s.int("hour" + suffix) {
        hour = h
        // spelled minutes: "two forty five"
        if let m = s.int("minute" + suffix) {
          guard (10..<60).contains(m) else { return nil }
          minute = m
        }
      } else {
        return nil
      }
      if meridiem == "pm", hour < 12 { hour += 12 }
      if meridiem == "am", hour == 12 { hour = 0 }
      guard hour <= 24 else { return nil }
      return (hour * 60 + minute, meridiem)
    }
    guard let a = read(""), let b = read("2") else { return nil }
    var start = a.minutes
    var end = b.minutes
    let part = s.entry("part")?.value
    if a.meridiem == nil, b.meridiem == nil, let part, ["AF", "EV", "NI"].contains(part) {
      if start < 12 * 60 { start += 12 * 60 }
      if end < 12 * 60 { end += 12 * 60 }
    }
    // "2:20 to 3pm": the end's p.m. holds for the start when it fits
    if a.meridiem == nil, b.meridiem == "pm", start < 12 * 60, start + 12 * 60 <= end {
      start += 12 * 60
    }
    // "from 10-4", "8am-3": an end before the start is in the afternoon
    if b.meridiem == nil, end < start, end < 12 * 60, end + 12 * 60 > start { end += 12 * 60 }
    // "from 10 p.m. to 6 a.m.": overnight, the end on the next day
    if b.meridiem == "am", end < start, start >= 12 * 60 { end += 24 * 60 }
    guard start < end else { return nil }
    let bare = !s.has("clock") && !s.has("clock2") && a.meridiem == nil && b.meridiem == nil
      && part == nil && !s.has("minute") && !s.has("minute2")
    if bare && rule.attribute("opened") != "yes" { return nil }
    var r = Resolution(type: "range", value: nil)
    r.value = "(\(Self.clockText(start)),\(Self.clockText(end % (24 * 60))),\(Self.clockDuration(end - start)))"
    r.granularity = "time"
    r.clock = start
    r.clockEnd = end
    r.meridiemStated = a.meridiem != nil || b.meridiem != nil || part != nil
    r.needsDate = bare
    return r
  }

  static func clockText(_ minutes: Int) -> String {
    "T\(Format.two(minutes / 60)):\(Format.two(minutes % 60))"
  }

  static func clockDuration(_ minutes: Int) -> String {
    var text = "PT"
    if minutes >= 60 { text += "\(minutes / 60)H" }
    if minutes % 60 != 0 { text += "\(minutes % 60)M" }
    return text
  }
}
