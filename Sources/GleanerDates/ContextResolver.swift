/// Resolves mentions that lean on an earlier date of the same text: in
/// quarterly results "a year ago" is the year-ago quarter of the quarter
/// under discussion; "the following year" follows the year last stated;
/// "the next day" follows the day last named.
enum ContextResolver {
  /// - Parameter anchor: the publication day; a quarter not yet over by then
  ///   ("no estimate of the impact on fourth-quarter results" in October)
  ///   does not replace a quarter already under discussion (a text that opens
  ///   with it may report a fiscal quarter).
  static func apply(_ found: inout [DateExtractor.Found], anchor: Day? = nil) {
    var quarter: (year: Int, q: Int)?
    var statedYear: Int?
    var lastDay: Day?
    for k in found.indices {
      let r = found[k].resolution
      if let context = r.context {
        switch context.kind {
        case .quarter:
          guard let base = quarter else { continue }
          let y = context.year ?? base.year + context.shift
          let q = context.quarter ?? base.q
          found[k].resolution.value = "\(Format.year(y))-Q\(q)"
          found[k].resolution.granularity = "quarter"
          found[k].resolution.startDay = Day(y, 3 * q - 2, 1)
          found[k].resolution.anchoredToText = true
        case .day:
          guard let base = lastDay, let value = r.value else { continue }
          let d = base.adding(days: context.shift)
          // keep a part of the day: "the next morning" = 2025-02-05TMO
          let part = value.firstIndex(of: "T").map { String(value[$0...]) } ?? ""
          found[k].resolution.value = d.iso + part
          found[k].resolution.startDay = d
          found[k].resolution.anchoredToText = true
          lastDay = d
        case .year:
          guard let base = statedYear else { continue }
          let y = base + context.shift
          found[k].resolution.value = Format.year(y)
          found[k].resolution.startDay = Day(y, 1, 1)
          found[k].resolution.anchoredToText = true
        }
        continue
      }
      if let d = r.startDay, r.type == "date" || r.type == "datetime",
        ["day", "part-of-day", "time"].contains(r.granularity ?? "")
      {
        lastDay = d
      }
      guard let value = r.value, let y = leadingYear(value) else { continue }
      if r.granularity == "quarter", let q = quarterNumber(value),
        quarter == nil || anchor.map({ !($0 < Day(y, 3 * q - 2, 1).adding(months: 3)) }) ?? true
      {
        quarter = (y, q)
      }
      if !r.anchored, r.inferred == nil, r.type == "date" || r.type == "datetime" {
        statedYear = y
      }
    }
  }

  /// The year a value starts with (`1989-Q3` → 1989).
  static func leadingYear(_ value: String) -> Int? {
    let b = Array(value.utf8.prefix(5))
    guard b.count >= 4, b[0..<4].allSatisfy({ (48...57).contains($0) }),
      b.count == 4 || b[4] == UInt8(ascii: "-")
    else { return nil }
    return b[0..<4].reduce(0) { $0 * 10 + Int($1 - 48) }
  }

  /// The quarter of a `YYYY-Qn` value.
  static func quarterNumber(_ value: String) -> Int? {
    let b = Array(value.utf8)
    guard b.count == 7, b[5] == UInt8(ascii: "Q"), (49...52).contains(b[6]) else { return nil }
    return Int(b[6] - 48)
  }
}
