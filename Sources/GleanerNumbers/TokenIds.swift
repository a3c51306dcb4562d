import GleanerText

/// A document's tokens looked up once: each token's word id (`WordIndex`)
/// and the key id (`KeyIndex`) of the phrase key at its start, so that the
/// scan compares integers instead of hashing strings.
struct TokenIds {
  /// Per token: the `WordIndex` id of its lower-cased text, or -1.
  var words: [Int32]
  /// Per token: the `KeyIndex` id of `PhraseTable.key` at its start, or -1.
  var keys: [Int32]

  init(_ text: ArticleText, lower: UnsafeBufferPointer<UInt8>, lexicon: NumberLexicon) {
    let count = lower.count
    var words = [Int32](repeating: -1, count: text.tokens.count)
    var keys = [Int32](repeating: -1, count: text.tokens.count)
    lexicon.keys.withView { keyIndex in
    lexicon.words.withView { wordIndex in
    text.tokens.withUnsafeBufferPointer { tokens in
      words.withUnsafeMutableBufferPointer { words in
        keys.withUnsafeMutableBufferPointer { keys in
          for index in 0..<tokens.count {
            let range = tokens[index].range
            let start = range.start
            // `PhraseTable.key`: a run of ASCII letters and digits, or one
            // other character. Most tokens are such a run, and then the
            // word's hash is the key's.
            var end = start
            if PhraseTable<Int>.isASCIIWordByte(lower[start]) {
              end += 1
              while end < count, PhraseTable<Int>.isASCIIWordByte(lower[end]) { end += 1 }
            } else {
              end = min(count, start + PhraseTable<Int>.scalarLength(lower[start]))
            }
            let key = WordIndex.fnv(lower, start, end)
            keys[index] = keyIndex.id(key)
            if end == range.end {
              words[index] = wordIndex.id(lower, start, end, fnv: key, ascii: lower[start] < 0x80)
            } else {
              words[index] = lexicon.words.id(lower, start, range.end)
            }
          }
        }
      }
    }
    }
    }
    self.words = words
    self.keys = keys
  }
}
