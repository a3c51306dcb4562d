import GleanerCore
import GleanerText

/// The scan of one paragraph: reads a number at a token, decides its kind
/// and unit from what surrounds it, and leaves out what is not a count.
struct NumberScan {
  var reader: NumberReader
  /// Date mention ranges, sorted.
  let dates: [TextRange]
  /// The token after the last mention found, to tell "$5000 over 4 years".
  var lastEnd = -1
  /// The event of the last mention found.
  var lastEvent: String?

  // Borrowed (`_read`), not returned: a returned `NumberLexicon` is a copy of
  // all its tables at every use.
  var lexicon: NumberLexicon { _read { yield reader.lexicon } }
  var text: ArticleText { _read { yield reader.text } }
  var tokens: [Token] { _read { yield reader.text.tokens } }
  var limit: Int { reader.limit }

  @inline(__always)
  func word(_ index: Int) -> Word { reader.word(index) }
  @inline(__always)
  func spelling(_ index: Int) -> Spelling { reader.spelling(index) }
  @inline(__always)
  func glued(_ index: Int) -> Bool { reader.glued(index) }

  /// Appends the mentions starting at token `index` to `found`; returns the
  /// token to go on from.
  mutating func mentions(at index: Int, paragraphStart: Int, into found: inout [NumberMention]) -> Int {
    guard mayStart(index) else { return index + 1 }
    if tokens[index].kind == .number,
      case .list(let groups) = DigitReader.read(text.bytes[tokens[index].range.start..<tokens[index].range.end])
    {
      for candidate in listMentions(index, groups) { found.append(candidate.mention(in: text)) }
      return index + 1
    }
    guard var candidate = single(at: index, paragraphStart: paragraphStart) else { return index + 1 }
    if candidate.kind == .skip { return candidate.next }
    range(&candidate, paragraphStart: paragraphStart)
    if candidate.kind == .skip { return candidate.next }
    if candidate.modifier == nil {
      candidate.modifier = modifier(before: candidate.first, paragraphStart, countsTime: countsTime(candidate))
    }
    if candidate.rule != .cardinalAge {
      // The fields, not the candidate: passing the whole (large) candidate copies it.
      candidate.event =
        event(kind: candidate.kind, first: candidate.first, end: candidate.end, next: candidate.next)
        ?? sharedEvent(first: candidate.first)
    }
    lastEnd = candidate.next
    lastEvent = candidate.event
    found.append(candidate.mention(in: text))
    return candidate.next
  }

  /// Whether a mention may start at token `index`: digits, a sign or point
  /// before digits, or a word or symbol some rule starts with.
  @inline(__always)
  func mayStart(_ index: Int) -> Bool {
    let token = tokens[index]
    if token.kind == .number { return true }
    let key = reader.ids.keys[index]
    if token.kind == .punctuation, index + 1 < limit, tokens[index + 1].kind == .number, lexicon.isSign(key) {
      return true
    }
    return lexicon.isTrigger(key)
  }

  /// "14,17,19,23": comma-separated numbers, one cardinal each.
  private func listMentions(_ index: Int, _ groups: [Range<Int>]) -> [NumberCandidate] {
    groups.map { group in
      let value = DigitReader.digits(text.bytes[group])
      var core = NumberCore(first: index, end: index + 1, value: value)
      core.plainDigits = 0
      var candidate = NumberCandidate(
        first: index, end: index + 1, next: index + 1, kind: .cardinal, value: value,
        rule: .cardinalList, core: core)
      candidate.bytes = TextRange(group.lowerBound, group.upperBound)
      return candidate
    }
  }

  // MARK: One mention

  private func skip(_ next: Int, _ core: NumberCore) -> NumberCandidate {
    NumberCandidate(first: core.first, end: core.end, next: next, kind: .skip, value: nil, rule: .skip, core: core)
  }

