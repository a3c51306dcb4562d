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
  /// A month name (`@list month`): before a day's number it is a date, not a name.
  static let month = WordFlags(rawValue: 1 << 28)
  /// A time zone (`@list time-zone`): never an actor, even in capitals ("GMT").
  static let timeZone = WordFlags(rawValue: 1 << 29)
  /// A company's legal form (`@list org-legal-form`: "Inc", "AG", "Co"): it closes a name.
  static let legalForm = WordFlags(rawValue: 1 << 30)
  /// A short word a period ends inside a name (`@list name-abbreviation`: "St. Louis",
  /// "Mt. Everest").
  static let nameAbbreviation = WordFlags(rawValue: 1 << 31)
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

  /// While rules load: id + 1 of the word in each slot of a growing open-addressing table
  /// (0 free), keyed by `hash` of the word's bytes: a String-keyed dictionary hashed each
  /// of the some 200,000 words interned at load with SipHash, most of the load time.
  private var building: [Int32] = Array(repeating: 0, count: 1 << 10)
  private var pool: [UInt8] = []
  private var starts: [Int32] = [0]
  private var slots: [Slot] = []
  private var mask = 0
  /// The flags of each id.
  private(set) var flags: [WordFlags] = []

  var count: Int { flags.count }

  /// The id of `word`, adding it if new (call `seal()` after the last one).
  mutating func intern(_ word: String) -> Int32 {
    var word = word
    return word.withUTF8 { bytes in
      let hash = Self.hash(bytes, 0, bytes.count)
      var h = hash & (building.count - 1)
      let found = buildingID(bytes, at: &h)
      if found >= 0 { return found }
      let id = Int32(flags.count)
      building[h] = id + 1
      pool.append(contentsOf: bytes)
      starts.append(Int32(pool.count))
      flags.append([])
      if flags.count * 2 > building.count { rehash() }
      return id
    }
  }

  /// The id of `bytes` in `building` probing from `slot`, or -1 with `slot` at the free
  /// slot where it belongs.
  private func buildingID(_ bytes: UnsafeBufferPointer<UInt8>, at h: inout Int) -> Int32 {
    let mask = building.count - 1
    return building.withUnsafeBufferPointer { building in
      pool.withUnsafeBufferPointer { pool in
        while true {
          let id = Int(building[h]) - 1
          if id < 0 { return -1 }
          let s = Int(starts[id])
          if Int(starts[id + 1]) - s == bytes.count {
            var k = 0
            while k < bytes.count && pool[s + k] == bytes[k] { k += 1 }
            if k == bytes.count { return Int32(id) }
          }
          h = (h + 1) & mask
        }
      }
    }
  }

  /// Doubles `building`.
  private mutating func rehash() {
    let size = building.count * 2
    var grown = [Int32](repeating: 0, count: size)
    pool.withUnsafeBufferPointer { pool in
      for id in 0..<flags.count {
        var h = Self.hash(pool, Int(starts[id]), Int(starts[id + 1])) & (size - 1)
        while grown[h] != 0 { h = (h + 1) & (size - 1) }
        grown[h] = Int32(id + 1)
      }
    }
    building = grown
  }

  /// Makes room for `count` words.
  mutating func reserveCapacity(_ count: Int) {
    flags.reserveCapacity(count)
    starts.reserveCapacity(count + 1)
    pool.reserveCapacity(count * 8)
    var size = building.count
    while size < count * 2 { size *= 2 }
    if size > building.count { building = Array(repeating: 0, count: size) }
  }

  /// Interns every word of `words`.
  mutating func intern(_ words: [String]) -> [Int32] { words.map { intern($0) } }

  /// Adds `flag` to `word`.
  mutating func mark(_ word: String, _ flag: WordFlags) {
    let id = intern(word)
    flags[Int(id)].insert(flag)
  }

  /// The id of a known word, or -1 (before and after `seal()`).
  func id(_ word: String) -> Int32 {
    var word = word
    return word.withUTF8 { bytes in
      let hash = Self.hash(bytes, 0, bytes.count)
      if !slots.isEmpty { return lookup(bytes, 0, bytes.count, hash: hash).id }
      var h = hash & (building.count - 1)
      return buildingID(bytes, at: &h)
    }
  }

  /// Builds the hash table for `lookup(_:_:_:hash:)`.
  mutating func seal() {
    var size = 16
    while size * 3 < flags.count * 4 { size *= 2 }  // at most 3/4 full
    mask = size - 1
    building = []  // lookups go to `slots` from now on
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
        tail &= (1 &<< UInt64(count * 8)) &- 1  // count < 8: no over-shift
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
