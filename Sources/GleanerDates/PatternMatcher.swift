import GleanerCore

/// The ways one pattern element matches at a token: (end token, capture),
/// longest first; the first two are kept inline (no allocation).
struct Options {
  typealias Option = (end: Int, capture: Capture?)
  private(set) var count = 0
  private var first: (Option, Option) = ((0, nil), (0, nil))
  private var more: [Option] = []

  static let none = Options()

  init() {}
  init(_ end: Int, _ capture: Capture?) { append((end, capture)) }

  mutating func append(_ option: Option) {
    switch count {
    case 0: first.0 = option
    case 1: first.1 = option
    default: more.append(option)
    }
    count += 1
  }

  subscript(_ k: Int) -> Option {
    switch k {
    case 0: return first.0
    case 1: return first.1
    default: return more[k - 2]
    }
  }

  var isEmpty: Bool { count == 0 }

  /// The options in reverse order.
  func reversed() -> Options {
    var out = Options()
    var k = count - 1
    while k >= 0 {
      out.append(self[k])
      k -= 1
    }
    return out
  }
}

/// Matches compiled patterns against a document's tokens: depth-first over
/// a `PatternTrie`, keeping each pattern's longest match (the first found
/// among equally long ones); the captures live on one reused stack.
struct PatternMatcher {
  /// One pattern's longest match.
  struct Match {
    var end: Int
    var rule: Int
    /// Which trie found it (the first word's trie before the number trie).
    var group: Int
    var pattern: Int
    var slots: Slots
  }

  let lexicon: DateLexicon
  let view: TokenView
  private let ordinalList: Int
  private let numberList: Int
  /// The captures of the current path: (slot number of the trie, capture).
  private var stack: [(Int16, Capture)] = []
  private var start = 0
  /// Per pattern of the current trie: the run that last set it, its end and captures.
  private var stamps: [Int] = []
  private var ends: [Int] = []
  /// Per pattern: where its captures start in `pool`, and how many.
  private var captureStart: [Int] = []
  private var captureCount: [Int] = []
  private var pool: [(Int16, Capture)] = []
  private var touched: [Int] = []
  private var generation = 0
  /// Trie nodes visited in the current run: a user pattern of many optional
  /// elements could otherwise take exponential time, so a run stops after
  /// `maxSteps` and keeps what it matched so far.
  private var steps = 0
  static let maxSteps = 2_048

  init(lexicon: DateLexicon, view: TokenView) {
    self.lexicon = lexicon
    self.view = view
    ordinalList = lexicon.listIndex["ordinal"] ?? DateLexicon.noList
    numberList = lexicon.listIndex["number"] ?? DateLexicon.noList
    stack.reserveCapacity(16)
  }

  /// Appends the longest match of each pattern of `trie` from token `start`.
  mutating func run(_ trie: PatternTrie, at start: Int, group: Int, into matches: inout [Match]) {
    let n = trie.entries.count
    if stamps.count < n {
      stamps += Array(repeating: 0, count: n - stamps.count)
      ends += Array(repeating: 0, count: n - ends.count)
      captureStart += Array(repeating: 0, count: n - captureStart.count)
      captureCount += Array(repeating: 0, count: n - captureCount.count)
    }
    generation += 1
    steps = 0
    touched.removeAll(keepingCapacity: true)
    stack.removeAll(keepingCapacity: true)
    pool.removeAll(keepingCapacity: true)
    self.start = start
    trie.nodes.withUnsafeBufferPointer { nodes in
      trie.children.withUnsafeBufferPointer { children in
        trie.ends.withUnsafeBufferPointer { ends in
          trie.words.withUnsafeBufferPointer { words in
            let tree = Tree(nodes: nodes, children: children, ends: ends, words: words)
            visit(tree, 0, start)
          }
        }
      }
    }
    for k in touched {
      let entry = trie.entries[k]
      let first = captureStart[k]
      let slots = Slots(
        items: pool[first..<first + captureCount[k]].map { (trie.slotNames[Int($0.0)], $0.1) })
      matches.append(
        Match(
          end: ends[k], rule: Int(entry.rule), group: group, pattern: Int(entry.pattern),
          slots: slots))
    }
  }

  private struct Tree {
    let nodes: UnsafeBufferPointer<PatternTrie.Node>
    let children: UnsafeBufferPointer<Int32>
    let ends: UnsafeBufferPointer<Int32>
    let words: UnsafeBufferPointer<Int32>
  }

