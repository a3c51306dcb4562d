@testable import Gleaner
import GleanerCore
import GleanerQuotes
import GleanerText
import Testing

/// Attributions in less common news orders, quotations without marks
/// (pull quotes, embedded posts, characterizations) and marks that quote
/// nobody (display subheadings, lists of terms, teasers, modifiers).
@Suite struct QuoteSourceTests {
  private func quotes(_ text: String) -> [Quote] {
    TestSupport.record(text).quotes
  }

  private func find(_ text: String, in quotes: [Quote]) -> Quote? {
    quotes.first { $0.span.text == text }
  }

  private func quotes(_ blocks: [Block], actors: [Actor] = []) throws -> [Quote] {
    let article = TestSupport.pipeline.analyzer.analyze(blocks)
    return try QuoteExtractor(rules: TestSupport.rules, language: "en").extract(from: article, actors: actors)
  }

  @Test func descriptionThenNameAfterTheQuote() throws {
    let text = """
      Talks broke down on Tuesday.
      "Every day of this strike costs money," the employers' director, Mia Berg, told reporters. \
      "That money is lost for good."
      """
    let found = quotes(text)
    #expect(find("Every day of this strike costs money,", in: found)?.speaker == "Mia Berg")
    #expect(find("That money is lost for good.", in: found)?.speaker == "Mia Berg")
  }

  @Test func adjectivesInAListBeforeTheSpeaker() {
    let found = quotes("\"Nobody makes money on these cars,\" the tall, quiet engineer said.")
    #expect(find("Nobody makes money on these cars,", in: found)?.speaker == "the tall, quiet engineer")
  }

  @Test func pullQuoteAfterAnOrganizationsReportedSpeechHasNoSpeaker() throws {
    let found = try quotes([
      Block(.paragraph, "The transport ministry said it was monitoring fuel supplies."),
      Block(.blockquote, "\u{201C}A port that stands still for two days needs two weeks to recover.\u{201D}"),
      Block(.paragraph, "Economists at a local bank estimated that the stoppage would shave growth."),
    ])
    let pull = try #require(find("A port that stands still for two days needs two weeks to recover.", in: found))
    #expect(pull.speaker == nil)
  }

  @Test func quoteGoesOnFromTheLastQuotationInMarks() {
    let text = """
      "We are ready," said Tom Berger.
      "The talks can start on Monday."
      """
    #expect(find("The talks can start on Monday.", in: quotes(text))?.speaker == "Tom Berger")
  }

  @Test func statementIssuedByAnOffice() {
    let found = quotes("\"The talks were useful,\" said a statement issued by the Harbour Authority.")
    #expect(find("The talks were useful,", in: found)?.speaker == "Harbour Authority")
  }

  @Test func officeOwnedByAPersonStaysAsWritten() {
    let text = """
      Minister Jo Park spoke on Monday.
      "We will review the contracts," his office said.
      """
    #expect(find("We will review the contracts,", in: quotes(text))?.speaker == "his office")
  }

