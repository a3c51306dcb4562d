/// Days listed next to a month and day: "Jan. 30 and 31", "Oct. 5, 6 and 7",
/// "on 15 and 16 June". Each listed day becomes a mention of its own, in the
/// month and year of the day named with its month (TimeBank marks every day of
/// such a list). A day of the month before one that names its month takes that
/// month: "on the 12th and 13th of March".
struct DayList {
  let view: TokenView
  let lexicon: DateLexicon

  /// The suffixes of a day written as an ordinal ("5th").
  static let suffixes = ["st", "nd", "rd", "th"]

  /// Words that may follow a listed day ("Jan. 30 and 31 in Geneva").
  static let followers: Set<String> = [
    "and", "or", "in", "at", "to", "when", "for", "from", "as", "with", "before", "after",
    "until", "through", "while", "but", "on", "because", "without", "by", "during", "near",
    "despite", "amid", "under", "against", "respectively",
    // a verb after the list: "Dec. 1, 2 and 3 will be closed"
    "will", "would", "could", "might", "may", "should", "was", "were", "are", "is", "had",
    "have", "has",
    // a stated year or week after the list: "Dec. 2, 3 and 4 last year"
    "last", "next", "this",
  ]

  /// Words a list of days before a month may follow ("on 15 and 16 June").
  static let openers = ["on", "from", "between", "until", "till", "by", "since", "for", "of", "the"]

  /// Adds the listed days of `found` in place, each next to the day it lists with.
  func extend(_ found: inout [DateExtractor.Found]) {
    takeMonthOfNext(&found)
    takeYearOfNext(&found)
    sharePartOfDay(&found)
    partAfterPart(&found)
    sameWeek(&found)
    followOn(&found)
    seasonAfterSeason(&found)
    var k = 0
    while k < found.count {
      guard isMonthDay(found[k]), let day = found[k].resolution.startDay else {
        k += 1
        continue
      }
      var after = daysAfter(found, k, day)
      // "May 3 and 4, 1996": a year after the last listed day holds for the list
      if let last = after.last, k + 1 < found.count, found[k].resolution.inferred == "year",
        found[k + 1].start == last.end + 1, view.is(last.end, ","),
        found[k + 1].rule == "date.year", let year = found[k + 1].resolution.startDay?.year,
        after.allSatisfy({ Day.isValid(year, day.month, $0.resolution.startDay?.day ?? 0) }),
        Day.isValid(year, day.month, day.day)
      {
        let end = found[k + 1].end
        found.remove(at: k + 1)
        redate(&found[k], year: year)
        for i in after.indices { redate(&after[i], year: year) }
        after[after.count - 1].end = end
      }
      let before = view.integer(found[k].start) != nil ? daysBefore(found, k, day) : []
      found.insert(contentsOf: after, at: k + 1)
      found.insert(contentsOf: before, at: k)
      k += 1 + before.count + after.count
    }
  }

  /// "on Thursday and Friday of next week": a plain weekday before "and"/"or" and a
  /// later weekday of another week is in that weekday's week.
  private func sameWeek(_ found: inout [DateExtractor.Found]) {
    for k in found.indices.dropLast() {
      guard found[k].end - found[k].start == 1, let (a, b) = joinedWeekdays(found, k),
        !(a < b && b.ordinal - a.ordinal < 7)
      else { continue }
      let moved = b.adding(days: a.weekday - b.weekday)
      found[k].resolution.value = moved.iso
      found[k].resolution.startDay = moved
    }
  }

  /// The days of weekdays `found[k]` and `found[k + 1]` joined by "and"/"or", the first
  /// earlier in the week; nil for any other pair.
  private func joinedWeekdays(_ found: [DateExtractor.Found], _ k: Int, inWeek: Bool = true) -> (Day, Day)? {
    guard found[k].rule == "date.weekday", found[k + 1].rule == "date.weekday",
      found[k + 1].start == found[k].end + 1,
      view.is(found[k].end, "and") || view.is(found[k].end, "or"),
      found[k].resolution.granularity == "day", found[k + 1].resolution.granularity == "day",
      let a = found[k].resolution.startDay, let b = found[k + 1].resolution.startDay,
      !inWeek || a.weekday < b.weekday, a.weekday != b.weekday
    else { return nil }
    return (a, b)
  }

