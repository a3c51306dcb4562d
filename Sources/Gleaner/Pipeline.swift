import Foundation
import GleanerActors
import GleanerCore
import GleanerDates
import GleanerEmit
import GleanerLoad
import GleanerMarkup
import GleanerNumbers
import GleanerQuotes
import GleanerText

/// The whole of Gleaner: an article in, its record out.
///
/// The stages, each a module of its own:
///
/// 1. **Load** (`GleanerLoad`): files, folders, URLs, stdin, JSON Lines
///    → `RawDocument`
/// 2. **Markup** (`GleanerMarkup`): HTML through libxml2, or plain text with
///    its header line → `MarkedUpDocument` (blocks, title, date)
/// 3. **Text** (`GleanerText`): blocks → `ArticleText` (the record's text,
///    paragraphs, sentences, tokens, offsets)
/// 4. **Extract**: dates (`GleanerDates`), numbers (`GleanerNumbers`, told
///    the dates that are not durations), actors (`GleanerActors`) and quotes (`GleanerQuotes`, told
///    the actors) → mentions
/// 5. **Emit** (`GleanerEmit`): `Record` → one JSON line
///
/// A pipeline is immutable and shared by all worker threads.
public final class Pipeline: Sendable {
  public let rules: RuleSet
  public let language: String
  let analyzer: TextAnalyzer
  let dates: DateExtractor
  let numbers: NumberExtractor
  let actors: ActorExtractor
  let quotes: QuoteExtractor

  /// Compiles every stage's rules.
  ///
  /// - Throws: `RuleErrors` naming `file:line` for each invalid rule.
  public init(rules: RuleSet, language: String = "en") throws {
    self.rules = rules
    self.language = language
    // The stages compile their rules in parallel: start-up is part of speed.
    let stages = ParallelResults<Result<any Sendable, RuleErrors>>(count: 5)
    DispatchQueue.concurrentPerform(iterations: 5) { index in
      do {
        switch index {
        case 0: stages[index] = .success(try TextAnalyzer(rules: rules, language: language))
        case 1: stages[index] = .success(try DateExtractor(rules: rules, language: language))
        case 2: stages[index] = .success(try NumberExtractor(rules: rules, language: language))
        case 3: stages[index] = .success(try ActorExtractor(rules: rules, language: language))
        default: stages[index] = .success(try QuoteExtractor(rules: rules, language: language))
        }
      } catch let error as RuleErrors {
        stages[index] = .failure(error)
      } catch let error as RuleError {
        stages[index] = .failure(RuleErrors([error]))
      } catch {
        stages[index] = .failure(RuleErrors([RuleError(file: "rules", line: 0, "\(error)")]))
      }
    }
    var built: [any Sendable] = []
    var errors: [RuleError] = []
    for stage in stages.values {
      switch stage {
      case .success(let value): built.append(value)
      case .failure(let error): errors += error.errors
      }
    }
    guard errors.isEmpty, let analyzer = built[0] as? TextAnalyzer, let dates = built[1] as? DateExtractor,
      let numbers = built[2] as? NumberExtractor, let actors = built[3] as? ActorExtractor,
      let quotes = built[4] as? QuoteExtractor
    else {
      throw RuleErrors(errors)
    }
    self.analyzer = analyzer
    self.dates = dates
    self.numbers = numbers
    self.actors = actors
    self.quotes = quotes
  }

  /// The built-in rules (embedded in the binary) with each folder of
  /// `userRules` layered over them in turn.
  ///
  /// - Throws: `RuleErrors` naming `file:line` for each problem.
  public static func loadRules(layering userRules: [URL] = []) throws -> RuleSet {
    var rules = try RuleSet(sources: EmbeddedRules.files)
    for folder in userRules {
      try rules.layer(directory: folder)
    }
    return rules
  }

  /// Runs markup, text and extraction on one loaded document.
  ///
  /// - Parameters:
  ///   - defaultPublished: the reference date for a document that has none.
  ///   - timer: adds each stage's time, when given.
  ///   - deadline: the document's time budget, checked between the stages
  ///     and inside the long loops of markup and text.
  /// - Throws: `DocumentError` naming the stage that failed or that was
  ///   running when the deadline passed.
  public func record(
    for document: RawDocument, defaultPublished: String? = nil, timer: StageTimer? = nil,
    deadline: Deadline = .never
  ) throws(DocumentError) -> Record {
    var clock = timer?.start()
    let marked = try Markup.read(document, deadline: deadline)
    timer?.lap("markup", &clock)
    let published = marked.published ?? defaultPublished
    let article = try analyzer.analyze(marked.blocks, deadline: deadline)
    timer?.lap("text", &clock)
    var record = Record(
      id: document.id, source: document.source, title: marked.title, published: published,
      url: document.url, text: article.text)
    record.dates = dates.extract(from: article, published: published)
    try deadline.check("dates")
    timer?.lap("dates", &clock)
    // A duration ("more than 15 months") is a date and a number too; other
    // dates hide the numbers inside them (the 19 of "January 19").
    record.numbers = numbers.extract(from: article, dates: record.dates.filter { $0.type != "duration" })
    try deadline.check("numbers")
    timer?.lap("numbers", &clock)
    record.actors = actors.extract(from: article, dates: record.dates.map(\.range))
    try deadline.check("actors")
    timer?.lap("actors", &clock)
    record.quotes = quotes.extract(from: article, actors: record.actors)
    try deadline.check("quotes")
    timer?.lap("quotes", &clock)
    return record
  }

  /// The record of a plain text, as `gleaner extract` would give it.
  public func record(text: String, published: String? = nil, id: String = "-") throws(DocumentError) -> Record {
    try record(
      for: RawDocument(id: id, source: id, format: .text, bytes: Array(text.utf8)),
      defaultPublished: published)
  }
}
