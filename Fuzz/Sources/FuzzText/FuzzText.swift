import FuzzSupport
import GleanerCore
import GleanerMarkup

/// Text loading and segmentation: decoding, the header line, paragraphs,
/// tokens and sentences, scalar offsets.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ data: UnsafePointer<UInt8>?, _ count: Int) -> CInt {
  guard let data else { return 0 }
  let bytes = FuzzSupport.bytes(data, count)
  if let document = try? PlainTextReader.read(bytes) {
    let article = FuzzSupport.analyzer.analyze(document.blocks)
    FuzzSupport.check(article)
  }
  return 0
}

/// SwiftPM aliases `main` to this symbol; libFuzzer takes over from here.
@_cdecl("FuzzText_main")
public func entry(_ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?) -> CInt {
  FuzzSupport.run(argc, argv) { fuzz($0, $1) }
}
