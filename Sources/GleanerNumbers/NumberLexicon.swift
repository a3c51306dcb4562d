import GleanerCore

/// The number rules of one language, compiled into lookup tables once.
///
/// Built from `Rules/LANG/numbers/*.rules`; every list is described in that
/// folder's README.md. Immutable and shared by all documents.
struct NumberLexicon: Sendable {
  /// A currency: its ISO 4217 code (or minor-unit name) and how it is written.
  struct Currency: Sendable {
    var code: String
    var prefix: Bool
    var suffix: Bool
    var scale: Double
    var minor: Bool
    /// The unit to report when the amount turns out to be a measure ("lb").
    var ambiguousUnit: String?
  }

  /// A short scale after digits ("bn", "K").
  struct ShortScale: Sendable {
    var value: Double
    var onlyMoney: Bool
    /// May be glued to the digits ("2bn"); `joined=no`: only after a space ("5 G").
    var joined: Bool
    /// May stand apart from the digits ("2 bn"); `apart=no`: only glued ("3.4b"), or money.
    var apart: Bool
  }

  struct Subunit: Sendable {
    var unit: String
    var of: String
    var per: Double
  }

  /// A word ending that marks an adjective or participle ("-ous", "-ed").
  struct AdjectiveSuffix: Sendable {
    var suffix: String
    /// `suffix` as UTF-8.
    var bytes: [UInt8]
    var minLength: Int
    /// Whether a word with this ending may be the counted noun itself.
    var head: Bool
  }

  struct Event: Sendable {
    var name: String
    var before: Bool
    var after: Bool
  }

  /// Cardinal words by value (0-19 and the tens).
  var cardinals = WordValues()
  var scales = WordValues()
  var shortScales = PhraseTable<ShortScale>()
  var ordinals = WordValues()
  /// Fraction words ("half", "quarters") by denominator.
  var fractionWords = WordValues()
  var fractionChars = PhraseTable<Double>()
  var negatives = WordSet()
  var points = WordSet()
  var articles = WordSet()
  var approximate = PhraseTable<Double>()
  var currencies = PhraseTable<Currency>()
  var units = PhraseTable<String>()
  var perWords = PhraseTable<String>()
  var perTimes = PhraseTable<String>()
  var subunits = PhraseTable<Subunit>()
  /// How many of its subunit make each unit that has one ("ft" => 12): the number after a
  /// hyphenated height counts them ("6-foot-3").
  var subunitsPerUnit: [String: Double] = [:]
  var percents = PhraseTable<String>()
  var modifiers = PhraseTable<String>()
  var rangeOpen = PhraseTable<String>()
  var rangeJoin = PhraseTable<String>()
  var events = PhraseTable<Event>()
  /// Label phrases; the payload says whether only dotted numbers are meant.
  var labels = PhraseTable<Bool>()
  /// Compound nouns a number word opens that count nothing ("half-time", "half-sister").
  var compounds = PhraseTable<Bool>()
  var notCounted = WordSet()
  var plurals = WordSet()
  var pronounBefore = WordSet()
  var times = PhraseTable<String>()
  var months = PhraseTable<String>()
  var yearBefore = WordSet()
  var scoreCues = WordSet()
  var adjectives = WordSet()
  /// Words that make a time unit after them a time of its own ("next month").
  var relativeTime = WordSet()
  var adjectiveSuffixes: [AdjectiveSuffix] = []
  var ageBefore = PhraseTable<String>()
  /// Letters of a temperature's scale glued to its digits ("38C" => "°C"; `@list
  /// temperature-letter`), read only after a word of `@list temperature-word`.
  var temperatureLetters = PhraseTable<String>()
  var temperatureWords = PhraseTable<String>()
  var clauseBreaks = WordSet()
  var during = WordSet()
  var duringKeep = WordSet()
  /// Words of a change right before an amount: "rose $1.25 to $38.50" is a change and a new
  /// level, two mentions, not a range.
  var changeWords = WordSet()
  /// Past forms of a change before "by" and an amount: "rose by 12 to 40" reports a change
  /// and the new level ("could climb by 3 to 5 percent" is a range).
  var changeDoneWords = WordSet()
  /// Time unit words ("day", "years"), from the `per-time` list.
  var timeWords: Set<String> = []

