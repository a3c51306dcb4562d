import GleanerCore

/// The number classes of patterns (`{day}`, `{year}`, `{clock}`, `{count}`,
/// ...): each appends the ways it matches at a token, (end token, capture)
/// longest first, to the matcher's `options` (no allocation per token).
extension PatternMatcher {
  /// Words after a clock that make it a game clock ("4:32 of overtime", "1:12 left";
  /// "remaining", too long to pack, is compared apart).
  static let gameClockWords: Set<UInt64> = Set(["of", "left", "into"].map(TokenView.pack))

  /// Whether token `t` is an ordinal suffix glued to the number `value` before it
  /// ("12th"; the old wire style's "2d", "23d" only after a 2 or a 3, not a 12 or 13).
  private func ordinalSuffix(_ t: Int, after value: Int) -> Bool {
    guard t < view.count, view.glued(t) else { return false }
    let id = view.ids[t]
    if id == words.d {
      return (value % 10 == 2 || value % 10 == 3) && value % 100 / 10 != 1
    }
    return id == words.st || id == words.nd || id == words.rd || id == words.th
  }

  /// Whether token `t` is the word of id `id` (`view.is`, by id).
  @inline(__always)
  private func isWord(_ t: Int, _ id: Int32) -> Bool {
    t >= 0 && t < view.count && view.ids[t] == id
  }

  @inline(__always)
  private mutating func add(_ end: Int, _ capture: Capture) {
    if optionCount < options.count {
      options[optionCount] = (end, capture)
    } else {
      options.append((end, capture))
    }
    optionCount += 1
  }

