import GleanerCore

/// An article's clean text, split into paragraphs, sentences and tokens,
/// with the offset table that turns byte ranges into record offsets.
///
/// Built once per document by `TextAnalyzer`; every extractor reads it.
/// All ranges are UTF-8 byte ranges into `bytes`.
public final class ArticleText: Sendable {
  /// The longest text analyzed, in UTF-8 bytes: offsets are kept as 32-bit
  /// integers.
  public static let maxBytes = Int(Int32.max) - 1

  /// The record's `text`: paragraphs separated by `\n`.
  public let text: String
  /// `text` as UTF-8.
  public let bytes: [UInt8]
  /// `bytes` with ASCII letters lower-cased, for case-blind lookups.
  public let lowercased: [UInt8]
  public let paragraphs: [Paragraph]
  public let sentences: [Sentence]
  public let tokens: [Token]
  private let offsets: ScalarOffsets

  convenience init(text: String, paragraphs: [Paragraph], sentences: [Sentence], tokens: [Token]) {
    self.init(
      text: text, bytes: Array(text.utf8), paragraphs: paragraphs, sentences: sentences,
      tokens: tokens)
  }

  /// `bytes` must be `text`'s UTF-8.
  init(text: String, bytes: [UInt8], paragraphs: [Paragraph], sentences: [Sentence], tokens: [Token]) {
    self.text = text
    self.bytes = bytes
    self.lowercased = Self.asciiLowercased(bytes)
    self.paragraphs = paragraphs
    self.sentences = sentences
    self.tokens = tokens
    self.offsets = ScalarOffsets(bytes)
  }

  /// `bytes` with A-Z turned into a-z, in one pass.
  private static func asciiLowercased(_ bytes: [UInt8]) -> [UInt8] {
    // (No `unsafeUninitializedCapacity: 0`: it writes into the shared empty array.)
    guard !bytes.isEmpty else { return [] }
    return bytes.withUnsafeBufferPointer { source in
      [UInt8](unsafeUninitializedCapacity: source.count) { target, count in
        for index in 0..<source.count {
          let byte = source[index]
          // A-Z are 0x41-0x5A; setting bit 5 lower-cases them.
          target[index] = byte &- 0x41 < 26 ? byte | 0x20 : byte
        }
        count = source.count
      }
    }
  }

  /// The record form of a range: its text and Unicode-scalar offsets.
  public func span(_ range: TextRange) -> Span {
    Span(text: string(range), start: offsets[byte: range.start], end: offsets[byte: range.end])
  }

  /// The Unicode-scalar offset of a byte offset.
  public func scalarOffset(_ byte: Int) -> Int { offsets[byte: byte] }

  /// The text of a range.
  public func string(_ range: TextRange) -> String {
    String(decoding: bytes[range.start..<range.end], as: UTF8.self)
  }

  /// The text of a range with ASCII letters lower-cased.
  public func lowercasedString(_ range: TextRange) -> String {
    String(decoding: lowercased[range.start..<range.end], as: UTF8.self)
  }

  /// The text of a token.
  public func string(_ token: Token) -> String { string(token.range) }

  /// The index of the first token that ends after `byte`, or `tokens.count`.
  ///
  /// - Complexity: O(log n).
  public func tokenIndex(atOrAfter byte: Int) -> Int {
    tokens.partitioningIndex { $0.range.end > byte }
  }

  /// The index of the sentence that holds `byte`, or nil between sentences.
  ///
  /// - Complexity: O(log n).
  public func sentenceIndex(containing byte: Int) -> Int? {
    let low = sentences.partitioningIndex { $0.range.end > byte }
    guard low < sentences.count, sentences[low].range.start <= byte else { return nil }
    return low
  }
}
