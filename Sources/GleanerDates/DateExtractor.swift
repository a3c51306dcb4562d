import GleanerCore
import GleanerText

/// Finds temporal expressions and normalizes them to ISO 8601 / TIMEX3
/// values, resolving relative ones against the publication date.
public struct DateExtractor: Sendable {
  /// Compiles the date rules of `language` (`Rules/LANG/dates/`).
  ///
  /// - Throws: `RuleErrors` naming `file:line` for invalid rules.
  public init(rules: RuleSet, language: String) throws {}

  /// The dates of `text`, in text order, without overlaps.
  ///
  /// - Parameter published: the reference date, `YYYY-MM-DD` or ISO 8601.
  public func extract(from text: ArticleText, published: String?) -> [DateMention] {
    []
  }
}
