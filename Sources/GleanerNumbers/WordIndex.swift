/// Lower-cased words interned to small integer ids and found again from a
/// token's lower-cased UTF-8 bytes: FNV-1a and open addressing, so a lookup
/// creates no `String` and runs no Swift `Hasher`.
struct WordIndex: Sendable {
  /// word → id, while the rules are compiled (and for non-ASCII tokens).
  private(set) var ids: [String: Int32] = [:]
  private var pool: [UInt8] = []
  private var starts: [Int32] = [0]
  private var slots: [Int32] = []
  private var mask = 0

  var count: Int { ids.count }

  /// The id of `word`, adding it if new (call `seal()` after the last one).
  mutating func intern(_ word: String) -> Int32 {
    if let id = ids[word] { return id }
    let id = Int32(ids.count)
    ids[word] = id
    pool.append(contentsOf: word.utf8)
    starts.append(Int32(pool.count))
    return id
  }

  /// Builds the hash table for `id(_:_:_:)`.
  mutating func seal() {
    var size = 16
    while size < ids.count * 4 { size *= 2 }
    mask = size - 1
    slots = Array(repeating: -1, count: size)
    pool.withUnsafeBufferPointer { buffer in
      for id in 0..<ids.count {
        var h = Self.hash(buffer, Int(starts[id]), Int(starts[id + 1])) & mask
        while slots[h] >= 0 { h = (h + 1) & mask }
        slots[h] = Int32(id)
      }
    }
  }

  /// FNV-1a of `bytes[start..<end]`, continuing `seed`.
  @inline(__always)
  static func fnv(_ bytes: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int, seed: UInt64 = fnvSeed) -> UInt64 {
    var h = seed
    for k in start..<end {
      h = (h ^ UInt64(bytes[k])) &* 0x100_0000_01b3
    }
    return h
  }

  static let fnvSeed: UInt64 = 0xcbf2_9ce4_8422_2325

  @inline(__always)
  private static func slot(_ fnv: UInt64) -> Int { Int(truncatingIfNeeded: fnv ^ (fnv >> 29)) }

  @inline(__always)
  static func hash(_ bytes: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int) -> Int {
    slot(fnv(bytes, start, end))
  }

  /// The id of the lower-cased word `bytes[start..<end]`, or -1.
  ///
  /// Words with non-ASCII bytes are looked up as strings, so that canonically
  /// equivalent spellings match as they do with `String` equality.
  func id(_ bytes: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int) -> Int32 {
    var h = Self.fnvSeed
    var high: UInt8 = 0
    for k in start..<end {
      high |= bytes[k]
      h = (h ^ UInt64(bytes[k])) &* 0x100_0000_01b3
    }
    return id(bytes, start, end, fnv: h, ascii: high < 0x80)
  }

  /// `id(_:_:_:)` given the word's FNV-1a hash and whether it is all ASCII.
  @inline(__always)
  func id(_ bytes: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int, fnv: UInt64, ascii: Bool) -> Int32 {
    guard !slots.isEmpty else { return -1 }
    if !ascii {
      return ids[String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<end]), as: UTF8.self)] ?? -1
    }
    let length = end - start
    return slots.withUnsafeBufferPointer { slots in
      pool.withUnsafeBufferPointer { pool in
        starts.withUnsafeBufferPointer { starts in
          var h = Self.slot(fnv) & mask
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
    }
  }
}
