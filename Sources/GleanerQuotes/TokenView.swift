import GleanerCore
import GleanerText

/// One document's tokens as the quote stages read them: lower-cased word
/// hashes and the first character of each token, computed once.
///
/// A class, so that the stages that share it hold one reference instead of
/// copying (and retaining) each of its arrays.
final class TokenView {
  let text: ArticleText
  let tokens: [Token]
  /// The hash of each token's lower-cased bytes.
  let hashes: [UInt64]
  /// The index of each token's sentence in `text.sentences`.
  let sentenceOf: [Int]
  /// The word lists each token is in (`QuoteRules.wordFlags`).
  let flags: [WordFlags]

  init(_ text: ArticleText, rules: QuoteRules) {
    self.text = text
    self.tokens = text.tokens
    var sentenceOf = [Int](repeating: 0, count: text.tokens.count)
    for (index, sentence) in text.sentences.enumerated() {
      for token in sentence.tokens { sentenceOf[token] = index }
    }
    self.sentenceOf = sentenceOf
    let count = text.tokens.count
    // Both filled for every token by `hash`: no zero-fill first.
    // (Not for no tokens: `unsafeUninitializedCapacity: 0` writes into the shared empty array.)
    var flags: [WordFlags] = []
    hashes =
      count == 0
      ? []
      : [UInt64](unsafeUninitializedCapacity: count) { hashes, initialized in
        flags = [WordFlags](unsafeUninitializedCapacity: count) { flags, flagCount in
          Self.hash(text, rules: rules, into: hashes, flags: flags)
          flagCount = count
        }
        initialized = count
      }
    self.flags = flags
  }

  /// Hashes each token's lower-cased bytes and looks the hash up once in
  /// the rules' word lists.
  private static func hash(
    _ text: ArticleText, rules: QuoteRules, into hashes: UnsafeMutableBufferPointer<UInt64>,
    flags: UnsafeMutableBufferPointer<WordFlags>
  ) {
    let bytes = text.bytes
    text.lowercased.withUnsafeBufferPointer { lower in
      text.tokens.withUnsafeBufferPointer { tokens in
        rules.wordFlagFilter.withUnsafeBufferPointer { filter in
          for (number, token) in tokens.enumerated() {
            var hash = WordHash.seed
            var index = token.range.start
            let end = token.range.end
            while index < end {
              let byte = lower[index]
              // A curly apostrophe (U+2019) reads as a straight one: "won’t".
              if byte == 0xE2, index + 2 < end, lower[index + 1] == 0x80, lower[index + 2] == 0x99 {
                hash = WordHash.add(hash, UInt8(ascii: "'"))
                index += 3
                continue
              }
              hash = WordHash.add(hash, byte)
              index += 1
            }
            let (word, bit) = QuoteRules.filterSlot(hash)
            var found = filter[word] & bit == 0 ? [] : rules.wordFlags[hash] ?? []
            // "The WHO said": an acronym among lower-case words is a name, no function
            // word; hashed as written, it is in no list.
            if !found.isDisjoint(with: .functionWord), isAcronym(number, bytes, tokens) {
              hash = WordHash.of(bytes[token.range.start..<token.range.end])
              found = []
            }
            hashes[number] = hash
            flags[number] = found
          }
        }
      }
    }
  }

  /// Whether token `index` is all upper-case letters, two or more, next to a word
  /// with a lower-case letter ("the WHO said", not "HE SAID").
  private static func isAcronym(_ index: Int, _ bytes: [UInt8], _ tokens: UnsafeBufferPointer<Token>) -> Bool {
    func isUpper(_ byte: UInt8) -> Bool { (65...90).contains(byte) }
    let range = tokens[index].range
    guard tokens[index].kind == .word, range.count > 1, bytes[range.start..<range.end].allSatisfy(isUpper)
    else { return false }
    func hasLower(_ neighbor: Int) -> Bool {
      guard neighbor >= 0, neighbor < tokens.count, tokens[neighbor].kind == .word else { return false }
      return bytes[tokens[neighbor].range.start..<tokens[neighbor].range.end].contains { (97...122).contains($0) }
    }
    return hasLower(index - 1) || hasLower(index + 1)
  }

  var count: Int { tokens.count }

  @inline(__always) func isWord(_ index: Int) -> Bool { tokens[index].kind == .word }
  /// Whether token `index` is in the word list `flag`.
  @inline(__always) func has(_ index: Int, _ flag: WordFlags) -> Bool { flags[index].contains(flag) }
  @inline(__always) func isPunctuation(_ index: Int) -> Bool { tokens[index].kind == .punctuation }
  @inline(__always) func isCapitalized(_ index: Int) -> Bool { tokens[index].isCapitalized }

