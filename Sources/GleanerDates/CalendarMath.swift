/// A proleptic Gregorian calendar day, with the arithmetic the resolver needs.
struct Day: Sendable, Hashable, Comparable {
  var year: Int
  var month: Int
  var day: Int

  init(_ year: Int, _ month: Int, _ day: Int) {
    self.year = year
    self.month = month
    self.day = day
  }

  /// Days since 1970-01-01 (Howard Hinnant's algorithm).
  var ordinal: Int {
    let y = month <= 2 ? year - 1 : year
    let era = (y >= 0 ? y : y - 399) / 400
    let yoe = y - era * 400
    let mp = (month + 9) % 12
    let doy = (153 * mp + 2) / 5 + day - 1
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy
    return era * 146097 + doe - 719468
  }

  init(ordinal: Int) {
    let z = ordinal + 719468
    let era = (z >= 0 ? z : z - 146096) / 146097
    let doe = z - era * 146097
    let yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
    let mp = (5 * doy + 2) / 153
    let d = doy - (153 * mp + 2) / 5 + 1
    let m = mp < 10 ? mp + 3 : mp - 9
    self.init(yoe + era * 400 + (m <= 2 ? 1 : 0), m, d)
  }

  /// ISO weekday: 1 = Monday ... 7 = Sunday.
  var weekday: Int {
    let w = (ordinal + 3) % 7  // 1970-01-01 was a Thursday (3 from Monday)
    return (w < 0 ? w + 7 : w) + 1
  }

  func adding(days: Int) -> Day { Day(ordinal: ordinal + days) }

  /// The day `count` calendar units away; `unit` is a duration letter (D, W, M or Y), and any
  /// other letter gives nil.
  func adding(_ count: Int, unit: String) -> Day? {
    switch unit {
    case "D": return adding(days: count)
    case "W": return adding(days: 7 * count)
    case "M": return adding(months: count)
    case "Y": return adding(months: 12 * count)
    default: return nil
    }
  }

  /// The same day `count` months later, clamped to the month's length.
  func adding(months: Int) -> Day {
    let total = year * 12 + (month - 1) + months
    let y = total >= 0 ? total / 12 : (total - 11) / 12
    let m = total - y * 12 + 1
    return Day(y, m, min(day, Day.length(y, m)))
  }

  static func length(_ year: Int, _ month: Int) -> Int {
    switch month {
    case 2: return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28
    case 4, 6, 9, 11: return 30
    default: return 31
    }
  }

  static func isValid(_ year: Int, _ month: Int, _ day: Int) -> Bool {
    (1...12).contains(month) && day >= 1 && day <= length(year, month)
  }

  /// The ISO 8601 week-numbering year and week.
  var isoWeek: (year: Int, week: Int) {
    let thursday = adding(days: 4 - weekday)
    let first = Day(thursday.year, 1, 1)
    return (thursday.year, (thursday.ordinal - first.ordinal) / 7 + 1)
  }

  /// The Monday of ISO week `week` of `year`.
  static func monday(isoYear: Int, week: Int) -> Day {
    let jan4 = Day(isoYear, 1, 4)
    return jan4.adding(days: 1 - jan4.weekday + (week - 1) * 7)
  }

  /// The Monday of the same ISO week number `years` years back (week 53 becomes the last
  /// week of a year of 52): "the same week last year".
  func sameISOWeek(yearsBack years: Int) -> Day {
    let (y, w) = isoWeek
    let monday = Day.monday(isoYear: y - years, week: w)
    return monday.isoWeek.year == y - years ? monday : monday.adding(days: -7)
  }

  /// The `n`th (1-based; -1 the last) `weekday` of a month.
  static func nthWeekday(_ n: Int, _ weekday: Int, year: Int, month: Int) -> Day {
    if n < 0 {
      let last = Day(year, month, length(year, month))
      return last.adding(days: -((last.weekday - weekday + 7) % 7))
    }
    let first = Day(year, month, 1)
    return first.adding(days: (weekday - first.weekday + 7) % 7 + (n - 1) * 7)
  }

  /// Western Easter Sunday (anonymous Gregorian algorithm).
  static func easter(_ year: Int) -> Day {
    let a = year % 19, b = year / 100, c = year % 100
    let d = b / 4, e = b % 4, f = (b + 8) / 25, g = (b - f + 1) / 3
    let h = (19 * a + b - d - g + 15) % 30
    let i = c / 4, k = c % 4
    let l = (32 + 2 * e + 2 * i - h - k) % 7
    let m = (a + 11 * h + 22 * l) / 451
    let month = (h + l - 7 * m + 114) / 31
    let day = (h + l - 7 * m + 114) % 31 + 1
    return Day(year, month, day)
  }

