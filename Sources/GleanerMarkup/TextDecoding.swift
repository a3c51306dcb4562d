import GleanerCore

/// Turns a plain-text document's bytes into a `String`, or says why not.
///
/// UTF-8 (with or without a byte-order mark) and UTF-16 with a byte-order
/// mark are read; anything that looks binary, or is not valid UTF-8, is an
/// error naming the first bad byte.
enum TextDecoding {
  static func decode(_ bytes: [UInt8]) throws(DocumentError) -> String {
    if bytes.starts(with: [0xEF, 0xBB, 0xBF]) {
      return try utf8(bytes[3...])
    }
    if bytes.starts(with: [0xFF, 0xFE]) || bytes.starts(with: [0xFE, 0xFF]) {
      return try utf16(bytes[2...], bigEndian: bytes[0] == 0xFE)
    }
    if looksBinary(bytes) {
      throw DocumentError(stage: "load", "binary data, not text (NUL or control bytes)")
    }
    return try utf8(bytes[...])
  }

  /// The document as UTF-8 bytes: `decode(_:)` without building a `String`.
  /// Valid UTF-8 comes back as the same array (no copy), a byte-order mark
  /// dropped.
  static func utf8Bytes(_ bytes: [UInt8]) throws(DocumentError) -> [UInt8] {
    if bytes.starts(with: [0xEF, 0xBB, 0xBF]) {
      let body = bytes[3...]
      let valid = body.withUnsafeBufferPointer { UTF8Bytes.isValid($0) }
      return valid ? Array(body) : Array(try utf8(body).utf8)
    }
    if bytes.starts(with: [0xFF, 0xFE]) || bytes.starts(with: [0xFE, 0xFF]) {
      return Array(try utf16(bytes[2...], bigEndian: bytes[0] == 0xFE).utf8)
    }
    if looksBinary(bytes) {
      throw DocumentError(stage: "load", "binary data, not text (NUL or control bytes)")
    }
    let valid = bytes.withUnsafeBufferPointer { UTF8Bytes.isValid($0) }
    return valid ? bytes : Array(try utf8(bytes[...]).utf8)
  }

  /// Whether the first 4 KiB hold a NUL byte or many control bytes.
  static func looksBinary(_ bytes: [UInt8]) -> Bool {
    let head = bytes.prefix(4096)
    var controls = 0
    for byte in head {
      if byte == 0 { return true }
      if byte < 0x20 && byte != 0x09 && byte != 0x0A && byte != 0x0D && byte != 0x0C {
        controls += 1
      }
    }
    return controls * 20 > head.count
  }

  private static func utf8(_ bytes: ArraySlice<UInt8>) throws(DocumentError) -> String {
    if let string = String(validating: bytes, as: UTF8.self) { return string }
    var iterator = bytes.makeIterator()
    var decoder = UTF8()
    var offset = bytes.startIndex
    loop: while true {
      switch decoder.decode(&iterator) {
      case .scalarValue(let scalar): offset += UTF8.width(scalar)
      case .emptyInput: break loop
      case .error: break loop
      }
    }
    throw DocumentError(
      stage: "load",
      "not valid UTF-8 (bad byte at offset \(offset)); convert it to UTF-8 first")
  }

  private static func utf16(_ bytes: ArraySlice<UInt8>, bigEndian: Bool) throws(DocumentError) -> String {
    guard bytes.count % 2 == 0 else {
      throw DocumentError(stage: "load", "UTF-16 text with an odd number of bytes")
    }
    var units: [UInt16] = []
    units.reserveCapacity(bytes.count / 2)
    var index = bytes.startIndex
    while index < bytes.endIndex {
      let a = UInt16(bytes[index])
      let b = UInt16(bytes[index + 1])
      units.append(bigEndian ? a << 8 | b : b << 8 | a)
      index += 2
    }
    var result = ""
    var iterator = units.makeIterator()
    var decoder = UTF16()
    while true {
      switch decoder.decode(&iterator) {
      case .scalarValue(let scalar): result.unicodeScalars.append(scalar)
      case .emptyInput: return result
      case .error: throw DocumentError(stage: "load", "invalid UTF-16 text")
      }
    }
  }
}
