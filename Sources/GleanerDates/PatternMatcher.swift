import GleanerCore

/// Matches compiled patterns against a document's tokens: depth-first over
/// a `PatternTrie`, keeping each pattern's longest match (the first found
/// among equally long ones). Nothing is allocated per match: the captures of
/// the current path live on one reused stack, a match's captures are copied
/// into one reused pool, and `slots(_:trie:)` names them only for the matches
/// the caller reads.
struct PatternMatcher {
  /// One pattern's longest match; its captures are in the matcher's pool.
  struct Match {
    var end: Int
    var rule: Int
    /// Which trie found it (the first word's trie before the number trie).
    var group: Int
    var pattern: Int
    /// Where its captures start in the pool, and how many.
    var captureStart: Int
    var captureCount: Int
  }

  let lexicon: DateLexicon
  let view: TokenView
  let ordinalList: Int
  let numberList: Int
  /// Ids of the words the number classes read after their first token.
  let words: FollowerIDs
  let maxEntries: Int
  /// The captures of the current path: (slot number of the trie, capture).
  private var stack: [(Int16, Capture)] = []
  private var start = 0
  /// Per pattern of the current trie: the run that last set it, its end and captures.
  private var stamps: [Int] = []
  private var ends: [Int] = []
  /// Per pattern: where its captures start in `pool`, and how many.
  private var captureStart: [Int] = []
  private var captureCount: [Int] = []
  /// The captures of the matches since `reset()`.
  private var pool: [(Int16, Capture)] = []
  private var touched: [Int] = []
  private var generation = 0
  /// The ways the number classes met in the current run match
  /// (`BuiltinMatcher`): each class's options at a token are pushed once and
  /// kept for the rest of the run (a run meets the same class at the same
  /// token on many paths: "the? {day}", "{day}", "{month} {day}", and its
  /// options depend on nothing else). Only `options[..<optionCount]` is
  /// live; slots above it are reused rather than freed.
  var options: [(end: Int, capture: Capture)] = []
  var optionCount = 0
  /// Where the options of a class at a token lie: `cached[slot]`, valid when
  /// `cacheStamps[slot]` is the run's `generation` (slot: class index ×
  /// tokens after the run's start).
  /// (`cached` is left uninitialized: a slot is read only once stamped.)
  private var cacheStamps: [Int] = Array(repeating: 0, count: cacheSlots)
  private var cached: [(from: Int32, to: Int32)] = Array(
    unsafeUninitializedCapacity: cacheSlots) { _, count in count = cacheSlots }
  /// Classes (`Builtin.ordered` has fewer) and tokens after the run's start
  /// (a class further on is worked out each time it is met).
  private static let cacheClasses = 16, cacheTokens = 16
  private static let cacheSlots = cacheClasses * cacheTokens
  /// Trie nodes visited in the current run: a user pattern of many optional
  /// elements could otherwise take exponential time, so a run stops after
  /// `maxSteps` and keeps what it matched so far.
  private var steps = 0
  static let maxSteps = 2_048

  /// What a matcher reads from the lexicon by name, looked up once per
  /// extractor rather than once per document.
  struct Setup: Sendable {
    let ordinalList: Int
    let numberList: Int
    let words: FollowerIDs
    /// The most patterns a trie holds: the per-pattern tables are made
    /// this large once per document rather than grown trie by trie.
    let maxEntries: Int

    init(_ lexicon: DateLexicon, tries: [PatternTrie]) {
      ordinalList = lexicon.listIndex["ordinal"] ?? DateLexicon.noList
      numberList = lexicon.listIndex["number"] ?? DateLexicon.noList
      words = FollowerIDs(lexicon.words)
      maxEntries = tries.map(\.entries.count).max() ?? 0
    }
  }

  init(lexicon: DateLexicon, view: TokenView, setup: Setup) {
    self.lexicon = lexicon
    self.view = view
    ordinalList = setup.ordinalList
    numberList = setup.numberList
    words = setup.words
    maxEntries = setup.maxEntries
    stack.reserveCapacity(16)
    pool.reserveCapacity(64)
    options.reserveCapacity(16)
  }

  /// Forgets the captures of earlier matches (their `Match`es become invalid).
  mutating func reset() {
    if !pool.isEmpty { pool.removeAll(keepingCapacity: true) }
  }

  /// The named captures of `match`, found by `run` on `trie` since the last `reset()`.
  func slots(_ match: Match, trie: PatternTrie) -> Slots {
    var items: [(String, Capture)] = []
    items.reserveCapacity(match.captureCount)
    for k in match.captureStart..<match.captureStart + match.captureCount {
      items.append((trie.slotNames[Int(pool[k].0)], pool[k].1))
    }
    return Slots(items: items)
  }

  /// Appends the longest match of each pattern of `trie` from token `start`.
  mutating func run(_ trie: PatternTrie, at start: Int, group: Int, into matches: inout [Match]) {
    let n = trie.entries.count
    if stamps.count < n {
      // zero stamps are never the current generation: nothing else needs keeping,
      // and the other tables are only read where `record` wrote them this run
      let size = max(n, maxEntries)
      stamps = Array(repeating: 0, count: size)
      ends = Self.uninitialized(size)
      captureStart = Self.uninitialized(size)
      captureCount = Self.uninitialized(size)
    }
    generation += 1
    steps = 0
    if !touched.isEmpty { touched.removeAll(keepingCapacity: true) }
    if !stack.isEmpty { stack.removeAll(keepingCapacity: true) }
    optionCount = 0
    self.start = start
    trie.nodes.withUnsafeBufferPointer { nodes in
      trie.children.withUnsafeBufferPointer { children in
        trie.ends.withUnsafeBufferPointer { ends in
          trie.words.withUnsafeBufferPointer { words in
            trie.starts.withUnsafeBufferPointer { starts in
              let tree = Tree(
                nodes: nodes, children: children, ends: ends, words: words, starts: starts)
              visit(tree, 0, start)
            }
          }
        }
      }
    }
    for k in touched {
      let entry = trie.entries[k]
      matches.append(
        Match(
          end: ends[k], rule: Int(entry.rule), group: group, pattern: Int(entry.pattern),
          captureStart: captureStart[k], captureCount: captureCount[k]))
    }
  }

