import Foundation
import GleanerCore

/// Reads a JSON Lines stream of articles, one document per line.
///
/// Each line is an object with `id`, and `text` or `html`, and optionally
/// `url`, `title` and `published`. A malformed line, or one over the size
/// limit, becomes a failure naming `SOURCE:LINE`; the lines after it go on.
struct JSONLinesReader {
  var limits: LoadLimits

  func read(_ stream: any ByteStream, source: String, _ body: (LoadedItem) throws -> Void) rethrows {
    let reader = ByteReader(stream)
    var lineNumber = 0
    while true {
      lineNumber += 1
      let line: ByteReader.Line
      do {
        line = try reader.readLine(limit: limits.maxBytes)
      } catch {
        try body(.failure(id: "\(source):\(lineNumber)", source: "\(source):\(lineNumber)", error: error))
        return
      }
      switch line {
      case .end: return
      case .tooLong:
        try body(
          .failure(
            id: "\(source):\(lineNumber)", source: "\(source):\(lineNumber)",
            error: DocumentError(stage: "load", "line longer than the limit of \(limits.maxBytes) bytes (--max-bytes)")))
      case .line(let bytes):
        guard bytes.contains(where: { $0 != 0x20 && $0 != 0x09 && $0 != 0x0D }) else { continue }
        try body(Self.document(fromLine: Data(bytes), source: "\(source):\(lineNumber)"))
      }
    }
  }

  /// Parses one JSON line into a document, or a failure naming the line.
  static func document(fromLine data: Data, source: String) -> LoadedItem {
    let object: Any
    do {
      object = try JSONSerialization.jsonObject(with: data, options: [])
    } catch {
      return .failure(id: source, source: source, error: DocumentError(stage: "load", "malformed JSON line"))
    }
    guard let fields = object as? [String: Any] else {
      return .failure(id: source, source: source, error: DocumentError(stage: "load", "a JSON line must be an object"))
    }
    let id: String
    switch fields["id"] {
    case let string as String: id = string
    case let number as NSNumber: id = number.stringValue
    default: id = source
    }
    let url = fields["url"] as? String
    let title = fields["title"] as? String
    let published = fields["published"] as? String
    if let html = fields["html"] as? String {
      return .document(
        RawDocument(
          id: id, source: source, format: .html, bytes: Array(html.utf8), declaredCharset: "utf-8",
          url: url, title: title, published: published))
    }
    if let text = fields["text"] as? String {
      return .document(
        RawDocument(
          id: id, source: source, format: .text, bytes: Array(text.utf8), url: url, title: title,
          published: published))
    }
    return .failure(id: id, source: source, error: DocumentError(stage: "load", "the line has neither \"text\" nor \"html\""))
  }
}

/// A byte stream over bytes already in memory.
struct MemoryByteStream: ByteStream {
  var bytes: [UInt8]

  mutating func next() throws(DocumentError) -> [UInt8] {
    defer { bytes = [] }
    return bytes
  }
}
