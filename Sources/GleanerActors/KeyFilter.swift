/// A cheap pre-check before a `Set<String>` lookup: a bitmap over each key's first byte,
/// last byte and length. `false` means the key is surely absent; `true` means ask the set.
/// Saves hashing most words of an article against small word lists.
struct KeyFilter: Sendable {
  private static let size = 1 << 14
  private var bits = [UInt64](repeating: 0, count: KeyFilter.size / 64)

  init() {}

  init<S: Sequence>(_ keys: S) where S.Element == String {
    for key in keys { insert(key) }
  }

  private static func slot(_ key: String) -> Int {
    let utf8 = key.utf8
    let first = Int(utf8.first ?? 0)
    let last = Int(utf8.last ?? 0)
    return (first &* 131 &+ last &* 17 &+ utf8.count) & (size - 1)
  }

  mutating func insert(_ key: String) {
    let slot = Self.slot(key)
    bits[slot >> 6] |= 1 << UInt64(slot & 63)
  }

  func mayContain(_ key: String) -> Bool {
    let slot = Self.slot(key)
    return bits[slot >> 6] & (1 << UInt64(slot & 63)) != 0
  }
}
