import FuzzSupport
import GleanerCore
import GleanerMarkup

/// HTML loading: charset detection, libxml2, content picking, metadata. The
/// first byte picks a declared charset, as an HTTP header would give it.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ data: UnsafePointer<UInt8>?, _ count: Int) -> CInt {
  guard let data else { return 0 }
  var bytes = FuzzSupport.bytes(data, count)
  let charsets: [String?] = [nil, "utf-8", "windows-1252", "iso-8859-2", "shift_jis", "utf-16", "koi8-r", "bogus"]
  let declared = bytes.isEmpty ? nil : charsets[Int(bytes.removeFirst()) % charsets.count]
  if let document = try? HTMLReader.read(bytes, declaredCharset: declared, url: "https://example.org/2025/02/04/x") {
    let article = FuzzSupport.analyzer.analyze(document.blocks)
    FuzzSupport.check(article)
  }
  return 0
}

/// SwiftPM aliases `main` to this symbol; libFuzzer takes over from here.
@_cdecl("FuzzHTML_main")
public func entry(_ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?) -> CInt {
  FuzzSupport.run(argc, argv) { fuzz($0, $1) }
}
