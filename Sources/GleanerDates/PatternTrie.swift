/// The patterns that may start at one kind of token (one first word, or any
/// number), merged into a prefix tree: a start they share ("{count}",
/// "the?", "at? {clock}") is matched once for all of them. Nodes are plain
/// values in flat arrays, so walking the tree retains nothing; a class, so
/// handing a trie to the matcher copies nothing. Built from a `Draft`.
final class PatternTrie: Sendable {
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
    /// The number class of a `.builtin` node.
    var builtin: Builtin = .day
  }

  /// A pattern of the trie: its rule and its place in the rule.
  struct Entry: Sendable {
    var rule: Int32
    var pattern: Int32
  }

  let nodes: [Node]
  /// Per node: which tokens can start what the node and the nodes below it
  /// match (`NodeStart`), so the walk skips a child that cannot match.
  let starts: [NodeStart]
  let children: [Int32]
  let ends: [Int32]
  let words: [Int32]
  let slotNames: [String]
  let entries: [Entry]

  /// What may follow the first token of a match: a cheap test that skips
  /// the walk at most tokens ("the company", "150 people").
  struct Followers: Sendable {
    /// Word ids (bit set) that may come right after the first token.
    var second: [UInt64]
    /// Whether a number may come right after it.
    var secondNumber = false
    /// Whether a match may be one token long.
    var endsAtFirst = false
    /// The token after next (`ThirdToken`), tested when the next token is
    /// a word that starts no number class.
    var third = ThirdToken()
  }

  /// For a word's trie: one entry. For the number trie: one per number
  /// shape (`NumberShape`), found through `followersOfShape`.
  let followers: [Followers]
  let followersOfShape: [Int8]

  /// Words a number class may continue with after its first token
  /// ("19th", "10:30", "1990s", "twenty-one", "two thousand and ten").
  static let builtinFollowers = [
    ":", "st", "nd", "rd", "th", "d", "s", "'s", "’s", "-", "thousand", "hundred", "and", "'", "’",
    "gmt", "utc", "local", "hours", "hrs",
  ]

  /// The tree while patterns are added.
  struct Draft {
    private(set) var draft: [(element: PatternElement?, children: [Int], ends: [Int32])] = [
      (nil, [], [])
    ]
    fileprivate var entries: [Entry] = []
    var isEmpty: Bool { entries.isEmpty }

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

    /// What may follow a first token `first`, or a number of `shape` when nil.
    fileprivate func followers(first: Int32?, shape: Int, lexicon: DateLexicon) -> Followers {
      var result = Followers(second: Array(repeating: 0, count: lexicon.words.count / 64 + 1))
      func insert(_ id: Int32) {
        guard id >= 0 else { return }
        result.second[Int(id) >> 6] |= 1 << UInt64(id & 63)
      }
      func insertFirsts(_ list: String) {
        if let n = lexicon.listIndex[list] { lexicon.firstTokens(n).forEach(insert) }
      }
      func insertAll(_ list: String) {
        guard let n = lexicon.listIndex[list] else { return }
        lexicon.tokensOfList[n].forEach(insert)
      }
      func isNumeric(_ id: Int32) -> Bool {
        lexicon.words.word(id).first.map { $0.isNumber } ?? false
      }
      // the position right after the element of `node`
      func after(_ node: Int) {
        if !draft[node].ends.isEmpty { result.endsAtFirst = true }
        for c in draft[node].children {
          let element = draft[c].element!
          switch element.kind {
          case .literal(let ids): ids.forEach(insert)
          case .list(let n): lexicon.firstTokens(n).forEach(insert)
          case .builtin(let name):
            result.secondNumber = true
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
            // the first token's phrases: that word's, or any numeric word's
            let ids: [Int32] =
              first.map { $0 >= 0 && Int($0) < lexicon.phrases.count ? [$0] : [] }
              ?? lexicon.numericWords
            for id in ids.map({ Int($0) }) {
              for phrase in lexicon.phrases[id] where phrase.list == n {
                if let next = phrase.tail.first { insert(next) } else { after(c) }
              }
            }
          case .builtin(let name):
            if let first {
              // a word: only number words and ordinals ("two", "first") start a number class
              func starts(_ list: String) -> Bool {
                lexicon.listIndex[list].map { n in
                  lexicon.phrases[Int(first)].contains { $0.list == n }
                } ?? false
              }
              let ok: Bool
              switch name {
              case .day, .ordinal: ok = starts("ordinal")
              case .hour, .count, .yearWords: ok = starts("number")
              default: ok = false
              }
              if !ok { break }
            } else if !NumberShape.accepts(name, shape) {
              break
            }
            result.secondNumber = true
            PatternTrie.builtinFollowers.forEach { insert(lexicon.words.id($0)) }
            insertAll("number")
            insertAll("ordinal")
            after(c)
          }
          if element.optional { atFirst(c) }
        }
      }
      atFirst(0)
      return result
    }
  }

  /// Lays a draft out in flat arrays, for the patterns starting with word
  /// `first` (nil: with a number).
  init(_ draft: Draft, first: Int32?, lexicon: DateLexicon, thirds: ThirdToken.Tables? = nil) {
    var nodes: [Node] = []
    var children: [Int32] = []
    var ends: [Int32] = []
    var words: [Int32] = []
    var slotNames: [String] = []
    if first != nil {
      var only = draft.followers(first: first, shape: 0, lexicon: lexicon)
      only.third = ThirdToken(
        draft, first: first!, lexicon: lexicon, tables: thirds ?? ThirdToken.Tables(lexicon))
      followers = [only]
      followersOfShape = []
    } else {
      var shapes = [Int8](repeating: 0, count: NumberShape.count)
      var list: [Followers] = []
      var index: [Int: Int8] = [:]
      for shape in NumberShape.occurring {
        if index[shape] == nil {
          index[shape] = Int8(list.count)
          list.append(draft.followers(first: nil, shape: shape, lexicon: lexicon))
        }
        shapes[shape] = index[shape]!
      }
      followers = list
      followersOfShape = shapes
    }
    // node k of the draft becomes node k: children listed contiguously
    for item in draft.draft {
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
          node.builtin = builtin
        }
      }
      nodes.append(node)
    }
    self.nodes = nodes
    self.starts = NodeStart.compute(nodes: nodes, children: children, words: words, lexicon: lexicon)
    self.children = children
    self.ends = ends
    self.words = words
    self.slotNames = slotNames
    self.entries = draft.entries
  }
}

