/// One parsed `.rules` file: named sections of entries, with examples.
///
/// The format (documented in `Rules/README.md`) is line based:
///
/// ```
/// # Month names and their numbers.
/// @list month
/// january | jan | jan. => 1
/// @example 2025-02-04 "on ⏩January 19⏪" => value=2025-01-19
/// @never "May I come in?"
/// ```
///
/// A line starting with `@` is a directive; any other non-blank line that is
/// not a `#` comment is an entry of the current section.
public struct RuleFile: Sendable {
  /// The path relative to the rules folder, with `/` separators.
  public var path: String
  public var sections: [RuleSection]
  /// Examples written before the first section.
  public var examples: [RuleExample]

  /// The language folder the file lives in (`en`), or `""`.
  public var language: String {
    path.split(separator: "/").first.map(String.init) ?? ""
  }

  /// The dimension folder the file lives in (`dates`), or `""`.
  public var dimension: String {
    let parts = path.split(separator: "/")
    return parts.count > 2 ? String(parts[1]) : ""
  }

  /// Every example of the file, its sections' included.
  public var allExamples: [RuleExample] {
    examples + sections.flatMap(\.examples)
  }

  /// Parses `content`, reporting every malformed line.
  ///
  /// - Throws: `RuleErrors` naming `path:line` for each problem.
  public init(path: String, content: String) throws {
    self.path = path
    self.sections = []
    self.examples = []
    var errors: [RuleError] = []
    var lineNumber = 0
    let bytes = Array(content.utf8)
    var lineStart = 0
    while lineStart <= bytes.count {
      let lineEnd = bytes[lineStart...].firstIndex(of: 0x0A) ?? bytes.count
      defer { lineStart = lineEnd + 1 }
      lineNumber += 1
      let line = RuleBytes.trim(bytes[lineStart..<lineEnd])
      guard let first = line.first, first != UInt8(ascii: "#") else { continue }
      do {
        if first == UInt8(ascii: "@") {
          try directive(Substring(decoding: line, as: UTF8.self), lineNumber)
        } else {
          guard !sections.isEmpty else {
            throw RuleError(
              file: path, line: lineNumber,
              "entry before any section: start one with '@list NAME' or '@rule ID'")
          }
          let entry = try RuleEntry(bytes: line, file: path, line: lineNumber)
          sections[sections.count - 1].entries.append(entry)
        }
      } catch let error as RuleError {
        errors.append(error)
      }
    }
    if !errors.isEmpty { throw RuleErrors(errors) }
  }

  private mutating func directive(_ line: Substring, _ lineNumber: Int) throws {
    let nameEnd = line.firstIndex(where: { $0 == " " || $0 == "\t" }) ?? line.endIndex
    let name = line[line.index(after: line.startIndex)..<nameEnd]
    let rest = line[nameEnd...].trimmingWhitespace()
    switch name {
    case "example", "never":
      let example = try RuleExample(
        parsing: rest, negative: name == "never", file: path, line: lineNumber,
        section: sections.last?.name)
      if sections.isEmpty {
        examples.append(example)
      } else {
        sections[sections.count - 1].examples.append(example)
      }
    default:
      guard !name.isEmpty, name.allSatisfy({ $0.isLetter || $0 == "-" }) else {
        throw RuleError(file: path, line: lineNumber, "unknown directive '@\(name)'")
      }
      var fields = try RuleTokenizer.fields(rest, file: path, line: lineNumber)
      guard !fields.isEmpty, !fields[0].contains("=") else {
        throw RuleError(file: path, line: lineNumber, "'@\(name)' needs a name")
      }
      let sectionName = fields.removeFirst()
      let attributes = try RuleTokenizer.attributes(fields, file: path, line: lineNumber)
      sections.append(
        RuleSection(
          kind: String(name), name: sectionName, attributes: attributes,
          file: path, line: lineNumber))
    }
  }

  /// The sections of one kind (`list`, `rule`, ...) named `name`, if any.
  public func section(_ kind: String, _ name: String) -> RuleSection? {
    sections.first { $0.kind == kind && $0.name == name }
  }
}

/// A named group of entries: a word list, a gazetteer or a pattern rule.
public struct RuleSection: Sendable {
  /// The directive that opened it: `list`, `rule`, `gazetteer`, ...
  public var kind: String
  /// Its name or rule id (`month`, `date.month-day`).
  public var name: String
  /// `key=value` pairs given on the directive line.
  public var attributes: [String: String]
  public var entries: [RuleEntry] = []
  public var examples: [RuleExample] = []
  public var file: String
  public var line: Int

