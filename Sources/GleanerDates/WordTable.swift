/// Interned lower-cased words: every word the date rules name gets a small
/// integer id, and a document's tokens are looked up once by hashing their
/// lower-cased UTF-8 bytes (open addressing, FNV-1a), so matching compares
/// integers instead of strings.
struct WordTable: Sendable {
  /// word → id, while the rules are compiled.
  private(set) var ids: [String: Int32] = [:]
  private var pool: [UInt8] = []
  private var starts: [Int32] = [0]
  private var slots: [Int32] = []
  private var mask = 0
  /// The length in bytes of the longest word.
  private(set) var longest = 0
  /// First byte → bit `n` set when some word of `n` bytes (< 64) starts
  /// with it: most tokens no rule names are turned away without hashing.
  private var firstByteLengths: [UInt64] = Array(repeating: 0, count: 256)

  var count: Int { ids.count }

  /// The id of `word`, adding it if new (call `seal()` after the last one).
  mutating func intern(_ word: String) -> Int32 {
    if let id = ids[word] { return id }
    let id = Int32(ids.count)
    ids[word] = id
    pool.append(contentsOf: word.utf8)
    longest = max(longest, word.utf8.count)
    if let first = word.utf8.first {
      let length = word.utf8.count
      firstByteLengths[Int(first)] |= length < 64 ? 1 << UInt64(length) : 1 << 63
    }
    starts.append(Int32(pool.count))
    return id
  }

  /// The text of word `id`.
  func word(_ id: Int32) -> String {
    String(decoding: pool[Int(starts[Int(id)])..<Int(starts[Int(id) + 1])], as: UTF8.self)
  }

  /// The id of a known word, or -1.
  func id(_ word: String) -> Int32 { ids[word] ?? -1 }

  /// Builds the hash table for `id(bytes:start:end:)`.
  mutating func seal() {
    var size = 16
    while size < ids.count * 4 { size *= 2 }
    mask = size - 1
    slots = Array(repeating: -1, count: size)
    pool.withUnsafeBufferPointer { buffer in
      for id in 0..<ids.count {
        let start = Int(starts[id])
        let end = Int(starts[id + 1])
        var h = Self.hash(buffer, start, end) & mask
        while slots[h] >= 0 { h = (h + 1) & mask }
        slots[h] = Int32(id)
      }
    }
  }

  @inline(__always)
  static func hash(_ bytes: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int) -> Int {
    var h: UInt64 = 0xcbf2_9ce4_8422_2325
    for k in start..<end {
      h = (h ^ UInt64(bytes[k])) &* 0x100_0000_01b3
    }
    return Int(truncatingIfNeeded: h ^ (h >> 29))
  }

  /// The table's arrays as unsafe buffers, for looking up many words at once.
  struct Lookup {
    let slots: UnsafeBufferPointer<Int32>
    let pool: UnsafeBufferPointer<UInt8>
    let starts: UnsafeBufferPointer<Int32>
    let firstByteLengths: UnsafeBufferPointer<UInt64>
    let mask: Int

    /// The id of the word `bytes[start..<end]`, or -1.
    @inline(__always)
    func id(_ bytes: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int) -> Int32 {
      guard !slots.isEmpty, end > start else { return -1 }
      let length = end - start
      // no word of this first byte and length (lengths of 63 and more share a bit)
      let lengthBit: UInt64 = length < 64 ? 1 << UInt64(length) : 1 << 63
      if firstByteLengths[Int(bytes[start])] & lengthBit == 0 { return -1 }
      var h = WordTable.hash(bytes, start, end) & mask
      while true {
        let id = slots[h]
        if id < 0 { return -1 }
        let s = Int(starts[Int(id)])
        if Int(starts[Int(id) + 1]) - s == length {
          var k = 0
          while k < length && pool[s + k] == bytes[start + k] { k += 1 }
          if k == length { return id }
        }
        h = (h + 1) & mask
      }
    }
  }

  /// Calls `body` with a `Lookup` valid during the call.
  func withLookup<R>(_ body: (Lookup) -> R) -> R {
    slots.withUnsafeBufferPointer { slots in
      pool.withUnsafeBufferPointer { pool in
        starts.withUnsafeBufferPointer { starts in
          firstByteLengths.withUnsafeBufferPointer { firstByteLengths in
            body(
              Lookup(
                slots: slots, pool: pool, starts: starts, firstByteLengths: firstByteLengths,
                mask: mask))
          }
        }
      }
    }
  }
}
