import Foundation
import GleanerCore
import GleanerEmit
import GleanerLoad

/// Checks the golden files: each article in `FIXTURES/articles/` against its
/// expected record in `FIXTURES/expected/NAME.json` (pretty JSON).
///
/// A record's `source` is `articles/NAME`, so the files do not depend on the
/// folder the tests run from.
public struct FixtureTester: Sendable {
  public let pipeline: Pipeline
  public let folder: URL

  public init(pipeline: Pipeline, folder: URL) {
    self.pipeline = pipeline
    self.folder = folder
  }

  /// One fixture's outcome.
  public struct Result: Sendable {
    public var name: String
    /// Nil when the record equals the expected one, else a readable diff.
    public var diff: String?
    /// Whether the expected file was missing (and, when updating, written).
    public var missing: Bool
  }

  /// The fixture articles, sorted by name.
  public func articles() throws -> [String] {
    let directory = folder.appendingPathComponent("articles")
    return try FileManager.default.contentsOfDirectory(atPath: directory.path)
      .filter { !$0.hasPrefix(".") }
      .sorted()
  }

  /// The pretty JSON record of one fixture article.
  public func actualRecord(_ name: String) throws -> String {
    let path = folder.appendingPathComponent("articles").appendingPathComponent(name).path
    var result = ""
    InputLoader().load([path]) { item in
      switch item {
      case .document(var document):
        document.source = "articles/\(name)"
        do throws(DocumentError) {
          let record = try pipeline.record(for: document)
          result = String(decoding: RecordWriter(pretty: true).line(for: record), as: UTF8.self)
        } catch {
          result = "error: \(error.reason)\n"
        }
      case .failure(_, _, let error):
        result = "error: \(error.reason)\n"
      }
    }
    return result
  }

  /// The expected file of one fixture.
  public func expectedURL(_ name: String) -> URL {
    let stem = (name as NSString).deletingPathExtension
    return folder.appendingPathComponent("expected").appendingPathComponent(stem + ".json")
  }

  /// Checks every fixture; with `update`, rewrites the expected files.
  public func run(update: Bool = false) throws -> [Result] {
    try articles().map { name in
      let actual = try actualRecord(name)
      let url = expectedURL(name)
      let expected = try? String(contentsOf: url, encoding: .utf8)
      if update && expected != actual {
        try FileManager.default.createDirectory(
          at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try actual.write(to: url, atomically: true, encoding: .utf8)
      }
      guard let expected else {
        return Result(name: name, diff: update ? nil : "no expected file \(url.lastPathComponent)", missing: true)
      }
      let diff = expected == actual || update ? nil : LineDiff.render(expected: expected, actual: actual)
      return Result(name: name, diff: diff, missing: false)
    }
  }
}

/// A unified-style line diff for people: `-` expected, `+` actual, with
/// three lines of context.
public enum LineDiff {
  public static func render(expected: String, actual: String, context: Int = 3) -> String {
    let a = expected.split(separator: "\n", omittingEmptySubsequences: false)
    let b = actual.split(separator: "\n", omittingEmptySubsequences: false)
    // Trim the common head and tail so the table stays small.
    var head = 0
    while head < a.count, head < b.count, a[head] == b[head] { head += 1 }
    var tail = 0
    while tail < a.count - head, tail < b.count - head, a[a.count - 1 - tail] == b[b.count - 1 - tail] {
      tail += 1
    }
    let x = Array(a[head..<(a.count - tail)])
    let y = Array(b[head..<(b.count - tail)])
    var lines: [(Character, Substring)] = []
    for line in a[max(0, head - context)..<head] { lines.append((" ", line)) }
    if x.count * y.count > 4_000_000 {
      lines += x.map { ("-", $0) } + y.map { ("+", $0) }
    } else {
      var table = [[Int]](repeating: [Int](repeating: 0, count: y.count + 1), count: x.count + 1)
      for i in stride(from: x.count - 1, through: 0, by: -1) {
        for j in stride(from: y.count - 1, through: 0, by: -1) {
          table[i][j] = x[i] == y[j] ? table[i + 1][j + 1] + 1 : max(table[i + 1][j], table[i][j + 1])
        }
      }
      var i = 0
      var j = 0
      while i < x.count || j < y.count {
        if i < x.count, j < y.count, x[i] == y[j] {
          lines.append((" ", x[i]))
          i += 1
          j += 1
        } else if j < y.count, i == x.count || table[i][j + 1] >= table[i + 1][j] {
          lines.append(("+", y[j]))
          j += 1
        } else {
          lines.append(("-", x[i]))
          i += 1
        }
      }
    }
    for line in a[(a.count - tail)..<min(a.count, a.count - tail + context)] { lines.append((" ", line)) }
    // Keep changed lines and their context only.
    var keep = [Bool](repeating: false, count: lines.count)
    for (index, line) in lines.enumerated() where line.0 != " " {
      for k in max(0, index - context)...min(lines.count - 1, index + context) { keep[k] = true }
    }
    var out = "@@ line \(max(1, head - context + 1)) @@\n"
    var skipped = false
    for (index, line) in lines.enumerated() {
      if keep[index] {
        out += "\(line.0) \(line.1)\n"
        skipped = false
      } else if !skipped {
        out += "  ...\n"
        skipped = true
      }
    }
    return out
  }
}