  /// Appends the ways number class `name` matches at token `t`.
  mutating func appendOptions(_ name: Builtin, at t: Int) {
    let int = view.integer(t)
    switch name {
    case .number:
      guard let int else { return }
      add(t + 1, Capture(number: Double(int.value), digits: int.digits))
    case .day, .ordinal:
      // ("from 11 p.m. on March 3 until 5 a.m.": an hour of the clock, no day)
      if let int, int.digits <= (name == .day ? 2 : 4), int.value >= 1,
        name == .ordinal || int.value <= 31, !(name == .day && meridiemAfter(t))
      {
        if ordinalSuffix(t + 1, after: int.value) {
          add(t + 2, Capture(number: Double(int.value), digits: int.digits))
        } else if name == .day {
          add(t + 1, Capture(number: Double(int.value), digits: int.digits))
        }
      }
      guard lexicon.starts(ordinalList, view, at: t) else { return }
      for phrase in lexicon.phrases(ordinalList, view, at: t) {
        let end = lexicon.end(of: phrase, view, at: t)
        guard end >= 0 else { continue }
        let entry = lexicon.entries[phrase.entry]
        if let n = entry.number, name == .ordinal || n <= 31 {
          add(end, Capture(number: n, entry: entry))
        }
      }
    case .dayNum:
      guard let int, int.digits <= 2, (1...31).contains(int.value) else { return }
      add(t + 1, Capture(number: Double(int.value), digits: int.digits))
    case .monthNum:
      guard let int, int.digits <= 2, (1...12).contains(int.value) else { return }
      add(t + 1, Capture(number: Double(int.value), digits: int.digits))
    case .year:
      guard let int, int.digits == 4, (1000...2199).contains(int.value) else { return }
      add(t + 1, Capture(number: Double(int.value), digits: 4))
    case .yy:
      guard let int, int.digits == 2 else { return }
      add(t + 1, Capture(number: Double(int.value), digits: 2))
    case .minute:
      guard let int, int.digits == 2, int.value < 60 else { return }
      add(t + 1, Capture(number: Double(int.value), digits: 2))
    case .hour:
      if let int, int.digits <= 2, int.value <= 24 {
        add(t + 1, Capture(number: Double(int.value), digits: int.digits))
        return
      }
      guard lexicon.starts(numberList, view, at: t) else { return }
      for phrase in lexicon.phrases(numberList, view, at: t) {
        let end = lexicon.end(of: phrase, view, at: t)
        guard end >= 0 else { continue }
        let entry = lexicon.entries[phrase.entry]
        guard let n = entry.number, n >= 1, n <= 12, !entry.isArticle,
          entry.attribute("hour") != "no"  // "the couple until 10 a.m.": no hour
        else { continue }
        // "at seven thousand eight hundred": a scaled number, no hour
        if isWord(end, words.thousand) || isWord(end, words.hundred) { continue }
        add(end, Capture(number: n, entry: entry))
      }
    case .compactDate:
      // "20161107": year, month and day run together (1900-2099)
      guard let int, int.digits == 8 else { return }
      let (y, m, d) = (int.value / 10000, int.value / 100 % 100, int.value % 100)
      guard (1900...2099).contains(y), Day.isValid(y, m, d) else { return }
      add(t + 1, Capture(number: Double(int.value), digits: 8))
    case .dottedDate:
      // "7.11.2016" (day, month, year) or "2016.11.07": one token, two dots
      guard int == nil, let (y, m, d) = view.dottedDate(t), Day.isValid(y, m, d) else { return }
      add(t + 1, Capture(number: Double(y * 10000 + m * 100 + d), digits: 8))
    case .clock:
      appendClock(at: t)
    case .count:
      appendCount(at: t)
    case .yearWords:
      appendYearWords(at: t)
    case .decade:
      guard let int, int.value % 10 == 0, t + 1 < view.count else { return }
      // "1990s", and "'80s" right after an apostrophe (the 1900s)
      let shortForm = int.digits == 2 && t > 0
        && (view.glued(t) && (isWord(t - 1, words.apostrophe) || isWord(t - 1, words.rightQuote))
          // "the 80's", "the early 60's"
          || view.glued(t + 1) && (isWord(t + 1, words.apostropheS) || isWord(t + 1, words.rightQuoteS))
            && words.decadeOpeners.contains(view.ids[t - 1]))
      // (a decade is a year's: "the 3000s" of a stock index is no time)
      // ("the early 80s", "the mid-70s": a part of a bare two-digit decade after
      // "the"; "the 80s" alone, "his early 80s" are temperatures or ages)
      guard int.digits == 4 && (1000...2090).contains(int.value) || shortForm
        || int.digits == 2 && view.glued(t + 1) && isWord(t + 1, words.s)
          && (decadePartBefore(t) || bareDecade(t))
        || int.digits == 2 && afterFullDecade(t) && view.glued(t + 1)
          && (isWord(t + 1, words.s) || isWord(t + 1, words.apostropheS)
            || isWord(t + 1, words.rightQuoteS))
      else { return }
      let apostropheS = isWord(t + 1, words.apostropheS) || isWord(t + 1, words.rightQuoteS)
      // "the 1980's" is a decade; "2000's first days", "1990's budget" with no
      // opener or list word before are a year's possessive
      if apostropheS, int.digits == 4, t == 0
        || !words.decadeOpeners.contains(view.ids[t - 1]) && !isWord(t - 1, words.and)
          && !isWord(t - 1, words.or)
      {
        return
      }
      if isWord(t + 1, words.s) || apostropheS {
        add(t + 2, Capture(number: Double(int.value + (int.digits == 2 ? 1900 : 0)), digits: 4))
      }
    }
  }

  /// Whether "the early", "the late" or "the mid" (a hyphen after it allowed)
  /// stands right before token `t`.
  private func decadePartBefore(_ t: Int) -> Bool {
    var k = t - 1
    if isWord(k, words.hyphen), view.glued(t) { k -= 1 }
    guard k >= 1, words.decadeParts.contains(view.ids[k]) else { return false }
    return isWord(k - 1, words.the)
  }

  /// Whether the bare two-digit "70s" at `t` after "the" names a decade: after a
  /// word of `decadeLeads` ("the cars of the 70s", "since the 90s") or before a
  /// second one ("the 70s and 80s"); "in the 70s" alone is as often a temperature.
  private func bareDecade(_ t: Int) -> Bool {
    guard t >= 1, isWord(t - 1, words.the) else { return false }
    if t >= 2, words.decadeLeads.contains(view.ids[t - 2]) { return true }
    return twoDigitDecade(t + 3) && (isWord(t + 2, words.and) || isWord(t + 2, words.or))
  }

