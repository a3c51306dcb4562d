/// A trie over word ids (`WordVocabulary`, `ArticleWords`): finds the longest rule
/// phrase starting at a word in one walk, so matching stays linear in the text whatever
/// the gazetteer size.
///
/// Edges live in one open-addressing table keyed by `(node, word id)` packed into a
/// `UInt64`, so a step costs one multiply and, mostly, one probe (one cache line: the
/// child is stored next to its key).
struct TokenTrie: Sendable {
  private struct Edge: Sendable {
    /// `node << 32 | word`, `UInt64.max` for an empty slot.
    var key: UInt64 = .max
    var child: Int32 = 0
  }

  private var edges: [Edge]
  private var mask: Int
  private var edgeCount = 0
  /// The payload of the phrases ending at each node: -1 for none, a payload index when
  /// one phrase ends there, `-2 - i` when several do (`spilled[i]` lists them). Most
  /// nodes end one phrase or none, and an inline index allocates nothing per node.
  private var payloads: [Int32] = [-1]
  /// The payload lists of nodes where more than one phrase ends.
  private var spilled: [[Int32]] = []
  /// A bitset over word ids: the words some phrase starts with. Most words start none,
  /// and this small table answers for them without probing the large edge table.
  private var heads: [UInt64] = []

  /// An empty trie with room for about `capacity` edges before it grows, and for phrases
  /// that start with word ids below `words` (the head bitset grows past it, in steps).
  init(capacity: Int = 8, words: Int = 0) {
    var size = 16
    while size < capacity * 2 { size *= 2 }
    edges = Array(repeating: Edge(), count: size)
    mask = size - 1
    payloads.reserveCapacity(capacity + 1)
    heads = Array(repeating: 0, count: words / 64 + 1)
  }

  @inline(__always)
  private static func slot(_ key: UInt64, _ mask: Int) -> Int {
    Int(truncatingIfNeeded: (key &* 0x9E37_79B9_7F4A_7C15) >> 32) & mask
  }

  @inline(__always)
  private static func edgeKey(_ node: Int32, _ word: Int32) -> UInt64 {
    UInt64(UInt32(bitPattern: node)) << 32 | UInt64(UInt32(bitPattern: word))
  }

  /// Whether some phrase starts with `word`.
  @inline(__always)
  private func isHead(_ word: Int32) -> Bool {
    let index = Int(word) >> 6
    return word >= 0 && index < heads.count && heads[index] & (1 << UInt64(word & 63)) != 0
  }

  /// The node after `node` by `word`, or -1.
  @inline(__always)
  func child(_ node: Int32, _ word: Int32) -> Int32 {
    let key = Self.edgeKey(node, word)
    return edges.withUnsafeBufferPointer { edges in
      var h = Self.slot(key, mask)
      while true {
        let edge = edges[h]
        if edge.key == key { return edge.child }
        if edge.key == .max { return -1 }
        h = (h + 1) & mask
      }
    }
  }

  private mutating func addEdge(_ key: UInt64, _ child: Int32) {
    if (edgeCount + 1) * 2 > edges.count { grow() }
    var h = Self.slot(key, mask)
    while edges[h].key != .max { h = (h + 1) & mask }
    edges[h] = Edge(key: key, child: child)
    edgeCount += 1
  }

  private mutating func grow() {
    let old = edges
    edges = Array(repeating: Edge(), count: old.count * 2)
    mask = edges.count - 1
    edgeCount = 0
    for edge in old where edge.key != .max { addEdge(edge.key, edge.child) }
  }

  /// Adds a phrase (its word ids) with a payload index.
  mutating func insert(_ words: [Int32], payload: Int) {
    if let first = words.first, first >= 0 {
      let index = Int(first) >> 6
      if index >= heads.count { heads += Array(repeating: 0, count: index + 1 - heads.count) }
      heads[index] |= 1 << UInt64(first & 63)
    }
    var node: Int32 = 0
    for word in words {
      let next = child(node, word)
      if next >= 0 {
        node = next
      } else {
        let created = Int32(payloads.count)
        payloads.append(-1)
        addEdge(Self.edgeKey(node, word), created)
        node = created
      }
    }
    let current = payloads[Int(node)]
    let new = Int32(payload)
    if current == -1 {
      payloads[Int(node)] = new
    } else if current >= 0 {
      if current != new {
        payloads[Int(node)] = -2 - Int32(spilled.count)
        spilled.append([current, new])
      }
    } else if !spilled[Int(-2 - current)].contains(new) {
      spilled[Int(-2 - current)].append(new)
    }
  }

  /// The payloads of the phrases ending at `node`.
  @inline(__always)
  private func payloads(at node: Int32) -> Payloads {
    let value = payloads[Int(node)]
    return value >= -1 ? Payloads(single: value, list: []) : Payloads(single: -1, list: spilled[Int(-2 - value)])
  }

  /// Every phrase that starts at `start`, as `(end, payloads)`, shortest first; `end` is
  /// exclusive. `word(index)` gives the id of the word at `index`, or -1 past the end.
  func matches(_ word: (Int) -> Int32, from start: Int) -> [(end: Int, payloads: Payloads)] {
    var found: [(end: Int, payloads: Payloads)] = []
    walk(word, from: start) { end, node in found.append((end, payloads(at: node))) }
    return found
  }

  /// The end (exclusive) of the longest phrase that starts at `start`, nil for none; as
  /// `matches(_:from:).last?.end`, without building the list.
  func longestMatchEnd(_ word: (Int) -> Int32, from start: Int) -> Int? {
    var longest: Int?
    walk(word, from: start) { end, _ in longest = end }
    return longest
  }

  /// Follows the words from `start` down the trie and calls `visit(end, node)` at each node
  /// where a phrase ends, shortest first.
  @inline(__always)
  private func walk(_ word: (Int) -> Int32, from start: Int, _ visit: (Int, Int32) -> Void) {
    guard isHead(word(start)) else { return }
    var node: Int32 = 0
    var index = start
    while true {
      let id = word(index)
      if id < 0 { return }
      let next = child(node, id)
      if next < 0 { return }
      node = next
      index += 1
      if payloads[Int(node)] != -1 { visit(index, node) }
    }
  }

  /// The payloads of exactly the phrase of `count` words `word(0) ... word(count - 1)`.
  func lookup(count: Int, _ word: (Int) -> Int32) -> Payloads {
    if count > 0, !isHead(word(0)) { return Payloads() }
    var node: Int32 = 0
    for index in 0..<count {
      node = child(node, word(index))
      if node < 0 { return Payloads() }
    }
    return payloads(at: node)
  }

  /// Whether the phrase of `count` words has a payload.
  func contains(count: Int, _ word: (Int) -> Int32) -> Bool {
    if count > 0, !isHead(word(0)) { return false }
    var node: Int32 = 0
    for index in 0..<count {
      node = child(node, word(index))
      if node < 0 { return false }
    }
    return payloads[Int(node)] != -1
  }

  /// The payloads of exactly this phrase.
  func lookup(_ words: [Int32]) -> Payloads {
    lookup(count: words.count) { words[$0] }
  }
}

/// The payload indices of the phrases ending at one trie node, in insertion order: one
/// inline index (no array) or a list.
struct Payloads: RandomAccessCollection, Sendable {
  /// The one payload, or -1 when there is none or `list` holds them.
  fileprivate var single: Int32 = -1
  fileprivate var list: [Int32] = []

  var startIndex: Int { 0 }
  var endIndex: Int { single >= 0 ? 1 : list.count }

  subscript(position: Int) -> Int32 { single >= 0 ? single : list[position] }
}
