import GleanerCore
import GleanerText

/// Finds counts, amounts, percentages, ordinals and measures with their
/// values, units and modifiers.
public struct NumberExtractor: Sendable {
  /// Compiles the number rules of `language` (`Rules/LANG/numbers/`).
  ///
  /// - Throws: `RuleErrors` naming `file:line` for invalid rules.
  public init(rules: RuleSet, language: String) throws {}

  /// The numbers of `text`, in text order, leaving out those inside `dates`.
  public func extract(from text: ArticleText, dates: [DateMention]) -> [NumberMention] {
    []
  }
}
