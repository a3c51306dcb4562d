/// A cheap pre-check before a `Set<String>` lookup: a bitmap over a quick (FNV-1a) hash
/// of each key's bytes. `false` means the key is surely absent; `true` means ask the set.
/// Saves hashing most words of an article against word lists; word units carry their
/// key's slot (`WordUnit.slot`), so the check costs one bit test.
struct KeyFilter: Sendable {
  static let size = 1 << 14
  private var bits = [UInt64](repeating: 0, count: KeyFilter.size / 64)

  init() {}

  init<S: Sequence>(_ keys: S) where S.Element == String {
    for key in keys { insert(key) }
  }

  /// The slot of a key given by its UTF-8 bytes.
  static func slot<S: Sequence>(bytes: S) -> Int where S.Element == UInt8 {
    var hash: UInt32 = 2_166_136_261
    for byte in bytes { hash = (hash ^ UInt32(byte)) &* 16_777_619 }
    return Int(hash ^ (hash >> 15)) & (size - 1)
  }

  static func slot(_ key: String) -> Int { slot(bytes: key.utf8) }

  mutating func insert(_ key: String) { insert(slot: Self.slot(key)) }

  mutating func insert(slot: Int) {
    bits[slot >> 6] |= 1 << UInt64(slot & 63)
  }

  func mayContain(_ key: String) -> Bool { mayContain(slot: Self.slot(key)) }

  /// Whether a key in `slot` may be present.
  func mayContain(slot: Int) -> Bool {
    bits[slot >> 6] & (1 << UInt64(slot & 63)) != 0
  }
}
