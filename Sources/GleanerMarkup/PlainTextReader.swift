import GleanerCore

/// Reads a plain-text article: an optional `date YYYY-MM-DD Title` header,
/// then one paragraph per non-blank line.
///
/// A short line without closing punctuation (fewer than 15 words, not ending
/// in `.`, `!`, `?`, `:`, `;` or `,` before any closing quotation mark) is a
/// subheading and kept as its own `heading` block.
public enum PlainTextReader {
  public static func read(_ bytes: [UInt8]) throws(DocumentError) -> MarkedUpDocument {
    let text = try TextDecoding.decode(bytes)
    var lines = text.split(omittingEmptySubsequences: false) { $0 == "\n" || $0 == "\r\n" || $0 == "\r" }
    var title: String?
    var published: String?
    if let first = lines.firstIndex(where: { !$0.trimmingWhitespace().isEmpty }),
      let header = parseHeader(lines[first])
    {
      (published, title) = header
      lines.removeSubrange(...first)
    }
    var blocks: [Block] = []
    for line in lines {
      let normalized = normalizeSpaces(line)
      guard !normalized.isEmpty else { continue }
      blocks.append(Block(isHeading(normalized) ? .heading : .paragraph, normalized))
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

  /// Collapses runs of white space into one space and trims the ends.
  static func normalizeSpaces(_ line: Substring) -> String {
    var result = ""
    result.reserveCapacity(line.utf8.count)
    var pendingSpace = false
    for scalar in line.unicodeScalars {
      if scalar.properties.isWhitespace || scalar == "\u{FEFF}" {
        pendingSpace = !result.isEmpty
        continue
      }
      if scalar.value < 0x20 || (0x7F..<0xA0).contains(scalar.value) { continue }
      if pendingSpace {
        result.append(" ")
        pendingSpace = false
      }
      result.unicodeScalars.append(scalar)
    }
    return result
  }

  static func isHeading(_ line: String) -> Bool {
    let closing: Set<Character> = ["\"", "'", "”", "’", "»", ")"]
    var trimmed = Substring(line)
    while let last = trimmed.last, closing.contains(last) { trimmed = trimmed.dropLast() }
    guard let last = trimmed.last, !".!?:;,…".contains(last) else { return false }
    return line.split(separator: " ").count < 15
  }
}
