import Foundation
import GleanerCore
import GleanerEmit

/// Runs the examples written beside the rules (`@example`, `@never`).
///
/// An example of a file under `Rules/LANG/DIMENSION/` passes when the record
/// of its input has a mention in `DIMENSION` (`dates`, `numbers`, `actors`,
/// `quotes`) with every expected field value and, when the input marks one,
/// exactly the marked span; an actor matches a span through any of its
/// mentions or references, and an array field through any of its elements. A `@never`
/// example passes when the dimension has no mention at all. Examples under
/// `text/` check the text stage: `sentences=N`.
public struct ExampleRunner: Sendable {
  public let pipeline: Pipeline

  public init(pipeline: Pipeline) {
    self.pipeline = pipeline
  }

  /// The result of one example.
  public struct Result: Sendable, CustomStringConvertible {
    public var example: RuleExample
    /// Nil when the example passed, else what went wrong.
    public var failure: String?

    public var passed: Bool { failure == nil }

    public var description: String {
      if let failure { return "\(example.file):\(example.line): \(failure)" }
      return "\(example.file):\(example.line): ok"
    }
  }

  /// Runs every example of the pipeline's rules.
  public func runAll() -> [Result] {
    pipeline.rules.examples.map(run)
  }

  /// Runs one example.
  public func run(_ example: RuleExample) -> Result {
    let dimension = pipeline.rules.files[example.file]?.dimension ?? ""
    let record: Record
    do {
      record = try pipeline.record(text: example.input, published: example.reference)
    } catch {
      return Result(example: example, failure: "the pipeline failed: \(error.reason)")
    }
    let mentions = Self.mentions(of: dimension, in: record)
    if dimension == "text" {
      return Result(example: example, failure: checkText(example, record))
    }
    if example.isNegative {
      guard !mentions.isEmpty else { return Result(example: example, failure: nil) }
      return Result(
        example: example,
        failure: "\"\(example.input)\" should give no \(dimension), got \(Self.summary(mentions))")
    }
    if mentions.contains(where: { matches($0, example) }) {
      return Result(example: example, failure: nil)
    }
    var wanted = example.expected.map { "\($0.field)=\($0.value)" }
    if let span = example.expectedSpan { wanted.insert("⏩\(span.text)⏪", at: 0) }
    return Result(
      example: example,
      failure: "\"\(example.input)\": wanted \(wanted.joined(separator: " ")), got \(Self.summary(mentions))")
  }

  private func checkText(_ example: RuleExample, _ record: Record) -> String? {
    let article = pipeline.analyzer.analyze(
      record.text.split(separator: "\n").map { Block(.paragraph, String($0)) })
    for (field, value) in example.expected {
      switch field {
      case "sentences":
        let got = article.sentences.map { article.string($0.range) }
        if String(got.count) != value {
          return "wanted \(value) sentences, got \(got.count): \(got)"
        }
      default:
        return "unknown field '\(field)' for a text example (sentences=N)"
      }
    }
    return nil
  }

  private func matches(_ mention: [String: Any], _ example: RuleExample) -> Bool {
    if let span = example.expectedSpan {
      let spans = [mention] + ((mention["mentions"] as? [[String: Any]]) ?? [])
        + ((mention["references"] as? [[String: Any]]) ?? [])
      let hit = spans.contains {
        ($0["start"] as? NSNumber)?.intValue == span.start && ($0["end"] as? NSNumber)?.intValue == span.end
      }
      if !hit { return false }
    }
    for (field, value) in example.expected {
      guard Self.values(of: mention[field]).contains(value) else { return false }
    }
    return true
  }

  /// The mentions of a dimension as JSON objects, as the record prints them.
  static func mentions(of dimension: String, in record: Record) -> [[String: Any]] {
    var json = JSONWriter()
    RecordWriter().write(record, to: &json)
    guard let object = try? JSONSerialization.jsonObject(with: Data(json.bytes)) as? [String: Any]
    else { return [] }
    return object[dimension] as? [[String: Any]] ?? []
  }

  /// A field's value(s) as strings: numbers without a needless fraction,
  /// `null` for null, each element of an array.
  static func values(of value: Any?) -> [String] {
    switch value {
    case nil, is NSNull: return ["null"]
    case let string as String: return [string]
    case let number as NSNumber:
      let double = number.doubleValue
      var json = JSONWriter()
      json.number(double)
      return [json.string]
    case let array as [Any]: return array.flatMap { values(of: $0) }
    default: return ["\(value!)"]
    }
  }

  static func summary(_ mentions: [[String: Any]]) -> String {
    guard !mentions.isEmpty else { return "nothing" }
    return mentions.map { mention in
      let keys = ["text", "name", "type", "kind", "value", "unit", "speaker"]
      return "{" + keys.compactMap { key in
        mention[key].flatMap { $0 is NSNull ? nil : "\(key)=\(values(of: $0).joined(separator: ","))" }
      }.joined(separator: " ") + "}"
    }.joined(separator: ", ")
  }
}
