import GleanerCore
import GleanerText

/// Reads one number at a token: digits with separators, signs, scientific
/// notation, digit fractions, scales ("1.5 million", "2bn"), and numbers in
/// words with their ordinals and fractions ("three hundred and twelve",
/// "twenty-first", "two and a half", "two hundred forty sixths").
///
/// One forward pass over the tokens with dictionary lookups; tokens of other
/// paragraphs are never read.
struct NumberReader {
  let text: ArticleText
  /// The lexicon, by reference: the scan is copied around, and should not
  /// copy all the lexicon's tables with it.
  let rules: NumberExtractor.CompiledRules
  var lexicon: NumberLexicon { _read { yield rules.lexicon } }
  /// The token index the paragraph ends at.
  var limit: Int
  /// The document's lower-cased bytes (`text.lowercased`).
  let lower: UnsafeBufferPointer<UInt8>
  /// The word and key ids of the document's tokens.
  let ids: TokenIds

  var tokens: [Token] { _read { yield text.tokens } }

  /// The lower-cased text of token `index`, in place.
  @inline(__always)
  func word(_ index: Int) -> Word {
    let range = text.tokens[index].range
    var id = ids.words[index]
    if id == TokenIds.unknown {
      id = lexicon.words.id(lower, range.start, range.end)
      ids.words[index] = id
    }
    return Word(id: id, bytes: UnsafeBufferPointer(rebasing: lower[range.start..<range.end]))
  }

  /// The lower-cased text of token `index`, in place, for comparisons with
  /// literals (no word id looked up).
  @inline(__always)
  func spelling(_ index: Int) -> Spelling {
    let range = text.tokens[index].range
    return Spelling(bytes: UnsafeBufferPointer(rebasing: lower[range.start..<range.end]))
  }

  @inline(__always)
  func glued(_ index: Int) -> Bool { index < limit && !text.tokens[index].spaceBefore }

  @inline(__always)
  func isNumberToken(_ index: Int) -> Bool { index < limit && text.tokens[index].kind == .number }

  /// The token that starts at or after byte `end`, if one starts exactly there
  /// or after white space only.
  func token(startingAt end: Int) -> Int? {
    let index = text.tokenIndex(atOrAfter: end)
    guard index <= limit else { return nil }
    if index == limit { return index }
    let start = text.tokens[index].range.start
    guard start >= end else { return nil }
    return index
  }

  /// Matches a phrase table at token `index`: the token after the phrase.
  @inline(__always)
  func match<P>(_ table: PhraseTable<P>, at index: Int) -> (next: Int, payload: P)? {
    guard index < limit, table.mayMatch(key: ids.keys[index]) else { return nil }
    let end = limit < tokens.count ? tokens[limit].range.start : text.bytes.count
    guard let found = table.match(text, key: ids.keys[index], at: tokens[index].range.start, limit: end),
      let next = token(startingAt: found.end)
    else { return nil }
    return (next, found.payload)
  }

  /// A phrase of `table` that ends right before token `index`.
  func match<P>(_ table: PhraseTable<P>, before index: Int, lowest: Int, maxTokens: Int = 4)
    -> (start: Int, payload: P)?
  {
    var start = index - maxTokens
    if start < lowest { start = lowest }
    guard start < index else { return nil }
    for k in start..<index {
      if let found = match(table, at: k), found.next == index { return (k, found.payload) }
    }
    return nil
  }

  // MARK: Reading

