import GleanerCore
import Testing

/// JSON strings come out as the per-byte definition says, whatever the
/// position of the bytes to escape within the eight-byte words scanned.
@Suite struct JSONWriterEscapeTests {
  static func reference(_ text: String) -> String {
    var out = Array("\"".utf8)
    for byte in text.utf8 {
      switch byte {
      case 0x22: out += Array("\\\"".utf8)
      case 0x5C: out += Array("\\\\".utf8)
      case 0x0A: out += Array("\\n".utf8)
      case 0x0D: out += Array("\\r".utf8)
      case 0x09: out += Array("\\t".utf8)
      case 0..<0x20, 0x7F: out += Array(("\\u00" + String(format2: byte)).utf8)
      default: out.append(byte)
      }
    }
    return String(decoding: out + Array("\"".utf8), as: UTF8.self)
  }

  @Test func escapesEveryByteThatNeedsIt() {
    let specials: [Character] = ["\"", "\\", "\n", "\r", "\t", "\u{1}", "\u{1F}", "\u{7F}", "é", "”", " ", "a"]
    for length in 0..<20 {
      for position in 0..<max(length, 1) {
        for special in specials {
          var characters = Array(repeating: Character("x"), count: length)
          if position < length { characters[position] = special }
          let text = String(characters)
          var json = JSONWriter()
          json.string(text)
          #expect(json.string == Self.reference(text))
        }
      }
    }
  }

  @Test func writesIntegersWithoutFoundation() {
    for value in [0, 7, 10, 99, 100, -1, -10, 1_500_000, Int.max, Int.min + 1] {
      var json = JSONWriter()
      json.int(value)
      #expect(json.string == String(value))
    }
    var json = JSONWriter()
    json.beginArray()
    json.number(-0.0)
    json.number(2.5)
    json.number(1e20)
    json.endArray()
    #expect(json.string == "[0,2.5,1e+20]")
  }
}

extension String {
  fileprivate init(format2 byte: UInt8) {
    let digits = Array("0123456789abcdef")
    self = String([digits[Int(byte >> 4)], digits[Int(byte & 0xF)]])
  }
}
