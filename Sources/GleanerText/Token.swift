import GleanerCore

/// A word, number or punctuation mark of the article text.
public struct Token: Sendable, Hashable {
  /// What the token is made of.
  public enum Kind: UInt8, Sendable {
    /// Letters, possibly with digits, inner apostrophes or periods of an
    /// abbreviation ("al", "don't", "U.S.").
    case word
    /// Digits, possibly with inner `,` or `.` between digits ("1,900", "3.5").
    case number
    /// One punctuation mark or symbol.
    case punctuation
  }

  // Stored as 32-bit offsets (16 bytes a token instead of 40): texts are at
  // most `ArticleText.maxBytes` long. `range` and `paragraph` read and write
  // them as `TextRange` and `Int`.
  private var start: Int32
  private var end: Int32
  private var paragraphIndex: Int32
  public var kind: Kind
  /// Whether white space (or the start of a paragraph) comes before it.
  public var spaceBefore: Bool
  /// Whether the first character is an upper-case letter.
  public var isCapitalized: Bool
  /// Whether the token opens its sentence.
  public var startsSentence: Bool

  /// UTF-8 range in the article text.
  public var range: TextRange {
    get { TextRange(Int(start), Int(end)) }
    set {
      start = Int32(newValue.start)
      end = Int32(newValue.end)
    }
  }

  /// The index of the token's paragraph in `ArticleText.paragraphs`.
  public var paragraph: Int {
    get { Int(paragraphIndex) }
    set { paragraphIndex = Int32(newValue) }
  }

  public init(
    kind: Kind, range: TextRange, spaceBefore: Bool, isCapitalized: Bool,
    startsSentence: Bool = false, paragraph: Int
  ) {
    self.start = Int32(range.start)
    self.end = Int32(range.end)
    self.paragraphIndex = Int32(paragraph)
    self.kind = kind
    self.spaceBefore = spaceBefore
    self.isCapitalized = isCapitalized
    self.startsSentence = startsSentence
  }
}

/// A paragraph of the article text and what kind of block it came from.
public struct Paragraph: Sendable, Hashable {
  public var range: TextRange
  public var kind: BlockKind
  /// Tokens `tokens[firstToken..<endToken]` belong to the paragraph.
  public var tokens: Range<Int>
}

/// A sentence of the article text.
public struct Sentence: Sendable, Hashable {
  public var range: TextRange
  /// Tokens `tokens[lowerBound..<upperBound]` belong to the sentence.
  public var tokens: Range<Int>
  public var paragraph: Int
}