  /// Whether token `t` is a two-digit multiple of ten glued to an "s" ("80s").
  private func twoDigitDecade(_ t: Int) -> Bool {
    guard t + 1 < view.count, let n = view.integer(t), n.digits == 2, n.value % 10 == 0 else {
      return false
    }
    return view.glued(t + 1) && isWord(t + 1, words.s)
  }

  /// Whether "a.m." or "p.m." (or "am", "pm") follows the number at `t`.
  private func meridiemAfter(_ t: Int) -> Bool {
    t + 1 < view.count
      && (view.is(t + 1, "a.m.") || view.is(t + 1, "p.m.") || view.is(t + 1, "am")
        || view.is(t + 1, "pm") || view.is(t + 1, "a.m") || view.is(t + 1, "p.m"))
  }

  /// Whether the two-digit decade at `t` follows "1950s and" or "1950's or": the
  /// second decade of a pair ("the 1950s and 60s", "the 70s and 80s").
  private func afterFullDecade(_ t: Int) -> Bool {
    guard t >= 3, isWord(t - 1, words.and) || isWord(t - 1, words.or) || isWord(t - 1, words.to),
      isWord(t - 2, words.s) || isWord(t - 2, words.apostropheS) || isWord(t - 2, words.rightQuoteS),
      view.glued(t - 2), let prior = view.integer(t - 3)
    else { return false }
    // ("the 70s and 80s": a bare pair after "the")
    if prior.digits == 2, twoDigitDecade(t - 3), t >= 4, isWord(t - 4, words.the) { return true }
    return prior.digits == 4 && prior.value % 10 == 0 && (1800...2090).contains(prior.value)
  }

  /// `10:30`, `10:30:15`, `10.30`, `0730`.
  private mutating func appendClock(at t: Int) {
    guard view.isNumber(t) else { return }
    if let hour = view.integer(t), hour.digits <= 2, hour.value <= 24,
      t + 2 < view.count, isWord(t + 1, words.colon), view.glued(t + 1), view.glued(t + 2),
      let minute = view.integer(t + 2), minute.digits == 2, minute.value < 60
    {
      var capture = Capture(number: Double(hour.value), minute: minute.value, digits: hour.digits)
      var end = t + 3
      if end + 1 < view.count, isWord(end, words.colon), view.glued(end), view.glued(end + 1),
        let second = view.integer(end + 1), second.digits == 2, second.value < 60
      {
        capture.second = second.value
        end += 2
      }
      // a game clock: "scored at 4:32 of overtime", "with 1:12 left", "2:05 into the half"
      if end < view.count, !view.breakBefore(end),
        view.packed(end).map(Self.gameClockWords.contains) ?? view.is(end, "remaining")
      {
        return
      }
      add(end, capture)
      return
    }
    if let (h, m, digits) = view.dotted(t), h <= 24, m < 60 {
      if !dottedIsRate(t) { add(t + 1, Capture(number: Double(h), minute: m, digits: digits)) }
      return
    }
    // "0730"; from 1000 on only before GMT/UTC/local ("1900 GMT") or a zone's code after
    // "at": else a year
    if let int = view.integer(t), int.digits == 4, int.value / 100 <= 23, int.value % 100 < 60,
      int.value < 1000
        || isWord(t + 1, words.gmt) || isWord(t + 1, words.utc) || isWord(t + 1, words.local)
        // "at 1500 hours", "1900 hours GMT" (military style; not "logged 1500 hours")
        || (isWord(t + 1, words.hours) || isWord(t + 1, words.hrs))
          && (t > 0 && isWord(t - 1, words.at)
            || isWord(t + 2, words.gmt) || isWord(t + 2, words.utc) || isWord(t + 2, words.local))
        // "at 1430 CET", "at 1801 EDT": after "at", before a zone's code in capitals
        || t > 0 && isWord(t - 1, words.at) && t + 1 < view.count && view.allCaps(t + 1)
          && (3...4).contains(view.token(t + 1).range.end - view.token(t + 1).range.start)
          && !lexicon.match(.timezone, view, at: t + 1).isEmpty
    {
      add(t + 1, Capture(number: Double(int.value / 100), minute: int.value % 100, digits: 4))
    }
  }

