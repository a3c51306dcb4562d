import GleanerCore

/// A lookup table from lower-cased words to values, keyed by a 64-bit hash
/// of the word's bytes so that tokens are looked up without allocating.
///
/// Open addressing with linear probing over a power-of-two slot array: a
/// lookup is one multiply and (almost always) one or two integer compares,
/// with no `Hasher` round as a `Dictionary` would need.
struct WordTable<Value: Sendable>: Sendable {
  private struct Slot: Sendable {
    var key: UInt64
    var isUsed: Bool
    var value: Value?
  }

  /// Open addressing with linear probing over a power-of-two slot array: a
  /// lookup is one multiply and (almost always) one or two integer compares,
  /// with no `Hasher` round as a `Dictionary` would need. One array, so that
  /// copying the table (the rules are copied into each stage) costs one
  /// retain.
  private var slots = [Slot](repeating: Slot(key: 0, isUsed: false, value: nil), count: 16)
  private var shift: UInt64 = 60
  private var count = 0

  init() {}

  var isEmpty: Bool { count == 0 }

  /// Adds `word` (lower-cased here); an existing value is kept.
  mutating func insert(_ word: String, _ value: Value) {
    let key = WordHash.of(Array(word.lowercased().utf8))
    guard index(of: key) == nil else { return }
    if (count + 1) * 2 > slots.count { rehash(size: slots.count * 2) }
    place(Slot(key: key, isUsed: true, value: value))
    count += 1
  }

  /// The value of the word whose hash is `hash`.
  @inline(__always) subscript(hash: UInt64) -> Value? {
    guard let index = index(of: hash) else { return nil }
    return slots[index].value
  }

  @inline(__always) func contains(_ hash: UInt64) -> Bool { index(of: hash) != nil }

  @inline(__always) private func index(of hash: UInt64) -> Int? {
    slots.withUnsafeBufferPointer { slots in
      let mask = slots.count - 1
      var slot = Self.slot(hash, shift)
      while true {
        if !slots[slot].isUsed { return nil }
        if slots[slot].key == hash { return slot }
        slot = (slot + 1) & mask
      }
    }
  }

  /// Fibonacci hashing: the top bits of the hash times the golden ratio.
  @inline(__always) private static func slot(_ hash: UInt64, _ shift: UInt64) -> Int {
    Int(truncatingIfNeeded: (hash &* 0x9E37_79B9_7F4A_7C15) >> shift)
  }

  private mutating func place(_ entry: Slot) {
    let mask = slots.count - 1
    var slot = Self.slot(entry.key, shift)
    while slots[slot].isUsed { slot = (slot + 1) & mask }
    slots[slot] = entry
  }

  private mutating func rehash(size: Int) {
    let old = slots
    slots = [Slot](repeating: Slot(key: 0, isUsed: false, value: nil), count: size)
    shift = UInt64(64 - size.trailingZeroBitCount)
    for entry in old where entry.isUsed { place(entry) }
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

/// A handful of words (a closed class such as "and | but | or") tested by
/// comparing hashes in a row: cheaper than hashing into a `Set`.
struct SmallWordSet: Sendable {
  private let hashes: [UInt64]

  init(_ words: [String]) {
    hashes = words.map { WordHash.of(Array($0.lowercased().utf8)) }
  }

  @inline(__always) func contains(_ hash: UInt64) -> Bool {
    for member in hashes where member == hash { return true }
    return false
  }
}
