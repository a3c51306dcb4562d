import Foundation
import Gleaner
import GleanerCore
import GleanerLoad
import GleanerText
import Testing

/// Broken and hostile documents: each gives a correct record or a clear
/// per-document error, within its time budget.
@Suite struct HostileDocumentTests {
  @Test func deeplyNestedTagsOf100000Levels() {
    let depth = 100_000
    let page = String(repeating: "<div>", count: depth) + "<p>Talks resumed in Doha on Tuesday.</p>"
      + String(repeating: "</div>", count: depth)
    let outcome = Hostile.run(page, format: .html)
    if let record = outcome.record {
      #expect(record.text.contains("Talks resumed in Doha on Tuesday."))
    } else {
      #expect(outcome.error?.stage == "markup", "\(String(describing: outcome.error))")
    }
    #expect(outcome.seconds < 20 * Hostile.timeFactor)
    // Unclosed, and nested inline elements, too.
    let unclosed = String(repeating: "<span><b>", count: depth) + "Words here."
    #expect(Hostile.run(unclosed, format: .html).seconds < 20 * Hostile.timeFactor)
  }

  /// A 100 MB page has about 20 million tokens: 16 bytes each, not 40.
  @Test func tokensAreSixteenBytes() {
    #expect(MemoryLayout<Token>.stride == 16)
  }

  @Test func tenThousandUnbalancedQuotationMarks() {
    for mark in ["\"", "\u{201C}", "\u{201D}", "'"] {
      var text = "The minister said "
      for index in 0..<10_000 { text += "\(mark)word\(index) " }
      text += "and left."
      let outcome = Hostile.run(text, format: .text)
      #expect(outcome.record != nil, "\(mark): \(String(describing: outcome.error))")
      #expect(outcome.seconds < 20 * Hostile.timeFactor, "\(mark): \(outcome.seconds) s")
    }
    // One long paragraph of nothing but marks.
    let marks = String(repeating: "\" ", count: 10_000)
    #expect(Hostile.run(marks, format: .text).record != nil)
  }

  @Test func nulBytesInTextAndHTML() throws {
    // Early NUL bytes mark binary data: a clear error.
    let binary = Hostile.run([0x00] + Array("Talks resumed.".utf8), format: .text)
    #expect(binary.error?.reason.contains("binary") == true)
    // NUL bytes after the first 4 KiB are dropped from the text.
    let late = Array(String(repeating: "Talks resumed. ", count: 400).utf8) + [0, 0] + Array("Then ended.".utf8)
    let record = try #require(Hostile.run(late, format: .text).record)
    #expect(Hostile.isClean(record.text))
    #expect(record.text.hasSuffix("Then ended."))
    // In HTML, stray NUL bytes are dropped; a page of little else is binary.
    let html = Array("<html><head><title>Talks</title></head><body><p>Talks\0 resumed\0 on Tuesday.</p></body></html>".utf8)
    let page = try #require(Hostile.run(html, format: .html).record)
    #expect(page.text == "Talks resumed on Tuesday.")
    let nuls = Hostile.run(Array("<p>".utf8) + [UInt8](repeating: 0, count: 100) + Array("x</p>".utf8), format: .html)
    #expect(nuls.error?.reason.contains("binary") == true)
  }

  @Test func invalidAndOverlongUTF8() throws {
    let bad: [[UInt8]] = [
      [0xC0, 0xAF],  // overlong "/"
      [0xE0, 0x80, 0xAF],  // overlong, three bytes
      [0xED, 0xA0, 0x80],  // a UTF-16 surrogate
      [0xF5, 0x80, 0x80, 0x80],  // beyond U+10FFFF
      [0xFF], [0x80], [0xE2, 0x80],  // stray and cut-off bytes
    ]
    for sequence in bad {
      let bytes = Array("Talks resumed ".utf8) + sequence + Array(" on Tuesday.".utf8)
      let text = Hostile.run(bytes, format: .text)
      #expect(text.error?.reason.contains("not valid UTF-8") == true, "\(sequence)")
      let html = Hostile.run(Array("<p>".utf8) + bytes + Array("</p>".utf8), format: .html)
      let record = try #require(html.record, "\(sequence): \(String(describing: html.error))")
      #expect(record.text.hasPrefix("Talks resumed "))
      #expect(!record.text.contains("/"), "an overlong sequence must not decode to its ASCII character")
    }
  }

  static func utf16(_ text: String, bigEndian: Bool) -> [UInt8] {
    let bom: [UInt8] = bigEndian ? [0xFE, 0xFF] : [0xFF, 0xFE]
    return bom + text.utf16.flatMap { unit in
      bigEndian ? [UInt8(unit >> 8), UInt8(unit & 0xFF)] : [UInt8(unit & 0xFF), UInt8(unit >> 8)]
    }
  }