  /// "next Thursday and Friday", "last Wednesday and Thursday": a bare weekday after a
  /// weekday of a stated week and "and"/"or" is the next such day after it (into the next
  /// week too: "last Sunday and Monday").
  private func followOn(_ found: inout [DateExtractor.Found]) {
    for k in found.indices.dropLast() {
      guard found[k].end - found[k].start == 2, found[k + 1].end - found[k + 1].start == 1,
        found[k].resolution.mod == nil, found[k + 1].resolution.mod == nil,
        let (a, b) = joinedWeekdays(found, k, inWeek: false)
      else { continue }
      let moved = a.adding(days: (b.weekday - a.weekday + 7) % 7)
      guard moved != b else { continue }
      found[k + 1].resolution.value = moved.iso
      found[k + 1].resolution.startDay = moved
      found[k + 1].resolution.direction = found[k].resolution.direction
    }
  }

  /// "planned for the spring and summer": a bare season after a season ahead of the
  /// paper and "and"/"or" is the next such season after it.
  private func seasonAfterSeason(_ found: inout [DateExtractor.Found]) {
    let order = ["SP": 0, "SU": 1, "FA": 2, "WI": 3]
    for k in found.indices.dropLast() {
      guard found[k].rule == "date.season", found[k + 1].rule == "date.season",
        found[k + 1].end - found[k + 1].start == 1, found[k + 1].start == found[k].end + 1,
        view.is(found[k].end, "and") || view.is(found[k].end, "or"),
        found[k].resolution.granularity == "season", found[k + 1].resolution.granularity == "season",
        found[k + 1].resolution.mod == nil, found[k].resolution.direction == "future",
        let a = found[k].resolution.value, let b = found[k + 1].resolution.value,
        let ya = ContextResolver.leadingYear(a), let yb = ContextResolver.leadingYear(b),
        let sa = order[String(a.suffix(2))], let sb = order[String(b.suffix(2))], sa != sb,
        let start = found[k + 1].resolution.startDay
      else { continue }
      let y = ya + (sb > sa ? 0 : 1)
      guard y != yb else { continue }
      found[k + 1].resolution.value = Format.year(y) + b.dropFirst(4)
      found[k + 1].resolution.startDay = Day(y, start.month, 1)
      found[k + 1].resolution.direction = found[k].resolution.direction
    }
  }

  /// "Saturday and Sunday nights", "Monday or Tuesday night": a bare weekday
  /// before another with a part of the day takes that part (and, before a
  /// plural, the set of those weekdays).
  private func sharePartOfDay(_ found: inout [DateExtractor.Found]) {
    for k in found.indices.dropLast() {
      let b = found[k + 1].resolution
      guard found[k].rule == "date.weekday", found[k].end - found[k].start == 1,
        found[k + 1].start == found[k].end + 1,
        view.is(found[k].end, "and") || view.is(found[k].end, "or"),
        found[k + 1].rule.hasPrefix("date.weekday") || found[k + 1].rule == "set.every",
        found[k].resolution.mod == nil,
        let own = found[k].resolution.startDay, let value = b.value,
        let t = value.lastIndex(of: "T"), value.distance(from: t, to: value.endIndex) == 3
      else { continue }
      let part = value[t...]
      var r = b
      if value.hasPrefix("XXXX-WXX-") {
        r.value = "XXXX-WXX-\(own.weekday)" + part
        r.startDay = nil
      } else if let day = b.startDay, b.type == "datetime", day.ordinal - own.ordinal >= 1,
        day.ordinal - own.ordinal < 7
      {
        r.value = own.iso + part
        r.startDay = own
      } else {
        continue
      }
      found[k].resolution = r
    }
  }

