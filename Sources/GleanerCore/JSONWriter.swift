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
  /// The JSON text written so far, UTF-8 (a copy; `takeBytes()` hands the
  /// buffer over without one).
  public var bytes: [UInt8] { Array(storage[..<count]) }
  /// The output buffer: `storage[..<count]` is written, the rest is room to
  /// write into without growing (writes go through pointers, not `append`).
  private var storage: [UInt8]
  private var count = 0
  /// Whether to indent nested values, two spaces a level.
  public var pretty: Bool
  /// How many objects and arrays are open.
  private var depth = 0
  /// Bit `i` says whether open container `i` (0 = outermost) has a value
  /// already, so the next one needs a comma; containers deeper than 64 keep
  /// theirs in `deepHasItems`.
  private var hasItems: UInt64 = 0
  private var deepHasItems: [Bool] = []
  private var afterKey = false

  public init(pretty: Bool = false) {
    self.init(pretty: pretty, capacity: 4096)
  }

  /// A writer whose buffer holds `capacity` bytes before it has to grow.
  public init(pretty: Bool = false, capacity: Int) {
    self.pretty = pretty
    storage = Array(repeating: 0, count: max(capacity, 64))
  }

  /// The JSON text written so far, leaving the writer empty.
  public mutating func takeBytes() -> [UInt8] {
    storage.removeSubrange(count...)
    let result = storage
    storage = []
    reset()
    return result
  }

  /// Empties the buffer, keeping its storage, for the next document.
  public mutating func reset() {
    count = 0
    depth = 0
    hasItems = 0
    deepHasItems.removeAll(keepingCapacity: true)
    afterKey = false
  }

  /// The text written so far.
  public var string: String { String(decoding: storage[..<count], as: UTF8.self) }

  /// Appends a line break after a finished value (one JSON Lines record).
  public mutating func endLine() {
    put(0x0A)
  }

  // MARK: Containers

  public mutating func beginObject() {
    beforeValue()
    put(UInt8(ascii: "{"))
    push()
  }

  public mutating func endObject() { close(UInt8(ascii: "}")) }

  public mutating func beginArray() {
    beforeValue()
    put(UInt8(ascii: "["))
    push()
  }

  public mutating func endArray() { close(UInt8(ascii: "]")) }

  /// Writes an object key; the next call writes its value.
  public mutating func key(_ name: String) {
    separate()
    writeQuoted(name)
    put(UInt8(ascii: ":"))
    if pretty { put(UInt8(ascii: " ")) }
    afterKey = true
  }

  // MARK: Scalars

  public mutating func string(_ value: String) {
    beforeValue()
    writeQuoted(value)
  }

  public mutating func int(_ value: Int) {
    beforeValue()
    writeInteger(Int64(value))
  }

  public mutating func number(_ value: Double) {
    beforeValue()
    guard value.isFinite else {
      appendASCII("null")
      return
    }
    if value == value.rounded(), abs(value) < 9.0e15 {
      writeInteger(Int64(value))
    } else {
      var text = "\(value)"
      text.withUTF8 { put($0) }
    }
  }

  public mutating func bool(_ value: Bool) {
    beforeValue()
    appendASCII(value ? "true" : "false")
  }

  public mutating func null() {
    beforeValue()
    appendASCII("null")
  }

  /// Appends already-encoded JSON text as one value.
  public mutating func raw(_ json: [UInt8]) {
    beforeValue()
    json.withUnsafeBufferPointer { put($0) }
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
    field(static: "text", span.text)
    field(static: "start", span.start)
    field(static: "end", span.end)
  }

  /// Writes `name: value` only when `value` is not nil.
  public mutating func optionalField(_ name: String, _ value: String?) {
    if let value { field(name, value) }
  }

  /// Writes `name: value` only when `value` is not nil.
  public mutating func optionalField(_ name: String, _ value: Double?) {
    if let value { field(name, value) }
  }

  // MARK: Literal keys (the record types of this module)

  /// `key(_:)` for a key written as a literal: printable ASCII without `"`
  /// or `\\`, copied as it is.
  mutating func key(static name: StaticString) {
    if pretty || depth > 64 {
      separate()
      writeKey(name, comma: false)
    } else {
      // `separate()` folded in: one write for `,"name":`.
      var comma = false
      if depth > 0 {
        let bit: UInt64 = 1 << UInt64(depth - 1)
        comma = hasItems & bit != 0
        hasItems |= bit
      }
      writeKey(name, comma: comma)
    }
    afterKey = true
  }

  @inline(__always)
  private mutating func writeKey(_ name: StaticString, comma: Bool) {
    let length = name.utf8CodeUnitCount
    let total = length + (comma ? 4 : 3) + (pretty ? 1 : 0)
    reserve(total)
    let at = count
    let pretty = pretty
    storage.withUnsafeMutableBufferPointer { target in
      var out = target.baseAddress! + at
      if comma {
        out[0] = UInt8(ascii: ",")
        out += 1
      }
      out[0] = UInt8(ascii: "\"")
      (out + 1).update(from: name.utf8Start, count: length)
      out[length + 1] = UInt8(ascii: "\"")
      out[length + 2] = UInt8(ascii: ":")
      if pretty { out[length + 3] = UInt8(ascii: " ") }
    }
    count += total
  }

  mutating func field(static name: StaticString, _ value: String) {
    key(static: name)
    string(value)
  }

  mutating func field(static name: StaticString, _ value: String?) {
    key(static: name)
    if let value { string(value) } else { null() }
  }

  mutating func field(static name: StaticString, _ value: Int) {
    key(static: name)
    int(value)
  }

  mutating func field(static name: StaticString, _ value: Double?) {
    key(static: name)
    if let value { number(value) } else { null() }
  }

  mutating func field(static name: StaticString, _ values: [String]) {
    key(static: name)
    beginArray()
    for value in values { string(value) }
    endArray()
  }

  mutating func field<T: JSONWritable>(static name: StaticString, _ values: [T]) {
    key(static: name)
    beginArray()
    for value in values { value.write(to: &self) }
    endArray()
  }

  mutating func optionalField(static name: StaticString, _ value: String?) {
    if let value { field(static: name, value) }
  }

  mutating func optionalField(static name: StaticString, _ value: Double?) {
    if let value { field(static: name, value) }
  }

  // MARK: Layout

  @inline(__always)
  private mutating func beforeValue() {
    if afterKey {
      afterKey = false
      return
    }
    separate()
  }

  @inline(__always)
  private mutating func separate() {
    guard depth > 0 else { return }
    let level = depth - 1
    if level < 64 {
      let bit: UInt64 = 1 << UInt64(level)
      if hasItems & bit != 0 { put(UInt8(ascii: ",")) }
      hasItems |= bit
    } else {
      if deepHasItems[level - 64] { put(UInt8(ascii: ",")) }
      deepHasItems[level - 64] = true
    }
    if pretty { newline() }
  }

  private mutating func push() {
    if depth < 64 {
      hasItems &= ~(1 << UInt64(depth))
    } else {
      deepHasItems.append(false)
    }
    depth += 1
  }

  private mutating func close(_ byte: UInt8) {
    precondition(depth > 0, "JSONWriter: close without an open container")
    depth -= 1
    let hadItems = depth < 64 ? hasItems & (1 << UInt64(depth)) != 0 : deepHasItems.removeLast()
    if pretty && hadItems { newline() }
    put(byte)
  }

  private mutating func newline() {
    put(UInt8(ascii: "\n"))
    for _ in 0..<depth {
      put(UInt8(ascii: " "))
      put(UInt8(ascii: " "))
    }
  }

  // MARK: Output buffer

  /// Makes room for `extra` more bytes after `count`.
  @inline(__always)
  private mutating func reserve(_ extra: Int) {
    if count + extra > storage.count { grow(extra) }
  }

  @inline(never)
  private mutating func grow(_ extra: Int) {
    let size = Swift.max(storage.count * 2, count + extra, 64)
    storage.append(contentsOf: repeatElement(0, count: size - storage.count))
  }

  @inline(__always)
  private mutating func put(_ byte: UInt8) {
    reserve(1)
    storage[count] = byte
    count += 1
  }

  private mutating func put(_ source: UnsafeBufferPointer<UInt8>) {
    guard let base = source.baseAddress, !source.isEmpty else { return }
    reserve(source.count)
    let at = count
    storage.withUnsafeMutableBufferPointer { target in
      (target.baseAddress! + at).update(from: base, count: source.count)
    }
    count += source.count
  }

  @inline(__always)
  private mutating func appendASCII(_ word: StaticString) {
    put(UnsafeBufferPointer(start: word.utf8Start, count: word.utf8CodeUnitCount))
  }

  /// Writes the decimal digits of `value` without going through `String`.
  private mutating func writeInteger(_ value: Int64) {
    if value >= 0 && value < 10 {
      put(UInt8(truncatingIfNeeded: value) + 0x30)
      return
    }
    var magnitude = value.magnitude
    var digits = 1
    var power: UInt64 = 10
    while digits < 20 && magnitude >= power {
      digits += 1
      power = power &* 10
    }
    let length = digits + (value < 0 ? 1 : 0)
    reserve(length)
    let at = count
    storage.withUnsafeMutableBufferPointer { target in
      var index = at + length
      repeat {
        index -= 1
        target[index] = UInt8(truncatingIfNeeded: magnitude % 10) + 0x30
        magnitude /= 10
      } while magnitude > 0
      if value < 0 { target[at] = UInt8(ascii: "-") }
    }
    count += length
  }

  // MARK: Strings

  /// Whether a byte must be escaped inside a JSON string: `"`, `\\`, the C0
  /// controls and DEL. A 128-bit table in two words, so that the test is a
  /// shift and a mask with no memory access.
  @inline(__always)
  private static func needsEscape(_ byte: UInt8) -> Bool {
    // Bits 0-31 (controls) and 34 (`"`); in the high word bits 28 (`\\`) and 63 (DEL).
    let low: UInt64 = 0x0000_0004_FFFF_FFFF
    let high: UInt64 = 0x8000_0000_1000_0000
    guard byte < 0x80 else { return false }
    let word = byte < 0x40 ? low : high
    return (word >> UInt64(byte & 0x3F)) & 1 != 0
  }

  /// The index of the first byte at or after `start` that needs an escape,
  /// or `bytes.count`. Looks at eight bytes at a time (SWAR): a word with no
  /// byte below 0x20 and none equal to `"`, `\\` or DEL is skipped whole.
  private static func firstEscape(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int) -> Int {
    let ones: UInt64 = 0x0101_0101_0101_0101
    let highs: UInt64 = 0x8080_8080_8080_8080
    var index = start
    if let base = bytes.baseAddress {
      let raw = UnsafeRawPointer(base)
      while index + 8 <= bytes.count {
        let word = raw.loadUnaligned(fromByteOffset: index, as: UInt64.self)
        // A byte is below n when (byte - n) borrows and its top bit was clear.
        let controls = (word &- ones &* 0x20) & ~word & highs
        let quote = word ^ (ones &* 0x22)
        let backslash = word ^ (ones &* 0x5C)
        let delete = word ^ (ones &* 0x7F)
        let zeros = ((quote &- ones) & ~quote | (backslash &- ones) & ~backslash
          | (delete &- ones) & ~delete) & highs
        if controls | zeros != 0 { break }
        index += 8
      }
    }
    while index < bytes.count, !needsEscape(bytes[index]) { index += 1 }
    return index
  }

  private mutating func writeQuoted(_ value: String) {
    let done: Void? = value.utf8.withContiguousStorageIfAvailable { writeQuoted(utf8: $0) }
    if done == nil {
      Array(value.utf8).withUnsafeBufferPointer { writeQuoted(utf8: $0) }
    }
  }

  /// Writes `utf8` as a JSON string. Text without anything to escape (nearly
  /// all of it) is copied at once; otherwise runs between escapes are.
  private mutating func writeQuoted(utf8: UnsafeBufferPointer<UInt8>) {
    let first = Self.firstEscape(utf8, from: 0)
    reserve(utf8.count + 2)
    let at = count
    storage.withUnsafeMutableBufferPointer { target in
      let out = target.baseAddress! + at
      out[0] = UInt8(ascii: "\"")
      if let base = utf8.baseAddress { (out + 1).update(from: base, count: first) }
    }
    count += 1 + first
    if first < utf8.count { writeEscaped(utf8, from: first) }
    put(UInt8(ascii: "\""))
  }

  /// Writes `utf8[start...]`, which starts with a byte to escape.
  private mutating func writeEscaped(_ utf8: UnsafeBufferPointer<UInt8>, from start: Int) {
    var runStart = start
    var index = start
    while index < utf8.count {
      let byte = utf8[index]
      put(UnsafeBufferPointer(rebasing: utf8[runStart..<index]))
      put(UInt8(ascii: "\\"))
      switch byte {
      case 0x22, 0x5C: put(byte)
      case 0x0A: put(UInt8(ascii: "n"))
      case 0x0D: put(UInt8(ascii: "r"))
      case 0x09: put(UInt8(ascii: "t"))
      default:
        put(UInt8(ascii: "u"))
        put(UInt8(ascii: "0"))
        put(UInt8(ascii: "0"))
        put(Self.hexDigit(byte >> 4))
        put(Self.hexDigit(byte & 0xF))
      }
      runStart = index + 1
      index = Self.firstEscape(utf8, from: runStart)
    }
    put(UnsafeBufferPointer(rebasing: utf8[runStart..<utf8.count]))
  }

  @inline(__always)
  private static func hexDigit(_ nibble: UInt8) -> UInt8 {
    nibble < 10 ? 0x30 + nibble : 0x57 + nibble
  }
}

/// A value that writes itself as JSON.
public protocol JSONWritable {
  func write(to json: inout JSONWriter)
}
