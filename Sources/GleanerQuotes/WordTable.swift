import GleanerCore

/// A lookup table from lower-cased words to values, keyed by a 64-bit hash
/// of the word's bytes so that tokens are looked up without allocating.
///
/// Open addressing with linear probing over a power-of-two slot array: a
/// lookup is one multiply and (almost always) one or two integer compares,
/// with no `Hasher` round as a `Dictionary` would need.
struct WordTable<Value: Sendable>: Sendable {
  /// Open addressing with linear probing over a power-of-two slot array: a
  /// lookup is one multiply and (almost always) one or two integer compares,
  /// with no `Hasher` round as a `Dictionary` would need. The keys are kept
  /// apart from the values so that the probed array stays small enough to
  /// sit in the L1 cache; 0 marks an empty slot (a word whose hash is 0, a
  /// one in 2^64 chance, is kept in `zeroValue`).
  private var keys = [UInt64](repeating: 0, count: 16)
  private var values = [Value?](repeating: nil, count: 16)
  private var zeroValue: Value?
  private var shift: UInt64 = 60
  private var count = 0

  init() {}

  var isEmpty: Bool { count == 0 }

  /// Adds `word` (lower-cased here); an existing value is kept.
  mutating func insert(_ word: String, _ value: Value) {
    insert(hash: WordHash.of(Array(word.lowercased().utf8)), value)
  }

  /// Adds the word whose hash is `key`; an existing value is kept.
  mutating func insert(hash key: UInt64, _ value: Value) {
    guard !contains(key) else { return }
    count += 1
    if key == 0 {
      zeroValue = value
      return
    }
    if count * 2 > keys.count { rehash(size: keys.count * 2) }
    place(key, value)
  }

  /// The hashes of all words in the table.
  var hashes: [UInt64] {
    keys.filter { $0 != 0 } + (zeroValue == nil ? [] : [0])
  }

  /// The value of the word whose hash is `hash`.
  @inline(__always) subscript(hash: UInt64) -> Value? {
    guard let index = index(of: hash) else { return hash == 0 ? zeroValue : nil }
    return values[index]
  }

  @inline(__always) func contains(_ hash: UInt64) -> Bool {
    index(of: hash) != nil || hash == 0 && zeroValue != nil
  }

  /// The slot of `hash`, nil when absent (always for 0).
  @inline(__always) private func index(of hash: UInt64) -> Int? {
    keys.withUnsafeBufferPointer { keys in
      let mask = keys.count - 1
      var slot = Self.slot(hash, shift)
      while true {
        let key = keys[slot]
        if key == hash { return key == 0 ? nil : slot }
        if key == 0 { return nil }
        slot = (slot + 1) & mask
      }
    }
  }

  /// Fibonacci hashing: the top bits of the hash times the golden ratio.
  @inline(__always) private static func slot(_ hash: UInt64, _ shift: UInt64) -> Int {
    Int(truncatingIfNeeded: (hash &* 0x9E37_79B9_7F4A_7C15) >> shift)
  }

  private mutating func place(_ key: UInt64, _ value: Value) {
    let mask = keys.count - 1
    var slot = Self.slot(key, shift)
    while keys[slot] != 0 { slot = (slot + 1) & mask }
    keys[slot] = key
    values[slot] = value
  }

  private mutating func rehash(size: Int) {
    let oldKeys = keys
    let oldValues = values
    keys = [UInt64](repeating: 0, count: size)
    values = [Value?](repeating: nil, count: size)
    shift = UInt64(64 - size.trailingZeroBitCount)
    for (slot, key) in oldKeys.enumerated() where key != 0 { place(key, oldValues[slot]!) }
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
