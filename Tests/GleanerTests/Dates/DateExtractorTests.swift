import Foundation
@testable import Gleaner
import GleanerCore
import GleanerDates
import Testing

/// The date extractor: spans and values, resolution, the reference article,
/// false positives and rule validation.
@Suite struct DateExtractorTests {
  struct Case: Sendable, CustomTestStringConvertible {
    var marked: String
    var published: String
    var value: String
    var type: String
    var testDescription: String { marked }
  }

  static let cases: [Case] = [
    Case(marked: "It began on ⏩January 19⏪.", published: "2025-02-04", value: "2025-01-19", type: "date"),
    Case(marked: "Signed ⏩19 January 2025⏪.", published: "2025-02-04", value: "2025-01-19", type: "date"),
    Case(marked: "Signed ⏩Jan. 19, 2025⏪.", published: "2025-02-04", value: "2025-01-19", type: "date"),
    Case(marked: "Signed ⏩2025-01-19⏪.", published: "2025-02-04", value: "2025-01-19", type: "date"),
    Case(marked: "Signed ⏩19/01/2025⏪.", published: "2025-02-04", value: "2025-01-19", type: "date"),
    Case(marked: "Signed ⏩01/19/2025⏪.", published: "2025-02-04", value: "2025-01-19", type: "date"),
    Case(marked: "It opens ⏩mid-April⏪.", published: "2025-02-04", value: "2025-04", type: "date"),
    Case(marked: "Elections come ⏩early 2024⏪.", published: "2025-02-04", value: "2024", type: "date"),
    Case(marked: "Music of ⏩the 1990s⏪.", published: "2025-02-04", value: "199", type: "date"),
    Case(marked: "He left ⏩yesterday⏪.", published: "2025-02-04", value: "2025-02-03", type: "date"),
    Case(marked: "He left ⏩two days ago⏪.", published: "2025-02-04", value: "2025-02-02", type: "date"),
    Case(marked: "It rained ⏩last week⏪.", published: "2025-02-04", value: "2025-W05", type: "date"),
    Case(marked: "It opens ⏩next month⏪.", published: "2025-02-04", value: "2025-03", type: "date"),
    Case(marked: "We go ⏩this weekend⏪.", published: "2025-02-04", value: "2025-W06-WE", type: "date"),
    Case(marked: "It ran ⏩Tuesday evening⏪.", published: "2025-02-04", value: "2025-02-04TEV", type: "datetime"),
    Case(marked: "A ⏩three-year⏪ term.", published: "2025-02-04", value: "P3Y", type: "duration"),
    Case(marked: "It lasts ⏩six weeks⏪.", published: "2025-02-04", value: "P6W", type: "duration"),
    Case(marked: "We meet ⏩every Monday⏪.", published: "2025-02-04", value: "XXXX-WXX-1", type: "set"),
    Case(marked: "The survey ran ⏩from 2020 to 2022⏪.", published: "2025-02-04", value: "2020-01-01/2022-01-01", type: "range"),
    Case(marked: "Lunch is at ⏩noon⏪.", published: "2025-02-04", value: "T12:00", type: "time"),
    Case(marked: "Doors open ⏩from 9:30 to 11 am⏪.", published: "2025-02-04", value: "(T09:30,T11:00,PT1H30M)", type: "range"),
    Case(marked: "We meet ⏩tomorrow at 3 pm⏪.", published: "2025-02-04", value: "2025-02-05T15:00", type: "datetime"),
    Case(marked: "It will reopen ⏩two weeks from Friday⏪.", published: "2025-02-04", value: "2025-02-21", type: "date"),
    // (March 1, 2025 is a Saturday: the first week mostly in March is W10)
    Case(marked: "I'm away ⏩the first week of March⏪.", published: "2025-02-04", value: "2025-W10", type: "date"),
    Case(marked: "Her mother was born on ⏩May 4, nineteen sixty⏪.", published: "2025-02-04", value: "1960-05-04", type: "date"),
  ]

