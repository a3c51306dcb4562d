import Foundation
import GleanerCore
import GleanerLoad
import Testing

@Suite struct CompressedAndWARCTests {
  /// `bytes` compressed by the system's gzip.
  static func gzip(_ bytes: [UInt8]) throws -> [UInt8] {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
    process.arguments = ["gzip", "-c", "-9"]
    let input = Pipe()
    let output = Pipe()
    process.standardInput = input
    process.standardOutput = output
    try process.run()
    let writer = Thread {
      input.fileHandleForWriting.write(Data(bytes))
      try? input.fileHandleForWriting.close()
    }
    writer.start()
    let data = output.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    return [UInt8](data)
  }

  static func warcRecord(type: String, uri: String, http: String) -> [UInt8] {
    let block = Array(http.utf8)
    let header = """
      WARC/1.0\r
      WARC-Type: \(type)\r
      WARC-Target-URI: \(uri)\r
      WARC-Date: 2024-03-05T10:00:00Z\r
      Content-Type: application/http; msgtype=\(type)\r
      Content-Length: \(block.count)\r
      \r

      """
    return Array(header.utf8) + block + Array("\r\n\r\n".utf8)
  }

  static let warc: [UInt8] =
    warcRecord(type: "request", uri: "https://news.example/a", http: "GET /a HTTP/1.1\r\nHost: news.example\r\n\r\n")
    + warcRecord(
      type: "response", uri: "https://news.example/a",
      http: "HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\n\r\n<html><body><p>Story A.</p></body></html>")
    + warcRecord(type: "response", uri: "https://news.example/logo.png", http: "HTTP/1.1 200 OK\r\nContent-Type: image/png\r\n\r\nPNG")
    + warcRecord(
      type: "response", uri: "https://news.example/b",
      http: "HTTP/1.1 200 OK\r\nContent-Type: text/plain\r\nTransfer-Encoding: chunked\r\n\r\n6\r\nStory \r\n2\r\nB.\r\n0\r\n\r\n")

  @Test func readsWARCResponsesAndSkipsTheRest() throws {
    let root = try InputLoaderTests.folder(["crawl.warc": Self.warc])
    let items = InputLoaderTests.load([root.appendingPathComponent("crawl.warc").path])
    let documents = items.compactMap { if case .document(let d) = $0 { d } else { nil } }
    #expect(documents.map(\.id) == ["https://news.example/a", "https://news.example/b"])
    #expect(documents.map(\.format) == [.html, .text])
    #expect(documents[0].fallbackPublished == "2024-03-05")
    #expect(documents[0].declaredCharset == "utf-8")
    #expect(String(decoding: documents[1].bytes, as: UTF8.self) == "Story B.")
  }

  @Test func readsGzipMembersOneAfterAnother() throws {
    // A WARC.gz holds one gzip member per record.
    let records = [Self.warc]
    let gz = try records.flatMap { try Self.gzip($0) } + (try Self.gzip(Self.warcRecord(
      type: "response", uri: "https://news.example/c",
      http: "HTTP/1.1 200 OK\r\nContent-Type: text/html\r\n\r\n<p>C</p>")))
    let root = try InputLoaderTests.folder(["crawl.warc.gz": gz])
    let items = InputLoaderTests.load([root.appendingPathComponent("crawl.warc.gz").path])
    #expect(items.map(InputLoaderTests.describe) == [
      "https://news.example/a:html", "https://news.example/b:text", "https://news.example/c:html",
    ])
  }

  @Test func readsGzipJSONLines() throws {
    let lines = (0..<500).map { "{\"id\": \"n\($0)\", \"text\": \"Story \($0).\"}" }.joined(separator: "\n")
    let root = try InputLoaderTests.folder(["batch.jsonl.gz": try Self.gzip(Array(lines.utf8))])
    let items = InputLoaderTests.load([root.appendingPathComponent("batch.jsonl.gz").path])
    #expect(items.count == 500)
    #expect(InputLoaderTests.describe(items[499]) == "n499:text")
  }

  @Test func stopsAGzipBomb() throws {
    let bomb = try Self.gzip([UInt8](repeating: UInt8(ascii: "a"), count: 80 << 20))
    let root = try InputLoaderTests.folder(["bomb.jsonl.gz": bomb])
    let items = InputLoaderTests.load(
      [root.appendingPathComponent("bomb.jsonl.gz").path], limits: LoadLimits(maxBytes: 1 << 20))
    #expect(items.count >= 1)
    #expect(items.contains { InputLoaderTests.describe($0).contains("gzip bomb") })
  }

  @Test func aCorruptWARCFailsNamingTheRecord() throws {
    let root = try InputLoaderTests.folder(["bad.warc": Self.warc + Array("WARC/1.0\r\nContent-Length: x\r\n\r\n".utf8)])
    let items = InputLoaderTests.load([root.appendingPathComponent("bad.warc").path]).map(InputLoaderTests.describe)
    #expect(items.count == 3)
    #expect(items[2].contains("record 5:error:WARC record without a valid Content-Length"))
  }
}
