/// The calendar of holidays: the day a holiday value of `@list holiday`
/// falls on in a year.
///
/// Values: `12-25` (a fixed day), `11-4-4` (the 4th Thursday of November),
/// `05--1-1` (the last Monday of May), `easter-2` and `orthodox-easter+0`
/// (days from Easter), `+N` after any of them (days added: "11-4-4+1", Black
/// Friday follows Thanksgiving); a moving (lunar) holiday is a table of its
/// dates, `2024-04-10,2025-03-30,...`, or of its periods,
/// `2024-03-11/2024-04-10,...` (Ramadan up to Eid); two values joined by `;`
/// are one name for two days, the one nearer the paper's day taken. Values are read as bytes:
/// a holiday is resolved for several candidate years.
enum HolidayCalendar {
  /// The day holiday value `v` falls on in `year` and, for a period from a
  /// table, its end. A table with two items in one year (Ramadan in 1997 began
  /// on Jan. 10 and again on Dec. 30) gives the one nearest `near`, else the first.
  static func period(_ v: Substring, year: Int, near: Day? = nil) -> (start: Day, end: Day?)? {
    // "05-01;09-1-1": a name two holidays share ("Labour Day" is May 1 in most
    // countries, the first Monday of September in North America): the one
    // nearest `near`, else the first
    if let semicolon = v.utf8.firstIndex(of: UInt8(ascii: ";")) {
      let first = period(v[..<semicolon], year: year, near: near)
      let second = period(v[v.index(after: semicolon)...], year: year, near: near)
      guard let near, let a = first, let b = second else { return first ?? second }
      return abs(b.start.ordinal - near.ordinal) < abs(a.start.ordinal - near.ordinal) ? b : a
    }
    guard let first = v.utf8.first, first >= UInt8(ascii: "0"), first <= UInt8(ascii: "9"),
      v.utf8.count >= 10
    else { return day(v, year: year).map { ($0, nil) } }
    // the table is read as bytes, item by item, up to the year asked for
    var bytes = v.utf8[...]
    var found: (start: Day, end: Day?)?
    while bytes.count >= 10 {
      guard let start = isoDay(bytes.prefix(10)) else { return nil }
      bytes = bytes.dropFirst(10)
      var end: Day?
      if bytes.first == UInt8(ascii: "/") {
        end = isoDay(bytes.dropFirst().prefix(10))
        bytes = bytes.dropFirst(11)
      }
      if start.year > year { break }
      if start.year == year {
        guard let near else { return (start, end) }
        let o = near.ordinal
        if found.map({ abs(start.ordinal - o) < abs($0.start.ordinal - o) }) ?? true {
          found = (start, end)
        }
      }
      bytes = bytes.drop { $0 != UInt8(ascii: ",") }.dropFirst()
    }
    return found
  }

  /// `YYYY-MM-DD` as a day.
  private static func isoDay(_ s: Substring.UTF8View.SubSequence) -> Day? {
    guard s.count == 10 else { return nil }
    var (year, month, day) = (0, 0, 0)
    for (k, b) in s.enumerated() {
      let digit = Int(b) - 48
      switch k {
      case 4, 7: guard b == UInt8(ascii: "-") else { return nil }
      default: guard (0...9).contains(digit) else { return nil }
      }
      if k < 4 { year = year * 10 + digit } else if k == 5 || k == 6 {
        month = month * 10 + digit
      } else if k > 7 { day = day * 10 + digit }
    }
    guard Day.isValid(year, month, day) else { return nil }
    return Day(year, month, day)
  }

  /// The day of a value that is no table.
  private static func day(_ v: Substring, year: Int) -> Day? {
    // read as bytes: character-wise Substring operations cost thousands of
    // instructions per call, and a holiday is resolved for several years
    let u = v.utf8
    if u.starts(with: "orthodox-easter".utf8) {
      return Day.orthodoxEaster(year).adding(days: signed(u.dropFirst(15)) ?? 0)
    }
    if u.starts(with: "easter".utf8) {
      return Day.easter(year).adding(days: signed(u.dropFirst(6)) ?? 0)
    }
    if let plus = u.firstIndex(of: UInt8(ascii: "+")), let shift = signed(u[u.index(after: plus)...]) {
      return day(v[..<plus], year: year)?.adding(days: shift)
    }
    // "MM-DD", "MM-N-W" (the Nth weekday W of month MM), "MM--N-W" (Nth last)
    var numbers = (0, 0, 0)
    var count = 0
    var negative = false
    var inNumber = false
    for b in u {
      if b == UInt8(ascii: "-") {
        if !inNumber { negative = true }
        inNumber = false
        continue
      }
      guard b >= 48, b <= 57 else { return nil }
      if !inNumber {
        count += 1
        inNumber = true
      }
      let digit = Int(b - 48)
      switch count {
      case 1: numbers.0 = numbers.0 * 10 + digit
      case 2: numbers.1 = numbers.1 * 10 + digit
      case 3: numbers.2 = numbers.2 * 10 + digit
      default: return nil
      }
    }
    if count == 2, !negative, Day.isValid(year, numbers.0, numbers.1) {
      return Day(year, numbers.0, numbers.1)
    }
    guard count == 3 else { return nil }
    return Day.nthWeekday(negative ? -numbers.1 : numbers.1, numbers.2, year: year, month: numbers.0)
  }

  /// An optionally signed integer written in bytes ("-2", "+1", "46").
  private static func signed(_ bytes: Substring.UTF8View.SubSequence) -> Int? {
    guard !bytes.isEmpty else { return nil }
    var rest = bytes
    var sign = 1
    if rest.first == UInt8(ascii: "-") || rest.first == UInt8(ascii: "+") {
      sign = rest.first == UInt8(ascii: "-") ? -1 : 1
      rest = rest.dropFirst()
    }
    guard !rest.isEmpty else { return nil }
    var n = 0
    for b in rest {
      guard b >= 48, b <= 57 else { return nil }
      n = n * 10 + Int(b - 48)
    }
    return sign * n
  }
}
