import GleanerCore

/// The text stage: joins a document's blocks into the record's text and splits
/// it into paragraphs, sentences and tokens.
///
/// Sentence ends are `.`, `!`, `?` and `…`, with closing quotation marks and
/// brackets kept in the sentence, unless the period belongs to an abbreviation
/// from `Rules/LANG/text/` (Dr., Jan., U.S.), an initial (J. Smith) or a
/// number (3.5). Paragraph ends always end a sentence.
public struct TextAnalyzer: Sendable {
  /// Lower-cased abbreviations without their final period ("dr", "jan").
  let abbreviations: Set<[UInt8]>
  /// `abbreviations` for look-ups straight from the text's bytes.
  let abbreviationTable: ByteWordSet
  /// Words that open a sentence even after an abbreviation ("at 11 a.m. He said"),
  /// lower-cased (`@list sentence-opener`).
  let openerTable: ByteWordSet
  /// Abbreviations of a clock's half of the day, without their final period ("a.m"):
  /// after one, any capital opens a sentence but a word of `clockFollowerTable`
  /// (`@list clock-abbreviation`).
  let clockTable: ByteWordSet
  /// Capitalized words that go on a clock's sentence ("at 3 p.m. Sunday", "9 a.m. EST"),
  /// lower-cased (`@list clock-follower`).
  let clockFollowerTable: ByteWordSet

  /// Builds the analyzer from the `@list abbreviation`, `@list sentence-opener`,
  /// `@list clock-abbreviation` and `@list clock-follower` entries of `Rules/LANG/text/`.
  public init(rules: RuleSet, language: String) throws {
    var abbreviations = Set<[UInt8]>()
    for entry in rules.list("abbreviation", language: language, dimension: "text") {
      for key in entry.keys {
        var word = key.lowercased()
        if word.hasSuffix(".") { word.removeLast() }
        guard !word.isEmpty else { throw entry.error("empty abbreviation") }
        abbreviations.insert(Array(word.utf8))
      }
    }
    self.abbreviations = abbreviations
    self.abbreviationTable = ByteWordSet(abbreviations)
    self.openerTable = ByteWordSet(Self.words(rules, "sentence-opener", language))
    self.clockTable = ByteWordSet(Self.words(rules, "clock-abbreviation", language, trimPeriod: true))
    self.clockFollowerTable = ByteWordSet(Self.words(rules, "clock-follower", language))
  }

  /// The lower-cased words of a `text` list.
  private static func words(
    _ rules: RuleSet, _ list: String, _ language: String, trimPeriod: Bool = false
  ) -> Set<[UInt8]> {
    var words = Set<[UInt8]>()
    for entry in rules.list(list, language: language, dimension: "text") {
      for key in entry.keys {
        var word = key.lowercased()
        if trimPeriod, word.hasSuffix(".") { word.removeLast() }
        if !word.isEmpty { words.insert(Array(word.utf8)) }
      }
    }
    return words
  }

  /// An analyzer with the given abbreviations (lower-case, no final period) and
  /// sentence openers.
  public init(abbreviations: [String], openers: [String] = []) {
    self.abbreviations = Set(abbreviations.map { Array($0.lowercased().utf8) })
    self.abbreviationTable = ByteWordSet(self.abbreviations)
    self.openerTable = ByteWordSet(Set(openers.map { Array($0.lowercased().utf8) }))
    self.clockTable = ByteWordSet([])
    self.clockFollowerTable = ByteWordSet([])
  }

  /// Joins `blocks` with `\n` and analyzes the result.
  public func analyze(_ blocks: [Block]) -> ArticleText {
    do {
      return try analyze(blocks, deadline: .never)
    } catch {
      preconditionFailure("text stage: \(error.reason)")
    }
  }

  /// Joins `blocks` with `\n` and analyzes the result, giving up when
  /// `deadline` passes.
  ///
  /// - Throws: `DocumentError` (stage `text`) past the deadline, or for a
  ///   text longer than `ArticleText.maxBytes`.
  public func analyze(_ blocks: [Block], deadline: Deadline) throws(DocumentError) -> ArticleText {
    let total = blocks.reduce(0) { $0 + $1.text.utf8.count + 1 }
    guard total <= ArticleText.maxBytes else {
      throw DocumentError(stage: "text", "the text is longer than \(ArticleText.maxBytes) bytes")
    }
    var text = ""
    text.reserveCapacity(total)
    var ranges: [(TextRange, BlockKind)] = []
    var offset = 0
    for block in blocks where !block.text.isEmpty {
      if !text.isEmpty {
        text.append("\n")
        offset += 1
      }
      let length = block.text.utf8.count
      text.append(block.text)
      ranges.append((TextRange(offset, offset + length), block.kind))
      offset += length
    }
    let bytes = Array(text.utf8)
    var tokens: [Token] = []
    tokens.reserveCapacity(bytes.count / 5)
    var paragraphs: [Paragraph] = []
    paragraphs.reserveCapacity(ranges.count)
    var sentences: [Sentence] = []
    sentences.reserveCapacity(ranges.count * 2)
    try bytes.withUnsafeBufferPointer { (buffer) throws(DocumentError) in
      for (index, (range, kind)) in ranges.enumerated() {
        let first = tokens.count
        try Tokenizer.tokenize(buffer, range, paragraph: index, into: &tokens, deadline: deadline)
        paragraphs.append(Paragraph(range: range, kind: kind, tokens: first..<tokens.count))
        splitSentences(buffer, &tokens, first..<tokens.count, paragraph: index, into: &sentences)
        if index & 0xFF == 0xFF { try deadline.check("text") }
      }
    }
    try deadline.check("text")
    return ArticleText(
      text: text, bytes: bytes, paragraphs: paragraphs, sentences: sentences, tokens: tokens)
  }

