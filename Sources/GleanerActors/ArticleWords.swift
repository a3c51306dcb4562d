/// The word ids of one article: the vocabulary's ids for words the rules name, new ids
/// (from `vocabulary.count` on) for the article's other words, so that two units have the
/// same id exactly when they have the same key.
///
/// Keys are first collected into a small table of distinct entries (`entry`); `resolve`
/// then looks each distinct key up in the large vocabulary once. It does so in passes
/// that first only load the slots and pool bytes the lookups will need: those loads do not
/// depend on each other, so the processor overlaps their cache misses, which otherwise
/// dominate the cost of the whole step.
///
/// Raw buffers (freed by `Buffers`): `entry` runs once per token, and array accesses
/// (uniqueness checks, appends) cost more there than the hashing itself. A struct, not a
/// class: a class's mutable properties would be checked for exclusive access at run time.
/// The table never holds more entries than the capacity it was made with (one per token
/// at most).
struct ArticleWords {
  /// Owns the buffers: frees them when the last copy of the table goes.
  private final class Buffers {
    var pointers: [UnsafeMutableRawPointer] = []
    deinit { for pointer in pointers { pointer.deallocate() } }
  }

  private let buffers = Buffers()
  /// The key bytes of all entries, entry `e` at `pool[starts[e]..<starts[e + 1]]`.
  private var pool: UnsafeMutablePointer<UInt8>
  private var poolCount = 0
  private var poolCapacity: Int
  private let starts: UnsafeMutablePointer<Int32>
  private let hashes: UnsafeMutablePointer<Int>
  private var count = 0
  private let capacity: Int
  /// Open addressing: entry + 1 per slot, 0 for a free one.
  private let slots: UnsafeMutablePointer<Int32>
  private let mask: Int
  /// Per entry, after `resolve`: its id and flags.
  private(set) var ids: [Int32] = []
  private(set) var flags: [WordFlags] = []
  /// Keeps the touching loads of `resolve` from being optimized away.
  private(set) var touched: UInt32 = 0

  /// A table for at most `capacity` entries whose keys take about `bytes` bytes.
  init(capacity: Int, bytes: Int) {
    var size = 16
    while size < capacity * 2 { size *= 2 }
    mask = size - 1
    slots = .allocate(capacity: size)
    slots.initialize(repeating: 0, count: size)
    self.capacity = capacity
    starts = .allocate(capacity: capacity + 1)
    starts[0] = 0
    hashes = .allocate(capacity: max(capacity, 1))
    poolCapacity = max(bytes, 16)
    pool = .allocate(capacity: poolCapacity)
    buffers.pointers = [
      UnsafeMutableRawPointer(slots), UnsafeMutableRawPointer(starts),
      UnsafeMutableRawPointer(hashes), UnsafeMutableRawPointer(pool),
    ]
  }

  /// The entry of the key `bytes[start..<end]`, added if new.
  mutating func entry(_ bytes: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int) -> Int32 {
    let hash = WordVocabulary.hash(bytes, start, end)
    var h = hash & mask
    let found = find(bytes, start, end, slot: &h)
    if found >= 0 { return found }
    precondition(count < capacity, "more entries than the table was made for")
    let length = end - start
    if poolCount + length > poolCapacity { growPool(poolCount + length) }
    if length > 0 { (pool + poolCount).update(from: bytes.baseAddress! + start, count: length) }
    poolCount += length
    let entry = Int32(count)
    slots[h] = entry + 1
    hashes[count] = hash
    count += 1
    starts[count] = Int32(poolCount)
    return entry
  }

  private mutating func growPool(_ needed: Int) {
    var size = poolCapacity * 2
    while size < needed { size *= 2 }
    let grown = UnsafeMutablePointer<UInt8>.allocate(capacity: size)
    grown.update(from: pool, count: poolCount)
    buffers.pointers.append(UnsafeMutableRawPointer(grown))  // the old pool goes with the rest
    pool = grown
    poolCapacity = size
  }

