import GleanerCore

/// Phrase lookup keys (`PhraseTable.key`, a 64-bit FNV-1a hash) interned to
/// small integer ids, so that a document hashes each token once and every
/// phrase table is then an array indexed by key id.
struct KeyIndex: Sendable {
  private var ids: [UInt64: Int32] = [:]
  private var keys: [UInt64] = []
  private var slots: [Int32] = []
  private var mask = 0

  var count: Int { keys.count }

  /// The id of `key`, adding it if new (call `seal()` after the last one).
  mutating func intern(_ key: UInt64) -> Int32 {
    if let id = ids[key] { return id }
    let id = Int32(keys.count)
    ids[key] = id
    keys.append(key)
    return id
  }

  /// Builds the hash table for `id(_:)`.
  mutating func seal() {
    var size = 16
    while size < keys.count * 4 { size *= 2 }
    mask = size - 1
    slots = Array(repeating: -1, count: size)
    for (id, key) in keys.enumerated() {
      var h = InternedWords.slot(key) & mask
      while slots[h] >= 0 { h = (h + 1) & mask }
      slots[h] = Int32(id)
    }
  }

  /// The id of `key`, or -1.
  @inline(__always)
  func id(_ key: UInt64) -> Int32 {
    guard !slots.isEmpty else { return -1 }
    return slots.withUnsafeBufferPointer { slots in
      keys.withUnsafeBufferPointer { keys in
        var h = InternedWords.slot(key) & mask
        while true {
          let id = slots[h]
          if id < 0 || keys[Int(id)] == key { return id }
          h = (h + 1) & mask
        }
      }
    }
  }

  /// A view of the sealed table over raw buffers, for a document's many lookups.
  struct View {
    let slots: UnsafeBufferPointer<Int32>
    let keys: UnsafeBufferPointer<UInt64>
    let mask: Int

    /// The id of `key`, or -1.
    @inline(__always)
    func id(_ key: UInt64) -> Int32 {
      guard !slots.isEmpty else { return -1 }
      var h = InternedWords.slot(key) & mask
      while true {
        let id = slots[h]
        if id < 0 || keys[Int(id)] == key { return id }
        h = (h + 1) & mask
      }
    }
  }

  func withView<R>(_ body: (View) -> R) -> R {
    slots.withUnsafeBufferPointer { slots in
      keys.withUnsafeBufferPointer { keys in body(View(slots: slots, keys: keys, mask: mask)) }
    }
  }
}
