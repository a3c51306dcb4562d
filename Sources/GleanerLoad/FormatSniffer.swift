import GleanerCore

/// Decides whether bytes are an HTML page, a JSON Lines stream or text.
public enum FormatSniffer {
  /// The format a file extension names, if any.
  public static func format(extension ext: String) -> InputFormat? {
    switch ext.lowercased() {
    case "html", "htm", "xhtml", "shtml": .html
    case "jsonl", "ndjson": .jsonl
    case "txt", "text": .text
    case "warc": .warc
    default: nil
    }
  }

  /// The format a file name names, looking through a `.gz` ending.
  public static func format(fileName: String) -> InputFormat? {
    var name = Substring(fileName.lowercased())
    if name.hasSuffix(".gz") { name = name.dropLast(3) }
    guard let dot = name.lastIndex(of: ".") else { return nil }
    return format(extension: String(name[name.index(after: dot)...]))
  }

  /// Whether the bytes start a gzip stream.
  public static func isGzip(_ bytes: some Collection<UInt8>) -> Bool {
    bytes.starts(with: [0x1F, 0x8B])
  }

  /// The format the first bytes suggest, or nil for data that is not text.
  public static func sniff(_ bytes: some Collection<UInt8>) -> InputFormat? {
    let head = Array(bytes.prefix(2048))
    var index = 0
    if head.starts(with: [0xEF, 0xBB, 0xBF]) { index = 3 }
    if head.starts(with: [0xFF, 0xFE]) || head.starts(with: [0xFE, 0xFF]) { return .text }
    if head.contains(0) { return nil }
    while index < head.count, [0x20, 0x09, 0x0A, 0x0D].contains(head[index]) { index += 1 }
    guard index < head.count else { return .text }
    if head[index] == UInt8(ascii: "{") { return .jsonl }
    if head[index...].starts(with: Array("WARC/".utf8)) { return .warc }
    if head[index] == UInt8(ascii: "<") {
      let lower = String(decoding: head[index...].map { (65...90).contains($0) ? $0 | 0x20 : $0 }, as: UTF8.self)
      for marker in ["<!doctype html", "<html", "<head", "<body", "<meta", "<title", "<div", "<p>", "<p ", "<article", "<!--"]
      where lower.contains(marker) {
        return .html
      }
    }
    return .text
  }
}
