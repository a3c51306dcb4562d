/// The patterns that may start at one kind of token (one first word, or any
/// number), merged into a prefix tree: a start they share ("{count}",
/// "the?", "at? {clock}") is matched once for all of them.
struct PatternTrie: Sendable {
  struct Node: Sendable {
    /// The element this node matches; nil at the root.
    var element: PatternElement?
    var children: [Int32] = []
    /// The patterns (local numbers) that end at this node.
    var ends: [Int32] = []
  }

  /// A pattern of the trie: its rule and its place in the rule.
  struct Entry: Sendable {
    var rule: Int32
    var pattern: Int32
  }

  private(set) var nodes: [Node] = [Node(element: nil)]
  private(set) var entries: [Entry] = []

  var isEmpty: Bool { entries.isEmpty }

  mutating func insert(_ pattern: [PatternElement], rule: Int, index: Int) {
    var node = 0
    for element in pattern {
      if let child = nodes[node].children.first(where: { nodes[Int($0)].element == element }) {
        node = Int(child)
      } else {
        nodes.append(Node(element: element))
        nodes[node].children.append(Int32(nodes.count - 1))
        node = nodes.count - 1
      }
    }
    nodes[node].ends.append(Int32(entries.count))
    entries.append(Entry(rule: Int32(rule), pattern: Int32(index)))
  }
}
