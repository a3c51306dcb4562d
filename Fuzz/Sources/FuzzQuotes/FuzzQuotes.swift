import FuzzSupport
import GleanerCore
import GleanerQuotes

private let extractor: QuoteExtractor = {
  do { return try QuoteExtractor(rules: FuzzSupport.rules, language: "en") } catch { fatalError("\(error)") }
}()

/// The quotes extractor on the text stage's output of a plain text.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ data: UnsafePointer<UInt8>?, _ count: Int) -> CInt {
  FuzzSupport.fuzzExtractor(data, count, "quote") { extractor.extract(from: $0, actors: []).map(\.span) }
}

/// SwiftPM aliases `main` to this symbol; libFuzzer takes over from here.
@_cdecl("FuzzQuotes_main")
public func entry(_ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?) -> CInt {
  FuzzSupport.run(argc, argv) { fuzz($0, $1) }
}
