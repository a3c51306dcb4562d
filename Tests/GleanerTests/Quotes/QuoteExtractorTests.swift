import Foundation
@testable import Gleaner
import GleanerCore
import GleanerQuotes
import GleanerText
import Testing

/// Quotes of a plain text through the whole pipeline.
private func quotes(_ text: String) -> [Quote] {
  TestSupport.record(text).quotes
}

/// The quote whose text is `text`, if any.
private func find(_ text: String, in quotes: [Quote]) -> Quote? {
  quotes.first { $0.span.text == text }
}

@Suite struct QuoteAttributionTests {
  @Test func saidBeforeSpeaker() throws {
    let found = quotes("\"The border stays closed,\" said Interior Minister Jana Weiss on Monday.")
    let quote = try #require(find("The border stays closed,", in: found))
    #expect(quote.speaker == "Jana Weiss")
    #expect(quote.cue == "said")
    #expect(quote.kind == "direct")
  }

  @Test func speakerBeforeSaid() throws {
    let found = quotes("\"We will rebuild,\" the mayor said.")
    #expect(find("We will rebuild,", in: found)?.speaker == "the mayor")
  }

  @Test func colonIntroducesQuote() throws {
    let found = quotes("Tom Berger told reporters: \"The deal is done.\"")
    let quote = try #require(find("The deal is done.", in: found))
    #expect(quote.speaker == "Tom Berger")
    #expect(quote.cue == "told")
    #expect(quote.kind == "direct")
  }

  @Test func verbThenQuoteWithoutColon() throws {
    let found = quotes("Nadia Kerr said \"we are not there yet.\"")
    #expect(find("we are not there yet.", in: found)?.speaker == "Nadia Kerr")
  }

  @Test func otherSpeechVerbs() {
    for verb in ["added", "explained", "warned", "argued", "insisted", "noted", "stressed", "tweeted"] {
      let found = quotes("\"Prices will fall,\" Sam Reid \(verb).")
      #expect(find("Prices will fall,", in: found)?.cue == verb, "\(verb)")
    }
  }

  @Test func accordingToAfterQuote() throws {
    let found = quotes("\"The vote was rigged,\" according to opposition leader Ana Ruiz.")
    let quote = try #require(find("The vote was rigged,", in: found))
    #expect(quote.speaker == "Ana Ruiz")
    #expect(quote.cue == "according to")
  }

  @Test func splitQuoteIsOneQuoteWithParts() throws {
    let text = "\"Part one,\" she said, \"part two.\""
    let found = quotes("Mia Stone spoke first. " + text)
    let quote = try #require(found.first { $0.parts.count == 2 })
    #expect(quote.parts.map(\.text) == ["Part one,", "part two."])
    #expect(quote.speaker == "Mia Stone")
    #expect(found.count == 1)
  }

  /// A text that ends right after a verb of saying and "that" (a cut-off feed item) has no
  /// reported clause; it had read a token past the end and stopped the whole run.
  @Test(arguments: ["Ann Lee said that", "Officials told reporters that", "Ann Lee said, noting that"])
  func verbAndThatClosingTheTextReportNothing(_ text: String) {
    let found = quotes(text)
    #expect(found.allSatisfy { $0.kind != "indirect" })
  }

  @Test func multiSentenceQuote() throws {
    let found = quotes("\"We lost. We will be back next year. Count on it,\" coach Dan Hale said.")
    #expect(find("We lost. We will be back next year. Count on it,", in: found)?.speaker == "Dan Hale")
  }

  @Test func quoteContinuedInNextParagraph() throws {
    let text = """
      Lena Park, the union's chair, spoke after the vote.
      "The members have spoken. We accept it.
      "Now the work begins," she said.
      """
    let found = quotes(text)
    let quote = try #require(found.first { $0.parts.count == 2 })
    #expect(quote.span.text.hasPrefix("The members have spoken."))
    #expect(quote.span.text.hasSuffix("Now the work begins,"))
    #expect(quote.parts[0].text == "The members have spoken. We accept it.")
  }

  @Test func unattributedQuoteTakesLastSpeaker() throws {
    let text = """
      "The plan works," Rita Cole said.
      "We have the numbers to prove it."
      """
    let found = quotes(text)
    #expect(find("We have the numbers to prove it.", in: found)?.speaker == "Rita Cole")
    #expect(find("We have the numbers to prove it.", in: found)?.cue == nil)
  }
}

