@testable import GleanerDates
import Testing

/// A clock restated in another zone: which day the second clock is on.
@Suite struct ClockAsideTests {
  /// A bare clock at `minutes` after midnight, in a zone `utc` hours from UTC.
  static func clock(_ minutes: Int, utc: Double? = nil) -> Resolution {
    var r = Resolution(type: "time", value: DateResolver.clockText(minutes))
    r.clock = minutes
    r.zoned = true
    r.utcMinutes = utc.map { Int($0 * 60) }
    return r
  }

  @Test func zoneHoursReadAsMinutes() {
    #expect(LexEntry.minutes(fromUTC: "-5") == -300)
    #expect(LexEntry.minutes(fromUTC: "+1") == 60)
    #expect(LexEntry.minutes(fromUTC: "5:30") == 330)
    #expect(LexEntry.minutes(fromUTC: "-3:30") == -210)
    #expect(LexEntry.minutes(fromUTC: "14") == 840)
    #expect(LexEntry.minutes(fromUTC: "15") == nil)
    #expect(LexEntry.minutes(fromUTC: "5:75") == nil)
    #expect(LexEntry.minutes(fromUTC: "east") == nil)
  }

  @Test func knownZonesGiveTheDay() {
    // 15:00 EST is 07:00 AEDT the next day, 20:00 GMT is 05:00 JST the next day
    #expect(ClockAside.shift(Self.clock(15 * 60, utc: -5), Self.clock(7 * 60, utc: 11)) == 1)
    #expect(ClockAside.shift(Self.clock(20 * 60, utc: 0), Self.clock(5 * 60, utc: 9)) == 1)
    // 09:00 JST is 19:00 EST the day before; 12:00 GMT is 13:00 CET the same day
    #expect(ClockAside.shift(Self.clock(9 * 60, utc: 9), Self.clock(19 * 60, utc: -5)) == -1)
    #expect(ClockAside.shift(Self.clock(12 * 60, utc: 0), Self.clock(13 * 60, utc: 1)) == 0)
    // half-hour zones: 23:00 GMT is 04:30 in Delhi the next day
    #expect(ClockAside.shift(Self.clock(23 * 60, utc: 0), Self.clock(4 * 60 + 30, utc: 5.5)) == 1)
  }

  @Test func oneUnknownZoneStaysWithinTheWorlds() {
    // "2 a.m. local time (1500 GMT)": the local zone is UTC+11, not UTC-13
    #expect(ClockAside.shift(Self.clock(2 * 60), Self.clock(15 * 60, utc: 0)) == -1)
    // "9 a.m. local time (11 p.m. JST)": UTC-5 the same day, not UTC+19
    #expect(ClockAside.shift(Self.clock(9 * 60), Self.clock(23 * 60, utc: 9)) == 0)
    // "8 p.m. EST (0100 local)": the other side is five hours on, the next day
    #expect(ClockAside.shift(Self.clock(20 * 60, utc: -5), Self.clock(60)) == 1)
  }

  @Test func unknownZonesTakeTheShorterWay() {
    #expect(ClockAside.shift(Self.clock(20 * 60), Self.clock(60)) == 1)
    #expect(ClockAside.shift(Self.clock(10 * 60), Self.clock(7 * 60)) == 0)
    #expect(ClockAside.shift(Self.clock(60), Self.clock(22 * 60)) == -1)
  }
}
