/// What the rules say about one word key: which word lists hold it. A word unit's
/// list memberships are one bit test instead of one `Set<String>` lookup each.
struct WordFlags: OptionSet, Sendable {
  let rawValue: UInt64

  static let particle = WordFlags(rawValue: 1 << 0)
  static let sportsWord = WordFlags(rawValue: 1 << 1)
  static let group = WordFlags(rawValue: 1 << 2)
  static let stopword = WordFlags(rawValue: 1 << 3)
  static let commonWord = WordFlags(rawValue: 1 << 4)
  static let sentenceWord = WordFlags(rawValue: 1 << 5)
  /// A given name (`givenNames` has it).
  static let givenName = WordFlags(rawValue: 1 << 6)
  /// A given name that is also a common word (`givenNames[key] == true`).
  static let commonGivenName = WordFlags(rawValue: 1 << 7)
  static let orgPrefix = WordFlags(rawValue: 1 << 8)
  static let orgSuffix = WordFlags(rawValue: 1 << 9)
  static let orgHead = WordFlags(rawValue: 1 << 10)
  static let orgDescriptor = WordFlags(rawValue: 1 << 11)
  static let locationCue = WordFlags(rawValue: 1 << 12)
  static let locationSuffix = WordFlags(rawValue: 1 << 13)
  static let locationPrefix = WordFlags(rawValue: 1 << 14)
  static let governmentWord = WordFlags(rawValue: 1 << 15)
  static let titleModifier = WordFlags(rawValue: 1 << 16)
  static let honorific = WordFlags(rawValue: 1 << 17)
  static let kin = WordFlags(rawValue: 1 << 18)
  static let scorecardWord = WordFlags(rawValue: 1 << 19)
  static let placeNoun = WordFlags(rawValue: 1 << 20)
  static let referenceFollower = WordFlags(rawValue: 1 << 21)
  /// `MentionFinder.determiners`, `.closers`, `.roleLinks`, `.apostrophes`.
  static let determiner = WordFlags(rawValue: 1 << 22)
  static let closer = WordFlags(rawValue: 1 << 23)
  static let roleLink = WordFlags(rawValue: 1 << 24)
  static let apostrophe = WordFlags(rawValue: 1 << 25)
  /// A one-word title (`titles.lookup([key])` is not empty).
  static let title = WordFlags(rawValue: 1 << 26)
  /// A word of a reference noun phrase (`referenceNouns`).
  static let referenceNounWord = WordFlags(rawValue: 1 << 27)
}

/// Every word key the actor rules name, interned to a small integer id with its
/// `WordFlags`. A text word is looked up once by hashing its key bytes (FNV-1a, open
/// addressing); everything after compares integers.
///
/// The table is large (every gazetteer, name and word-list word), so a lookup touches as
/// little memory as possible: each slot holds a hash fingerprint, the word's place in the
/// pool, its id and its flags, and the pool is read only when the fingerprint matches.
struct WordVocabulary: Sendable {
  /// 16 bytes, four to a cache line: the table (about 1 MB) is read once per distinct
  /// word of every article, and mostly from memory.
  private struct Slot: Sendable {
    var fingerprint: UInt16 = 0
    var length: UInt16 = 0
    var id: Int32 = -1
    var start: Int32 = 0
    /// `WordFlags.rawValue` (all flags fit in 32 bits).
    var flags: UInt32 = 0
  }

  private var ids: [String: Int32] = [:]
  private var pool: [UInt8] = []
  private var starts: [Int32] = [0]
  private var slots: [Slot] = []
  private var mask = 0
  /// The flags of each id.
  private(set) var flags: [WordFlags] = []

  var count: Int { flags.count }

  /// The id of `word`, adding it if new (call `seal()` after the last one).
  mutating func intern(_ word: String) -> Int32 {
    if let id = ids[word] { return id }
    let id = Int32(flags.count)
    ids[word] = id
    pool.append(contentsOf: word.utf8)
    starts.append(Int32(pool.count))
    flags.append([])
    return id
  }

  /// Makes room for `count` words.
  mutating func reserveCapacity(_ count: Int) {
    ids.reserveCapacity(count)
    flags.reserveCapacity(count)
    starts.reserveCapacity(count + 1)
    pool.reserveCapacity(count * 8)
  }