/// What a number token can be, as a bit set of the number classes that
/// accept it at the start of a match (`{day}`, `{year}`, ...).
enum NumberShape {
  static let day = 1, month = 2, year = 4, yy = 8, minute = 16, hour = 32, ordinal = 64
  static let decade = 128, clock4 = 256, plain = 512
  /// A day, a month and a year with dots (`19.01.2025`, `2019.04.30`): no plain number.
  static let dotted = 1024
  static let count = 2048

  /// The shape of a plain number of `digits` digits.
  static func of(value v: Int, digits d: Int) -> Int {
    var shape = plain
    if d <= 2, (1...31).contains(v) { shape |= day }
    if d <= 2, (1...12).contains(v) { shape |= month }
    if d == 4, (1000...2199).contains(v) { shape |= year }
    if d == 2 { shape |= yy }
    if d == 2, v < 60 { shape |= minute }
    if d <= 2, v <= 24 { shape |= hour }
    if d <= 4, v >= 1 { shape |= ordinal }
    if d == 4 || d == 2, v % 10 == 0 { shape |= decade }  // "1990s", "'80s"
    // "0730"; "1900" only before GMT/UTC/local (BuiltinMatcher checks)
    if d == 4, v / 100 <= 23, v % 100 < 60 { shape |= clock4 }
    return shape
  }

  /// The shape of number token `i` (0: not plain digits, as `1.5`, `1,000`;
  /// `dotted` for a dotted date).
  @inline(__always)
  static func of(_ view: TokenView, _ i: Int) -> Int { view.shape(i) }

