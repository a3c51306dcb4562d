import FuzzSupport
import GleanerCore
import GleanerLoad

/// Format sniffing and gzip, then whatever the bytes look like.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ data: UnsafePointer<UInt8>?, _ count: Int) -> CInt {
  guard let data else { return 0 }
  let loader = InputLoader(format: .auto, limits: LoadLimits(maxBytes: 1 << 16))
  loader.load(bytes: FuzzSupport.bytes(data, count), source: "fuzz") { _ in }
  return 0
}

/// SwiftPM aliases `main` to this symbol; libFuzzer takes over from here.
@_cdecl("FuzzLoad_main")
public func entry(_ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?) -> CInt {
  FuzzSupport.run(argc, argv) { fuzz($0, $1) }
}
