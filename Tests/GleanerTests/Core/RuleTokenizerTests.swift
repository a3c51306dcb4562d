import Testing

@testable import GleanerCore

/// The byte-level field splitter of the rules parser agrees with the
/// `Character` walk it stands in for.
@Suite struct RuleTokenizerTests {
  @Test func byteFieldsMatchCharacterFields() throws {
    let lines = [
      #"@list month lang=en"#, #"2025-02-04 "on ⏩January 19⏪" => value=2025-01-19 mod=START"#,
      #""a \"quoted\" word\n" => x="y z""#, #"name="two words" other=1"#, "tab\tseparated\t\"x\"",
      #""⏩Café⏪ opens" => text=Café"#, #"= => == =>x x=> "=>""#, "e\u{301} \"e\u{301}\" =\u{301}>",
      "\"\u{301}x\" y", "\u{0600}\"x\"", #""back\\slash" "end\"#, #""open"#, "",
    ]
    for line in lines {
      for arrows in [false, true] {
        let text = Substring(line)
        let reference = try? RuleTokenizer.fieldsByCharacters(text, file: "f", line: 1, keepingArrows: arrows)
        let fields = try? RuleTokenizer.fields(text, file: "f", line: 1, keepingArrows: arrows)
        #expect(fields == reference, "\(line)")
      }
    }
  }
}
