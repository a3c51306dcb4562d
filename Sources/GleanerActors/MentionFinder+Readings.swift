import GleanerCore
import GleanerText

/// Special readings of a capitalized sequence, tried before it is typed as one name:
/// contests, two teams side by side, a portfolio and its holder, a transcript's speaker
/// label, a lawmaker's party and state, a club's town code, a title in the plural, and
/// the words opening a sentence that belong to the name after them.
extension MentionFinder {
  /// Whether `units[start..<end]` names a contest or a festival, no actor: it ends in a word
  /// of `@list event-word` ("the World Cup", "the Paris Marathon", "the Davis Cup Final"), or
  /// in "Open" after a country, a demonym or a place ("the French Open", "the Qatar Open").
  func isEvent(_ start: Int, _ end: Int) -> Bool {
    guard end - start >= 2 else { return false }
    var last = end - 1
    if units[last].id == ids.final || units[last].id == ids.finals, last - 1 > start { last -= 1 }
    if lexicon.eventWordIDs.contains(units[last].id) { return true }
    guard last == end - 1, units[last].id == ids.openWord else { return false }
    if isDemonym(start, last) { return true }
    guard let known = knownEntity(start, last) else { return false }
    let type = lexicon.entities[Int(known)].type
    return type == "country" || type == "location"
  }

  /// Whether `units[start..<end]` is two teams side by side in a sports report ("7-2 Juventus
  /// Ajax" in a table of odds): two known names, each a club or a place that fields a team,
  /// each also written alone elsewhere in the article (not "Estudiantes Madrid", one club).
  /// Adds both.
  func splitsIntoTeams(_ start: Int, _ end: Int) -> Bool {
    guard isSports, end - start >= 2 else { return false }
    func team(_ from: Int, _ to: Int) -> Int32? {
      guard let known = knownEntity(from, to), standsAlone(from, to) else { return nil }
      let isClub = !lexicon.clubs.lookup(count: to - from, { units[from + $0].id }).isEmpty
      return isClub || lexicon.entities[Int(known)].canBeTeam ? known : nil
    }
    for cut in (start + 1)..<end where units[cut].isWord && units[cut].isCapitalized {
      guard let first = team(start, cut), let second = team(cut, end) else { continue }
      addKnown(start, cut, first)
      addKnown(cut, end, second)
      return true
    }
    return false
  }

  /// Whether the words of `units[from..<to]` also stand alone elsewhere in the article,
  /// with no capitalized word right before or after them ("between Real Madrid and
  /// Barcelona").
  func standsAlone(_ from: Int, _ to: Int) -> Bool {
    // (once per name: a long table naming the same clubs on every line stays linear)
    let key = units[from..<to].map(\.id)
    if let known = standsAloneMemo[key] { return known }
    let found = occursAlone(from, to)
    standsAloneMemo[key] = found
    return found
  }

  /// `standsAlone`, scanned.
  private func occursAlone(_ from: Int, _ to: Int) -> Bool {
    let count = to - from
    func capitalizedWord(_ index: Int) -> Bool {
      index >= 0 && index < units.count && units[index].isWord && units[index].isCapitalized
    }
    var index = 0
    while index + count <= units.count {
      defer { index += 1 }
      if index == from { continue }
      guard (0..<count).allSatisfy({ units[index + $0].id == units[from + $0].id }) else { continue }
      if !capitalizedWord(index - 1), !capitalizedWord(index + count) { return true }
    }
    return false
  }

