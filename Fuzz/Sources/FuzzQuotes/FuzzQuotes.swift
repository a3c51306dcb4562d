import FuzzSupport
import GleanerCore
import GleanerMarkup
import GleanerQuotes

private let extractor: QuoteExtractor = {
  do { return try QuoteExtractor(rules: FuzzSupport.rules, language: "en") } catch { fatalError("\(error)") }
}()

/// The quotes extractor on the text stage's output of a plain text.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ data: UnsafePointer<UInt8>?, _ count: Int) -> CInt {
  guard let data else { return 0 }
  guard let document = try? PlainTextReader.read(FuzzSupport.bytes(data, count)) else { return 0 }
  let article = FuzzSupport.analyzer.analyze(document.blocks)
  let scalars = Array(article.text.unicodeScalars)
  for quote in extractor.extract(from: article, actors: []) {
    FuzzSupport.check(quote.span, in: scalars, "quote")
  }
  return 0
}

/// SwiftPM aliases `main` to this symbol; libFuzzer takes over from here.
@_cdecl("FuzzQuotes_main")
public func entry(_ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?) -> CInt {
  FuzzSupport.run(argc, argv) { fuzz($0, $1) }
}