  /// The first character of a token.
  func scalar(_ index: Int) -> Unicode.Scalar {
    let bytes = text.bytes
    let start = tokens[index].range.start
    let lead = bytes[start]
    if lead < 0x80 { return Unicode.Scalar(lead) }
    let end = tokens[index].range.end
    let length = lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : lead >= 0xC0 ? 2 : 1
    guard length > 1, start + length <= end else { return "\u{FFFD}" }
    var value = UInt32(lead) & (length == 2 ? 0x1F : length == 3 ? 0x0F : 0x07)
    for offset in 1..<length { value = value << 6 | UInt32(bytes[start + offset] & 0x3F) }
    return Unicode.Scalar(value) ?? "\u{FFFD}"
  }

  /// Whether the token is the one ASCII character `char`.
  @inline(__always) func isChar(_ index: Int, _ char: UInt8) -> Bool {
    let range = tokens[index].range
    return range.count == 1 && text.bytes[range.start] == char
  }

  /// Whether the token is all upper-case letters ("RCMP").
  func isAllCaps(_ index: Int) -> Bool {
    let range = tokens[index].range
    guard range.count > 1 else { return false }
    return text.bytes[range.start..<range.end].allSatisfy { (65...90).contains($0) || $0 == 46 }
  }

  /// Whether the token ends with a lower-case "ly" (an adverb).
  func isAdverb(_ index: Int) -> Bool {
    let range = tokens[index].range
    guard range.count > 3, !isCapitalized(index) else { return false }
    return text.bytes[range.end - 2] == UInt8(ascii: "l") && text.bytes[range.end - 1] == UInt8(ascii: "y")
  }

  /// Whether the token looks like a plural: four letters or more in "-s", not "-ss"
  /// ("officials", not "press").
  func isPlural(_ index: Int) -> Bool {
    let range = tokens[index].range
    guard range.count > 3 else { return false }
    return text.bytes[range.end - 1] == UInt8(ascii: "s") && text.bytes[range.end - 2] != UInt8(ascii: "s")
  }

  /// Whether the token is a lower-case word in "-ed" of five letters or more ("published"):
  /// a participle after a noun.
  func isPastParticiple(_ index: Int) -> Bool {
    let range = tokens[index].range
    guard range.count >= 5, !isCapitalized(index) else { return false }
    return text.bytes[range.end - 2] == UInt8(ascii: "e") && text.bytes[range.end - 1] == UInt8(ascii: "d")
  }

  /// Whether the token is a lower-case word in "-ing" of five letters or more ("speaking").
  func isPresentParticiple(_ index: Int) -> Bool {
    let range = tokens[index].range
    guard range.count >= 5, !isCapitalized(index), tokens[index].kind == .word else { return false }
    return text.bytes[range.end - 3] == UInt8(ascii: "i") && text.bytes[range.end - 2] == UInt8(ascii: "n")
      && text.bytes[range.end - 1] == UInt8(ascii: "g")
  }

  /// Whether tokens from `index` spell `phrase` (word hashes).
  func matches(_ phrase: [UInt64], at index: Int, end: Int) -> Bool {
    guard index + phrase.count <= end else { return false }
    var offset = 0
    while offset < phrase.count {
      if hashes[index + offset] != phrase[offset] { return false }
      offset += 1
    }
    return true
  }

  /// The byte range from the start of token `first` to the end of `last`.
  func range(_ first: Int, _ last: Int) -> TextRange {
    TextRange(tokens[first].range.start, tokens[last].range.end)
  }

  /// The text of tokens `range`, as written.
  func string(_ range: Range<Int>) -> String {
    text.string(self.range(range.lowerBound, range.upperBound - 1))
  }

  /// The tokens of the sentence that holds token `index`.
  func sentenceBounds(_ index: Int) -> Range<Int> {
    text.sentences[sentenceOf[index]].tokens
  }
}

extension TokenView {
  /// The index of the first token that ends after `byte`, or `count` (as
  /// `ArticleText.tokenIndex(atOrAfter:)`, on the view's own token buffer).
  func tokenIndex(atOrAfter byte: Int) -> Int {
    tokens.withUnsafeBufferPointer { tokens in
      var low = 0
      var high = tokens.count
      while low < high {
        let mid = (low + high) >> 1
        if tokens[mid].range.end <= byte { low = mid + 1 } else { high = mid }
      }
      return low
    }
  }

  /// The index of the last token that starts before `byte`.
  func tokenIndex(before byte: Int) -> Int {
    let next = tokenIndex(atOrAfter: byte)
    return max(0, next - (next < count && tokens[next].range.start < byte ? 0 : 1))
  }
}