  /// "Storms are likely Friday afternoon and evening": a part of the day after "and"/"or"
  /// and a day's part is a mention of its own, on that day.
  private func partAfterPart(_ found: inout [DateExtractor.Found]) {
    var k = 0
    while k < found.count {
      defer { k += 1 }
      let r = found[k].resolution
      let end = found[k].end
      guard r.type == "datetime", let day = r.startDay, let value = r.value, value.utf8.count == 13,
        value.hasPrefix(day.iso + "T"), end + 1 < view.count, !view.breakBefore(end + 1),
        view.is(end, "and") || view.is(end, "or"),
        let code = lexicon.match("part-word", view, at: end + 1).first(where: { $0.0 == end + 2 })?.1.value,
        !value.hasSuffix(code), k + 1 == found.count || found[k + 1].start > end + 1
      else { continue }
      var listed = r
      listed.value = day.iso + "T" + code
      found.insert(
        DateExtractor.Found(start: end + 1, end: end + 2, rule: found[k].rule, resolution: listed),
        at: k + 1)
      k += 1
    }
  }

  /// "on the 12th and 13th of March": the day of the month before takes March.
  private func takeMonthOfNext(_ found: inout [DateExtractor.Found]) {
    for k in found.indices.dropLast() {
      let next = found[k + 1].start
      guard next > found[k].end, view.is(next - 1, "and") || view.is(next - 1, "or"),
        listedBetween(found[k].end, next - 1),
        found[k].rule == "date.day-of-month",
        found[k + 1].rule.hasPrefix("date.month-day"), let month = found[k + 1].resolution.startDay,
        let own = found[k].resolution.startDay, own.day < month.day,
        Day.isValid(month.year, month.month, own.day)
      else { continue }
      let d = Day(month.year, month.month, own.day)
      found[k].resolution.value = d.iso
      found[k].resolution.startDay = d
    }
  }

  /// "since Oct. 28 and Oct. 29, 1929": a month and day with no year before "and" or "or"
  /// and a month and day with one takes that year (its month no later).
  private func takeYearOfNext(_ found: inout [DateExtractor.Found]) {
    for k in found.indices.dropLast() {
      let next = found[k + 1]
      guard next.start == found[k].end + 1, view.is(found[k].end, "and") || view.is(found[k].end, "or"),
        found[k].rule.hasPrefix("date.month-day"), found[k].resolution.inferred == "year",
        next.rule == "date.month-day-year", next.resolution.inferred == nil,
        let other = next.resolution.startDay, let own = found[k].resolution.startDay,
        own.year != other.year, own.month <= other.month, Day.isValid(other.year, own.month, own.day)
      else { continue }
      redate(&found[k], year: other.year)
    }
  }

  /// `f` moved to `year`, as stated after its list.
  private func redate(_ f: inout DateExtractor.Found, year: Int) {
    guard let d = f.resolution.startDay else { return }
    let moved = Day(year, d.month, d.day)
    f.resolution.value = moved.iso
    f.resolution.startDay = moved
    f.resolution.inferred = nil
  }

  /// Whether tokens `from..<to` are days listed with commas ("6th," in "the
  /// 5th, 6th and 7th of June"; none at all in "the 5th and 6th of June").
  private func listedBetween(_ from: Int, _ to: Int) -> Bool {
    guard to - from <= 8 else { return false }
    var i = from
    while i < to {
      if view.is(i, ",") || view.is(i, "and") {
        i += 1
      } else if let n = view.integer(i), n.digits <= 2, i + 1 < to, view.glued(i + 1),
        Self.suffixes.contains(where: { view.is(i + 1, $0) })
      {
        i += 2
      } else {
        return false
      }
    }
    return true
  }

  /// A day of the month named `day` (at token `token`) in the month of `f`.
  private func listed(
    _ f: DateExtractor.Found, day: Int, token: Int, of month: Day, length: Int = 1
  ) -> DateExtractor.Found {
    var listed = f
    listed.start = token
    listed.end = token + length
    let d = Day(month.year, month.month, day)
    listed.resolution.value = d.iso
    listed.resolution.startDay = d
    return listed
  }

  /// Whether `f` is a single day named with its month ("16 June", "Jan. 30").
  private func isMonthDay(_ f: DateExtractor.Found) -> Bool {
    // (the cheap tests first: this runs on every mention)
    f.resolution.startDay != nil && f.resolution.mod == nil && f.resolution.granularity == "day"
      && (f.rule.hasPrefix("date.month-day") || f.rule == "date.day-of-month")
  }