  /// The number starting at token `index`, if one does.
  func read(at index: Int, money: Bool = false) -> NumberCore? {
    guard index < limit else { return nil }
    let token = tokens[index]
    if token.kind == .number { return readDigits(at: index, money: money) }
    if token.kind == .punctuation {
      if spelling(index) == ".", glued(index + 1), isNumberToken(index + 1),
        index == 0 || tokens[index].spaceBefore || tokens[index - 1].kind == .punctuation
      {
        return readDigits(at: index, money: money)
      }
      if let char = match(lexicon.fractionChars, at: index) {
        return NumberCore(first: index, end: char.next, value: char.payload, fraction: true, integer: false)
      }
      return nil
    }
    let w = word(index)
    guard lexicon.numberWords.contains(w) else { return nil }
    if lexicon.negatives.contains(w) {
      guard var core = read(at: index + 1, money: money), !core.ordinal, !core.skip else { return nil }
      core.first = index
      core.value = -core.value
      core.words = true
      return core
    }
    // An article ("a") reads on only before a number word ("a hundred", "a
    // third") or "and"; anything else ends `readSequence` with no number.
    if lexicon.articles.contains(w), !mayFollowArticle(at: index + 1) { return nil }
    return readSequence(at: index, pieces: [], money: money, asDenominator: false)
  }

  private func mayFollowArticle(at k: Int) -> Bool {
    guard k < limit, tokens[k].kind != .number else { return false }
    let w = word(k)
    return w == "and" || lexicon.numberWords.contains(w) || lexicon.pluralOrdinals[w] != nil
  }

  private func readDigits(at index: Int, money: Bool) -> NumberCore? {
    var k = index
    var value: Double
    var integer = true
    var plain = 0
    if tokens[index].kind == .punctuation {
      let digits = text.bytes[tokens[index + 1].range.start..<tokens[index + 1].range.end]
      guard !digits.contains(44), !digits.contains(46) else { return nil }
      value = DigitReader.decimal([], digits)
      integer = false
      k = index + 2
    } else {
      switch DigitReader.read(text.bytes[tokens[index].range.start..<tokens[index].range.end]) {
      case .number(let v, let isPlain, let isInteger):
        value = v
        integer = isInteger
        if isPlain { plain = tokens[index].range.count }
      case .list, .dotted:
        return nil
      }
      k = index + 1
    }
    var core = NumberCore(first: index, end: k, value: value, plainDigits: plain, integer: integer)
    if readExponent(&core) { return core }
    if integer, glued(k), spelling(k) == "/", glued(k + 1), isNumberToken(k + 1) {
      // a/b: a fraction when a < b, else a code ("24/7", "1/19/2025") or a day ("9/11").
      let denominator = DigitReader.digits(text.bytes[tokens[k + 1].range.start..<tokens[k + 1].range.end])
      var end = k + 2
      let more = glued(end) && (spelling(end) == "/" || spelling(end) == "-")
      while glued(end), spelling(end) == "/" || spelling(end) == "-", isNumberToken(end + 1) { end += 2 }
      // (a month and a day, "9/11", "7/24": no fraction has such a denominator)
      let dayLike = (1...12).contains(value) && (11...31).contains(denominator) && denominator != 16
      if more || denominator == 0 || denominator <= value || dayLike {
        core.end = end
        core.skip = true
        return core
      }
      core.value = value / denominator
      core.end = end
      core.fraction = true
      core.integer = false
      core.plainDigits = 0
      return core
    }
    if integer, !glued(k), isNumberToken(k), glued(k + 1), spelling(k + 1) == "/", glued(k + 2),
      isNumberToken(k + 2)
    {
      // A mixed number: "10 1/2".
      let numerator = DigitReader.digits(text.bytes[tokens[k].range.start..<tokens[k].range.end])
      let denominator = DigitReader.digits(text.bytes[tokens[k + 2].range.start..<tokens[k + 2].range.end])
      if denominator > numerator, numerator > 0, !(glued(k + 3) && spelling(k + 3) == "/") {
        core.value = value + numerator / denominator
        core.end = k + 3
        core.integer = false
        core.plainDigits = 0
        return core
      }
    }
    if let char = match(lexicon.fractionChars, at: k), char.payload < 1 {
      core.value += char.payload
      core.end = char.next
      core.integer = false
      core.plainDigits = 0
      return core
    }
    if !mayContinue(at: k) { return core }
    return readSequence(at: k, pieces: [NumberPiece(value: value, slot: .digits)], start: core, money: money, asDenominator: false)
  }

