/// The patterns that may start at one kind of token (one first word, or any
/// number), merged into a prefix tree: a start they share ("{count}",
/// "the?", "at? {clock}") is matched once for all of them. Nodes are plain
/// values in flat arrays, so walking the tree retains nothing.
struct PatternTrie: Sendable {
  struct Node: Sendable {
    enum Kind: UInt8, Sendable { case root, literal, list, builtin }
    var kind: Kind
    var optional: Bool
    var glued: Bool
    /// Index into `slotNames`.
    var slot: Int16
    /// The list number, the builtin's index in `Builtin.ordered`, or where
    /// the literal's word ids start in `words`.
    var arg: Int32
    var argCount: Int32
    /// The children in `children`, the patterns ending here in `ends`.
    var childStart: Int32
    var childCount: Int32
    var endStart: Int32
    var endCount: Int32
  }

  /// A pattern of the trie: its rule and its place in the rule.
  struct Entry: Sendable {
    var rule: Int32
    var pattern: Int32
  }

  private(set) var nodes: [Node] = []
  private(set) var children: [Int32] = []
  private(set) var ends: [Int32] = []
  private(set) var words: [Int32] = []
  private(set) var slotNames: [String] = []
  private(set) var entries: [Entry] = []

  /// Word ids (bit set) that may come right after the first token of a
  /// match, whether a number may, and whether a match may be one token long:
  /// a cheap test that skips the walk at most tokens ("the company").
  private(set) var second: [UInt64] = []
  private(set) var secondNumber = false
  private(set) var endsAtFirst = false

  /// Whether a match may start at token `start` as far as its next token tells.
  @inline(__always)
  func mayMatch(_ view: TokenView, at start: Int) -> Bool {
    if endsAtFirst { return true }
    let next = start + 1
    guard next < view.count else { return false }
    if secondNumber && view.isNumber(next) { return true }
    let id = Int(view.ids[next])
    return id >= 0 && second[id >> 6] & (1 << UInt64(id & 63)) != 0
  }

  /// Words a number class may continue with after its first token
  /// ("19th", "10:30", "1990s", "twenty-one", "two thousand and ten").
  static let builtinFollowers = [
    ":", "st", "nd", "rd", "th", "s", "'s", "’s", "-", "thousand", "hundred", "and",
  ]

  /// Computes `second` for the trie of first word `first` (nil: of numbers).
  private mutating func computeFollowers(first: Int32?, lexicon: DateLexicon) {
    second = Array(repeating: 0, count: lexicon.words.count / 64 + 1)
    func insert(_ id: Int32) {
      guard id >= 0 else { return }
      second[Int(id) >> 6] |= 1 << UInt64(id & 63)
    }
    func insertFirsts(_ list: String) {
      if let n = lexicon.listIndex[list] { lexicon.firstTokens(n).forEach(insert) }
    }
    func insertAll(_ list: String) {
      guard let n = lexicon.listIndex[list] else { return }
      for id in lexicon.phrases.indices {
        for phrase in lexicon.phrases[id] where phrase.list == n {
          insert(Int32(id))
          phrase.tail.forEach(insert)
        }
      }
    }
    func isNumeric(_ id: Int32) -> Bool {
      lexicon.words.word(id).first.map { $0.isNumber } ?? false
    }
    // the position right after the element of `node`
    func after(_ node: Int) {
      if !draft[node].ends.isEmpty { endsAtFirst = true }
      for c in draft[node].children {
        let element = draft[c].element!
        switch element.kind {
        case .literal(let ids): ids.forEach(insert)
        case .list(let n): lexicon.firstTokens(n).forEach(insert)
        case .builtin(let name):
          secondNumber = true
          if [.day, .ordinal].contains(name) { insertFirsts("ordinal") }
          if [.hour, .count, .yearWords].contains(name) { insertFirsts("number") }
        }
        if element.optional { after(c) }
      }
    }
    // the first token, read by a child of `node`
    func atFirst(_ node: Int) {
      for c in draft[node].children {
        let element = draft[c].element!
        switch element.kind {
        case .literal(let ids):
          if ids.contains(where: { $0 == first || (first == nil && isNumeric($0)) }) { after(c) }
        case .list(let n):
          for id in lexicon.phrases.indices where Int32(id) == first || (first == nil && isNumeric(Int32(id))) {
            for phrase in lexicon.phrases[id] where phrase.list == n {
              if let next = phrase.tail.first { insert(next) } else { after(c) }
            }
          }
        case .builtin:
          secondNumber = true
          Self.builtinFollowers.forEach { insert(lexicon.words.id($0)) }
          insertAll("number")
          insertAll("ordinal")
          after(c)
        }
        if element.optional { atFirst(c) }
      }
    }
    atFirst(0)
  }

  /// While building: the tree with its elements.
  private var draft: [(element: PatternElement?, children: [Int], ends: [Int32])] = [(nil, [], [])]

  mutating func insert(_ pattern: [PatternElement], rule: Int, index: Int) {
    var node = 0
    for element in pattern {
      if let child = draft[node].children.first(where: { draft[$0].element == element }) {
        node = child
      } else {
        draft.append((element, [], []))
        draft[node].children.append(draft.count - 1)
        node = draft.count - 1
      }
    }
    draft[node].ends.append(Int32(entries.count))
    entries.append(Entry(rule: Int32(rule), pattern: Int32(index)))
  }

  /// Lays the tree out in flat arrays (call after the last `insert`) for
  /// the patterns starting with word `first` (nil: with a number).
  mutating func seal(first: Int32?, lexicon: DateLexicon) {
    computeFollowers(first: first, lexicon: lexicon)
    nodes = []
    children = []
    ends = []
    words = []
    // node k of the draft becomes node k: children listed contiguously
    for item in draft {
      var node = Node(
        kind: .root, optional: false, glued: false, slot: -1, arg: 0, argCount: 0,
        childStart: Int32(children.count), childCount: Int32(item.children.count),
        endStart: Int32(ends.count), endCount: Int32(item.ends.count))
      children += item.children.map { Int32($0) }
      ends += item.ends
      if let element = item.element {
        node.optional = element.optional
        node.glued = element.glued
        if !element.slot.isEmpty {
          if let k = slotNames.firstIndex(of: element.slot) {
            node.slot = Int16(k)
          } else {
            node.slot = Int16(slotNames.count)
            slotNames.append(element.slot)
          }
        }
        switch element.kind {
        case .literal(let ids):
          node.kind = .literal
          node.arg = Int32(words.count)
          node.argCount = Int32(ids.count)
          words += ids
        case .list(let list):
          node.kind = .list
          node.arg = Int32(list)
        case .builtin(let builtin):
          node.kind = .builtin
          node.arg = Int32(Builtin.ordered.firstIndex(of: builtin)!)
        }
      }
      nodes.append(node)
    }
    draft = []
  }
}
