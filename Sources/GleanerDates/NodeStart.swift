/// Which tokens can start what a trie node and the nodes below it match: a
/// child whose `NodeStart` rules out the current token is not expanded at
/// all (most children of a node fail at its next token). A filter only: it
/// lets through every token the node could match, and some more.
struct NodeStart: Sendable {
  /// Word ids, hashed to 128 bits (`id & 127`).
  var words: (UInt64, UInt64) = (0, 0)
  /// Number shapes, as bits of their index in `NumberShape.occurring`.
  var shapes: UInt64 = 0
  /// Whether the node may match no token and still reach a pattern's end
  /// (an optional element with an end after it): then it is always expanded.
  var nullable = false

  /// Whether a token of word id `id` (-1: none) and number shape bit
  /// `shapeBit` (0: not a number) may start the node.
  @inline(__always)
  func admits(id: Int32, shapeBit: UInt64) -> Bool {
    if nullable || shapes & shapeBit != 0 { return true }
    guard id >= 0 else { return false }
    let bit: UInt64 = 1 << UInt64(id & 63)
    return (id & 64 == 0 ? words.0 : words.1) & bit != 0
  }

  /// The bit of number token `i`'s shape, or 0 when `i` is no number.
  @inline(__always)
  static func shapeBit(_ view: TokenView, _ i: Int) -> UInt64 {
    guard view.isNumber(i) else { return 0 }
    return 1 << UInt64(NumberShape.indexOfShape[NumberShape.of(view, i)])
  }

  mutating func insert(_ id: Int32) {
    guard id >= 0 else { return }
    let bit: UInt64 = 1 << UInt64(id & 63)
    if id & 64 == 0 { words.0 |= bit } else { words.1 |= bit }
  }

  mutating func formUnion(_ other: NodeStart) {
    words.0 |= other.words.0
    words.1 |= other.words.1
    shapes |= other.shapes
  }

  /// The starts of every node of a laid-out trie (children come after
  /// their parent, so one backward pass sees each child first).
  static func compute(
    nodes: [PatternTrie.Node], children: [Int32], words: [Int32], lexicon: DateLexicon
  ) -> [NodeStart] {
    var listStarts: [Int: NodeStart] = [:]
    func listStart(_ list: Int) -> NodeStart {
      if let known = listStarts[list] { return known }
      var start = NodeStart()
      lexicon.firstTokens(list).forEach { start.insert($0) }
      listStarts[list] = start
      return start
    }
    let ordinal = lexicon.listIndex["ordinal"].map(listStart) ?? NodeStart()
    let number = lexicon.listIndex["number"].map(listStart) ?? NodeStart()
    var starts = [NodeStart](repeating: NodeStart(), count: nodes.count)
    for n in nodes.indices.reversed() {
      let node = nodes[n]
      // what the element itself matches at its first token
      var own = NodeStart()
      switch node.kind {
      case .root:
        break
      case .literal:
        for k in Int(node.arg)..<Int(node.arg + node.argCount) { own.insert(words[k]) }
      case .list:
        own = listStart(Int(node.arg))
      case .builtin:
        for (k, shape) in NumberShape.occurring.enumerated()
        where NumberShape.accepts(node.builtin, shape) {
          own.shapes |= 1 << UInt64(k)
        }
        switch node.builtin {
        case .day, .ordinal: own.formUnion(ordinal)
        case .hour, .count, .yearWords: own.formUnion(number)
        default: break
        }
      }
      if node.optional {
        // skipped: what the children start
        var below = NodeStart()
        var nullable = node.endCount > 0
        for k in Int(node.childStart)..<Int(node.childStart + node.childCount) {
          let child = starts[Int(children[k])]
          below.formUnion(child)
          nullable = nullable || child.nullable
        }
        own.formUnion(below)
        own.nullable = nullable
      }
      starts[n] = own
    }
    return starts
  }
}