  /// Whether `readSequence` might read on after digits at token `k`: a
  /// number word, "and" or a short scale. When not, it would return the
  /// digits' reading unchanged, so it need not be called.
  private func mayContinue(at k: Int) -> Bool {
    guard k < limit, tokens[k].kind != .number else { return false }
    let w = word(k)
    return w == "and" || lexicon.numberWords.contains(w) || lexicon.pluralOrdinals[w] != nil
      || lexicon.shortScales.mayMatch(key: ids.keys[k])
      // ("a $1.5-billion deal": a hyphen before a scale)
      || (w == "-" && k + 1 < limit && glued(k) && glued(k + 1) && (lexicon.scales[word(k + 1)] ?? 0) >= 1000)
  }

  /// Scientific notation glued to the digits: "3.75e+11", "2.5^+9",
  /// "7.1x10^5".
  private func readExponent(_ core: inout NumberCore) -> Bool {
    let k = core.end
    guard glued(k), let lead = word(k).bytes.first,
      lead == UInt8(ascii: "e") || lead == UInt8(ascii: "^") || lead == UInt8(ascii: "x") || lead == 0xC3  // "×"
    else { return false }
    let w = word(k).string
    func signedNumber(at index: Int) -> (Double, Int)? {
      var sign = 1.0
      var at = index
      if glued(at), spelling(at) == "+" || spelling(at) == "-" {
        sign = spelling(at) == "-" ? -1 : 1
        at += 1
      }
      guard glued(at), isNumberToken(at),
        case .number(let v, _, _) = DigitReader.read(text.bytes[tokens[at].range.start..<tokens[at].range.end])
      else { return nil }
      return (sign * v, at + 1)
    }
    if w.count > 1, w.first == "e", w.dropFirst().allSatisfy(\.isASCIIDigit), let e = Double(w.dropFirst()) {
      core.value *= pow10(e)
      core.end = k + 1
    } else if w == "e", let (e, end) = signedNumber(at: k + 1) {
      core.value *= pow10(e)
      core.end = end
    } else if w == "^", let (e, end) = signedNumber(at: k + 1) {
      core.value = power(core.value, e)
      core.end = end
    } else if w == "x10" || w == "×10", glued(k + 1), spelling(k + 1) == "^", let (e, end) = signedNumber(at: k + 2) {
      core.value *= pow10(e)
      core.end = end
    } else {
      return false
    }
    core.integer = false
    core.plainDigits = 0
    return true
  }

  private func pow10(_ e: Double) -> Double { power(10, e) }

  private func power(_ base: Double, _ e: Double) -> Double {
    guard e == e.rounded(), abs(e) < 400 else { return .nan }
    var result = 1.0
    for _ in 0..<Int(abs(e)) { result *= base }
    return e < 0 ? 1 / result : result
  }

  // MARK: Words