  /// Whether `units[start..<end]` is a portfolio and its holder's name after a title and "of",
  /// "for" or "to" ("Minister of Finance Ruth Calder", "Governor of the Bank of England Ed
  /// Marsh", "envoy to Qatar Omar Halid"): the name is a person with the whole title for
  /// role, a known body or place inside the portfolio is itself. Adds them.
  func splitsPortfolio(_ start: Int, _ end: Int) -> Bool {
    guard end - start >= 3 else { return false }
    var link = start - 1
    if link >= 0, units[link].id == ids.the { link -= 1 }
    guard link >= 1, units[link].id == ids.of || units[link].id == ids.for || units[link].id == ids.to,
      units[link - 1].isWord, units[link - 1].isCapitalized || units[link].id == ids.to,
      lexicon.titles.contains(count: 1, { _ in units[link - 1].id }),
      let given = ((start + 1)..<(end - 1)).first(where: { isGivenName($0) && units[$0 + 1].isCapitalized }),
      end - given <= 3
    else { return false }
    if let known = knownEntity(start, given) { addKnown(start, given, known) } else { claim(start, given) }
    var roleStart = link - 1
    while roleStart > 0, units[roleStart - 1].isWord, units[roleStart - 1].isCapitalized,
      units[roleStart - 1].flags.contains(.titleModifier) || units[roleStart - 1].flags.contains(.title)
    {
      roleStart -= 1
    }
    let role = text.string(TextRange(units[roleStart].range.start, units[given - 1].range.end))
    addUnknown(given, end, type: "person", rule: "actors.title", evidence: 3, role: role)
    return true
  }

  /// Whether `units[start..<end]`, two or three words in capitals opening a paragraph, the
  /// first a given name, is followed by a colon, or by a comma, words in capitals and a colon.
  func isSpeakerLabel(_ start: Int, _ end: Int) -> Bool {
    guard (2...3).contains(end - start), start == 0 || units[start - 1].paragraph != units[start].paragraph,
      units[start..<end].allSatisfy({ $0.isWord && $0.isAllCaps }), units[start].flags.contains(.givenName),
      end < units.count, units[end].paragraph == units[start].paragraph
    else { return false }
    var next = end
    if units[next].id == ids.comma {
      next += 1
      while next < units.count, next - end <= 4, units[next].isWord, units[next].isAllCaps,
        units[next].paragraph == units[start].paragraph
      {
        next += 1
      }
    }
    return next < units.count && units[next].paragraph == units[start].paragraph
      && units[next].range.end - units[next].range.start == 1 && text.bytes[units[next].range.start] == UInt8(ascii: ":")
  }

  /// Whether a word is an American lawmaker's party and state: "R-N.M.", "D-Calif.", "I-Vt."
  /// (a party's letter, a hyphen, a capitalized state or its abbreviation).
  func isPartyAndState(_ unit: WordUnit) -> Bool {
    guard unit.isJoined, unit.range.end - unit.range.start >= 4 else { return false }
    let bytes = text.bytes
    let first = bytes[unit.range.start]
    return (first == UInt8(ascii: "R") || first == UInt8(ascii: "D") || first == UInt8(ascii: "I"))
      && bytes[unit.range.start + 1] == UInt8(ascii: "-")
      && (UInt8(ascii: "A")...UInt8(ascii: "Z")).contains(bytes[unit.range.start + 2])
  }

  /// The end of a town code in brackets right after a name at `end`: "(", one or two
  /// capital letters that name nothing known ("L", "BJ"; not "US"), ")", on the name's line.
  func clubCodeEnd(after end: Int) -> Int? {
    guard end + 2 < units.count, units[end].id == ids.open, units[end + 2].id == ids.close,
      units[end + 1].isWord, units[end + 1].isAllCaps || units[end + 1].isSingleCharacter && units[end + 1].isCapitalized,
      units[end + 1].range.end - units[end + 1].range.start <= 2,
      units[end + 2].paragraph == units[end - 1].paragraph, knownEntity(end + 1, end + 2) == nil
    else { return nil }
    return end + 3
  }

  /// Whether a droppable word at `start` (a stop word, a word opening the sentence) opens a
  /// longer name and stays: a known name ("United States"), a title ("Prime Minister"), a
  /// title in the plural ("Foreign Ministers"), a demonym of two words ("North Korean
  /// leader", "South African captain") or a word `qualifiesName` keeps.
  @inline(__always)
  func opensLongerName(_ start: Int, _ end: Int) -> Bool {
    startsKnownName(start, end) || startsTitle(start, end) || qualifiesName(start, end)
      || lexicon.pluralTitles.longestMatchEnd({ $0 < end ? units[$0].id : -1 }, from: start) != nil
      || (lexicon.demonyms.longestMatchEnd({ $0 < end ? units[$0].id : -1 }, from: start) ?? start) > start + 1
      || openingPairRecurs(start, end)
  }