@Suite struct QuoteMarkTests {
  @Test func curlyAndStraightAndGuillemets() {
    let found = quotes(
      "“Curly words,” said Ada Lee. \"Straight words,\" said Bo Kim. «Guillemet words», said Cy Diaz. „Low words“, said Di Fox.")
    let texts = Set(found.map(\.span.text))
    #expect(texts.isSuperset(of: ["Curly words,", "Straight words,", "Guillemet words", "Low words"]))
  }

  @Test func apostrophesAreNotQuotes() {
    let found = quotes("It's Israel's turn, and the '90s are long gone. Rock 'n' roll lives on.")
    #expect(found.isEmpty)
  }

  @Test func nestedSingleQuotesStayInside() throws {
    let found = quotes("\"He told me 'never give up' and I listened,\" said Eva Long.")
    let quote = try #require(find("He told me 'never give up' and I listened,", in: found))
    #expect(quote.speaker == "Eva Long")
    #expect(found.count == 1)
  }

  @Test func singleQuotesInHeadline() throws {
    let record = TestSupport.record("date 2025-02-04 Talks\nMinister calls talks 'a first step'\nThe talks went on.")
    let quote = try #require(record.quotes.first)
    #expect(quote.span.text == "a first step")
  }

  @Test func unbalancedMarkStopsAtParagraphEnd() {
    let text = "Officials said \"the plan is dead.\nA new paragraph follows here.\nAnd another one."
    let found = quotes(text)
    #expect(!found.contains { $0.span.text.contains("new paragraph") })
  }

  @Test func tenThousandStrayMarksStayLinear() {
    var text = ""
    for index in 0..<10_000 { text += index % 7 == 0 ? "word \" " : "word " }
    text += "\nLast paragraph stands alone."
    let start = Date()
    let found = quotes(text)
    #expect(Date().timeIntervalSince(start) < 5)
    #expect(!found.contains { $0.span.text.contains("Last paragraph") })
  }

  @Test func titlesOfWorksAreNotQuotes() {
    #expect(quotes("She starred in the film \"Long Road Home\" last year.").isEmpty)
  }

  @Test func headlinePhraseHasNoSpeaker() throws {
    let record = TestSupport.record("date 2025-02-04 Talks\nIt's about \"technical details\"\nThe talks went on.")
    let quote = try #require(record.quotes.first)
    #expect(quote.span.text == "technical details")
    #expect(quote.speaker == nil)
  }

  @Test func headlinePhraseTakesTheSpeakerOfTheQuoteThatRepeatsIt() throws {
    let record = TestSupport.record(
      """
      date 2025-02-04 Talks
      It's about "technical details"
      Officials will travel to Qatar "to discuss technical details of the deal", the ministry said.
      """)
    let headline = try #require(record.quotes.first { $0.rule == "quote.headline" })
    #expect(headline.span.text == "technical details")
    #expect(headline.speaker == record.quotes.last?.speaker)
    #expect(headline.speaker != nil)
  }

  @Test func headlinePhraseNotRepeatedKeepsNoSpeaker() throws {
    let record = TestSupport.record(
      """
      date 2025-02-04 Talks
      It's about "technical details"
      Officials will travel to Qatar "to settle the deal", the ministry said.
      """)
    let headline = try #require(record.quotes.first { $0.rule == "quote.headline" })
    #expect(headline.speaker == nil)
  }
}

@Suite struct QuoteSpeakerTests {
  @Test func pronounResolvesToLastPerson() throws {
    let text = """
      Carla Mendes took over the agency in March.
      "We had no money left," she said.
      """
    #expect(find("We had no money left,", in: quotes(text))?.speaker == "Carla Mendes")
  }

  @Test func surnameExpandsToFullName() throws {
    let text = """
      Carla Mendes took over the agency in March.
      "We had no money left," Mendes said.
      """
    #expect(find("We had no money left,", in: quotes(text))?.speaker == "Carla Mendes")
  }

  @Test func titleResolvesToNamedPerson() throws {
    let text = """
      "Talks have begun," said Hamas spokesman Adel Latif al-Kanu on Tuesday.
      "We need shelters," the Hamas spokesman added.
      """
    #expect(find("We need shelters,", in: quotes(text))?.speaker == "Adel Latif al-Kanu")
  }

  @Test func organizationAndItPronoun() throws {
    let text = """
      The talks were "positive", the office of the prime minister explained.
      A delegation will travel "to discuss details", it added.
      """
    let found = quotes(text)
    #expect(find("positive", in: found)?.speaker == "the office of the prime minister")
    #expect(find("to discuss details", in: found)?.speaker == "the office of the prime minister")
    #expect(find("positive", in: found)?.kind == "partial")
  }