  /// Words that may start or continue a number: cardinals, scales,
  /// ordinals, fractions, articles, signs and the decimal point.
  var numberWords = WordSet()

  init(rules: RuleSet, language: String) throws {
    var errors: [RuleError] = []
    let sections = rules.sections("list", language: language, dimension: "numbers")
    let known: Set<String> = [
      "cardinal", "scale", "short-scale", "ordinal", "fraction", "fraction-char", "negative",
      "point", "article", "approximate", "currency", "unit", "per", "per-time", "subunit",
      "percent", "modifier", "range-open", "range-join", "event", "label", "not-counted",
      "plural", "pronoun", "time", "month", "year-before", "score", "adjective", "adjective-suffix",
      "relative-time", "age-before", "clause", "during", "during-keep", "compound", "change", "change-done",
      "temperature-letter", "temperature-word",
    ]
    for section in sections where !known.contains(section.name) {
      errors.append(section.error("unknown numbers list '\(section.name)': expected one of \(known.sorted().joined(separator: ", "))"))
    }
    for section in sections where known.contains(section.name) {
      for entry in section.entries {
        do {
          try add(entry, to: section.name)
        } catch let error as RuleError {
          errors.append(error)
        }
      }
    }
    if !errors.isEmpty { throw RuleErrors(errors) }
    numberWords.formUnion(
      Set(cardinals.keys).union(scales.keys).union(ordinals.keys)
        .union(fractionWords.keys).union(articles.strings).union(negatives.strings).union(points.strings))
    for word in numberWords.strings {
      let bytes = Array(word.utf8)
      triggers.insert(PhraseTable<Int>.key(bytes, 0, bytes.count))
      if word.hasSuffix("th") || word == "first" || word == "second" || word == "third" {
        let plural = Array((word + "s").utf8)
        triggers.insert(PhraseTable<Int>.key(plural, 0, plural.count))
      }
    }
    for key in fractionWords.keys {
      let bytes = Array(key.utf8)
      triggers.insert(PhraseTable<Int>.key(bytes, 0, bytes.count))
    }
    triggers.formUnion(approximate.keys)
    triggers.formUnion(currencies.keys)
    triggers.formUnion(percents.keys)
    triggers.formUnion(fractionChars.keys)
    for (word, value) in ordinals.strings { pluralOrdinals[word + "s"] = value }
    sealLookups()
  }

  /// Ordinals with an "s" ("fifths") by the ordinal's value.
  var pluralOrdinals = WordValues()

  /// Word ids of the word lists (see `Word`).
  private(set) var words = WordIndex()
  /// Key ids of the phrase tables' keys, the triggers and the signs.
  private(set) var keys = KeyIndex()
  /// Whether a key id is one of `triggers`.
  private var triggerKeys: [Bool] = []
  /// Whether a key id is one of "-", "+", "−" and ".", which may start a
  /// number before digits.
  private var signKeys: [Bool] = []

  /// Whether key id `key` may start a mention (see `triggers`).
  @inline(__always)
  func isTrigger(_ key: Int32) -> Bool { key >= 0 && triggerKeys[Int(key)] }

  /// Whether key id `key` is a sign or point that may start a number before digits.
  @inline(__always)
  func isSign(_ key: Int32) -> Bool { key >= 0 && signKeys[Int(key)] }

