import GleanerText

/// A document's tokens looked up for the scan: the key id (`KeyIndex`) of
/// the phrase key at each token's start, computed once for all tokens, and
/// each token's word id (`WordIndex`), computed the first time the scan
/// asks (most tokens are never asked). The scan then compares integers
/// instead of hashing strings.
final class TokenIds {
  /// A word id not yet looked up.
  static let unknown = Int32.min

  /// Per token: the `KeyIndex` id of `PhraseTable.key` at its start, or -1.
  let keys: [Int32]
  /// Per token: the `WordIndex` id of its lower-cased text, -1 for none, or
  /// `unknown`. Written through the pointer by `NumberReader.word(_:)`.
  let words: UnsafeMutableBufferPointer<Int32>

  init(_ text: ArticleText, lower: UnsafeBufferPointer<UInt8>, keyIndex: KeyIndex.View) {
    let count = lower.count
    words = .allocate(capacity: text.tokens.count)
    words.initialize(repeating: Self.unknown)
    var keys = [Int32](repeating: -1, count: text.tokens.count)
    Self.wordBytes.withUnsafeBufferPointer { isWordByte in
      text.tokens.withUnsafeBufferPointer { tokens in
        keys.withUnsafeMutableBufferPointer { keys in
          for index in 0..<tokens.count {
            // `PhraseTable.key`: FNV-1a of a run of ASCII letters and
            // digits, or of one other character (hashed as it is scanned).
            let start = tokens[index].range.start
            var hash = WordIndex.fnvSeed
            if isWordByte[Int(lower[start])] {
              var end = start
              repeat {
                hash = (hash ^ UInt64(lower[end])) &* 0x100_0000_01b3
                end += 1
              } while end < count && isWordByte[Int(lower[end])]
            } else {
              hash = WordIndex.fnv(lower, start, min(count, start + PhraseTable<Int>.scalarLength(lower[start])))
            }
            keys[index] = keyIndex.id(hash)
          }
        }
      }
    }
    self.keys = keys
  }

  deinit { words.deallocate() }

  /// `PhraseTable.isASCIIWordByte` by byte.
  private static let wordBytes: [Bool] = (0...255).map { PhraseTable<Int>.isASCIIWordByte(UInt8($0)) }
}
