import GleanerCore

/// Splits a paragraph's UTF-8 bytes into word, number and punctuation tokens.
///
/// - Words: letters and digits, with an inner apostrophe before letters
///   ("don't", "O'Brien"), a possessive `'s` split off as its own word, and
///   dotted abbreviations kept whole ("U.S.", "a.m.").
/// - Numbers: digits with `,` or `.` between digits ("1,900", "3.5").
/// - Everything else that is not white space: one token per character.
enum Tokenizer {
  /// Appends the tokens of `range`, checking `deadline` every 64Ki tokens.
  static func tokenize(
    _ bytes: [UInt8], _ range: TextRange, paragraph: Int, into tokens: inout [Token],
    deadline: Deadline = .never
  ) throws(DocumentError) {
    try bytes.withUnsafeBufferPointer { (buffer) throws(DocumentError) in
      try tokenize(buffer, range, paragraph: paragraph, into: &tokens, deadline: deadline)
    }
  }

  /// `tokenize` on a buffer. ASCII bytes are classified by byte tests; only
  /// other scalars are decoded and asked for their Unicode properties.
  static func tokenize(
    _ bytes: UnsafeBufferPointer<UInt8>, _ range: TextRange, paragraph: Int,
    into tokens: inout [Token], deadline: Deadline = .never
  ) throws(DocumentError) {
    var index = range.start
    var spaceBefore = true
    while index < range.end {
      if tokens.count & 0xFFFF == 0xFFFF { try deadline.check("text") }
      let start = index
      let lead = bytes[index]
      let kind: Token.Kind
      var capitalized = false
      if lead < 0x80 {
        if isASCIILetter(lead) {
          kind = .word
          capitalized = lead &- 0x41 < 26
          index = scanWord(bytes, index, range.end)
        } else if isASCIIDigit(lead) {
          kind = .number
          index = scanNumber(bytes, index, range.end)
        } else if isASCIISpace(lead) {
          spaceBefore = true
          index += 1
          continue
        } else if lead == UInt8(ascii: "'"), !spaceBefore || afterWord(tokens, paragraph),
          let end = possessiveEnd(bytes, index, 1, range.end)
        {
          kind = .word
          index = end
        } else {
          kind = .punctuation
          index += 1
        }
      } else {
        let (scalar, length) = decode(bytes, index)
        if isSpace(scalar) {
          spaceBefore = true
          index += length
          continue
        }
        if isLetter(scalar) {
          kind = .word
          capitalized = scalar.properties.isUppercase
          index = scanWord(bytes, index, range.end)
        } else if !spaceBefore || afterWord(tokens, paragraph),
          let end = possessiveEnd(bytes, index, length, range.end)
        {
          kind = .word
          index = end
        } else {
          kind = .punctuation
          index += length
        }
      }
      tokens.append(
        Token(
          kind: kind, range: TextRange(start, index), spaceBefore: spaceBefore,
          isCapitalized: capitalized, paragraph: paragraph))
      spaceBefore = false
    }
  }

  /// Whether the last token is a word of the same paragraph: a possessive may then stand
  /// apart from it, as in text tokenized word by word ("Lord 's", "the union 's").
  private static func afterWord(_ tokens: [Token], _ paragraph: Int) -> Bool {
    guard let last = tokens.last else { return false }
    return last.kind == .word && last.paragraph == paragraph
  }

  /// The end of a possessive `'s` or `’s` starting at `index`, if one does.
  private static func possessiveEnd(
    _ bytes: UnsafeBufferPointer<UInt8>, _ index: Int, _ length: Int, _ end: Int
  ) -> Int? {
    guard isApostrophe(decode(bytes, index).0), index + length < end else { return nil }
    let next = bytes[index + length]
    guard next == UInt8(ascii: "s") || next == UInt8(ascii: "S") else { return nil }
    let after = index + length + 1
    guard after >= end || !isLetter(bytes, after) else { return nil }
    return after
  }

  private static func scanNumber(_ bytes: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int) -> Int {
    var index = start
    while index < end {
      let byte = bytes[index]
      if isASCIIDigit(byte) {
        index += 1
      } else if byte == UInt8(ascii: ",") || byte == UInt8(ascii: "."),
        index + 1 < end, isASCIIDigit(bytes[index + 1])
      {
        index += 1
      } else {
        break
      }
    }
    return index
  }

