/// A set of 64-bit word hashes built per document: open addressing with
/// linear probing, sized once for at most `capacity` members, so inserting
/// and testing cost a multiply and a compare or two (no `Hasher`, no
/// rehashing).
struct HashSet64 {
  /// The members; 0 marks an empty slot (a zero hash is kept in `hasZero`).
  private var slots: [UInt64]
  private let shift: UInt64
  private var hasZero = false

  init(capacity: Int) {
    var size = 16
    while size < capacity * 2 { size *= 2 }
    slots = [UInt64](repeating: 0, count: size)
    shift = UInt64(64 - size.trailingZeroBitCount)
  }

  @inline(__always) private func slot(_ hash: UInt64) -> Int {
    Int(truncatingIfNeeded: (hash &* 0x9E37_79B9_7F4A_7C15) >> shift)
  }

  mutating func insert(_ hash: UInt64) {
    if hash == 0 {
      hasZero = true
      return
    }
    let mask = slots.count - 1
    var slot = slot(hash)
    slots.withUnsafeMutableBufferPointer { slots in
      while true {
        let member = slots[slot]
        if member == hash { return }
        if member == 0 {
          slots[slot] = hash
          return
        }
        slot = (slot + 1) & mask
      }
    }
  }

  func contains(_ hash: UInt64) -> Bool {
    if hash == 0 { return hasZero }
    let mask = slots.count - 1
    var slot = slot(hash)
    return slots.withUnsafeBufferPointer { slots in
      while true {
        let member = slots[slot]
        if member == hash { return true }
        if member == 0 { return false }
        slot = (slot + 1) & mask
      }
    }
  }
}
