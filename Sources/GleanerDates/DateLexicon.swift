import GleanerCore
import GleanerText

/// One entry of a `@list`: its value and attributes (shared, never copied).
final class LexEntry: Sendable {
  let list: String
  let value: String
  let attributes: [String: String]
  /// `value` read as a number, if it is one.
  let number: Double?
  /// `article=yes`: "a"/"an" as a count.
  let isArticle: Bool
  /// A modifier's `with=` resolvers and `not-before=` words, split once.
  let with: [String]?
  let notBefore: [String]

  init(list: String, value: String, attributes: [String: String]) {
    self.list = list
    self.value = value
    self.attributes = attributes
    self.number = Double(value)
    self.isArticle = attributes["article"] == "yes"
    self.with = attributes["with"].map { $0.split(separator: ",").map(String.init) }
    self.notBefore = attributes["not-before"].map { $0.split(separator: ",").map(String.init) } ?? []
  }

  func attribute(_ name: String) -> String? { attributes[name] }
}

/// The `@list` sections of `Rules/LANG/dates/`, compiled into lookups keyed by
/// the word id of a phrase's first token; multi-token phrases keep their tail.
/// A class so that matchers share it without copying; it is only changed
/// while the extractor is built (`add`, `intern`, `seal`), then read-only.
final class DateLexicon: Sendable {
  struct Phrase: Sendable {
    var list: Int
    var tail: [Int32]
    var entry: Int
  }

  /// A list number no list has (for lists a language leaves out).
  static let noList = 63

  let entries: [LexEntry]
  /// list name → list number (a bit of `firstMask`).
  let listIndex: [String: Int]
  /// `GuardList` → list number.
  let guardLists: [Int]
  let words: WordTable
  /// word id → the phrases it starts, by list, longest first within a list.
  let phrases: [[Phrase]]
  /// word id → bit set of the lists with a phrase starting with it.
  let firstMask: [UInt64]
  /// word id → whether it starts a phrase of any list and is a word (date words).
  let dateWord: [Bool]

  /// Collects the lists and the words patterns name, then becomes a `DateLexicon`.
  struct Builder {
    private(set) var entries: [LexEntry] = []
    private(set) var listIndex: [String: Int] = [:]
    private(set) var words = WordTable()
    /// list → first token id → phrases, longest first.
    fileprivate var lists: [Int: [Int32: [Phrase]]] = [:]
    fileprivate var dateWords: Set<Int32> = []

    /// The number of a list, adding it if new.
    mutating func listNumber(_ list: String) -> Int {
      if let n = listIndex[list] { return n }
      listIndex[list] = listIndex.count
      return listIndex.count - 1
    }

    mutating func add(list: String, keys: [String], entry: LexEntry, analyzer: TextAnalyzer) {
      let index = entries.count
      let number = listNumber(list)
      entries.append(entry)
      for key in keys {
        let tokens = DateLexicon.tokens(key, analyzer: analyzer)
        guard let first = tokens.first else { continue }
        let ids = tokens.map { words.intern($0) }
        var table = lists[number, default: [:]]
        table[ids[0], default: []].append(
          Phrase(list: number, tail: Array(ids.dropFirst()), entry: index))
        table[ids[0]]!.sort { $0.tail.count > $1.tail.count }
        lists[number] = table
        if first.first?.isLetter == true { dateWords.insert(ids[0]) }
      }
    }

    /// Interns a word patterns or code compare tokens with.
    mutating func intern(_ word: String) -> Int32 { words.intern(word) }
  }

  /// The tokens of a rule phrase, as the text stage would split it.
  static func tokens(_ phrase: String, analyzer: TextAnalyzer) -> [String] {
    let article = analyzer.analyze([Block(.paragraph, phrase)])
    return article.tokens.map { article.lowercasedString($0.range) }
  }

  /// Freezes a builder into the tables matching reads.
  init(_ builder: Builder) {
    var words = builder.words
    words.seal()
    var phrases = [[Phrase]](repeating: [], count: words.count)
    var firstMask = [UInt64](repeating: 0, count: words.count)
    var dateWord = [Bool](repeating: false, count: words.count)
    // by list number, longest first within a list
    for list in builder.lists.keys.sorted() {
      for (first, found) in builder.lists[list]! { phrases[Int(first)] += found }
    }
    for id in phrases.indices {
      for phrase in phrases[id] { firstMask[id] |= 1 << UInt64(phrase.list) }
    }
    for id in builder.dateWords { dateWord[Int(id)] = true }
    self.entries = builder.entries
    self.listIndex = builder.listIndex
    self.words = words
    self.phrases = phrases
    self.firstMask = firstMask
    self.dateWord = dateWord
    self.guardLists = GuardList.allCases.map { builder.listIndex[$0.name] ?? Self.noList }
  }

