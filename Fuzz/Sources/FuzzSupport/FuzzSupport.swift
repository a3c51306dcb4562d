import Foundation
import FuzzDriver
import Gleaner
import GleanerCore
import GleanerMarkup
import GleanerText

/// What the fuzz targets share: the built-in rules, compiled once, and the
/// checks that every record must pass.
public enum FuzzSupport {
  /// The built-in rules.
  public static let rules: RuleSet = {
    do { return try Pipeline.loadRules() } catch { fatalError("built-in rules: \(error)") }
  }()

  public static let pipeline: Pipeline = {
    do { return try Pipeline(rules: rules) } catch { fatalError("pipeline: \(error)") }
  }()

  public static let analyzer: TextAnalyzer = {
    do { return try TextAnalyzer(rules: rules, language: "en") } catch { fatalError("analyzer: \(error)") }
  }()

  /// Runs libFuzzer with `callback` as the test function: called from each
  /// target's `<Target>_main`.
  public static func run(
    _ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?,
    _ callback: @convention(c) (UnsafePointer<UInt8>?, Int) -> CInt
  ) -> CInt {
    var count = argc
    var arguments = argv
    return LLVMFuzzerRunDriver(&count, &arguments, callback)
  }

  /// The input as bytes.
  public static func bytes(_ data: UnsafePointer<UInt8>, _ count: Int) -> [UInt8] {
    Array(UnsafeBufferPointer(start: data, count: count))
  }

  /// Runs one extractor on the text stage's output of the input read as
  /// plain text, and checks every span it returns.
  public static func fuzzExtractor(
    _ data: UnsafePointer<UInt8>?, _ count: Int, _ what: String,
    _ extract: (ArticleText) -> [Span]
  ) -> CInt {
    guard let data, let document = try? PlainTextReader.read(bytes(data, count)) else { return 0 }
    let article = analyzer.analyze(document.blocks)
    let scalars = Array(article.text.unicodeScalars)
    for span in extract(article) {
      check(span, in: scalars, what)
    }
    return 0
  }

  /// Fails loudly unless `span` is `text[start:end]` in Unicode scalars.
  public static func check(_ span: Span, in scalars: [Unicode.Scalar], _ what: String) {
    guard 0 <= span.start, span.start <= span.end, span.end <= scalars.count else {
      fatalError("\(what): span \(span.start)..<\(span.end) outside a text of \(scalars.count) scalars")
    }
    var slice = ""
    slice.unicodeScalars.append(contentsOf: scalars[span.start..<span.end])
    guard slice == span.text else {
      fatalError("\(what): text[\(span.start):\(span.end)] is \(slice.debugDescription), not \(span.text.debugDescription)")
    }
  }

  /// Checks every span of a record against its text.
  public static func check(_ record: Record) {
    let scalars = Array(record.text.unicodeScalars)
    for date in record.dates { check(date.span, in: scalars, "date") }
    for number in record.numbers { check(number.span, in: scalars, "number") }
    for actor in record.actors {
      for mention in actor.mentions { check(mention.span, in: scalars, "actor \(actor.name)") }
    }
    for quote in record.quotes {
      check(quote.span, in: scalars, "quote")
      for part in quote.parts { check(part, in: scalars, "quote part") }
      if let speaker = quote.speakerSpan { check(speaker, in: scalars, "speaker") }
    }
  }

  /// Checks an article's structure: ranges in bounds and in order.
  public static func check(_ article: ArticleText) {
    var previous = 0
    for token in article.tokens {
      guard token.range.start >= previous, token.range.end > token.range.start,
        token.range.end <= article.bytes.count
      else { fatalError("token \(token.range) out of order or bounds") }
      previous = token.range.end
      _ = article.span(token.range)
    }
    for sentence in article.sentences where sentence.tokens.upperBound > article.tokens.count {
      fatalError("sentence \(sentence.tokens) past the tokens")
    }
  }
}