  private func splitSentences(
    _ bytes: UnsafeBufferPointer<UInt8>, _ tokens: inout [Token], _ span: Range<Int>, paragraph: Int,
    into sentences: inout [Sentence]
  ) {
    guard !span.isEmpty else { return }
    var start = span.lowerBound
    var index = span.lowerBound
    while index < span.upperBound {
      var end = index + 1
      if isTerminal(bytes, tokens, index, span) || abbreviationBeforeOpener(bytes, tokens, index, span) {
        while end < span.upperBound, !tokens[end].spaceBefore,
          Tokenizer.isClosing(bytes, tokens[end].range)
        {
          end += 1
        }
        if end < span.upperBound, opensSentence(bytes, tokens[end]) {
          appendSentence(&tokens, start..<end, paragraph: paragraph, into: &sentences)
          start = end
        }
      }
      index = end
    }
    appendSentence(&tokens, start..<span.upperBound, paragraph: paragraph, into: &sentences)
  }

  private func appendSentence(
    _ tokens: inout [Token], _ range: Range<Int>, paragraph: Int, into sentences: inout [Sentence]
  ) {
    guard !range.isEmpty else { return }
    tokens[range.lowerBound].startsSentence = true
    sentences.append(
      Sentence(
        range: TextRange(tokens[range.lowerBound].range.start, tokens[range.upperBound - 1].range.end),
        tokens: range, paragraph: paragraph))
  }

  /// Whether token `index` ends a sentence if a sentence opener follows.
  private func isTerminal(
    _ bytes: UnsafeBufferPointer<UInt8>, _ tokens: [Token], _ index: Int, _ span: Range<Int>
  ) -> Bool {
    let token = tokens[index]
    let first = bytes[token.range.start]
    if token.kind == .word {
      // "U.S." at a sentence end: the dotted word ends it unless it is listed.
      guard bytes[token.range.end - 1] == UInt8(ascii: ".") else { return false }
      return !abbreviationTable.contains(bytes, token.range.start..<token.range.end - 1, .everyByte)
    }
    guard token.kind == .punctuation else { return false }
    switch first {
    case UInt8(ascii: "!"), UInt8(ascii: "?"): return true
    case 0xE2 where token.range.count == 3 && bytes[token.range.start + 1] == 0x80
      && bytes[token.range.start + 2] == 0xA6: return true  // …
    case UInt8(ascii: "."):
      guard index > span.lowerBound else { return true }
      let previous = tokens[index - 1]
      guard !token.spaceBefore, previous.kind == .word else { return true }
      if previous.range.count == 1, previous.isCapitalized { return false }  // an initial
      return !abbreviationTable.contains(bytes, previous.range.start..<previous.range.end, .asciiLetters)
    default: return false
    }
  }

  /// Whether token `index` ends an abbreviation ("a.m.", "U.S.") right before a
  /// capitalized word of `openerTable`: "at 11 a.m. He said" ends there.
  private func abbreviationBeforeOpener(
    _ bytes: UnsafeBufferPointer<UInt8>, _ tokens: [Token], _ index: Int, _ span: Range<Int>
  ) -> Bool {
    guard index + 1 < span.upperBound, bytes[tokens[index].range.end - 1] == UInt8(ascii: ".")
    else { return false }
    let next = tokens[index + 1]
    guard next.kind == .word, next.spaceBefore, next.isCapitalized else { return false }
    if openerTable.contains(bytes, next.range.start..<next.range.end, .asciiLetters) { return true }
    // "left the hotel at 3 p.m. Families waited": after a clock's "a.m."/"p.m." any capital
    // but a day, a month or a zone ("at 3 p.m. Sunday", "9 a.m. Eastern time")
    let clock = tokens[index]
    guard clock.kind == .word, clock.range.count > 1,
      clockTable.contains(bytes, clock.range.start..<clock.range.end - 1, .everyByte),
      !clockFollowerTable.contains(bytes, next.range.start..<next.range.end, .asciiLetters)
    else { return false }
    // ("at 3 p.m. Washington time": a place's time)
    if index + 2 < span.upperBound, tokens[index + 2].kind == .word,
      Self.timeWord.contains(bytes, tokens[index + 2].range.start..<tokens[index + 2].range.end, .asciiLetters)
    {
      return false
    }
    return true
  }

  /// "time" after a place's name and a clock ("8 a.m. Washington time").
  private static let timeWord = ByteWordSet([Array("time".utf8)])

  /// Whether a token can open a sentence: a capital, a digit or an opening
  /// quotation mark or bracket.
  private func opensSentence(_ bytes: UnsafeBufferPointer<UInt8>, _ token: Token) -> Bool {
    guard token.spaceBefore else { return false }
    if token.isCapitalized || token.kind == .number { return true }
    return token.kind == .punctuation && Tokenizer.isOpening(bytes, token.range)
  }
}
