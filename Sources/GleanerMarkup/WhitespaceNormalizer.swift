/// Collapses white space in UTF-8 text: runs of spaces, tabs, line breaks
/// and Unicode spaces (no-break, thin, ideographic, ...) become one ASCII
/// space; the ends are trimmed; zero-width characters, byte-order marks and
/// other control characters are dropped.
///
/// Works on bytes in one pass; ASCII text needs no decoding at all.
enum WhitespaceNormalizer {
  static func collapse(_ bytes: some Collection<UInt8>) -> String {
    var out: [UInt8] = []
    out.reserveCapacity(bytes.count)
    var pendingSpace = false
    var index = bytes.startIndex
    while index != bytes.endIndex {
      let byte = bytes[index]
      var length = 1
      switch byte {
      case 0x20, 0x09, 0x0A, 0x0D, 0x0C, 0x0B:
        pendingSpace = !out.isEmpty
      case 0..<0x20, 0x7F:
        break
      case 0..<0x80:
        if pendingSpace {
          out.append(0x20)
          pendingSpace = false
        }
        out.append(byte)
      default:
        length = Self.sequenceLength(byte)
        let end = bytes.index(index, offsetBy: length, limitedBy: bytes.endIndex) ?? bytes.endIndex
        let sequence = bytes[index..<end]
        switch classify(sequence) {
        case .space: pendingSpace = !out.isEmpty
        case .invisible: break
        case .visible:
          if pendingSpace {
            out.append(0x20)
            pendingSpace = false
          }
          out.append(contentsOf: sequence)
        }
        index = end
        continue
      }
      index = bytes.index(after: index)
    }
    return String(decoding: out, as: UTF8.self)
  }

  private enum Kind { case space, invisible, visible }

  private static func sequenceLength(_ lead: UInt8) -> Int {
    switch lead {
    case 0xC0...0xDF: 2
    case 0xE0...0xEF: 3
    case 0xF0...0xF7: 4
    default: 1
    }
  }

  /// Spaces and invisible characters among the non-ASCII scalars.
  private static func classify(_ sequence: some Collection<UInt8>) -> Kind {
    let bytes = Array(sequence)
    switch bytes.count {
    case 2:
      if bytes[0] == 0xC2 && bytes[1] == 0xA0 { return .space }  // no-break space
      if bytes[0] == 0xC2 && (0x80...0x9F).contains(bytes[1]) { return .invisible }  // C1 controls
      if bytes[0] == 0xC2 && bytes[1] == 0xAD { return .invisible }  // soft hyphen
    case 3:
      if bytes[0] == 0xE2 && bytes[1] == 0x80 {
        switch bytes[2] {
        case 0x80...0x8A, 0xA8, 0xA9, 0xAF: return .space  // en/em/thin... spaces, separators
        case 0x8B...0x8F: return .invisible  // zero-width, marks
        default: break
        }
      }
      if bytes[0] == 0xE2 && bytes[1] == 0x81 && bytes[2] == 0x9F { return .space }
      if bytes[0] == 0xE2 && bytes[1] == 0x81 && bytes[2] == 0xA0 { return .invisible }  // word joiner
      if bytes[0] == 0xE3 && bytes[1] == 0x80 && bytes[2] == 0x80 { return .space }
      if bytes[0] == 0xE1 && bytes[1] == 0x9A && bytes[2] == 0x80 { return .space }
      if bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF { return .invisible }  // BOM
    default:
      break
    }
    return .visible
  }
}
