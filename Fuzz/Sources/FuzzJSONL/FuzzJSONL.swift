import FuzzSupport
import GleanerCore
import GleanerLoad

/// The JSON Lines reader, with a small line limit so that long lines are
/// exercised too.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ data: UnsafePointer<UInt8>?, _ count: Int) -> CInt {
  guard let data else { return 0 }
  let loader = InputLoader(format: .jsonl, limits: LoadLimits(maxBytes: 512))
  loader.load(bytes: FuzzSupport.bytes(data, count), source: "fuzz.jsonl") { _ in }
  return 0
}

/// SwiftPM aliases `main` to this symbol; libFuzzer takes over from here.
@_cdecl("FuzzJSONL_main")
public func entry(_ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?) -> CInt {
  FuzzSupport.run(argc, argv) { fuzz($0, $1) }
}