  /// A number with the currency, percent sign or unit around it, or a
  /// `skip` candidate for one that is no count.
  func single(at index: Int, paragraphStart: Int) -> NumberCandidate? {
    let token = tokens[index]
    if token.kind == .word, let approx = reader.match(lexicon.approximate, at: index),
      approx.next + 1 < limit, spelling(approx.next) == "of"
    {
      let core = NumberCore(first: index, end: approx.next, value: approx.payload, words: true)
      var candidate = NumberCandidate(
        first: index, end: approx.next, next: approx.next, kind: .cardinal, value: approx.payload,
        modifier: "approx", rule: .cardinalApproximate, core: core)
      if let noun = countedNoun(at: approx.next + 1, singular: false) {
        candidate.unit = noun.unit
        candidate.next = noun.next
      }
      return candidate
    }
    if token.kind != .number, let currency = reader.match(lexicon.currencies, at: index),
      currency.payload.prefix, currency.next < limit,
      let core = signed(at: currency.next, paragraphStart: paragraphStart, money: true),
      !core.ordinal, !core.skip, core.first == currency.next
    {
      var candidate = NumberCandidate(
        first: index, end: core.end, next: core.end, kind: .money,
        value: core.value * currency.payload.scale, unit: currency.payload.code,
        rule: .moneyPrefix, core: core)
      if let scale = scaleAfter(candidate.end, core) {
        candidate.value! *= scale.value
        candidate.end = scale.next
        candidate.next = scale.next
      }
      return candidate
    }
    if token.kind == .word, let percent = reader.match(lexicon.percents, at: index),
      percent.next + 1 < limit, spelling(percent.next) == "of",
      index == paragraphStart || tokens[index - 1].kind != .number,
      let core = reader.read(at: percent.next + 1), !core.ordinal, !core.skip
    {
      return NumberCandidate(
        first: index, end: core.end, next: core.end, kind: .percent, value: core.value,
        unit: percent.payload, rule: .percentOf, core: core)
    }
    guard var core = signed(at: index, paragraphStart: paragraphStart, money: false) else { return nil }
    if core.skip { return skip(core.end, core) }
    if let end = notACount(core, paragraphStart: paragraphStart) { return skip(end, core) }
    readOver(&core)
    var candidate = NumberCandidate(
      first: core.first, end: core.end, next: core.end, kind: core.ordinal ? .ordinal : .cardinal,
      value: core.value,
      rule: core.ordinal ? .ordinal : core.fraction ? .cardinalFraction : core.words ? .cardinalWords : .cardinalDigits,
      core: core)
    var j = core.end
    // "half a mile", "a quarter of a percentage point": a fraction word, "(of) a" and its unit
    if core.fraction, core.words, j + 1 < limit {
      let k = spelling(j) == "of" ? j + 1 : j
      if k + 1 < limit, spelling(k) == "a" || spelling(k) == "an",
        reader.match(lexicon.percents, at: k + 1) != nil || unit(at: k + 1) != nil
      {
        j = k + 1
      }
    }
    if !core.ordinal {
      if let percent = reader.match(lexicon.percents, at: j) {
        candidate.kind = .percent
        candidate.unit = percent.payload
        candidate.rule = .percent
        candidate.end = percent.next
      } else if let currency = reader.match(lexicon.currencies, at: j), currency.payload.suffix,
        !(currency.payload.minor && !core.integer && core.words)
      {
        if let measure = currency.payload.ambiguousUnit, core.scale == nil {
          candidate.kind = .quantity
          candidate.unit = measure
          candidate.rule = .quantity
          candidate.end = currency.next
        } else {
          candidate.kind = .money
          candidate.unit = currency.payload.code
          candidate.value! *= currency.payload.scale
          candidate.rule = .moneySuffix
          candidate.end = currency.next
          if core.scale == nil, let scale = scaleAfter(candidate.end, core) {
            candidate.value! *= scale.value
            candidate.end = scale.next
          }
          if !currency.payload.minor { addCents(&candidate) }
        }
      } else if let unit = unit(at: j) {
        candidate.kind = .quantity
        candidate.unit = unit.name
        candidate.rule = .quantity
        candidate.end = unit.next
        addSubunit(&candidate)
      } else if glued(j), spelling(j) == "-", j + 1 < limit, glued(j + 1), tokens[j + 1].kind == .word {
        // Hyphenated compounds: "six-mile", "one-yen", "42-day", "10-year-old".
        if let unit = reader.match(lexicon.units, at: j + 1) {
          candidate.kind = .quantity
          candidate.unit = unit.payload
          candidate.rule = .quantityCompound
          candidate.end = unit.next
          addHyphenatedSubunit(&candidate)
        } else if let currency = reader.match(lexicon.currencies, at: j + 1), currency.payload.suffix {
          candidate.kind = .money
          candidate.unit = currency.payload.code
          candidate.rule = .moneyCompound
          candidate.end = currency.next
        } else if let percent = reader.match(lexicon.percents, at: j + 1) {
          // "a 12-percent increase", "a 3.5-per-cent rise"
          candidate.kind = .percent
          candidate.unit = percent.payload
          candidate.rule = .percent
          candidate.end = percent.next
        } else if isCountable(j + 1) {
          candidate.unit = text.string(tokens[j + 1])
          candidate.rule = .cardinalCompound
          candidate.end = j + 2
        }
      } else if core.integer, !core.words, core.fraction == false, glued(j), isOrdinalSuffix(word(j)) {
        candidate.kind = .ordinal
        candidate.rule = .ordinalDigits
        candidate.end = j + 1
        if reader.match(lexicon.months, at: j + 1) != nil
          || reader.match(lexicon.months, before: core.first, lowest: paragraphStart) != nil
        {
          return skip(j + 1, core)
        }
      }
    }
    candidate.next = candidate.end
    // Digits glued to a word that is no unit are a code: "24703L202", "1990s"; but for a
    // temperature's letter after a word of temperature ("highs of 38C")
    if candidate.end == core.end, glued(candidate.end), candidate.end < limit,
      tokens[candidate.end].kind == .word
    {
      guard let scale = temperatureLetter(at: candidate.end, paragraphStart: paragraphStart) else {
        return skip(candidate.end + 1, core)
      }
      candidate.kind = .quantity
      candidate.unit = scale
      candidate.rule = .quantity
      candidate.end += 1
      candidate.next = candidate.end
      return candidate
    }
    // "for a fifth day": an article and an ordinal before a noun is an ordinal.
    if let ordinal = core.articleOrdinal, candidate.kind == .cardinal, candidate.end == core.end,
      candidate.end < limit, spelling(candidate.end) != "of",
      let noun = countedNoun(at: candidate.end, singular: true, ordinal: true)
    {
      candidate.first = core.first + 1
      candidate.kind = .ordinal
      candidate.value = ordinal
      candidate.rule = .ordinal
      candidate.unit = noun.unit
      candidate.next = noun.next
      return candidate
    }
    if candidate.unit == nil, candidate.kind == .cardinal || candidate.kind == .ordinal,
      let noun = countedNoun(
        at: candidate.end, singular: candidate.kind == .ordinal || abs(core.value) <= 1,
        ordinal: candidate.kind == .ordinal)
    {
      candidate.unit = noun.unit
      candidate.next = noun.next
      if candidate.rule.rawValue.hasPrefix("cardinal") { candidate.rule = .cardinalCount }
    }
    if isYear(candidate, paragraphStart: paragraphStart) { return skip(candidate.end, core) }
    if candidate.unit == nil, isAge(candidate, paragraphStart: paragraphStart) {
      candidate.unit = "years"
      candidate.rule = .cardinalAge
    }
    return candidate
  }