  /// Whether the dotted number at token `t` is a price or rate, not a clock: a
  /// word of `@list clock-stop` after it ("at 1.45 marks", "1.62 against the
  /// mark") or a phrase of `@list clock-stop-before` right before it ("down
  /// from 1.47 late Friday").
  private func dottedIsRate(_ t: Int) -> Bool {
    if !lexicon.match(.clockStop, view, at: t + 1).isEmpty { return true }
    // "from 6.25 to 6.5 percent": the unit after the second number of a range
    if t + 3 < view.count, isWord(t + 1, words.to) || isWord(t + 1, words.hyphen),
      view.isNumber(t + 2), !lexicon.match(.clockStop, view, at: t + 3).isEmpty
    {
      return true
    }
    // "closed up 1.25 at 23.50": a number, then "at"
    if t >= 2, isWord(t - 1, words.at), view.isNumber(t - 2) { return true }
    // "Shares of the firm closed at 4.30": a market's close or open after a word of
    // `@list market-word` in its sentence (not "the shop closed at 5.30")
    if t >= 3, isWord(t - 1, words.at), view.packed(t - 2).map(Self.marketCloseVerbs.contains) ?? false,
      marketWordBefore(t - 2)
    {
      return true
    }
    for k in max(0, t - 3)..<t
    where lexicon.match(.clockStopBefore, view, at: k).contains(where: { $0.0 == t }) {
      return true
    }
    return false
  }

  /// Verbs of a market's close or open before "at" and a price ("closed at 4.30").
  static let marketCloseVerbs: Set<UInt64> = Set(
    ["closed", "opened", "ended", "finished", "closing", "opening", "closes", "opens", "ends"]
      .map(TokenView.pack))

  /// Whether a word of `@list market-word` stands up to twelve words before token `i`
  /// in its sentence ("Shares of the company closed", "The index ended").
  private func marketWordBefore(_ i: Int) -> Bool {
    var k = i - 1
    while k >= 0, i - k <= 12, !view.breakBefore(k + 1) {
      if view.is(k, ".") || view.is(k, ";") { return false }
      if lexicon.starts(.marketWord, view, at: k), !lexicon.match(.marketWord, view, at: k).isEmpty {
        return true
      }
      k -= 1
    }
    return false
  }

  /// The first count in words at token `i` (not digits, not an article).
  private mutating func countWords(at i: Int) -> (end: Int, value: Int)? {
    guard !view.isNumber(i) else { return nil }
    let base = optionCount
    appendCount(at: i, scaled: false)
    defer { optionCount = base }
    for k in base..<optionCount {
      let (end, capture) = options[k]
      // (a count no `Int` holds is none)
      guard let v = capture.number.flatMap({ Int(exactly: $0.rounded(.towardZero)) }) else { continue }
      guard capture.entry?.isArticle != true else { return nil }
      return (end, v)
    }
    return nil
  }

  /// Reverses the options appended since `base`.
  private mutating func reverseOptions(from base: Int) {
    options[base..<optionCount].reverse()
  }