  /// Interns the word lists and phrase keys, for lookups by id.
  private mutating func sealLookups() {
    cardinals.seal(&words)
    scales.seal(&words)
    ordinals.seal(&words)
    fractionWords.seal(&words)
    pluralOrdinals.seal(&words)
    negatives.seal(&words)
    points.seal(&words)
    articles.seal(&words)
    notCounted.seal(&words)
    plurals.seal(&words)
    pronounBefore.seal(&words)
    yearBefore.seal(&words)
    scoreCues.seal(&words)
    adjectives.seal(&words)
    relativeTime.seal(&words)
    clauseBreaks.seal(&words)
    during.seal(&words)
    duringKeep.seal(&words)
    changeWords.seal(&words)
    changeDoneWords.seal(&words)
    numberWords.seal(&words)
    words.seal()
    shortScales.seal(&keys)
    fractionChars.seal(&keys)
    approximate.seal(&keys)
    currencies.seal(&keys)
    units.seal(&keys)
    perWords.seal(&keys)
    perTimes.seal(&keys)
    subunits.seal(&keys)
    percents.seal(&keys)
    modifiers.seal(&keys)
    rangeOpen.seal(&keys)
    rangeJoin.seal(&keys)
    events.seal(&keys)
    labels.seal(&keys)
    compounds.seal(&keys)
    times.seal(&keys)
    months.seal(&keys)
    ageBefore.seal(&keys)
    temperatureLetters.seal(&keys)
    temperatureWords.seal(&keys)
    let signs = ["-", "+", "−", "."].map { sign in
      let bytes = Array(sign.utf8)
      return keys.intern(PhraseTable<Int>.key(bytes, 0, bytes.count))
    }
    let triggerIds = triggers.sorted().map { keys.intern($0) }
    keys.seal()
    triggerKeys = Array(repeating: false, count: keys.count)
    for id in triggerIds { triggerKeys[Int(id)] = true }
    signKeys = Array(repeating: false, count: keys.count)
    for id in signs { signKeys[Int(id)] = true }
  }

  /// Keys (see `PhraseTable.key`) of every token that may start a mention,
  /// besides digits and signs.
  var triggers: Set<UInt64> = []

