import GleanerCore

/// What a pattern element captured: a number, a list entry, or both.
struct Capture: Sendable {
  var number: Double?
  var entry: LexEntry?
  /// Extra numbers some classes capture (a clock's minute and second).
  var minute: Int?
  var second: Int?
  var digits: Int = 0
}

/// The captures of one match, by slot name.
struct Slots: Sendable {
  private(set) var items: [(String, Capture)] = []

  subscript(_ name: String) -> Capture? {
    for (key, value) in items where key == name { return value }
    return nil
  }

  func number(_ name: String) -> Double? { self[name]?.number }
  func int(_ name: String) -> Int? { self[name]?.number.map { Int($0) } }
  func entry(_ name: String) -> LexEntry? { self[name]?.entry }
  func has(_ name: String) -> Bool { self[name] != nil }

  mutating func set(_ name: String, _ capture: Capture) { items.append((name, capture)) }
}

/// One element of a `@rule` pattern: `word`, `a/an`, `{list}`, `{class:slot}`,
/// `-`, optionally suffixed `?` (may be absent) or prefixed `+` (no space before).
struct PatternElement: Sendable {
  enum Kind: Sendable {
    case literal([String])
    case list(String)
    case builtin(String)
  }
  var kind: Kind
  var slot: String
  var optional: Bool
  var glued: Bool
}

/// The number classes patterns can use besides `@list` names.
enum Builtin {
  static let names: Set<String> = [
    "day", "ordinal", "year", "month-num", "day-num", "hour", "minute", "count", "clock",
    "decade", "yy", "number", "year-words",
  ]
}

/// A compiled `@rule`: its patterns and the attributes that say how to
/// resolve a match.
struct DateRule: Sendable {
  var id: String
  var patterns: [[PatternElement]]
  var attributes: [String: String]
  var order: Int

  func attribute(_ name: String) -> String? { attributes[name] }

  static func parse(
    _ pattern: String, entry: RuleEntry, lists: Set<String>
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
        if Builtin.names.contains(name) {
          kind = .builtin(name)
        } else if lists.contains(name) {
          kind = .list(name)
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
          PatternElement(kind: .literal(alternatives), slot: "", optional: optional, glued: glued))
      }
    }
    guard elements.contains(where: { !$0.optional }) else {
      throw entry.error("pattern '\(pattern)' has no required element")
    }
    return elements
  }
}