  /// "one over 40", "1 over two hundred and forty three": a fraction when
  /// nothing follows the denominator but punctuation.
  private func readOver(_ core: inout NumberCore) {
    let k = core.end
    guard !core.ordinal, !core.fraction, core.integer, core.scale == nil, abs(core.value) >= 1,
      k + 1 < limit, spelling(k) == "over", let denominator = reader.read(at: k + 1), !denominator.ordinal,
      !denominator.skip, denominator.value > 0,
      denominator.end >= limit || tokens[denominator.end].kind == .punctuation
    else { return }
    core.value /= denominator.value
    core.end = denominator.end
    core.fraction = true
    core.integer = false
    core.words = core.words || denominator.words
    core.plainDigits = 0
  }

  /// A number, with a sign before it: "-4/5", "+3", "- 10 k" at a paragraph's start.
  private func signed(at index: Int, paragraphStart: Int, money: Bool) -> NumberCore? {
    let w = spelling(index)
    if w == "-" || w == "−" || w == "+", index + 1 < limit,
      tokens[index + 1].kind == .number || spelling(index + 1) == "."
    {
      let signOK =
        index == paragraphStart
        || (glued(index + 1) && tokens[index - 1].kind != .number
          && (tokens[index].spaceBefore || tokens[index - 1].kind == .punctuation))
      guard signOK, var core = reader.read(at: index + 1, money: money), !core.ordinal else { return nil }
      if core.skip { return core }
      core.first = index
      if w != "+" { core.value = -core.value }
      return core
    }
    return reader.read(at: index, money: money)
  }

