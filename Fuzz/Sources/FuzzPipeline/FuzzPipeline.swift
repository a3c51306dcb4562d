import FuzzSupport
import GleanerCore
import GleanerEmit

/// The whole pipeline, text or HTML by the first byte, then the JSON writer.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ data: UnsafePointer<UInt8>?, _ count: Int) -> CInt {
  guard let data else { return 0 }
  var bytes = FuzzSupport.bytes(data, count)
  let format: InputFormat = bytes.first.map { $0 & 1 == 0 ? .text : .html } ?? .text
  if !bytes.isEmpty { bytes.removeFirst() }
  let document = RawDocument(id: "fuzz", source: "fuzz", format: format, bytes: bytes)
  guard let record = try? FuzzSupport.pipeline.record(for: document, defaultPublished: "2025-02-04") else {
    return 0
  }
  FuzzSupport.check(record)
  _ = RecordWriter().line(for: record)
  return 0
}

/// SwiftPM aliases `main` to this symbol; libFuzzer takes over from here.
@_cdecl("FuzzPipeline_main")
public func entry(_ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?) -> CInt {
  FuzzSupport.run(argc, argv) { fuzz($0, $1) }
}
