/// `PlainTextReader.isHeading` on UTF-8 bytes, for the usual case.
///
/// The reference test walks `Character`s (grapheme clusters): it strips
/// closing quotation marks from the end, looks at the last character, and
/// counts the words between `" "` characters. On bytes this is the same as
/// long as every scalar it looks at is its own grapheme cluster; where that is
/// not certain (a combining mark after a space, a prepended Arabic sign
/// before one, an unusual last character) the test answers nil and the
/// caller asks the reference.
enum HeadingTest {
  /// A line of 15 words or more is never a heading.
  static let maxWords = 15

  static func isHeading(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool? {
    var end = bytes.count
    while true {
      guard end > 0 else { return false }
      let (last, start) = scalar(before: end, in: bytes)
      guard isPlain(last) else { return nil }
      if start > 0 {
        // A plain scalar never extends what comes before it; only a
        // `Prepend` scalar (or CR before LF) could join it.
        let (previous, _) = scalar(before: start, in: bytes)
        guard previous != 0x0D, cannotPrepend(previous) else { return nil }
      }
      switch last {
      // Closing marks: " ' ” ’ » )
      case 0x22, 0x27, 0x201D, 0x2019, 0xBB, 0x29:
        end = start
        continue
      // Sentence punctuation: . ! ? : ; , …
      case 0x2E, 0x21, 0x3F, 0x3A, 0x3B, 0x2C, 0x2026:
        return false
      default:
        break
      }
      break
    }
    return wordCount(bytes).map { $0 < maxWords }
  }

  /// The number of non-empty pieces between spaces, or nil when a space may
  /// be part of a larger grapheme cluster.
  static func wordCount(_ bytes: UnsafeBufferPointer<UInt8>) -> Int? {
    var words = 0
    var inWord = false
    var index = 0
    while index < bytes.count {
      let byte = bytes[index]
      if byte == 0x20 {
        if index + 1 < bytes.count, bytes[index + 1] >= 0x80 {
          let length = UTF8Bytes.length(lead: bytes[index + 1])
          guard index + 1 + length <= bytes.count else { return nil }
          guard cannotExtend(UTF8Bytes.scalarValue(bytes, index + 1, length)) else { return nil }
        }
        if index > 0, bytes[index - 1] >= 0x80 {
          guard cannotPrepend(scalar(before: index, in: bytes).value) else { return nil }
        }
        inWord = false
      } else if !inWord {
        inWord = true
        words += 1
      }
      index += 1
    }
    return words
  }

  /// The scalar that ends just before byte `end`, and where it starts.
  private static func scalar(
    before end: Int, in bytes: UnsafeBufferPointer<UInt8>
  ) -> (value: UInt32, start: Int) {
    var start = end - 1
    while start > 0, end - start < 4, bytes[start] & 0xC0 == 0x80 { start -= 1 }
    let length = UTF8Bytes.length(lead: bytes[start])
    guard start + length == end else { return (0xFFFD, start) }
    return (UTF8Bytes.scalarValue(bytes, start, length), start)
  }

  /// Scalars that always form a grapheme cluster of their own next to each
  /// other: printable ASCII and the typographic marks the test names.
  private static func isPlain(_ value: UInt32) -> Bool {
    (0x20..<0x7F).contains(value) || value == 0x201D || value == 0x2019 || value == 0xBB
      || value == 0x2026
  }

  /// Scalars after a space that cannot join it (no combining marks, joiners
  /// or spacing marks): Latin letters and symbols, general punctuation,
  /// currency signs.
  private static func cannotExtend(_ value: UInt32) -> Bool {
    (0x80..<0x300).contains(value) || (0x2010...0x2027).contains(value)
      || (0x2030...0x205E).contains(value) || (0x20A0..<0x20D0).contains(value)
  }

  /// Scalars before a space that cannot join it: the first `Prepend` scalar
  /// is U+0600.
  private static func cannotPrepend(_ value: UInt32) -> Bool {
    value < 0x600 || (0x2000..<0x2100).contains(value)
  }
}