  /// A scale word or short scale after a currency: "USD million", "$1.2bn".
  private func scaleAfter(_ index: Int, _ core: NumberCore) -> (value: Double, next: Int)? {
    guard index < limit, core.scale == nil, !core.words || core.fraction == false else { return nil }
    if let s = lexicon.scales[word(index)], s >= 1000 { return (s, index + 1) }
    return nil
  }

  /// "twenty-two dollars and sixty cents", "15 dollars 50".
  private func addCents(_ candidate: inout NumberCandidate) {
    var k = candidate.end
    guard k < limit, let value = candidate.value, value == value.rounded() else { return }
    if spelling(k) == "and" { k += 1 }
    guard let cents = reader.read(at: k), !cents.ordinal, !cents.fraction, !cents.skip, cents.integer,
      cents.value >= 1, cents.value < 100, cents.scale == nil
    else { return }
    if let minor = reader.match(lexicon.currencies, at: cents.end), minor.payload.minor {
      candidate.value = value + cents.value / 100
      candidate.end = minor.next
      return
    }
    if reader.match(lexicon.currencies, at: cents.end) != nil || unit(at: cents.end) != nil
      || reader.match(lexicon.percents, at: cents.end) != nil
    {
      return
    }
    if cents.end < limit, glued(cents.end), tokens[cents.end].kind == .word { return }
    if isCountable(cents.end) { return }  // "5 pesos one day"
    candidate.value = value + cents.value / 100
    candidate.end = cents.end
  }

  /// A unit after a number, in brackets or not, with "per" and a time or
  /// unit after it: "17 km", "20 [kg]", "10 km/h", "40 liters per minute".
  private func unit(at index: Int) -> (name: String, next: Int)? {
    var found = reader.match(lexicon.units, at: index)
    if found == nil, index + 1 < limit, isOpening(word(index)),
      let inner = reader.match(lexicon.units, at: index + 1), inner.next < limit, isClosing(word(inner.next))
    {
      found = (inner.next + 1, inner.payload)
    }
    guard var (next, name) = found else { return nil }
    if let per = reader.match(lexicon.perWords, at: next) {
      if let time = reader.match(lexicon.perTimes, at: per.next) {
        name += "/" + time.payload
        next = time.next
      } else if let other = reader.match(lexicon.units, at: per.next), spelling(next) != "a", spelling(next) != "an" {
        name += "/" + other.payload
        next = other.next
      }
    }
    return (name, next)
  }

  private func isOpening(_ w: Word) -> Bool { w == "[" || w == "{" || w == "<" || w == "(" }

  private func isClosing(_ w: Word) -> Bool { w == "]" || w == "}" || w == ">" || w == ")" }

  /// "st", "nd", "rd", "th" after digits: "21st".
  private func isOrdinalSuffix(_ w: Word) -> Bool { w == "st" || w == "nd" || w == "rd" || w == "th" }

  /// "5 feet 7 inches", "9 ft 4 in".
  private func addSubunit(_ candidate: inout NumberCandidate) {
    var k = candidate.end
    guard k < limit, let unit = candidate.unit, let value = candidate.value else { return }
    if spelling(k) == "and" { k += 1 }
    guard let part = reader.read(at: k), !part.ordinal, !part.skip, part.words == false,
      let sub = reader.match(lexicon.subunits, at: part.end), sub.payload.of == unit
    else { return }
    candidate.value = value + part.value / sub.payload.per
    candidate.end = sub.next
  }

  /// The scale of a temperature whose letter is glued to the digits before `index` ("38C",
  /// "101F"), with nothing glued after it and a word of `@list temperature-word` up to
  /// eight tokens before in the paragraph ("temperatures reached 38C"); nil otherwise
  /// ("seat 14C").
  private func temperatureLetter(at index: Int, paragraphStart: Int) -> String? {
    guard let letter = reader.match(lexicon.temperatureLetters, at: index), letter.next == index + 1,
      letter.next >= limit || !glued(letter.next) || tokens[letter.next].kind == .punctuation
    else { return nil }
    // (a label's number after a capitalized word is a code: "Block 3C", "Form 10F")
    let label = index - 2
    if label >= paragraphStart, tokens[label].kind == .word, tokens[label].isCapitalized,
      !tokens[label].startsSentence
    {
      return nil
    }
    var k = index - 1
    while k >= max(paragraphStart, index - 9) {
      if reader.match(lexicon.temperatureWords, at: k) != nil { return letter.payload }
      k -= 1
    }
    return nil
  }

