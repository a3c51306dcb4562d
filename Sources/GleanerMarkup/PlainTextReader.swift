import GleanerCore

/// Reads a plain-text article: an optional `date YYYY-MM-DD Title` header,
/// then one paragraph per non-blank line.
///
/// A short line without closing punctuation (fewer than 15 words, not ending
/// in `.`, `!`, `?`, `:`, `;` or `,` before any closing quotation mark) is a
/// subheading and kept as its own `heading` block.
public enum PlainTextReader {
  public static func read(
    _ bytes: [UInt8], deadline: Deadline = .never
  ) throws(DocumentError) -> MarkedUpDocument {
    let text = try TextDecoding.decode(bytes)
    // Work on the UTF-8 bytes: a 100 MB line is split and normalized in one
    // linear pass, with the deadline checked as it goes.
    let utf8 = Array(text.utf8)
    var lines = lineRanges(utf8)
    var title: String?
    var published: String?
    if let first = lines.firstIndex(where: { range in utf8[range].contains { $0 > 0x20 } }),
      lines[first].count < 4096,
      let header = parseHeader(Substring(String(decoding: utf8[lines[first]], as: UTF8.self)))
    {
      (published, title) = header
      lines.removeSubrange(...first)
    }
    var blocks: [Block] = []
    for (number, line) in lines.enumerated() {
      if number & 0x3FF == 0x3FF { try deadline.check("markup") }
      let normalized = try normalizeSpaces(utf8, line, deadline: deadline)
      guard !normalized.isEmpty else { continue }
      blocks.append(Block(isHeading(normalized) ? .heading : .paragraph, normalized))
    }
    try deadline.check("markup")
    return MarkedUpDocument(title: title, published: published, blocks: blocks)
  }

  /// The byte ranges of the lines, without their `\n`, `\r\n` or `\r`.
  static func lineRanges(_ bytes: [UInt8]) -> [Range<Int>] {
    var ranges: [Range<Int>] = []
    bytes.withUnsafeBufferPointer { buffer in
      var start = 0
      var index = 0
      while index < buffer.count {
        let byte = buffer[index]
        if byte == 0x0A || byte == 0x0D {
          ranges.append(start..<index)
          index += byte == 0x0D && index + 1 < buffer.count && buffer[index + 1] == 0x0A ? 2 : 1
          start = index
        } else {
          index += 1
        }
      }
      ranges.append(start..<buffer.count)
    }
    return ranges
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

  /// Collapses runs of white space into one space, drops control
  /// characters and trims the ends.
  static func normalizeSpaces(_ line: Substring) -> String {
    let bytes = Array(line.utf8)
    return (try? normalizeSpaces(bytes, 0..<bytes.count, deadline: .never)) ?? ""
  }

  /// `normalizeSpaces` over `bytes[range]` (valid UTF-8), checking
  /// `deadline` every MiB.
  static func normalizeSpaces(
    _ bytes: [UInt8], _ range: Range<Int>, deadline: Deadline
  ) throws(DocumentError) -> String {
    var result: [UInt8] = []
    result.reserveCapacity(range.count)
    var pendingSpace = false
    var index = range.lowerBound
    var nextCheck = index + (1 << 20)
    while index < range.upperBound {
      if index >= nextCheck {
        try deadline.check("markup")
        nextCheck = index + (1 << 20)
      }
      let lead = bytes[index]
      if lead < 0x80 {
        index += 1
        if lead == 0x20 || (0x09...0x0D).contains(lead) {
          pendingSpace = !result.isEmpty
        } else if lead >= 0x20 && lead != 0x7F {
          if pendingSpace {
            result.append(0x20)
            pendingSpace = false
          }
          result.append(lead)
        }
        continue
      }
      let length = lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : 2
      let end = min(index + length, range.upperBound)
      var value = UInt32(lead & (length == 2 ? 0x1F : length == 3 ? 0x0F : 0x07))
      for continuation in bytes[(index + 1)..<end] { value = value << 6 | UInt32(continuation & 0x3F) }
      let scalar = Unicode.Scalar(value) ?? "\u{FFFD}"
      defer { index = end }
      if scalar.properties.isWhitespace || scalar == "\u{FEFF}" {
        pendingSpace = !result.isEmpty
        continue
      }
      if (0x7F..<0xA0).contains(scalar.value) { continue }
      if pendingSpace {
        result.append(0x20)
        pendingSpace = false
      }
      result.append(contentsOf: bytes[index..<end])
    }
    return String(decoding: result, as: UTF8.self)
  }

  static func isHeading(_ line: String) -> Bool {
    let closing: Set<Character> = ["\"", "'", "”", "’", "»", ")"]
    var trimmed = Substring(line)
    while let last = trimmed.last, closing.contains(last) { trimmed = trimmed.dropLast() }
    guard let last = trimmed.last, !".!?:;,…".contains(last) else { return false }
    return line.split(separator: " ").count < 15
  }
}
