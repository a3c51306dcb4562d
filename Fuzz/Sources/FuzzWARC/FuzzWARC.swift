import FuzzSupport
import GleanerCore
import GleanerLoad

/// The WARC reader: record headers, lengths, HTTP payloads.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ data: UnsafePointer<UInt8>?, _ count: Int) -> CInt {
  guard let data else { return 0 }
  let loader = InputLoader(format: .warc, limits: LoadLimits(maxBytes: 4096))
  loader.load(bytes: FuzzSupport.bytes(data, count), source: "fuzz.warc") { _ in }
  return 0
}

/// SwiftPM aliases `main` to this symbol; libFuzzer takes over from here.
@_cdecl("FuzzWARC_main")
public func entry(_ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?) -> CInt {
  FuzzSupport.run(argc, argv) { fuzz($0, $1) }
}