  /// "6-foot-3": a count of the unit's subunit glued after a hyphenated unit, less than
  /// the unit holds (`@list subunit`).
  private func addHyphenatedSubunit(_ candidate: inout NumberCandidate) {
    let k = candidate.end
    guard k + 1 < limit, glued(k), spelling(k) == "-", glued(k + 1), tokens[k + 1].kind == .number,
      let unit = candidate.unit, let per = lexicon.subunitsPerUnit[unit], let value = candidate.value,
      let part = reader.read(at: k + 1), part.end == k + 2, part.integer, part.value < per,
      part.end >= limit || !glued(part.end)
    else { return }
    candidate.value = value + part.value / per
    candidate.end = part.end
  }

  // MARK: What counts

  /// An age: "Maria, 54, runs", "Macron (44)", "aged 54".
  private func isAge(_ candidate: NumberCandidate, paragraphStart: Int) -> Bool {
    let core = candidate.core
    guard candidate.kind == .cardinal, core.integer, (1...120).contains(core.value),
      candidate.first == core.first, candidate.first > paragraphStart
    else { return false }
    if reader.match(lexicon.ageBefore, before: candidate.first, lowest: paragraphStart) != nil { return true }
    guard !core.words, core.plainDigits > 0, candidate.first - 2 >= paragraphStart, candidate.end < limit,
      tokens[candidate.first - 2].kind == .word, tokens[candidate.first - 2].isCapitalized
    else { return false }
    let before = spelling(candidate.first - 1)
    let after = spelling(candidate.end)
    if before == "," && after == "," { return true }
    // "Papadaki (54)", not a table's "Juventus ( 3 )".
    return before == "(" && after == ")" && glued(candidate.first) && glued(candidate.end)
  }

  func isCountable(_ index: Int) -> Bool {
    guard index < limit, tokens[index].kind == .word, !tokens[index].startsSentence else { return false }
    let w = word(index)
    // a possessive "'s" or "’s" standing apart ("Heriot 's"): no word of a noun phrase
    if let first = w.bytes.first, first == UInt8(ascii: "'") || first == 0xE2 { return false }
    if lexicon.notCounted.contains(w) || lexicon.numberWords.contains(w) { return false }
    if reader.match(lexicon.months, at: index) != nil || reader.match(lexicon.times, at: index) != nil {
      return false
    }
    return true
  }