  /// The entry of the key `bytes[start..<end]` probing from `slot`, or -1 with `slot` at the
  /// free slot where it belongs.
  @inline(__always)
  private func find(
    _ bytes: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int, slot h: inout Int
  ) -> Int32 {
    let length = end - start
    while true {
      let entry = Int(slots[h]) - 1
      if entry < 0 { return -1 }
      let s = Int(starts[entry])
      if Int(starts[entry + 1]) - s == length {
        var k = 0
        while k < length && pool[s + k] == bytes[start + k] { k += 1 }
        if k == length { return Int32(entry) }
      }
      h = (h + 1) & mask
    }
  }

  /// The entries of `keys`, nil when a key is none of the article's.
  func entries(of keys: [String]) -> [Int32]? {
    var found: [Int32] = []
    found.reserveCapacity(keys.count)
    for key in keys {
      let bytes = Array(key.utf8)
      let entry = bytes.withUnsafeBufferPointer { bytes in
        var h = WordVocabulary.hash(bytes, 0, bytes.count) & mask
        return find(bytes, 0, bytes.count, slot: &h)
      }
      guard entry >= 0 else { return nil }
      found.append(entry)
    }
    return found
  }

  /// Whether the key of `entry` starts with the ASCII bytes of `prefix` and goes on past them.
  func keyHasASCIIPrefix(_ entry: Int32, _ prefix: StaticString) -> Bool {
    let start = Int(starts[Int(entry)])
    let end = Int(starts[Int(entry) + 1])
    let count = prefix.utf8CodeUnitCount
    guard end - start > count else { return false }
    return prefix.withUTF8Buffer { prefix in
      for k in 0..<count where pool[start + k] != prefix[k] { return false }
      return true
    }
  }

  /// Whether the key of `entry` may end with `suffix` (ASCII): false only when its last
  /// bytes differ, a cheap test before `String.hasSuffix`.
  func keyHasASCIISuffix(_ entry: Int32, _ suffix: StaticString) -> Bool {
    let start = Int(starts[Int(entry)])
    let end = Int(starts[Int(entry) + 1])
    let count = suffix.utf8CodeUnitCount
    guard end - start >= count else { return false }
    return suffix.withUTF8Buffer { suffix in
      for k in 0..<count where pool[end - count + k] != suffix[k] { return false }
      return true
    }
  }

  /// Calls `body` with the key bytes of `entry` (valid only during the call).
  func withKeyBytes<R>(_ entry: Int32, _ body: (UnsafeBufferPointer<UInt8>) -> R) -> R {
    let start = Int(starts[Int(entry)])
    let end = Int(starts[Int(entry) + 1])
    return body(UnsafeBufferPointer(start: pool + start, count: end - start))
  }

  /// The key text of `entry`.
  func key(_ entry: Int32) -> String {
    let start = Int(starts[Int(entry)])
    let end = Int(starts[Int(entry) + 1])
    return String(decoding: UnsafeBufferPointer(start: pool + start, count: end - start), as: UTF8.self)
  }

  /// Gives every entry its id and flags.
  mutating func resolve(_ vocabulary: WordVocabulary) {
    let hashList = Array(UnsafeBufferPointer(start: hashes, count: count))
    touched = vocabulary.touch(hashList)
    var nextID = Int32(vocabulary.count)
    ids.reserveCapacity(count)
    flags.reserveCapacity(count)
    let pool = UnsafeBufferPointer(start: self.pool, count: poolCount)
    for entry in 0..<count {
      var (id, wordFlags) = vocabulary.lookup(
        pool, Int(starts[entry]), Int(starts[entry + 1]), hash: hashes[entry])
      if id < 0 {
        id = nextID
        nextID += 1
      }
      ids.append(id)
      flags.append(wordFlags)
    }
  }
}
