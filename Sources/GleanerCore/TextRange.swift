/// A half-open range of UTF-8 byte offsets into an article's text.
///
/// Every stage works on UTF-8 bytes; ranges become Unicode-scalar offsets
/// (what the record's `start` and `end` hold) only when a mention is made,
/// through `ArticleText.span(_:)`.
public struct TextRange: Sendable, Hashable, Comparable, CustomStringConvertible {
  /// The first byte of the range.
  public var start: Int
  /// The byte just past the range.
  public var end: Int

  public init(_ start: Int, _ end: Int) {
    self.start = start
    self.end = end
  }

  /// The number of bytes in the range.
  public var count: Int { end - start }
  /// Whether the range holds no bytes.
  public var isEmpty: Bool { end <= start }

  /// Whether the two ranges share at least one byte.
  public func overlaps(_ other: TextRange) -> Bool {
    start < other.end && other.start < end
  }

  /// Whether `other` lies entirely inside this range.
  public func contains(_ other: TextRange) -> Bool {
    start <= other.start && other.end <= end
  }

  /// The smallest range covering both.
  public func union(_ other: TextRange) -> TextRange {
    TextRange(Swift.min(start, other.start), Swift.max(end, other.end))
  }

  public static func < (lhs: TextRange, rhs: TextRange) -> Bool {
    lhs.start != rhs.start ? lhs.start < rhs.start : lhs.end < rhs.end
  }

  public var description: String { "\(start)..<\(end)" }
}

/// A mention's place in the record: its text and its Unicode-scalar offsets.
///
/// `start` and `end` index the record's `text` as Python's `str` does, `end`
/// exclusive, so that `text[start:end] == mention.text`.
public struct Span: Sendable, Hashable {
  public var text: String
  public var start: Int
  public var end: Int

  public init(text: String, start: Int, end: Int) {
    self.text = text
    self.start = start
    self.end = end
  }
}