  /// Interns every word of `words`.
  mutating func intern(_ words: [String]) -> [Int32] { words.map { intern($0) } }

  /// Adds `flag` to `word`.
  mutating func mark(_ word: String, _ flag: WordFlags) {
    let id = intern(word)
    flags[Int(id)].insert(flag)
  }

  /// The id of a known word, or -1 (works before `seal()`).
  func id(_ word: String) -> Int32 { ids[word] ?? -1 }

  /// Builds the hash table for `lookup(_:_:_:hash:)`.
  mutating func seal() {
    var size = 16
    while size * 3 < flags.count * 4 { size *= 2 }  // at most 3/4 full
    mask = size - 1
    slots = Array(repeating: Slot(), count: size)
    for id in 0..<flags.count {
      let start = Int(starts[id])
      let end = Int(starts[id + 1])
      let hash = pool.withUnsafeBufferPointer { Self.hash($0, start, end) }
      var h = hash & mask
      while slots[h].id >= 0 { h = (h + 1) & mask }
      precondition(end - start <= Int(UInt16.max) && flags[id].rawValue <= UInt64(UInt32.max))
      slots[h] = Slot(
        fingerprint: Self.fingerprint(hash), length: UInt16(end - start), id: Int32(id),
        start: Int32(start), flags: UInt32(flags[id].rawValue))
    }
  }

  /// A hash of `bytes[start..<end]` that reads 8 bytes at a time (a multiply per 8 bytes
  /// instead of per byte: words are hashed once per token), its bits mixed so that the low
  /// ones (the slot) and the high ones (the fingerprint) both vary.
  @inline(__always)
  static func hash(_ bytes: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int) -> Int {
    let multiplier: UInt64 = 0x9E37_79B9_7F4A_7C15
    var h: UInt64 = 0xcbf2_9ce4_8422_2325 ^ UInt64(end - start)
    guard start < end, let base = bytes.baseAddress else { return Int(truncatingIfNeeded: h) }
    let raw = UnsafeRawPointer(base)
    var k = start
    while k + 8 <= end {
      h = (h ^ raw.loadUnaligned(fromByteOffset: k, as: UInt64.self)) &* multiplier
      h ^= h >> 31
      k += 8
    }
    if k < end {
      // The last 1...7 bytes, little-endian in the low bytes of one word.
      let count = end - k
      var tail: UInt64
      if k + 8 <= bytes.count {
        tail = raw.loadUnaligned(fromByteOffset: k, as: UInt64.self).littleEndian
        tail &= (1 << UInt64(count * 8)) &- 1
      } else {
        tail = 0
        for offset in 0..<count { tail |= UInt64(bytes[k + offset]) << UInt64(offset * 8) }
      }
      h = (h ^ tail) &* multiplier
    }
    h = (h ^ (h >> 32)) &* multiplier
    return Int(truncatingIfNeeded: h ^ (h >> 29))
  }

  @inline(__always)
  private static func fingerprint(_ hash: Int) -> UInt16 {
    UInt16(truncatingIfNeeded: UInt64(bitPattern: Int64(hash)) >> 48)
  }

  /// Loads the first slot of each hash and the pool bytes of a fingerprint match there,
  /// as `lookup` will: independent loads that run in parallel. Returns a checksum.
  func touch(_ hashes: [Int]) -> UInt32 {
    var sink: UInt32 = 0
    slots.withUnsafeBufferPointer { slots in
      for hash in hashes { sink &+= UInt32(slots[hash & mask].fingerprint) }
      pool.withUnsafeBufferPointer { pool in
        for hash in hashes {
          let slot = slots[hash & mask]
          if slot.id >= 0, slot.fingerprint == Self.fingerprint(hash) {
            sink &+= UInt32(pool[Int(slot.start)])
          }
        }
      }
    }
    return sink
  }

  /// The id and flags of the word `bytes[start..<end]` whose `hash` is given; id -1 when
  /// the rules do not name it.
  func lookup(_ bytes: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int, hash: Int)
    -> (id: Int32, flags: WordFlags)
  {
    let length = end - start
    let fingerprint = Self.fingerprint(hash)
    return slots.withUnsafeBufferPointer { slots in
      pool.withUnsafeBufferPointer { pool in
        var h = hash & mask
        while true {
          let slot = slots[h]
          if slot.id < 0 { return (-1, []) }
          if slot.fingerprint == fingerprint, Int(slot.length) == length {
            let s = Int(slot.start)
            var k = 0
            while k < length && pool[s + k] == bytes[start + k] { k += 1 }
            if k == length { return (slot.id, WordFlags(rawValue: UInt64(slot.flags))) }
          }
          h = (h + 1) & mask
        }
      }
    }
  }
}

