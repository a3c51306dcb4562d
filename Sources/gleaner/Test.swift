import ArgumentParser
import Foundation
import Gleaner

/// `gleaner test`: runs the rules' examples and the golden fixtures.
struct Test: ParsableCommand {
  static let configuration = CommandConfiguration(
    abstract: "Check the rules' examples and the golden fixtures; print diffs for failures.",
    discussion: """
      Every @example and @never line of the rules in force (built-in and --rules \
      folders) is run. Each article DIR/NAME.txt or DIR/NAME.html of the fixtures \
      folder (default: ./Fixtures when it exists) is run through the pipeline and its \
      record compared with DIR/NAME.expected.json; differences are listed mention by \
      mention. --update rewrites the expected records instead.
      """
  )

  @OptionGroup var rules: RuleOptions

  @Argument(help: ArgumentHelp("The fixtures folder (default: ./Fixtures).", valueName: "DIR"))
  var fixtures: String?

  @Flag(help: "Rewrite the expected records from what the pipeline gives now.")
  var update = false

  @Flag(name: .shortAndLong, help: "List every example, not only failures.")
  var verbose = false

  func run() throws {
    let pipeline = try makePipeline(rules)
    var failed = 0
    var passed = 0
    for result in ExampleRunner(pipeline: pipeline).runAll() {
      if result.passed {
        passed += 1
        if verbose { print(result) }
      } else {
        failed += 1
        print("FAIL \(result)")
      }
    }
    let folder = fixtures ?? (FileManager.default.fileExists(atPath: "Fixtures") ? "Fixtures" : nil)
    if let folder {
      let tester = FixtureTester(pipeline: pipeline, folder: URL(fileURLWithPath: folder))
      for result in try tester.run(update: update) {
        if let diff = result.diff {
          failed += 1
          print("FAIL fixture \(result.name)")
          print(diff.split(separator: "\n").map { "  " + $0 }.joined(separator: "\n"))
        } else {
          passed += 1
          if verbose || (update && result.missing) {
            print(update ? "wrote fixture \(result.name)" : "ok fixture \(result.name)")
          }
        }
      }
    }
    print("\(passed) passed, \(failed) failed")
    if failed > 0 { throw ExitCode.failure }
  }
}
