/// Words interned to small integer ids and found again from UTF-8 bytes
/// without building a `String` or running Swift's `Hasher`: one byte pool,
/// FNV-1a, open addressing with linear probing. The extractors' word tables
/// are built on it.
public struct InternedWords: Sendable {
  /// word → id, while rules are compiled.
  public private(set) var ids: [String: Int32] = [:]
  @usableFromInline var pool: [UInt8] = []
  @usableFromInline var starts: [Int32] = [0]
  @usableFromInline var slots: [Int32] = []
  @usableFromInline var mask = 0

  public init() {}

  /// How many words are interned.
  public var count: Int { ids.count }

  /// Whether `seal()` has built the table.
  public var isSealed: Bool { !slots.isEmpty }

  /// The id of `word`, adding it if new (call `seal()` after the last one).
  public mutating func intern(_ word: String) -> Int32 {
    if let id = ids[word] { return id }
    let id = Int32(ids.count)
    ids[word] = id
    pool.append(contentsOf: word.utf8)
    starts.append(Int32(pool.count))
    return id
  }

  /// The text of word `id`.
  public func word(_ id: Int32) -> String {
    String(decoding: pool[Int(starts[Int(id)])..<Int(starts[Int(id) + 1])], as: UTF8.self)
  }

  /// Builds the hash table that byte lookups probe.
  public mutating func seal() {
    var size = 16
    while size < ids.count * 4 { size *= 2 }
    mask = size - 1
    slots = Array(repeating: -1, count: size)
    pool.withUnsafeBufferPointer { buffer in
      for id in 0..<ids.count {
        var h = Self.slot(Self.fnv(buffer, Int(starts[id]), Int(starts[id + 1]))) & mask
        while slots[h] >= 0 { h = (h + 1) & mask }
        slots[h] = Int32(id)
      }
    }
  }

  /// The FNV-1a offset basis.
  public static let fnvSeed: UInt64 = 0xcbf2_9ce4_8422_2325

  /// FNV-1a of `bytes[start..<end]`, continuing `seed`.
  @inlinable @inline(__always)
  public static func fnv(
    _ bytes: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int, seed: UInt64 = fnvSeed
  ) -> UInt64 {
    var h = seed
    for k in start..<end {
      h = (h ^ UInt64(bytes[k])) &* 0x100_0000_01b3
    }
    return h
  }

  /// A table slot (before masking) for an FNV-1a hash.
  @inlinable @inline(__always)
  public static func slot(_ fnv: UInt64) -> Int { Int(truncatingIfNeeded: fnv ^ (fnv >> 29)) }

  /// The table's arrays as unsafe buffers, valid during `withBuffers`.
  public struct Buffers {
    @usableFromInline let slots: UnsafeBufferPointer<Int32>
    @usableFromInline let pool: UnsafeBufferPointer<UInt8>
    @usableFromInline let starts: UnsafeBufferPointer<Int32>
    @usableFromInline let mask: Int

    @usableFromInline
    init(slots: UnsafeBufferPointer<Int32>, pool: UnsafeBufferPointer<UInt8>, starts: UnsafeBufferPointer<Int32>, mask: Int) {
      self.slots = slots
      self.pool = pool
      self.starts = starts
      self.mask = mask
    }

    /// The id of the word `bytes[start..<end]` whose FNV-1a hash is `fnv`, or -1.
    @inlinable @inline(__always)
    public func id(_ bytes: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int, fnv: UInt64) -> Int32 {
      guard !slots.isEmpty else { return -1 }
      let length = end - start
      var h = InternedWords.slot(fnv) & mask
      while true {
        let id = slots[h]
        if id < 0 { return -1 }
        let s = Int(starts[Int(id)])
        if Int(starts[Int(id) + 1]) - s == length {
          var k = 0
          while k < length && pool[s + k] == bytes[start + k] { k += 1 }
          if k == length { return id }
        }
        h = (h + 1) & mask
      }
    }
  }

  /// Calls `body` with the table's buffers, for looking up many words at once.
  @inlinable
  public func withBuffers<R>(_ body: (Buffers) -> R) -> R {
    slots.withUnsafeBufferPointer { slots in
      pool.withUnsafeBufferPointer { pool in
        starts.withUnsafeBufferPointer { starts in
          body(Buffers(slots: slots, pool: pool, starts: starts, mask: mask))
        }
      }
    }
  }

  /// The id of the word `bytes[start..<end]` whose FNV-1a hash is `fnv`, or -1.
  @inlinable
  public func id(_ bytes: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int, fnv: UInt64) -> Int32 {
    withBuffers { $0.id(bytes, start, end, fnv: fnv) }
  }
}
