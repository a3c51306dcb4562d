import Foundation
import Gleaner

/// A one-line progress report on standard error, redrawn in place at most
/// twice a second: documents, throughput, failures and, when the total size
/// is known, the time left.
final class ProgressLine {
  private let totalBytes: Int?
  private let started = Date()
  private var lastDraw = Date.distantPast
  private var drawn = false

  /// - Parameter totalBytes: the size of all inputs, when known.
  init(totalBytes: Int?) {
    self.totalBytes = totalBytes
  }

  /// Whether standard error is a terminal, where a progress line belongs.
  static var isTerminal: Bool { isatty(STDERR_FILENO) == 1 }

  func update(_ summary: BatchRunner.Summary) {
    let now = Date()
    guard now.timeIntervalSince(lastDraw) >= 0.5 else { return }
    lastDraw = now
    let seconds = max(now.timeIntervalSince(started), 1e-3)
    let rate = Double(summary.bytes) / 1e6 / seconds
    var line = String(
      format: "gleaner: %d documents, %.1f MB/s, %d failed", summary.documents, rate, summary.failures)
    if let totalBytes, totalBytes > 0, summary.bytes > 0 {
      let left = Double(max(0, totalBytes - summary.bytes)) / (Double(summary.bytes) / seconds)
      line += String(format: ", %d%%, ETA %d:%02d", min(100, summary.bytes * 100 / totalBytes), Int(left) / 60, Int(left) % 60)
    }
    FileHandle.standardError.write(Data(("\r\u{1B}[K" + line).utf8))
    drawn = true
  }

  /// Clears the line before the final summary.
  func finish() {
    if drawn { FileHandle.standardError.write(Data("\r\u{1B}[K".utf8)) }
  }

  /// The total size of the files and folders among `inputs`, or nil when
  /// some input (a URL, standard input) has no size known in advance.
  static func totalBytes(of inputs: [String]) -> Int? {
    var total = 0
    for input in inputs.isEmpty ? ["-"] : inputs {
      if input == "-" || input.contains("://") { return nil }
      var isDirectory: ObjCBool = false
      guard FileManager.default.fileExists(atPath: input, isDirectory: &isDirectory) else { continue }
      if isDirectory.boolValue {
        let enumerator = FileManager.default.enumerator(atPath: input)
        while let entry = enumerator?.nextObject() as? String {
          total += size(of: input + "/" + entry)
        }
      } else {
        total += size(of: input)
      }
    }
    return total
  }

  private static func size(of path: String) -> Int {
    ((try? FileManager.default.attributesOfItem(atPath: path))?[.size] as? NSNumber)?.intValue ?? 0
  }
}
