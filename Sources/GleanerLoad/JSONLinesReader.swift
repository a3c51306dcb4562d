import Foundation
import GleanerCore

/// Reads a JSON Lines stream of articles, one document per line.
///
/// Each line is an object with `id`, and `text` or `html`, and optionally
/// `url`, `title` and `published`. A malformed line, or one over the size
/// limit, becomes a failure naming `SOURCE:LINE`; the lines after it go on.
struct JSONLinesReader {
  var limits: LoadLimits
  private static let chunkSize = 1 << 20

  func read(handle: FileHandle, source: String, _ body: (LoadedItem) throws -> Void) rethrows {
    var buffer: [UInt8] = []
    var lineNumber = 0
    var skipping = false  // inside an over-long line
    while true {
      let chunk = (try? handle.read(upToCount: Self.chunkSize)) ?? nil
      guard let chunk, !chunk.isEmpty else { break }
      buffer.append(contentsOf: chunk)
      var lineStart = 0
      while let newline = buffer[lineStart...].firstIndex(of: 0x0A) {
        lineNumber += 1
        if skipping {
          skipping = false
        } else if newline - lineStart > limits.maxBytes {
          try body(tooLong(lineNumber, source))
        } else {
          try emit(buffer[lineStart..<newline], lineNumber: lineNumber, source: source, body)
        }
        lineStart = newline + 1
      }
      buffer.removeSubrange(0..<lineStart)
      if buffer.count > limits.maxBytes {
        if !skipping {
          try body(tooLong(lineNumber + 1, source))
        }
        skipping = true
        buffer.removeAll(keepingCapacity: true)
      }
    }
    if !buffer.isEmpty && !skipping {
      try emit(buffer[...], lineNumber: lineNumber + 1, source: source, body)
    }
  }

  func read(bytes: [UInt8], source: String, _ body: (LoadedItem) throws -> Void) rethrows {
    var lineNumber = 0
    for line in bytes.split(separator: 0x0A, omittingEmptySubsequences: false) {
      lineNumber += 1
      if line.count > limits.maxBytes {
        try body(tooLong(lineNumber, source))
        continue
      }
      try emit(line, lineNumber: lineNumber, source: source, body)
    }
  }

  private func tooLong(_ lineNumber: Int, _ source: String) -> LoadedItem {
    .failure(
      id: "\(source):\(lineNumber)", source: "\(source):\(lineNumber)",
      error: DocumentError(stage: "load", "line longer than the limit of \(limits.maxBytes) bytes (--max-bytes)"))
  }

  private func emit(
    _ line: ArraySlice<UInt8>, lineNumber: Int, source: String, _ body: (LoadedItem) throws -> Void
  ) rethrows {
    let trimmed = line.drop { $0 == 0x20 || $0 == 0x09 || $0 == 0x0D }
    guard !trimmed.isEmpty, !trimmed.allSatisfy({ $0 == 0x20 || $0 == 0x09 || $0 == 0x0D }) else { return }
    try body(Self.document(fromLine: Data(trimmed), source: "\(source):\(lineNumber)"))
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
