import FuzzSupport
import GleanerCore
import GleanerMarkup
import GleanerActors

private let extractor: ActorExtractor = {
  do { return try ActorExtractor(rules: FuzzSupport.rules, language: "en") } catch { fatalError("\(error)") }
}()

/// The actors extractor on the text stage's output of a plain text.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ data: UnsafePointer<UInt8>?, _ count: Int) -> CInt {
  guard let data else { return 0 }
  guard let document = try? PlainTextReader.read(FuzzSupport.bytes(data, count)) else { return 0 }
  let article = FuzzSupport.analyzer.analyze(document.blocks)
  let scalars = Array(article.text.unicodeScalars)
  for actor in extractor.extract(from: article) {
    for mention in actor.mentions { FuzzSupport.check(mention.span, in: scalars, "actor") }
  }
  return 0
}

/// SwiftPM aliases `main` to this symbol; libFuzzer takes over from here.
@_cdecl("FuzzActors_main")
public func entry(_ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?) -> CInt {
  FuzzSupport.run(argc, argv) { fuzz($0, $1) }
}