  public init(
    kind: String, name: String, attributes: [String: String] = [:],
    file: String, line: Int
  ) {
    self.kind = kind
    self.name = name
    self.attributes = attributes
    self.file = file
    self.line = line
  }

  /// A `RuleError` pointing at the section's directive line.
  public func error(_ message: String) -> RuleError {
    RuleError(file: file, line: line, message)
  }
}

/// One entry line: `key | key | ... => value attr=value ...`.
///
/// The keys are the phrases to match; the value and attributes say what they
/// mean. A line without `=>` has keys only.
public struct RuleEntry: Sendable {
  /// The phrases of the left-hand side, trimmed, in the order written.
  public var keys: [String]
  /// The first field of the right-hand side, unless it is `name=value`.
  public var value: String?
  /// The `name=value` fields of the right-hand side.
  public var attributes: [String: String]
  public var file: String
  public var line: Int

  public init(
    keys: [String], value: String?, attributes: [String: String] = [:],
    file: String, line: Int
  ) {
    self.keys = keys
    self.value = value
    self.attributes = attributes
    self.file = file
    self.line = line
  }

  init(bytes line: ArraySlice<UInt8>, file: String, line lineNumber: Int) throws {
    self.file = file
    self.line = lineNumber
    // One pass over the bytes: phrases split at `|` and trimmed, fields at
    // blanks, each made a `String` straight from the buffer.
    let (keys, rhs, simpleFields) = line.withUnsafeBufferPointer { buffer in
      Self.split(buffer)
    }
    self.keys = keys
    if keys.contains(where: \.isEmpty) {
      throw RuleError(file: file, line: lineNumber, "empty phrase between '|'")
    }
    var fields: [String]
    if let rhs, rhs.contains(UInt8(ascii: "\"")) {
      fields = try RuleTokenizer.fields(Substring(decoding: rhs, as: UTF8.self), file: file, line: lineNumber)
    } else {
      fields = simpleFields
    }
    if let first = fields.first, !RuleTokenizer.isAttribute(first) {
      value = first
      fields.removeFirst()
    } else {
      value = nil
    }
    attributes = fields.isEmpty ? [:] : try RuleTokenizer.attributes(fields, file: file, line: lineNumber)
    if rhs != nil && value == nil && attributes.isEmpty {
      throw RuleError(file: file, line: lineNumber, "nothing after '=>'")
    }
  }

  /// The trimmed phrases before `=>`, the bytes after it (nil without one)
  /// and those bytes split at blanks.
  private static func split(
    _ line: UnsafeBufferPointer<UInt8>
  ) -> (keys: [String], rhs: [UInt8]?, fields: [String]) {
    var arrow = line.count
    var pipes = 0
    var index = 0
    while index + 1 < line.count {
      if line[index] == UInt8(ascii: "="), line[index + 1] == UInt8(ascii: ">") {
        arrow = index
        break
      }
      if line[index] == UInt8(ascii: "|") { pipes += 1 }
      index += 1
    }
    var keys: [String] = []
    keys.reserveCapacity(pipes + 1)
    var start = 0
    for position in 0...arrow where position == arrow || line[position] == UInt8(ascii: "|") {
      var low = start
      var high = position
      while low < high, RuleBytes.isSpace(line[low]) { low += 1 }
      while high > low, RuleBytes.isSpace(line[high - 1]) { high -= 1 }
      keys.append(String(decoding: UnsafeBufferPointer(rebasing: line[low..<high]), as: UTF8.self))
      start = position + 1
    }
    guard arrow < line.count else { return (keys, nil, []) }
    let rhs = UnsafeBufferPointer(rebasing: line[(arrow + 2)...])
    var fields: [String] = []
    fields.reserveCapacity(4)
    var fieldStart = -1
    for position in 0...rhs.count {
      let blank = position == rhs.count || rhs[position] == 0x20 || rhs[position] == 0x09
      if blank {
        if fieldStart >= 0 {
          fields.append(String(decoding: UnsafeBufferPointer(rebasing: rhs[fieldStart..<position]), as: UTF8.self))
          fieldStart = -1
        }
      } else if fieldStart < 0 {
        fieldStart = position
      }
    }
    return (keys, Array(rhs), fields)
  }

