/// How a mention reads an earlier date of the same text.
struct TextContext: Sendable {
  enum Kind: Sendable {
    /// The quarter under discussion ("a year ago" in quarterly results,
    /// "the year-ago period", "the latest quarter").
    case quarter
    /// The year last stated ("the following year", "later that year").
    case year
    /// The decade last named, by itself or by a year in it ("In the 1970s ... the
    /// following decade" = 198).
    case decade
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
  /// With `day`: whole months counted before the `shift` days ("3 years 2 months
  /// 10 days later" is 38 months, then 10 days, from the day last named).
  var months = 0
  /// A stated quarter or year that overrides the context's.
  var quarter: Int? = nil
  var year: Int? = nil
  /// `weekOfDay`: the weekend rather than the whole week.
  var weekend = false
  /// `weekOfDay`: the same ISO week number this many years back, not `shift` days
  /// ("the same week last year").
  var isoYearsBack = 0
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
  /// `quarter`: the latest quarter, never one of a year before the last one over by
  /// the paper's day ("beat the profit of the third quarter of 1988; revenue for the
  /// latest period grew" in a November 1989 paper is 1989's).
  var latest = false
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
  /// `day`: a day of the text or none: "that day" points back to a day the text
  /// named, never to the paper's own (with none, it is no date: "On days when
  /// prices tumble, dealers lose on the shares they buy that day").
  var textOnly = false
  /// `decade`: only a decade named as one counts, or a year stated in an earlier decade
  /// than the paper's, and only in a past-tense sentence ("Prices soared in the 1980s. By
  /// the end of the decade ...").
  var namedDecadeOnly = false
  /// `year` on a season or a month ("the following spring", "the following March"): the
  /// first one after the month the text last named, or in the year after the one stated.
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
  /// `year`: counted from a year stated after "since" too ("has not won since 1998, and
  /// its last title came two years before that": "that" points back to it).
  var sinceBase = false
  /// `quarter`: the mention names a quarter ("the same quarter a year ago"), so a quarter
  /// the text named counts even when it is no quarter under discussion (one still ahead).
  var namesQuarter = false
}
