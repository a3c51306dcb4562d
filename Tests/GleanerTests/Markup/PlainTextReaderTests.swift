import GleanerCore
import GleanerMarkup
import Testing

@Suite struct PlainTextReaderTests {
  @Test func readsTheHeaderLineAndHeadings() throws {
    let text = "   date 2025-02-04 Fragile peace\nFirst paragraph, with  extra   spaces.\n\nA subheading here\n\"Quoted,\" he said.\n"
    let document = try PlainTextReader.read(Array(text.utf8))
    #expect(document.published == "2025-02-04")
    #expect(document.title == "Fragile peace")
    #expect(document.blocks == [
      Block(.paragraph, "First paragraph, with extra spaces."),
      Block(.heading, "A subheading here"),
      Block(.paragraph, "\"Quoted,\" he said."),
    ])
  }

  @Test func withoutAHeaderEveryLineIsBody() throws {
    let document = try PlainTextReader.read(Array("dated 2025 is not a header.\nSecond line.".utf8))
    #expect(document.published == nil)
    #expect(document.blocks.count == 2)
  }

  @Test func decodesByteOrderMarks() throws {
    let utf16: [UInt8] = [0xFF, 0xFE] + Array("Hi é.".utf16).flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] }
    #expect(try PlainTextReader.read(utf16).blocks == [Block(.paragraph, "Hi é.")])
    #expect(try PlainTextReader.read([0xEF, 0xBB, 0xBF] + Array("Hi.".utf8)).blocks == [Block(.paragraph, "Hi.")])
  }

  @Test func refusesInvalidUTF8AndBinaryData() {
    #expect {
      try PlainTextReader.read(Array("Caf".utf8) + [0xE9] + Array(" au lait".utf8))
    } throws: { ($0 as? DocumentError)?.reason.contains("offset 3") == true }
    #expect(throws: DocumentError.self) { try PlainTextReader.read([0x00, 0x01, 0x02, 0x03]) }
  }

  @Test func anEmptyFileIsAnEmptyArticle() throws {
    #expect(try PlainTextReader.read([]).blocks.isEmpty)
  }
}
