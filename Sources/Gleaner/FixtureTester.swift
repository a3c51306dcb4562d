import Foundation
import GleanerCore
import GleanerEmit
import GleanerLoad

/// Checks golden files: each article `DIR/NAME.txt` or `DIR/NAME.html`
/// against the record expected beside it in `DIR/NAME.expected.json`.
///
/// A record's `source` is the article's file name, so the expected files do
/// not depend on the folder the tests run from.
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
    /// Nil when the record equals the expected one, else what differs.
    public var diff: String?
    /// Whether the expected file was missing (and, when updating, written).
    public var missing: Bool
  }

  static let articleExtensions: Set<String> = ["txt", "text", "html", "htm", "xhtml"]

  /// The fixture articles, sorted by name.
  public func articles() throws -> [String] {
    try FileManager.default.contentsOfDirectory(atPath: folder.path)
      .filter { !$0.hasPrefix(".") && Self.articleExtensions.contains(($0 as NSString).pathExtension.lowercased()) }
      .sorted()
  }

  /// The record of one fixture article as pretty JSON.
  public func actualRecord(_ name: String) -> String {
    let path = folder.appendingPathComponent(name).path
    var result = ""
    InputLoader().load([path]) { item in
      switch item {
      case .document(var document):
        document.source = name
        do throws(DocumentError) {
          let record = try pipeline.record(for: document)
          result = String(decoding: RecordWriter(pretty: true).line(for: record), as: UTF8.self)
        } catch {
          result = "{\"error\": \"\(error.reason)\"}\n"
        }
      case .failure(_, _, let error):
        result = "{\"error\": \"\(error.reason)\"}\n"
      }
    }
    return result
  }

  /// The expected file of one fixture.
  public func expectedURL(_ name: String) -> URL {
    folder.appendingPathComponent((name as NSString).deletingPathExtension + ".expected.json")
  }

  /// Checks every fixture; with `update`, rewrites the expected files.
  public func run(update: Bool = false) throws -> [Result] {
    try articles().map { name in
      let actual = actualRecord(name)
      let url = expectedURL(name)
      let expected = try? String(contentsOf: url, encoding: .utf8)
      if update && expected != actual {
        try actual.write(to: url, atomically: true, encoding: .utf8)
      }
      guard let expected else {
        return Result(
          name: name, diff: update ? nil : "no expected record \(url.lastPathComponent) (run with --update)",
          missing: true)
      }
      let diff = expected == actual || update ? nil : RecordDiff.describe(expected: expected, actual: actual)
      return Result(name: name, diff: diff, missing: false)
    }
  }
}
