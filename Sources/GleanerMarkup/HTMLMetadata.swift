import Foundation

/// A page's title and publication date from its markup.
enum HTMLMetadata {
  /// `og:title`, else the first `<h1>`, else `<title>` without a trailing
  /// ` - Site` or ` | Site`.
  static func title(_ facts: HTMLPageFacts, headline: String?) -> String? {
    let siteName = meta(facts, "og:site_name").map(collapse)
    if let og = meta(facts, "og:title").map(collapse), !og.isEmpty {
      return trimSite(og, siteName: siteName, always: false)
    }
    if let headline, !headline.isEmpty { return headline }
    if let title = facts.title.map(collapse), !title.isEmpty {
      return trimSite(title, siteName: siteName, always: true)
    }
    return nil
  }

  /// The publication date, `YYYY-MM-DD` or `YYYY-MM-DDTHH:MM`, from (in this
  /// order) `article:published_time`, JSON-LD `datePublished`,
  /// `itemprop="datePublished"`, `<time pubdate>`, other date `<meta>`s, the
  /// first `<time datetime>`, and a date in the URL.
  static func published(_ facts: HTMLPageFacts, url: String?) -> String? {
    var candidates: [String] = []
    for key in ["article:published_time", "og:article:published_time", "article.published"] {
      if let value = meta(facts, key) { candidates.append(value) }
    }
    for script in facts.jsonLD {
      if let value = jsonString(after: "\"datePublished\"", in: script) { candidates.append(value) }
    }
    if let value = meta(facts, "datepublished") { candidates.append(value) }
    candidates += facts.itempropDates
    candidates += facts.times.filter(\.isPublication).map(\.value)
    for key in [
      "og:published_time", "published_time", "pubdate", "publishdate", "publish-date",
      "publish_date", "publication_date", "date", "dc.date.issued", "dc.date", "dcterms.created",
      "dcterms.date", "sailthru.date", "parsely-pub-date", "article_date_original",
      "article:modified_time",
    ] {
      if let value = meta(facts, key) { candidates.append(value) }
    }
    candidates += facts.times.map(\.value)
    for candidate in candidates {
      if let date = normalizeDate(candidate) { return date }
    }
    if let url { return dateInURL(url) }
    return nil
  }

  // MARK: Helpers

  static func meta(_ facts: HTMLPageFacts, _ key: String) -> String? {
    facts.metas.first { $0.key == key && !$0.content.isEmpty }?.content
  }

  /// Drops a trailing site name: the part after the last ` | `, ` - `,
  /// ` – `, ` — `, ` :: ` or ` « ` when it is the site's name, or (for
  /// `<title>`) when it is shorter than the rest.
  static func trimSite(_ title: String, siteName: String?, always: Bool) -> String {
    for separator in [" | ", " - ", " – ", " — ", " :: ", " « ", " · "] {
      guard let range = title.range(of: separator, options: .backwards) else { continue }
      let head = title[..<range.lowerBound].trimmingCharacters(in: .whitespaces)
      let tail = title[range.upperBound...].trimmingCharacters(in: .whitespaces)
      guard !head.isEmpty else { continue }
      if let siteName, !siteName.isEmpty,
        tail.lowercased() == siteName.lowercased()
          || siteName.lowercased().hasPrefix(tail.lowercased())
      {
        return trimSite(head, siteName: siteName, always: always)
      }
      if always && tail.count < head.count && tail.split(separator: " ").count <= 4 {
        return trimSite(head, siteName: siteName, always: false)
      }
    }
    return title
  }

  /// Collapses white space runs to one space and trims the ends.
  static func collapse(_ text: String) -> String {
    text.split(whereSeparator: { $0.isWhitespace }).joined(separator: " ")
  }

  /// The string value after `key` in minimal JSON: `"key" : "value"`.
  static func jsonString(after key: String, in text: String) -> String? {
    guard let range = text.range(of: key) else { return nil }
    var index = range.upperBound
    let bytes = text.utf8
    var utf8Index = index.samePosition(in: bytes) ?? bytes.endIndex
    func skipSpaces() {
      while utf8Index < bytes.endIndex, [0x20, 0x09, 0x0A, 0x0D].contains(bytes[utf8Index]) {
        utf8Index = bytes.index(after: utf8Index)
      }
    }
    skipSpaces()
    guard utf8Index < bytes.endIndex, bytes[utf8Index] == UInt8(ascii: ":") else { return nil }
    utf8Index = bytes.index(after: utf8Index)
    skipSpaces()
    guard utf8Index < bytes.endIndex, bytes[utf8Index] == UInt8(ascii: "\"") else { return nil }
    utf8Index = bytes.index(after: utf8Index)
    index = utf8Index
    guard let close = text[index...].firstIndex(of: "\"") else { return nil }
    return String(text[index..<close])
  }

