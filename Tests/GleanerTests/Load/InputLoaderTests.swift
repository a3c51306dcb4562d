import Foundation
import GleanerCore
import GleanerLoad
import Testing

@Suite struct InputLoaderTests {
  /// A fresh temporary folder with the given files (relative path → bytes).
  static func folder(_ files: [String: [UInt8]]) throws -> URL {
    let root = FileManager.default.temporaryDirectory
      .appendingPathComponent("gleaner-load-\(UUID().uuidString)")
    for (path, bytes) in files {
      let url = root.appendingPathComponent(path)
      try FileManager.default.createDirectory(
        at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
      try Data(bytes).write(to: url)
    }
    try FileManager.default.createDirectory(at: root, withIntermediateDirectories: true)
    return root
  }

  static func load(_ inputs: [String], format: InputFormat = .auto, limits: LoadLimits = LoadLimits()) -> [LoadedItem] {
    var items: [LoadedItem] = []
    InputLoader(format: format, limits: limits).load(inputs) { items.append($0) }
    return items
  }

  static func describe(_ item: LoadedItem) -> String {
    switch item {
    case .document(let document): "\(document.id):\(document.format.rawValue)"
    case .failure(let id, _, let error): "\(id):error:\(error.reason)"
    }
  }

  @Test func walksFoldersRecursivelyInSortedOrderSkippingHiddenAndBinaryFiles() throws {
    let root = try Self.folder([
      "b.txt": Array("Second.".utf8),
      "a.html": Array("<p>First.</p>".utf8),
      "sub/c.text": Array("Third.".utf8),
      "sub/noext": Array("Plain words without an extension.".utf8),
      ".hidden.txt": Array("Hidden.".utf8),
      "image.bin": [0x89, 0x50, 0x4E, 0x47, 0x00, 0x00, 0x01],
      "notes.md": Array("# skipped".utf8),
    ])
    let items = Self.load([root.path]).map(Self.describe)
    #expect(items == ["a.html:html", "b.txt:text", "c.text:text", "noext:text"])
  }

  @Test func namesMissingAndBinaryInputsAndGoesOn() throws {
    let root = try Self.folder(["data.bin": [0, 1, 2, 3, 0, 0xFF], "ok.txt": Array("Fine.".utf8)])
    let items = Self.load([
      root.appendingPathComponent("missing.txt").path,
      root.appendingPathComponent("data.bin").path,
      root.appendingPathComponent("ok.txt").path,
    ]).map(Self.describe)
    #expect(items.count == 3)
    #expect(items[0] == "missing.txt:error:no such file or folder")
    #expect(items[1].hasPrefix("data.bin:error:binary data"))
    #expect(items[2] == "ok.txt:text")
  }

  @Test func readsJSONLinesAndReportsBadLinesByNumber() throws {
    let lines = """
      {"id": "one", "text": "First article.", "published": "2025-02-04", "title": "One"}
      {"id": "two", "html": "<p>Second</p>", "url": "https://example.org/2025/02/03/x"}
      {not json
      ["an", "array"]
      {"id": 7, "title": "no body"}

      {"id": "last", "text": "Still read."}
      """
    let root = try Self.folder(["stream.jsonl": Array(lines.utf8)])
    let path = root.appendingPathComponent("stream.jsonl").path
    let items = Self.load([path])
    #expect(items.map(Self.describe) == [
      "one:text", "two:html", "\(path):3:error:malformed JSON line",
      "\(path):4:error:a JSON line must be an object",
      "7:error:the line has neither \"text\" nor \"html\"", "last:text",
    ])
    guard case .document(let first) = items[0] else { return }
    #expect(first.published == "2025-02-04")
    #expect(first.title == "One")
    #expect(first.source == "\(path):1")
  }

  @Test func cutsOverLongLinesAndFilesAtTheLimit() throws {
    let long = "{\"id\": \"big\", \"text\": \"" + String(repeating: "a", count: 5000) + "\"}"
    let root = try Self.folder([
      "s.jsonl": Array((long + "\n{\"id\": \"small\", \"text\": \"ok\"}\n").utf8),
      "big.txt": Array(repeating: UInt8(ascii: "a"), count: 5000),
    ])
    let limits = LoadLimits(maxBytes: 1000)
    let items = Self.load(
      [root.appendingPathComponent("s.jsonl").path, root.appendingPathComponent("big.txt").path], limits: limits
    ).map(Self.describe)
    #expect(items.count == 3)
    #expect(items[0].contains("line longer than the limit"))
    #expect(items[1] == "small:text")
    #expect(items[2].contains("larger than the limit"))
  }

  @Test func sniffsFormatsWithoutExtensions() {
    #expect(FormatSniffer.sniff(Array("  <!DOCTYPE html><html>".utf8)) == .html)
    #expect(FormatSniffer.sniff(Array("{\"id\": 1}".utf8)) == .jsonl)
    #expect(FormatSniffer.sniff(Array("date 2025-02-04 Title\nBody".utf8)) == .text)
    #expect(FormatSniffer.sniff([0x00, 0x01, 0x02]) == nil)
    #expect(FormatSniffer.format(extension: "HTM") == .html)
  }
}
