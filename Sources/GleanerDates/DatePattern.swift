import GleanerCore

/// What a pattern element captured: a number, a list entry, or both
/// (24 bytes: matching copies captures a lot).
struct Capture: Sendable {
  var entry: LexEntry?
  private var value = Double.nan
  private var minuteValue: Int16 = -1
  private var secondValue: Int16 = -1
  private var digitCount: Int16 = 0

  init(
    number: Double? = nil, entry: LexEntry? = nil, minute: Int? = nil, second: Int? = nil,
    digits: Int = 0
  ) {
    self.entry = entry
    self.number = number
    self.minute = minute
    self.second = second
    self.digits = digits
  }

  var number: Double? {
    get { value.isNaN ? nil : value }
    set { value = newValue ?? .nan }
  }
  /// Extra numbers some classes capture (a clock's minute and second).
  var minute: Int? {
    get { minuteValue < 0 ? nil : Int(minuteValue) }
    set { minuteValue = Int16(newValue ?? -1) }
  }
  var second: Int? {
    get { secondValue < 0 ? nil : Int(secondValue) }
    set { secondValue = Int16(newValue ?? -1) }
  }
  var digits: Int {
    get { Int(digitCount) }
    set { digitCount = Int16(clamping: newValue) }
  }
}

/// The captures of one match, by slot name.
struct Slots: Sendable {
  private(set) var items: [(String, Capture)] = []

  init(items: [(String, Capture)] = []) { self.items = items }

  subscript(_ name: String) -> Capture? {
    // the byte count first: a cheap test that rules out most names
    let length = name.utf8.count
    for (key, value) in items where key.utf8.count == length && key == name { return value }
    return nil
  }

  func number(_ name: String) -> Double? { self[name]?.number }
  /// The slot's number as an `Int` (truncated), nil when it has none or one no `Int`
  /// holds (a run of forty digits).
  func int(_ name: String) -> Int? { self[name]?.number.flatMap { Int(exactly: $0.rounded(.towardZero)) } }
  func entry(_ name: String) -> LexEntry? { self[name]?.entry }
  func has(_ name: String) -> Bool { self[name] != nil }

  mutating func set(_ name: String, _ capture: Capture) { items.append((name, capture)) }
  mutating func replace(_ name: String, _ capture: Capture) {
    items.removeAll { $0.0 == name }
    items.append((name, capture))
  }
}

/// One element of a `@rule` pattern: `word`, `a/an`, `{list}`, `{class:slot}`,
/// `-`, optionally suffixed `?` (may be absent) or prefixed `+` (no space before).
struct PatternElement: Sendable, Equatable {
  enum Kind: Sendable, Equatable {
    /// Word ids of the alternatives.
    case literal([Int32])
    /// A list number of `DateLexicon`.
    case list(Int)
    case builtin(Builtin)
  }
  var kind: Kind
  var slot: String
  var optional: Bool
  var glued: Bool
}

/// The number classes patterns can use besides `@list` names.
enum Builtin: String, Sendable, CaseIterable {
  case day, ordinal, year, monthNum = "month-num", dayNum = "day-num", hour, minute, count, clock
  case decade, yy, number, yearWords = "year-words", compactDate = "compact-date"
  case dottedDate = "dotted-date"

  static let names: Set<String> = Set(allCases.map(\.rawValue))
  static let ordered: [Builtin] = Array(allCases)
}

