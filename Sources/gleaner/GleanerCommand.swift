import ArgumentParser
import Foundation

/// `gleaner`: news articles in, one JSON record of facts per article out.
@main
struct GleanerCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "gleaner",
    abstract: "Turn news articles into facts: dates, numbers, actors and quotes as JSON Lines.",
    subcommands: [Extract.self, Test.self, Bench.self],
    defaultSubcommand: Extract.self
  )

  /// Runs the command; usage errors exit with status 2, as the contract says.
  static func main() {
    do {
      var command = try parseAsRoot()
      try command.run()
    } catch {
      let code = exitCode(for: error)
      if code == .validationFailure {
        FileHandle.standardError.write(Data((fullMessage(for: error) + "\n").utf8))
        Foundation.exit(2)
      }
      exit(withError: error)
    }
  }
}

/// Options every subcommand that runs the pipeline shares.
struct RuleOptions: ParsableArguments {
  @Option(
    name: .customLong("rules"),
    help: ArgumentHelp(
      "A rules folder to layer over the built-in rules (repeatable).", valueName: "DIR"))
  var folders: [String] = []

  @Option(help: "The language of the articles, a folder of Rules/.")
  var language = "en"
}
