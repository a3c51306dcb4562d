import GleanerCore
import Testing

/// Inputs of the second fuzzing campaign that were slow in the quotes stage (made-up names
/// from `madeUpName`).
extension FuzzRegressionTests {
  /// Thousands of headings with a quotation that no body quotation repeats: each
  /// heading split the words of every quotation of the text again (the count
  /// squared: seconds for a 4 MB text of shuffled news). A repeated one still finds
  /// its speaker.
  @Test func threeThousandHeadlineQuotesTakeLinearTime() throws {
    let pairs = Array(
      repeating: "“Talks are over soon” for the minister\n“We are ready to talk,” the minister said.",
      count: 3_000)
    let record = try Hostile.record(pairs.joined(separator: "\n"), within: 10)
    #expect(record.quotes.filter { $0.rule == "quote.headline" && $0.speaker == nil }.count == 3_000)
    let linked = TestSupport.record(
      "“Talks are over soon” for the minister\nThe talks began in May.\n“The talks are over soon,” the minister said.")
    #expect(linked.quotes.first?.speaker == "the minister")
  }

  /// "he said" 20,000 times with no full stop: each verb's reported clause was read to
  /// the text's end. Clauses now stop 200 tokens after their verb.
  @Test func twentyThousandSpeechVerbsInOneSentenceTakeLinearTime() throws {
    let text = Array(repeating: "he said", count: 20_000).joined(separator: " ")
    let record = try Hostile.record(text, within: 10)
    #expect(!record.quotes.isEmpty)
    #expect(record.quotes.allSatisfy { $0.span.text.count < 1_000 })
  }

  /// "according to X" 30,000 times with no full stop: each counted the words from the
  /// sentence's start to it. Clauses now stop 200 tokens from their cue.
  @Test func thirtyThousandSourcesInOneSentenceTakeLinearTime() throws {
    let text = (0..<30_000).map { "according to \(Self.madeUpName($0)) \(Self.madeUpName($0 + 1))" }
      .joined(separator: " ")
    let record = try Hostile.record(text, within: 10)
    #expect(record.quotes.allSatisfy { $0.span.text.count < 4_000 })
  }

  /// Thousands of persons, each quoted with "he said" and "she said": each pronoun
  /// looked through every name of the text, and every surname through every person.
  @Test func tenThousandPersonsAndPronounsTakeLinearTime() throws {
    let text = (0..<10_000).map { number in
      "\(Self.madeUpName(number)) \(Self.madeUpName(number + 20_000)) spoke. “We won,” he said. “They lost,” she said."
    }.joined(separator: " ")
    let record = try Hostile.record(text, within: 20)
    #expect(record.quotes.count == 20_000)
    #expect(record.quotes.first?.speaker == "\(Self.madeUpName(0)) \(Self.madeUpName(20_000))")
  }
}
