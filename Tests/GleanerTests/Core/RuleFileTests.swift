import GleanerCore
import Testing

@Suite struct RuleFileTests {
  @Test func parsesSectionsEntriesAndExamples() throws {
    let file = try RuleFile(
      path: "en/dates/months.rules",
      content: """
        # Months
        @list month kind=name
        january | jan | jan. => 1 long="January"
        @example 2025-02-04 "on ⏩January 19⏪" => value=2025-01-19
        @never "May I come in?"
        """)
    #expect(file.language == "en")
    #expect(file.dimension == "dates")
    let section = try #require(file.section("list", "month"))
    #expect(section.attributes == ["kind": "name"])
    #expect(section.entries.count == 1)
    #expect(section.entries[0].keys == ["january", "jan", "jan."])
    #expect(section.entries[0].value == "1")
    #expect(section.entries[0].attributes == ["long": "January"])
    #expect(section.entries[0].line == 3)
    #expect(section.examples.count == 2)
    let example = section.examples[0]
    #expect(example.reference == "2025-02-04")
    #expect(example.input == "on January 19")
    #expect(example.expectedSpan == Span(text: "January 19", start: 3, end: 13))
    #expect(example.expected.map(\.field) == ["value"])
    #expect(section.examples[1].isNegative)
  }

  @Test func exampleReferencesMayCarryATimeOfPublication() throws {
    let file = try RuleFile(
      path: "en/dates/x.rules",
      content: "@list x\na\n@example 1997-06-09T21:30 \"on ⏩Tuesday⏪\" => value=1997-06-10\n")
    #expect(file.section("list", "x")?.examples.first?.reference == "1997-06-09T21:30")
    for bad in ["1997-06-09T9:30", "1997-06-09 21:30", "1997-6-09T21:30", "1997-06-09T21:30Z"] {
      #expect(throws: RuleErrors.self, "\(bad)") {
        try RuleFile(path: "en/dates/x.rules", content: "@list x\na\n@example \(bad) \"on ⏩Tuesday⏪\"\n")
      }
    }
  }

  @Test func reportsEveryBadLineWithFileAndLine() {
    let content = """
      orphan => 1
      @list ok
      a | | b => 1
      c => "unterminated
      @example "x" => novalue
      """
    #expect {
      try RuleFile(path: "en/x/bad.rules", content: content)
    } throws: { error in
      let messages = (error as? RuleErrors)?.errors.map(\.description) ?? []
      return messages.count == 4
        && messages[0].hasPrefix("en/x/bad.rules:1:")
        && messages[1].hasPrefix("en/x/bad.rules:3:")
        && messages[2].hasPrefix("en/x/bad.rules:4:")
        && messages[3].hasPrefix("en/x/bad.rules:5:")
    }
  }

  @Test func layeringReplacesFilesOfTheSamePath() throws {
    var base = try RuleSet(sources: [
      ("en/text/a.rules", "@list abbreviation\nfoo"),
      ("en/text/b.rules", "@list abbreviation\nbar"),
    ])
    base.layer(try RuleSet(sources: [("en/text/a.rules", "@list abbreviation\nbaz")]))
    let words = base.list("abbreviation", language: "en", dimension: "text").flatMap(\.keys)
    #expect(words == ["baz", "bar"])
  }
}

@Suite struct RuleExampleParsingTests {
  @Test func quotedValuesMayFollowTheArrow() throws {
    let file = try RuleFile(
      path: "en/actors/x.rules",
      content: """
        @list x
        @example "said ⏩the \\"spokesman\\"⏪ => yes" => roles="Hamas spokesman" type=person
        """)
    let example = try #require(file.sections.first?.examples.first)
    #expect(example.input == "said the \"spokesman\" => yes")
    #expect(example.expectedSpan?.text == "the \"spokesman\"")
    #expect(example.expected.map(\.field) == ["roles", "type"])
    #expect(example.expected.map(\.value) == ["Hamas spokesman", "person"])
  }
}