  /// Shape → its index in `occurring` (a bit of `NodeStart.shapes`).
  static let indexOfShape: [Int8] = {
    var index = [Int8](repeating: 0, count: count)
    for (k, shape) in occurring.enumerated() { index[shape] = Int8(k) }
    return index
  }()

  /// Every shape a number token can have (computed once: it walks all
  /// numbers of up to four digits).
  static let occurring: [Int] = {
    var shapes: Set<Int> = [0, dotted]
    for d in 1...9 {
      let limit = d <= 4 ? Int(pow10(d)) : 10
      for v in 0..<limit { shapes.insert(of(value: d <= 4 ? v : 100_000, digits: d)) }
    }
    return shapes.sorted()
  }()

  private static func pow10(_ d: Int) -> Int { (0..<d).reduce(1) { r, _ in r * 10 } }

  /// Whether `builtin` may match a number token of `shape` at its start.
  static func accepts(_ builtin: Builtin, _ shape: Int) -> Bool {
    let isPlain = shape & plain != 0
    switch builtin {
    case .number: return isPlain
    case .count: return true
    case .clock: return shape & (hour | clock4) != 0 || !isPlain
    case .day, .dayNum: return shape & day != 0
    case .ordinal: return shape & ordinal != 0
    case .monthNum: return shape & month != 0
    case .year: return shape & year != 0
    case .yy: return shape & yy != 0
    case .minute: return shape & minute != 0
    case .hour: return shape & hour != 0
    case .decade: return shape & decade != 0
    case .yearWords: return false
    // (eight digits have no shape bit but `plain`)
    case .compactDate: return shape == plain
    case .dottedDate: return shape & dotted != 0
    }
  }
}

/// The next-token tests of every trie in flat arrays, so the scan over all
/// tokens reads plain values and retains nothing.
struct FollowTable: Sendable {
  private var bits: [UInt64] = []
  private var stride = 0
  /// Per row: 1 = a match may be one token long, 2 = a number may follow,
  /// 4 = the token after next passes any test, 8 = a number may come there.
  private var flags: [UInt8] = []
  /// Per row: the token after next (`ThirdToken.words`), `stride` words a row.
  private var thirdBits: [UInt64] = []
  /// Per row: the second tokens a match may end with (`ThirdToken.endsAtSecond`).
  private var endsAtSecond: [UInt64] = []
  /// Adds a trie's test; returns its row.
  mutating func add(_ followers: PatternTrie.Followers) -> Int32 {
    if stride == 0 { stride = followers.second.count }
    precondition(followers.second.count == stride)
    bits += followers.second
    let third = followers.third
    if third.any {
      thirdBits += repeatElement(0, count: stride)
      endsAtSecond += repeatElement(0, count: stride)
    } else {
      precondition(third.words.count == stride)
      thirdBits += third.words
      endsAtSecond += third.endsAtSecond
    }
    flags.append(
      (followers.endsAtFirst ? 1 : 0) | (followers.secondNumber ? 2 : 0) | (third.any ? 4 : 0)
        | (third.number ? 8 : 0))
    return Int32(flags.count - 1)
  }

  /// Whether a match of row `row`'s trie may start at token `start`.
  @inline(__always)
  func allow(_ row: Int, _ view: TokenView, at start: Int) -> Bool {
    let flag = flags[row]
    if flag & 1 != 0 { return true }
    let next = start + 1
    guard next < view.count else { return false }
    if flag & 2 != 0 && view.isNumber(next) { return true }
    let id = Int(view.ids[next])
    guard id >= 0 && bits[row * stride + id >> 6] & (1 << UInt64(id & 63)) != 0 else {
      return false
    }
    // after digits, a number class may read the token after next ("10 : 30")
    let bit: UInt64 = 1 << UInt64(id & 63)
    if flag & 4 != 0 || view.isNumber(next) || endsAtSecond[row * stride + id >> 6] & bit != 0
    {
      return true
    }
    let third = start + 2
    guard third < view.count else { return false }
    if flag & 8 != 0 && view.isNumber(third) { return true }
    let id3 = Int(view.ids[third])
    return id3 >= 0 && thirdBits[row * stride + id3 >> 6] & (1 << UInt64(id3 & 63)) != 0
  }
}
