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
    // Work on the UTF-8 bytes: a 100 MB line is split and normalized in one
    // linear pass, with the deadline checked as it goes.
    let utf8 = try TextDecoding.utf8Bytes(bytes)
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
    blocks.reserveCapacity(lines.count)
    try utf8.withUnsafeBufferPointer { (buffer) throws(DocumentError) in
      for (number, line) in lines.enumerated() {
        if number & 0x3FF == 0x3FF { try deadline.check("markup") }
        let normalized = try normalizeSpaces(buffer, line, deadline: deadline)
        guard !normalized.isEmpty else { continue }
        blocks.append(Block(isHeading(normalized) ? .heading : .paragraph, normalized))
      }
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
        if index + 8 <= buffer.count, !UTF8Bytes.hasLineEnd(buffer, at: index) {
          index += 8
          continue
        }
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
    try bytes.withUnsafeBufferPointer { (buffer) throws(DocumentError) in
      try normalizeSpaces(buffer, range, deadline: deadline)
    }
  }

  /// `normalizeSpaces` over `bytes[range]` (valid UTF-8), written straight
  /// into the new string's storage in one pass over the bytes.
  static func normalizeSpaces(
    _ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>, deadline: Deadline
  ) throws(DocumentError) -> String {
    guard !range.isEmpty else { return "" }
    var failure: DocumentError?
    // The result is never longer than the line: a space stands for at least
    // one white-space byte, everything else is copied or dropped.
    let result = String(unsafeUninitializedCapacity: range.count) { output in
      var count = 0
      var pendingSpace = false
      var index = range.lowerBound
      let end = range.upperBound
      var nextCheck = index + (1 << 20)
      while index < end {
        if index >= nextCheck {
          do throws(DocumentError) {
            try deadline.check("markup")
          } catch {
            failure = error
            return 0
          }
          nextCheck = index + (1 << 20)
        }
        // Eight bytes at a time while they are printable ASCII with single
        // spaces that can stay as they are (see `UTF8Bytes.copiesAsIs`).
        if index + 8 <= end, !pendingSpace,
          let word = UTF8Bytes.wordThatCopiesAsIs(bytes, at: index, atLineStart: count == 0)
        {
          UnsafeMutableRawPointer(output.baseAddress! + count).storeBytes(of: word, as: UInt64.self)
          count += 8
          index += 8
          continue
        }
        let lead = bytes[index]
        if lead < 0x80 {
          index += 1
          if lead > 0x20 && lead != 0x7F {
            if pendingSpace {
              output[count] = 0x20
              count += 1
              pendingSpace = false
            }
            output[count] = lead
            count += 1
          } else if lead == 0x20 || (0x09...0x0D).contains(lead) {
            pendingSpace = count > 0
          }
          continue
        }
        let length = min(UTF8Bytes.length(lead: lead), end - index)
        let value = UTF8Bytes.scalarValue(bytes, index, length)
        if UTF8Bytes.isWhiteSpace(nonASCII: value) || value == 0xFEFF {
          pendingSpace = count > 0
          index += length
          continue
        }
        if value < 0xA0 {  // C1 controls
          index += length
          continue
        }
        if pendingSpace {
          output[count] = 0x20
          count += 1
          pendingSpace = false
        }
        for offset in 0..<length { output[count + offset] = bytes[index + offset] }
        count += length
        index += length
      }
      return count
    }
    if let failure { throw failure }
    return result
  }

  /// Whether a normalized line is a subheading: short, and not ending in
  /// sentence punctuation before any closing quotation mark.
  static func isHeading(_ line: String) -> Bool {
    let fast = line.utf8.withContiguousStorageIfAvailable { HeadingTest.isHeading($0) }
    switch fast {
    case .some(.some(let answer)): return answer
    default: return isHeadingByCharacters(line)
    }
  }

  /// `isHeading` on `Character`s: the reference, used where the byte test
  /// cannot tell (grapheme clusters that join a space or a mark to a
  /// neighbour).
  static func isHeadingByCharacters(_ line: String) -> Bool {
    let closing: Set<Character> = ["\"", "'", "”", "’", "»", ")"]
    var trimmed = Substring(line)
    while let last = trimmed.last, closing.contains(last) { trimmed = trimmed.dropLast() }
    guard let last = trimmed.last, !".!?:;,…".contains(last) else { return false }
    return line.split(separator: " ").count < 15
  }
}
