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
  /// A time zone's `utc=` hours from UTC, in minutes (`-5` = -300, `5:30` = 330).
  let utcMinutes: Int?
  /// A modifier's `with=` resolvers, `not-before=`, `only-after=` and `not-after=` words, split once.
  let with: [String]?
  let notBefore: [String]
  let onlyAfter: [String]
  let notAfter: [String]
  /// The entry's first phrase, lower-cased (a month's full name, "february"), and
  /// whether it has other phrases (short forms: "feb", "feb.").
  let name: String
  let hasOtherForms: Bool

  init(list: String, value: String, attributes: [String: String], keys: [String] = []) {
    self.list = list
    self.value = value
    self.name = keys.first?.lowercased() ?? value
    self.hasOtherForms = keys.count > 1
    self.attributes = attributes
    self.attributeList = attributes.map { (name: $0.key, value: $0.value) }
    self.number = Double(value)
    self.isArticle = attributes["article"] == "yes"
    self.utcMinutes = attributes["utc"].flatMap(Self.minutes(fromUTC:))
    self.with = attributes["with"].map { $0.split(separator: ",").map(String.init) }
    self.notBefore = attributes["not-before"].map { $0.split(separator: ",").map(String.init) } ?? []
    self.onlyAfter = attributes["only-after"].map { $0.split(separator: ",").map(String.init) } ?? []
    self.notAfter = attributes["not-after"].map { $0.split(separator: ",").map(String.init) } ?? []
  }

  /// `utc=` hours ("-5", "+1", "5:30") in minutes, nil unless they lie within
  /// the world's zones (UTC-12 to UTC+14).
  static func minutes(fromUTC text: String) -> Int? {
    let negative = text.hasPrefix("-")
    let parts = text.drop { $0 == "-" || $0 == "+" }.split(separator: ":", omittingEmptySubsequences: false)
    guard (1...2).contains(parts.count), let hours = Int(parts[0]),
      let minutes = parts.count == 2 ? Int(parts[1]) : 0, (0..<60).contains(minutes)
    else { return nil }
    let total = (hours * 60 + minutes) * (negative ? -1 : 1)
    return (-12 * 60...14 * 60).contains(total) ? total : nil
  }

  func attribute(_ name: String) -> String? {
    for item in attributeList where item.name == name { return item.value }
    return nil
  }
  /// `attributes` as a list: a few short names, compared rather than hashed.
  private let attributeList: [(name: String, value: String)]
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

  /// How many list numbers `firstMask` has room for (`maskWords` 64-bit words a word id).
  static let listCapacity = 64 * maskWords
  /// 64-bit words of `firstMask` a word id: room for the built-in lists and a user's own.
  static let maskWords = 4
  /// A list number no list has (for lists a language leaves out).
  static let noList = listCapacity - 1

  let entries: [LexEntry]
  /// list name → list number (a bit of `firstMask`).
  let listIndex: [String: Int]
  /// `GuardList` → list number.
  let guardLists: [Int]
  let words: WordTable
  /// word id → the phrases it starts, by list, longest first within a list.
  let phrases: [[Phrase]]
  /// Where a word's phrases of each list lie in `phrases`, and what may follow the word.
  let phraseGroups: PhraseGroups
  /// word id → bit set of the lists with a phrase starting with it: the two words at
  /// `maskWords * id + k` holds lists `64 * k` to `64 * k + 63`.
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
        // (a city of a zone is no date word: "the Prague Spring", "Moscow time")
        if first.first?.isLetter == true, !DateLexicon.contextLists.contains(list),
          list != "timezone" || tokens.count == 1
        {
          dateWords.insert(ids[0])
        }
      }
    }

    /// Interns a word patterns or code compare tokens with.
    mutating func intern(_ word: String) -> Int32 { words.intern(word) }
  }

  /// Lists of context words that are no date words ("the Sunday Times" is a name).
  static let contextLists: Set<String> = [
    "record-word", "record-stop", "clock-stop", "clock-stop-before", "number-name", "event-noun",
    "season-verb-after", "season-compound", "contract-noun", "temperature-word", "saying-verb",
    "delay-verb", "minute-noun", "title-noun", "game-word", "future-follower", "present-noun",
    "move-verb", "compound-pair", "idiom", "fraction-follower", "mishap-noun", "figure-word",
    "span-adjective", "vehicle-make", "market-word",
  ]

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
    var firstMask = [UInt64](repeating: 0, count: Self.maskWords * words.count)
    var dateWord = [Bool](repeating: false, count: words.count)
    // by list number, longest first within a list
    for list in builder.lists.keys.sorted() {
      for (first, found) in builder.lists[list]! { phrases[Int(first)] += found }
    }
    for id in phrases.indices {
      for phrase in phrases[id] {
        firstMask[Self.maskWords * id + (phrase.list >> 6)] |= 1 << UInt64(phrase.list & 63)
      }
    }
    for id in builder.dateWords { dateWord[Int(id)] = true }
    self.entries = builder.entries
    self.listIndex = builder.listIndex
    self.words = words
    self.phrases = phrases
    self.phraseGroups = PhraseGroups(phrases)
    self.firstMask = firstMask
    self.dateWord = dateWord
    self.guardLists = GuardList.allCases.map { builder.listIndex[$0.name] ?? Self.noList }
    // start-up tables: the tries ask for these per node
    var firsts = [[Int32]](repeating: [], count: Self.listCapacity)
    var all = [[Int32]](repeating: [], count: Self.listCapacity)
    for id in phrases.indices {
      for phrase in phrases[id] {
        if firsts[phrase.list].last != Int32(id) { firsts[phrase.list].append(Int32(id)) }
        all[phrase.list].append(Int32(id))
        all[phrase.list] += phrase.tail
      }
    }
    self.firstTokensOfList = firsts
    self.tokensOfList = all
    self.numericWords = (0..<Int32(words.count)).filter {
      words.word($0).first.map { $0.isNumber } ?? false
    }
  }

  /// Per list number: the ids of its phrases' first tokens, ascending.
  private let firstTokensOfList: [[Int32]]
  /// Per list number: the ids of every token of its phrases.
  let tokensOfList: [[Int32]]
  /// The ids of the words that start with a digit or another number character, ascending.
  let numericWords: [Int32]

  func has(_ list: String) -> Bool { listIndex[list] != nil }

  /// The guard lists, looked up by number (no name hashing per match).
  enum GuardList: Int, CaseIterable {
    case verbBefore, rel, yearFollower, countCue, yearDeterminer, number, monthCue, tense
    case rangeConnector, rangeOpener, personVerb, streetWord, gameWord, awardNoun, resultsNoun
    case monthNoun, recordWord, seasonNoun, recordStop, clockStop, clockStopBefore, unit
    case publicationNoun, numberName, eventNoun, seasonVerbAfter, seasonCompound, contractNoun
    case temperatureWord, sayingVerb, delayVerb, minuteNoun, resultsNounFar, titleNoun, futureFollower
    case presentNoun, moveVerb, relday, weekday, weekdayPlural, season, month, timezone
    case compoundPair, fractionFollower, aboutTopic, mishapNoun, figureWord, vehicleMake, requestVerb
    case directiveVerb, marketWord
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
      case .personVerb: "person-verb"
      case .streetWord: "street-word"
      case .gameWord: "game-word"
      case .awardNoun: "award-noun"
      case .resultsNoun: "results-noun"
      case .monthNoun: "month-noun"
      case .recordWord: "record-word"
      case .seasonNoun: "season-noun"
      case .recordStop: "record-stop"
      case .clockStop: "clock-stop"
      case .clockStopBefore: "clock-stop-before"
      case .unit: "unit"
      case .publicationNoun: "publication-noun"
      case .numberName: "number-name"
      case .eventNoun: "event-noun"
      case .seasonVerbAfter: "season-verb-after"
      case .seasonCompound: "season-compound"
      case .contractNoun: "contract-noun"
      case .mishapNoun: "mishap-noun"
      case .temperatureWord: "temperature-word"
      case .figureWord: "figure-word"
      case .sayingVerb: "saying-verb"
      case .delayVerb: "delay-verb"
      case .minuteNoun: "minute-noun"
      case .resultsNounFar: "results-noun-far"
      case .titleNoun: "title-noun"
      case .futureFollower: "future-follower"
      case .presentNoun: "present-noun"
      case .moveVerb: "move-verb"
      case .relday: "relday"
      case .weekday: "weekday"
      case .weekdayPlural: "weekday-plural"
      case .season: "season"
      case .month: "month"
      case .timezone: "timezone"
      case .compoundPair: "compound-pair"
      case .fractionFollower: "fraction-follower"
      case .aboutTopic: "about-topic"
      case .vehicleMake: "vehicle-make"
      case .requestVerb: "request-verb"
      case .directiveVerb: "directive-verb"
      case .marketWord: "market-word"
      }
    }
  }

  /// Every match of a guard list at token `at`, longest first.
  @inline(__always)
  func match(_ list: GuardList, _ view: TokenView, at: Int) -> [(Int, LexEntry)] {
    match(guardLists[list.rawValue], view, at: at)
  }

  /// Whether token `at` starts a phrase of a guard list.
  @inline(__always)
  func starts(_ list: GuardList, _ view: TokenView, at: Int) -> Bool {
    starts(guardLists[list.rawValue], view, at: at)
  }

  /// The first-token ids of a list's phrases.
  func firstTokens(_ list: Int) -> [Int32] {
    list >= 0 && list < Self.listCapacity ? firstTokensOfList[list] : []
  }

  /// Whether token `at` starts a phrase of list number `list`.
  @inline(__always)
  func starts(_ list: Int, _ view: TokenView, at: Int) -> Bool {
    guard at < view.count else { return false }
    let id = view.ids[at]
    return id >= 0 && firstMask[Self.maskWords &* Int(id) &+ (list >> 6)] & (1 << UInt64(list & 63)) != 0
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
    for phrase in phrases(list, view, at: at) {
      let end = end(of: phrase, view, at: at)
      if end >= 0 { body(end, entries[phrase.entry]) }
    }
  }

  /// Whether a phrase of a guard list ends right before token `i` ("in May",
  /// "mid-May": a cue of up to three tokens).
  func endsBefore(_ list: GuardList, _ view: TokenView, at i: Int) -> Bool {
    let number = guardLists[list.rawValue]
    var k = i - 1
    while k >= 0, k >= i - 3 {
      var found = false
      forEachMatch(number, view, at: k) { end, _ in found = found || end == i }
      if found { return true }
      k -= 1
    }
    return false
  }

  /// The phrases of list number `list` that token `at` starts, longest first,
  /// less all of them when the next token is none of their second words
  /// (`PhraseGroups`): each may still fail `end(of:at:)`.
  @inline(__always)
  func phrases(_ list: Int, _ view: TokenView, at: Int) -> ArraySlice<Phrase> {
    let id = view.ids[at]
    guard id >= 0, let group = phraseGroups.group(list, id) else { return [] }
    let next = at + 1 < view.count && !view.breakBefore(at + 1) ? view.ids[at + 1] : -1
    guard group.admits(next: next) else { return [] }
    return phrases[Int(id)][Int(group.start)..<Int(group.end)]
  }

  /// The end token of `phrase` (one of those token `at` starts) matched at
  /// `at`, or -1.
  @inline(__always)
  func end(of phrase: Phrase, _ view: TokenView, at: Int) -> Int {
    var i = at + 1
    for word in phrase.tail {
      guard i < view.count, view.ids[i] == word, !view.breakBefore(i) else { return -1 }
      i += 1
    }
    return i
  }

  /// The longest match of list number `list` at token `at`, if any.
  func firstMatch(_ list: Int, _ view: TokenView, at: Int) -> (end: Int, entry: LexEntry)? {
    guard starts(list, view, at: at) else { return nil }
    for phrase in phrases(list, view, at: at) {
      let end = end(of: phrase, view, at: at)
      if end >= 0 { return (end, entries[phrase.entry]) }
    }
    return nil
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
