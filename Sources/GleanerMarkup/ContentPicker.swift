import GleanerCore

/// Picks the article's own text out of a page, as readability does: every
/// paragraph of 25 bytes or more scores its parent and grandparent (more for
/// commas and length), containers are weighted by tag and by class/id words
/// and discounted by link density; the best container wins, together with
/// siblings that score nearly as well; inside it, link lists and other
/// small furniture are cleaned away.
struct ContentPicker {
  let tree: HTMLTree
  let blocks: [HTMLTextBlock]

  /// Per node: text bytes, link bytes, commas, paragraph and list-item
  /// blocks in its subtree.
  private var textLength: [Int]
  private var linkLength: [Int]
  private var commas: [Int]
  private var paragraphs: [Int]
  private var listText: [Int]
  /// Bytes in paragraphs of 80 bytes or more that end a sentence.
  private var proseLength: [Int]
  private var hasBlockChild: [Bool]
  /// Whether one of the node's own blocks ends in a period.
  private var endsInPeriod: [Bool]

  init(tree: HTMLTree, blocks: [HTMLTextBlock]) {
    self.tree = tree
    self.blocks = blocks
    let count = tree.count
    textLength = Array(repeating: 0, count: count)
    linkLength = Array(repeating: 0, count: count)
    commas = Array(repeating: 0, count: count)
    paragraphs = Array(repeating: 0, count: count)
    listText = Array(repeating: 0, count: count)
    proseLength = Array(repeating: 0, count: count)
    hasBlockChild = Array(repeating: false, count: count)
    endsInPeriod = Array(repeating: false, count: count)
    for block in blocks {
      if block.text.last == UInt8(ascii: ".") { endsInPeriod[block.owner] = true }
      textLength[block.owner] += block.length
      linkLength[block.owner] += block.linkLength
      commas[block.owner] += block.commas
      if block.kind == .listItem { listText[block.owner] += block.length }
      if block.kind == .paragraph { paragraphs[block.owner] += 1 }
      if block.length >= 80, let last = block.text.last,
        last == UInt8(ascii: ".") || last == UInt8(ascii: "!") || last == UInt8(ascii: "?")
          || last == 0x9D || last == UInt8(ascii: "\"")
      {
        proseLength[block.owner] += block.length
      }
    }
    for index in stride(from: count - 1, through: 1, by: -1) {
      let parent = Int(tree.nodes[index].parent)
      guard parent >= 0 else { continue }
      textLength[parent] += textLength[index]
      linkLength[parent] += linkLength[index]
      commas[parent] += commas[index]
      paragraphs[parent] += paragraphs[index]
      listText[parent] += listText[index]
      proseLength[parent] += proseLength[index]
      if !tree.nodes[index].tag.isInline { hasBlockChild[parent] = true }
    }
  }

  func linkDensity(_ node: Int) -> Double {
    textLength[node] == 0 ? 0 : Double(linkLength[node]) / Double(textLength[node])
  }

  /// The indices into `blocks` of the article's text, in document order.
  func pick() -> [Int] {
    guard !blocks.isEmpty else { return [] }
    let scores = score()
    let roots: [Int]
    if let body = markedBody() {
      roots = [body]
    } else {
      guard var top = best(scores) else { return Array(blocks.indices) }
      top = refine(top, scores)
      let candidates = withSiblings(top, scores)
      roots = headlineArticle(in: candidates).map { [$0] } ?? candidates
    }
    let removed = clean(roots)
    var picked: [Int] = []
    var rootIndex = 0
    for (index, block) in blocks.enumerated() {
      while rootIndex < roots.count, Int(tree.nodes[roots[rootIndex]].end) <= block.owner {
        rootIndex += 1
      }
      guard rootIndex < roots.count, block.owner >= roots[rootIndex], !removed[block.owner]
      else { continue }
      // A paragraph that is mostly a link ("Read more: ...") is a teaser.
      if block.kind == .paragraph, block.length < 200, block.linkLength * 2 > block.length {
        continue
      }
      // A line that is only a timestamp belongs to the byline.
      if block.timeLength * 10 >= block.length * 9 { continue }
      picked.append(index)
    }
    return picked
  }

