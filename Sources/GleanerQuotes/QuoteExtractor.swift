import GleanerActors
import GleanerCore
import GleanerText

/// Finds direct, partial and reported quotations with their cues and
/// speakers, linking each speaker to one of the article's actors.
public struct QuoteExtractor: Sendable {
  /// Compiles the quote rules of `language` (`Rules/LANG/quotes/`).
  ///
  /// - Throws: `RuleErrors` naming `file:line` for invalid rules.
  public init(rules: RuleSet, language: String) throws {}

  /// The quotes of `text`, in text order; speakers are linked to `actors`.
  public func extract(from text: ArticleText, actors: [Actor]) -> [Quote] {
    []
  }
}