  @Test func attributionInTheMiddleOfReportedSpeech() throws {
    let found = quotes(
      "The count climbed to 47 on Friday, officials said, as divers kept searching the lake.")
    let quote = try #require(found.first { $0.kind == "indirect" })
    #expect(quote.parts.map(\.text) == [
      "The count climbed to 47 on Friday", "as divers kept searching the lake",
    ])
    #expect(quote.speaker == "officials")
  }

  @Test func appealIsReportedSpeech() throws {
    let found = quotes("Mayor Lina Ortiz urged residents to keep clear of the flooded roads.")
    let quote = try #require(found.first)
    #expect(quote.span.text == "residents to keep clear of the flooded roads")
    #expect(quote.cue == "urged")
    #expect(quote.speaker == "Lina Ortiz")
  }

  @Test func oneWordNameThatPronounsReferTo() throws {
    let text = "Sari, a teacher from the valley, was in her garden when the river rose.\n\u{201C}We had no warning at all,\u{201D} she said."
    let article = TestSupport.pipeline.analyzer.analyze(
      text.split(separator: "\n").map { Block(.paragraph, String($0)) })
    let start = 0
    let range = TextRange(start, start + "Sari".utf8.count)
    let actor = Actor(
      name: "Sari", type: "organization", mentions: [ActorMention(span: article.span(range), range: range)])
    let found = try QuoteExtractor(rules: TestSupport.rules, language: "en").extract(from: article, actors: [actor])
    #expect(find("We had no warning at all,", in: found)?.speaker == "Sari")
  }

  @Test func displaySubheadingTermListsAndTeasersAreNoQuotes() {
    let text = """
      The council met on Monday to discuss the plan.
      'Safe and sound'
      Also on the list: "synergy," "pivot" and "bandwidth."
      READ MORE: Mayor says the bridge "will open in June"
      The vote is on Friday.
      """
    #expect(quotes(text).isEmpty)
  }

  @Test func termThatModifiesANounIsNoQuote() {
    #expect(quotes("The agency reported paying $85 million in \u{201C}service continuity\u{201D} fees.").isEmpty)
  }

  @Test func pullQuoteWithoutMarksEndsWithTheName() throws {
    let text = """
      Jane Doe has worked at the shelter for ten years.
      I will always be grateful for the people I met here. Jane Doe.
      The shelter opens again on Monday.
      """
    let quote = try #require(find("I will always be grateful for the people I met here", in: quotes(text)))
    #expect(quote.speaker == "Jane Doe")
    #expect(quote.rule == "quote.pull")
  }

  @Test func embeddedPostIsItsAuthorsQuote() throws {
    let text = """
      The minister posted a message on Sunday.
      We have started handing out water filters today. I ask every family to use them https://t.co/abc123
      \u{2014} Ravi Kumar (@ravikumar) March 3, 2021
      """
    let quote = try #require(quotes(text).first { $0.rule == "quote.post" })
    #expect(quote.span.text == "We have started handing out water filters today. I ask every family to use them")
    #expect(quote.speaker == "Ravi Kumar")
  }

  @Test func characterizations() {
    let text = """
      Ms. Lund describes herself as the most cautious voice on the board.
      She calls it an expensive early error.
      """
    let found = quotes(text)
    #expect(find("the most cautious voice on the board", in: found)?.cue == "describes")
    #expect(find("an expensive early error", in: found)?.cue == "calls")
  }

  @Test func claimInsideWhatXSays() {
    let found = quotes("The rally falls on what officials say is her 60th birthday.")
    #expect(find("her 60th birthday", in: found)?.speaker == "officials")
  }

  @Test func nicknameInMarksInsideAName() throws {
    let found = quotes(
      "At least three stage hands were hurt, lead singer Tomas \u{201C}Tommy\u{201D} Berg told followers.")
    #expect(find("Tommy", in: found) == nil)
    let quote = try #require(found.first)
    #expect(quote.span.text == "At least three stage hands were hurt")
    let direct = quotes("\"We lost all our gear,\" lead singer Tomas \u{201C}Tommy\u{201D} Berg told followers.")
    #expect(direct.count == 1)
    #expect(direct.first?.speaker?.hasSuffix("Berg") == true)
  }

  @Test func straightMarkClosedByACurlyOne() throws {
    let text = """
      Many members want the clause dropped.
      "The clause was never even asked for,\u{201D} Ana Ruiz said on Monday.
      """
    let quote = try #require(find("The clause was never even asked for,", in: quotes(text)))
    #expect(quote.speaker == "Ana Ruiz")
  }

  @Test func participleAfterWithHasItsOwnSubject() throws {
    let found = quotes(
      "Parents wrote to the school board, with a lawyer for the families calling the cuts \"a betrayal.\"")
    #expect(find("a betrayal.", in: found)?.speaker == "a lawyer for the families")
  }

  @Test func datelineIsNoSubject() throws {
    let found = quotes(
      "MADRID \u{2014} Minister Ada Vance says the government will appeal the ruling, calling the fine \"absurd.\"")
    let partial = try #require(find("absurd.", in: found))
    #expect(partial.speaker == "Ada Vance")
  }
}
