import Foundation
import Testing

/// Every input document yields exactly one record or one error line.
@Suite struct NothingLostTests {
  /// Runs the binary with its output in files (thousands of error lines
  /// would fill a pipe that is not read while the other one is).
  static func run(_ arguments: [String], in folder: URL) throws -> CommandLineTests.Run {
    let process = Process()
    process.executableURL = try CommandLineTests.builtBinary()
    process.arguments = arguments
    let out = folder.appendingPathComponent("stdout")
    let err = folder.appendingPathComponent("stderr")
    _ = FileManager.default.createFile(atPath: out.path, contents: nil)
    _ = FileManager.default.createFile(atPath: err.path, contents: nil)
    process.standardOutput = try FileHandle(forWritingTo: out)
    process.standardError = try FileHandle(forWritingTo: err)
    process.standardInput = FileHandle.nullDevice
    try process.run()
    process.waitUntilExit()
    return CommandLineTests.Run(
      status: process.terminationStatus, stdout: try String(contentsOf: out, encoding: .utf8),
      stderr: try String(contentsOf: err, encoding: .utf8))
  }

  @Test(.enabled(if: CommandLineTests.binary != nil))
  func tenThousandMixedDocumentsGiveTenThousandOutcomes() throws {
    var files: [String: [UInt8]] = [:]
    var expectedIDs = Set<String>()
    // 1,000 files of every kind, good and bad.
    for index in 0..<1_000 {
      let name: String
      let bytes: [UInt8]
      switch index % 10 {
      case 0: (name, bytes) = ("bad-utf8-\(index).txt", Array("Caf".utf8) + [0xE9, 0xC0, 0xAF])
      case 1: (name, bytes) = ("binary-\(index).txt", [0, 1, 2, 3, 4, 5, 0, 0xFF])
      case 2: (name, bytes) = ("empty-\(index).txt", [])
      case 3: (name, bytes) = ("page-\(index).html", Array("<p>Talks resumed on Tuesday \(index).</p>".utf8))
      case 4: (name, bytes) = ("garbage-\(index).html", [0x00] + (0..<64).map { UInt8(($0 * 37) & 0xFF) })
      case 5: (name, bytes) = ("huge-\(index).txt", Array(String(repeating: "word ", count: 1_000).utf8))
      case 6: (name, bytes) = ("utf16-\(index).txt", [0xFF, 0xFE, 0x41, 0x00, 0x2E])  // odd length
      default: (name, bytes) = ("good-\(index).txt", Array("date 2025-02-04 T\nTalks resumed on Tuesday, \(index) said.".utf8))
      }
      files["docs/sub\(index % 7)/\(name)"] = bytes
      expectedIDs.insert(name)
    }
    // 9,000 JSON lines of every kind, good and bad.
    var lines: [String] = []
    for index in 0..<9_000 {
      let number = index + 1
      switch index % 9 {
      case 0: lines.append("{\"id\":\"bad-json-\(index)\",")
      case 1: lines.append("[1, 2, 3]")
      case 2: lines.append("{\"id\":\"no-text-\(index)\"}")
      case 3: lines.append("{\"id\":\"long-\(index)\",\"text\":\"" + String(repeating: "word ", count: 1_000) + "\"}")
      case 4: lines.append("{\"id\":\"html-\(index)\",\"html\":\"<p>Talks resumed \\u00e9 \(index).</p>\"}")
      case 5: lines.append("{\"id\":\"nul-\(index)\",\"text\":\"\\u0000\\u0000 Talks\"}")
      default: lines.append("{\"id\":\"good-json-\(index)\",\"text\":\"Talks resumed in Doha on Tuesday, \(index).\"}")
      }
      let id: String
      switch index % 9 {
      case 0, 1, 3: id = "STREAM:\(number)"  // the stream's path, filled in below
      case 2: id = "no-text-\(index)"
      case 4: id = "html-\(index)"
      case 5: id = "nul-\(index)"
      default: id = "good-json-\(index)"
      }
      expectedIDs.insert(id)
    }
    files["stream.jsonl"] = Array((lines.joined(separator: "\n") + "\n").utf8)
    let root = try InputLoaderTests.folder(files)
    let stream = root.appendingPathComponent("stream.jsonl").path
    expectedIDs = Set(expectedIDs.map { $0.hasPrefix("STREAM:") ? stream + $0.dropFirst(6) : $0 })
    #expect(expectedIDs.count == 10_000)
    let errors = root.appendingPathComponent("errors.jsonl").path
    let started = Date()
    let run = try Self.run([
      "extract", "--no-text", "--quiet", "--jobs", "2", "--max-bytes", "2000", "--errors", errors,
      root.appendingPathComponent("docs").path, root.appendingPathComponent("stream.jsonl").path,
    ], in: root)
    let seconds = Date().timeIntervalSince(started)
    #expect(run.status == 1)
    let records = run.stdout.split(separator: "\n")
    let errorLines = try String(contentsOfFile: errors, encoding: .utf8).split(separator: "\n")
    #expect(records.count + errorLines.count == 10_000, "\(records.count) records, \(errorLines.count) errors")
    var seen: [String: Int] = [:]
    for line in records + errorLines {
      let object = try #require(try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any])
      seen[object["id"] as? String ?? "?", default: 0] += 1
    }
    for line in errorLines {
      let object = try #require(try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any])
      #expect(object["stage"] is String && object["error"] is String && object["source"] is String)
    }
    let found = Set(seen.keys)
    #expect(found.subtracting(expectedIDs).sorted().prefix(5) == [], "unexpected ids")
    #expect(expectedIDs.subtracting(found).sorted().prefix(5) == [], "missing ids")
    #expect(seen.values.allSatisfy { $0 == 1 })
    #expect(run.stderr.split(separator: "\n").count == errorLines.count)
    #expect(seconds < 240 * Hostile.timeFactor, "\(seconds) s")
  }
}
