import GleanerCore
import Testing

/// Inputs of the second fuzzing campaign that were slow in the actors stage.
extension FuzzRegressionTests {
  /// A paragraph of one capitalized word repeated (here a first name) is one name of
  /// 40,000 words: linking partial names hashed every tail of it, its length squared
  /// (minutes for 1 MB).
  @Test func aNameOfFortyThousandWordsTakesLinearTime() throws {
    let text = Array(repeating: "May", count: 40_000).joined(separator: " ")
    let record = try Hostile.record(text, within: 10)
    #expect(record.actors.count == 1)
    #expect(record.actors.first?.mentions.count == 1)
  }

  /// Thousands of banks, each followed by "the bank": every reference looked through
  /// every actor of the text for the ones it fits (their product). Only the first is
  /// a reference: after it, two banks fit.
  @Test func tenThousandBanksAndReferencesTakeLinearTime() throws {
    let text = (0..<10_000).map { "The \(Self.madeUpName($0)) Bank said. The bank agreed." }
      .joined(separator: " ")
    let record = try Hostile.record(text, within: 10)
    #expect(record.actors.count > 9_000)
    #expect(record.actors.flatMap(\.references).map(\.span.text) == ["The bank"])
  }

  /// A capitalized made-up word for `number` (consonant and vowel pairs).
  static func madeUpName(_ number: Int) -> String {
    var word = ""
    var rest = number + 100
    while rest > 0 {
      word.append(Array("bcdfghklmnprstvz")[rest % 16])
      word.append(Array("aeiou")[rest % 5])
      rest /= 16
    }
    return word.prefix(1).uppercased() + word.dropFirst()
  }
}