  func has(_ list: String) -> Bool { listIndex[list] != nil }

  /// The guard lists, looked up by number (no name hashing per match).
  enum GuardList: Int, CaseIterable {
    case verbBefore, rel, yearFollower, countCue, yearDeterminer, number, monthCue, tense
    case rangeConnector, rangeOpener
    var name: String {
      switch self {
      case .verbBefore: "verb-before"
      case .rel: "rel"
      case .yearFollower: "year-follower"
      case .countCue: "count-cue"
      case .yearDeterminer: "year-determiner"
      case .number: "number"
      case .monthCue: "month-cue"
      case .tense: "tense"
      case .rangeConnector: "range-connector"
      case .rangeOpener: "range-opener"
      }
    }
  }

  /// Every match of a guard list at token `at`, longest first.
  @inline(__always)
  func match(_ list: GuardList, _ view: TokenView, at: Int) -> [(Int, LexEntry)] {
    match(guardLists[list.rawValue], view, at: at)
  }

  /// The first-token ids of a list's phrases.
  func firstTokens(_ list: Int) -> [Int32] {
    (0..<Int32(firstMask.count)).filter { firstMask[Int($0)] & (1 << UInt64(list)) != 0 }
  }

  /// Whether token `at` starts a phrase of list number `list`.
  @inline(__always)
  func starts(_ list: Int, _ view: TokenView, at: Int) -> Bool {
    guard at < view.count else { return false }
    let id = view.ids[at]
    return id >= 0 && firstMask[Int(id)] & (1 << UInt64(list)) != 0
  }

  /// Whether token `i` is a word that starts a phrase of any list.
  func isDateWord(_ view: TokenView, _ i: Int) -> Bool {
    let id = view.ids[i]
    return id >= 0 && dateWord[Int(id)]
  }

  /// Calls `body` with (end token index, entry) for every match of list
  /// number `list` at token `at`, longest first.
  @inline(__always)
  func forEachMatch(
    _ list: Int, _ view: TokenView, at: Int, _ body: (Int, LexEntry) -> Void
  ) {
    guard starts(list, view, at: at) else { return }
    for phrase in phrases[Int(view.ids[at])] where phrase.list == list {
      var i = at + 1
      var ok = true
      for word in phrase.tail {
        guard i < view.count, view.ids[i] == word, !view.breakBefore(i) else {
          ok = false
          break
        }
        i += 1
      }
      if ok { body(i, entries[phrase.entry]) }
    }
  }

  /// Every match of list number `list` at token `at`: (end token index, entry), longest first.
  func match(_ list: Int, _ view: TokenView, at: Int) -> [(Int, LexEntry)] {
    guard starts(list, view, at: at) else { return [] }
    var found: [(Int, LexEntry)] = []
    forEachMatch(list, view, at: at) { found.append(($0, $1)) }
    return found
  }

  /// Every match of `list` at token `at`: (end token index, entry), longest first.
  func match(_ list: String, _ view: TokenView, at: Int) -> [(Int, LexEntry)] {
    guard let number = listIndex[list] else { return [] }
    return match(number, view, at: at)
  }
}

/// The tokens of a document as the date rules see them: word ids, plain
/// integers, and lower-cased text on demand (a class: shared, never copied).
final class TokenView {
  let article: ArticleText
  /// Token → word id of its lower-cased text (-1: a word no rule names).
  let ids: [Int32]
  /// Token → whether it is a number.
  private let numbers: [Bool]
  /// Token → value of a plain digit token of at most 9 digits, else -1.
  private let values: [Int32]
  private let digits: [UInt8]
  /// Number token → its value with `,` dropped (NaN if none) and that text's length.
  private let decimals: [Double]
  private let decimalLengths: [UInt8]
  var count: Int { ids.count }
  var text: Words { Words(article: article) }

