import GleanerCore
import Testing

@testable import GleanerMarkup

@Suite struct HTMLCharsetTests {
  func detect(_ bytes: [UInt8], declared: String? = nil) -> String {
    HTMLCharset.detect(bytes, declared: declared).name
  }

  func body(_ bytes: [UInt8], declared: String? = nil) throws -> String {
    let document = try HTMLReader.read(bytes, declaredCharset: declared, url: nil)
    return document.blocks.map(\.text).joined(separator: "\n")
  }

  /// "Café “quoted” text" in windows-1252: é = 0xE9, curly quotes 0x93/0x94.
  let latin: [UInt8] = Array("<p>Caf".utf8) + [0xE9] + Array(" ".utf8) + [0x93]
    + Array("quoted".utf8) + [0x94] + Array(" text</p>".utf8)

  @Test func byteOrderMarksWin() {
    #expect(HTMLCharset.detect([0xEF, 0xBB, 0xBF, 0x3C], declared: "iso-8859-2")
      == .init(name: "UTF-8", bomLength: 3))
    #expect(detect([0xFF, 0xFE, 0x3C, 0x00]) == "UTF-16LE")
    #expect(detect([0xFE, 0xFF, 0x00, 0x3C]) == "UTF-16BE")
  }

  @Test func theTransportHeaderComesBeforeMeta() {
    let page = Array("<meta charset=\"utf-8\"><p>x</p>".utf8)
    #expect(detect(page, declared: "windows-1251") == "windows-1251")
    #expect(detect(page, declared: nil) == "UTF-8")
  }

  @Test func metaCharsetAndHTTPEquivAreRead() {
    #expect(detect(Array("<html><head><META CHARSET='Shift_JIS'>".utf8)) == "shift_jis")
    #expect(
      detect(
        Array(
          "<meta http-equiv=\"Content-Type\" content=\"text/html; charset=ISO-8859-2\">".utf8))
        == "iso-8859-2")
  }

  @Test func latinLabelsMeanWindows1252() {
    for label in ["ISO-8859-1", "latin1", "us-ascii", "Windows-1252"] {
      #expect(HTMLCharset.normalize(label) == "windows-1252")
    }
  }

  @Test func invalidUTF8FallsBackToWindows1252() throws {
    #expect(detect(latin) == "windows-1252")
    #expect(try body(latin) == "Café “quoted” text")
  }

  @Test func declaredLatin1DecodesCurlyQuotesAsWindows1252() throws {
    #expect(try body(latin, declared: "iso-8859-1") == "Café “quoted” text")
    let meta = Array("<meta http-equiv=\"content-type\" content=\"text/html; charset=iso-8859-1\">".utf8)
    #expect(try body(meta + latin) == "Café “quoted” text")
  }

  @Test func utf16WithByteOrderMarkIsRead() throws {
    var bytes: [UInt8] = [0xFF, 0xFE]
    for unit in "<p>Zoë said “hi”</p>".utf16 { bytes += [UInt8(unit & 0xFF), UInt8(unit >> 8)] }
    #expect(try body(bytes) == "Zoë said “hi”")
  }

  @Test func invalidBytesInDeclaredUTF8BecomeReplacementCharacters() throws {
    let bytes = Array("<meta charset=utf-8><p>café, caf".utf8) + [0xE9] + Array(" ok</p>".utf8)
    #expect(try body(bytes) == "café, caf\u{FFFD} ok")
  }
}
