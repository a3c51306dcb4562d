/// A clock told again in another time zone right after it ("8 p.m. EST Tuesday
/// (0100 GMT)", "2 a.m. Wednesday Sydney time (1500 GMT)", "11 p.m. ET Friday/8 p.m.
/// PT"): the same moment, so one that names no day takes the day of the other,
/// moved across midnight as the two clocks tell.
///
/// The zones' hours from UTC (`@list timezone`, `utc=`) tell how far apart the two
/// clocks are: 7:00 AEDT (+11) is sixteen hours after 15:00 EST (-5), the next
/// day. With one zone unknown ("local time"), that zone must lie within the
/// world's: 15:00 GMT after "2 a.m. local time" is the day before (the local zone
/// is then UTC+11; the same day would make it UTC-13).
enum ClockAside {
  /// Dates each bare clock of a pair from the other's day (run before and after
  /// `TimeDay` dates the first clock of a pair from its sentence).
  static func date(_ found: inout [DateExtractor.Found], combiner: TimeCombiner) {
    guard found.count > 1 else { return }
    for k in 1..<found.count where isAside(k, in: found, combiner.view) {
      let (a, b) = (found[k - 1], found[k])
      guard let shift = shift(a.resolution, b.resolution) else { continue }
      if let day = datedDay(a.resolution), isBare(b.resolution) {
        combiner.putClock(&found[k], on: day.adding(days: shift))
      } else if let day = datedDay(b.resolution), isBare(a.resolution) {
        combiner.putClock(&found[k - 1], on: day.adding(days: -shift))
      }
    }
  }

  /// The day of clock `b` less the day of clock `a` it restates: the one that puts
  /// the clocks as far apart as their zones are; with one zone unknown, the one
  /// that puts the other within the world's zones (UTC-12 to UTC+14), the nearer
  /// UTC if both do; with neither known, the shorter way round the clock.
  static func shift(_ a: Resolution, _ b: Resolution) -> Int? {
    guard let ta = clock(a), let tb = clock(b) else { return nil }
    let gap = tb - ta
    let shifts = [-1, 0, 1]
    // the zone of the unknown side for each shift, to be judged
    let zone: (Int) -> Int
    switch (a.utcMinutes, b.utcMinutes) {
    case let (za?, zb?): return shifts.min { abs($0 * 1440 + gap - (zb - za)) < abs($1 * 1440 + gap - (zb - za)) }
    case let (nil, zb?): zone = { zb - gap - $0 * 1440 }
    case let (za?, nil): zone = { za + gap + $0 * 1440 }
    case (nil, nil): return shifts.min { abs($0 * 1440 + gap) < abs($1 * 1440 + gap) }
    }
    return shifts.filter { (-12 * 60...14 * 60).contains(zone($0)) }.min { abs(zone($0)) < abs(zone($1)) }
  }

  /// Whether `found[k]` restates the clock before it in another zone.
  static func isAside(_ k: Int, in found: [DateExtractor.Found], _ view: TokenView) -> Bool {
    k > 0 && k < found.count && (found[k - 1].resolution.zoned || found[k].resolution.zoned)
      && isAside(found[k - 1], found[k], view)
      && clock(found[k - 1].resolution) != nil && clock(found[k].resolution) != nil
  }

  /// Whether `b` comes as an aside to `a`: in brackets right after it, or after a
  /// slash.
  private static func isAside(_ a: DateExtractor.Found, _ b: DateExtractor.Found, _ view: TokenView) -> Bool {
    b.start == a.end + 1 && (view.is(a.end, "(") || view.is(a.end, "/"))
  }

  /// A clock time with no date and no end.
  private static func isBare(_ r: Resolution) -> Bool {
    r.type == "time" && r.clock != nil && r.clockEnd == nil
  }

  /// The day of a date with a clock (`2025-02-04T20:00`).
  private static func datedDay(_ r: Resolution) -> Day? {
    guard r.type == "datetime", r.granularity == "time", r.clockEnd == nil else { return nil }
    return r.startDay
  }

  /// Minutes after midnight of a single clock time, bare or on a day (not the
  /// day's end, `T24:00`).
  private static func clock(_ r: Resolution) -> Int? {
    guard r.clockEnd == nil,
      let minutes = r.clock ?? (r.type == "datetime" ? DateResolver.clock(ofValue: r.value) : nil),
      minutes < 1440
    else { return nil }
    return minutes
  }
}
