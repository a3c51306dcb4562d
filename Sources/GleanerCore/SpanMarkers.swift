/// Text with one span marked as `⏩...⏪`, the way rule examples and tests
/// mark positions: `"Talks resumed ⏩on Tuesday⏪ in Doha"`.
public enum SpanMarkers {
  /// The text without markers and the marked span (Unicode-scalar offsets),
  /// nil for the span when nothing is marked; nil when the markers are
  /// unpaired, reversed or around nothing.
  public static func parse(_ marked: String) -> (text: String, span: Span?)? {
    // on UTF-8 bytes (the rule examples are parsed at every start): ⏩ is E2 8F A9,
    // ⏪ is E2 8F AA; an offset counts the bytes that start a scalar
    var marked = marked
    return marked.withUTF8 { bytes -> (text: String, span: Span?)? in
      var plain: [UInt8] = []
      plain.reserveCapacity(bytes.count)
      var start: (scalar: Int, byte: Int)?
      var end: (scalar: Int, byte: Int)?
      var offset = 0
      var i = 0
      while i < bytes.count {
        let byte = bytes[i]
        if byte == 0xE2, i + 2 < bytes.count, bytes[i + 1] == 0x8F, bytes[i + 2] == 0xA9 || bytes[i + 2] == 0xAA {
          if bytes[i + 2] == 0xA9 { start = (offset, plain.count) } else { end = (offset, plain.count) }
          i += 3
          continue
        }
        if byte & 0xC0 != 0x80 { offset += 1 }
        plain.append(byte)
        i += 1
      }
      let text = String(decoding: plain, as: UTF8.self)
      switch (start, end) {
      case (nil, nil):
        return (text, nil)
      case (let s?, let e?) where s.scalar < e.scalar:
        let spanText = String(decoding: plain[s.byte..<e.byte], as: UTF8.self)
        return (text, Span(text: spanText, start: s.scalar, end: e.scalar))
      default:
        return nil
      }
    }
  }
}
