import Foundation
import Gleaner
import GleanerCore
import Testing

/// Helpers for the hostile-input tests: run a document through the pipeline
/// with a time budget, and read the process's peak memory.
enum Hostile {
  /// What one document gave, and how long it took.
  struct Outcome {
    var record: Record?
    var error: DocumentError?
    var seconds: Double
  }

  /// Runs `bytes` as a `format` document with a `timeout` budget (by default 20 s,
  /// times `timeFactor` under a sanitizer, where the same work runs many times slower).
  static func run(
    _ bytes: [UInt8], format: InputFormat, timeout: Double = 20 * timeFactor, charset: String? = nil
  ) -> Outcome {
    let document = RawDocument(id: "hostile", source: "hostile", format: format, bytes: bytes, declaredCharset: charset)
    let started = Date()
    do {
      let record = try TestSupport.pipeline.record(
        for: document, defaultPublished: "2025-02-04", deadline: Deadline(seconds: timeout))
      return Outcome(record: record, seconds: Date().timeIntervalSince(started))
    } catch {
      return Outcome(error: error, seconds: Date().timeIntervalSince(started))
    }
  }

  static func run(_ text: String, format: InputFormat, timeout: Double = 20 * timeFactor) -> Outcome {
    run(Array(text.utf8), format: format, timeout: timeout)
  }

  /// Runs `text` as a plain-text document and returns its record, expecting it
  /// within `seconds` (times `timeFactor`): the fuzz regressions that once took
  /// time growing with the square of their input.
  static func record(
    _ text: String, within seconds: Double, sourceLocation: SourceLocation = #_sourceLocation
  ) throws -> Record {
    let outcome = run(text, format: .text)
    #expect(outcome.seconds < seconds * timeFactor, "\(outcome.seconds) s", sourceLocation: sourceLocation)
    return try #require(outcome.record, sourceLocation: sourceLocation)
  }

  /// How much slower than a plain debug build this run is: time limits in
  /// the tests are multiplied by it (`scripts/sanitize.sh` sets
  /// `GLEANER_TIME_FACTOR`).
  static let timeFactor: Double = {
    ProcessInfo.processInfo.environment["GLEANER_TIME_FACTOR"].flatMap(Double.init) ?? 1
  }()

  /// The process's peak resident memory so far (VmHWM), in bytes; nil where
  /// /proc is missing, or under a sanitizer (AddressSanitizer keeps freed
  /// memory in quarantine, so the peak says nothing of what was held).
  static func peakMemory() -> Int? {
    guard ProcessInfo.processInfo.environment["GLEANER_SANITIZER"] == nil else { return nil }
    guard let status = try? String(contentsOfFile: "/proc/self/status", encoding: .utf8),
      let line = status.split(separator: "\n").first(where: { $0.hasPrefix("VmHWM:") })
    else { return nil }
    let digits = line.filter(\.isNumber)
    return Int(digits).map { $0 * 1024 }
  }

  /// Whether `text` holds no NUL and no C0 control other than `\n`.
  static func isClean(_ text: String) -> Bool {
    !text.unicodeScalars.contains { $0.value < 0x20 && $0 != "\n" }
  }
}
