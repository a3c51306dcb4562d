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

  public var kind: Kind
  /// UTF-8 range in the article text.
  public var range: TextRange
  /// Whether white space (or the start of a paragraph) comes before it.
  public var spaceBefore: Bool
  /// Whether the first character is an upper-case letter.
  public var isCapitalized: Bool
  /// Whether the token opens its sentence.
  public var startsSentence: Bool
  /// The index of the token's paragraph in `ArticleText.paragraphs`.
  public var paragraph: Int

  public init(
    kind: Kind, range: TextRange, spaceBefore: Bool, isCapitalized: Bool,
    startsSentence: Bool = false, paragraph: Int
  ) {
    self.kind = kind
    self.range = range
    self.spaceBefore = spaceBefore
    self.isCapitalized = isCapitalized
    self.startsSentence = startsSentence
    self.paragraph = paragraph
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