  /// Reads number words (and scales after digits) from `index`, continuing
  /// `pieces`. With `asDenominator`, a plural ordinal ends the number as an
  /// ordinal ("twenty fifths" = 25th) instead of making a fraction.
  func readSequence(
    at index: Int, pieces initial: [NumberPiece], start: NumberCore? = nil, money: Bool,
    asDenominator: Bool
  ) -> NumberCore? {
    var pieces = initial
    var k = index
    var lastEnd = index
    var lastBig = Double.infinity
    var groupHasHundred = false
    var words = false
    var scale: Double?
    let first = start?.first ?? index

    func result(_ value: Double, end: Int) -> NumberCore {
      var core = start ?? NumberCore(first: first, end: end, value: value)
      core.end = end
      core.value = value
      core.words = core.words || words
      core.scale = scale
      if end > index { core.plainDigits = 0 }
      if value != value.rounded() { core.integer = false }
      return core
    }

    func small(_ w: Word) -> Double? { lexicon.cardinals[w] }

    /// A fraction or ordinal ending at `k` with denominator `d`.
    func ordinalEnd(_ d: Double, plural: Bool, fractionWord: Bool, at k: Int) -> NumberCore? {
      if pieces.isEmpty {
        if fractionWord {
          // "half" alone; "quarter" only before a scale ("quarter million").
          var core = NumberCore(first: k, end: k + 1, value: 1 / d, fraction: true, words: true, integer: false)
          if applyTrailingScale(&core) { return core }
          if d == 2 && !plural { return core }
          return nil
        }
        if plural { return nil }
        return NumberCore(first: k, end: k + 1, value: d, ordinal: true, words: true)
      }
      let isFraction = asDenominator ? false : (plural || fractionWord || NumberPiece.evaluate(pieces) == 1 && pieces.count == 1)
      if !isFraction {
        guard let slot = pieces.last?.slot, ordinalFollows(slot, d) else { return nil }
        var core = result(NumberPiece.evaluate(pieces + [piece(ordinal: d)]), end: k + 1)
        core.ordinal = true
        core.words = true
        return core
      }
      if d < 3 && !fractionWord { return nil }  // "one second", "thirty seconds"
      if pieces.contains(where: { $0.slot == .digits }) { return nil }  // "3 quarters"
      var numerator = pieces
      var denominator = d
      if d < 10, !fractionWord, pieces.count >= 2, pieces.last!.slot == .tens {
        denominator += pieces.last!.value
        numerator.removeLast()
      }
      var core = result(NumberPiece.evaluate(numerator) / denominator, end: k + 1)
      core.fraction = true
      core.words = true
      core.integer = false
      if !applyTrailingScale(&core), !plural, !fractionWord, pieces.count == 1, pieces[0].slot == .article {
        core.articleOrdinal = d
      }
      return core
    }

    loop: while k < limit {
      let token = tokens[k]
      let w = word(k)
      let last = pieces.last?.slot
      if token.kind == .number {
        // Digits continue a number only after a scale: "6 thousand 2 hundred".
        guard last == .big || (last == .hundred && k > index && spelling(k - 1) == "and"),
          case .number(let v, _, true) = DigitReader.read(text.bytes[token.range.start..<token.range.end]),
          v >= 1, v < (last == .big ? lastBig : 100)
        else { break }
        pieces.append(NumberPiece(value: v, slot: .digits))
        groupHasHundred = false
        k += 1
        lastEnd = k
        continue
      }
      if w == "-" || w == "–", let last, k + 1 < limit,
        tokens[k].spaceBefore == tokens[k + 1].spaceBefore
      {
        // "twenty-one", "ninety - five", "one - fourth", "hundred-fifths"
        let next = word(k + 1)
        if last == .tens, let v = small(next), v >= 1, v < 10 { k += 1; continue }
        // "a $1.5-billion deal", "a 500-million-euro fund": digits joined to a scale
        if last == .digits, pieces.count == 1, !tokens[k].spaceBefore,
          let s = lexicon.scales[next], s >= 1000
        {
          k += 1
          continue
        }
        if last != .article, last != .digits,
          lexicon.ordinals[next] != nil || lexicon.ordinals[String(next.string.dropLast())] != nil
            || lexicon.fractionWords[next] != nil
        {
          k += 1
          continue
        }
        break
      }
      if w == "and" {
        guard let last, k + 1 < limit else { break }
        if let sub = readSequence(at: k + 1, pieces: [], money: money, asDenominator: false), sub.fraction {
          var whole = NumberPiece.evaluate(pieces)
          if let s = sub.trailingScale {
            whole = lastBig.isFinite ? whole + sub.value : (whole + sub.value / s) * s
          } else if lastBig >= 1_000_000, lastBig.isFinite {
            whole += sub.value * lastBig
          } else {
            whole += sub.value
          }
          words = true
          var core = result(whole, end: sub.end)
          core.integer = false
          return core
        }
        guard last == .hundred || last == .big else { break }
        let next = word(k + 1)
        if let v = small(next), v >= 1, !(last == .hundred && v >= 100) {
          k += 1
          continue
        }
        if isNumberToken(k + 1) { k += 1; continue }
        break
      }
      if lexicon.articles.contains(w) {
        guard pieces.isEmpty, k == index else { break }
        pieces.append(NumberPiece(value: 1, slot: .article))
        k += 1
        continue
      }
      if let v = small(w) {
        // "$100 million three-year notes": a number begun in digits takes no number word
        // after its scale, and a word that opens a hyphenated compound is no part of it
        if last != nil, pieces.first?.slot == .digits { break }
        if last == .big || last == .hundred, k + 2 < limit, word(k + 1) == "-", !tokens[k + 1].spaceBefore,
          small(word(k + 2)) == nil, lexicon.ordinals[word(k + 2)] == nil
        {
          break
        }
        let slot = NumberPiece.slot(ofSmall: v)
        let valid: Bool
        switch last {
        case nil: valid = true
        case .tens: valid = slot == .unit && v > 0
        case .hundred, .big: valid = v > 0
        default: valid = false
        }
        if !valid {
          // "one thirty-second", "thirty thirty sixths": a numerator, then a denominator.
          if !asDenominator, let sub = readSequence(at: k, pieces: [], money: money, asDenominator: true),
            sub.ordinal, sub.words
          {
            let numerator = NumberPiece.evaluate(pieces)
            let plural = word(sub.end - 1).string.hasSuffix("s")
            if plural || numerator == 1, sub.value >= 3 {
              var core = result(numerator / sub.value, end: sub.end)
              core.fraction = true
              core.words = true
              core.integer = false
              _ = applyTrailingScale(&core)
              return core
            }
          }
          break
        }
        pieces.append(NumberPiece(value: v, slot: slot))
        words = true
        k += 1
        lastEnd = k
        continue
      }
      if let s = lexicon.scales[w] {
        if s == 100 {
          guard let last, [.unit, .teen, .tens, .digits, .article].contains(last), !groupHasHundred else { break }
          pieces.append(NumberPiece(value: 100, slot: .hundred))
          groupHasHundred = true
        } else {
          guard let last, last != .big, s < lastBig else { break }
          if s == 12 && last == .hundred { break }
          pieces.append(NumberPiece(value: s, slot: .big))
          lastBig = s
          groupHasHundred = false
        }
        scale = s
        words = true
        k += 1
        lastEnd = k
        continue
      }
      if last == .digits, pieces.count == 1, let short = match(lexicon.shortScales, at: k),
        short.payload.joined || token.spaceBefore,
        !short.payload.onlyMoney || money || isMoneyAhead(short.next) || isCountAhead(short.next, number: first),
        // ("LHS 1140 b": a letter apart is a label, not billions, unless money is meant)
        short.payload.apart || !token.spaceBefore || money || isMoneyAhead(short.next)
      {
        pieces.append(NumberPiece(value: short.payload.value, slot: .big))
        lastBig = short.payload.value
        scale = short.payload.value
        k = short.next
        lastEnd = k
        continue
      }
      if let d = lexicon.ordinals[w] {
        guard let core = ordinalEnd(d, plural: false, fractionWord: false, at: k) else { break }
        return core
      }
      if let d = lexicon.fractionWords[w] {
        if !pieces.isEmpty, pieces[0].slot != .article, isCompoundBeforeNoun(k) { break }
        guard let core = ordinalEnd(d, plural: w.string.hasSuffix("s"), fractionWord: true, at: k) else { break }
        return core
      }
      // A plural ordinal ("fifths"): the word less its "s" is an ordinal.
      if let d = lexicon.pluralOrdinals[w] {
        guard let core = ordinalEnd(d, plural: true, fractionWord: false, at: k) else { break }
        return core
      }
      if lexicon.points.contains(w), let last, [.unit, .teen, .tens].contains(last) {
        var decimals: [Double] = []
        var j = k + 1
        while j < limit, let v = small(word(j)), v < 10 {
          decimals.append(v)
          j += 1
        }
        guard !decimals.isEmpty else { break }
        var fraction = 0.0
        var unit = 0.1
        for d in decimals {
          fraction += d * unit
          unit /= 10
        }
        pieces = [NumberPiece(value: NumberPiece.evaluate(pieces) + fraction, slot: .digits)]
        k = j
        lastEnd = k
        continue loop
      }
      break
    }
    guard !pieces.isEmpty, lastEnd > index || start != nil else { return nil }
    // Drop pieces read past the last complete one ("and" with nothing after).
    if pieces.first?.slot == .article && (pieces.count == 1 || ![.hundred, .big].contains(pieces[1].slot)) {
      return nil
    }
    return result(NumberPiece.evaluate(pieces), end: lastEnd)
  }

