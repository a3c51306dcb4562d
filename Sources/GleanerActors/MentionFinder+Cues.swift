import GleanerCore
import GleanerText

/// The words around a name that say what it is: titles, honorifics, appositions, roles.
extension MentionFinder {
  /// A lower-case title right before a name, with what qualifies it
  /// ("Hamas spokesman", "former coach").
  func titleBefore(_ start: Int) -> String? {
    guard start > 0 else { return nil }
    var titleFrom: Int?
    for length in stride(from: min(lexicon.longestTitle, start), through: 1, by: -1) {
      let first = start - length
      if lexicon.titles.contains(count: length, { units[first + $0].id }), units[first].isWord {
        titleFrom = start - length
        break
      }
    }
    guard let titleStart = titleFrom else { return nil }
    var from = titleStart
    while from > 0, units[from - 1].flags.contains(.titleModifier) { from -= 1 }
    // A name right before qualifies the role: "Hamas spokesman".
    while from > 0, units[from - 1].isWord, units[from - 1].isCapitalized, !units[from].startsSentence,
      units[from - 1].paragraph == units[start].paragraph
    {
      from -= 1
    }
    // (a title modifier opening the sentence stays: "Shadow chancellor X"; so does a known
    // name: "White House spokesman X")
    while from < titleStart, isDroppable(from), !units[from].flags.contains(.titleModifier),
      !startsKnownName(from, titleStart)
    {
      from += 1
    }
    return text.string(TextRange(units[from].range.start, units[start - 1].range.end))
  }

  func hasHonorific(before start: Int) -> Bool {
    guard start > 0 else { return false }
    var index = start - 1
    if units[index].id == ids.period, index > 0 { index -= 1 }
    return units[index].flags.contains(.honorific)
  }

  /// The abbreviated ranks right before a name, as written ("Gov.", "Lt. Gen."), for its role;
  /// nil for a courtesy title ("Mr.", "Dr.") or none.
  func abbreviatedTitle(before start: Int) -> String? {
    var first: Int?
    var index = start - 1
    while index >= 1, units[index].id == ids.period, lexicon.rankAbbreviationIDs.contains(units[index - 1].id) {
      first = index - 1
      index -= 2
    }
    guard let first else { return nil }
    return text.string(TextRange(units[first].range.start, units[start - 1].range.end))
  }

  /// The role of an apposition after a name: "Mike Waltz, the national security advisor,"
  /// gives "national security advisor", "Koen Verhulst, the union's chief negotiator in
  /// Antwerp," gives "chief negotiator", "X, Norway's foreign minister," "foreign minister". The role is the title with the words that qualify
  /// it, without the article, the possessor and what follows the title.
  func apposition(after end: Int) -> String? {
    guard end + 2 < units.count, units[end].id == ids.comma, units[end + 1].isWord else { return nil }
    var from = end + 1
    if units[from].flags.contains(.determiner) {
      from += 1
      if let possessive = possessiveEnd(from, limit: 4) { from = possessive }
    } else if units[from].isCapitalized, let possessive = possessiveEnd(from, limit: 4),
      possessive < units.count, !units[possessive].isCapitalized
    {
      from = possessive  // "X, New Zealand's trade minister,": a named possessor
    } else if units[from].isCapitalized || !units[from].flags.contains(.title)
      && !units[from].flags.contains(.titleModifier)
    {
      return nil  // "X, chief executive of Y," needs no article; anything else does
    }
    guard from < units.count, units[from].paragraph == units[end].paragraph else { return nil }
    var best: Int?
    var index = from
    while index < units.count, index < from + 5, units[index].isWord, !units[index].startsSentence {
      let keys: (Int) -> Int32 = { [units] in
        $0 < units.count && units[$0].isWord ? units[$0].id : -1
      }
      for match in lexicon.titles.matches(keys, from: index) where appositionCloses(after: match.end) {
        best = max(best ?? 0, match.end)
      }
      index += 1
    }
    guard let best else { return nil }
    return text.string(TextRange(units[from].range.start, units[best - 1].range.end))
  }

  /// Whether an apposition's role ending before `index` closes there: a comma or the
  /// sentence's end next, or a short phrase with a preposition and then one ("the union's
  /// chief negotiator in Antwerp,").
  func appositionCloses(after index: Int) -> Bool {
    guard index < units.count else { return true }
    if units[index].flags.contains(.closer) { return true }
    guard units[index].flags.contains(.roleLink) else { return false }
    var next = index + 1
    while next < units.count, next < index + 8, units[next].paragraph == units[index].paragraph {
      if units[next].flags.contains(.closer) { return true }
      if !units[next].isWord && units[next].id != ids.possessive && units[next].id != ids.ampersand {
        return false
      }
      next += 1
    }
    return next >= units.count || units[next].paragraph != units[index].paragraph
  }

