import GleanerCore

/// Reads the HTML and text responses of a WARC file (plain or gzip).
///
/// Each `response` record whose HTTP payload is HTML or plain text becomes a
/// document: its `WARC-Target-URI` is the id, source and URL, its
/// `WARC-Date` the publication date when the page gives none. Other records
/// (requests, metadata, images) are skipped. A malformed record ends the
/// file with a failure naming the record; the documents before it are kept.
struct WARCReader {
  var limits: LoadLimits

  func read(_ stream: any ByteStream, source: String, _ body: (LoadedItem) throws -> Void) rethrows {
    let reader = ByteReader(stream)
    var recordNumber = 0
    while true {
      recordNumber += 1
      let name = "\(source):record \(recordNumber)"
      let next: Next
      do {
        next = try readRecord(reader)
      } catch {
        try body(.failure(id: name, source: name, error: error))
        return
      }
      switch next {
      case .end: return
      case .skip: continue
      case .item(let item): try body(item)
      }
    }
  }

  private enum Next {
    case end
    case skip
    case item(LoadedItem)
  }

  private func readRecord(_ reader: ByteReader) throws(DocumentError) -> Next {
    guard let header = try readHeader(reader) else { return .end }
    guard let length = header["content-length"].flatMap({ Int($0) }), length >= 0 else {
      throw DocumentError(stage: "load", "WARC record without a valid Content-Length")
    }
    let uri = header["warc-target-uri"].map { $0.trimmingCharacters(in: "<>") } ?? "?"
    let isResponse = header["warc-type"] == "response"
      && (header["content-type"] ?? "").lowercased().contains("application/http")
    guard isResponse else {
      try reader.skip(length)
      return .skip
    }
    if length > limits.maxBytes {
      try reader.skip(length)
      return .item(
        .failure(
          id: uri, source: uri,
          error: DocumentError(stage: "load", "WARC record larger than the limit of \(limits.maxBytes) bytes (--max-bytes)")))
    }
    let block = try reader.read(length)
    guard block.count == length else {
      throw DocumentError(stage: "load", "WARC record cut short (\(block.count) of \(length) bytes)")
    }
    return Self.document(fromHTTP: block, uri: uri, date: header["warc-date"]).map { .item($0) } ?? .skip
  }

  /// The WARC header fields, lower-cased names; nil at the end of the file.
  private func readHeader(_ reader: ByteReader) throws(DocumentError) -> [String: String]? {
    var fields: [String: String] = [:]
    var sawVersion = false
    while true {
      switch try reader.readLine(limit: 64 << 10) {
      case .end:
        if sawVersion { throw DocumentError(stage: "load", "WARC file ends inside a record header") }
        return nil
      case .tooLong:
        throw DocumentError(stage: "load", "WARC header line too long")
      case .line(var line):
        if line.last == 0x0D { line.removeLast() }
        if !sawVersion {
          if line.isEmpty { continue }  // blank lines between records
          guard line.starts(with: Array("WARC/".utf8)) else {
            throw DocumentError(stage: "load", "not a WARC record (no WARC/ version line)")
          }
          sawVersion = true
          continue
        }
        if line.isEmpty { return fields }
        if let colon = line.firstIndex(of: UInt8(ascii: ":")) {
          let name = String(decoding: line[..<colon], as: UTF8.self).lowercased()
          let value = String(decoding: line[(colon + 1)...], as: UTF8.self).trimmingWhitespace()
          fields[name] = String(value)
        }
      }
    }
  }

  /// A document from an HTTP response block, or nil when it is not an
  /// article (not 2xx, not HTML or text).
  static func document(fromHTTP block: [UInt8], uri: String, date: String?) -> LoadedItem? {
    guard let headerEnd = findHeaderEnd(block) else { return nil }
    let head = String(decoding: block[..<headerEnd.start], as: UTF8.self)
    var lines = head.split(omittingEmptySubsequences: true) { $0 == "\r\n" || $0 == "\n" }
    guard !lines.isEmpty else { return nil }
    let status = lines.removeFirst().split(separator: " ")
    guard status.count >= 2, let code = Int(status[1]), (200..<300).contains(code) else { return nil }
    var headers: [String: String] = [:]
    for line in lines {
      guard let colon = line.firstIndex(of: ":") else { continue }
      headers[line[..<colon].lowercased()] = String(line[line.index(after: colon)...].trimmingWhitespace())
    }
    let contentType = headers["content-type"]?.lowercased() ?? ""
    let format: InputFormat
    if contentType.contains("html") || contentType.contains("xml") {
      format = .html
    } else if contentType.hasPrefix("text/plain") {
      format = .text
    } else {
      return nil
    }
    var payload = Array(block[headerEnd.end...])
    if headers["transfer-encoding"]?.lowercased().contains("chunked") == true {
      payload = dechunk(payload)
    }
    let published = date.map { String($0.prefix(10)) }
    return .document(
      RawDocument(
        id: uri, source: uri, format: format, bytes: payload,
        declaredCharset: headers["content-type"].flatMap(Self.charset), url: uri,
        fallbackPublished: published))
  }

  /// Where the HTTP header ends: the blank line, and the first body byte.
  private static func findHeaderEnd(_ block: [UInt8]) -> (start: Int, end: Int)? {
    var index = 0
    while index + 1 < block.count {
      if block[index] == 0x0A {
        if block[index + 1] == 0x0A { return (index, index + 2) }
        if block[index + 1] == 0x0D, index + 2 < block.count, block[index + 2] == 0x0A {
          return (index, index + 3)
        }
      }
      index += 1
    }
    return nil
  }

  /// Undoes HTTP chunked transfer encoding; stops at the first bad chunk.
  static func dechunk(_ bytes: [UInt8]) -> [UInt8] {
    var result: [UInt8] = []
    var index = 0
    while index < bytes.count {
      guard let lineEnd = bytes[index...].firstIndex(of: 0x0A) else { break }
      let sizeText = String(decoding: bytes[index..<lineEnd], as: UTF8.self)
        .split(separator: ";").first?.trimmingWhitespace() ?? ""
      guard let size = Int(sizeText, radix: 16), size > 0 else { break }
      let start = lineEnd + 1
      let end = min(bytes.count, start + size)
      result.append(contentsOf: bytes[start..<end])
      index = end
      while index < bytes.count, bytes[index] == 0x0D || bytes[index] == 0x0A { index += 1 }
    }
    return result
  }

  static func charset(_ contentType: String) -> String? {
    for part in contentType.split(separator: ";") {
      let trimmed = part.trimmingWhitespace()
      if trimmed.lowercased().hasPrefix("charset=") {
        return String(trimmed.dropFirst(8)).trimmingCharacters(in: "\"'")
      }
    }
    return nil
  }
}

extension String {
  /// The string without leading and trailing characters from `set`.
  func trimmingCharacters(in set: String) -> String {
    var result = Substring(self)
    while let first = result.first, set.contains(first) { result = result.dropFirst() }
    while let last = result.last, set.contains(last) { result = result.dropLast() }
    return String(result)
  }
}
