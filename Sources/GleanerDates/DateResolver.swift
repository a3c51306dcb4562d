import GleanerCore

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
  /// The edge of the period a modifier of `edge=yes` names (`START`, `END`), if one
  /// leads the match ("the end of the year"; not "early", a loose part).
  var edge: String?

  /// Words of a turn for the better a few words before a quarter ("expects
  /// earnings to improve in the fourth quarter"): a quarter still ahead.
  static let recoveryWords: Set<String> = [
    "improve", "improving", "improvement", "recover", "recovering", "recovery", "rebound",
    "rebounding", "upturn", "turnaround", "strengthen", "strengthening", "pickup",
  ]

  /// Whether a word of `words` stands up to six tokens before the match in its
  /// paragraph (with `clause`, in its clause: not past a full stop or semicolon).
  func wordBefore(in words: Set<String>, clause: Bool) -> Bool {
    var k = origin - 1
    while k >= max(0, origin - 6), !view.breakBefore(k + 1) {
      if words.contains(view.text[k]) { return true }
      if clause, view.is(k, ".") || view.is(k, ";") { return false }
      k -= 1
    }
    return false
  }

  /// Whether a habit word (`habitWords`) stands anywhere before the match in its
  /// sentence, no past read at the match and no "will" in the sentence ("Geese usually
  /// arrive in March and leave in October": the second month is a habit's too).
  func habitBefore() -> Bool {
    var k = origin - 1
    while k >= max(0, origin - 6), !view.breakBefore(k + 1) {
      if isHabitWord(k) { return true }
      if view.is(k, ".") || view.is(k, ";") { break }
      k -= 1
    }
    // (a present, read as a schedule, counts; no "will", no past)
    guard let tokens = view.sentenceTokens(near: origin),
      // (not one of a relative clause: "The council, which normally meets monthly, has
      // postponed its April meeting")
      tokens.contains(where: { t in
        t < origin && isHabitWord(t)
          && !(t > 0 && ["which", "who", "that"].contains(where: { view.is(t - 1, $0) }))
      }),
      tense() != -1
    else { return false }
    return !tokens.contains { Tense.isWill(view, $0) }
  }

  /// Whether token `t` is a habit word (`habitWords`) telling a habit, not the manner of
  /// a verb in -ed or -ing right before it ("The trees flowered normally in October").
  func isHabitWord(_ t: Int) -> Bool {
    Self.habitWords.contains(view.text[t])
      && !(t > 0 && !view.breakBefore(t) && (view.lowercasedEnds(t - 1, "ed") || view.lowercasedEnds(t - 1, "ing")))
  }

  /// The sentence's tense at the match: -1 past, +1 future, 0 unknown;
  /// computed when first asked (`Tense`, which also reads "since"/"until"
  /// before the match).
  func tense() -> Int { Tense.direction(view: view, lexicon: lexicon, at: origin) }

  /// The value of a match of `rule` with the captures `s`, resolved; nil when none fits.
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
  /// week of April 14", "the weekend of Easter".
  /// `weeks`: that many weeks after ("the week after Thanksgiving" = 1).
  func weekAround(_ day: Resolution, unit: String, weeks: Int = 0) -> Resolution? {
    guard day.granularity == "day", var d = day.startDay?.adding(days: 7 * weeks) else { return nil }
    // the weekend of a Monday holiday is the one it ends ("Memorial Day weekend"), and so
    // is a Tuesday's ("the Christmas weekend" in a year Christmas falls on a Tuesday)
    if unit == "WE", d.weekday == 1 || d.weekday == 2 { d = d.adding(days: -2) }
    // `WE-after`, `WE-before`: the first weekend after the day, the last before it ("the
    // weekend after Christmas", "the weekend before Christmas")
    if unit == "WE-after" { d = d.adding(days: d.weekday == 6 ? 7 : (13 - d.weekday) % 7) }
    if unit == "WE-before" { d = d.adding(days: -(d.weekday % 7 == 0 ? 7 : d.weekday % 7)) }
    let weekend = unit.hasPrefix("WE")
    var r = day
    r.type = "date"
    r.value = d.isoWeekString + (weekend ? "-WE" : "")
    r.granularity = "week"
    let (iy, iw) = d.isoWeek
    r.startDay = Day.monday(isoYear: iy, week: iw).adding(days: weekend ? 5 : 0)
    return r
  }

  /// `resolve` by the rule's `resolve=` kind, before a week around it or a prefix.
  func resolveValue(_ rule: DateRule, _ s: Slots) -> Resolution? {
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

  /// The type a rule gives its mentions (`type=`), `date` by default.
  func baseType(_ rule: DateRule) -> String { rule.attribute("type") ?? "date" }

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
  /// The same for the day of a past verb right after its subject (`Tense.subjectPastBefore`).
  static let nearAheadDay = 7
  /// Verbs of finishing a race right before "in" and a length, in a sentence not in
  /// the future: the time it took, no day ahead ("finishing in two hours, seven
  /// minutes"; not "will be finished in three years").
  static let finishWords: Set<String> = [
    "finishing", "finished", "finish", "finishes", "clocking", "clocked",
  ]
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
}
