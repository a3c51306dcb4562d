import GleanerCore

/// A lookup table from lower-cased words to values, keyed by a 64-bit hash
/// of the word's bytes so that tokens are looked up without allocating.
struct WordTable<Value: Sendable>: Sendable {
  private var values: [UInt64: Value] = [:]

  init() {}

  var isEmpty: Bool { values.isEmpty }

  /// Adds `word` (lower-cased here); an existing value is kept.
  mutating func insert(_ word: String, _ value: Value) {
    let key = WordHash.of(Array(word.lowercased().utf8))
    if values[key] == nil { values[key] = value }
  }

  /// The value of the word whose hash is `hash`.
  subscript(hash: UInt64) -> Value? { values[hash] }

  func contains(_ hash: UInt64) -> Bool { values[hash] != nil }
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
