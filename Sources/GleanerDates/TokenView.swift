import GleanerCore
import GleanerText

/// The tokens of a document as the date rules see them: word ids, plain
/// integers, and lower-cased text on demand (a class: shared, never copied).
///
/// The two tables every matching step reads (`ids`, `flags`) are buffers the
/// view owns and frees, so reading them retains nothing.
final class TokenView {
  let article: ArticleText
  /// Token → word id of its lower-cased text (-1: a word no rule names).
  let ids: UnsafeBufferPointer<Int32>
  /// Token → `isNumber` (1), `breakBefore` (2) and `glued` (4) bits, read
  /// in the hot loops instead of the tokens themselves.
  private let flags: UnsafeMutableBufferPointer<UInt8>
  private static let numberFlag: UInt8 = 1, breakFlag: UInt8 = 2, gluedFlag: UInt8 = 4
  /// Token → its tense cue and the direction of the sentence around it
  /// (`Tense`), filled on first use (`unknown` until then): a document's
  /// matches share them instead of rescanning their sentence.
  let tenseCues: UnsafeMutableBufferPointer<Int8>
  let tenseDirections: UnsafeMutableBufferPointer<Int8>
  static let unknown: Int8 = 2
  /// Whether the article reports a game (`Guards.articleAboutGames`), once asked.
  var aboutGames: Bool?
  /// Token → what the number classes read of it (one table: one allocation per document).
  private let numbers: [NumberInfo]

  /// A number token's readings; `NumberInfo()` for any other token.
  private struct NumberInfo {
    /// Its value with `,` dropped (NaN if none), and the token's length.
    var decimal = Double.nan
    /// The value of a plain digit token of at most 9 digits, else -1.
    var value: Int32 = -1
    /// The `NumberShape` of a plain digit token (0: any other token).
    var shape: UInt16 = 0
    var digits: UInt8 = 0
    var decimalLength: UInt8 = 0
  }

  var count: Int { ids.count }
  var text: Words { Words(article: article) }

  /// Lower-cased token texts, made when asked.
  struct Words {
    let article: ArticleText
    subscript(_ i: Int) -> String { article.lowercasedString(article.tokens[i].range) }
    subscript(_ r: Range<Int>) -> [String] { r.map { self[$0] } }
  }

  init(_ article: ArticleText, words: WordTable) {
    self.article = article
    let tokens = article.tokens
    let n = tokens.count
    let longest = words.longest
    var numberTokens: [Int] = []
    numberTokens.reserveCapacity(n / 8)
    let flags = UnsafeMutableBufferPointer<UInt8>.allocate(capacity: n)
    let ids = UnsafeMutableBufferPointer<Int32>.allocate(capacity: n)
    // a curly possessive reads as the straight one the rules spell ("New Year’s Eve")
    let curlyS = words.id("’s")
    let straightS = words.id("'s")
    article.lowercased.withUnsafeBufferPointer { bytes in
      tokens.withUnsafeBufferPointer { tokens in
        words.withLookup { lookup in
          // the previous token's paragraph, kept rather than read again from its token
          var paragraph = n > 0 ? tokens[0].paragraph : 0
          for i in 0..<n {
            let token = tokens[i]
            let range = token.range
            ids[i] = range.end - range.start <= longest ? lookup.id(bytes, range.start, range.end) : -1
            if ids[i] == curlyS, curlyS >= 0, straightS >= 0 { ids[i] = straightS }
            var flag: UInt8 = 0
            if token.kind == .number {
              numberTokens.append(i)
              flag |= Self.numberFlag
            }
            if i > 0 {
              if token.paragraph != paragraph {
                flag |= Self.breakFlag
                paragraph = token.paragraph
              }
              if !token.spaceBefore { flag |= Self.gluedFlag }
            }
            flags[i] = flag
          }
        }
      }
    }
    var numbers = [NumberInfo](repeating: NumberInfo(), count: n)
    article.lowercased.withUnsafeBufferPointer { bytes in
      for i in numberTokens {
        let range = tokens[i].range
        let start = range.start
        let end = range.end
        if let (value, length) = Self.decimal(bytes, start, end) {
          numbers[i].decimal = value
          numbers[i].decimalLength = UInt8(min(length, 255))
        }
        if Self.dottedDate(bytes, start, end) != nil {
          numbers[i].shape = UInt16(NumberShape.dotted)
          continue
        }
        guard end - start <= 9 else { continue }
        var v: Int32 = 0
        var k = start
        while k < end, (48...57).contains(bytes[k]) {
          v = v * 10 + Int32(bytes[k] - 48)
          k += 1
        }
        if k == end {
          numbers[i].value = v
          numbers[i].shape = UInt16(NumberShape.of(value: Int(v), digits: end - start))
          numbers[i].digits = UInt8(end - start)
        }
      }
    }
    self.ids = UnsafeBufferPointer(ids)
    self.flags = flags
    tenseCues = UnsafeMutableBufferPointer<Int8>.allocate(capacity: n)
    tenseCues.initialize(repeating: Self.unknown)
    tenseDirections = UnsafeMutableBufferPointer<Int8>.allocate(capacity: n)
    tenseDirections.initialize(repeating: Self.unknown)
    self.numbers = numbers
  }