  private mutating func add(_ entry: RuleEntry, to list: String) throws {
    func number() throws -> Double {
      guard let text = entry.value, let value = Double(text) else {
        throw entry.error("'\(list)' entries need a number after '=>', found '\(entry.value ?? "")'")
      }
      return value
    }
    func text() throws -> String {
      guard let value = entry.value, !value.isEmpty else {
        throw entry.error("'\(list)' entries need a value after '=>'")
      }
      return value
    }
    let exact = try flag(entry, "case", yes: "exact", no: "any", default: false)
    let words = entry.keys.map { $0.lowercased() }
    switch list {
    case "cardinal":
      let value = try number()
      guard value >= 0, value < 100, value < 20 || value.truncatingRemainder(dividingBy: 10) == 0
      else { throw entry.error("a cardinal word is 0 to 19 or a ten (20, 30, ... 90)") }
      for word in words { cardinals[word] = value }
    case "scale":
      let value = try number()
      guard value >= 12 else { throw entry.error("a scale is 12 (dozen) or more") }
      for word in words { scales[word] = value }
    case "short-scale":
      let value = try number()
      let only = entry.attributes["only"]
      if let only, only != "money" { throw entry.error("only= takes 'money'") }
      let joined = try flag(entry, "joined", yes: "yes", no: "no", default: true)
      let apart = try flag(entry, "apart", yes: "yes", no: "no", default: true)
      for key in entry.keys {
        shortScales.add(key, ShortScale(value: value, onlyMoney: only != nil, joined: joined, apart: apart), caseSensitive: exact)
      }
    case "ordinal":
      let value = try number()
      guard value >= 1 else { throw entry.error("an ordinal is 1 or more") }
      for word in words { ordinals[word] = value }
    case "fraction":
      let value = try number()
      guard value >= 2 else { throw entry.error("a fraction word's value is its denominator, 2 or more") }
      for word in words { fractionWords[word] = value }
    case "fraction-char":
      let value = try number()
      for key in entry.keys { fractionChars.add(key, value) }
    case "negative": negatives.formUnion(words)
    case "point": points.formUnion(words)
    case "article": articles.formUnion(words)
    case "approximate":
      let value = try number()
      for key in entry.keys { approximate.add(key, value) }
    case "currency":
      let code = try text()
      let position = entry.attributes["position"] ?? "both"
      guard ["prefix", "suffix", "both"].contains(position) else {
        throw entry.error("position= takes prefix, suffix or both, found '\(position)'")
      }
      var scale = 1.0
      if let given = entry.attributes["scale"] {
        guard let value = Double(given), value > 0 else { throw entry.error("scale= takes a number") }
        scale = value
      }
      let minor = try flag(entry, "minor", yes: "yes", no: "no", default: false)
      let currency = Currency(
        code: code, prefix: position != "suffix", suffix: position != "prefix", scale: scale,
        minor: minor, ambiguousUnit: entry.attributes["ambiguous"])
      for key in entry.keys { currencies.add(key, currency, caseSensitive: exact) }
    case "unit":
      let unit = try text()
      for key in entry.keys { units.add(key, unit, caseSensitive: exact) }
    case "per":
      for key in entry.keys { perWords.add(key, try text()) }
    case "per-time":
      for key in entry.keys { perTimes.add(key, try text()) }
      timeWords.formUnion(words)
    case "subunit":
      let unit = try text()
      guard let of = entry.attributes["of"], let per = entry.attributes["per"].flatMap(Double.init), per > 0
      else { throw entry.error("a subunit needs of=UNIT and per=NUMBER") }
      for key in entry.keys { subunits.add(key, Subunit(unit: unit, of: of, per: per)) }
      subunitsPerUnit[of] = per
    case "percent":
      for key in entry.keys { percents.add(key, try text()) }
    case "modifier":
      let value = try text()
      let allowed = ["approx", "more_than", "less_than", "at_least", "at_most"]
      guard allowed.contains(value) else {
        throw entry.error("modifier '\(value)' is not one of \(allowed.joined(separator: ", "))")
      }
      for key in entry.keys { modifiers.add(key, value) }
    case "range-open":
      for key in entry.keys { rangeOpen.add(key, try text()) }
    case "range-join":
      for key in entry.keys { rangeJoin.add(key, try text()) }
    case "event":
      let name = try text()
      let position = entry.attributes["position"] ?? "any"
      guard ["before", "after", "any"].contains(position) else {
        throw entry.error("position= takes before, after or any, found '\(position)'")
      }
      let event = Event(name: name, before: position != "after", after: position != "before")
      for key in entry.keys { events.add(key, event) }
    case "label":
      let form = entry.attributes["form"] ?? "any"
      guard form == "any" || form == "dotted" else { throw entry.error("form= takes any or dotted") }
      for key in entry.keys { labels.add(key, form == "dotted") }
    case "not-counted": notCounted.formUnion(words)
    case "compound":
      for key in entry.keys { compounds.add(key, true) }
    case "plural": plurals.formUnion(words)
    case "pronoun": pronounBefore.formUnion(words)
    case "time":
      for key in entry.keys { times.add(key, "time") }
    case "month":
      for key in entry.keys { months.add(key, "month") }
    case "year-before": yearBefore.formUnion(words)
    case "score": scoreCues.formUnion(words)
    case "adjective": adjectives.formUnion(words)
    case "relative-time": relativeTime.formUnion(words)
    case "adjective-suffix":
      var minLength = 1
      if let given = entry.attributes["min"] {
        guard let value = Int(given), value > 0 else { throw entry.error("min= takes a word length") }
        minLength = value
      }
      let head = try flag(entry, "head", yes: "yes", no: "no", default: true)
      for word in words {
        adjectiveSuffixes.append(AdjectiveSuffix(suffix: word, bytes: Array(word.utf8), minLength: minLength, head: head))
      }
    case "age-before":
      for key in entry.keys { ageBefore.add(key, "age") }
    case "temperature-letter":
      let unit = try text()
      for key in entry.keys { temperatureLetters.add(key, unit, caseSensitive: true) }
    case "temperature-word":
      for key in entry.keys { temperatureWords.add(key, "temperature") }
    case "clause": clauseBreaks.formUnion(words)
    case "during": during.formUnion(words)
    case "during-keep": duringKeep.formUnion(words)
    case "change": changeWords.formUnion(words)
    case "change-done": changeDoneWords.formUnion(words)
    default: break
    }
  }

  private func flag(_ entry: RuleEntry, _ name: String, yes: String, no: String, default value: Bool) throws -> Bool {
    guard let given = entry.attributes[name] else { return value }
    if given == yes { return true }
    if given == no { return false }
    throw entry.error("\(name)= takes \(yes) or \(no), found '\(given)'")
  }
}
