import GleanerCore
import GleanerText

/// Rule phrases matched on an article's UTF-8 bytes, longest first.
///
/// A phrase is found by the lower-cased first word (or symbol) of the text at
/// a token's start, then compared byte by byte: a space in the phrase matches
/// one or more spaces or tabs in the text, and a phrase that ends in a letter
/// or digit must end where the text's word does. The first word is looked up
/// by its id in the lexicon's `KeyIndex` (computed once per token), so a
/// lookup is an array access.
struct PhraseTable<Payload: Sendable>: Sendable {
  struct Phrase: Sendable {
    var bytes: [UInt8]
    var caseSensitive: Bool
    var payload: Payload
  }

  private var byKey: [UInt64: [Phrase]] = [:]
  /// The phrases of each key, by key id (see `seal`).
  private var groups: [[Phrase]] = []
  /// Key id → index in `groups`, or -1.
  private var groupOfKey: [Int32] = []

  /// The lookup keys of every phrase, for a cheap "could anything start
  /// here" test.
  var keys: Set<UInt64> { Set(byKey.keys) }

  var isEmpty: Bool { byKey.isEmpty }

  /// Adds `phrase`; `caseSensitive` phrases match only as written.
  mutating func add(_ phrase: String, _ payload: Payload, caseSensitive: Bool = false) {
    var bytes = Array(phrase.utf8)
    if !caseSensitive { bytes = bytes.map(Self.lower) }
    let key = Self.key(bytes.map(Self.lower), 0, bytes.count)
    guard key != 0 else { return }
    byKey[key, default: []].append(Phrase(bytes: bytes, caseSensitive: caseSensitive, payload: payload))
    byKey[key]!.sort { $0.bytes.count > $1.bytes.count }
  }

  /// Interns the keys into `index` and builds the lookup by key id.
  mutating func seal(_ index: inout KeyIndex) {
    for (key, phrases) in byKey.sorted(by: { $0.key < $1.key }) {
      let id = Int(index.intern(key))
      if groupOfKey.count <= id { groupOfKey += Array(repeating: -1, count: id + 1 - groupOfKey.count) }
      groupOfKey[id] = Int32(groups.count)
      groups.append(phrases)
    }
  }

  /// Whether some phrase starts with the key of id `key`.
  @inline(__always)
  func mayMatch(key: Int32) -> Bool {
    key >= 0 && Int(key) < groupOfKey.count && groupOfKey[Int(key)] >= 0
  }

  /// The longest phrase starting at byte `start` and ending by `limit`: its
  /// end byte and payload. `key` is the `KeyIndex` id of the key at `start`.
  func match(_ text: ArticleText, key: Int32, at start: Int, limit: Int) -> (end: Int, payload: Payload)? {
    guard start < limit, key >= 0, Int(key) < groupOfKey.count else { return nil }
    let group = Int(groupOfKey[Int(key)])
    guard group >= 0 else { return nil }
    let phrases = groups[group]
    var best: (end: Int, payload: Payload)?
    for phrase in phrases {
      guard let end = Self.compare(phrase, text, start, limit) else { continue }
      // Longest wins; at equal length a case-sensitive phrase ("M") beats a blind one ("m").
      if best == nil || end > best!.end || end == best!.end && phrase.caseSensitive {
        best = (end, phrase.payload)
      }
    }
    return best
  }

  private static func compare(_ phrase: Phrase, _ text: ArticleText, _ start: Int, _ limit: Int) -> Int? {
    let source = phrase.caseSensitive ? text.bytes : text.lowercased
    var p = 0
    var t = start
    let bytes = phrase.bytes
    while p < bytes.count {
      if bytes[p] == 32 {
        var spaces = 0
        while t < limit {
          if source[t] == 32 || source[t] == 9 {
            t += 1
          } else if source[t] == 0xC2, t + 1 < limit, source[t + 1] == 0xA0 {
            t += 2
          } else {
            break
          }
          spaces += 1
        }
        if spaces == 0 { return nil }
        p += 1
        continue
      }
      guard t < limit, source[t] == bytes[p] else { return nil }
      p += 1
      t += 1
    }
    if let last = bytes.last, isASCIIWordByte(last), t < limit, isASCIIWordByte(source[t]) { return nil }
    return t
  }

  /// The lookup key at `start`: an FNV-1a hash of the run of ASCII letters
  /// and digits there, or of one other character (lower-cased bytes).
  static func key(_ bytes: [UInt8], _ start: Int, _ limit: Int) -> UInt64 {
    var end = start
    if isASCIIWordByte(bytes[start]) {
      while end < limit, isASCIIWordByte(bytes[end]) { end += 1 }
    } else {
      end = min(limit, start + scalarLength(bytes[start]))
    }
    var hash: UInt64 = 0xcbf2_9ce4_8422_2325
    for index in start..<end {
      hash = (hash ^ UInt64(bytes[index])) &* 0x100_0000_01b3
    }
    return hash
  }

  @inline(__always)
  static func lower(_ byte: UInt8) -> UInt8 { (65...90).contains(byte) ? byte | 0x20 : byte }

  @inline(__always)
  static func isASCIIWordByte(_ byte: UInt8) -> Bool {
    (48...57).contains(byte) || (65...90).contains(byte) || (97...122).contains(byte)
  }

  static func isWordByte(_ byte: UInt8) -> Bool { isASCIIWordByte(byte) || byte >= 0x80 }

  static func scalarLength(_ lead: UInt8) -> Int {
    switch lead {
    case 0xC0...0xDF: 2
    case 0xE0...0xEF: 3
    case 0xF0...0xF7: 4
    default: 1
    }
  }
}