  /// A `RuleError` pointing at this entry.
  public func error(_ message: String) -> RuleError {
    RuleError(file: file, line: line, message)
  }
}

/// An example a rule must handle, run by `gleaner test` and `swift test`.
///
/// `@example [DATE] "input" => field=value ...` wants a mention of the file's
/// dimension whose fields have those values; text between `⏩` and `⏪` in the
/// input must be that mention's exact span. `@never [DATE] "input"` wants no
/// mention of the dimension at all.
public struct RuleExample: Sendable, CustomStringConvertible {
  /// The input without span markers.
  public var input: String
  /// The marked span, as Unicode-scalar offsets into `input`.
  public var expectedSpan: Span?
  /// The publication date to resolve against (`YYYY-MM-DD`, or with a time:
  /// `YYYY-MM-DDTHH:MM`), if given.
  public var reference: String?
  /// Field values the mention must have (empty for `@never`).
  public var expected: [(field: String, value: String)]
  public var isNegative: Bool
  public var file: String
  public var line: Int
  /// The section the example belongs to, if any.
  public var section: String?

  init(
    parsing text: Substring, negative: Bool, file: String, line: Int,
    section: String?
  ) throws {
    self.isNegative = negative
    self.file = file
    self.line = line
    self.section = section
    // The arrow that counts is the first one outside quotation marks.
    let all = try RuleTokenizer.fields(text, file: file, line: line, keepingArrows: true)
    let arrow = all.firstIndex(of: RuleTokenizer.arrow) ?? all.endIndex
    let fields = Array(all[..<arrow])
    let attributeFields = arrow < all.endIndex ? Array(all[(arrow + 1)...]) : []
    switch fields.count {
    case 1:
      reference = nil
    case 2:
      reference = fields[0]
      guard RuleTokenizer.isReference(fields[0]) else {
        throw RuleError(
          file: file, line: line, "reference date '\(fields[0])' is not YYYY-MM-DD or YYYY-MM-DDTHH:MM")
      }
    default:
      throw RuleError(
        file: file, line: line, "an example is [YYYY-MM-DD[THH:MM]] \"input\" => field=value ...")
    }
    let marked = fields[fields.count - 1]
    (input, expectedSpan) = try Self.unmark(marked, file: file, line: line)
    var pairs: [(String, String)] = []
    for field in attributeFields {
      guard let eq = field.firstIndex(of: "=") else {
        throw RuleError(file: file, line: line, "expected field=value, found '\(field)'")
      }
      pairs.append((String(field[..<eq]), String(field[field.index(after: eq)...])))
    }
    expected = pairs
    if negative && !(pairs.isEmpty && expectedSpan == nil) {
      throw RuleError(file: file, line: line, "'@never' takes an input only")
    }
    if !negative && pairs.isEmpty && expectedSpan == nil {
      throw RuleError(file: file, line: line, "'@example' needs a ⏩marked⏪ span or => field=value")
    }
  }

  private static func unmark(_ marked: String, file: String, line: Int) throws -> (String, Span?) {
    guard let result = SpanMarkers.parse(marked) else {
      throw RuleError(file: file, line: line, "span markers must come as ⏩...⏪ around some text")
    }
    return result
  }

  public var description: String { "\(file):\(line) \"\(input)\"" }
}

/// Byte helpers for the line parser.
enum RuleBytes {
  /// The slice without leading and trailing ASCII white space.
  static func trim(_ bytes: ArraySlice<UInt8>) -> ArraySlice<UInt8> {
    var start = bytes.startIndex
    var end = bytes.endIndex
    while start < end, isSpace(bytes[start]) { start += 1 }
    while end > start, isSpace(bytes[end - 1]) { end -= 1 }
    return bytes[start..<end]
  }

  @inline(__always)
  static func isSpace(_ byte: UInt8) -> Bool {
    byte == 0x20 || byte == 0x09 || byte == 0x0D || byte == 0x0B || byte == 0x0C
  }
}

/// Splits directive and value fields: bare words, `"quoted strings"` and
/// `name="quoted value"`.
enum RuleTokenizer {
  /// Stands for an unquoted `=>` in `fields(_:keepingArrows:)`.
  static let arrow = "\u{0}=>"

  static func fields(
    _ text: Substring, file: String, line: Int, keepingArrows: Bool = false
  ) throws -> [String] {
    let fast = text.utf8.withContiguousStorageIfAvailable { fields(utf8: $0, keepingArrows: keepingArrows) }
    if let fields = fast ?? nil { return fields }
    return try fieldsByCharacters(text, file: file, line: line, keepingArrows: keepingArrows)
  }