  /// A context that only people have: an age after the name ("X, 57,"), an age or a
  /// kinship word before it ("20-year-old X", "his wife X"); in sports reports a minute
  /// after it ("X 56th") or a scorecard letter before it ("c X b Y"). The rule id, if one.
  func personCue(_ start: Int, _ end: Int) -> String? {
    if end + 2 < units.count, units[end].id == ids.comma, isAge(units[end + 1]),
      units[end + 2].flags.contains(.closer)
    {
      return "actors.age"
    }
    // "Ortega, who was injured, ...": "who" after a comma speaks of a person (not in a
    // sports report, where British English writes it of teams: "Arsenal, who won")
    if !isSports, end + 1 < units.count, units[end].id == ids.comma, units[end + 1].isWord,
      units[end + 1].paragraph == units[end - 1].paragraph, key(units[end + 1]) == "who"
    {
      return "actors.who"
    }
    if start > 0 {
      let before = units[start - 1]
      if isAgeWord(before) { return "actors.age" }
      if before.isWord, !before.isCapitalized, before.flags.contains(.kin) { return "actors.kin" }
      if isSports, before.isWord, !before.isCapitalized, before.flags.contains(.scorecardWord) {
        return "actors.scorecard"
      }
    }
    // "56th" is a number and a word written together.
    if isSports, end + 1 < units.count, units[end].paragraph == units[end - 1].paragraph,
      units[end].startsWithNumber, key(units[end]).allSatisfy(\.isNumber),
      ["st", "nd", "rd", "th"].contains(key(units[end + 1])),
      units[end + 1].range.start == units[end].range.end
    {
      return "actors.scorer"
    }
    // "( Litmanen 12 , Kluivert 45 )": a name and a minute in a list in brackets
    if isSports, start > 0, end + 1 < units.count, units[start - 1].id == ids.open || units[start - 1].id == ids.comma,
      units[end].paragraph == units[end - 1].paragraph, units[end].startsWithNumber,
      let minute = Int(key(units[end])), minute <= 130,
      units[end + 1].id == ids.comma || units[end + 1].id == ids.close, scorerList(before: start)
    {
      return "actors.scorer"
    }
    return nil
  }

  /// Whether an open bracket a score follows opens the list holding the word at `start`
  /// ("Ajax 3 ( Litmanen 12 , ..."), in its paragraph.
  func scorerList(before start: Int) -> Bool {
    var index = start - 1
    while index > 0, index > start - 40, units[index].paragraph == units[start].paragraph {
      if units[index].id == ids.close { return false }
      if units[index].id == ids.open { return units[index - 1].startsWithNumber }
      index -= 1
    }
    return false
  }

  /// Whether a country in brackets follows: "Karen Doyle ( Ireland )" in results lists
  /// names an athlete more often than a club.
  func countryInBrackets(after end: Int) -> Bool {
    guard end + 2 < units.count, units[end].id == ids.open else { return false }
    for match in lexicon.gazetteer.matches({ $0 < units.count ? units[$0].id : -1 }, from: end + 1) {
      guard match.end < units.count, units[match.end].id == ids.close else { continue }
      if match.payloads.contains(where: { lexicon.entities[Int($0)].type == "country" }) { return true }
    }
    return false
  }

  /// A whole number a person's age can be (1 to 119).
  func isAge(_ unit: WordUnit) -> Bool {
    guard !unit.isWord || unit.startsWithNumber, let value = Int(key(unit)) else { return false }
    return value >= 1 && value < 120
  }

  /// A role before a name with a comma: "The German finance minister, Christian Lindner,"
  /// gives "German finance minister", "the federation's director, Anneke Jansen," gives
  /// "director". The role must open with an article or a possessor and the name must close
  /// the apposition.
  func roleBeforeComma(_ start: Int, _ end: Int) -> String? {
    guard start >= 3, units[start - 1].id == ids.comma,
      end >= units.count || units[end].flags.contains(.closer)
    else { return nil }
    let titleEnd = start - 1
    var titleFrom: Int?
    for length in stride(from: min(lexicon.longestTitle, titleEnd), through: 1, by: -1) {
      let first = titleEnd - length
      if units[first].isWord, lexicon.titles.contains(count: length, { units[first + $0].id }) {
        titleFrom = titleEnd - length
        break
      }
    }
    guard let titleFrom, let from = phraseOpening(before: titleFrom) else { return nil }
    return text.string(TextRange(units[from].range.start, units[titleEnd - 1].range.end))
  }

  /// A body noun before a name with a comma: "The employers' federation, Havenwerkgevers,",
  /// "Macron's party, La Marche Nouvelle,".
  func bodyBeforeComma(_ start: Int, _ end: Int) -> Bool {
    guard start >= 3, units[start - 1].id == ids.comma, !units[start - 2].isCapitalized,
      units[start - 2].flags.contains(.orgDescriptor),
      end >= units.count || units[end].flags.contains(.closer)
    else { return false }
    return phraseOpening(before: start - 2) != nil
  }

  /// Where a noun phrase whose head starts at `head` begins after its article or possessor
  /// ("the", "its", "the union's", "the employers'"), looking back at most four words in
  /// the same sentence; nil when no article or possessor opens it.
  func phraseOpening(before head: Int) -> Int? {
    var index = head
    while index > 0, head - index <= 4 {
      let previous = units[index - 1]
      if previous.id == ids.possessive || previous.flags.contains(.apostrophe) || previous.isWord
        && previous.flags.contains(.determiner)
      {
        return index
      }
      guard previous.isWord, !units[index].startsSentence else { return nil }
      index -= 1
    }
    return nil
  }

  /// The index after a possessor that starts at `start` ("union 's", "employers '"), if
  /// one does within `limit` words.
  func possessiveEnd(_ start: Int, limit: Int) -> Int? {
    var index = start
    while index < units.count, index < start + limit + 1 {
      let unit = units[index]
      if index > start, unit.id == ids.possessive || unit.flags.contains(.apostrophe) { return index + 1 }
      guard unit.isWord else { return nil }
      index += 1
    }
    return nil
  }

  /// Articles and possessive pronouns that open a role or body phrase.
  static let determiners: Set<String> = ["the", "a", "an", "its", "his", "her", "their", "our"]

  /// What closes an apposition.
  static let closers: Set<String> = [",", ".", ";", ")", ":"]

  /// Prepositions that may follow a role inside an apposition ("chief negotiator in Antwerp").
  static let roleLinks: Set<String> = ["in", "at", "of", "for", "from", "with", "on"]

  /// A plural possessive's apostrophe ("the employers' federation").
  static let apostrophes: Set<String> = ["'", "\u{2019}"]
}
