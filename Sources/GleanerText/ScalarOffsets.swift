import GleanerCore

/// Converts UTF-8 byte offsets of a text into Unicode-scalar offsets.
///
/// Built once per document in O(n); each lookup is O(1). Pure ASCII text needs
/// no table at all.
struct ScalarOffsets: Sendable {
  /// Scalar offset at each byte offset (`count + 1` entries), or empty when
  /// the text is ASCII and byte offsets are scalar offsets.
  private let table: [Int32]

  init(_ bytes: [UInt8]) {
    guard bytes.contains(where: { $0 >= 0x80 }) else {
      table = []
      return
    }
    var table = [Int32](repeating: 0, count: bytes.count + 1)
    var scalars: Int32 = 0
    for (index, byte) in bytes.enumerated() {
      table[index] = scalars
      // Continuation bytes (10xxxxxx) do not start a scalar.
      if byte & 0xC0 != 0x80 { scalars += 1 }
    }
    table[bytes.count] = scalars
    // A continuation byte's offset maps to its scalar's start.
    for index in stride(from: bytes.count - 1, through: 0, by: -1)
    where bytes[index] & 0xC0 == 0x80 {
      table[index] = table[index] - 1
    }
    self.table = table
  }

  subscript(byte byte: Int) -> Int {
    table.isEmpty ? byte : Int(table[byte])
  }
}
