/// A trie over word keys: finds the longest rule phrase starting at a word in
/// one walk, so matching stays linear in the text whatever the gazetteer size.
struct TokenTrie: Sendable {
  private struct Edge: Hashable, Sendable {
    var node: Int32
    var word: String
  }

  private var edges: [Edge: Int32] = [:]
  /// The payload indices of the phrases ending at each node.
  private var payloads: [[Int32]] = [[]]

  /// Adds a phrase (its word keys) with a payload index.
  mutating func insert(_ words: [String], payload: Int) {
    var node: Int32 = 0
    for word in words {
      let edge = Edge(node: node, word: word)
      if let next = edges[edge] {
        node = next
      } else {
        let next = Int32(payloads.count)
        payloads.append([])
        edges[edge] = next
        node = next
      }
    }
    if !payloads[Int(node)].contains(Int32(payload)) {
      payloads[Int(node)].append(Int32(payload))
    }
  }

  /// Every phrase that starts at `start` in `keys`, as `(end, payloads)`,
  /// shortest first; `end` is exclusive.
  func matches(_ keys: (Int) -> String?, from start: Int) -> [(end: Int, payloads: [Int32])] {
    var found: [(end: Int, payloads: [Int32])] = []
    var node: Int32 = 0
    var index = start
    while let key = keys(index), let next = edges[Edge(node: node, word: key)] {
      node = next
      index += 1
      if !payloads[Int(node)].isEmpty { found.append((index, payloads[Int(node)])) }
    }
    return found
  }

  /// The payloads of exactly this phrase.
  func lookup(_ words: [String]) -> [Int32] {
    var node: Int32 = 0
    for word in words {
      guard let next = edges[Edge(node: node, word: word)] else { return [] }
      node = next
    }
    return payloads[Int(node)]
  }
}