  /// Lower-cased token texts, made when asked.
  struct Words {
    let article: ArticleText
    subscript(_ i: Int) -> String { article.lowercasedString(article.tokens[i].range) }
    subscript(_ r: Range<Int>) -> [String] { r.map { self[$0] } }
  }

  init(_ article: ArticleText, words: WordTable) {
    self.article = article
    let tokens = article.tokens
    var ids = [Int32](repeating: -1, count: tokens.count)
    var numbers = [Bool](repeating: false, count: tokens.count)
    let longest = words.longest
    var values = [Int32](repeating: -1, count: tokens.count)
    var digits = [UInt8](repeating: 0, count: tokens.count)
    var decimals = [Double](repeating: .nan, count: tokens.count)
    var decimalLengths = [UInt8](repeating: 0, count: tokens.count)
    article.lowercased.withUnsafeBufferPointer { bytes in
      for (i, token) in tokens.enumerated() {
        let start = token.range.start
        let end = token.range.end
        if end - start <= longest { ids[i] = words.id(bytes, start, end) }
        guard token.kind == .number else { continue }
        numbers[i] = true
        var plain = String(decoding: bytes[start..<end], as: UTF8.self)
        if plain.utf8.contains(UInt8(ascii: ",")) { plain = plain.replacingOccurrences(",", "") }
        if let value = Double(plain) {
          decimals[i] = value
          decimalLengths[i] = UInt8(min(plain.count, 255))
        }
        guard end - start <= 9 else { continue }
        var v: Int32 = 0
        var k = start
        while k < end, (48...57).contains(bytes[k]) {
          v = v * 10 + Int32(bytes[k] - 48)
          k += 1
        }
        if k == end {
          values[i] = v
          digits[i] = UInt8(end - start)
        }
      }
    }
    self.ids = ids
    self.numbers = numbers
    self.values = values
    self.digits = digits
    self.decimals = decimals
    self.decimalLengths = decimalLengths
  }

  func token(_ i: Int) -> Token { article.tokens[i] }
  func isNumber(_ i: Int) -> Bool { i < count && numbers[i] }
  func isWord(_ i: Int) -> Bool { i < count && article.tokens[i].kind == .word }
  /// Whether token `i` starts a new sentence or paragraph (phrases never cross one).
  func breakBefore(_ i: Int) -> Bool {
    i < count && i > 0 && article.tokens[i].paragraph != article.tokens[i - 1].paragraph
  }
  /// Whether token `i` follows token `i - 1` with no space between.
  func glued(_ i: Int) -> Bool { i < count && i > 0 && !article.tokens[i].spaceBefore }
  /// Whether token `i`'s lower-cased text is `word`.
  func `is`(_ i: Int, _ word: String) -> Bool {
    guard i >= 0, i < count else { return false }
    let range = article.tokens[i].range
    guard range.end - range.start == word.utf8.count else { return false }
    var word = word
    return word.withUTF8 { w in
      article.lowercased.withUnsafeBufferPointer { b in
        for k in 0..<w.count where b[range.start + k] != w[k] { return false }
        return true
      }
    }
  }
  /// A number token's value (`1,000` = 1000, `1.5`) and its length without commas.
  func decimal(_ i: Int) -> (value: Double, length: Int)? {
    guard i < count, !decimals[i].isNaN else { return nil }
    return (decimals[i], Int(decimalLengths[i]))
  }

  /// A number token written `H.MM` (`8.30`): hour, minute and the hour's digit count.
  func dotted(_ i: Int) -> (hour: Int, minute: Int, digits: Int)? {
    guard isNumber(i) else { return nil }
    let range = article.tokens[i].range
    let b = article.lowercased
    var dot = -1
    for k in range.start..<range.end where b[k] == UInt8(ascii: ".") {
      dot = k - range.start
      break
    }
    let length = range.end - range.start
    guard dot >= 1, dot <= 2, length - dot - 1 == 2 else { return nil }
    var h = 0
    var m = 0
    for k in 0..<length where k != dot {
      let c = b[range.start + k]
      guard (48...57).contains(c) else { return nil }
      if k < dot { h = h * 10 + Int(c - 48) } else { m = m * 10 + Int(c - 48) }
    }
    return (h, m, dot)
  }

  /// The integer value of a plain digit token, and its digit count.
  func integer(_ i: Int) -> (value: Int, digits: Int)? {
    guard i < count, values[i] >= 0 else { return nil }
    return (Int(values[i]), Int(digits[i]))
  }
}
