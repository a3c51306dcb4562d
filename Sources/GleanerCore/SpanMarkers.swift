/// Text with one span marked as `⏩...⏪`, the way rule examples and tests
/// mark positions: `"Talks resumed ⏩on Tuesday⏪ in Doha"`.
public enum SpanMarkers {
  /// The text without markers and the marked span (Unicode-scalar offsets),
  /// nil for the span when nothing is marked; nil when the markers are
  /// unpaired, reversed or around nothing.
  public static func parse(_ marked: String) -> (text: String, span: Span?)? {
    var plain = ""
    var start: Int?
    var end: Int?
    var offset = 0
    for scalar in marked.unicodeScalars {
      switch scalar {
      case "⏩": start = offset
      case "⏪": end = offset
      default:
        plain.unicodeScalars.append(scalar)
        offset += 1
      }
    }
    switch (start, end) {
    case (nil, nil):
      return (plain, nil)
    case (let s?, let e?) where s < e:
      var text = ""
      text.unicodeScalars.append(contentsOf: Array(plain.unicodeScalars)[s..<e])
      return (plain, Span(text: text, start: s, end: e))
    default:
      return nil
    }
  }
}
