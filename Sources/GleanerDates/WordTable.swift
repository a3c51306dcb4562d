import GleanerCore

/// Interned lower-cased words: every word the date rules name gets a small
/// integer id, and a document's tokens are looked up once by hashing their
/// lower-cased UTF-8 bytes (`InternedWords`), so matching compares integers
/// instead of strings.
struct WordTable: Sendable {
  private var words = InternedWords()
  /// The length in bytes of the longest word.
  private(set) var longest = 0
  /// First byte → bit `n` set when some word of `n` bytes (< 64) starts
  /// with it: most tokens no rule names are turned away without hashing.
  private var firstByteLengths: [UInt64] = Array(repeating: 0, count: 256)

  /// word → id, while the rules are compiled.
  var ids: [String: Int32] { words.ids }

  var count: Int { words.count }

  /// The id of `word`, adding it if new (call `seal()` after the last one).
  mutating func intern(_ word: String) -> Int32 {
    let known = words.count
    let id = words.intern(word)
    if words.count > known {
      longest = max(longest, word.utf8.count)
      if let first = word.utf8.first {
        let length = word.utf8.count
        firstByteLengths[Int(first)] |= length < 64 ? 1 << UInt64(length) : 1 << 63
      }
    }
    return id
  }

  /// The text of word `id`.
  func word(_ id: Int32) -> String { words.word(id) }

  /// The id of a known word, or -1.
  func id(_ word: String) -> Int32 { words.ids[word] ?? -1 }

  /// Builds the hash table for `Lookup.id`.
  mutating func seal() { words.seal() }

  /// The table as unsafe buffers, for looking up many words at once.
  struct Lookup {
    let words: InternedWords.Buffers
    let firstByteLengths: UnsafeBufferPointer<UInt64>

    /// The id of the word `bytes[start..<end]`, or -1.
    @inline(__always)
    func id(_ bytes: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int) -> Int32 {
      guard end > start else { return -1 }
      let length = end - start
      // no word of this first byte and length (lengths of 63 and more share a bit)
      let lengthBit: UInt64 = length < 64 ? 1 << UInt64(length) : 1 << 63
      if firstByteLengths[Int(bytes[start])] & lengthBit == 0 { return -1 }
      return words.id(bytes, start, end, fnv: InternedWords.fnv(bytes, start, end))
    }
  }

  /// Calls `body` with a `Lookup` valid during the call.
  func withLookup<R>(_ body: (Lookup) -> R) -> R {
    words.withBuffers { buffers in
      firstByteLengths.withUnsafeBufferPointer { firstByteLengths in
        body(Lookup(words: buffers, firstByteLengths: firstByteLengths))
      }
    }
  }
}
