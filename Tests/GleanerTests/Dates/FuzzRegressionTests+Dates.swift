import GleanerCore
import Testing

/// Inputs of the second fuzzing campaign that crashed or were slow in the dates stage.
extension FuzzRegressionTests {
  /// Dates in a text with no full stop: each date's tense was read from its whole
  /// sentence, the text's length squared (minutes for 1 MB). Each range still gets its
  /// value.
  @Test func tenThousandDateRangesInOneSentenceTakeLinearTime() throws {
    let text = Array(repeating: "from May 5 to June 6,", count: 10_000).joined(separator: " ")
    let record = try Hostile.record(text, within: 20)
    #expect(record.dates.count == 10_000)
    for date in [record.dates.first, record.dates.last] {
      #expect(date?.span.text == "from May 5 to June 6")
      #expect(date?.value == "2025-05-05/2025-06-06")
    }
  }

  /// Clock times with no date in one long sentence ("a.m." ends none): each looked
  /// through every earlier time of its sentence for a date naming its day.
  @Test func twentyThousandClockTimesInOneSentenceTakeLinearTime() throws {
    let text = Array(repeating: "10:30 a.m.", count: 20_000).joined(separator: " ")
    let record = try Hostile.record(text, within: 20)
    #expect(record.dates.count == 20_000)
    #expect(record.dates.allSatisfy { $0.value == "T10:30" && $0.day == "2025-02-04" })
  }

  /// FuzzPipeline, 8 minutes (the page in `fuzz-crashes/FuzzPipeline-int-overflow-in-date-slot`):
  /// twenty digits glued to a letter filled a year slot with a number no `Int` holds, and
  /// converting it stopped the process.
  @Test func aYearOfTwentyDigitsIsNoDate() {
    let record = TestSupport.record("Code 55555555555555555555a was filed in 2019a.")
    #expect(record.dates.map(\.span.text) == ["2019"])
  }
}
