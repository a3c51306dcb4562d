import GleanerCore

/// Reads a plain-text article: an optional `date YYYY-MM-DD Title` header,
/// then one paragraph per non-blank line.
///
/// A short line without closing punctuation (fewer than 15 words, not ending
/// in `.`, `!`, `?`, `:`, `;` or `,` before any closing quotation mark) is a
/// subheading and kept as its own `heading` block.
public enum PlainTextReader {
  public static func read(_ bytes: [UInt8]) throws(DocumentError) -> MarkedUpDocument {
    var text = try TextDecoding.decode(bytes)
    var title: String?
    var published: String?
    var blocks: [Block] = []
    var sawContent = false
    text.makeContiguousUTF8()
    // Lines end at \n, \r\n or \r.
    _ = text.utf8.withContiguousStorageIfAvailable { buffer in
      var start = 0
      var index = 0
      func take(_ end: Int) {
        let line = buffer[start..<end]
        start = end
        guard line.contains(where: { $0 > 0x20 }) else { return }
        if !sawContent {
          sawContent = true
          if let header = parseHeader(Substring(decoding: line, as: UTF8.self)) {
            (published, title) = header
            return
          }
        }
        let normalized = WhitespaceNormalizer.collapse(line)
        guard !normalized.isEmpty else { return }
        blocks.append(Block(isHeading(normalized) ? .heading : .paragraph, normalized))
      }
      while index < buffer.count {
        let byte = buffer[index]
        if byte == 0x0A || byte == 0x0D {
          take(index)
          index += (byte == 0x0D && index + 1 < buffer.count && buffer[index + 1] == 0x0A) ? 2 : 1
          start = index
        } else {
          index += 1
        }
      }
      take(buffer.count)
    }
    return MarkedUpDocument(title: title, published: published, blocks: blocks)
  }

  /// `date YYYY-MM-DD Title` → (date, title); leading spaces are allowed.
  static func parseHeader(_ line: Substring) -> (String, String?)? {
    let trimmed = line.trimmingWhitespace()
    guard trimmed.hasPrefix("date ") else { return nil }
    let rest = trimmed.dropFirst(5).trimmingWhitespace()
    let date = String(rest.prefix(10))
    guard isISODate(date) else { return nil }
    let title = rest.dropFirst(10).trimmingWhitespace()
    return (date, title.isEmpty ? nil : String(title))
  }

  static func isISODate(_ text: String) -> Bool {
    let bytes = Array(text.utf8)
    guard bytes.count == 10, bytes[4] == 45, bytes[7] == 45 else { return false }
    for (index, byte) in bytes.enumerated() where index != 4 && index != 7 {
      guard (48...57).contains(byte) else { return false }
    }
    return true
  }

  static func isHeading(_ line: String) -> Bool {
    let closing: Set<Character> = ["\"", "'", "”", "’", "»", ")"]
    var trimmed = Substring(line)
    while let last = trimmed.last, closing.contains(last) { trimmed = trimmed.dropLast() }
    guard let last = trimmed.last, !".!?:;,…".contains(last) else { return false }
    return line.split(separator: " ").count < 15
  }
}