  /// Whether the first two words of a capitalized sequence opening a sentence recur,
  /// capitalized, inside a sentence of the article ("Harbor Freight Lines Inc. said ...
  /// Harbor Freight shares closed"): the first word is the name's, not the sentence's.
  func openingPairRecurs(_ start: Int, _ end: Int) -> Bool {
    let first = units[start].entry
    guard start + 1 < end, units[start].startsSentence, units[start + 1].isWord,
      units[start + 1].isCapitalized, !units[start].flags.contains(.stopword),
      midSentenceCapitals[Int(first) >> 6] & (1 << UInt64(first & 63)) != 0
    else { return false }
    let second = units[start + 1].entry
    // (once per pair: an article whose sentences keep opening with the same two words
    // stays linear)
    let key = UInt64(UInt32(bitPattern: first)) << 32 | UInt64(UInt32(bitPattern: second))
    if let known = openingPairMemo[key] { return known }
    let found = (0..<units.count - 1).contains { i in
      units[i].entry == first && units[i + 1].entry == second && !units[i].startsSentence
        && units[i].isCapitalized && units[i + 1].isCapitalized
    }
    openingPairMemo[key] = found
    return found
  }

  /// Whether a word opening a sentence belongs to the name or title after it: before a
  /// title ("Transport Minister Pierre Laval": the portfolio), before "and" inside one name
  /// or before a body's words only ("Harrow Industries Inc."); no stopword ("The Prime
  /// Minister").
  func qualifiesName(_ start: Int, _ end: Int) -> Bool {
    guard start + 1 < end, units[start].isWord, units[start].isCapitalized, !units[start].hasLowerTail,
      !units[start].flags.contains(.stopword),
      !lexicon.functionGivenNameIDs.contains(units[start].id)
    else { return false }
    if units[start + 1].isCapitalized, startsTitle(start + 1, end) { return true }
    // ("Food and Drug Administration", "Housing and Urban Development Secretary": the
    // sequence goes on past "and" only where `andInsideName` joins one name)
    if units[start + 1].id == ids.and { return true }
    return (start + 1..<end).allSatisfy { !units[$0].isWord || units[$0].flags.contains(.orgSuffix) }
      && units[end - 1].flags.contains(.orgSuffix)
  }

  /// The first title in the plural inside `units[start..<end]`, modifiers included ("EU
  /// Foreign Ministers": "Foreign Ministers"), when it opens the sequence or a known name or
  /// a demonym alone stands before it; nil otherwise.
  func pluralTitle(_ start: Int, _ end: Int) -> (start: Int, end: Int)? {
    for first in start..<end {
      guard let titleEnd = lexicon.pluralTitles.longestMatchEnd({ $0 < end ? units[$0].id : -1 }, from: first)
      else { continue }
      var from = first
      // (not "new": "the New Democrats" is a party; nor a known name: "Labour MPs")
      while from > start, units[from - 1].flags.contains(.titleModifier), units[from - 1].id != ids.new,
        knownEntity(from - 1, from) == nil
      {
        from -= 1
      }
      guard from == start || knownEntity(start, from) != nil || isDemonym(start, from) else { return nil }
      return (from, titleEnd)
    }
    return nil
  }

  /// Whether a month's name that is also a given name opens a person's name at `index`:
  /// "Jan Brodsky", "April Ryan", before a capitalized word of its sentence the lists do not
  /// know (not "Jan 5", "in April Iran", "June Sales").
  func monthGivenName(_ index: Int) -> Bool {
    let next = index + 1
    guard units[index].flags.contains(.month), units[index].flags.contains(.givenName),
      !units[index].isAllCaps, next < units.count,
      units[next].isWord, units[next].isCapitalized, !units[next].isAllCaps, !units[next].startsSentence,
      units[next].paragraph == units[index].paragraph,
      units[next].flags.isDisjoint(with: [.commonWord, .sentenceWord, .stopword, .month]),
      knownEntity(next, next + 1) == nil
    else { return false }
    return true
  }
}
