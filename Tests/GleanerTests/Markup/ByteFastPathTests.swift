import Testing

@testable import GleanerMarkup

/// The byte-level fast paths of the plain-text reader agree with the
/// `String`/`Character` references they stand in for.
@Suite struct ByteFastPathTests {
  @Test func whiteSpaceListMatchesTheUnicodeProperty() {
    let mismatches = (UInt32(0x80)...0x10FFFF).filter { value in
      guard let scalar = Unicode.Scalar(value) else { return false }
      return UTF8Bytes.isWhiteSpace(nonASCII: value) != scalar.properties.isWhitespace
    }
    #expect(mismatches.isEmpty)
  }

  @Test func validationAgreesWithTheStandardLibrary() {
    var generator = SystemRandomNumberGenerator()
    let pieces: [[UInt8]] = [
      [0x41], [0x20], [0xC3, 0xA9], [0xE2, 0x80, 0x9D], [0xF0, 0x9F, 0x98, 0x80], [0x80], [0xC0, 0x80],
      [0xE0, 0x80, 0x80], [0xED, 0xA0, 0x80], [0xF4, 0x90, 0x80, 0x80], [0xF5], [0xFF], [0xC3],
      [0xE2, 0x80], [0xF0, 0x9F], [0xEF, 0xBB, 0xBF], [0x7F], [0x00],
    ]
    for _ in 0..<5000 {
      var bytes: [UInt8] = []
      for _ in 0..<Int.random(in: 0..<24, using: &generator) {
        bytes += pieces.randomElement(using: &generator)!
      }
      let expected = String(validating: bytes, as: UTF8.self) != nil
      #expect(bytes.withUnsafeBufferPointer { UTF8Bytes.isValid($0) } == expected, "\(bytes)")
    }
  }

  @Test func headingTestAgreesWithTheCharacterWalk() {
    let lines = [
      "A subheading here", "A sentence.", "“Quoted.”", "Ends with a quote”", "(Aside)", "Ellipsis…",
      "Café au lait", "Zoë met Ana", "e\u{301}tude", "word \u{301}accent", "one two three four five six seven eight nine ten eleven twelve thirteen fourteen",
      "one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen",
      "Ends in Arabic \u{0600}", "\u{0600} x", "Ask?\"", "x »", "»", "\"", "", "Done;’", "日本語 見出し",
      "Emoji 👩‍👩‍👧 line", "Dash — here", "Greek question\u{037E}",
    ]
    for line in lines {
      #expect(PlainTextReader.isHeading(line) == PlainTextReader.isHeadingByCharacters(line), "\(line)")
    }
  }

  /// Collapses white space scalar by scalar: the definition.
  static func referenceNormalized(_ line: String) -> String {
    var result = ""
    var pendingSpace = false
    for scalar in line.unicodeScalars {
      let value = scalar.value
      if value == 0x20 || (0x09...0x0D).contains(value) || scalar.properties.isWhitespace
        || value == 0xFEFF
      {
        pendingSpace = !result.isEmpty
      } else if value < 0x20 || (0x7F..<0xA0).contains(value) {
        continue
      } else {
        if pendingSpace { result.unicodeScalars.append(" ") }
        pendingSpace = false
        result.unicodeScalars.append(scalar)
      }
    }
    return result
  }

  @Test func normalizingRandomLinesMatchesTheDefinition() throws {
    var generator = SystemRandomNumberGenerator()
    let pieces = [" ", "  ", "a", "word", "Longer words here", "\t", "é", "\u{A0}", "x.y", "\u{7F}", "\u{1}", "”", "\u{2003}"]
    for _ in 0..<3000 {
      var line = ""
      for _ in 0..<Int.random(in: 0..<16, using: &generator) { line += pieces.randomElement(using: &generator)! }
      let bytes = Array(line.utf8)
      let normalized = try PlainTextReader.normalizeSpaces(bytes, 0..<bytes.count, deadline: .never)
      #expect(normalized == Self.referenceNormalized(line), "\(Array(line.unicodeScalars))")
    }
  }

  @Test func normalizingMatchesTheScalarDefinition() throws {
    let line = "  a\u{00A0}b\u{2003}\u{2003}c\u{FEFF}d\u{0085}e\u{0090}f\u{1}g\t\th\u{3000}  "
    let bytes = Array(line.utf8)
    let normalized = try PlainTextReader.normalizeSpaces(bytes, 0..<bytes.count, deadline: .never)
    #expect(normalized == "a b c d efg h")
  }
}