  /// A date found in a URL: `/YYYY/MM/DD/` or `YYYY-MM-DD`.
  static func dateInURL(_ url: String) -> String? {
    let bytes = Array(url.utf8)
    guard bytes.count >= 10 else { return nil }
    for start in 0...(bytes.count - 10) {
      guard start == 0 || !isDigit(bytes[start - 1]) else { continue }
      guard let year = number(bytes, start, 4), (1990...2100).contains(year) else { continue }
      let separator = bytes[start + 4]
      guard separator == UInt8(ascii: "/") || separator == UInt8(ascii: "-"),
        bytes[start + 7] == separator,
        let month = number(bytes, start + 5, 2), let day = number(bytes, start + 8, 2),
        (1...12).contains(month), (1...31).contains(day),
        start + 10 == bytes.count || !isDigit(bytes[start + 10])
      else { continue }
      return format(year, month, day)
    }
    return nil
  }

  /// `2019-11-19T14:05:00Z`, `2019/11/19`, `20191119`, `November 19, 2019`,
  /// `Tue, 19 Nov 2019 14:05:00 GMT` → `YYYY-MM-DD` or `YYYY-MM-DDTHH:MM`
  /// (the time as written, its zone dropped).
  static func normalizeDate(_ text: String) -> String? {
    let bytes = Array(text.utf8.drop { $0 == 0x20 || $0 == 0x0A || $0 == 0x09 })
    if bytes.count >= 8, let year = number(bytes, 0, 4), (1900...2100).contains(year) {
      var month: Int?
      var day: Int?
      var rest = 0
      if bytes.count >= 10, bytes[4] == bytes[7], bytes[4] == 0x2D || bytes[4] == 0x2F {
        month = number(bytes, 5, 2)
        day = number(bytes, 8, 2)
        rest = 10
      } else if let m = number(bytes, 4, 2), let d = number(bytes, 6, 2) {
        month = m
        day = d
        rest = 8
      }
      if let month, let day, (1...12).contains(month), (1...31).contains(day) {
        let date = format(year, month, day)
        if rest + 6 <= bytes.count, bytes[rest] == 0x54 || bytes[rest] == 0x20,
          let hour = number(bytes, rest + 1, 2), bytes[rest + 3] == 0x3A,
          let minute = number(bytes, rest + 4, 2), hour < 24, minute < 60
        {
          return date + "T" + two(hour) + ":" + two(minute)
        }
        return date
      }
    }
    return writtenDate(bytes)
  }

  private static let months = [
    "jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec",
  ]

  /// A date with a month name: `November 19, 2019`, `19 Nov 2019 14:05`.
  private static func writtenDate(_ bytes: [UInt8]) -> String? {
    var words: [[UInt8]] = []
    var current: [UInt8] = []
    for byte in bytes + [0x20] {
      let lower = (65...90).contains(byte) ? byte | 0x20 : byte
      if isDigit(lower) || (97...122).contains(lower) || lower == 0x3A {
        if let last = current.last, isDigit(last) != isDigit(lower), lower != 0x3A, last != 0x3A {
          words.append(current)
          current = []
        }
        current.append(lower)
      } else if !current.isEmpty {
        words.append(current)
        current = []
      }
    }
    var month: Int?
    var year: Int?
    var day: Int?
    var time: String?
    var hourValue = 0
    var minuteValue = 0
    var afternoon = false
    for word in words {
      if word.contains(0x3A) {
        let parts = word.split(separator: 0x3A)
        if time == nil, parts.count >= 2, let hour = number(Array(parts[0]), 0, parts[0].count),
          let minute = number(Array(parts[1]), 0, 2), hour < 24, minute < 60, parts[1].count == 2
        {
          time = two(hour) + ":" + two(minute)
          hourValue = hour
          minuteValue = minute
        }
      } else if time != nil, word == Array("pm".utf8) || word == Array("p".utf8) {
        afternoon = true
      } else if isDigit(word[0]) {
        guard let value = number(word, 0, word.count) else { continue }
        if word.count == 4, year == nil, (1900...2100).contains(value) {
          year = value
        } else if word.count <= 2, day == nil, (1...31).contains(value) {
          day = value
        }
      } else if month == nil, word.count >= 3,
        let index = months.firstIndex(of: String(decoding: word.prefix(3), as: UTF8.self))
      {
        month = index + 1
      }
    }
    guard let year, let month, let day else { return nil }
    let date = format(year, month, day)
    if afternoon, hourValue < 12 { time = two(hourValue + 12) + ":" + two(minuteValue) }
    return time.map { date + "T" + $0 } ?? date
  }

  private static func isDigit(_ byte: UInt8) -> Bool { (48...57).contains(byte) }

  /// The decimal number of `length` digits at `start`; nil for anything
  /// else, and for more than 9 digits (no date part is that long, and more
  /// would overflow).
  private static func number(_ bytes: [UInt8], _ start: Int, _ length: Int) -> Int? {
    guard length > 0, length <= 9, start + length <= bytes.count else { return nil }
    var value = 0
    for byte in bytes[start..<start + length] {
      guard isDigit(byte) else { return nil }
      value = value * 10 + Int(byte - 48)
    }
    return value
  }

  private static func two(_ value: Int) -> String { value < 10 ? "0\(value)" : "\(value)" }

  private static func format(_ year: Int, _ month: Int, _ day: Int) -> String {
    "\(year)-\(two(month))-\(two(day))"
  }
}