  /// Orthodox Easter Sunday: the Julian computus (Meeus), moved to the
  /// Gregorian calendar (13 days from 1900 to 2099, one less per century before).
  static func orthodoxEaster(_ year: Int) -> Day {
    let a = year % 4, b = year % 7, c = year % 19
    let d = (19 * c + 15) % 30
    let e = (2 * a + 4 * b - d + 34) % 7
    let month = (d + e + 114) / 31
    let day = (d + e + 114) % 31 + 1
    let shift = year / 100 - year / 400 - 2
    return Day(year, month, day).adding(days: shift)
  }

  static func < (lhs: Day, rhs: Day) -> Bool { lhs.ordinal < rhs.ordinal }

  var iso: String {
    guard (0...9999).contains(year), (0...99).contains(month), (0...99).contains(day) else {
      return "\(Format.year(year))-\(Format.two(month))-\(Format.two(day))"
    }
    // the common case written byte by byte: one small string, no interpolation
    return String(unsafeUninitializedCapacity: 10) { b in
      Format.putDigits(year, 4, b, at: 0)
      b[4] = UInt8(ascii: "-")
      Format.putDigits(month, 2, b, at: 5)
      b[7] = UInt8(ascii: "-")
      Format.putDigits(day, 2, b, at: 8)
      return 10
    }
  }
  var isoMonth: String {
    guard (0...9999).contains(year), (0...99).contains(month) else {
      return "\(Format.year(year))-\(Format.two(month))"
    }
    return String(unsafeUninitializedCapacity: 7) { b in
      Format.putDigits(year, 4, b, at: 0)
      b[4] = UInt8(ascii: "-")
      Format.putDigits(month, 2, b, at: 5)
      return 7
    }
  }
  var isoWeekString: String {
    let w = isoWeek
    return "\(Format.year(w.year))-W\(Format.two(w.week))"
  }
}

/// Zero-padded number formatting without Foundation.
enum Format {
  /// The time of a value, from its `T` on (`T06:00` of `2024-03-19T06:00`,
  /// `TMO` of `2025-02-05TMO`), or "".
  static func timePart(_ value: String?) -> String {
    guard let value, let t = value.firstIndex(of: "T") else { return "" }
    return String(value[t...])
  }

  static func two(_ n: Int) -> String {
    guard (0...99).contains(n) else { return "\(n)" }
    return String(unsafeUninitializedCapacity: 2) { b in
      putDigits(n, 2, b, at: 0)
      return 2
    }
  }
  static func year(_ n: Int) -> String {
    if (1...9999).contains(n) {
      return String(unsafeUninitializedCapacity: 4) { b in
        putDigits(n, 4, b, at: 0)
        return 4
      }
    }
    // before the year 1 (astronomical year 0 = 1 BC): TIMEX3's "BC" and the year
    let s = String(n > 0 ? n : 1 - n)
    return (n > 0 ? "" : "BC") + String(repeating: "0", count: max(0, 4 - s.count)) + s
  }
  /// Writes `n` (>= 0, below 10^count) as `count` zero-padded digits at `b[at...]`.
  @inline(__always)
  static func putDigits(_ n: Int, _ count: Int, _ b: UnsafeMutableBufferPointer<UInt8>, at: Int) {
    var n = n
    var k = at + count - 1
    while k >= at {
      b[k] = UInt8(48 + n % 10)
      n /= 10
      k -= 1
    }
  }
  /// A count as TIMEX writes it: `6`, `1.5`.
  static func count(_ value: Double) -> String {
    if value == value.rounded() && abs(value) < 1e15 { return String(Int(value)) }
    var s = String(value)
    if s.hasSuffix(".0") { s.removeLast(2) }
    return s
  }
}

/// The reference point of a document: its publication day and, if given, time.
struct Anchor: Sendable {
  var day: Day
  var hour: Int?
  var minute: Int?

  /// A day with no time of day (a dateline's).
  init(day: Day) { self.day = day }

  /// Parses `YYYY-MM-DD` or an ISO 8601 date-time; nil for anything else.
  init?(_ text: String?) {
    guard let text else { return nil }
    let b = Array(text.utf8)
    func num(_ from: Int, _ count: Int) -> Int? {
      guard from + count <= b.count else { return nil }
      var v = 0
      for i in from..<(from + count) {
        guard (48...57).contains(b[i]) else { return nil }
        v = v * 10 + Int(b[i] - 48)
      }
      return v
    }
    guard b.count >= 10, b[4] == 45, b[7] == 45, let y = num(0, 4), let m = num(5, 2),
      let d = num(8, 2), Day.isValid(y, m, d)
    else { return nil }
    day = Day(y, m, d)
    if b.count >= 16, b[10] == 84 || b[10] == 32, let h = num(11, 2), let mi = num(14, 2) {
      hour = h
      minute = mi
    }
  }

  /// Whether the document may be filed the day before the events it tells: no time
  /// of day is given (midnight counts as none), or the time is in the evening, when
  /// wire stories for the next morning's papers go out ("headed Tuesday" in a story
  /// dated Monday night). A story of Monday morning tells of no Tuesday gone by.
  var mayPrecedeEvents: Bool {
    guard let hour else { return true }
    return hour >= 18 || (hour == 0 && minute == 0)
  }
}
