import FuzzSupport
import GleanerCore
import GleanerDates

private let extractor: DateExtractor = {
  do { return try DateExtractor(rules: FuzzSupport.rules, language: "en") } catch { fatalError("\(error)") }
}()

/// The dates extractor on the text stage's output of a plain text.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ data: UnsafePointer<UInt8>?, _ count: Int) -> CInt {
  FuzzSupport.fuzzExtractor(data, count, "date") { extractor.extract(from: $0, published: "2025-02-04").map(\.span) }
}

/// SwiftPM aliases `main` to this symbol; libFuzzer takes over from here.
@_cdecl("FuzzDates_main")
public func entry(_ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?) -> CInt {
  FuzzSupport.run(argc, argv) { fuzz($0, $1) }
}
