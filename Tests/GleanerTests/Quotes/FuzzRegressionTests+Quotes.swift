import GleanerCore
import Testing

/// Inputs of the second fuzzing campaign that were slow in the quotes stage.
extension FuzzRegressionTests {
  /// Thousands of headings with a quotation that no body quotation repeats: each
  /// heading split the words of every quotation of the text again (the count
  /// squared: seconds for a 4 MB text of shuffled news). A repeated one still finds
  /// its speaker.
  @Test func threeThousandHeadlineQuotesTakeLinearTime() throws {
    let pairs = Array(
      repeating: "“Talks are over soon” for the minister\n“We are ready to talk,” the minister said.",
      count: 3_000)
    let outcome = Hostile.run(pairs.joined(separator: "\n"), format: .text)
    let record = try #require(outcome.record)
    #expect(record.quotes.filter { $0.rule == "quote.headline" && $0.speaker == nil }.count == 3_000)
    #expect(outcome.seconds < 10 * Hostile.timeFactor, "\(outcome.seconds) s")
    let linked = TestSupport.record(
      "“Talks are over soon” for the minister\nThe talks began in May.\n“The talks are over soon,” the minister said.")
    #expect(linked.quotes.first?.speaker == "the minister")
  }

  /// "he said" 20,000 times with no full stop: each verb's reported clause was read to
  /// the text's end. Clauses now stop 200 tokens after their verb.
  @Test func twentyThousandSpeechVerbsInOneSentenceTakeLinearTime() throws {
    let text = Array(repeating: "he said", count: 20_000).joined(separator: " ")
    let outcome = Hostile.run(text, format: .text)
    let record = try #require(outcome.record)
    #expect(!record.quotes.isEmpty)
    #expect(record.quotes.allSatisfy { $0.span.text.count < 1_000 })
    #expect(outcome.seconds < 10 * Hostile.timeFactor, "\(outcome.seconds) s")
  }
}
