import GleanerCore
import Testing

/// Inputs of the second fuzzing campaign that were slow in the actors stage.
extension FuzzRegressionTests {
  /// A paragraph of one capitalized word repeated (here a first name) is one name of
  /// 40,000 words: linking partial names hashed every tail of it, its length squared
  /// (minutes for 1 MB).
  @Test func aNameOfFortyThousandWordsTakesLinearTime() throws {
    let text = Array(repeating: "May", count: 40_000).joined(separator: " ")
    let outcome = Hostile.run(text, format: .text)
    let record = try #require(outcome.record)
    #expect(record.actors.count == 1)
    #expect(record.actors.first?.mentions.count == 1)
    #expect(outcome.seconds < 10 * Hostile.timeFactor, "\(outcome.seconds) s")
  }
}