  /// The element the page marks as its article body
  /// (`itemprop="articleBody"`), when there is one with enough text.
  private func markedBody() -> Int? {
    var found: Int?
    var index = 0
    while index < tree.count {
      if tree.nodes[index].flags.contains(.articleBody) {
        guard found == nil else { return nil }
        found = index
        index = Int(tree.nodes[index].end)
        continue
      }
      index += 1
    }
    guard let found, textLength[found] >= 250 else { return nil }
    return found
  }

  /// When the chosen containers hold several `<article>`s (a post and
  /// teasers of other posts), the one with the page's `<h1>`.
  private func headlineArticle(in roots: [Int]) -> Int? {
    guard let headline = tree.nodes.firstIndex(where: { $0.tag == .h1 }) else { return nil }
    var articles: [Int] = []
    for root in roots {
      var index = root + 1
      let end = Int(tree.nodes[root].end)
      while index < end {
        if tree.nodes[index].tag == .article {
          articles.append(index)
          index = Int(tree.nodes[index].end)
        } else {
          index += 1
        }
      }
    }
    guard articles.count >= 2,
      let article = articles.first(where: { $0 < headline && headline < tree.nodes[$0].end }),
      textLength[article] >= 250
    else { return nil }
    return article
  }

  // MARK: Scoring

  private func score() -> [Double?] {
    var scores = [Double?](repeating: nil, count: tree.count)
    for block in blocks where block.length >= 25 {
      let owner = block.owner
      let tag = tree.nodes[owner].tag
      if tag == .li || tag == .dd || tag == .dt || tag == .figcaption || tag == .th
        || tag == .caption || tag == .legend || tag == .summary
      {
        continue
      }
      var start = owner
      if tag.isParagraph || !hasBlockChild[owner] { start = Int(tree.nodes[owner].parent) }
      let value = 1 + Double(block.commas) + min(Double(block.length / 100), 3)
      var node = start
      for level in 0..<5 {
        guard node >= 0 else { break }
        if scores[node] == nil { scores[node] = initialScore(node) }
        let divider = level == 0 ? 1.0 : level == 1 ? 2.0 : Double(level * 3)
        scores[node]! += value / divider
        node = Int(tree.nodes[node].parent)
      }
    }
    for index in scores.indices {
      if let value = scores[index] { scores[index] = value * (1 - linkDensity(index)) }
    }
    return scores
  }

  private func initialScore(_ node: Int) -> Double {
    var value = Double(tree.nodes[node].weight)
    switch tree.nodes[node].tag {
    case .div: value += 5
    case .pre, .td, .blockquote: value += 3
    case .address, .ol, .ul, .dl, .dd, .dt, .li, .form: value -= 3
    case .h1, .h2, .h3, .h4, .h5, .h6, .th: value -= 5
    default: break
    }
    return value
  }

  private func best(_ scores: [Double?]) -> Int? {
    var best: Int?
    for (index, value) in scores.enumerated() {
      guard let value, tree.nodes[index].tag != .html else { continue }
      if let current = best, scores[current]! >= value { continue }
      best = index
    }
    return best
  }

  // MARK: Choosing the container

  /// readability's adjustments: a common ancestor of several near-best
  /// candidates wins; a parent that scores higher wins; an only child gives
  /// way to its parent.
  private func refine(_ start: Int, _ scores: [Double?]) -> Int {
    var top = start
    let topScore = scores[top]!
    let alternatives = scores.indices.filter { index in
      index != top && (scores[index] ?? -1) >= topScore * 0.75 && topScore > 0
        && tree.nodes[index].tag != .html
    }
    if alternatives.count >= 3 {
      var ancestor = Int(tree.nodes[top].parent)
      while ancestor >= 0, tree.nodes[ancestor].tag != .body, tree.nodes[ancestor].tag != .html {
        let end = Int(tree.nodes[ancestor].end)
        // `alternatives` is sorted: count those inside the ancestor by
        // binary search (a linear count per ancestor is quadratic on deeply
        // nested pages).
        let contained = Self.firstIndex(in: alternatives, notBelow: end)
          - Self.firstIndex(in: alternatives, notBelow: ancestor + 1)
        if contained >= 3 {
          top = ancestor
          break
        }
        ancestor = Int(tree.nodes[ancestor].parent)
      }
    }
    var lastScore = scores[top] ?? 0
    let threshold = lastScore / 3
    var parent = Int(tree.nodes[top].parent)
    while parent >= 0, tree.nodes[parent].tag != .body, tree.nodes[parent].tag != .html {
      guard let parentScore = scores[parent] else {
        parent = Int(tree.nodes[parent].parent)
        continue
      }
      if parentScore < threshold { break }
      if parentScore > lastScore {
        top = parent
        break
      }
      lastScore = parentScore
      parent = Int(tree.nodes[parent].parent)
    }
    while true {
      let parent = Int(tree.nodes[top].parent)
      guard parent >= 0, tree.nodes[parent].tag != .body, tree.nodes[parent].tag != .html,
        elementChildren(parent).count == 1
      else { break }
      top = parent
    }
    return top
  }

