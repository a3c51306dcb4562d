import Foundation
import Gleaner
import GleanerCore
import Testing

/// User rules (`--rules DIR`) are untrusted input: every problem is a
/// `file:line` error, and what loads stays within time limits.
@Suite struct UserRuleTests {
  /// The built-in rules with `files` (relative path → text) layered over them.
  static func pipeline(_ files: [String: [UInt8]]) throws -> Pipeline {
    let folder = try InputLoaderTests.folder(files)
    let rules = try Pipeline.loadRules(layering: [folder])
    return try Pipeline(rules: rules)
  }

  /// The `file:line: message` lines of the load's errors.
  static func errors(_ files: [String: [UInt8]]) -> [String] {
    do {
      _ = try pipeline(files)
      return []
    } catch let error as RuleErrors {
      return error.errors.map(\.description)
    } catch {
      return ["not a RuleErrors: \(error)"]
    }
  }

  @Test func malformedRuleFilesNameFileAndLine() {
    let broken = """
      entry before any section => 1
      @list abbreviation
      | | =>
      @example "unclosed => value=1
      @example no quotes at all
      @never
      @list
      @ x
      @example "fine" => field
      """
    let found = Self.errors(["en/text/broken.rules": Array(broken.utf8)])
    #expect(!found.isEmpty)
    #expect(found.allSatisfy { $0.hasPrefix("en/text/broken.rules:") }, "\(found)")
    let lines = Set(found.compactMap { Int($0.split(separator: ":")[1]) })
    #expect(lines.contains(1), "\(found)")
    #expect(lines.allSatisfy { (1...9).contains($0) })
  }

  @Test func aFileThatIsNotUTF8OrHasNULBytesIsAnError() {
    let notUTF8 = Self.errors(["en/dates/latin.rules": Array("@list month\nf".utf8) + [0xE9, 0x0A]])
    #expect(notUTF8 == ["en/dates/latin.rules:0: the file is not UTF-8 text"])
    let nul = Self.errors(["en/text/nul.rules": Array("@list abbreviation\nd\0r\n".utf8)])
    // A NUL byte is read as part of a phrase or refused; either way no crash.
    #expect(nul.allSatisfy { $0.hasPrefix("en/text/nul.rules:") }, "\(nul)")
  }

  @Test func aVeryLongLineLoadsOrFailsQuickly() {
    let line = "@list abbreviation\n" + String(repeating: "x", count: 2_000_000) + " | " + String(repeating: "| ", count: 100_000) + "\n"
    let started = Date()
    let found = Self.errors(["en/text/long.rules": Array(line.utf8)])
    #expect(found.allSatisfy { $0.hasPrefix("en/text/long.rules:2:") }, "\(found.prefix(3))")
    #expect(Date().timeIntervalSince(started) < 30 * Hostile.timeFactor)
  }

  /// Many optional elements could make the date matcher try every way of
  /// matching them (exponential); its step budget per run keeps it bounded.
  @Test
  func aPathologicalPatternStaysWithinLimits() throws {
    // Forty optional elements in a row, then text full of the words they
    // could match: a backtracking matcher would take exponential time.
    let optional = String(repeating: "{weekday}? ,? ", count: 40)
    let rules = """
      @rule date.pathological resolve=calendar
      \(optional){month} {day}
      """
    let started = Date()
    let pipeline: Pipeline
    do {
      pipeline = try Self.pipeline(["en/dates/pathological.rules": Array(rules.utf8)])
    } catch let error as RuleErrors {
      // Refusing the pattern is fine, if it names the place.
      #expect(error.errors.allSatisfy { $0.description.hasPrefix("en/dates/pathological.rules:") })
      return
    }
    let loadSeconds = Date().timeIntervalSince(started)
    let text = String(repeating: "Monday, Tuesday, ", count: 2_000) + "January 19."
    let document = RawDocument(id: "p", source: "p", format: .text, bytes: Array(text.utf8))
    let runStarted = Date()
    let result = Result { () throws(DocumentError) in
      try pipeline.record(for: document, defaultPublished: "2025-02-04", deadline: Deadline(seconds: 20 * Hostile.timeFactor))
    }
    let runSeconds = Date().timeIntervalSince(runStarted)
    #expect(loadSeconds < 30 * Hostile.timeFactor, "load: \(loadSeconds) s")
    #expect(runSeconds < 25 * Hostile.timeFactor, "run: \(runSeconds) s")
    if case .failure(let error) = result {
      Issue.record("the pattern ran over its budget: \(error.reason) (report to the dates extractor)")
    }
  }

  @Test func aPatternNamingAnUnknownListIsAnError() {
    let found = Self.errors(["en/dates/unknown.rules": Array("@rule date.x resolve=calendar\n{no-such-list} {day}\n".utf8)])
    #expect(found.contains { $0.hasPrefix("en/dates/unknown.rules:2:") }, "\(found)")
  }

  @Test func aHugeGazetteerLoadsInBoundedTime() throws {
    // 200,000 made-up names (two syllables each, no real person).
    let syllables = ["ka", "lo", "mi", "ten", "ru", "sa", "vel", "dor", "qui", "zan", "bre", "to", "ny", "fa", "gil", "ham"]
    var lines = ["@gazetteer generated type=person"]
    lines.reserveCapacity(200_001)
    for index in 0..<200_000 {
      var name = ""
      var value = index
      for part in 0..<5 {
        let syllable = syllables[value % syllables.count]
        value /= syllables.count
        name += part == 0 || part == 3 ? syllable.capitalized : syllable
        if part == 2 { name += " " }
      }
      lines.append(name)
    }
    let text = lines.joined(separator: "\n") + "\n"
    let started = Date()
    let pipeline = try Self.pipeline(["en/actors/generated.rules": Array(text.utf8)])
    let seconds = Date().timeIntervalSince(started)
    #expect(seconds < 120 * Hostile.timeFactor, "\(seconds) s to load 200,000 names")
    let record = try pipeline.record(text: "Yesterday \(lines[12_345]) arrived in Paris.", published: "2025-02-04")
    #expect(record.actors.contains { $0.name == lines[12_345] }, "\(record.actors.map(\.name))")
  }
}