  private static func scanWord(_ bytes: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int) -> Int {
    var index = start
    var letters = 0
    var dots = 0
    while index < end {
      let byte = bytes[index]
      let scalar: Unicode.Scalar
      let length: Int
      if byte < 0x80 {
        if isASCIILetter(byte) || isASCIIDigit(byte) {
          index += 1
          letters += 1
          continue
        }
        (scalar, length) = (Unicode.Scalar(byte), 1)
      } else {
        (scalar, length) = decode(bytes, index)
        if isLetter(scalar) {
          index += length
          letters += 1
          continue
        }
      }
      if isApostrophe(scalar), index + length < end {
        let (next, nextLength) = decode(bytes, index + length)
        guard isLetter(next) else { break }
        // A possessive 's (or ’s) at the end of a word is a word of its own.
        let afterS = index + length + nextLength
        if next == "s" || next == "S", afterS >= end || !isLetter(bytes, afterS) {
          break
        }
        index += length
        continue
      }
      // Dotted abbreviations: single letters each followed by a period.
      if scalar == ".", letters == 1 {
        let afterDot = index + 1
        if afterDot < end, isLetter(bytes, afterDot) {
          let nextEnd = afterDot + decode(bytes, afterDot).1
          if nextEnd < end, bytes[nextEnd] == UInt8(ascii: ".") {
            index = nextEnd
            letters = 1
            dots += 1
            continue
          }
        }
        if dots > 0 {
          return index + 1
        }
      }
      break
    }
    return index
  }

  /// Whether the scalar at `index` is a letter.
  @inline(__always)
  private static func isLetter(_ bytes: UnsafeBufferPointer<UInt8>, _ index: Int) -> Bool {
    let byte = bytes[index]
    return byte < 0x80 ? isASCIILetter(byte) : isLetter(decode(bytes, index).0)
  }

  @inline(__always)
  static func isASCIILetter(_ byte: UInt8) -> Bool { ASCIIByte.isLetter(byte) }

  @inline(__always)
  static func isASCIIDigit(_ byte: UInt8) -> Bool { ASCIIByte.isDigit(byte) }

  @inline(__always)
  static func isASCIISpace(_ byte: UInt8) -> Bool {
    byte == 0x20 || byte == 0x0A || byte == 0x09 || byte == 0x0D
  }

  /// Decodes the scalar at `index`; invalid bytes decode as U+FFFD, length 1.
  @inline(__always)
  static func decode(_ bytes: UnsafeBufferPointer<UInt8>, _ index: Int) -> (Unicode.Scalar, Int) {
    let lead = bytes[index]
    if lead < 0x80 { return (Unicode.Scalar(lead), 1) }
    let length: Int
    var value: UInt32
    switch lead {
    case 0xC0...0xDF: (length, value) = (2, UInt32(lead & 0x1F))
    case 0xE0...0xEF: (length, value) = (3, UInt32(lead & 0x0F))
    case 0xF0...0xF7: (length, value) = (4, UInt32(lead & 0x07))
    default: return ("\u{FFFD}", 1)
    }
    guard index + length <= bytes.count else { return ("\u{FFFD}", 1) }
    for offset in 1..<length {
      let byte = bytes[index + offset]
      guard byte & 0xC0 == 0x80 else { return ("\u{FFFD}", 1) }
      value = value << 6 | UInt32(byte & 0x3F)
    }
    return (Unicode.Scalar(value) ?? "\u{FFFD}", length)
  }

  @inline(__always)
  static func isDigit(_ scalar: Unicode.Scalar) -> Bool {
    ("0"..."9").contains(scalar)
  }

  @inline(__always)
  static func isLetter(_ scalar: Unicode.Scalar) -> Bool {
    if scalar.value < 0x80 {
      return isASCIILetter(UInt8(truncatingIfNeeded: scalar.value))
    }
    // General punctuation (quotation marks, dashes, spaces): no letters or
    // marks, and too frequent in news text to ask the property tables.
    if (0x2000...0x206F).contains(scalar.value) { return false }
    let properties = scalar.properties
    return properties.isAlphabetic || properties.generalCategory == .nonspacingMark
  }

  @inline(__always)
  static func isSpace(_ scalar: Unicode.Scalar) -> Bool {
    if scalar.value < 0x80 {
      return isASCIISpace(UInt8(truncatingIfNeeded: scalar.value))
    }
    // The `White_Space` scalars above ASCII, fixed by the standard
    // (`scalar.properties.isWhitespace` without the table lookup).
    switch scalar.value {
    case 0x85, 0xA0, 0x1680, 0x2000...0x200A, 0x2028, 0x2029, 0x202F, 0x205F, 0x3000: return true
    default: return false
    }
  }

  static func isApostrophe(_ scalar: Unicode.Scalar) -> Bool {
    scalar == "'" || scalar == "\u{2019}"
  }

  /// Closing quotation marks and brackets that stay with a sentence's end.
  static func isClosing(_ bytes: UnsafeBufferPointer<UInt8>, _ range: TextRange) -> Bool {
    switch decode(bytes, range.start).0 {
    case "\"", "'", ")", "]", "\u{201D}", "\u{2019}", "\u{00BB}", "\u{203A}": true
    default: false
    }
  }

  /// Opening quotation marks and brackets that may start a sentence.
  static func isOpening(_ bytes: UnsafeBufferPointer<UInt8>, _ range: TextRange) -> Bool {
    switch decode(bytes, range.start).0 {
    case "\"", "'", "(", "[", "\u{201C}", "\u{2018}", "\u{00AB}", "\u{201E}", "\u{2039}": true
    default: false
    }
  }
}
