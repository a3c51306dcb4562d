/// Byte-level UTF-8 helpers for the plain-text reader: validation without
/// building a `String`, and the white-space and grapheme facts it needs,
/// answered from the bytes.
enum UTF8Bytes {
  /// Whether `bytes` is well-formed UTF-8 (Unicode table 3-7: no overlong
  /// forms, no surrogates, nothing above U+10FFFF), as `String(validating:)`
  /// decides it.
  static func isValid(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
    let count = bytes.count
    var index = 0
    while index < count {
      // ASCII runs, eight bytes at a time.
      while index + 8 <= count {
        let word = UnsafeRawPointer(bytes.baseAddress! + index).loadUnaligned(as: UInt64.self)
        if word & 0x8080_8080_8080_8080 != 0 { break }
        index += 8
      }
      guard index < count else { return true }
      let lead = bytes[index]
      if lead < 0x80 {
        index += 1
        continue
      }
      let length: Int
      var low: UInt8 = 0x80
      var high: UInt8 = 0xBF
      switch lead {
      case 0xC2...0xDF: length = 2
      case 0xE0: (length, low) = (3, 0xA0)
      case 0xE1...0xEC, 0xEE...0xEF: length = 3
      case 0xED: (length, high) = (3, 0x9F)
      case 0xF0: (length, low) = (4, 0x90)
      case 0xF1...0xF3: length = 4
      case 0xF4: (length, high) = (4, 0x8F)
      default: return false
      }
      guard index + length <= count else { return false }
      let second = bytes[index + 1]
      guard second >= low && second <= high else { return false }
      for offset in 2..<length where bytes[index + offset] & 0xC0 != 0x80 { return false }
      index += length
    }
    return true
  }

  private static let ones: UInt64 = 0x0101_0101_0101_0101
  private static let highs: UInt64 = 0x8080_8080_8080_8080

  /// 0x80 in each byte of `word` that is zero, 0 in the others (exact, no
  /// borrow between bytes).
  @inline(__always)
  static func zeroBytes(_ word: UInt64) -> UInt64 {
    let low7 = ~highs
    return ~(((word & low7) &+ low7) | word | low7)
  }

  /// The eight bytes at `index` when whitespace normalization leaves them as
  /// they are: all printable ASCII (0x20-0x7E), no two spaces in a row, not
  /// ending in a space (it might start a run or end the line), and not
  /// starting with one at the start of the line. The caller has no pending
  /// space to write. Little-endian: byte `index` is the low byte.
  @inline(__always)
  static func wordThatCopiesAsIs(
    _ bytes: UnsafeBufferPointer<UInt8>, at index: Int, atLineStart: Bool
  ) -> UInt64? {
    let word = UnsafeRawPointer(bytes.baseAddress! + index).loadUnaligned(as: UInt64.self)
    // Any byte below 0x20 (controls, tab, line ends) or at/above 0x7F (DEL,
    // non-ASCII)?
    let below = (word &- ones &* 0x20) & ~word & highs
    let deleteOrHigh = zeroBytes(word ^ (ones &* 0x7F)) | (word & highs)
    guard below | deleteOrHigh == 0 else { return nil }
    let spaces = zeroBytes(word ^ (ones &* 0x20))
    // Two spaces in a row, a space last, or a space first at a line start.
    if spaces & (spaces >> 8) != 0 || spaces >> 56 != 0 { return nil }
    if atLineStart && spaces & 0x80 != 0 { return nil }
    return word
  }

  /// Whether the eight bytes at `index` hold a line end (`\n` or `\r`).
  @inline(__always)
  static func hasLineEnd(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> Bool {
    let word = UnsafeRawPointer(bytes.baseAddress! + index).loadUnaligned(as: UInt64.self)
    return zeroBytes(word ^ (ones &* 0x0A)) | zeroBytes(word ^ (ones &* 0x0D)) != 0
  }

  /// The byte length of the scalar whose (valid) lead byte is `lead`.
  @inline(__always)
  static func length(lead: UInt8) -> Int {
    lead < 0x80 ? 1 : lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : 2
  }

  /// Decodes the valid scalar of `length` bytes at `index`.
  @inline(__always)
  static func scalarValue(_ bytes: UnsafeBufferPointer<UInt8>, _ index: Int, _ length: Int) -> UInt32 {
    let lead = bytes[index]
    if length == 1 { return UInt32(lead) }
    var value = UInt32(lead & (length == 2 ? 0x1F : length == 3 ? 0x0F : 0x07))
    for offset in 1..<length { value = value << 6 | UInt32(bytes[index + offset] & 0x3F) }
    return value
  }

  /// Whether a non-ASCII scalar has the Unicode `White_Space` property
  /// (`Unicode.Scalar.Properties.isWhitespace`), without the property
  /// lookup: the list is fixed by the standard.
  @inline(__always)
  static func isWhiteSpace(nonASCII value: UInt32) -> Bool {
    switch value {
    case 0x85, 0xA0, 0x1680, 0x2000...0x200A, 0x2028, 0x2029, 0x202F, 0x205F, 0x3000: true
    default: false
    }
  }
}
