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
  /// Counted from the paper by a word of its own ("last June", "next May"): no year
  /// of the story moves it.
  var paperRelative = false
  /// Right after "since" ("its first decline since 2012"): a point a period runs on from
  /// to the paper's day, no year the story is told in.
  var afterSince = false
  /// "The past year": the calendar year before, but a stretch up to the paper's day that
  /// frames no story ("have doubled in the past year. She signed in January").
  var stretchToNow = false
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
  /// A time range of bare hours ("between 4 and 6") holds only beside a date.
  var needsDate = false
  /// A clock told with its time zone ("8 p.m. EST", "0100 GMT", "9 a.m. local time"),
  /// and the zone's minutes from UTC where the rules give them (not "local time").
  var zoned = false
  var utcMinutes: Int? = nil
  /// A duration's amount and TIMEX unit letter, for "three weeks from Monday".
  var amount: (count: Double, letter: String, isTime: Bool)? = nil
  /// A holiday's calendar rule (`HolidayCalendar`), so a year of the story can move it.
  var holiday: String? = nil
}