  /// "on 15 and 16 June", "15, 16 and 17 June": the days listed before `found[k]`.
  private func daysBefore(_ found: [DateExtractor.Found], _ k: Int, _ last: Day) -> [DateExtractor.Found] {
    let floor = k > 0 ? found[k - 1].end : 0
    var days: [DateExtractor.Found] = []
    var t = found[k].start
    var above = last.day
    while let n = previousDay(before: t, floor: floor, below: above), Day.isValid(last.year, last.month, n.day) {
      days.insert(listed(found[k], day: n.day, token: n.token, of: last), at: 0)
      above = n.day
      t = n.token
    }
    // the list opens after a preposition ("on 15 and 16 June"; not "scored 2 and 3 June")
    if let first = days.first?.start, first == 0 || !Self.openers.contains(where: { view.is(first - 1, $0) }) {
      return []
    }
    return days
  }

  /// "Jan. 30 and 31", "Oct. 5, 6 and 7": the days listed after `found[k]`.
  private func daysAfter(_ found: [DateExtractor.Found], _ k: Int, _ first: Day) -> [DateExtractor.Found] {
    let limit = k + 1 < found.count ? found[k + 1].start : view.count
    var day = first.day
    var t = found[k].end
    var days: [DateExtractor.Found] = []
    // "the 4th, 5th and 6th": ordinals list ordinals
    let ordinal = Self.suffixes.contains(where: { view.is(found[k].end - 1, $0) })
    while let n = nextDay(after: t, limit: limit, above: day, ordinal: ordinal),
      Day.isValid(first.year, first.month, n.day)
    {
      let length = ordinal ? 2 : 1
      days.append(listed(found[k], day: n.day, token: n.token, of: first, length: length))
      day = n.day
      t = n.token + length
    }
    return days
  }

  /// The day number before a list connector that ends at token `t` ("15 and"
  /// before "16 June", "15," before "16 and 17 June"), if it is smaller than `below`.
  private func previousDay(before t: Int, floor: Int, below: Int) -> (token: Int, day: Int)? {
    var i = t - 1
    guard i > floor, view.is(i, "and") || view.is(i, "or") || view.is(i, ",") else { return nil }
    if i - 1 > floor, view.is(i - 1, ",") { i -= 1 }
    let n = i - 1
    guard n >= floor, !view.breakBefore(i), !view.breakBefore(t), let v = view.integer(n),
      v.digits <= 2, v.value >= 1, v.value < below
    else { return nil }
    // "aged 15 and 16 June ..." is rare; a number glued to a sign or unit is no day
    if n > 0, view.glued(n), !view.is(n - 1, ",") { return nil }
    return (n, v.value)
  }

  /// The day number after a list connector at token `t` (", 6", "and 31",
  /// ", and 7"), if it is larger than `above` and ends its phrase.
  private func nextDay(after t: Int, limit: Int, above: Int, ordinal: Bool = false) -> (token: Int, day: Int)? {
    var i = t
    if i < limit, view.is(i, ",") { i += 1 }
    if i < limit, view.is(i, "and") || view.is(i, "or") { i += 1 }
    guard i > t, i < limit, !view.breakBefore(i), let n = view.integer(i), n.digits <= 2,
      n.value > above, n.value <= 31
    else { return nil }
    // an ordinal lists ordinals only: "the 4th, 5th and 6th" (not "the 4th and 5 others")
    let number = i
    if ordinal {
      guard i + 1 < limit, view.glued(i + 1), Self.suffixes.contains(where: { view.is(i + 1, $0) })
      else { return nil }
      i += 1
    }
    // "30 and 31 percent", "5 and 6-year-olds", "30 and 31.5"
    let next = i + 1
    if next < view.count, !view.breakBefore(next) {
      if view.glued(next) && !view.is(next, ",") && !view.is(next, ".") { return nil }
      if view.isNumber(next) { return nil }
      if view.isWord(next), !Self.followers.contains(view.text[next]) { return nil }
    }
    return (number, n.value)
  }
}
