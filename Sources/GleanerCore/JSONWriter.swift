/// Writes JSON text into a byte buffer, keys in the order they are written.
///
/// Fast and deterministic: the same calls give the same bytes. Numbers that
/// are whole print without a fraction (`1500000`, not `1500000.0`).
///
/// ```swift
/// var json = JSONWriter()
/// json.beginObject()
/// json.field("id", "a.txt")
/// json.field("value", 1.5e6)
/// json.endObject()
/// // {"id":"a.txt","value":1500000}
/// ```
public struct JSONWriter: Sendable {
  /// The JSON text written so far, UTF-8.
  public private(set) var bytes: [UInt8] = []
  /// Whether to indent nested values, two spaces a level.
  public var pretty: Bool
  private var needsComma: [Bool] = []
  private var afterKey = false

  public init(pretty: Bool = false) {
    self.pretty = pretty
    bytes.reserveCapacity(4096)
  }

  /// Empties the buffer, keeping its storage, for the next document.
  public mutating func reset() {
    bytes.removeAll(keepingCapacity: true)
    needsComma.removeAll(keepingCapacity: true)
    afterKey = false
  }

  /// The text written so far.
  public var string: String { String(decoding: bytes, as: UTF8.self) }

  // MARK: Containers

  public mutating func beginObject() {
    beforeValue()
    bytes.append(UInt8(ascii: "{"))
    needsComma.append(false)
  }

  public mutating func endObject() { close(UInt8(ascii: "}")) }

  public mutating func beginArray() {
    beforeValue()
    bytes.append(UInt8(ascii: "["))
    needsComma.append(false)
  }

  public mutating func endArray() { close(UInt8(ascii: "]")) }

  /// Writes an object key; the next call writes its value.
  public mutating func key(_ name: String) {
    separate()
    writeQuoted(name)
    bytes.append(UInt8(ascii: ":"))
    if pretty { bytes.append(UInt8(ascii: " ")) }
    afterKey = true
  }

  // MARK: Scalars

  public mutating func string(_ value: String) {
    beforeValue()
    writeQuoted(value)
  }

  public mutating func int(_ value: Int) {
    beforeValue()
    bytes.append(contentsOf: String(value).utf8)
  }

  public mutating func number(_ value: Double) {
    beforeValue()
    guard value.isFinite else {
      bytes.append(contentsOf: "null".utf8)
      return
    }
    if value == value.rounded(), abs(value) < 9.0e15 {
      bytes.append(contentsOf: String(Int64(value)).utf8)
    } else {
      bytes.append(contentsOf: "\(value)".utf8)
    }
  }

  public mutating func bool(_ value: Bool) {
    beforeValue()
    bytes.append(contentsOf: (value ? "true" : "false").utf8)
  }

  public mutating func null() {
    beforeValue()
    bytes.append(contentsOf: "null".utf8)
  }

  /// Appends already-encoded JSON text as one value.
  public mutating func raw(_ json: [UInt8]) {
    beforeValue()
    bytes.append(contentsOf: json)
  }

  // MARK: Fields

  public mutating func field(_ name: String, _ value: String) {
    key(name)
    string(value)
  }

  public mutating func field(_ name: String, _ value: String?) {
    key(name)
    if let value { string(value) } else { null() }
  }

  public mutating func field(_ name: String, _ value: Int) {
    key(name)
    int(value)
  }

  public mutating func field(_ name: String, _ value: Double?) {
    key(name)
    if let value { number(value) } else { null() }
  }

  public mutating func field(_ name: String, _ value: Bool) {
    key(name)
    bool(value)
  }

  public mutating func field(_ name: String, _ values: [String]) {
    key(name)
    beginArray()
    for value in values { string(value) }
    endArray()
  }

  /// Writes `name` with an array of values that write themselves.
  public mutating func field<T: JSONWritable>(_ name: String, _ values: [T]) {
    key(name)
    beginArray()
    for value in values { value.write(to: &self) }
    endArray()
  }

  /// Writes a mention's `text`, `start` and `end` fields.
  public mutating func spanFields(_ span: Span) {
    field("text", span.text)
    field("start", span.start)
    field("end", span.end)
  }

  /// Writes `name: value` only when `value` is not nil.
  public mutating func optionalField(_ name: String, _ value: String?) {
    if let value { field(name, value) }
  }

  /// Writes `name: value` only when `value` is not nil.
  public mutating func optionalField(_ name: String, _ value: Double?) {
    if let value { field(name, value) }
  }

  // MARK: Layout

  private mutating func beforeValue() {
    if afterKey {
      afterKey = false
      return
    }
    separate()
  }

  private mutating func separate() {
    guard let last = needsComma.last else { return }
    if last { bytes.append(UInt8(ascii: ",")) }
    needsComma[needsComma.count - 1] = true
    if pretty { newline() }
  }

  private mutating func close(_ byte: UInt8) {
    let hadItems = needsComma.removeLast()
    if pretty && hadItems { newline() }
    bytes.append(byte)
  }

  private mutating func newline() {
    bytes.append(UInt8(ascii: "\n"))
    for _ in 0..<needsComma.count {
      bytes.append(UInt8(ascii: " "))
      bytes.append(UInt8(ascii: " "))
    }
  }

  private static let hex: [UInt8] = Array("0123456789abcdef".utf8)

  private mutating func writeQuoted(_ value: String) {
    bytes.append(UInt8(ascii: "\""))
    for byte in value.utf8 {
      switch byte {
      case UInt8(ascii: "\""): bytes.append(contentsOf: [92, 34])
      case UInt8(ascii: "\\"): bytes.append(contentsOf: [92, 92])
      case UInt8(ascii: "\n"): bytes.append(contentsOf: [92, UInt8(ascii: "n")])
      case UInt8(ascii: "\r"): bytes.append(contentsOf: [92, UInt8(ascii: "r")])
      case UInt8(ascii: "\t"): bytes.append(contentsOf: [92, UInt8(ascii: "t")])
      case 0..<0x20, 0x7F:
        bytes.append(contentsOf: Array("\\u00".utf8))
        bytes.append(Self.hex[Int(byte >> 4)])
        bytes.append(Self.hex[Int(byte & 0xF)])
      default: bytes.append(byte)
      }
    }
    bytes.append(UInt8(ascii: "\""))
  }
}

/// A value that writes itself as JSON.
public protocol JSONWritable {
  func write(to json: inout JSONWriter)
}