  @Test(arguments: cases)
  func extracts(_ c: Case) {
    let marked = MarkedText(c.marked)
    let dates = TestSupport.record(marked.text, published: c.published).dates
    let hit = dates.first { $0.span == marked.span }
    #expect(hit?.value == c.value, "\(dates.map { "\($0.span.text)=\($0.value ?? "nil")" })")
    #expect(hit?.type == c.type)
  }

  @Test func resolutionSaysHowAndAgainstWhat() throws {
    let dates = TestSupport.record("The ministers met on Tuesday.", published: "2025-02-06").dates
    let tuesday = try #require(dates.first)
    #expect(tuesday.value == "2025-02-04")
    #expect(tuesday.anchor == "published")
    #expect(tuesday.direction == "past")
    #expect(tuesday.granularity == "day")
    let future = TestSupport.record("The ministers will meet on Tuesday.", published: "2025-02-06").dates
    #expect(future.first?.value == "2025-02-11")
    #expect(future.first?.direction == "future")
    let january = TestSupport.record("It began on January 19.", published: "2025-02-04").dates
    #expect(january.first?.inferred == "year")
  }

  @Test func earlierDatesOfTheTextAnchorLaterOnes() {
    let results = TestSupport.record(
      "Second-quarter profit rose to $4 million from $3 million a year earlier.",
      published: "2025-08-01"
    ).dates
    #expect(results.map(\.value) == ["2025-Q2", "2024-Q2"])
    #expect(results.last?.anchor == "text")
    let years = TestSupport.record(
      "The plant opened in 2012. The following year it doubled its staff.", published: "2025-02-04"
    ).dates
    #expect(years.map(\.value) == ["2012", "2013"])
  }

  @Test func daysListedAfterAMonthAreDatesOfThatMonth() {
    let listed = TestSupport.record("The talks were held on Oct. 5, 6 and 7.", published: "1989-10-25").dates
    #expect(listed.map(\.span.text) == ["Oct. 5", "6", "7"])
    #expect(listed.map(\.value) == ["1989-10-05", "1989-10-06", "1989-10-07"])
    // a count or an amount after the month's day is no listed day
    for text in ["On Oct. 5, 12 people died.", "Sales on Oct. 5 and 6 percent of orders."] {
      let dates = TestSupport.record(text, published: "1989-10-25").dates
      #expect(dates.map(\.span.text) == ["Oct. 5"], "\(text)")
    }
  }

  @Test func withoutPublicationDateRelativeDatesKeepUnknownParts() {
    let dates = TestSupport.record("They met on Tuesday, January 19.", published: nil).dates
    #expect(dates.first?.value == "XXXX-01-19")
    let weekday = TestSupport.record("They met on Tuesday.", published: nil).dates
    #expect(weekday.first?.value == "XXXX-WXX-2")
  }

  @Test func referenceArticle() throws {
    let url = TestSupport.root.appendingPathComponent("Fixtures/fragile-peace.txt")
    let data = try #require(FileManager.default.contents(atPath: url.path), "missing \(url.path)")
    let text = String(decoding: data, as: UTF8.self)
      .split(separator: "\n", maxSplits: 1).last.map(String.init) ?? ""
    #expect(text.contains("January 19"))
    let dates = TestSupport.record(text, published: "2025-02-04").dates
    let values = Dictionary(grouping: dates, by: \.span.text).mapValues { $0.map { $0.value ?? "" } }
    #expect(values["Tuesday"] == ["2025-02-04", "2025-02-04", "2025-02-04"])
    #expect(values["January 19"] == ["2025-01-19"])
    #expect(values["six weeks"] == ["P6W"])
    #expect(values["42-day"] == ["P42D"])
    #expect(values["the end of the week"] == ["2025-W06", "2025-W06"])
    let more = try #require(dates.first { $0.span.text == "more than 15 months" })
    #expect(more.value == "P15M" && more.mod == "MORE_THAN")
    for word in ["afterwards", "Earlier", "previously", "1900", "33", "second"] {
      #expect(!dates.contains { $0.span.text.contains(word) }, "\(word) is not a date")
    }
  }

