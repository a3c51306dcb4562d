import GleanerText

/// A month name glued to its numbers, one token the patterns cannot split:
/// "Dec31, 1994" (month and day, then a year) and "12Aug2019" (a day, then
/// month and year in one word).
extension DateExtractor {
  /// The one-word names of `@list month` written in letters only ("dec",
  /// "sept", "december") → month number: the words a glued date may open with.
  static func gluedMonthTable(_ lexicon: DateLexicon) -> [String: Int] {
    guard let list = lexicon.listIndex["month"] else { return [:] }
    var table: [String: Int] = [:]
    for id in lexicon.firstTokens(list) {
      let word = lexicon.words.word(id)
      guard word.utf8.allSatisfy(ASCIIByte.isLetter) else { continue }
      for phrase in lexicon.phrases[Int(id)] where phrase.list == list && phrase.tail.isEmpty {
        if let n = lexicon.entries[phrase.entry].number { table[word] = Int(n) }
      }
    }
    return table
  }

  /// The month and the number of a word written letters-then-digits ("dec31",
  /// "aug2019"); nil for any other word (read only for words no rule names).
  func monthAndNumber(_ view: TokenView, _ i: Int) -> (month: Int, number: Int, digits: Int)? {
    let range = view.token(i).range
    let length = range.end - range.start
    guard length >= 4, length <= 13 else { return nil }
    let b = view.article.lowercased
    // (most words end in a letter: the cheap test first)
    guard ASCIIByte.isDigit(b[range.end - 1]), ASCIIByte.isLetter(b[range.start])
    else { return nil }
    var k = range.start
    while k < range.end, ASCIIByte.isLetter(b[k]) { k += 1 }
    let letters = k - range.start
    guard letters >= 3, range.end - k >= 1, range.end - k <= 4 else { return nil }
    var number = 0
    for j in k..<range.end {
      guard ASCIIByte.isDigit(b[j]) else { return nil }
      number = number * 10 + Int(b[j] - 48)
    }
    let name = String(decoding: b[range.start..<k], as: UTF8.self)
    guard let month = gluedMonths[name] else { return nil }
    return (month, number, range.end - k)
  }

  /// A glued date starting at token `i`, if any.
  func gluedDate(_ view: TokenView, at i: Int) -> Found? {
    var day = 0, month = 0, year = 0, end = 0
    if view.isNumber(i) {
      // "12Aug2019": a day glued to a month and year
      guard i + 1 < view.count, view.glued(i + 1), view.ids[i + 1] < 0,
        let int = view.integer(i), int.digits <= 2,
        let (m, y, digits) = monthAndNumber(view, i + 1), digits == 4
      else { return nil }
      (day, month, year, end) = (int.value, m, y, i + 2)
    } else {
      // "Dec31, 1994": a month glued to its day, then a year
      guard let (m, d, digits) = monthAndNumber(view, i), digits <= 2 else { return nil }
      var j = i + 1
      if j < view.count, view.is(j, ",") { j += 1 }
      guard j < view.count, let int = view.integer(j), int.digits == 4 else { return nil }
      (day, month, year, end) = (d, m, int.value, j + 1)
    }
    guard (1000...2999).contains(year), Day.isValid(year, month, day) else { return nil }
    let date = Day(year, month, day)
    var r = Resolution(type: "date", value: date.iso)
    r.granularity = "day"
    r.startDay = date
    return Found(start: i, end: end, rule: "date.glued", resolution: r)
  }
}