  @Test func partialQuoteTakesSentenceSubject() throws {
    let found = quotes(
      "Norway had declared that it would send envoys \"at the end of the week\" to the talks.")
    let quote = try #require(find("at the end of the week", in: found))
    #expect(quote.speaker == "Norway")
    #expect(quote.kind == "partial")
  }

  @Test func negatedVerbIsNoQuote() {
    #expect(quotes("He did not say who exactly was involved in the talks.").isEmpty)
  }

  @Test func linksSpeakerToActorByMention() throws {
    let text = "\"We are ready,\" Netanyahu said."
    let article = TestSupport.pipeline.analyzer.analyze([Block(.paragraph, text)])
    let start = text.utf8.count - " said.".utf8.count - "Netanyahu".utf8.count
    let range = TextRange(start, start + "Netanyahu".utf8.count)
    let actor = Actor(
      name: "Benjamin Netanyahu", type: "person",
      mentions: [ActorMention(span: article.span(range), range: range)])
    let found = try QuoteExtractor(rules: TestSupport.rules, language: "en")
      .extract(from: article, actors: [actor])
    #expect(found.first?.speaker == "Benjamin Netanyahu")
  }

  @Test func linksSurnameToActorName() throws {
    let text = "Officials met on Monday. \"We are ready,\" said Dr. Weiss."
    let article = TestSupport.pipeline.analyzer.analyze([Block(.paragraph, text)])
    let actor = Actor(name: "Hanna Weiss", type: "person")
    let found = try QuoteExtractor(rules: TestSupport.rules, language: "en")
      .extract(from: article, actors: [actor])
    #expect(found.first?.speaker == "Hanna Weiss")
  }
}

@Suite struct IndirectQuoteTests {
  @Test func saidClause() throws {
    let found = quotes(
      "Dana Lowe is a nurse. Lowe said she took up the job because of what happened to her brother.")
    let quote = try #require(found.first { $0.kind == "indirect" })
    #expect(quote.span.text == "she took up the job because of what happened to her brother")
    #expect(quote.speaker == "Dana Lowe")
  }

  @Test func toldReportersThat() throws {
    let found = quotes("The minister told reporters that the border would reopen next week.")
    #expect(found.first?.span.text == "the border would reopen next week")
    #expect(found.first?.kind == "indirect")
  }

  @Test func accordingToOpensSentence() throws {
    let found = quotes("According to the ministry, the mine will close in May.")
    #expect(found.first?.span.text == "the mine will close in May")
    #expect(found.first?.speaker == "the ministry")
  }

  @Test func warnedArguedDeniedThat() {
    for verb in ["warned", "argued", "insisted", "denied"] {
      let found = quotes("Paul Osei \(verb) that the rules had been broken twice.")
      #expect(found.first?.span.text == "the rules had been broken twice", "\(verb)")
    }
  }

  @Test func attributionAtSentenceEnd() throws {
    let found = quotes("Parking is a constant headache at the clinic, Brandt said.")
    #expect(found.first?.span.text == "Parking is a constant headache at the clinic")
    #expect(found.first?.speaker == "Brandt")
  }
}

@Suite struct QuoteRuleValidationTests {
  private func errors(_ content: String) -> [String] {
    do {
      let rules = try RuleSet(sources: [("en/quotes/bad.rules", content)])
      _ = try QuoteExtractor(rules: rules, language: "en")
      return []
    } catch let error as RuleErrors {
      return error.errors.map(\.description)
    } catch {
      return ["\(error)"]
    }
  }

  @Test func unknownListIsAnError() {
    let found = errors("@list speech-verbs\nsay => say indirect=yes\n")
    #expect(found.contains { $0.contains("bad.rules:1") && $0.contains("unknown list") })
  }

  @Test func verbNeedsIndirect() {
    let found = errors("@list mark\n“ => ” kind=double\n@list speech-verb\nsay => say\n")
    #expect(found.contains { $0.contains("bad.rules:4") && $0.contains("indirect=") })
  }

  @Test func markMustBeOneCharacter() {
    let found = errors("@list mark\n<< => >> kind=double\n@list speech-verb\nsay => say indirect=yes\n")
    #expect(found.contains { $0.contains("bad.rules:2") && $0.contains("not one character") })
  }

  @Test func duplicateVerbIsAnError() {
    let found = errors("@list mark\n“ => ” kind=double\n@list speech-verb\nsay => say indirect=yes\nsay => say indirect=no\n")
    #expect(found.contains { $0.contains("bad.rules:5") && $0.contains("twice") })
  }
}
