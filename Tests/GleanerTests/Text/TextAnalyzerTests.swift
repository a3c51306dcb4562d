import GleanerCore
import GleanerText
import Testing

@Suite struct TextAnalyzerTests {
  let analyzer = TextAnalyzer(abbreviations: ["dr", "jan", "u.s"])

  func sentences(_ text: String) -> [String] {
    let article = analyzer.analyze([Block(.paragraph, text)])
    return article.sentences.map { article.string($0.range) }
  }

  @Test func splitsSentencesButNotAbbreviationsInitialsOrDecimals() {
    #expect(
      sentences("Dr. Smith came on Jan. 5. Prices rose 3.5 percent. J. Doe left!")
        == ["Dr. Smith came on Jan. 5.", "Prices rose 3.5 percent.", "J. Doe left!"])
  }

  @Test func keepsClosingQuotesWithTheSentence() {
    #expect(
      sentences("“We are ready.” He left. \"Go?\" she asked.")
        == ["“We are ready.”", "He left.", "\"Go?\" she asked."])
  }

  @Test func tokenizesWordsNumbersAndPossessives() {
    let article = analyzer.analyze([Block(.paragraph, "Israel's al-Kanu freed 1,900 in the U.S. don’t")])
    let tokens = article.tokens.map { article.string($0) }
    #expect(tokens == ["Israel", "'s", "al", "-", "Kanu", "freed", "1,900", "in", "the", "U.S.", "don’t"])
    #expect(article.tokens[0].isCapitalized)
    #expect(article.tokens[0].startsSentence)
    #expect(!article.tokens[3].spaceBefore)
  }

  @Test func possessivesStandingApartInTokenizedText() {
    let article = analyzer.analyze([Block(.paragraph, "at Lord 's ground , the union ’s man said 'so' .")])
    let tokens = article.tokens.map { article.string($0) }
    #expect(tokens == ["at", "Lord", "'s", "ground", ",", "the", "union", "’s", "man", "said", "'", "so", "'", "."])
    // a quotation mark opening a paragraph is no possessive
    let quoted = analyzer.analyze([Block(.paragraph, "'s is a letter.")])
    #expect(quoted.tokens.map { quoted.string($0) }.prefix(2) == ["'", "s"])
  }

  @Test func spansUseUnicodeScalarOffsets() {
    let article = analyzer.analyze([Block(.heading, "Café «Noël»"), Block(.paragraph, "Zoë met 👩‍👩‍👧 Ana.")])
    #expect(article.text == "Café «Noël»\nZoë met 👩‍👩‍👧 Ana.")
    #expect(article.paragraphs.map(\.kind) == [.heading, .paragraph])
    for token in article.tokens {
      let span = article.span(token.range)
      #expect(scalarSlice(article.text, span.start, span.end) == span.text)
    }
  }
}
