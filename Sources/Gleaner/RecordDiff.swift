import Foundation

/// Describes how two records differ, field by field, for people.
///
/// Scalar fields show `field: "old" → "new"`; in `dates`, `numbers` and
/// `quotes` a mention is known by its offsets and in `actors` by its name,
/// so each difference reads as a missing, added or changed mention:
///
///     numbers: missing {text=33 hostages start=1400 end=1411 ...}
///     dates: changed 1150..<1160 "January 19": value "2025-01-19" → "2024-01-19"
public enum RecordDiff {
  public static func describe(expected: String, actual: String) -> String {
    guard let old = object(expected), let new = object(actual) else {
      return "the records are not both JSON objects:\n- \(expected)\n+ \(actual)"
    }
    var lines: [String] = []
    let keys = orderedKeys(old, new)
    for key in keys {
      switch (old[key], new[key]) {
      case (let a as [Any], let b as [Any]):
        lines += listDiff(key, a.compactMap { $0 as? [String: Any] }, b.compactMap { $0 as? [String: Any] })
      case (let a, let b) where !same(a, b):
        lines.append("\(key): \(show(a)) → \(show(b))")
      default:
        break
      }
    }
    return lines.isEmpty ? "records differ only in layout" : lines.joined(separator: "\n")
  }

  private static func listDiff(_ field: String, _ old: [[String: Any]], _ new: [[String: Any]]) -> [String] {
    let key: ([String: Any]) -> String = { mention in
      if field == "actors" { return "\(mention["name"] ?? "?")" }
      return "\(mention["start"] ?? "?")..<\(mention["end"] ?? "?") \(show(mention["text"]))"
    }
    var newByKey: [String: [String: Any]] = [:]
    for mention in new { newByKey[key(mention)] = mention }
    var oldKeys = Set<String>()
    var lines: [String] = []
    for mention in old {
      let k = key(mention)
      oldKeys.insert(k)
      guard let other = newByKey[k] else {
        lines.append("\(field): missing \(brief(mention))")
        continue
      }
      var changes: [String] = []
      for name in orderedKeys(mention, other) where !same(mention[name], other[name]) {
        changes.append("\(name) \(show(mention[name])) → \(show(other[name]))")
      }
      if !changes.isEmpty {
        lines.append("\(field): changed \(k): " + changes.joined(separator: "; "))
      }
    }
    for mention in new where !oldKeys.contains(key(mention)) {
      lines.append("\(field): added \(brief(mention))")
    }
    return lines
  }

  private static func object(_ json: String) -> [String: Any]? {
    (try? JSONSerialization.jsonObject(with: Data(json.utf8))) as? [String: Any]
  }

  private static func orderedKeys(_ a: [String: Any], _ b: [String: Any]) -> [String] {
    Array(Set(a.keys).union(b.keys)).sorted()
  }

  private static func same(_ a: Any?, _ b: Any?) -> Bool {
    canonical(a) == canonical(b)
  }

  /// A comparable text form of a JSON value, keys sorted.
  private static func canonical(_ value: Any?) -> String {
    guard let value, !(value is NSNull) else { return "null" }
    if let data = try? JSONSerialization.data(withJSONObject: [value], options: [.sortedKeys]) {
      return String(decoding: data, as: UTF8.self)
    }
    return "\(value)"
  }

  private static func show(_ value: Any?) -> String {
    let text = canonical(value)
    let inner = text.hasPrefix("[") && text.hasSuffix("]") ? String(text.dropFirst().dropLast()) : text
    return inner.count > 120 ? String(inner.prefix(117)) + "..." : inner
  }

  private static func brief(_ mention: [String: Any]) -> String {
    "{" + mention.keys.sorted().filter { $0 != "mentions" && $0 != "parts" }.map { "\($0)=\(show(mention[$0]))" }
      .joined(separator: " ") + "}"
  }
}
