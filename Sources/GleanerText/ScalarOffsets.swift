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
    table = bytes.withUnsafeBufferPointer { buffer in
      guard !Self.isASCII(buffer) else { return [] }
      return [Int32](unsafeUninitializedCapacity: buffer.count + 1) { table, count in
        // `scalars` counts the scalars that start at or before `index`; a
        // continuation byte (10xxxxxx) starts none, so it maps to the start of
        // its scalar.
        var scalars: Int32 = 0
        for index in 0..<buffer.count {
          scalars &+= buffer[index] & 0xC0 != 0x80 ? 1 : 0
          table[index] = scalars &- 1
        }
        table[buffer.count] = scalars
        count = buffer.count + 1
      }
    }
  }

  /// Whether every byte is below 0x80, eight at a time.
  private static func isASCII(_ buffer: UnsafeBufferPointer<UInt8>) -> Bool {
    var index = 0
    var seen: UInt64 = 0
    if let base = buffer.baseAddress {
      let raw = UnsafeRawPointer(base)
      while index + 8 <= buffer.count {
        seen |= raw.loadUnaligned(fromByteOffset: index, as: UInt64.self)
        index += 8
      }
    }
    while index < buffer.count {
      seen |= UInt64(buffer[index])
      index += 1
    }
    return seen & 0x8080_8080_8080_8080 == 0
  }

  subscript(byte byte: Int) -> Int {
    table.isEmpty ? byte : Int(table[byte])
  }
}
