import FuzzSupport
import GleanerCore
import GleanerActors

private let extractor: ActorExtractor = {
  do { return try ActorExtractor(rules: FuzzSupport.rules, language: "en") } catch { fatalError("\(error)") }
}()

/// The actors extractor on the text stage's output of a plain text.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ data: UnsafePointer<UInt8>?, _ count: Int) -> CInt {
  FuzzSupport.fuzzExtractor(data, count, "actor") { article in
    extractor.extract(from: article).flatMap { $0.mentions.map(\.span) }
  }
}

/// SwiftPM aliases `main` to this symbol; libFuzzer takes over from here.
@_cdecl("FuzzActors_main")
public func entry(_ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?) -> CInt {
  FuzzSupport.run(argc, argv) { fuzz($0, $1) }
}
