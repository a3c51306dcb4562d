import Foundation
import Gleaner
import GleanerCore

/// Shared helpers for the test suite.
enum TestSupport {
  /// The package's root folder (where Package.swift is).
  static let root: URL = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

  /// The built-in rules, loaded from Rules/ in the checkout.
  static let rules: RuleSet = {
    do {
      return try RuleSet(sources: RuleSet.read(directory: root.appendingPathComponent("Rules")))
    } catch {
      fatalError("Rules/ does not load: \(error)")
    }
  }()

  /// A pipeline over the checkout's rules, built once.
  static let pipeline: Pipeline = {
    do {
      return try Pipeline(rules: rules)
    } catch {
      fatalError("the pipeline does not build: \(error)")
    }
  }()

  /// The record of a plain text.
  static func record(_ text: String, published: String? = "2025-02-04") -> Record {
    do {
      return try pipeline.record(text: text, published: published)
    } catch {
      fatalError("the pipeline failed on \(text): \(error)")
    }
  }
}

/// Text with one span marked as `⏩...⏪`, as swift-format's tests mark
/// positions: the plain text and the span's Unicode-scalar offsets.
struct MarkedText {
  var text: String
  var span: Span

  init(_ marked: String) {
    guard let (plain, span) = SpanMarkers.parse(marked), let span else {
      fatalError("mark one span as ⏩...⏪ in \(marked)")
    }
    text = plain
    self.span = span
  }
}

/// The Python-style slice `text[start:end]` over Unicode scalars.
func scalarSlice(_ text: String, _ start: Int, _ end: Int) -> String {
  let scalars = Array(text.unicodeScalars)
  guard 0 <= start, start <= end, end <= scalars.count else { return "<out of range>" }
  var result = ""
  result.unicodeScalars.append(contentsOf: scalars[start..<end])
  return result
}
