/// Finds the character encoding of an HTML page, as a browser would:
/// byte-order mark, then the transport's charset, then `<meta charset>` or
/// `<meta http-equiv="Content-Type">` in the first 2 KB, then UTF-8 when the
/// bytes are valid UTF-8, else windows-1252.
///
/// A label that the bytes contradict is not believed: a page labelled UTF-8
/// with more invalid sequences than valid multi-byte ones is read as
/// windows-1252, and a page labelled Latin-1/windows-1252 whose bytes are
/// valid UTF-8 with multi-byte sequences is read as UTF-8.
enum HTMLCharset {
  /// The encoding found and the length of the byte-order mark to skip.
  struct Detection: Equatable {
    /// An encoding name libxml2 knows (`UTF-8`, `UTF-16LE`, `windows-1252`, ...).
    var name: String
    var bomLength: Int
  }

  static func detect(_ bytes: [UInt8], declared: String?) -> Detection {
    if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { return Detection(name: "UTF-8", bomLength: 3) }
    if bytes.starts(with: [0xFF, 0xFE]) { return Detection(name: "UTF-16LE", bomLength: 2) }
    if bytes.starts(with: [0xFE, 0xFF]) { return Detection(name: "UTF-16BE", bomLength: 2) }
    if let label = declared.flatMap(normalize) ?? sniffMeta(bytes).flatMap(normalize) {
      return Detection(name: checked(label, bytes), bomLength: 0)
    }
    return Detection(name: isValidUTF8(bytes) ? "UTF-8" : "windows-1252", bomLength: 0)
  }

  /// `label`, unless the bytes contradict it (UTF-8 against windows-1252).
  static func checked(_ label: String, _ bytes: [UInt8]) -> String {
    switch label {
    case "UTF-8":
      guard !isValidUTF8(bytes) else { return label }
      let evidence = utf8Evidence(bytes)
      return evidence.invalid > evidence.valid ? "windows-1252" : label
    case "windows-1252":
      guard isValidUTF8(bytes) else { return label }
      return utf8Evidence(bytes).valid > 0 ? "UTF-8" : label
    default:
      return label
    }
  }

  /// Counts well-formed multi-byte UTF-8 sequences and bytes that are not
  /// part of one.
  static func utf8Evidence(_ bytes: [UInt8]) -> (valid: Int, invalid: Int) {
    var valid = 0
    var invalid = 0
    bytes.withUnsafeBufferPointer { buffer in
      var index = 0
      let count = buffer.count
      while index < count {
        let lead = buffer[index]
        if lead < 0x80 {
          index += 1
          continue
        }
        let length: Int
        switch lead {
        case 0xC2...0xDF: length = 2
        case 0xE0...0xEF: length = 3
        case 0xF0...0xF4: length = 4
        default: length = 0
        }
        var ok = length > 0 && index + length <= count
        if ok {
          for offset in 1..<length where buffer[index + offset] & 0xC0 != 0x80 {
            ok = false
            break
          }
        }
        if ok {
          valid += 1
          index += length
        } else {
          invalid += 1
          index += 1
        }
      }
    }
    return (valid, invalid)
  }

  /// A charset label → the name handed to libxml2, or nil for an unusable one.
  /// Latin-1 and ASCII labels mean windows-1252, as in browsers; a UTF-16
  /// label without a byte-order mark is not believed (the bytes were read as
  /// ASCII to find it).
  static func normalize(_ label: String) -> String? {
    var name = label.lowercased()
    name = String(name.unicodeScalars.filter { !" \t\r\n\"'".unicodeScalars.contains($0) })
    switch name {
    case "": return nil
    case "utf-8", "utf8", "unicode-1-1-utf-8", "x-unicode20utf8": return "UTF-8"
    case "iso-8859-1", "iso8859-1", "iso_8859-1", "latin1", "latin-1", "l1", "us-ascii",
      "ascii", "cp1252", "x-cp1252", "windows-1252", "cp819", "ibm819", "iso-ir-100":
      return "windows-1252"
    case "utf-16", "utf-16le", "utf-16be", "unicode", "ucs-2": return nil
    default:
      return name.utf8.allSatisfy { $0 < 0x80 } && name.utf8.count < 40 ? name : nil
    }
  }

  /// The charset named by a `<meta>` element in the first 2 KB, if any.
  static func sniffMeta(_ bytes: [UInt8]) -> String? {
    let head = Array(bytes.prefix(2048).map { (65...90).contains($0) ? $0 | 0x20 : $0 })
    var index = 0
    while let meta = find(Array("<meta".utf8), in: head, from: index) {
      let end = head[meta...].firstIndex(of: UInt8(ascii: ">")) ?? head.count
      let tag = head[meta..<end]
      if let value = attributeAfter(Array("charset".utf8), in: tag) { return value }
      index = end
    }
    return nil
  }

  /// The value after `charset=` in a tag (covers both `charset="x"` and
  /// `content="text/html; charset=x"`).
  private static func attributeAfter(_ name: [UInt8], in tag: ArraySlice<UInt8>) -> String? {
    let bytes = Array(tag)
    guard var at = find(name, in: bytes, from: 0) else { return nil }
    at += name.count
    while at < bytes.count, bytes[at] == 0x20 { at += 1 }
    guard at < bytes.count, bytes[at] == UInt8(ascii: "=") else { return nil }
    at += 1
    while at < bytes.count, bytes[at] == 0x20 || bytes[at] == 0x22 || bytes[at] == 0x27 { at += 1 }
    var end = at
    while end < bytes.count {
      let byte = bytes[end]
      if byte == 0x22 || byte == 0x27 || byte == 0x20 || byte == 0x3B || byte == 0x2F && end + 1 == bytes.count { break }
      if byte == 0x3E || byte == 0x0A || byte == 0x0D || byte == 0x09 { break }
      end += 1
    }
    guard end > at else { return nil }
    return String(decoding: bytes[at..<end], as: UTF8.self)
  }

  static func find(_ needle: [UInt8], in haystack: [UInt8], from start: Int) -> Int? {
    guard needle.count <= haystack.count else { return nil }
    var index = start
    let last = haystack.count - needle.count
    while index <= last {
      if haystack[index] == needle[0] {
        var matched = true
        for offset in 1..<needle.count where haystack[index + offset] != needle[offset] {
          matched = false
          break
        }
        if matched { return index }
      }
      index += 1
    }
    return nil
  }

  static func isValidUTF8(_ bytes: [UInt8]) -> Bool {
    bytes.withUnsafeBufferPointer { String(validating: $0, as: UTF8.self) != nil }
  }

  /// windows-1252 bytes as UTF-8, as the WHATWG Encoding Standard maps them
  /// (the five undefined bytes become the C1 controls of the same value).
  static func windows1252ToUTF8(_ bytes: ArraySlice<UInt8>) -> [UInt8] {
    var output: [UInt8] = []
    output.reserveCapacity(bytes.count + bytes.count / 8)
    for byte in bytes {
      if byte < 0x80 {
        output.append(byte)
        continue
      }
      let scalar = byte < 0xA0 ? windows1252High[Int(byte - 0x80)] : UInt32(byte)
      output.append(contentsOf: Array(String(Unicode.Scalar(scalar)!).utf8))
    }
    return output
  }

  /// The code points of windows-1252's bytes 0x80 to 0x9F.
  private static let windows1252High: [UInt32] = [
    0x20AC, 0x0081, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021,
    0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0x008D, 0x017D, 0x008F,
    0x0090, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014,
    0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0x009D, 0x017E, 0x0178,
  ]
}