  /// The index of the first element of sorted `values` that is `>= bound`.
  static func firstIndex(in values: [Int], notBelow bound: Int) -> Int {
    values.partitioningIndex { $0 >= bound }
  }

  private func elementChildren(_ node: Int) -> [Int] {
    tree.children(of: node).filter { tree.nodes[$0].tag != .text }
  }

  /// The container and those of its siblings that hold article text too.
  private func withSiblings(_ top: Int, _ scores: [Double?]) -> [Int] {
    let parent = Int(tree.nodes[top].parent)
    guard parent >= 0, tree.nodes[top].tag != .body else { return [top] }
    let topScore = scores[top] ?? 0
    let threshold = max(10, topScore * 0.2)
    var roots: [Int] = []
    for sibling in elementChildren(parent) {
      if sibling == top {
        roots.append(sibling)
        continue
      }
      if tree.nodes[sibling].flags.contains(.unlikely) { continue }
      if let value = scores[sibling], value >= threshold {
        roots.append(sibling)
        continue
      }
      guard tree.nodes[sibling].tag == .p else { continue }
      let length = textLength[sibling]
      let density = linkDensity(sibling)
      if length > 80 && density < 0.25 {
        roots.append(sibling)
      } else if length > 0 && length < 80 && density == 0 && endsSentence(sibling) {
        roots.append(sibling)
      }
    }
    return roots
  }

  /// Whether a container's text is mostly sentences: paragraphs of 80
  /// bytes or more that end in sentence punctuation.
  private func holdsProse(_ node: Int) -> Bool {
    proseLength[node] * 2 > textLength[node]
  }

  private func endsSentence(_ node: Int) -> Bool {
    endsInPeriod[node]
  }

  // MARK: Cleaning

  /// Containers inside the chosen roots that look like furniture: negative
  /// class words, mostly links, or almost no text (readability's
  /// conditional cleaning). Marks them and everything inside them.
  private func clean(_ roots: [Int]) -> [Bool] {
    var removed = Array(repeating: false, count: tree.count)
    for root in roots {
      let end = Int(tree.nodes[root].end)
      var index = root + 1
      while index < end {
        let node = tree.nodes[index]
        if isFurniture(index) {
          for inner in index..<Int(node.end) { removed[inner] = true }
          index = Int(node.end)
          continue
        }
        index += 1
      }
    }
    return removed
  }

  private func isFurniture(_ index: Int) -> Bool {
    let node = tree.nodes[index]
    switch node.tag {
    case .div, .section, .ul, .ol, .table, .form, .other, .dl, .fieldset, .aside, .header,
      .footer, .nav, .figure:
      break
    case .h1, .h2, .h3, .h4, .h5, .h6:
      return node.weight < 0
    default:
      return false
    }
    guard textLength[index] > 0 else { return false }
    let weight = Int(node.weight)
    let density = linkDensity(index)
    // A negative word spares a lone paragraph of prose (a "media" wrapper).
    if weight < 0 && (density > 0.2 || !holdsProse(index) || paragraphs[index] > 2) {
      return true
    }
    guard commas[index] < 10 else { return false }
    let isList =
      node.tag == .ul || node.tag == .ol || Double(listText[index]) > 0.9 * Double(textLength[index])
    if !isList && textLength[index] < 25 && node.tag != .figure { return true }
    let loneProse = holdsProse(index) && paragraphs[index] <= 2
    if weight < 25 && density > 0.2 && !(loneProse && density <= 0.5) { return true }
    if weight >= 25 && density > 0.5 { return true }
    return false
  }
}