  private mutating func visit(_ tree: Tree, _ node: Int, _ t: Int) {
    steps += 1
    guard steps <= Self.maxSteps else { return }
    let n = tree.nodes[node]
    var k = Int(n.endStart)
    while k < Int(n.endStart + n.endCount) {
      record(Int(tree.ends[k]), t)
      k += 1
    }
    k = Int(n.childStart)
    while k < Int(n.childStart + n.childCount) {
      expand(tree, Int(tree.children[k]), t)
      k += 1
    }
  }

  private mutating func record(_ k: Int, _ t: Int) {
    guard t > start else { return }
    if stamps[k] != generation {
      stamps[k] = generation
      touched.append(k)
    } else if t <= ends[k] {
      return
    }
    ends[k] = t
    captureStart[k] = pool.count
    captureCount[k] = stack.count
    pool += stack
  }

  /// Matches node `child`'s element at token `t` (every way, then skipping
  /// it when optional) and goes on below it.
  private mutating func expand(_ tree: Tree, _ child: Int, _ t: Int) {
    let node = tree.nodes[child]
    if t < view.count, !(t > start && view.breakBefore(t)), !(node.glued && !view.glued(t)) {
      switch node.kind {
      case .literal:
        let id = view.ids[t]
        var k = Int(node.arg)
        while k < Int(node.arg + node.argCount) {
          if tree.words[k] == id {
            visit(tree, child, t + 1)
            break
          }
          k += 1
        }
      case .list:
        let list = Int(node.arg)
        if lexicon.starts(list, view, at: t) {
          for (end, entry) in lexicon.match(list, view, at: t) {
            stack.append((node.slot, Capture(entry: entry)))
            visit(tree, child, end)
            stack.removeLast()
          }
        }
      case .builtin:
        let options = builtin(Builtin.ordered[Int(node.arg)], at: t)
        for k in 0..<options.count {
          let (end, capture) = options[k]
          if let capture {
            stack.append((node.slot, capture))
            visit(tree, child, end)
            stack.removeLast()
          } else {
            visit(tree, child, end)
          }
        }
      case .root:
        break
      }
    }
    if node.optional { visit(tree, child, t) }
  }

  private func ordinalSuffix(_ t: Int) -> Bool {
    guard t < view.count, view.glued(t) else { return false }
    return view.is(t, "st") || view.is(t, "nd") || view.is(t, "rd") || view.is(t, "th")
  }

  private func builtin(_ name: Builtin, at t: Int) -> Options {
    let int = view.integer(t)
    switch name {
    case .number:
      guard let int else { return .none }
      return Options(t + 1, Capture(number: Double(int.value), digits: int.digits))
    case .day, .ordinal:
      var found = Options()
      if let int, int.digits <= (name == .day ? 2 : 4), int.value >= 1,
        name == .ordinal || int.value <= 31
      {
        if ordinalSuffix(t + 1) {
          found.append((t + 2, Capture(number: Double(int.value), digits: int.digits)))
        } else if name == .day {
          found.append((t + 1, Capture(number: Double(int.value), digits: int.digits)))
        }
      }
      lexicon.forEachMatch(ordinalList, view, at: t) { end, entry in
        if let n = entry.number, name == .ordinal || n <= 31 {
          found.append((end, Capture(number: n, entry: entry)))
        }
      }
      return found
    case .dayNum:
      guard let int, int.digits <= 2, (1...31).contains(int.value) else { return .none }
      return Options(t + 1, Capture(number: Double(int.value), digits: int.digits))
    case .monthNum:
      guard let int, int.digits <= 2, (1...12).contains(int.value) else { return .none }
      return Options(t + 1, Capture(number: Double(int.value), digits: int.digits))
    case .year:
      guard let int, int.digits == 4, (1000...2199).contains(int.value) else { return .none }
      return Options(t + 1, Capture(number: Double(int.value), digits: 4))
    case .yy:
      guard let int, int.digits == 2 else { return .none }
      return Options(t + 1, Capture(number: Double(int.value), digits: 2))
    case .minute:
      guard let int, int.digits == 2, int.value < 60 else { return .none }
      return Options(t + 1, Capture(number: Double(int.value), digits: 2))
    case .hour:
      if let int, int.digits <= 2, int.value <= 24 {
        return Options(t + 1, Capture(number: Double(int.value), digits: int.digits))
      }
      var found = Options()
      lexicon.forEachMatch(numberList, view, at: t) { end, entry in
        guard let n = entry.number, n >= 1, n <= 12, !entry.isArticle else { return }
        found.append((end, Capture(number: n, entry: entry)))
      }
      return found
    case .clock:
      return clock(at: t)
    case .count:
      return count(at: t)
    case .yearWords:
      return yearWords(at: t)
    case .decade:
      guard let int, int.value % 10 == 0, t + 1 < view.count else { return .none }
      // "1990s", and "'80s" after an apostrophe (the 1900s)
      let shortForm = int.digits == 2 && t > 0 && view.glued(t) && (view.is(t - 1, "'") || view.is(t - 1, "’"))
      guard int.digits == 4 || shortForm else { return .none }
      if view.is(t + 1, "s") || view.is(t + 1, "'s") || view.is(t + 1, "’s") {
        return Options(t + 2, Capture(number: Double(int.value + (shortForm ? 1900 : 0)), digits: 4))
      }
      return .none
    }
  }

