import Foundation
import Gleaner
import GleanerCore
import GleanerLoad
import Testing

/// Inputs of hundreds of megabytes: refused by `--max-bytes` in bounded
/// memory, or cut off by `--timeout`. Serialized, so that the peak-memory
/// figures of one test are not another's.
@Suite(.serialized) struct LargeInputTests {
  static let megabyte = 1 << 20

  /// Writes `count` copies of `chunk` after `head` and before `tail` to a
  /// new file, without holding the whole in memory.
  static func write(_ name: String, head: [UInt8], chunk: [UInt8], count: Int, tail: [UInt8]) throws -> String {
    let folder = try InputLoaderTests.folder([:])
    let path = folder.appendingPathComponent(name).path
    _ = FileManager.default.createFile(atPath: path, contents: nil)
    let handle = try #require(FileHandle(forWritingAtPath: path))
    handle.write(Data(head))
    let data = Data(chunk)
    for _ in 0..<count { handle.write(data) }
    handle.write(Data(tail))
    try handle.close()
    return path
  }

  static func load(_ path: String, limits: LoadLimits) -> [LoadedItem] {
    var items: [LoadedItem] = []
    InputLoader(limits: limits).load([path]) { items.append($0) }
    return items
  }

  @Test func aJSONLineOf200MegabytesIsRefusedInBoundedMemory() throws {
    let good = Array(#"{"id":"before","text":"Talks resumed."}"#.utf8) + [0x0A]
    let after = [0x0A] + Array(#"{"id":"after","text":"Talks ended."}"#.utf8) + [0x0A]
    let chunk = Array(String(repeating: "word ", count: Self.megabyte / 5).utf8)
    let path = try Self.write(
      "big.jsonl", head: good + Array(#"{"id":"huge","text":""#.utf8), chunk: chunk, count: 200,
      tail: Array("\"}".utf8) + after)
    defer { try? FileManager.default.removeItem(atPath: path) }
    let before = Hostile.peakMemory()
    let started = Date()
    let items = Self.load(path, limits: LoadLimits(maxBytes: 4 * Self.megabyte))
    let seconds = Date().timeIntervalSince(started)
    #expect(items.count == 3)
    let described = items.map(InputLoaderTests.describe)
    #expect(described.first == "before:text")
    #expect(described.last == "after:text")
    #expect(described[1].contains(":2:error:line longer than the limit of 4194304 bytes (--max-bytes)"))
    if let before, let peak = Hostile.peakMemory() {
      // The 200 MB line is skipped, never held: the peak grows by a few
      // chunks at most (other suites run beside this one, hence the margin).
      #expect(peak - before < 150 * Self.megabyte, "peak grew by \((peak - before) / Self.megabyte) MiB")
    }
    #expect(seconds < 30 * Hostile.timeFactor, "\(seconds) s")
  }

  @Test func a100MegabyteSingleLinePageIsRefusedByMaxBytes() throws {
    let chunk = Array(String(repeating: "Talks resumed on Tuesday. ", count: Self.megabyte / 26).utf8)
    let path = try Self.write(
      "huge.html", head: Array("<html><body><p>".utf8), chunk: chunk, count: 100,
      tail: Array("</p></body></html>".utf8))
    defer { try? FileManager.default.removeItem(atPath: path) }
    let before = Hostile.peakMemory()
    let items = Self.load(path, limits: LoadLimits())
    guard case .failure(let id, _, let error) = try #require(items.first) else {
      Issue.record("a 100 MB page is over the default 64 MiB limit")
      return
    }
    #expect(id == "huge.html")
    #expect(error.reason.contains("--max-bytes"))
    if let before, let peak = Hostile.peakMemory() {
      #expect(peak - before < 160 * Self.megabyte, "peak grew by \((peak - before) / Self.megabyte) MiB")
    }
  }

  @Test(arguments: [InputFormat.html, .text])
  func a100MegabyteSingleLinePageStopsAtItsTimeBudget(format: InputFormat) throws {
    let line = String(repeating: "Talks resumed on Tuesday in Doha, said Ana Ruiz. ", count: 100 * Self.megabyte / 50)
    let bytes = format == .html ? Array(("<p>" + line + "</p>").utf8) : Array(line.utf8)
    let outcome = Hostile.run(bytes, format: format, timeout: 2)
    if let error = outcome.error {
      #expect(error.reason == "took longer than 2 s (--timeout)")
    }
    // The stretches between two checks (libxml2's parse, a decoding pass)
    // are not interrupted, so allow for them.
    #expect(outcome.seconds < 30 * Hostile.timeFactor, "\(outcome.seconds) s")
  }

  @Test func aGzipBombInsideAJSONLinesFileIsStopped() throws {
    // 128 MB of spaces after one line, gzipped to about 128 KB: stopped by the ratio
    // check long before it is inflated; the lines read before it are kept.
    let line = Array(#"{"id":"a","text":"Talks resumed."}"#.utf8) + [0x0A]
    var plain = line
    plain += [UInt8](repeating: 0x20, count: 128 << 20)
    let compressed = try CompressedAndWARCTests.gzip(plain)
    let root = try InputLoaderTests.folder(["bomb.jsonl.gz": compressed])
    let started = Date()
    let items = Self.load(root.appendingPathComponent("bomb.jsonl.gz").path, limits: LoadLimits(maxBytes: 1 << 20)).map(InputLoaderTests.describe)
    #expect(items.first == "a:text")
    #expect(items.count == 2)
    #expect(items.last?.contains("error") == true, "\(items)")
    #expect(Date().timeIntervalSince(started) < 30 * Hostile.timeFactor)
  }
}