/// The word ids of one article: the vocabulary's ids for words the rules name, new ids
/// (from `vocabulary.count` on) for the article's other words, so that two units have the
/// same id exactly when they have the same key.
///
/// Keys are first collected into a small table of distinct entries (`entry`); `resolve`
/// then looks each distinct key up in the large vocabulary once. It does so in passes
/// that first only load the slots and pool bytes the lookups will need: those loads do not
/// depend on each other, so the processor overlaps their cache misses, which otherwise
/// dominate the cost of the whole step.
struct ArticleWords {
  private var pool: [UInt8] = []
  private var starts: [Int32] = [0]
  private var hashes: [Int] = []
  /// Per entry, after `resolve`: its id and flags.
  private(set) var ids: [Int32] = []
  private(set) var flags: [WordFlags] = []
  private var slots: [Int32]
  private let mask: Int
  /// Keeps the touching loads of `resolve` from being optimized away.
  private(set) var touched: UInt32 = 0

  init(capacity: Int) {
    var size = 16
    while size < capacity * 2 { size *= 2 }
    mask = size - 1
    slots = Array(repeating: -1, count: size)
    pool.reserveCapacity(capacity * 4)
    starts.reserveCapacity(capacity + 1)
    hashes.reserveCapacity(capacity)
  }

  /// The entry of the key `bytes[start..<end]`, added if new.
  mutating func entry(_ bytes: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int) -> Int32 {
    let hash = WordVocabulary.hash(bytes, start, end)
    var h = hash & mask
    let found = find(bytes, start, end, slot: &h)
    if found >= 0 { return found }
    let entry = Int32(hashes.count)
    slots[h] = entry
    hashes.append(hash)
    pool.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[start..<end]))
    starts.append(Int32(pool.count))
    return entry
  }

  /// The entry of the key `bytes[start..<end]` probing from `slot`, or -1 with `slot` at the
  /// free slot where it belongs.
  @inline(__always)
  private func find(
    _ bytes: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int, slot h: inout Int
  ) -> Int32 {
    let length = end - start
    let mask = mask
    return slots.withUnsafeBufferPointer { slots in
      starts.withUnsafeBufferPointer { starts in
        pool.withUnsafeBufferPointer { pool in
          while true {
            let entry = slots[h]
            if entry < 0 { return -1 }
            let s = Int(starts[Int(entry)])
            if Int(starts[Int(entry) + 1]) - s == length {
              var k = 0
              while k < length && pool[s + k] == bytes[start + k] { k += 1 }
              if k == length { return entry }
            }
            h = (h + 1) & mask
          }
        }
      }
    }
  }

  /// The entries of `keys`, nil when a key is none of the article's.
  func entries(of keys: [String]) -> [Int32]? {
    var found: [Int32] = []
    found.reserveCapacity(keys.count)
    for key in keys {
      let bytes = Array(key.utf8)
      let entry = bytes.withUnsafeBufferPointer { find($0, 0, $0.count) }
      guard entry >= 0 else { return nil }
      found.append(entry)
    }
    return found
  }

  /// The entry of the key `bytes[start..<end]`, or -1.
  private func find(_ bytes: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int) -> Int32 {
    var h = WordVocabulary.hash(bytes, start, end) & mask
    return find(bytes, start, end, slot: &h)
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

  /// The key text of `entry`.
  func key(_ entry: Int32) -> String {
    String(decoding: pool[Int(starts[Int(entry)])..<Int(starts[Int(entry) + 1])], as: UTF8.self)
  }

  /// Gives every entry its id and flags.
  mutating func resolve(_ vocabulary: WordVocabulary) {
    touched = vocabulary.touch(hashes)
    var nextID = Int32(vocabulary.count)
    ids.reserveCapacity(hashes.count)
    flags.reserveCapacity(hashes.count)
    pool.withUnsafeBufferPointer { pool in
      for entry in hashes.indices {
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
}
