import GleanerCore
import GleanerText

/// Finds counts, amounts, percentages, ordinals and measures with their
/// values, units and modifiers.
///
/// Driven by `Rules/LANG/numbers/` (see its README.md). One pass over each
/// paragraph's tokens: at each token the `NumberReader` tries to read a
/// number; a currency, percent sign or unit around it sets the kind, the
/// word after a count says what it counts, and the words before it give its
/// modifier and event. Numbers inside dates, times, phone numbers, codes,
/// scores, labels ("page 5") and list markers are left out.
public struct NumberExtractor: Sendable {
  /// The compiled rules, boxed so that the extractor's layout stays one
  /// reference whatever the tables hold.
  private let compiled: CompiledRules

  var lexicon: NumberLexicon { _read { yield compiled.lexicon } }

  final class CompiledRules: Sendable {
    let lexicon: NumberLexicon
    init(_ lexicon: NumberLexicon) { self.lexicon = lexicon }
  }

  /// Compiles the number rules of `language` (`Rules/LANG/numbers/`).
  ///
  /// - Throws: `RuleErrors` naming `file:line` for invalid rules.
  public init(rules: RuleSet, language: String) throws {
    compiled = CompiledRules(try NumberLexicon(rules: rules, language: language))
  }

  /// The numbers of `text`, in text order, leaving out those inside `dates`.
  public func extract(from text: ArticleText, dates: [DateMention]) -> [NumberMention] {
    let dateRanges = dates.map(\.range).sorted()
    var mentions: [NumberMention] = []
    // About one mention in 25 tokens in news: room enough to grow rarely.
    mentions.reserveCapacity(text.tokens.count / 16)
    text.lowercased.withUnsafeBufferPointer { lower in
      // The lexicon is reached through `compiled`, never passed whole: a
      // `NumberLexicon` argument is a copy of all its tables.
      let ids = compiled.lexicon.keys.withView { TokenIds(text, lower: lower, keyIndex: $0) }
      // One reader and scan for the document, moved from paragraph to paragraph.
      var scan = NumberScan(
        reader: NumberReader(text: text, rules: compiled, limit: 0, lower: lower, ids: ids),
        dates: dateRanges)
      for paragraph in text.paragraphs {
        scan.reader.limit = paragraph.tokens.upperBound
        scan.lastEnd = -1
        scan.lastEvent = nil
        var index = paragraph.tokens.lowerBound
        while index < paragraph.tokens.upperBound {
          guard scan.mayStart(index) else {
            index += 1
            continue
          }
          let next = scan.mentions(at: index, paragraphStart: paragraph.tokens.lowerBound, into: &mentions)
          index = max(next, index + 1)
        }
      }
    }
    return mentions
  }
}