  @Test(arguments: [false, true]) func utf16WithByteOrderMark(bigEndian: Bool) throws {
    let text = "date 2025-02-04 Talks\nZoë said “talks resumed” in Doha 🕊 on Tuesday.\n"
    let record = try #require(Hostile.run(Self.utf16(text, bigEndian: bigEndian), format: .text).record)
    #expect(record.text == "Zoë said “talks resumed” in Doha 🕊 on Tuesday.")
    #expect(record.published == "2025-02-04")
    let page = "<html><head><meta charset=\"utf-8\"><title>T</title></head><body><p>Zoë said “hi” 🕊.</p></body></html>"
    let html = try #require(Hostile.run(Self.utf16(page, bigEndian: bigEndian), format: .html).record)
    #expect(html.text == "Zoë said “hi” 🕊.")
    // An odd number of bytes is a clear error.
    let odd = Hostile.run(Self.utf16(text, bigEndian: bigEndian) + [0x41], format: .text)
    #expect(odd.error?.reason.contains("UTF-16") == true)
  }

  @Test func aPageDeclaringOneCharsetAndUsingAnother() throws {
    // Declares UTF-8, written in windows-1252.
    let latin = Array("<html><head><meta charset=\"utf-8\"></head><body><p>Caf".utf8) + [0xE9]
      + Array(" talks: ".utf8) + [0x93] + Array("peace".utf8) + [0x94] + Array(" na".utf8) + [0xEF]
      + Array("ve.</p></body></html>".utf8)
    let record = try #require(Hostile.run(latin, format: .html).record)
    #expect(record.text == "Café talks: “peace” naïve.")
    // Declares ISO-8859-1, written in UTF-8.
    let utf8 = Array("<meta charset=\"iso-8859-1\"><p>Café talks: “peace” naïve.</p>".utf8)
    #expect(try #require(Hostile.run(utf8, format: .html).record).text == "Café talks: “peace” naïve.")
    // The transport says UTF-8 and the page says windows-1252: the bytes decide.
    let page = try #require(Hostile.run(latin, format: .html, charset: "utf-8").record)
    #expect(page.text == "Café talks: “peace” naïve.")
  }

  @Test func undefinedWindows1252BytesDoNotCutThePage() throws {
    // iconv refuses 0x81, 0x8D, 0x8F, 0x90 and 0x9D; libxml2 used to drop
    // everything after the first of them (found by FuzzPipeline).
    let page = Array("<meta charset=windows-1252><p>Before ".utf8) + [0x81, 0x8D, 0x8F, 0x90, 0x9D]
      + Array(" caf".utf8) + [0xE9] + Array(" after the bytes.</p><p>Second paragraph.</p>".utf8)
    let record = try #require(Hostile.run(page, format: .html).record)
    #expect(record.text == "Before café after the bytes.\nSecond paragraph.")
  }

  @Test func entityExpansionIsNotPerformed() {
    var doctype = "<!DOCTYPE html [\n<!ENTITY lol \"lol\">\n"
    doctype += "<!ENTITY lol1 \"" + String(repeating: "&lol;", count: 10) + "\">\n"
    for level in 2...9 {
      doctype += "<!ENTITY lol\(level) \"" + String(repeating: "&lol\(level - 1);", count: 10) + "\">\n"
    }
    doctype += "]>\n"
    let page = doctype + "<html><body><p>Talks resumed &lol9; on Tuesday.</p>"
      + "<p>" + String(repeating: "&amp;&lt;&#x41;&#65;&nbsp;", count: 20_000) + "</p></body></html>"
    let outcome = Hostile.run(page, format: .html)
    #expect(outcome.seconds < 10 * Hostile.timeFactor)
    let text = outcome.record?.text ?? ""
    #expect(!text.contains("lollol"))
    #expect(text.utf8.count < page.utf8.count, "the text must not grow past the page")
    // An external entity is never fetched or read.
    let external = "<!DOCTYPE html [<!ENTITY x SYSTEM \"file:///etc/passwd\">]><p>A &x; B.</p>"
    #expect(Hostile.run(external, format: .html).record?.text.contains("root:") == false)
  }

  @Test func controlCharactersAndLoneSurrogatesInJSONText() throws {
    let line = #"{"id":"x","text":"Talks\u0000 resumed \ud800 on\u0007 Tuesday.\u2028Then."}"#
    var items: [LoadedItem] = []
    InputLoader(format: .jsonl).load([try Self.file(Array(line.utf8))]) { items.append($0) }
    for item in items {
      guard case .document(let document) = item else { continue }
      let record = try #require(Hostile.run(document.bytes, format: .text).record)
      #expect(Hostile.isClean(record.text))
    }
    #expect(items.count == 1)
  }

  static func file(_ bytes: [UInt8], name: String = "input.jsonl") throws -> String {
    try InputLoaderTests.folder([name: bytes]).appendingPathComponent(name).path
  }
}
