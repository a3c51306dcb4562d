/// A set of short byte strings that answers `contains` for a slice of a
/// text without building an array: open addressing over FNV-1a hashes, the
/// words kept back to back in one buffer.
struct ByteWordSet: Sendable {
  /// How a slice is folded before it is looked up.
  enum Folding {
    /// A-Z become a-z.
    case asciiLetters
    /// Every byte gets bit 5 set (`byte | 0x20`).
    case everyByte
  }

  private var storage: [UInt8] = []
  /// Per slot: the word's start in `storage` and its length, or (-1, 0).
  private var slots: [(start: Int32, count: Int32)]
  private let mask: Int

  init(_ words: Set<[UInt8]>) {
    var size = 8
    while size < words.count * 2 { size <<= 1 }
    mask = size - 1
    slots = Array(repeating: (-1, 0), count: size)
    // Sorted, so that the layout does not depend on the set's order.
    for word in words.sorted(by: { $0.lexicographicallyPrecedes($1) }) {
      var slot = Self.hash(word[...], nil) & mask
      while slots[slot].start >= 0 { slot = (slot + 1) & mask }
      slots[slot] = (Int32(storage.count), Int32(word.count))
      storage += word
    }
  }

  /// Whether the folded `bytes[range]` is in the set.
  func contains(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>, _ folding: Folding) -> Bool {
    let word = UnsafeBufferPointer(rebasing: bytes[range])
    var slot = Self.hash(word, folding) & mask
    while true {
      let (start, count) = slots[slot]
      guard start >= 0 else { return false }
      if Int(count) == word.count, matches(word, at: Int(start), folding) { return true }
      slot = (slot + 1) & mask
    }
  }

  private func matches(_ word: UnsafeBufferPointer<UInt8>, at start: Int, _ folding: Folding) -> Bool {
    for index in 0..<word.count where storage[start + index] != Self.fold(word[index], folding) {
      return false
    }
    return true
  }

  @inline(__always)
  private static func fold(_ byte: UInt8, _ folding: Folding?) -> UInt8 {
    switch folding {
    case .asciiLetters: byte &- 0x41 < 26 ? byte | 0x20 : byte
    case .everyByte: byte | 0x20
    case nil: byte
    }
  }

  private static func hash<C: Collection<UInt8>>(_ bytes: C, _ folding: Folding?) -> Int {
    var hash: UInt64 = 0xcbf2_9ce4_8422_2325
    for byte in bytes {
      hash = (hash ^ UInt64(fold(byte, folding))) &* 0x0000_0100_0000_01B3
    }
    return Int(truncatingIfNeeded: hash ^ (hash >> 32))
  }
}
