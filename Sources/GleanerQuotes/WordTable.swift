import GleanerCore

/// A lookup table from lower-cased words to values, keyed by a 64-bit hash
/// of the word's bytes so that tokens are looked up without allocating.
///
/// Open addressing with linear probing over a power-of-two slot array: a
/// lookup is one multiply and (almost always) one or two integer compares,
/// with no `Hasher` round as a `Dictionary` would need.
struct WordTable<Value: Sendable>: Sendable {
  private var keys: [UInt64] = []
  private var values: [Value] = []
  /// Index + 1 into `keys`/`values`; 0 marks an empty slot.
  private var slots: [Int32] = [Int32](repeating: 0, count: 16)
  private var shift: UInt64 = 60

  init() {}

  var isEmpty: Bool { keys.isEmpty }

  /// Adds `word` (lower-cased here); an existing value is kept.
  mutating func insert(_ word: String, _ value: Value) {
    let key = WordHash.of(Array(word.lowercased().utf8))
    guard index(of: key) == nil else { return }
    keys.append(key)
    values.append(value)
    if keys.count * 2 > slots.count { rehash(size: slots.count * 2) } else { place(keys.count - 1) }
  }

  /// The value of the word whose hash is `hash`.
  subscript(hash: UInt64) -> Value? {
    guard let index = index(of: hash) else { return nil }
    return values[index]
  }

  @inline(__always) func contains(_ hash: UInt64) -> Bool { index(of: hash) != nil }

  @inline(__always) private func index(of hash: UInt64) -> Int? {
    slots.withUnsafeBufferPointer { slots in
      let mask = slots.count - 1
      var slot = Self.slot(hash, shift)
      while true {
        let entry = Int(slots[slot])
        if entry == 0 { return nil }
        if keys[entry - 1] == hash { return entry - 1 }
        slot = (slot + 1) & mask
      }
    }
  }

  /// Fibonacci hashing: the top bits of the hash times the golden ratio.
  @inline(__always) private static func slot(_ hash: UInt64, _ shift: UInt64) -> Int {
    Int(truncatingIfNeeded: (hash &* 0x9E37_79B9_7F4A_7C15) >> shift)
  }

  private mutating func place(_ index: Int) {
    let mask = slots.count - 1
    var slot = Self.slot(keys[index], shift)
    while slots[slot] != 0 { slot = (slot + 1) & mask }
    slots[slot] = Int32(index + 1)
  }

  private mutating func rehash(size: Int) {
    slots = [Int32](repeating: 0, count: size)
    shift = UInt64(64 - size.trailingZeroBitCount)
    for index in keys.indices { place(index) }
  }
}

extension WordTable where Value == Bool {
  /// A set of words: every key of every entry of `entries`.
  init(keysOf entries: [RuleEntry]) {
    self.init()
    for entry in entries {
      for key in entry.keys { insert(key, true) }
    }
  }
}

/// FNV-1a hashes of lower-cased words.
enum WordHash {
  static let seed: UInt64 = 0xcbf2_9ce4_8422_2325

  @inline(__always)
  static func add(_ hash: UInt64, _ byte: UInt8) -> UInt64 {
    (hash ^ UInt64(byte)) &* 0x0000_0100_0000_01B3
  }

  static func of<C: Collection>(_ bytes: C) -> UInt64 where C.Element == UInt8 {
    var hash = seed
    for byte in bytes { hash = add(hash, byte) }
    return hash
  }

  /// The hash of a multi-word phrase: its words' hashes, in order.
  static func phrase(_ text: String) -> [UInt64] {
    text.lowercased().split(separator: " ").map { of(Array($0.utf8)) }
  }
}
