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

  @Test func statementReleasedByAnOffice() {
    let found = quotes("\"The talks were useful,\" said a statement released by the Harbour Authority.")
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
      "The toll rose to 280 on Monday, officials said, as rescuers searched for more victims.")
    let quote = try #require(found.first { $0.kind == "indirect" })
    #expect(quote.parts.map(\.text) == [
      "The toll rose to 280 on Monday", "as rescuers searched for more victims",
    ])
    #expect(quote.speaker == "officials")
  }

  @Test func appealIsReportedSpeech() throws {
    let found = quotes("Mayor Lina Ortiz urged residents to stay away from the river banks.")
    let quote = try #require(found.first)
    #expect(quote.span.text == "residents to stay away from the river banks")
    #expect(quote.cue == "urged")
    #expect(quote.speaker == "Lina Ortiz")
  }

  @Test func oneWordNameThatPronounsReferTo() throws {
    let text = "Yuni, a resident of the coast, was at home when she heard the water.\n\u{201C}It came so fast,\u{201D} she said."
    let article = TestSupport.pipeline.analyzer.analyze(
      text.split(separator: "\n").map { Block(.paragraph, String($0)) })
    let start = 0
    let range = TextRange(start, start + "Yuni".utf8.count)
    let actor = Actor(
      name: "Yuni", type: "organization", mentions: [ActorMention(span: article.span(range), range: range)])
    let found = try QuoteExtractor(rules: TestSupport.rules, language: "en").extract(from: article, actors: [actor])
    #expect(find("It came so fast,", in: found)?.speaker == "Yuni")
  }

  @Test func displaySubheadingTermListsAndTeasersAreNoQuotes() {
    let text = """
      The council met on Monday to discuss the plan.
      'Safe and sound'
      Also on the list: "platform," "ghosting" and "yeet."
      READ MORE: Mayor says the bridge "will open in June"
      The vote is on Friday.
      """
    #expect(quotes(text).isEmpty)
  }

  @Test func termThatModifiesANounIsNoQuote() {
    #expect(quotes("The firm reported receiving $300 million in \u{201C}risk mitigation\u{201D} payments.").isEmpty)
  }

  @Test func pullQuoteWithoutMarksEndsWithTheName() throws {
    let text = """
      Jane Doe has worked at the shelter for ten years.
      I am still thankful for what this work has brought me. Jane Doe.
      The shelter opens again on Monday.
      """
    let quote = try #require(find("I am still thankful for what this work has brought me", in: quotes(text)))
    #expect(quote.speaker == "Jane Doe")
    #expect(quote.rule == "quote.pull")
  }

  @Test func embeddedPostIsItsAuthorsQuote() throws {
    let text = """
      The minister posted a message on Sunday.
      We have started handing out masks today. I urge everyone to wear them https://t.co/abc123
      \u{2014} Ravi Kumar (@ravikumar) November 1, 2019
      """
    let quote = try #require(quotes(text).first { $0.rule == "quote.post" })
    #expect(quote.span.text == "We have started handing out masks today. I urge everyone to wear them")
    #expect(quote.speaker == "Ravi Kumar")
  }

  @Test func characterizations() {
    let text = """
      Mr. Fry describes himself as the most careful member of council.
      He now calls it a costly rookie mistake.
      """
    let found = quotes(text)
    #expect(find("the most careful member of council", in: found)?.cue == "describes")
    #expect(find("a costly rookie mistake", in: found)?.cue == "calls")
  }

  @Test func claimInsideWhatXSays() {
    let found = quotes("The visit falls on what officials say is his 35th birthday.")
    #expect(find("his 35th birthday", in: found)?.speaker == "officials")
  }

  @Test func nicknameInMarksInsideAName() throws {
    let found = quotes(
      "At least four crew members were killed, lead singer Riefan \u{201C}Ifan\u{201D} Fajar told followers.")
    #expect(find("Ifan", in: found) == nil)
    let quote = try #require(found.first)
    #expect(quote.span.text == "At least four crew members were killed")
    let direct = quotes("\"We lost four friends,\" lead singer Riefan \u{201C}Ifan\u{201D} Fajar told followers.")
    #expect(direct.count == 1)
    #expect(direct.first?.speaker?.hasSuffix("Fajar") == true)
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
      "Residents complained to the council, with a spokesperson for the group describing the plan as \"a disaster.\"")
    #expect(find("a disaster.", in: found)?.speaker == "a spokesperson for the group")
  }

  @Test func datelineIsNoSubject() throws {
    let found = quotes(
      "OTTAWA \u{2014} Minister Ada Vance says Canada has asked for clemency, calling the sentence \"inhumane.\"")
    let partial = try #require(find("inhumane.", in: found))
    #expect(partial.speaker == "Ada Vance")
  }
}
