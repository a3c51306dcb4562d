@testable import Gleaner
import GleanerCore
import GleanerQuotes
import GleanerText
import Testing

/// Speakers linked through the actor stage: gender-aware pronouns,
/// appositive names, surnames and descriptions.
@Suite struct QuoteSpeakerLinkingTests {
  private func quotes(_ text: String) -> [Quote] {
    TestSupport.record(text).quotes
  }

  private func find(_ text: String, in quotes: [Quote]) -> Quote? {
    quotes.first { $0.span.text == text }
  }

  @Test func pronounSkipsPersonOfOtherGender() throws {
    let text = """
      Ms. Nora Vance met Paul Adler on Friday. Adler said he was tired after the long session.
      "We found common ground," she said.
      """
    let quote = try #require(find("We found common ground,", in: quotes(text)))
    #expect(quote.speaker == "Nora Vance")
  }

  @Test func pronounAfterSubjectOfOpeningPhrase() throws {
    let text = """
      Ivo Marsh spoke first. At the meeting on Tuesday, Greta Holm rejected the plan.
      "It cannot work," she said.
      """
    #expect(find("It cannot work,", in: quotes(text))?.speaker == "Greta Holm")
  }

  @Test func appositiveNameBeforeVerb() throws {
    let found = quotes("The family's lawyer, Omar Haddad, said the appeal would be filed next week.")
    let quote = try #require(found.first { $0.kind == "indirect" })
    #expect(quote.speaker == "Omar Haddad")
    #expect(quote.span.text == "the appeal would be filed next week")
  }

  @Test func appositiveNameAfterVerb() throws {
    let found = quotes("\"Nobody prints fewer copies,\" says the shop's co-owner, Lena Brandt.")
    #expect(find("Nobody prints fewer copies,", in: found)?.speaker == "Lena Brandt")
  }

  @Test func questionThenAttributionInNextSentence() throws {
    let found = quotes("\"Are there prizes?\" Keller asked before teeing off.")
    let quote = try #require(find("Are there prizes?", in: found))
    #expect(quote.cue == "asked")
    #expect(quote.speaker == "Keller")
  }

  @Test func nestedMarkBeforeAttribution() throws {
    let found = quotes("“‘Twice as long as you,’” Okafor told him.")
    #expect(found.first?.speaker == "Okafor")
  }

  @Test func curlyApostropheNegation() {
    #expect(quotes("She won’t say who sent the letter.").isEmpty)
  }

  @Test func nounFormsOfSpeechVerbsAreNoCues() {
    #expect(quotes("The insurer’s claims are the largest on its books.").isEmpty)
    #expect(quotes("Export sales account for roughly a third of the winery's income.").isEmpty)
  }

  @Test func weakVerbGivesWayToSaid() throws {
    let text = """
      Mara Olsen leads the inquiry. She said crews will maintain patrols and switch to a \
      "much lighter rota" next week.
      """
    let found = quotes(text)
    let quote = try #require(found.first { $0.span.text == "much lighter rota" })
    #expect(quote.cue == "said")
    #expect(quote.speaker == "Mara Olsen")
  }

  @Test func participleClauseEndsTheReportedClause() throws {
    let found = quotes(
      "Ruth Kamau said the result proved the board must change, noting that attendance was poor.")
    #expect(found.first?.span.text == "the result proved the board must change")
    #expect(found.last?.span.text == "attendance was poor")
  }

  @Test func descriptionMatchesRoleHeadNounOnly() throws {
    let text = "Talks went on. \"The bank will act,\" the bank said."
    let article = TestSupport.pipeline.analyzer.analyze([Block(.paragraph, text)])
    let governor = Actor(name: "Ada Moreau", type: "person", roles: ["Central Bank governor"])
    let found = try QuoteExtractor(rules: TestSupport.rules, language: "en")
      .extract(from: article, actors: [governor])
    #expect(found.first?.speaker == "the bank")
  }
}