  /// Forgets the tenses read so far (the document is read again from another day).
  func forgetTenses() {
    tenseCues.update(repeating: Self.unknown)
    tenseDirections.update(repeating: Self.unknown)
  }

  /// Token → the double quotation mark that opened the quotation it stands in
  /// (an odd number of such marks before it in its paragraph), or -1; worked out
  /// for the whole document on first use (`quoteOpener(of:)`).
  private var quoteOpeners: [Int32]?

  /// The double quotation mark (straight, curly or doubled `` '') that opened the
  /// quotation token `i` stands in, or -1 when it stands in none.
  func quoteOpener(of i: Int) -> Int {
    if quoteOpeners == nil {
      var openers = [Int32](repeating: -1, count: count)
      var open: Int32 = -1
      var paragraph = -1
      let tokens = article.tokens
      article.lowercased.withUnsafeBufferPointer { bytes in
        for k in 0..<tokens.count {
          if tokens[k].paragraph != paragraph {
            paragraph = tokens[k].paragraph
            open = -1
          }
          openers[k] = open
          if Self.isQuoteMark(bytes, tokens[k].range) { open = open < 0 ? Int32(k) : -1 }
        }
      }
      quoteOpeners = openers
    }
    return Int(quoteOpeners![i])
  }

  /// Whether token `k` is a double quotation mark, straight or curly.
  func isQuoteMark(_ k: Int) -> Bool {
    article.lowercased.withUnsafeBufferPointer { Self.isQuoteMark($0, article.tokens[k].range) }
  }

  /// Whether `bytes[range]` is `"`, `“`, `”`, ``` `` ``` or `''`.
  private static func isQuoteMark(_ bytes: UnsafeBufferPointer<UInt8>, _ range: TextRange) -> Bool {
    let first = bytes[range.start]
    switch range.end - range.start {
    case 1: return first == 0x22
    case 2: return (first == 0x60 || first == 0x27) && bytes[range.start + 1] == first
    case 3:
      return first == 0xE2 && bytes[range.start + 1] == 0x80
        && (bytes[range.start + 2] == 0x9C || bytes[range.start + 2] == 0x9D)
    default: return false
    }
  }

  deinit {
    ids.deallocate()
    flags.deallocate()
    tenseCues.deallocate()
    tenseDirections.deallocate()
  }

  private static let powersOfTen: [Double] = (0...15).map { k in
    (0..<k).reduce(1.0) { r, _ in r * 10 }
  }

  /// A number token's value with `,` dropped, and the token's length (commas
  /// counted: "1,000" is no four-digit year). Up to 15 digits the value is
  /// computed in place (exact: an integer mantissa and a power of ten below
  /// 2^53, one correctly rounded division, as `Double(String)` gives);
  /// longer or odd tokens go through `Double(String)`.
  private static func decimal(
    _ bytes: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int
  ) -> (value: Double, length: Int)? {
    var mantissa: UInt64 = 0
    var digitCount = 0
    var fraction = -1
    var length = 0
    var simple = true
    for k in start..<end {
      let b = bytes[k]
      length += 1
      if b == UInt8(ascii: ",") { continue }
      if b == UInt8(ascii: ".") {
        if fraction >= 0 || digitCount == 0 || k == end - 1 {
          simple = false
          break
        }
        fraction = 0
        continue
      }
      guard b >= 48, b <= 57 else {
        simple = false
        break
      }
      mantissa = mantissa &* 10 &+ UInt64(b - 48)
      digitCount += 1
      if fraction >= 0 { fraction += 1 }
    }
    if simple, digitCount >= 1, digitCount <= 15 {
      let value =
        fraction > 0 ? Double(mantissa) / powersOfTen[fraction] : Double(mantissa)
      return (value, length)
    }
    var plain = String(decoding: bytes[start..<end], as: UTF8.self)
    if plain.utf8.contains(UInt8(ascii: ",")) { plain = plain.replacingOccurrences(",", "") }
    guard let value = Double(plain) else { return nil }
    return (value, end - start)
  }

