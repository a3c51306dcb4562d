import GleanerCore
import GleanerText

/// Finds the people, organizations, countries, places and groups of an
/// article and gathers each one's mentions under a canonical name.
public struct ActorExtractor: Sendable {
  /// Compiles the actor rules of `language` (`Rules/LANG/actors/`).
  ///
  /// - Throws: `RuleErrors` naming `file:line` for invalid rules.
  public init(rules: RuleSet, language: String) throws {}

  /// The actors of `text`, ordered by first mention.
  public func extract(from text: ArticleText) -> [Actor] {
    []
  }
}
