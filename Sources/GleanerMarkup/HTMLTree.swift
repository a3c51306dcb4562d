/// A page's elements and text as Swift values, in document order.
///
/// Nodes are stored in preorder: a node's descendants are the indices
/// `index + 1 ..< end`, and its parent comes before it. Scripts, styles,
/// forms controls, media and hidden elements are left out when the tree is
/// built (see `HTMLTag.isDropped`); page furniture is kept but flagged.
struct HTMLTree {
  struct Node {
    var tag: HTMLTag
    var flags: Flags = []
    /// readability's class weight from `class` and `id`.
    var weight: Int16 = 0
    var parent: Int32
    /// One past the last descendant.
    var end: Int32 = 0
    /// The node's bytes in `text` (text nodes only).
    var textStart: Int32 = 0
    var textEnd: Int32 = 0
  }

  struct Flags: OptionSet {
    var rawValue: UInt8
    /// `class`/`id`/`role` name page furniture (comments, share bars, ...).
    static let unlikely = Flags(rawValue: 1)
    /// `itemprop="articleBody"` or a class naming the article body.
    static let articleBody = Flags(rawValue: 2)
    /// A `<br>` directly after another `<br>`.
    static let doubleBreak = Flags(rawValue: 4)
  }

  var nodes: [Node] = []
  /// The UTF-8 bytes of all text nodes, one after the other.
  var text: [UInt8] = []

  var count: Int { nodes.count }

  /// The children of `index`, in order.
  func children(of index: Int) -> [Int] {
    var result: [Int] = []
    var child = index + 1
    let end = Int(nodes[index].end)
    while child < end {
      result.append(child)
      child = Int(nodes[child].end)
    }
    return result
  }
}

/// What the page says about itself outside its body text, gathered while
/// the tree is built.
struct HTMLPageFacts {
  /// The `<title>` text.
  var title: String?
  /// `<meta>` elements as (lower-cased `property`/`name`/`itemprop`, `content`).
  var metas: [(key: String, content: String)] = []
  /// The texts of `<script type="application/ld+json">` elements.
  var jsonLD: [String] = []
  /// `<time datetime>` values; `isPublication` when marked `pubdate` or
  /// `itemprop="datePublished"`.
  var times: [(value: String, isPublication: Bool)] = []
  /// Values of other elements marked `itemprop="datePublished"`.
  var itempropDates: [String] = []
}