  /// The sentence holding token `i` (an index of `article.sentences`).
  func sentence(of i: Int) -> Int? { article.sentenceIndex(containing: token(i).range.start) }

  /// The tokens of the sentence holding token `i`, cut to `sentenceReach` tokens either
  /// side of it: what a scan of "the date's sentence" reads, so that a text with no full
  /// stop costs each date a bounded scan, not the whole text.
  func sentenceTokens(near i: Int) -> Range<Int>? {
    guard let s = sentence(of: i) else { return nil }
    let tokens = article.sentences[s].tokens
    return max(tokens.lowerBound, i - Self.sentenceReach)..<min(tokens.upperBound, i + Self.sentenceReach + 1)
  }

  /// How far from a date a sentence scan reads: longer than news sentences run.
  static let sentenceReach = 200

  func token(_ i: Int) -> Token { article.tokens[i] }
  @inline(__always)
  func isNumber(_ i: Int) -> Bool { i < count && flags[i] & Self.numberFlag != 0 }
  func isWord(_ i: Int) -> Bool { i < count && article.tokens[i].kind == .word }
  /// Drops the paragraph break before token `i` (a date split by a line: "Sept .",
  /// "25"); `DateExtractor` decides where.
  func joinLine(at i: Int) {
    if i > 0, i < count { flags[i] &= ~Self.breakFlag }
  }

  /// Whether token `i` starts a new paragraph (phrases never cross one; a sentence
  /// start is `token(i).startsSentence`).
  @inline(__always)
  func breakBefore(_ i: Int) -> Bool { i >= 0 && i < count && flags[i] & Self.breakFlag != 0 }

  /// Whether token `i` is capitalized as a name is: not a word of an all-caps run
  /// ("TALKS WILL RESUME MONDAY": a headline's capitals say nothing of names).
  func nameCapital(_ i: Int) -> Bool {
    guard i >= 0, i < count, article.tokens[i].isCapitalized else { return false }
    guard allCaps(i) else { return true }
    return !((i > 0 && !breakBefore(i) && allCaps(i - 1))
      || (i + 1 < count && !breakBefore(i + 1) && allCaps(i + 1)))
  }

  /// Whether token `i` is a word of two or more letters, all upper-case ASCII.
  func allCaps(_ i: Int) -> Bool {
    guard article.tokens[i].kind == .word else { return false }
    let range = article.tokens[i].range
    guard range.end - range.start >= 2 else { return false }
    let bytes = article.bytes
    for j in range.start..<range.end where !(bytes[j] >= 65 && bytes[j] <= 90) { return false }
    return true
  }

  /// Whether token `i` ends in an ASCII digit ("Dec31").
  @inline(__always)
  func endsInDigit(_ i: Int) -> Bool {
    ASCIIByte.isDigit(article.bytes[article.tokens[i].range.end - 1])
  }

  /// Whether token `i`'s lower-cased bytes end in `suffix` (ASCII).
  func lowercasedEnds(_ i: Int, _ suffix: StaticString) -> Bool {
    guard i >= 0, i < count else { return false }
    let range = article.tokens[i].range
    let n = suffix.utf8CodeUnitCount
    guard range.end - range.start >= n else { return false }
    let bytes = article.lowercased
    let s = suffix.utf8Start
    for j in 0..<n where bytes[range.end - n + j] != s[j] { return false }
    return true
  }

  /// Whether token `i` follows token `i - 1` with no space between.
  @inline(__always)
  func glued(_ i: Int) -> Bool { i >= 0 && i < count && flags[i] & Self.gluedFlag != 0 }
  /// Token `i`'s lower-cased bytes packed into one integer (words of up to 8
  /// bytes), so that a token is looked up in a set of `pack`ed words at the
  /// cost of one hash; nil for longer tokens.
  func packed(_ i: Int) -> UInt64? {
    guard i >= 0, i < count else { return nil }
    let range = article.tokens[i].range
    guard range.end - range.start <= 8 else { return nil }
    return article.lowercased.withUnsafeBufferPointer { b in
      var value: UInt64 = 0
      for k in stride(from: range.end - 1, through: range.start, by: -1) {
        value = value << 8 | UInt64(b[k])
      }
      return value
    }
  }

  /// `word` packed as `packed(_:)` packs a token (words of up to 8 bytes).
  static func pack(_ word: String) -> UInt64 {
    precondition(word.utf8.count <= 8, "only words of up to 8 bytes are packed")
    return word.utf8.reversed().reduce(0) { $0 << 8 | UInt64($1) }
  }