  /// `count` integers left as they come (the per-pattern tables are made once
  /// per document and most of each is never touched).
  private static func uninitialized(_ count: Int) -> [Int] {
    Array(unsafeUninitializedCapacity: count) { _, initialized in initialized = count }
  }

  private struct Tree {
    let nodes: UnsafeBufferPointer<PatternTrie.Node>
    let children: UnsafeBufferPointer<Int32>
    let ends: UnsafeBufferPointer<Int32>
    let words: UnsafeBufferPointer<Int32>
    let starts: UnsafeBufferPointer<NodeStart>
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
    let id = t < view.count ? view.ids[t] : -1
    let shapeBit = NodeStart.shapeBit(view, t)
    while k < Int(n.childStart + n.childCount) {
      let child = Int(tree.children[k])
      k += 1
      // a child that cannot start at token `t`: `expand` would find nothing
      if !tree.starts[child].admits(id: id, shapeBit: shapeBit) { continue }
      expand(tree, child, t)
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
          for phrase in lexicon.phrases(list, view, at: t) {
            let end = lexicon.end(of: phrase, view, at: t)
            guard end >= 0 else { continue }
            stack.append((node.slot, Capture(entry: lexicon.entries[phrase.entry])))
            visit(tree, child, end)
            stack.removeLast()
          }
        }
      case .builtin:
        let (from, to) = builtinOptions(node.builtin, Int(node.arg), at: t)
        var k = from
        while k < to {
          let (end, capture) = options[k]
          stack.append((node.slot, capture))
          visit(tree, child, end)
          stack.removeLast()
          k += 1
        }
      case .root:
        break
      }
    }
    if node.optional { visit(tree, child, t) }
  }
}

extension PatternMatcher {
  /// The ways number class `name` (index `index` in `Builtin.ordered`) matches
  /// at token `t`, longest first: `options[from..<to]`, worked out once a run.
  fileprivate mutating func builtinOptions(
    _ name: Builtin, _ index: Int, at t: Int
  ) -> (from: Int, to: Int) {
    let offset = t - start
    let slot = offset &* Self.cacheClasses &+ index
    let cacheable = offset >= 0 && offset < Self.cacheTokens && index < Self.cacheClasses
    if cacheable, cacheStamps[slot] == generation {
      return (Int(cached[slot].from), Int(cached[slot].to))
    }
    let from = optionCount
    appendOptions(name, at: t)
    if cacheable {
      cacheStamps[slot] = generation
      cached[slot] = (Int32(from), Int32(optionCount))
    }
    return (from, optionCount)
  }
}

extension String {
  func replacingOccurrences(_ target: Character, _ replacement: String) -> String {
    guard contains(target) else { return self }
    return split(separator: target, omittingEmptySubsequences: false).joined(separator: replacement)
  }
}

/// The word ids of `PatternTrie.builtinFollowers` (all interned when the
/// extractor is built), so the number classes compare ids, not bytes.
struct FollowerIDs: Sendable {
  /// `d`: the old wire ordinal of 2 and 3 ("Oct. 2d", "the 22d").
  let colon, st, nd, rd, th, d, s, apostropheS, rightQuoteS, hyphen, thousand, hundred, and, or: Int32
  let apostrophe, rightQuote, at, to: Int32
  /// Words after which a four-digit number from 1000 is a clock ("1900 GMT").
  let gmt, utc, local: Int32
  /// Words after which a four-digit number from 1000 right after "at" is a clock ("at 1500 hours").
  let hours, hrs: Int32
  /// Words before a two-digit decade written "80's" ("the 80's", "the early
  /// 80's", "mid-80's"; not "in his 80's"); -1 where a word is not interned.
  let decadeOpeners: [Int32]
  /// Words of a part of a decade ("early", "late", "mid") and "the", before a bare
  /// two-digit decade ("the early 80s", "the mid-70s").
  let decadeParts: [Int32]
  /// Words before "the" that make a bare two-digit decade a time ("music of the
  /// 60s", "since the 80s"); not "in", whose "the 70s" is as often a temperature.
  let decadeLeads: [Int32]
  let the: Int32

  init(_ words: WordTable) {
    func id(_ word: String) -> Int32 {
      let id = words.id(word)
      precondition(id >= 0, "'\(word)' is not interned")
      return id
    }
    colon = id(":")
    st = id("st")
    nd = id("nd")
    rd = id("rd")
    th = id("th")
    d = id("d")
    s = id("s")
    apostropheS = id("'s")
    rightQuoteS = id("’s")
    hyphen = id("-")
    thousand = id("thousand")
    hundred = id("hundred")
    and = id("and")
    or = id("or")
    apostrophe = id("'")
    rightQuote = id("’")
    at = id("at")
    to = id("to")
    gmt = id("gmt")
    utc = id("utc")
    local = id("local")
    hours = id("hours")
    hrs = id("hrs")
    decadeOpeners = ["the", "early", "late", "mid", "-"].map { words.id($0) }.filter { $0 >= 0 }
    decadeParts = ["early", "late", "mid"].map { words.id($0) }.filter { $0 >= 0 }
    decadeLeads = ["of", "since", "during", "throughout"].map { words.id($0) }.filter { $0 >= 0 }
    the = id("the")
  }
}
