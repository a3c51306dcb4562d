import Foundation
import GleanerCore
import Testing

/// Inputs of the second fuzzing campaign that were slow in the numbers stage.
extension FuzzRegressionTests {
  /// Thousands of dates that are four-digit years (ISO timestamps in the fuzz run):
  /// each year was looked up in the list of dates one by one, the count of dates
  /// squared.
  @Test func fiftyThousandYearDatesTakeLinearTime() {
    let count = 50_000
    let text = Array(repeating: "2024", count: count).joined(separator: " ")
    let article = NumberTestSupport.analyzer.analyze([Block(.paragraph, text)])
    let dates = (0..<count).map { index in
      let range = TextRange(index * 5, index * 5 + 4)
      return DateMention(span: article.span(range), range: range, type: "date", value: "2024")
    }
    let started = Date()
    let numbers = NumberTestSupport.extractor.extract(from: article, dates: dates)
    let seconds = Date().timeIntervalSince(started)
    #expect(numbers.isEmpty)
    #expect(seconds < 5 * Hostile.timeFactor, "\(seconds) s")
  }
}