  /// Whether token `i`'s lower-cased text is `word`.
  func `is`(_ i: Int, _ word: String) -> Bool {
    guard i >= 0, i < count else { return false }
    let range = article.tokens[i].range
    guard range.end - range.start == word.utf8.count else { return false }
    var word = word
    return word.withUTF8 { w in
      article.lowercased.withUnsafeBufferPointer { b in
        for k in 0..<w.count where b[range.start + k] != w[k] { return false }
        return true
      }
    }
  }
  /// A number token's value (`1,000` = 1000, `1.5`) and its length, commas counted.
  func decimal(_ i: Int) -> (value: Double, length: Int)? {
    guard i < count, !numbers[i].decimal.isNaN else { return nil }
    return (numbers[i].decimal, Int(numbers[i].decimalLength))
  }

  /// A number token written `H.MM` (`8.30`): hour, minute and the hour's digit count.
  /// Not a decimal: "0.25", nor a number before "%", "percent(age)", "point(s)", "per".
  func dotted(_ i: Int) -> (hour: Int, minute: Int, digits: Int)? {
    guard isNumber(i), !Self.measureFollows(article, i + 1) else { return nil }
    let range = article.tokens[i].range
    let b = article.lowercased
    var dot = -1
    for k in range.start..<range.end where b[k] == UInt8(ascii: ".") {
      dot = k - range.start
      break
    }
    let length = range.end - range.start
    guard dot >= 1, dot <= 2, length - dot - 1 == 2 else { return nil }
    var h = 0
    var m = 0
    for k in 0..<length where k != dot {
      let c = b[range.start + k]
      guard (48...57).contains(c) else { return nil }
      if k < dot { h = h * 10 + Int(c - 48) } else { m = m * 10 + Int(c - 48) }
    }
    guard h > 0 || dot == 2 else { return nil }  // "0.25" is a decimal ("00.25" a time)
    return (h, m, dot)
  }

  /// A number token written `D.M.YYYY` (`7.11.2016`, day first) or
  /// `YYYY.MM.DD`: year, month and day (years 1900-2099).
  func dottedDate(_ i: Int) -> (year: Int, month: Int, day: Int)? {
    guard isNumber(i) else { return nil }
    let range = article.tokens[i].range
    return article.lowercased.withUnsafeBufferPointer { Self.dottedDate($0, range.start, range.end) }
  }

  /// `dottedDate(_:)` of the bytes `start..<end`.
  static func dottedDate(
    _ b: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int
  ) -> (year: Int, month: Int, day: Int)? {
    let length = end - start
    guard length >= 8, length <= 10 else { return nil }
    var parts = (0, 0, 0)
    var digits = (0, 0, 0)
    var part = 0
    for k in start..<end {
      let c = b[k]
      if c == UInt8(ascii: ".") {
        part += 1
        guard part <= 2 else { return nil }
        continue
      }
      guard (48...57).contains(c) else { return nil }
      let v = Int(c - 48)
      switch part {
      case 0: parts.0 = parts.0 * 10 + v; digits.0 += 1
      case 1: parts.1 = parts.1 * 10 + v; digits.1 += 1
      default: parts.2 = parts.2 * 10 + v; digits.2 += 1
      }
    }
    guard part == 2, digits.1 >= 1, digits.1 <= 2 else { return nil }
    if digits.0 == 4, digits.2 <= 2, digits.2 >= 1, (1900...2099).contains(parts.0) {
      return (parts.0, parts.1, parts.2)
    }
    if digits.2 == 4, digits.0 <= 2, digits.0 >= 1, (1900...2099).contains(parts.2) {
      return (parts.2, parts.1, parts.0)
    }
    return nil
  }

  /// Whether token `i` makes the number before it a measure: "%", "percent",
  /// "percentage", "point(s)", "per".
  static func measureFollows(_ article: ArticleText, _ i: Int) -> Bool {
    guard i < article.tokens.count else { return false }
    let range = article.tokens[i].range
    let b = article.lowercased
    func starts(_ word: StaticString) -> Bool {
      let count = word.utf8CodeUnitCount
      guard range.end - range.start >= count else { return false }
      let p = word.utf8Start
      for k in 0..<count where b[range.start + k] != p[k] { return false }
      return true
    }
    if range.end - range.start == 1 { return b[range.start] == UInt8(ascii: "%") }
    return starts("percent") || starts("point") || (range.end - range.start == 3 && starts("per"))
  }

  /// The `NumberShape` of token `i` (0: not plain digits).
  @inline(__always)
  func shape(_ i: Int) -> Int { Int(numbers[i].shape) }

  /// The integer value of a plain digit token, and its digit count.
  func integer(_ i: Int) -> (value: Int, digits: Int)? {
    guard i < count, numbers[i].value >= 0 else { return nil }
    return (Int(numbers[i].value), Int(numbers[i].digits))
  }
}