  /// `10:30`, `10:30:15`, `10.30`, `0730`.
  private func clock(at t: Int) -> Options {
    guard view.isNumber(t) else { return .none }
    if let hour = view.integer(t), hour.digits <= 2, hour.value <= 24,
      t + 2 < view.count, view.is(t + 1, ":"), view.glued(t + 1), view.glued(t + 2),
      let minute = view.integer(t + 2), minute.digits == 2, minute.value < 60
    {
      var capture = Capture(number: Double(hour.value), minute: minute.value, digits: hour.digits)
      var end = t + 3
      if end + 1 < view.count, view.is(end, ":"), view.glued(end), view.glued(end + 1),
        let second = view.integer(end + 1), second.digits == 2, second.value < 60
      {
        capture.second = second.value
        end += 2
      }
      return Options(end, capture)
    }
    if let (h, m, digits) = view.dotted(t), h <= 24, m < 60 {
      return Options(t + 1, Capture(number: Double(h), minute: m, digits: digits))
    }
    if let int = view.integer(t), int.digits == 4, int.value / 100 <= 23, int.value % 100 < 60,
      int.value < 1000
    {
      return Options(t + 1, Capture(number: Double(int.value / 100), minute: int.value % 100, digits: 4))
    }
    return .none
  }

  /// A year in words: "nineteen eighty-six", "two thousand (and) thirty two",
  /// "seventeen hundred thirty three".
  private func yearWords(at t: Int) -> Options {
    func words(_ i: Int) -> (end: Int, value: Int)? {
      guard !view.isNumber(i) else { return nil }
      let options = count(at: i)
      for k in 0..<options.count {
        let (end, capture) = options[k]
        guard let v = capture?.number else { continue }
        guard capture?.entry?.isArticle != true else { return nil }
        return (end, Int(v))
      }
      return nil
    }
    guard let high = words(t) else { return .none }
    var found = Options()
    func add(_ end: Int, _ year: Int) {
      found.append((end, Capture(number: Double(year), digits: 4)))
    }
    var i = high.end
    if high.value == 2 || high.value == 1, view.is(i, "thousand") {
      i += 1
      add(i, high.value * 1000)
      if view.is(i, "and") { i += 1 }
      if let low = words(i), low.value < 100 { add(low.end, high.value * 1000 + low.value) }
      return found.reversed()
    }
    guard (11...20).contains(high.value) else { return .none }
    if view.is(i, "hundred") {
      i += 1
      add(i, high.value * 100)
      if view.is(i, "and") { i += 1 }
      if let low = words(i), low.value < 100 { add(low.end, high.value * 100 + low.value) }
      return found.reversed()
    }
    if let low = words(i), (10...99).contains(low.value) { add(low.end, high.value * 100 + low.value) }
    return found
  }

  /// A count: digits (`6`, `1.5`, `1,000`), number words (`six`, `twenty-one`,
  /// `a`), or a vague word (`several`, value unknown).
  private func count(at t: Int) -> Options {
    if view.isNumber(t) {
      guard let (value, length) = view.decimal(t) else { return .none }
      return Options(t + 1, Capture(number: value, digits: length))
    }
    var found = Options()
    lexicon.forEachMatch(numberList, view, at: t) { end, entry in
      if entry.value == "X" {
        found.append((end, Capture(number: nil, entry: entry)))
        return
      }
      guard var value = entry.number else { return }
      var stop = end
      // twenty-one, twenty one
      if value >= 20, value < 100, value.truncatingRemainder(dividingBy: 10) == 0 {
        var next = end
        if view.is(next, "-"), view.glued(next) { next += 1 }
        if let unit = lexicon.match(numberList, view, at: next).first, let u = unit.1.number,
          u >= 1, u <= 9, !unit.1.isArticle
        {
          value += u
          stop = unit.0
        }
      }
      found.append((stop, Capture(number: value, entry: entry)))
    }
    return found
  }
}

extension String {
  func replacingOccurrences(_ target: Character, _ replacement: String) -> String {
    guard contains(target) else { return self }
    return split(separator: target, omittingEmptySubsequences: false).joined(separator: replacement)
  }
}