/// A compiled `@rule`: its patterns and the attributes that say how to
/// resolve a match. A class: a matcher reading a rule copies one reference,
/// not a dozen strings and arrays.
final class DateRule: Sendable {
  let id: String
  let patterns: [[PatternElement]]
  let attributes: [String: String]
  let order: Int
  /// `attributes` as a list, scanned by `attribute(_:)`: a rule has a few,
  /// with short names, so comparing them is cheaper than hashing the name.
  private let attributeList: [(name: String, value: String)]
  /// The `guard=` checks, read once (names checked at load: `GuardCheck`).
  let guards: [GuardCheck]
  /// `not-after=` / `only-after=` words and `units=` keys, split once (empty: no check).
  let notAfter: [String]
  /// `not-after=` words split by case once: those written in lower case bar any
  /// form, those written with a capital ("Black") only a capitalized token; both
  /// held lower-cased, as token texts are compared.
  let notAfterAnyCase: [String]
  let notAfterCapitalized: [String]
  let onlyAfter: [String]
  /// `lead=N`: the first N tokens of a match are context, left out of its span.
  let lead: Int
  /// `tail=N`: the last N tokens of a match are context, left out of its span.
  let tail: Int
  /// `length-before=` words, split once: before one of them the period is a length.
  let lengthBefore: [String]
  let units: [String]
  /// `around=` (a week holding the day) and `prefix=` (FY, SY), read once.
  let around: String?
  let prefix: String?
  /// `resolve=` (default `calendar`) and `unit-form=`, read once.
  let resolve: String
  let unitForm: String?

  init(id: String, patterns: [[PatternElement]], attributes: [String: String], order: Int) {
    self.id = id
    self.patterns = patterns
    self.attributes = attributes
    self.order = order
    guards = attributes["guard"].map { $0.split(separator: ",").compactMap { GuardCheck(rawValue: String($0)) } } ?? []
    notAfter = attributes["not-after"].map { $0.split(separator: ",").map(String.init) } ?? []
    notAfterAnyCase = notAfter.filter { $0.first?.isUppercase != true }
    notAfterCapitalized = notAfter.filter { $0.first?.isUppercase == true }.map { $0.lowercased() }
    onlyAfter = attributes["only-after"].map { $0.split(separator: ",").map { $0.lowercased() } } ?? []
    lead = attributes["lead"].flatMap { Int($0) } ?? 0
    tail = attributes["tail"].flatMap { Int($0) } ?? 0
    lengthBefore = attributes["length-before"].map { $0.split(separator: ",").map(String.init) } ?? []
    units = attributes["units"].map { $0.split(separator: ",").map(String.init) } ?? []
    around = attributes["around"]
    resolve = attributes["resolve"] ?? "calendar"
    unitForm = attributes["unit-form"]
    prefix = attributes["prefix"]
    attributeList = attributes.map { (name: $0.key, value: $0.value) }
  }

  func attribute(_ name: String) -> String? {
    for item in attributeList where item.name == name { return item.value }
    return nil
  }

  static func parse(
    _ pattern: String, entry: RuleEntry, lexicon: inout DateLexicon.Builder
  ) throws -> [PatternElement] {
    var elements: [PatternElement] = []
    for rawField in pattern.split(separator: " ") {
      var field = Substring(rawField)
      var glued = false
      var optional = false
      if field.count > 1, field.hasPrefix("+") {
        glued = true
        field = field.dropFirst()
      }
      if field.count > 1, field.hasSuffix("?") {
        optional = true
        field = field.dropLast()
      }
      if field.hasPrefix("{") && field.hasSuffix("}") && field.count > 2 {
        let inner = field.dropFirst().dropLast()
        let parts = inner.split(separator: ":", maxSplits: 1).map(String.init)
        let name = parts[0]
        let slot = parts.count > 1 ? parts[1] : name
        let kind: PatternElement.Kind
        if let builtin = Builtin(rawValue: name) {
          kind = .builtin(builtin)
        } else if let list = lexicon.listIndex[name] {
          kind = .list(list)
        } else {
          throw entry.error("unknown class '{\(name)}': not a @list nor one of \(Builtin.names.sorted())")
        }
        elements.append(PatternElement(kind: kind, slot: slot, optional: optional, glued: glued))
      } else {
        let text = field.lowercased()
        let alternatives =
          text.count > 1 && text.contains("/") && text.contains(where: \.isLetter)
          ? text.split(separator: "/").map(String.init) : [text]
        elements.append(
          PatternElement(
            kind: .literal(alternatives.map { lexicon.intern($0) }), slot: "", optional: optional, glued: glued))
      }
    }
    guard elements.contains(where: { !$0.optional }) else {
      throw entry.error("pattern '\(pattern)' has no required element")
    }
    return elements
  }
}
