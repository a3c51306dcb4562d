import GleanerCore
import GleanerText

/// Finds the people, organizations, countries, places and groups of an
/// article and gathers each one's mentions under a canonical name.
///
/// Rules (`Rules/LANG/actors/`) give gazetteers of countries, places,
/// organizations and people, titles, cue words and given names; they are
/// compiled once into tries and sets, and each article is scanned once.
public struct ActorExtractor: Sendable {
  let lexicon: ActorLexicon

  /// Compiles the actor rules of `language` (`Rules/LANG/actors/`).
  ///
  /// - Throws: `RuleErrors` naming `file:line` for invalid rules.
  public init(rules: RuleSet, language: String) throws {
    lexicon = try ActorLexicon(rules: rules, language: language)
  }

  /// The actors of `text`, ordered by first mention.
  /// - Parameter dates: the ranges of the text's date mentions: no actor is found inside one ("in
  ///   May", "4:15 A.M. EST").
  public func extract(from text: ArticleText, dates: [TextRange] = []) -> [Actor] {
    guard !text.tokens.isEmpty else { return [] }
    let finder = MentionFinder(lexicon: lexicon, text: text, dates: dates)
    finder.run()
    let resolver = ActorResolver(text: text, units: finder.units, words: finder.words, lexicon: lexicon)
    // In place: the array stays unique, so sorting it copies nothing.
    return resolver.resolve(&finder.candidates)
  }
}
