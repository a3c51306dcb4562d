import Foundation
@testable import Gleaner
import GleanerCore
import Testing

/// Every `@example` and `@never` line under Rules/ is a test case.
@Suite struct RuleExampleTests {
  static let examples = TestSupport.rules.examples

  @Test(arguments: examples)
  func example(_ example: RuleExample) {
    let result = ExampleRunner(pipeline: TestSupport.pipeline).run(example)
    #expect(result.passed, "\(result)")
  }

  @Test func everyDimensionHasExamples() {
    let dimensions = Set(TestSupport.rules.files.values.filter { !$0.allExamples.isEmpty }.map(\.dimension))
    #expect(dimensions.contains("text"))
  }

  @Test func embeddedRulesMatchTheRulesFolder() throws {
    let sources = try RuleSet.read(directory: TestSupport.root.appendingPathComponent("Rules"))
    let embedded = Dictionary(uniqueKeysWithValues: EmbeddedRules.files.map { ($0.path, $0.content) })
    let stale = sources.filter { embedded[$0.path] != $0.content }.map(\.path)
    #expect(stale.isEmpty, "stale embedded rules \(stale): run python3 scripts/embed-rules.py")
    #expect(embedded.count == sources.count, "run python3 scripts/embed-rules.py")
  }
}

extension RuleExample: CustomTestStringConvertible {
  public var testDescription: String { description }
}