  /// A year in words: "nineteen eighty-six", "two thousand (and) forty one",
  /// "sixteen hundred forty two".
  private mutating func appendYearWords(at t: Int) {
    // (cheap test first: a spoken year's first word is followed by "thousand",
    // "hundred" or another number word; "in a", "in one of" are passed over)
    // (a transcript's hyphen may join the two: "nineteen-seventy")
    let hyphened = t + 2 < view.count && isWord(t + 1, words.hyphen) && view.glued(t + 1)
      && view.glued(t + 2)
    guard t + 1 < view.count, !view.isNumber(t),
      isWord(t + 1, words.thousand) || isWord(t + 1, words.hundred)
        || lexicon.starts(numberList, view, at: t + 1)
        || hyphened && lexicon.starts(numberList, view, at: t + 2)
    else { return }
    guard var high = countWords(at: t) else { return }
    if hyphened, high.end == t + 1 { high.end += 1 }
    let base = optionCount
    func year(_ year: Int) -> Capture { Capture(number: Double(year), digits: 4) }
    var i = high.end
    if high.value == 2 || high.value == 1, isWord(i, words.thousand) {
      i += 1
      add(i, year(high.value * 1000))
      if isWord(i, words.and) { i += 1 }
      if let low = countWords(at: i), low.value < 100 { add(low.end, year(high.value * 1000 + low.value)) }
      reverseOptions(from: base)
      return
    }
    guard (11...20).contains(high.value) else { return }
    if isWord(i, words.hundred) {
      i += 1
      add(i, year(high.value * 100))
      if isWord(i, words.and) { i += 1 }
      if let low = countWords(at: i), low.value < 100 { add(low.end, year(high.value * 100 + low.value)) }
      reverseOptions(from: base)
      return
    }
    // (two counts read as a year from fifteen on: "eleven fifteen" and "twelve thirty"
    // are clocks)
    if high.value >= 15, let low = countWords(at: i), (10...99).contains(low.value) {
      add(low.end, year(high.value * 100 + low.value))
    }
  }

  /// A count: digits (`6`, `1.5`, `1,000`), number words (`six`, `twenty-one`,
  /// `a`; with `scaled`, also "two hundred", "a hundred and fifty-six"), or a
  /// vague word (`several`, value unknown).
  private mutating func appendCount(at t: Int, scaled: Bool = true) {
    if view.isNumber(t) {
      guard let (value, length) = view.decimal(t) else { return }
      add(t + 1, Capture(number: value, digits: length))
      return
    }
    guard lexicon.starts(numberList, view, at: t) else { return }
    for phrase in lexicon.phrases(numberList, view, at: t) {
      let end = lexicon.end(of: phrase, view, at: t)
      guard end >= 0 else { continue }
      let entry = lexicon.entries[phrase.entry]
      if entry.value == "X" {
        add(end, Capture(number: nil, entry: entry))
        continue
      }
      guard var value = entry.number else { continue }
      var stop = end
      // twenty-one, twenty one
      if value >= 20, value < 100, value.truncatingRemainder(dividingBy: 10) == 0 {
        var next = end
        if isWord(next, words.hyphen), view.glued(next) { next += 1 }
        if let unit = lexicon.firstMatch(numberList, view, at: next), let u = unit.entry.number,
          u >= 1, u <= 9, !unit.entry.isArticle
        {
          value += u
          stop = unit.end
        }
      }
      // "two hundred", "three thousand five hundred", "a hundred and fifty-six"
      // (spoken years read their words unscaled: "two thousand and one")
      var scale: Double = scaled && (value == 100 || value == 1000) ? value : 0
      if scaled, scale == 0, !entry.isArticle, value >= 1, value < 100, stop < view.count {
        scale = isWord(stop, words.hundred) ? 100 : isWord(stop, words.thousand) ? 1000 : 0
        if scale > 0 {
          value *= scale
          stop += 1
        }
      }
      if scale > 0 {
        let next = isWord(stop, words.and) ? stop + 1 : stop
        if var rest = countWords(at: next), rest.value >= 1, rest.value < 100 {
          if scale == 1000, isWord(rest.end, words.hundred) {
            rest.value *= 100
            rest.end += 1
            let more = isWord(rest.end, words.and) ? rest.end + 1 : rest.end
            if let low = countWords(at: more), low.value >= 1, low.value < 100 {
              rest.value += low.value
              rest.end = low.end
            }
          }
          value += Double(rest.value)
          stop = rest.end
        }
      }
      add(stop, Capture(number: value, entry: entry))
    }
  }
}
