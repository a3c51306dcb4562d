import GleanerCore

/// One paragraph-like run of text in an `HTMLTree`: the text of a block
/// element with its inline elements merged in, whitespace normalized.
struct HTMLTextBlock {
  /// The nearest block element around the text.
  var owner: Int
  var kind: BlockKind
  /// Normalized UTF-8 text: no leading, trailing or repeated spaces.
  var text: [UInt8]
  /// Bytes of `text` inside links.
  var linkLength: Int
  var commas: Int
  /// Bytes of `text` inside `<time>` elements.
  var timeLength = 0

  var length: Int { text.count }
}

/// Splits a tree into `HTMLTextBlock`s: each block element (`p`, `li`,
/// `h2`, `div`, ...) ends the text before it and starts a new run; inline
/// elements (`a`, `em`, `span`, ...) are merged; `<br>` is a space and
/// `<br><br>` a paragraph break.
struct HTMLBlockSplitter {
  let tree: HTMLTree
  /// Nodes whose subtree is left out.
  let excluded: [Bool]

  private var blocks: [HTMLTextBlock] = []
  private var current: [UInt8] = []
  private var pendingSpace = false
  private var linkLength = 0
  private var commas = 0
  private var timeLength = 0
  /// Checked every MiB of text; once passed, `split` stops early and
  /// `expired` is set.
  var deadline = Deadline.never
  private(set) var expired = false
  private var bytesSinceCheck = 0

  init(tree: HTMLTree, excluded: [Bool], deadline: Deadline = .never) {
    self.tree = tree
    self.excluded = excluded
    self.deadline = deadline
  }

  /// The blocks inside the subtree at `root`, in document order.
  mutating func split(_ root: Int) -> [HTMLTextBlock] {
    blocks = []
    let nodes = tree.nodes
    var owners: [(end: Int, index: Int)] = [(Int(nodes[root].end), root)]
    var linkUntil = -1
    var timeUntil = -1
    var index = root + 1
    let end = Int(nodes[root].end)
    while index < end && !expired {
      while let top = owners.last, top.end <= index {
        flush(top.index)
        owners.removeLast()
      }
      let node = nodes[index]
      if excluded[index] {
        index = Int(node.end)
        continue
      }
      switch node.tag {
      case .text:
        append(
          Int(node.textStart), Int(node.textEnd), inLink: index < linkUntil,
          inTime: index < timeUntil)
      case .br:
        if node.flags.contains(.doubleBreak) {
          flush(owners.last!.index)
        } else {
          pendingSpace = true
        }
      case .a:
        linkUntil = max(linkUntil, Int(node.end))
      case .time:
        timeUntil = max(timeUntil, Int(node.end))
      default:
        if !node.tag.isInline {
          flush(owners.last!.index)
          owners.append((Int(node.end), index))
        }
      }
      index += 1
    }
    while let top = owners.popLast() { flush(top.index) }
    return blocks
  }

  private mutating func flush(_ owner: Int) {
    pendingSpace = false
    guard !current.isEmpty else { return }
    blocks.append(
      HTMLTextBlock(
        owner: owner, kind: kind(owner), text: current, linkLength: linkLength,
        commas: commas, timeLength: timeLength))
    current.removeAll(keepingCapacity: true)
    linkLength = 0
    commas = 0
    timeLength = 0
  }

  /// The block kind from the owner and a few of its ancestors.
  private func kind(_ owner: Int) -> BlockKind {
    switch tree.nodes[owner].tag {
    case .h1: return .headline
    case .h2, .h3, .h4, .h5, .h6: return .heading
    default: break
    }
    var node = owner
    for _ in 0..<6 {
      guard node >= 0 else { break }
      switch tree.nodes[node].tag {
      case .blockquote: return .blockquote
      case .li, .dd: return .listItem
      case .div, .section, .article, .body, .main, .table: return .paragraph
      default: break
      }
      node = Int(tree.nodes[node].parent)
    }
    return .paragraph
  }

  /// Appends text bytes, collapsing white space (ASCII, NBSP and the Unicode
  /// spaces) to single spaces and dropping zero-width characters, soft
  /// hyphens and control characters.
  private mutating func append(_ start: Int, _ end: Int, inLink: Bool, inTime: Bool) {
    let text = tree.text
    var index = start
    let before = current.count
    var checkedAt = start - bytesSinceCheck  // where the last check was, as if in this node
    while index < end {
      if index - checkedAt >= 1 << 20 {
        if deadline.hasPassed {
          expired = true
          break
        }
        checkedAt = index
      }
      let byte = text[index]
      if byte > 0x20 && byte < 0x7F {  // printable ASCII, the common case
        if pendingSpace && !current.isEmpty { current.append(0x20) }
        pendingSpace = false
        if byte == 0x2C { commas += 1 }
        current.append(byte)
        index += 1
        continue
      }
      var width = 1
      var isSpace = false
      var isDropped = false
      if byte <= 0x20 {
        isSpace = true
      } else if byte == 0x7F {
        isDropped = true
      } else if byte == 0xC2, index + 1 < end {
        width = 2
        let next = text[index + 1]
        if next == 0xA0 { isSpace = true }
        if next == 0xAD || next < 0xA0 { isDropped = true }  // soft hyphen, C1 controls
      } else if byte == 0xE2, index + 2 < end {
        width = 3
        let second = text[index + 1]
        let third = text[index + 2]
        if second == 0x80 {
          if third <= 0x8A || third == 0xAF || third == 0xA8 || third == 0xA9 { isSpace = true }
          if (0x8B...0x8D).contains(third) { isDropped = true }
        } else if second == 0x81 {
          if third == 0x9F { isSpace = true }
          if third == 0xA0 { isDropped = true }
        }
      } else if byte == 0xE3, index + 2 < end, text[index + 1] == 0x80, text[index + 2] == 0x80 {
        width = 3
        isSpace = true
      } else if byte == 0xEF, index + 2 < end, text[index + 1] == 0xBB, text[index + 2] == 0xBF {
        width = 3
        isDropped = true
      }
      if isSpace {
        pendingSpace = true
      } else if !isDropped {
        if pendingSpace && !current.isEmpty { current.append(0x20) }
        pendingSpace = false
        if byte == 0x2C { commas += 1 }
        current.append(contentsOf: text[index..<min(index + width, end)])
      }
      index += width
    }
    bytesSinceCheck = index - checkedAt
    if inLink { linkLength += current.count - before }
    if inTime { timeLength += current.count - before }
  }
}