  @Test(arguments: [
    "May I come in?", "They will March on Washington.", "He writes for the Sunday Times.",
    "The release of 1,900 people.", "The release of 1900 Palestinians.",
    "Call 555-1212 or +86 137-2008-2012.", "It cost $2019.", "The final score was 10:30.",
  ])
  func falsePositives(_ text: String) {
    let dates = TestSupport.record(text).dates
    #expect(dates.isEmpty, "\(dates.map(\.span.text))")
  }

  @Test func listsPastTheHundredTwentyEighthStayDistinct() throws {
    // 150 lists in a file that loads first push the built-in lists to numbers in the
    // third and fourth words of the lexicon's bit set (a user's own lists have room)
    var filler = ""
    for i in 0..<150 { filler += "@list filler-\(i)\nfiller\(i) => \(i)\n" }
    let sources = try RuleSet.read(directory: TestSupport.root.appendingPathComponent("Rules"))
    let rules = try RuleSet(sources: [("en/dates/aaa-filler.rules", filler)] + sources)
    let extractor = try DateExtractor(rules: rules, language: "en")
    let builtIn = try DateExtractor(rules: TestSupport.rules, language: "en")
    let text = "Sales rose 8% in the fourth quarter. The talks ended last Friday night, "
      + "and the Sunday Times said a new round opens on March 3 for six weeks."
    let article = TestSupport.pipeline.analyzer.analyze([Block(.paragraph, text)])
    func values(_ extractor: DateExtractor) -> [String] {
      extractor.extract(from: article, published: "2025-02-04").map { "\($0.span.text)=\($0.value ?? "")" }
    }
    #expect(values(extractor).count == 4)
    #expect(values(extractor) == values(builtIn))
  }

  @Test func tooManyListsIsAClearError() throws {
    var filler = ""
    for i in 0..<300 { filler += "@list filler-\(i)\nfiller\(i) => \(i)\n" }
    let sources = try RuleSet.read(directory: TestSupport.root.appendingPathComponent("Rules"))
    let rules = try RuleSet(sources: [("en/dates/aaa-filler.rules", filler)] + sources)
    do {
      _ = try DateExtractor(rules: rules, language: "en")
      Issue.record("a lexicon past its list capacity was accepted")
    } catch {
      #expect("\(error)".contains("too many date lists"))
    }
  }

  @Test func invalidRulesNameFileAndLine() throws {
    let rules = try RuleSet(sources: [
      (
        "en/dates/bad.rules",
        "@list month\njanuary => 1\nsmarch => 13\n@rule x resolve=calendar\n{nolist}\n"
          + "@rule y resolve=calendar guard=nmae\n{month}\n"
          + "@list timezone\ngmt => utc=0\nmars time => utc=+25\nist => utc=5:3o\n"
      )
    ])
    do {
      _ = try DateExtractor(rules: rules, language: "en")
      Issue.record("invalid rules were accepted")
    } catch let error as RuleErrors {
      let text = error.description
      #expect(text.contains("en/dates/bad.rules:3: month number '13' is not 1 to 12"))
      #expect(text.contains("en/dates/bad.rules:5: unknown class '{nolist}'"))
      #expect(text.contains("en/dates/bad.rules:7: unknown guard 'nmae'"))
      #expect(text.contains("en/dates/bad.rules:10: timezone utc '+25' is not hours from UTC"))
      #expect(text.contains("en/dates/bad.rules:11: timezone utc '5:3o' is not hours from UTC"))
      #expect(!text.contains("bad.rules:9:"))
    }
  }
}
