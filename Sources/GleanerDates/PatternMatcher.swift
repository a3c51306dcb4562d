import GleanerCore

/// Matches compiled patterns against a document's tokens.
struct PatternMatcher {
  let lexicon: DateLexicon
  let view: TokenView

  /// The longest way `pattern` matches from token `start`: its end and captures.
  func match(_ pattern: [PatternElement], at start: Int) -> (end: Int, slots: Slots)? {
    var best: (Int, Slots)?
    func step(_ e: Int, _ t: Int, _ slots: Slots) {
      if e == pattern.count {
        if t > start, best == nil || t > best!.0 { best = (t, slots) }
        return
      }
      let element = pattern[e]
      if t < view.count, !(t > start && view.breakBefore(t)),
        !(element.glued && !view.glued(t))
      {
        for (end, capture) in options(element, at: t) {
          var next = slots
          if let capture { next.set(element.slot, capture) }
          step(e + 1, end, next)
        }
      }
      if element.optional { step(e + 1, t, slots) }
    }
    step(0, start, Slots())
    return best
  }

  /// The ways one element matches at token `t`, longest first.
  func options(_ element: PatternElement, at t: Int) -> [(Int, Capture?)] {
    switch element.kind {
    case .literal(let words):
      return words.contains(view.text[t]) ? [(t + 1, nil)] : []
    case .list(let name):
      return lexicon.match(name, view, at: t).map { ($0.0, Capture(entry: $0.1)) }
    case .builtin(let name):
      return builtin(name, at: t)
    }
  }

  private func ordinalSuffix(_ t: Int) -> Bool {
    guard t < view.count, view.glued(t) else { return false }
    return ["st", "nd", "rd", "th"].contains(view.text[t])
  }

  private func builtin(_ name: String, at t: Int) -> [(Int, Capture?)] {
    let int = view.integer(t)
    switch name {
    case "number":
      guard let int else { return [] }
      return [(t + 1, Capture(number: Double(int.value), digits: int.digits))]
    case "day", "ordinal":
      var found: [(Int, Capture?)] = []
      if let int, int.digits <= (name == "day" ? 2 : 4), int.value >= 1,
        name == "ordinal" || int.value <= 31
      {
        if ordinalSuffix(t + 1) {
          found.append((t + 2, Capture(number: Double(int.value), digits: int.digits)))
        } else if name == "day" {
          found.append((t + 1, Capture(number: Double(int.value), digits: int.digits)))
        }
      }
      for (end, entry) in lexicon.match("ordinal", view, at: t) {
        if let n = entry.number, name == "ordinal" || n <= 31 {
          found.append((end, Capture(number: n, entry: entry)))
        }
      }
      return found
    case "day-num":
      guard let int, int.digits <= 2, (1...31).contains(int.value) else { return [] }
      return [(t + 1, Capture(number: Double(int.value), digits: int.digits))]
    case "month-num":
      guard let int, int.digits <= 2, (1...12).contains(int.value) else { return [] }
      return [(t + 1, Capture(number: Double(int.value), digits: int.digits))]
    case "year":
      guard let int, int.digits == 4, (1000...2199).contains(int.value) else { return [] }
      return [(t + 1, Capture(number: Double(int.value), digits: 4))]
    case "yy":
      guard let int, int.digits == 2 else { return [] }
      return [(t + 1, Capture(number: Double(int.value), digits: 2))]
    case "minute":
      guard let int, int.digits == 2, int.value < 60 else { return [] }
      return [(t + 1, Capture(number: Double(int.value), digits: 2))]
    case "hour":
      if let int, int.digits <= 2, int.value <= 24 {
        return [(t + 1, Capture(number: Double(int.value), digits: int.digits))]
      }
      return lexicon.match("number", view, at: t).compactMap { end, entry in
        guard let n = entry.number, n >= 1, n <= 12, entry.attribute("article") == nil else {
          return nil
        }
        return (end, Capture(number: n, entry: entry))
      }
    case "clock":
      return clock(at: t)
    case "count":
      return count(at: t)
    case "year-words":
      return yearWords(at: t)
    case "decade":
      guard let int, int.digits == 4, int.value % 10 == 0, t + 1 < view.count else { return [] }
      let next = view.text[t + 1]
      if next == "s" || next == "'s" || next == "’s" {
        return [(t + 2, Capture(number: Double(int.value), digits: 4))]
      }
      return []
    default:
      return []
    }
  }