  /// Whether the fraction's word at `k` opens a hyphenated compound before a plural noun
  /// ("three quarter-point cuts", "two half-hour shows"): the count before it counts the
  /// noun, no fraction; a plural compound stays one ("three quarter-points").
  private func isCompoundBeforeNoun(_ k: Int) -> Bool {
    let noun = k + 3
    guard noun < limit, glued(k + 1), spelling(k + 1) == "-", glued(k + 2), tokens[k + 2].kind == .word,
      !glued(noun), tokens[noun].kind == .word
    else { return false }
    return isPluralWord(noun)
  }

  /// Whether the word at `index` is a plural noun, as a counted noun's test reads one: one
  /// of `@list plural` ("people"), or a word in -s that is not in -ss, -is or -us.
  func isPluralWord(_ index: Int) -> Bool {
    let noun = word(index)
    if lexicon.plurals.contains(noun) { return true }
    let bytes = noun.bytes
    guard bytes.count >= 3, bytes[bytes.count - 1] == UInt8(ascii: "s") else { return false }
    let before = bytes[bytes.count - 2]
    return before != UInt8(ascii: "s") && before != UInt8(ascii: "i") && before != UInt8(ascii: "u")
  }

  private func piece(ordinal value: Double) -> NumberPiece {
    if value >= 1000 { return NumberPiece(value: value, slot: .big) }
    if value == 100 { return NumberPiece(value: value, slot: .hundred) }
    return NumberPiece(value: value, slot: NumberPiece.slot(ofSmall: value))
  }

