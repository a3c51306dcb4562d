import GleanerCore
import Testing

@testable import GleanerText

/// The tokenizer's byte tests agree with the Unicode properties they
/// replace.
@Suite struct TokenizerFastPathTests {
  @Test func letterAndSpaceTestsMatchTheProperties() {
    var mismatches: [UInt32] = []
    for value in UInt32(0)...0x10FFFF {
      guard let scalar = Unicode.Scalar(value) else { continue }
      let properties = scalar.properties
      let letter = value < 0x80
        ? ("a"..."z").contains(scalar) || ("A"..."Z").contains(scalar)
        : properties.isAlphabetic || properties.generalCategory == .nonspacingMark
      if Tokenizer.isLetter(scalar) != letter { mismatches.append(value) }
      let space = value < 0x80
        ? scalar == " " || scalar == "\n" || scalar == "\t" || scalar == "\r"
        : properties.isWhitespace
      if Tokenizer.isSpace(scalar) != space { mismatches.append(value) }
    }
    #expect(mismatches.isEmpty)
  }

  @Test func scalarOffsetsCountScalars() {
    let article = TextAnalyzer(abbreviations: []).analyze([Block(.paragraph, "aé”👩‍👧 x")])
    let scalars = Array(article.text.unicodeScalars)
    var byte = 0
    for (index, scalar) in scalars.enumerated() {
      for offset in 0..<UTF8.width(scalar) { #expect(article.scalarOffset(byte + offset) == index) }
      byte += UTF8.width(scalar)
    }
    #expect(article.scalarOffset(byte) == scalars.count)
  }
}