  /// `10:30`, `10:30:15`, `10.30`, `0730`.
  private func clock(at t: Int) -> [(Int, Capture?)] {
    if let hour = view.integer(t), hour.digits <= 2, hour.value <= 24,
      t + 2 < view.count, view.text[t + 1] == ":", view.glued(t + 1), view.glued(t + 2),
      let minute = view.integer(t + 2), minute.digits == 2, minute.value < 60
    {
      var capture = Capture(number: Double(hour.value), minute: minute.value, digits: hour.digits)
      var end = t + 3
      if end + 1 < view.count, view.text[end] == ":", view.glued(end), view.glued(end + 1),
        let second = view.integer(end + 1), second.digits == 2, second.value < 60
      {
        capture.second = second.value
        end += 2
      }
      return [(end, capture)]
    }
    guard view.isNumber(t) else { return [] }
    let text = Array(view.text[t].utf8)
    if let dot = text.firstIndex(of: UInt8(ascii: ".")), text.count - dot - 1 == 2, dot <= 2,
      dot >= 1, let h = Int(String(decoding: text[..<dot], as: UTF8.self)),
      let m = Int(String(decoding: text[(dot + 1)...], as: UTF8.self)), h <= 24, m < 60
    {
      return [(t + 1, Capture(number: Double(h), minute: m, digits: dot))]
    }
    if let int = view.integer(t), int.digits == 4, int.value / 100 <= 23, int.value % 100 < 60,
      text[0] == UInt8(ascii: "0")
    {
      return [(t + 1, Capture(number: Double(int.value / 100), minute: int.value % 100, digits: 4))]
    }
    return []
  }

  /// A year in words: "nineteen eighty-six", "two thousand (and) thirty two",
  /// "seventeen hundred thirty three".
  private func yearWords(at t: Int) -> [(Int, Capture?)] {
    func words(_ i: Int) -> (end: Int, value: Int)? {
      guard !view.isNumber(i),
        let (end, capture) = count(at: i).first(where: { $0.1?.number != nil }),
        let v = capture?.number, capture?.entry?.attribute("article") == nil
      else { return nil }
      return (end, Int(v))
    }
    guard let high = words(t) else { return [] }
    var found: [(Int, Capture?)] = []
    func add(_ end: Int, _ year: Int) {
      found.append((end, Capture(number: Double(year), digits: 4)))
    }
    var i = high.end
    if high.value == 2 || high.value == 1, i < view.count, view.text[i] == "thousand" {
      i += 1
      add(i, high.value * 1000)
      if i < view.count, view.text[i] == "and" { i += 1 }
      if let low = words(i), low.value < 100 { add(low.end, high.value * 1000 + low.value) }
      return found.reversed()
    }
    guard (11...20).contains(high.value) else { return [] }
    if i < view.count, view.text[i] == "hundred" {
      i += 1
      add(i, high.value * 100)
      if i < view.count, view.text[i] == "and" { i += 1 }
      if let low = words(i), low.value < 100 { add(low.end, high.value * 100 + low.value) }
      return found.reversed()
    }
    if let low = words(i), (10...99).contains(low.value) { add(low.end, high.value * 100 + low.value) }
    return found
  }

  /// A count: digits (`6`, `1.5`, `1,000`), number words (`six`, `twenty-one`,
  /// `a`), or a vague word (`several`, value unknown).
  private func count(at t: Int) -> [(Int, Capture?)] {
    if view.isNumber(t) {
      let text = view.text[t].replacingOccurrences(",", "")
      guard let value = Double(text) else { return [] }
      return [(t + 1, Capture(number: value, digits: text.count))]
    }
    var found: [(Int, Capture?)] = []
    for (end, entry) in lexicon.match("number", view, at: t) {
      if entry.value == "X" {
        found.append((end, Capture(number: nil, entry: entry)))
        continue
      }
      guard var value = entry.number else { continue }
      var stop = end
      // twenty-one, twenty one
      if value >= 20, value < 100, value.truncatingRemainder(dividingBy: 10) == 0 {
        var next = end
        if next < view.count, view.text[next] == "-", view.glued(next) { next += 1 }
        if let unit = lexicon.match("number", view, at: next).first, let u = unit.1.number,
          u >= 1, u <= 9, unit.1.attribute("article") == nil
        {
          value += u
          stop = unit.0
        }
      }
      found.append((stop, Capture(number: value, entry: entry)))
    }
    return found
  }
}

extension String {
  func replacingOccurrences(_ target: Character, _ replacement: String) -> String {
    guard contains(target) else { return self }
    return split(separator: target, omittingEmptySubsequences: false).joined(separator: replacement)
  }
}
