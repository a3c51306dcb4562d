/// What may come two tokens after the first token of a word trie's match:
/// half of the walks that pass the next-token test find nothing ("in the
/// company", "at the meeting"), and this test skips most of them. A filter
/// only: it lets through every token a match could have there, and more.
///
/// It is read only when the next token is a word: after digits, a number
/// class may span several tokens ("10 : 30", "19 th").
struct ThirdToken: Sendable {
  /// Word ids (bit set) that may come two tokens after the first.
  var words: [UInt64] = []
  /// Whether a number may come there.
  var number = false
  /// Word ids (bit set) of second tokens a match may end with ("at noon"):
  /// after one, the test passes every token.
  var endsAtSecond: [UInt64] = []
  /// Whether the test must pass every token (a match may end within two
  /// tokens, or a number class reads the first token).
  var any = true

  init() {}

  /// Bit sets shared by every trie's test, made once per extractor.
  struct Tables {
    let size: Int
    /// Per list number: its phrases' first tokens.
    let listFirsts: [[UInt64]]
    /// Per list number: the second tokens of its longer phrases, and the
    /// one-token phrases' words.
    let listSeconds: [[UInt64]]
    let listSingles: [[Int32]]
    /// The first tokens of the "ordinal" and "number" lists, and every token
    /// a number class in words may read after its first.
    let numberFirsts: [Int32]
    let numberFirstBits: [UInt64]
    let numberTokenBits: [UInt64]

    init(_ lexicon: DateLexicon) {
      let size = lexicon.words.count / 64 + 1
      self.size = size
      func bits(_ ids: [Int32]) -> [UInt64] {
        var result = [UInt64](repeating: 0, count: size)
        for id in ids where id >= 0 { result[Int(id) >> 6] |= 1 << UInt64(id & 63) }
        return result
      }
      var firsts: [[UInt64]] = []
      var seconds: [[UInt64]] = []
      var singles: [[Int32]] = []
      for n in 0..<DateLexicon.listCapacity {
        let ids = lexicon.firstTokens(n)
        firsts.append(bits(ids))
        var next: [Int32] = []
        var single: [Int32] = []
        for first in ids {
          for phrase in lexicon.phrases[Int(first)] where phrase.list == n {
            if let id = phrase.tail.first { next.append(id) } else { single.append(first) }
          }
        }
        seconds.append(bits(next))
        singles.append(single)
      }
      listFirsts = firsts
      listSeconds = seconds
      listSingles = singles
      let numberLists = ["ordinal", "number"].compactMap { lexicon.listIndex[$0] }
      numberFirsts = numberLists.flatMap { lexicon.firstTokens($0) }
      numberFirstBits = bits(numberFirsts)
      numberTokenBits = bits(
        numberLists.flatMap { lexicon.tokensOfList[$0] }
          + PatternTrie.builtinFollowers.map { lexicon.words.id($0) })
    }
  }

  /// The test for the patterns of `draft`, which all start with word `first`.
  init(_ draft: PatternTrie.Draft, first: Int32, lexicon: DateLexicon, tables: Tables) {
    var result = ThirdToken()
    result.any = false
    result.words = Array(repeating: 0, count: tables.size)
    result.endsAtSecond = result.words
    let nodes = draft.draft
    func insert(_ id: Int32) {
      guard id >= 0 else { return }
      result.words[Int(id) >> 6] |= 1 << UInt64(id & 63)
    }
    func insert(_ bits: [UInt64]) {
      for k in bits.indices { result.words[k] |= bits[k] }
    }
    // the token after `node`'s element, which ended at a second token of `seconds`
    func third(_ node: Int, _ seconds: [Int32]) {
      if !nodes[node].ends.isEmpty {
        for id in seconds where id >= 0 {
          result.endsAtSecond[Int(id) >> 6] |= 1 << UInt64(id & 63)
        }
      }
      for c in nodes[node].children {
        let element = nodes[c].element!
        switch element.kind {
        case .literal(let ids): ids.forEach(insert)
        case .list(let n): insert(tables.listFirsts[n])
        case .builtin:
          result.number = true
          insert(tables.numberFirstBits)
        }
        if element.optional { third(c, seconds) }
      }
    }
    // the second token, read by a child of `node` (whose element ended at the first)
    func second(_ node: Int) {
      if !nodes[node].ends.isEmpty { result.any = true }
      for c in nodes[node].children {
        let element = nodes[c].element!
        switch element.kind {
        case .literal(let ids): third(c, ids)
        case .list(let n):
          insert(tables.listSeconds[n])
          third(c, tables.listSingles[n])
        case .builtin(let name):
          // a number class from a word ("the last few", "twenty-one", "two
          // thousand"): any token of the number words, or what follows it
          // (after digits the test is not read); a spoken year has two words
          // at least ("two thousand"), so the third token is its own
          result.number = true
          insert(tables.numberTokenBits)
          if name != .yearWords { third(c, tables.numberFirsts) }
        }
        if element.optional { second(c) }
      }
    }
    let startsNumber = tables.numberFirsts.contains(first)
    // the first token, read by a child of `node`
    func atFirst(_ node: Int) {
      for c in nodes[node].children {
        let element = nodes[c].element!
        switch element.kind {
        case .literal(let ids):
          if ids.contains(first) { second(c) }
        case .list(let n):
          for phrase in lexicon.phrases[Int(first)] where phrase.list == n {
            switch phrase.tail.count {
            case 0: second(c)
            case 1: third(c, phrase.tail)
            default: insert(phrase.tail[1])
            }
          }
        case .builtin:
          // only numbers, number words and ordinals start a number class
          if startsNumber { result.any = true }
        }
        if element.optional { atFirst(c) }
      }
    }
    atFirst(0)
    if result.any {
      result.words = []
      result.endsAtSecond = []
    }
    self = result
  }
}
