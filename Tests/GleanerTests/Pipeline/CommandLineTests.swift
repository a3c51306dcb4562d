import Foundation
import GleanerCore
import Testing

/// The `gleaner` binary as users run it: exit codes, stdin, error messages.
@Suite struct CommandLineTests {
  /// The binary built beside the test bundle.
  static let binary: URL? = {
    let folder = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
    let url = folder.appendingPathComponent("gleaner")
    return FileManager.default.isExecutableFile(atPath: url.path) ? url : nil
  }()

  /// The binary was not built beside the test bundle.
  struct MissingBinary: Error, CustomStringConvertible {
    var description: String { "build the gleaner binary first (swift build)" }
  }

  /// The binary, or `MissingBinary`.
  static func builtBinary() throws -> URL {
    guard let binary else { throw MissingBinary() }
    return binary
  }

  struct Run {
    var status: Int32
    var stdout: String
    var stderr: String
  }

  static func run(_ arguments: [String], stdin: String? = nil) throws -> Run {
    let process = Process()
    process.executableURL = try builtBinary()
    process.arguments = arguments
    let out = Pipe()
    let err = Pipe()
    let input = Pipe()
    process.standardOutput = out
    process.standardError = err
    process.standardInput = input
    try process.run()
    if let stdin { input.fileHandleForWriting.write(Data(stdin.utf8)) }
    try input.fileHandleForWriting.close()
    // Read standard error on another thread, so that neither pipe fills up.
    let stderrBox = ParallelResults<Data>(count: 1)
    let stderrRead = DispatchSemaphore(value: 0)
    Thread {
      stderrBox[0] = err.fileHandleForReading.readDataToEndOfFile()
      stderrRead.signal()
    }.start()
    let stdout = out.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    stderrRead.wait()
    let stderr = stderrBox[0] ?? Data()
    return Run(
      status: process.terminationStatus, stdout: String(decoding: stdout, as: UTF8.self),
      stderr: String(decoding: stderr, as: UTF8.self))
  }

  @Test(.enabled(if: binary != nil)) func readsStandardInputByDefault() throws {
    let run = try Self.run(["extract", "--no-text"], stdin: "date 2025-02-04 Title\nTalks began on Tuesday.\n")
    #expect(run.status == 0)
    let record = try JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as? [String: Any]
    #expect(record?["id"] as? String == "-")
    #expect(record?["published"] as? String == "2025-02-04")
    #expect(record?["text"] == nil)
    #expect(run.stdout.hasPrefix("{\"id\":\"-\",\"source\":\"-\",\"title\":\"Title\",\"published\":\"2025-02-04\""))
  }

  @Test(.enabled(if: binary != nil)) func badDocumentsAreNamedAndTheRestGoOn() throws {
    let root = try InputLoaderTests.folder([
      "a.txt": Array("First.".utf8),
      "b.txt": Array("Caf".utf8) + [0xE9],
      "c.txt": Array("Third.".utf8),
      "empty.txt": [],
    ])
    let run = try Self.run(["extract", "--jobs", "2", root.path])
    #expect(run.status == 1)
    #expect(run.stdout.split(separator: "\n").count == 3)
    #expect(run.stderr.contains("gleaner: \(root.path)/b.txt: not valid UTF-8"))
  }

  @Test(.enabled(if: binary != nil)) func usageErrorsExitWithTwo() throws {
    #expect(try Self.run(["extract", "--input-format", "pdf", "x"]).status == 2)
    #expect(try Self.run(["extract", "--published", "yesterday", "x"]).status == 2)
    #expect(try Self.run(["extract", "--jobs", "0", "x"]).status == 2)
  }

  @Test(.enabled(if: binary != nil)) func invalidUserRulesNameFileAndLine() throws {
    let root = try InputLoaderTests.folder(["en/text/abbreviations.rules": Array("oops\n@list abbreviation\n| x\n".utf8)])
    let run = try Self.run(["extract", "--rules", root.path, "-"], stdin: "Text.")
    #expect(run.status == 2)
    #expect(run.stderr.contains("en/text/abbreviations.rules:1:"))
    #expect(run.stderr.contains("en/text/abbreviations.rules:3:"))
  }

  @Test(.enabled(if: binary != nil)) func prettyOutputIsStillOneRecordPerDocument() throws {
    let run = try Self.run(["extract", "--pretty"], stdin: "Hello.")
    #expect(run.status == 0)
    #expect(run.stdout.contains("\n  \"id\": \"-\""))
  }

  @Test(.enabled(if: binary != nil)) func aRecordGoesOutBeforeTheStreamEnds() throws {
    let process = Process()
    process.executableURL = Self.binary
    process.arguments = ["extract", "--input-format", "jsonl", "--quiet", "-"]
    let input = Pipe()
    let output = Pipe()
    process.standardInput = input
    process.standardOutput = output
    try process.run()
    defer {
      try? input.fileHandleForWriting.close()
      process.waitUntilExit()
    }
    input.fileHandleForWriting.write(Data("{\"id\": \"first\", \"text\": \"Talks began on Tuesday.\"}\n".utf8))
    // The stream stays open: the first record must still come out.
    var line = Data()
    let deadline = Date().addingTimeInterval(10)
    while Date() < deadline, !line.contains(0x0A) {
      line.append(output.fileHandleForReading.availableData)
    }
    let record = try JSONSerialization.jsonObject(with: line) as? [String: Any]
    #expect(record?["id"] as? String == "first")
  }
}
