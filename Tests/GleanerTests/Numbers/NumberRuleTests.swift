import GleanerCore
@testable import GleanerNumbers
import Testing

/// Invalid number rules fail at load with `file:line: message`.
@Suite struct NumberRuleTests {
  static func errors(_ content: String) -> [String] {
    do {
      var rules = TestSupport.rules
      rules.layer(try RuleSet(sources: [("en/numbers/zz-test.rules", content)]))
      _ = try NumberExtractor(rules: rules, language: "en")
      return []
    } catch let error as RuleErrors {
      return error.errors.map(\.description)
    } catch {
      return ["\(error)"]
    }
  }

  @Test(arguments: [
    ("@list cardinal\neleventy => 110\n", "en/numbers/zz-test.rules:2: a cardinal word"),
    ("@list scale\nfoo => bar\n", "en/numbers/zz-test.rules:2: 'scale' entries need a number"),
    ("@list modifier\nkinda => sorta\n", "en/numbers/zz-test.rules:2: modifier 'sorta'"),
    ("@list currency\nzorkmid => ZRK position=middle\n", "en/numbers/zz-test.rules:2: position="),
    ("@list colours\nred => 1\n", "en/numbers/zz-test.rules:1: unknown numbers list 'colours'"),
    ("@list event\n\nlooted => loot position=during\n", "en/numbers/zz-test.rules:3: position="),
    ("@list subunit\nin => in\n", "en/numbers/zz-test.rules:2: a subunit needs"),
    ("@list short-scale\nk => 1000 case=upper\n", "en/numbers/zz-test.rules:2: case="),
    ("@list adjective-suffix\nish => adjective min=few\n", "en/numbers/zz-test.rules:2: min="),
    ("@list adjective-suffix\nish => adjective head=maybe\n", "en/numbers/zz-test.rules:2: head="),
  ])
  func invalidRule(_ content: String, _ message: String) {
    let errors = Self.errors(content)
    #expect(errors.contains { $0.hasPrefix(message) }, "\(errors)")
  }

  @Test func theBuiltInRulesLoad() {
    #expect(Self.errors("").isEmpty)
  }

  @Test(arguments: [
    ("1,900", DigitReader.Reading.number(1900, plain: false, integer: true)),
    ("1900", .number(1900, plain: true, integer: true)),
    ("4.800", .number(4.8, plain: false, integer: false)),
    ("5,00", .number(5, plain: false, integer: false)),
    ("1.234.567", .number(1_234_567, plain: false, integer: true)),
    ("3.000,75", .number(3000.75, plain: false, integer: false)),
    ("98,76,543.21", .number(9_876_543.21, plain: false, integer: false)),
    ("192.168.1.2", .dotted),
  ])
  func digitReading(_ digits: String, _ expected: DigitReader.Reading) {
    #expect(DigitReader.read(ArraySlice(Array(digits.utf8))) == expected)
  }
}