  private func ordinalFollows(_ last: NumberPiece.Slot, _ value: Double) -> Bool {
    switch piece(ordinal: value).slot {
    case .unit: return last == .tens || last == .hundred || last == .big
    case .teen, .tens: return last == .hundred || last == .big
    case .hundred: return [.unit, .teen, .tens, .digits].contains(last)
    case .big: return [.unit, .teen, .tens, .digits, .hundred].contains(last)
    default: return false
    }
  }

  /// "three fifths of a million", "three quarters billion".
  private func applyTrailingScale(_ core: inout NumberCore) -> Bool {
    var k = core.end
    if k + 1 < limit, spelling(k) == "of" { k += 1 }
    if k + 1 < limit, lexicon.articles.contains(word(k)) { k += 1 }
    guard k < limit, let s = lexicon.scales[word(k)], s >= 12 else { return false }
    core.value *= s
    core.trailingScale = s
    core.scale = s
    core.end = k + 1
    return true
  }

  /// Whether a plural noun follows a number glued to a scale's letter that may also be a
  /// unit ("2m barrels", "4m people": millions, not metres), with no article before the
  /// number ("the 100m hurdles" is a race).
  func isCountAhead(_ index: Int, number: Int) -> Bool {
    guard index < limit, text.tokens[index].spaceBefore, text.tokens[index].kind == .word,
      !text.tokens[index].isCapitalized
    else { return false }
    if number > 0, case let before = spelling(number - 1), before == "the" || before == "a" || before == "an" {
      return false
    }
    return isPluralWord(index)  // "4m people", "2m barrels"
  }

  /// Whether a currency follows at `index` ("1.8M dollars").
  func isMoneyAhead(_ index: Int) -> Bool {
    guard let found = match(lexicon.currencies, at: index) else { return false }
    return found.payload.suffix
  }
}

extension Character {
  var isASCIIDigit: Bool { isASCII && isNumber }
}