  /// The token to skip to when `core` is no count: a compound noun, a time, a phone
  /// number, a code, a label's number, a list marker, a date's day, a pronoun "one".
  private func notACount(_ core: NumberCore, paragraphStart: Int) -> Int? {
    let first = core.first
    let end = core.end
    // A number word opening a compound noun: "half-time", "half-sister".
    if core.words, let compound = reader.match(lexicon.compounds, at: first), compound.next > end {
      return compound.next
    }
    // Inside a date.
    let range = TextRange(tokens[first].range.start, tokens[end - 1].range.end)
    if overlapsDate(range) {
      let keep = core.plainDigits == 4 && dateIs(range) && isPluralNoun(end) || countsTimeUnits(core)
      if !keep { return end }
    }
    // Times: "10:30", "6pm", "2:00 pm".
    if glued(end), end + 1 < limit, spelling(end) == ":" || spelling(end) == ".", glued(end + 1),
      tokens[end + 1].kind == .number, core.plainDigits > 0, spelling(end) == ":"
    {
      return end + 2
    }
    if first > paragraphStart, spelling(first - 1) == ":", !tokens[first].spaceBefore, first >= 2,
      tokens[first - 2].kind == .number
    {
      return end
    }
    if core.plainDigits > 0 || core.integer && !core.words, let time = reader.match(lexicon.times, at: end) {
      return time.next
    }
    // Phone numbers and codes: "+1-333-4444/5555", "555-1234".
    if core.plainDigits > 0 {
      var k = end
      var groups = 1
      var lastDigits = core.plainDigits
      while glued(k), spelling(k) == "-" || spelling(k) == "/" || spelling(k) == ".", k + 1 < limit, glued(k + 1),
        tokens[k + 1].kind == .number
      {
        groups += 1
        lastDigits = tokens[k + 1].range.count
        k += 2
      }
      let plus = spelling(first) == "+"
      if groups >= 3 || (groups == 2 && (plus || core.plainDigits == 3 && lastDigits == 4)) { return k }
      // "+44 20 7946 0958": a plus sign and digit groups apart.
      if plus, groups == 1, k < limit, tokens[k].kind == .number {
        while k < limit, tokens[k].kind == .number { k += 1 }
        return k
      }
      // "0800 555 0199", "020 7946 0958": digit groups apart, the first with a leading zero.
      if groups == 1, core.plainDigits >= 3, k < limit, tokens[k].kind == .number,
        text.bytes[tokens[first].range.start] == UInt8(ascii: "0")
      {
        while k < limit, tokens[k].kind == .number { k += 1 }
        return k
      }
      // Year spans: "2024-25", "1939-1945".
      if core.plainDigits == 4, (1800...2100).contains(core.value), groups == 2,
        lastDigits == 2 || lastDigits == 4, spelling(end) == "-" || spelling(end) == "/"
      {
        return k
      }
    }
    // Labels and identifiers: "page 5", "F-16", "COVID-19".
    if let label = reader.match(lexicon.labels, before: first, lowest: paragraphStart) {
      let dotted = text.string(TextRange(tokens[first].range.start, tokens[end - 1].range.end)).contains(".")
      if !label.payload || dotted { return end }
    }
    if first >= paragraphStart + 2, spelling(first - 1) == "-", !tokens[first].spaceBefore,
      !tokens[first - 1].spaceBefore, tokens[first - 2].kind == .word
    {
      return end
    }
    // List markers: "1)" or "2 )" without an opening bracket, "1." opening a paragraph.
    if core.plainDigits > 0, core.plainDigits <= 2, end < limit {
      let after = spelling(end)
      let opened = first > paragraphStart && spelling(first - 1) == "("
      if after == ")" && !opened { return end + 1 }
      if after == ".", first == paragraphStart, end + 1 < limit { return end + 1 }
    }
    // Day numbers and years beside a month name: "January 19", "19 January".
    if core.integer, !core.words, core.value <= 31 || core.plainDigits == 4 {
      if reader.match(lexicon.months, before: first, lowest: paragraphStart) != nil
        || reader.match(lexicon.months, at: end) != nil
      {
        return end
      }
      if first >= paragraphStart + 2, spelling(first - 1) == ",", core.plainDigits == 4,
        tokens[first - 2].kind == .number,
        reader.match(lexicon.months, before: first - 2, lowest: paragraphStart) != nil
      {
        return end
      }
    }
    // The second day of "June 12 and 19", the first of "12 and 19 June".
    if core.integer, !core.words, core.plainDigits > 0, core.plainDigits <= 2, core.value <= 31 {
      if first >= paragraphStart + 3, isDayJoiner(first - 1),
        isDayNumber(first - 2), reader.match(lexicon.months, before: first - 2, lowest: paragraphStart) != nil
      {
        return end
      }
      if end + 2 < limit, isDayJoiner(end), isDayNumber(end + 1), reader.match(lexicon.months, at: end + 2) != nil {
        return end
      }
    }
    // The pronoun "one": "that one is good".
    if core.words, core.end == first + 1, core.value == 1, spelling(first) == "one", first > paragraphStart,
      lexicon.pronounBefore.contains(word(first - 1)), !(glued(end) && spelling(end) == "-"),
      !isCountable(end), reader.match(lexicon.units, at: end) == nil
    {
      return end
    }
    return nil
  }

  private func isDayJoiner(_ index: Int) -> Bool {
    let w = spelling(index)
    return w == "and" || w == "or" || w == "to" || w == "-" || w == "–" || w == "&"
  }

  private func isDayNumber(_ index: Int) -> Bool {
    guard tokens[index].kind == .number, tokens[index].range.count <= 2,
      case .number(let value, true, true) = DigitReader.read(text.bytes[tokens[index].range.start..<tokens[index].range.end])
    else { return false }
    return value >= 1 && value <= 31
  }

  /// A four-digit number that is a year: "in 2020", "2014 was".
  private func isYear(_ candidate: NumberCandidate, paragraphStart: Int) -> Bool {
    let core = candidate.core
    guard candidate.kind == .cardinal, core.plainDigits == 4, core.first == candidate.first,
      (1800...2100).contains(core.value)
    else { return false }
    if isPluralNoun(core.end) { return false }
    if modifier(before: candidate.first, paragraphStart) != nil { return false }
    return true
  }

