import GleanerCore
import GleanerText

/// One entry of a `@list`: its value and attributes.
struct LexEntry: Sendable {
  var list: String
  var value: String
  var attributes: [String: String]

  func attribute(_ name: String) -> String? { attributes[name] }
  var number: Double? { Double(value) }
}

/// The `@list` sections of `Rules/LANG/dates/`, compiled into lookups keyed by
/// a phrase's first lower-cased token; multi-token phrases keep their tail.
struct DateLexicon: Sendable {
  struct Phrase: Sendable {
    var tail: [String]
    var entry: Int
  }

  private(set) var entries: [LexEntry] = []
  /// list name → first token → phrases, longest first.
  private(set) var lists: [String: [String: [Phrase]]] = [:]
  /// Every token that starts a phrase of any list (date words).
  private(set) var dateWords: Set<String> = []

  /// The tokens of a rule phrase, as the text stage would split it.
  static func tokens(_ phrase: String, analyzer: TextAnalyzer) -> [String] {
    let article = analyzer.analyze([Block(.paragraph, phrase)])
    return article.tokens.map { article.lowercasedString($0.range) }
  }

  mutating func add(list: String, keys: [String], entry: LexEntry, analyzer: TextAnalyzer) {
    let index = entries.count
    entries.append(entry)
    for key in keys {
      let tokens = Self.tokens(key, analyzer: analyzer)
      guard let first = tokens.first else { continue }
      lists[list, default: [:]][first, default: []].append(
        Phrase(tail: Array(tokens.dropFirst()), entry: index))
      lists[list]![first]!.sort { $0.tail.count > $1.tail.count }
      if first.first?.isLetter == true { dateWords.insert(first) }
    }
  }

  func has(_ list: String) -> Bool { lists[list] != nil }

  /// Every match of `list` at token `at`: (end token index, entry), longest first.
  func match(_ list: String, _ view: TokenView, at: Int) -> [(Int, LexEntry)] {
    guard at < view.count, let phrases = lists[list]?[view.text[at]] else { return [] }
    var found: [(Int, LexEntry)] = []
    for phrase in phrases {
      var i = at + 1
      var ok = true
      for word in phrase.tail {
        guard i < view.count, view.text[i] == word, !view.breakBefore(i) else {
          ok = false
          break
        }
        i += 1
      }
      if ok { found.append((i, entries[phrase.entry])) }
    }
    return found
  }
}

/// The tokens of a document as the date rules see them.
struct TokenView {
  let article: ArticleText
  let text: [String]
  var count: Int { text.count }

  init(_ article: ArticleText) {
    self.article = article
    text = article.tokens.map { article.lowercasedString($0.range) }
  }

  func token(_ i: Int) -> Token { article.tokens[i] }
  func isNumber(_ i: Int) -> Bool { i < count && article.tokens[i].kind == .number }
  func isWord(_ i: Int) -> Bool { i < count && article.tokens[i].kind == .word }
  /// Whether token `i` starts a new sentence or paragraph (phrases never cross one).
  func breakBefore(_ i: Int) -> Bool {
    i < count && i > 0 && article.tokens[i].paragraph != article.tokens[i - 1].paragraph
  }
  /// Whether token `i` follows token `i - 1` with no space between.
  func glued(_ i: Int) -> Bool { i < count && i > 0 && !article.tokens[i].spaceBefore }
  /// The integer value of a plain digit token, and its digit count.
  func integer(_ i: Int) -> (value: Int, digits: Int)? {
    guard isNumber(i) else { return nil }
    var v = 0
    var n = 0
    for ch in text[i].utf8 {
      guard (48...57).contains(ch) else { return nil }
      v = v * 10 + Int(ch - 48)
      n += 1
      if n > 9 { return nil }
    }
    return (v, n)
  }
}