  /// `fields` on UTF-8 bytes, for start-up speed; nil where the answer could
  /// differ from the `Character` walk (a mark joined to a space, quote or
  /// backslash), or on an error, for `fieldsByCharacters` to decide.
  static func fields(utf8 bytes: UnsafeBufferPointer<UInt8>, keepingArrows: Bool) -> [String]? {
    var fields: [String] = []
    fields.reserveCapacity(4)
    var current: [UInt8] = []
    current.reserveCapacity(bytes.count)
    var inQuotes = false
    var hasField = false
    var previousWasEquals = false
    var index = 0
    while index < bytes.count {
      let byte = bytes[index]
      if byte >= 0x80 {
        // Never special; copied whole.
        let length = byte >= 0xF0 ? 4 : byte >= 0xE0 ? 3 : 2
        guard index + length <= bytes.count, !mayPrepend(scalarValue(bytes, index, length)) else {
          return nil
        }
        current.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[index..<index + length]))
        hasField = true
        previousWasEquals = false
        index += length
        continue
      }
      if isSpecial(byte), !standsAlone(bytes, after: index) { return nil }
      index += 1
      if keepingArrows && !inQuotes && byte == UInt8(ascii: ">") && previousWasEquals
        && current == [UInt8(ascii: "=")]
      {
        current.removeAll(keepingCapacity: true)
        hasField = false
        fields.append(arrow)
        previousWasEquals = false
        continue
      }
      previousWasEquals = !inQuotes && byte == UInt8(ascii: "=")
      if inQuotes {
        switch byte {
        case UInt8(ascii: "\\"):
          guard index < bytes.count else { return nil }
          let next = bytes[index]
          if next == UInt8(ascii: "n") {
            guard standsAlone(bytes, after: index) else { return nil }
            current.append(0x0A)
            index += 1
          }
          // Anything else is taken literally by the next round.
          else if next == UInt8(ascii: "\\") || next == UInt8(ascii: "\"") {
            current.append(next)
            index += 1
          }
        case UInt8(ascii: "\""): inQuotes = false
        default: current.append(byte)
        }
      } else if byte == 0x20 || byte == 0x09 {
        if hasField {
          fields.append(String(decoding: current, as: UTF8.self))
          current.removeAll(keepingCapacity: true)
          hasField = false
        }
      } else if byte == UInt8(ascii: "\"") {
        inQuotes = true
        hasField = true
      } else {
        current.append(byte)
        hasField = true
      }
    }
    guard !inQuotes else { return nil }
    if hasField { fields.append(String(decoding: current, as: UTF8.self)) }
    return fields
  }

  /// ASCII bytes whose meaning in `fields` depends on their being a whole
  /// `Character`.
  @inline(__always)
  private static func isSpecial(_ byte: UInt8) -> Bool {
    byte == 0x20 || byte == 0x09 || byte == 0x22 || byte == 0x5C || byte == 0x3D || byte == 0x3E
  }

  /// Whether the scalar after `index` cannot join the byte at `index` into
  /// one grapheme cluster (it is ASCII, Latin, punctuation or an arrow, not
  /// a combining mark or joiner).
  private static func standsAlone(_ bytes: UnsafeBufferPointer<UInt8>, after index: Int) -> Bool {
    let next = index + 1
    guard next < bytes.count, bytes[next] >= 0x80 else { return true }
    let lead = bytes[next]
    let length = lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : 2
    guard next + length <= bytes.count else { return false }
    let value = scalarValue(bytes, next, length)
    return value < 0x300 || (0x2010...0x2027).contains(value) || (0x2030...0x205E).contains(value)
      || (0x2190...0x23FF).contains(value)
  }

  /// Scalars that may be `Prepend` (joined to what follows): Arabic and
  /// Syriac number signs, Malayalam dot reph, and some above U+11000.
  private static func mayPrepend(_ value: UInt32) -> Bool {
    (0x600..<0x900).contains(value) || value == 0xD4E || value >= 0x11000
  }

  private static func scalarValue(_ bytes: UnsafeBufferPointer<UInt8>, _ index: Int, _ length: Int) -> UInt32 {
    var value = UInt32(bytes[index] & (length == 2 ? 0x1F : length == 3 ? 0x0F : 0x07))
    for offset in 1..<length { value = value << 6 | UInt32(bytes[index + offset] & 0x3F) }
    return value
  }

  /// `fields` walking `Character`s: the reference.
  static func fieldsByCharacters(
    _ text: Substring, file: String, line: Int, keepingArrows: Bool = false
  ) throws -> [String] {
    var fields: [String] = []
    var current = ""
    var inQuotes = false
    var hasField = false
    var iterator = text.makeIterator()
    var previousWasEquals = false
    while let char = iterator.next() {
      if keepingArrows && !inQuotes && char == ">" && previousWasEquals && current == "=" {
        current = ""
        hasField = false
        fields.append(arrow)
        previousWasEquals = false
        continue
      }
      previousWasEquals = !inQuotes && char == "="
      if inQuotes {
        switch char {
        case "\\":
          guard let next = iterator.next() else { break }
          current.append(next == "n" ? "\n" : next)
        case "\"": inQuotes = false
        default: current.append(char)
        }
      } else if char == " " || char == "\t" {
        if hasField {
          fields.append(current)
          current = ""
          hasField = false
        }
      } else if char == "\"" {
        inQuotes = true
        hasField = true
      } else {
        current.append(char)
        hasField = true
      }
    }
    if inQuotes {
      throw RuleError(file: file, line: line, "unterminated quoted string")
    }
    if hasField { fields.append(current) }
    return fields
  }

  static func isAttribute(_ field: String) -> Bool {
    var field = field
    return field.withUTF8 { attributeNameEnd($0) != nil }
  }

  /// Where the name of a `name=value` field ends (the index of its `=`), or
  /// nil when the field is not one: the name is non-empty and made of
  /// letters, digits, `_`, `-` or non-ASCII.
  private static func attributeNameEnd(_ utf8: UnsafeBufferPointer<UInt8>) -> Int? {
    guard let eq = utf8.firstIndex(of: UInt8(ascii: "=")), eq > 0 else { return nil }
    for byte in utf8[..<eq] {
      let isNameByte = (0x30...0x39).contains(byte) || (0x41...0x5A).contains(byte)
        || (0x61...0x7A).contains(byte) || byte == UInt8(ascii: "_") || byte == UInt8(ascii: "-")
        || byte >= 0x80
      guard isNameByte else { return nil }
    }
    return eq
  }

  static func attributes(_ fields: [String], file: String, line: Int) throws -> [String: String] {
    var result: [String: String] = [:]
    result.reserveCapacity(fields.count)
    for field in fields {
      var bytes = field
      let pair = bytes.withUTF8 { utf8 -> (String, String)? in
        guard let eq = attributeNameEnd(utf8) else { return nil }
        return (
          String(decoding: UnsafeBufferPointer(rebasing: utf8[..<eq]), as: UTF8.self),
          String(decoding: UnsafeBufferPointer(rebasing: utf8[(eq + 1)...]), as: UTF8.self)
        )
      }
      guard let (name, value) = pair else {
        throw RuleError(file: file, line: line, "expected name=value, found '\(field)'")
      }
      if result.updateValue(value, forKey: name) != nil {
        throw RuleError(file: file, line: line, "'\(name)' given twice")
      }
    }
    return result
  }

  static func isISODate(_ text: String) -> Bool {
    let bytes = Array(text.utf8)
    guard bytes.count == 10, bytes[4] == 45, bytes[7] == 45 else { return false }
    return bytes.enumerated().allSatisfy { $0.offset == 4 || $0.offset == 7 || (48...57).contains($0.element) }
  }

  /// Whether `text` is an example's reference: `YYYY-MM-DD`, or that day with a time of
  /// publication, `YYYY-MM-DDTHH:MM`.
  static func isReference(_ text: String) -> Bool {
    let bytes = Array(text.utf8)
    if bytes.count == 10 { return isISODate(text) }
    guard bytes.count == 16, bytes[10] == 84, bytes[13] == 58 else { return false }
    let digits = [11, 12, 14, 15].allSatisfy { (48...57).contains(bytes[$0]) }
    return digits && isISODate(String(decoding: bytes[..<10], as: UTF8.self))
  }
}

extension StringProtocol {
  /// The string without leading and trailing spaces, tabs and line ends.
  public func trimmingWhitespace() -> SubSequence {
    var start = startIndex
    var end = endIndex
    while start < end, self[start].isWhitespace { start = index(after: start) }
    while end > start, self[index(before: end)].isWhitespace { end = index(before: end) }
    return self[start..<end]
  }
}