  /// Whether a plural noun follows a four-digit number, making it a count
  /// rather than a year: "1900 Palestinians", "2000 more troops" (not "1983
  /// treaty calls", "2027 Regional Games").
  private func isPluralNoun(_ index: Int) -> Bool {
    guard let noun = countedNoun(at: index, singular: false), noun.plural else { return false }
    return noun.next == index + 1 || noun.next == index + 2 && lexicon.adjectives.contains(word(index))
  }

  /// Whether `core` counts the time units after it: inside a date told from
  /// another ("two days ago", "in 3 years", "three weeks after the vote") that
  /// count is a number, as in a length; a calendar part ("January 19", "10:30",
  /// "the first quarter", "20 minutes past eight") is not.
  private func countsTimeUnits(_ core: NumberCore) -> Bool {
    let unit = core.end
    guard !core.ordinal, !core.fraction, unit < limit, tokens[unit].kind == .word, tokens[unit].spaceBefore,
      lexicon.timeWords.contains(String(decoding: word(unit).bytes, as: UTF8.self))
    else { return false }
    // minutes past or to an hour tell the time
    guard unit + 2 < limit, word(unit + 1) == "past" || word(unit + 1) == "to" else { return true }
    return !(tokens[unit + 2].kind == .number || reader.read(at: unit + 2) != nil
      || word(unit + 2) == "noon" || word(unit + 2) == "midnight")
  }

  private func overlapsDate(_ range: TextRange) -> Bool {
    let low = dates.partitioningIndex { $0.end > range.start }
    // Dates are sorted by start; a long one may begin before a shorter one ends.
    var k = max(0, low - 8)
    while k < dates.count, dates[k].start < range.end {
      if dates[k].overlaps(range) { return true }
      k += 1
    }
    return false
  }

  /// Whether `range` is a date's: found by halving (`dates` are sorted), not by a scan
  /// per number, which a text of thousands of dates would pay squared.
  private func dateIs(_ range: TextRange) -> Bool {
    let low = dates.partitioningIndex { $0 >= range }
    return low < dates.count && dates[low] == range
  }

  // MARK: Modifiers, ranges, events

  /// The modifier right before token `index`: "more than", "about".
  ///
  /// With `countsTime`, "over" and "under" mean "during" ("a raise over two
  /// years") unless a `during-keep` word comes first ("for over two years").
  func modifier(before index: Int, _ paragraphStart: Int, countsTime: Bool = false) -> String? {
    guard let found = reader.match(lexicon.modifiers, before: index, lowest: paragraphStart) else { return nil }
    // "$5000 over 4 years": over after a number is no modifier.
    if found.start == lastEnd || found.start > paragraphStart && tokens[found.start - 1].kind == .number {
      return nil
    }
    if countsTime, found.start + 1 == index, lexicon.during.contains(word(found.start)),
      found.start == paragraphStart || !lexicon.duringKeep.contains(word(found.start - 1))
    {
      return nil
    }
    return found.payload
  }

  /// Whether a mention counts time units ("two years", "24 months").
  private func countsTime(_ candidate: NumberCandidate) -> Bool {
    guard let unit = candidate.unit, candidate.kind == .cardinal else { return false }
    return lexicon.timeWords.contains(unit.lowercased())
  }

  /// Joins "10 to 15", "10-15" and "between 10 and 15" into one mention.
  private mutating func range(_ a: inout NumberCandidate, paragraphStart: Int) {
    guard a.kind != .ordinal, let low = a.value, a.end < limit,
      let join = reader.match(lexicon.rangeJoin, at: a.end), join.next < limit
    else { return }
    let joiner = spelling(a.end)
    let opener = reader.match(lexicon.rangeOpen, before: a.first, lowest: paragraphStart)
    if joiner == "and" && opener == nil { return }
    if joiner != "and", opener != nil, spelling(opener!.start) == "between" { return }
    if a.first > paragraphStart, spelling(a.first - 1) == "from" { return }
    // "rose $1.25 to $38.50", "was down 2.5% to 410 euros": a change, then the new level
    // (so with "by" between: "The toll rose by 12 to 40")
    if joiner == "to", a.first > paragraphStart, lexicon.changeWords.contains(word(a.first - 1))
      || a.first - 1 > paragraphStart && spelling(a.first - 1) == "by" && lexicon.changeDoneWords.contains(word(a.first - 2))
    {
      return
    }
    // ("was up 5% to 9%": "up" and "down" tell a change after a form of "be" only; "make up
    // 20 to 25 percent" is a range)
    if joiner == "to", a.first - 1 > paragraphStart,
      spelling(a.first - 1) == "up" || spelling(a.first - 1) == "down"
    {
      let before = spelling(a.first - 2)
      if before == "was" || before == "were" || before == "is" || before == "are" || before == "be"
        || before == "been" || before == ","
      {
        return
      }
    }
    let dash = joiner == "-" || joiner == "–" || joiner == "—"
    if dash, tokens[a.end].spaceBefore != tokens[a.end + 1].spaceBefore { return }
    guard let b = single(at: join.next, paragraphStart: paragraphStart), b.kind != .skip,
      b.kind != .ordinal, b.first == join.next, let high = b.value
    else { return }
    // Scores: "3-1", "won 2-0".
    if dash, a.core.plainDigits > 0, b.core.plainDigits > 0, a.unit == nil {
      let cue = (max(paragraphStart, a.first - 3)..<a.first).contains { lexicon.scoreCues.contains(word($0)) }
      if cue || high <= low, !tokens[a.end].spaceBefore {
        var skipped = skip(b.next, a.core)
        skipped.next = b.next
        a = skipped
        return
      }
    }
    guard a.kind == b.kind || a.kind == .cardinal && a.unit == nil || b.kind == .cardinal && b.unit == nil
    else { return }
    // "10 to 15 million", "$1-2 million": the lower end takes the upper's scale.
    var lowValue = low
    if a.core.scale == nil, let scale = b.core.scale, low * scale <= high {
      lowValue = low * scale
    }
    guard high > lowValue else { return }
    // Merged in place (a candidate is large: no copies).
    a.value = lowValue
    a.valueMax = high
    a.end = b.end
    a.next = b.next
    if a.kind == .cardinal && a.unit == nil {
      a.kind = b.kind
    }
    if let unit = b.unit { a.unit = unit }
    a.rule = .range(a.kind)
    if let opener, spelling(opener.start) == "between" || joiner != "and" {
      if a.modifier == nil { a.modifier = modifier(before: opener.start, paragraphStart) }
    }
  }

  /// The event of the count before, in a list of counts joined by "and",
  /// "or" or commas: "the release of 33 hostages and 90 prisoners".
  private func sharedEvent(first: Int) -> String? {
    guard let lastEvent, lastEnd >= 0, lastEnd < first, first - lastEnd <= 2 else { return nil }
    for k in lastEnd..<first {
      let w = spelling(k)
      guard w == "and" || w == "or" || w == "," else { return nil }
    }
    return lastEvent
  }

  /// The event a count belongs to, from a cue word near it in its sentence:
  /// the nearest cue of its own clause, else the nearest before it.
  private func event(kind: NumberCandidate.Kind, first: Int, end: Int, next: Int) -> String? {
    guard !lexicon.events.isEmpty, kind == .cardinal || kind == .quantity else { return nil }
    guard let sentence = text.sentenceIndex(containing: tokens[first].range.start) else { return nil }
    let bounds = text.sentences[sentence].tokens
    let lower = max(bounds.lowerBound, first - 6)
    var before: (distance: Int, name: String, ownClause: Bool)?
    var ownClause = true
    var k = first - 1
    while k >= lower {
      if tokens[k].kind == .number { break }
      if let found = reader.match(lexicon.events, at: k), found.payload.before, found.next <= first {
        before = (first - found.next, found.payload.name, ownClause)
        break
      }
      if lexicon.clauseBreaks.contains(word(k)) { ownClause = false }
      k -= 1
    }
    var after: (distance: Int, name: String)?
    let upper = min(bounds.upperBound, limit, next + 4)
    k = end
    while k < upper {
      // Inside the counted noun's phrase ("three injured people") nothing stops the search.
      if k >= next,
        tokens[k].kind == .number || tokens[k].kind == .punctuation || lexicon.clauseBreaks.contains(word(k))
      {
        break
      }
      if let found = reader.match(lexicon.events, at: k), found.payload.after {
        after = (max(0, k - next), found.payload.name)
        break
      }
      k += 1
    }
    switch (before, after) {
    case (let b?, let a?): return b.ownClause && b.distance <= a.distance ? b.name : a.name
    case (let b?, nil): return b.ownClause || b.distance <= 2 ? b.name : nil
    case (nil, let a?): return a.name
    default: return nil
    }
  }
}
