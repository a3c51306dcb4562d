import GleanerCore
import GleanerText

/// Finds the mentions of one article: gazetteer names, capitalized name
/// sequences typed by their cues, titles and roles, groups.
///
/// Works in one left-to-right pass over the word units, then a second pass
/// that finds names already seen in the article again where case says
/// nothing (headlines in capitals, sentence starts).
///
/// A class: its helpers are called many times per article, and as methods of a struct
/// each call from a `mutating` method copied (and retained) the whole finder.
final class MentionFinder {
  let lexicon: ActorLexicon
  let text: ArticleText
  let units: [WordUnit]
  /// The key texts of the units (`WordUnit.entry`).
  let words: ArticleWords
  var candidates: [Candidate] = []
  /// Whether a unit is covered by a candidate. A buffer the finder owns, not an array: a
  /// class's array property is checked for exclusive access at run time on every use.
  let claimed: UnsafeMutableBufferPointer<Bool>
  /// Whether the article reports sports: there, a city or region alone is a team.
  let isSports: Bool
  /// Words the article also writes in lower case: not names at a sentence start (a
  /// bitset over the article's word entries, `WordUnit.entry`: one per distinct key, like
  /// ids, but few, so the bitset is small).
  let lowercaseWords: [UInt64]
  /// The ids of keys compared by name.
  let ids: KeyIDs

  init(lexicon: ActorLexicon, text: ArticleText) {
    self.lexicon = lexicon
    self.text = text
    (self.units, self.words) = WordUnits.build(text, lexicon: lexicon)
    self.ids = lexicon.ids
    self.claimed = .allocate(capacity: units.count)
    claimed.initialize(repeating: false)
    var sportsHits: [Int32] = []
    for unit in units where unit.isWord && unit.flags.contains(.sportsWord) {
      if !sportsHits.contains(unit.id) { sportsHits.append(unit.id) }
      if sportsHits.count >= 3 { break }
    }
    // A slug "SOCCER - ..." or "RTRS - Cricket - ..." opening the article names its desk.
    let opening = Array(units.prefix(7))
    let slug = opening.indices.contains { offset in
      opening[offset].isWord && opening[offset].flags.contains(.sportsWord)
        && offset + 1 < opening.count && opening[offset + 1].id == lexicon.ids.dash
    }
    self.isSports = sportsHits.count >= 3 || slug
    var lower = [UInt64](repeating: 0, count: words.ids.count / 64 + 1)
    for unit in units where Self.isLowercaseWord(unit) {
      lower[Int(unit.entry) >> 6] |= 1 << UInt64(unit.entry & 63)
    }
    self.lowercaseWords = lower
  }

  deinit { claimed.deallocate() }

  private static func isLowercaseWord(_ unit: WordUnit) -> Bool {
    unit.isWord && !unit.isCapitalized && !unit.inCapitals
  }

  /// Whether the article also writes `unit`'s word in lower case.
  private func writtenInLowerCase(_ unit: WordUnit) -> Bool {
    Self.isLowercaseWord(unit) || lowercaseWords[Int(unit.entry) >> 6] & (1 << UInt64(unit.entry & 63)) != 0
  }

  // MARK: - Pass one

  func run() {
    markSportsSlug()
    markDatelines()
    var index = 0
    while index < units.count {
      let unit = units[index]
      if unit.inCapitals || claimed[index] {
        index += 1
      } else if unit.isWord, unit.isCapitalized {
        let end = chunkEnd(from: index)
        chunk(index, end)
        index = end
      } else {
        if unit.isWord, unit.flags.contains(.group) {
          add(index, index + 1, type: "group", rule: "actors.group",
              evidence: 3)
        }
        index += 1
      }
    }
    repeatKnownNames()
  }

  /// The end of the capitalized sequence that starts at `start`.
  private func chunkEnd(from start: Int) -> Int {
    var end = start + 1
    while end < units.count {
      let unit = units[end]
      if unit.startsSentence || unit.paragraph != units[start].paragraph || unit.inCapitals || claimed[end] { break }
      if unit.isWord, unit.isCapitalized, !unit.hasLowerTail {
        end += 1
        continue
      }
      if unit.isWord, unit.flags.contains(.particle) {
        // Particles inside a name, also in a row: "van der", "de la", "en".
        var after = end + 1
        while after < units.count, after < end + 3, units[after].isWord, !units[after].isCapitalized,
          units[after].flags.contains(.particle)
        {
          after += 1
        }
        guard after < units.count, units[after].isWord, units[after].isCapitalized,
          !units[after].startsSentence, units[after].paragraph == units[start].paragraph
        else { break }
        end = after
        continue
      }
      guard end + 1 < units.count, units[end + 1].isWord, units[end + 1].isCapitalized,
        !units[end + 1].startsSentence
      else { break }
      let previous = units[end - 1]
      if unit.id == ids.of || unit.id == ids.for,
        previous.flags.contains(.orgPrefix) || previous.flags.contains(.orgSuffix)
          || units[start].flags.contains(.orgPrefix)
      {
        end += 1
      } else if unit.id == ids.ampersand {
        end += 1
      } else if unit.id == ids.period, previous.isWord, previous.isSingleCharacter, previous.isCapitalized {
        end += 1  // an initial: "George W. Bush"
      } else {
        break
      }
    }
    return end
  }

  /// Handles the capitalized sequence `units[start..<end]`.
  private func chunk(_ start: Int, _ end: Int) {
    if end - start == 1, splitName(start) || start > 0 && splitName(start - 1) {
      addUnknown(start, end, type: "person", rule: "actors.split-name", evidence: 2)
      return
    }
    if let known = knownEntity(start, end, wholeChunk: true) {
      addKnown(start, end, known)
      return
    }
    var start = start
    let rowStart = start
    while start < end, isDroppable(start), !startsKnownName(start, end), !startsTitle(start, end) {
      start += 1
    }
    if units[rowStart].isWord, !units[rowStart].flags.contains(.stopword), teamRow(rowStart, end) == true {
      start = rowStart  // "Reading 4 1 1 2": a team even where the word is a common one
    }
    guard start < end else { return }
    if let row = teamRow(start, end) {
      if let known = knownEntity(start, end, wholeChunk: true) {
        addKnown(start, end, known)
      } else if row {
        addUnknown(start, end, type: "organization", rule: "actors.team-row", evidence: 2)
      } else {
        addUnknown(start, end, type: "person", rule: "actors.team-row", evidence: 2)
      }
      return
    }
    if let known = knownEntity(start, end, wholeChunk: true) {
      addKnown(start, end, known)
      return
    }
    if demonymPhrase(start, end) { return }
    if units[start..<end].allSatisfy({ !$0.isWord || $0.isSingleCharacter || $0.isAllCaps }), end - start >= 2,
      units[start..<end].contains(where: { $0.isSingleCharacter })
    {
      return  // table headings: "W D L PCT"
    }
    if end - start >= 2, isLocationCue(start, end) {
      addUnknown(start, end, type: "location", rule: "actors.place-name", evidence: 3)
      return
    }
    if end - start >= 2, isOrganizationCue(start, end) {
      addUnknown(start, end, type: "organization", rule: "actors.org-cue", evidence: 3)
      return
    }
    if let titleEnd = titleSplit(start, end) {
      let role = text.string(TextRange(units[start].range.start, units[titleEnd - 1].range.end))
      segment(start, titleStart(start, titleEnd), nameOnly: false, demonymMentions: true)
      name(titleEnd, end, role: role, rule: "actors.title")
      return
    }
    segment(start, end, nameOnly: false, demonymMentions: false)
  }

  /// Whether a list breaks a person's name across lines at `index`: a given name ends the
  /// line ("Falk Balzer , Dimitri") and one capitalized word, no English word, opens the next
  /// line before punctuation or a number ("Karagounis ( Greece )"). Both halves are the person.
  private func splitName(_ index: Int) -> Bool {
    let next = index + 1
    guard next < units.count, isGivenName(index), units[index].isCapitalized,
      units[next].paragraph != units[index].paragraph, units[next].isWord, units[next].isCapitalized,
      !units[next].isAllCaps, !units[next].inCapitals, !units[next].hasLowerTail,
      !units[next].flags.contains(.commonWord), !units[next].flags.contains(.sentenceWord),
      !units[next].flags.contains(.stopword)
    else { return false }
    let after = next + 1
    return after == units.count || units[after].paragraph != units[next].paragraph
      || !units[after].isWord
  }

  /// Whether a gazetteer name of two or more words starts at `start` ("United States I").
  private func startsKnownName(_ start: Int, _ end: Int) -> Bool {
    guard units[start].isWord, units[start].isCapitalized || units[start].inCapitals else { return false }
    return lexicon.gazetteer.matches({ $0 < end ? units[$0].id : -1 }, from: start).contains { m in
      m.end - start >= 2 && m.payloads.contains { allows($0, start, m.end) }
    }
  }

  /// Whether a title of two or more words starts at `start` ("Prime Minister" opening a sentence).
  private func startsTitle(_ start: Int, _ end: Int) -> Bool {
    lexicon.titles.matches({ $0 < end ? units[$0].id : -1 }, from: start).contains { $0.end - start >= 2 }
  }

  /// In a sports report, a name that opens a line or follows a score and is followed by a
  /// score is a team ("Crystal Palace 2 Oxford 2"): `true`; a player when it opens with a
  /// given name ("Bradford Vaughan 72 71"): `false`; `nil` when no table row.
  private func teamRow(_ start: Int, _ end: Int) -> Bool? {
    guard isSports, end < units.count, units[end].paragraph == units[start].paragraph,
      !units[end].isWord, units[end].startsWithNumber
    else { return nil }
    // "May 13 Arrive in London", "May 27-29 v Kent": a month and a day open an
    // itinerary's line, no team.
    if end - start == 1, units[start].flags.contains(.month), isDay(units[end]) { return nil }
    let opensLine = start == 0 || units[start - 1].paragraph != units[start].paragraph
    let afterScore = start > 0 && !units[start - 1].isWord && units[start - 1].startsWithNumber
    guard opensLine || afterScore else { return nil }
    if end - start >= 2, units[start].flags.contains(.givenName),
      !units[start].flags.contains(.commonGivenName)
    {
      return false
    }
    return true
  }

  /// Whether a leading unit of a sequence is not part of a name.
  private func isDroppable(_ index: Int) -> Bool {
    let unit = units[index]
    if !unit.isWord || unit.hasLowerTail || unit.flags.contains(.timeZone) { return true }
    if unit.isAllCaps, !unit.inCapitals { return false }  // an acronym: "WHO"
    if unit.flags.contains(.stopword) { return true }
    guard unit.startsSentence else { return false }
    if unit.isSingleCharacter, index + 2 < units.count, units[index + 1].id == ids.period,
      units[index + 2].isWord, units[index + 2].isCapitalized, !units[index + 2].startsSentence
    {
      return false  // an initial: "C. Hooper" opening a line
    }
    if unit.flags.contains(.givenName), index + 1 < units.count, units[index + 1].isWord,
      units[index + 1].isCapitalized, !units[index + 1].startsSentence,
      units[index + 1].paragraph == unit.paragraph, !units[index + 1].flags.contains(.commonWord)
    {
      return false  // "Mark McNulty" opening a line
    }
    return unit.flags.contains(.commonWord) || unit.flags.contains(.sentenceWord)
      || writtenInLowerCase(unit)
  }

  /// The known entity of exactly `units[start..<end]`, if the rules have one
  /// that the case of the text allows.
  private func knownEntity(_ start: Int, _ end: Int, wholeChunk: Bool) -> Int32? {
    for payload in lexicon.gazetteer.lookup(count: end - start, { units[start + $0].id }) {
      if allows(payload, start, end) { return payload }
    }
    return nil
  }

  /// Whether the text's case and place allow a gazetteer entity at a span.
  private func allows(_ index: Int32, _ start: Int, _ end: Int) -> Bool {
    if lexicon.entities[Int(index)].caseSensitive {
      let entity = lexicon.entities[Int(index)]
      let written = text.string(TextRange(units[start].range.start, units[end - 1].range.end))
      return written == entity.spelling
        || written.replacingOccurrences("\u{2019}", "'") == entity.spelling
    }
    if lexicon.entities[Int(index)].ambiguous, units[start].startsSentence || units[start].inCapitals { return false }
    if !units[start].inCapitals, !units[start].isCapitalized { return false }
    return true
  }

  private func addKnown(
    _ start: Int, _ end: Int, _ index: Int32, asPlace: Bool = false
  ) {
    // Fields read in place: a copy of the entity would retain its five strings.
    if isSports, lexicon.entities[Int(index)].canBeTeam, !asPlace, !placeCueBefore(start),
      !bodyNounAfter(end)
    {
      // A city or region alone in a sports report: the team.
      candidates.append(
        makeCandidate(start, end, type: "organization", rule: "actors.team", evidence: 2))
      claim(start, end)
      return
    }
    candidates.append(
      makeCandidate(
        start, end, type: lexicon.entities[Int(index)].type, rule: lexicon.entities[Int(index)].rule,
        evidence: 3))
    let last = candidates.count - 1
    candidates[last].known = true
    candidates[last].entity = index
    candidates[last].code = lexicon.entities[Int(index)].code
    claim(start, end)
  }

  /// Whether a lower-case body noun follows a place ("the Moscow club", "both Rome teams"):
  /// the place names where the team is from, it is no team itself.
  private func bodyNounAfter(_ end: Int) -> Bool {
    end < units.count && units[end].isWord && !units[end].isCapitalized && !units[end].inCapitals
      && units[end].flags.contains(.orgDescriptor) && units[end].paragraph == units[end - 1].paragraph
  }

  /// Whether a place word ("in", "at") comes right before `start`, or before a venue
  /// and a comma ("at The Oval , London", "at Lord 's , London"): the name is a place.
  private func placeCueBefore(_ start: Int) -> Bool {
    guard start > 0 else { return false }
    if units[start - 1].flags.contains(.locationCue) { return true }
    guard start >= 3, units[start - 1].id == ids.comma else { return false }
    var index = start - 2
    while index > 0, index >= start - 5,
      units[index].isWord && units[index].isCapitalized || units[index].id == ids.possessive
    {
      index -= 1
    }
    return index < start - 2 && units[index].flags.contains(.locationCue)
      && units[index].paragraph == units[start].paragraph
  }

  /// A demonym sequence: a mention of its country before a government word
  /// ("Israeli government"), a group when plural ("Palestinians").
  private func demonymPhrase(_ start: Int, _ end: Int) -> Bool {
    guard let payload = lexicon.demonyms.lookup(count: end - start, { units[start + $0].id }).first
    else { return false }
    let keys = units[start..<end].map(key)
    let joined = keys.joined(separator: " ")
    if lexicon.pluralDemonyms.contains(joined) {
      add(start, end, type: "group", rule: "actors.group.demonym",
          evidence: 3)
    } else if end < units.count, units[end].flags.contains(.governmentWord) {
      addKnown(start, end, payload, rule: "actors.demonym-government")
    }
    claim(start, end)
    return true
  }

  private func addKnown(_ start: Int, _ end: Int, _ entity: Int32, rule: String) {
    addKnown(start, end, entity)
    candidates[candidates.count - 1].rule = rule
  }

  private func isLocationCue(_ start: Int, _ end: Int) -> Bool {
    units[end - 1].flags.contains(.locationSuffix) || units[start].flags.contains(.locationPrefix)
  }

  private func isOrganizationCue(_ start: Int, _ end: Int) -> Bool {
    if units[end - 1].flags.contains(.orgSuffix) { return true }
    if units[start].flags.contains(.orgHead) { return true }
    if end - start >= 3 {
      for index in start..<(end - 2) where units[index + 1].id == ids.of {
        if units[index].flags.contains(.orgPrefix) { return true }
      }
    }
    return false
  }

  /// The end of the last title inside `units[start..<end]` that leaves a name
  /// after it ("Israeli Prime Minister | Benjamin Netanyahu").
  private func titleSplit(_ start: Int, _ end: Int) -> Int? {
    var best: Int?
    for from in start..<(end - 1) {
      for match in lexicon.titles.matches({ $0 < end - 1 ? units[$0].id : -1 }, from: from) {
        best = max(best ?? 0, match.end)
      }
    }
    guard let best else { return nil }
    // The name after the title must start like a name.
    return units[best].isWord ? best : nil
  }

  /// Where the title ending at `titleEnd` starts, modifiers included.
  private func titleStart(_ start: Int, _ titleEnd: Int) -> Int {
    var from = titleEnd - 1
    while from > start {
      let first = from - 1
      if lexicon.titles.contains(count: titleEnd - first, { units[first + $0].id })
        || units[first].flags.contains(.titleModifier)
      {
        from -= 1
      } else {
        break
      }
    }
    return from
  }

  /// Splits `units[start..<end]` into gazetteer names and unknown names.
  private func segment(_ start: Int, _ end: Int, nameOnly: Bool, demonymMentions: Bool) {
    var pieces: [(start: Int, end: Int, entity: Int32?)] = []
    var index = start
    var unknownStart: Int?
    while index < end {
      var found: (end: Int, entity: Int32)?
      for match in lexicon.gazetteer.matches({ $0 < end ? units[$0].id : -1 }, from: index) {
        for payload in match.payloads {
          if allows(payload, index, match.end) { found = (match.end, payload); break }
        }
      }
      if found == nil,
        let demonym = lexicon.demonyms.matches({ $0 < end ? units[$0].id : -1 }, from: index).last
      {
        if let open = unknownStart { pieces.append((open, index, nil)); unknownStart = nil }
        // A demonym inside a name sequence qualifies it: a mention of its
        // country only before a title ("Israeli Prime Minister").
        let country = demonym.payloads[0]
        pieces.append((index, demonym.end, demonymMentions ? country : nil))
        index = demonym.end
        continue
      }
      if let found {
        if let open = unknownStart { pieces.append((open, index, nil)); unknownStart = nil }
        pieces.append((index, found.end, found.entity))
        index = found.end
      } else {
        if unknownStart == nil { unknownStart = index }
        index += 1
      }
    }
    if let open = unknownStart { pieces.append((open, end, nil)) }
    let hasUnknown = pieces.contains { $0.entity == nil && !isDemonym($0.start, $0.end) }
      && !demonymMentions
    let hasPlace = pieces.contains { piece in
      piece.entity.map { lexicon.entities[Int($0)].type == "location" || lexicon.entities[Int($0)].type == "country" }
        ?? false
    }
    if hasUnknown, hasPlace, end - start >= 2, isGivenName(start) {
      name(start, end, role: nil, rule: "actors.given-name")
      return
    }
    if hasUnknown, hasPlace, pieces.count >= 2, end - start >= 2, !nameOnly {
      // "Real Madrid", "Hong Kong Telecom": a place inside a longer name.
      addUnknown(start, end, type: "organization", rule: "actors.org-place", evidence: 1)
      return
    }
    for piece in pieces {
      if let entity = piece.entity, isDemonym(piece.start, piece.end) {
        addKnown(piece.start, piece.end, entity, rule: "actors.demonym-role")
      } else if let entity = piece.entity {
        addKnown(piece.start, piece.end, entity)
      } else if !isDemonym(piece.start, piece.end) {
        name(piece.start, piece.end, role: nil, rule: "actors.name")
      }
    }
  }

  /// A given name, not in a paragraph in capitals and not an acronym ("ILO").
  private func isGivenName(_ index: Int) -> Bool {
    units[index].flags.contains(.givenName) && !units[index].inCapitals && !units[index].isAllCaps
  }

  private func isDemonym(_ start: Int, _ end: Int) -> Bool {
    lexicon.demonyms.contains(count: end - start) { units[start + $0].id }
  }

  /// Types an unknown name from its cues and adds it.
  private func name(_ start: Int, _ end: Int, role: String?, rule: String) {
    var start = start
    while start < end, isDroppable(start) { start += 1 }
    var end = end
    while end > start, !units[end - 1].isWord { end -= 1 }
    guard start < end else { return }
    if let role {
      addUnknown(start, end, type: "person", rule: rule, evidence: 3, role: role)
      return
    }
    if end - start == 2, units[start].flags.contains(.commonWord), !units[start].flags.contains(.givenName),
      units[start + 1].isSingleCharacter, units[start + 1].isCapitalized
    {
      return  // "Group A", "Pool B", "Plan C": an English word and a letter label no actor
    }
    if let role = titleBefore(start) {
      addUnknown(start, end, type: "person", rule: "actors.title", evidence: 3, role: role)
      return
    }
    if hasHonorific(before: start) {
      addUnknown(start, end, type: "person", rule: "actors.honorific", evidence: 3)
      return
    }
    if let role = apposition(after: end) {
      addUnknown(start, end, type: "person", rule: "actors.apposition", evidence: 3, role: role)
      return
    }
    if let rule = personCue(start, end) {
      addUnknown(start, end, type: "person", rule: rule, evidence: 3)
      return
    }
    if let role = roleBeforeComma(start, end) {
      addUnknown(start, end, type: "person", rule: "actors.apposition", evidence: 3, role: role)
      return
    }
    if bodyBeforeComma(start, end) {
      addUnknown(start, end, type: "organization", rule: "actors.org-descriptor", evidence: 3)
      candidates[candidates.count - 1].descriptor = key(units[start - 2])
      return
    }
    if end - start >= 2, isOrganizationCue(start, end) {
      addUnknown(start, end, type: "organization", rule: "actors.org-cue", evidence: 3)
      return
    }
    if start > 0, !units[start - 1].isCapitalized, units[start - 1].flags.contains(.orgDescriptor) {
      // "the aid group Secours Populaire", "the union FNV Havens"
      addUnknown(start, end, type: "organization", rule: "actors.org-descriptor", evidence: 3)
      candidates[candidates.count - 1].descriptor = key(units[start - 1])
      return
    }
    if hasPlaceNoun(before: start) || placeNounAfter(end) {
      // "the island of Rhodes", "the villages of A, B and C", "the Jucar river"
      addUnknown(start, end, type: "location", rule: "actors.place-noun", evidence: 3)
      return
    }
    let first = units[start]
    if end - start == 1, start > 0, units[start - 1].flags.contains(.locationCue),
      !units[start - 1].isCapitalized, !first.isAllCaps, first.flags.contains(.givenName)
    {
      addUnknown(start, end, type: "location", rule: "actors.place-cue", evidence: 1)
      return
    }
    if units[start..<end].contains(where: { $0.id == ids.ampersand }) {
      // "Douglas & Lomason", "Marks & Spencer": a firm, not a person.
      addUnknown(start, end, type: "organization", rule: "actors.org-cue", evidence: 2)
      return
    }
    if first.flags.contains(.givenName), !first.isAllCaps || first.inCapitals,
      !first.flags.contains(.commonGivenName) || end - start >= 2
    {
      addUnknown(start, end, type: "person", rule: "actors.given-name", evidence: end - start >= 2 ? 2 : 1)
      return
    }
    if countryAfterComma(end) {
      // "Lockerbie , Scotland", "La Corva , France": a place in a country or region.
      addUnknown(start, end, type: "location", rule: "actors.place-country", evidence: 2)
      return
    }
    if end - start == 1 {
      if first.flags.contains(.commonWord) && !first.isAllCaps { return }
      if first.isSingleCharacter || writtenInLowerCase(first) { return }
      if !first.isAllCaps, hasAdjectiveSuffix(first) {
        return  // "Islamic", "Marxist": a capitalized adjective, no actor
      }
      if first.isAllCaps, first.flags.contains(.commonWord), first.range.end - first.range.start >= 4 {
        return  // "NOTE -", "home team in CAPS": an English word in capitals, no acronym
      }
      if first.isAllCaps {
        addUnknown(start, end, type: "organization", rule: "actors.acronym", evidence: 1)
      } else if start > 0, units[start - 1].flags.contains(.locationCue) {
        addUnknown(start, end, type: "location", rule: "actors.place-cue", evidence: 1)
      } else {
        addUnknown(start, end, type: "", rule: "actors.name", evidence: 0)
      }
      return
    }
    if units[start..<end].contains(where: { $0.flags.contains(.commonWord) && !$0.flags.contains(.givenName) }),
      !countryInBrackets(after: end)
    {
      // "Standard Liege", "Kansai Electric Power": ordinary words make a body's name.
      addUnknown(start, end, type: "organization", rule: "actors.name", evidence: 0)
      return
    }
    addUnknown(start, end, type: "person", rule: "actors.name", evidence: 1)
  }

  /// Whether a place noun and "of" come before the name, perhaps across a list of
  /// names: "the island of Rhodes", "the villages of Alcantera, Sumacarcer and Benimuslem".
  private func hasPlaceNoun(before start: Int) -> Bool {
    var index = start - 1
    var steps = 0
    while index > 0, steps < 16 {
      let unit = units[index]
      if unit.id == ids.of {
        let noun = units[index - 1]
        return (!noun.isCapitalized || noun.startsSentence) && noun.flags.contains(.placeNoun)
      }
      guard unit.id == ids.comma || unit.id == ids.and || (unit.isWord && unit.isCapitalized),
        !unit.startsSentence
      else { return false }
      index -= 1
      steps += 1
    }
    return false
  }

  /// Whether a comma and a country or region (not a city) follow the name and end the
  /// phrase: "Lockerbie , Scotland ,", not "Siemens , Germany 's largest firm".
  private func countryAfterComma(_ end: Int) -> Bool {
    guard end + 1 < units.count, units[end].id == ids.comma, units[end + 1].isCapitalized,
      units[end + 1].paragraph == units[end].paragraph
    else { return false }
    let key: (Int) -> Int32 = { [units] in
      $0 < units.count && units[$0].isWord && units[$0].paragraph == units[end].paragraph ? units[$0].id : -1
    }
    guard let match = lexicon.gazetteer.matches(key, from: end + 1).last else { return false }
    let after = match.end
    if after < units.count, units[after].paragraph == units[end].paragraph,
      units[after].isWord || units[after].id == ids.possessive
    {
      return false
    }
    return match.payloads.contains { payload in
      let entity = lexicon.entities[Int(payload)]
      return entity.type == "country" || entity.rule == "actors.gazetteer.region"
        || entity.rule == "actors.gazetteer.territory" || entity.rule == "actors.gazetteer.former-country"
    }
  }

  /// Whether a number unit is a day of the month: one or two digits, perhaps a range ("27-29").
  private func isDay(_ unit: WordUnit) -> Bool {
    let range = unit.range
    return range.end - range.start <= 2 || !(48...57).contains(text.bytes[range.start + 2])
  }

  /// Whether a lower-case place noun follows the name: "the Jucar river", "the Kariba dam".
  private func placeNounAfter(_ end: Int) -> Bool {
    guard end < units.count, units[end].isWord, !units[end].isCapitalized,
      units[end].paragraph == units[end - 1].paragraph
    else { return false }
    return units[end].flags.contains(.locationSuffix)
  }

  /// A lower-case title right before a name, with what qualifies it
  /// ("Hamas spokesman", "former coach").
  private func titleBefore(_ start: Int) -> String? {
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
    while from < titleStart, isDroppable(from) { from += 1 }
    return text.string(TextRange(units[from].range.start, units[start - 1].range.end))
  }

  private func hasHonorific(before start: Int) -> Bool {
    guard start > 0 else { return false }
    var index = start - 1
    if units[index].id == ids.period, index > 0 { index -= 1 }
    return units[index].flags.contains(.honorific)
  }

  /// The role of an apposition after a name: "Mike Waltz, the national security advisor,"
  /// gives "national security advisor", "Koen Verhulst, the union's chief negotiator in
  /// Antwerp," gives "chief negotiator", "X, Norway's foreign minister," "foreign minister". The role is the title with the words that qualify
  /// it, without the article, the possessor and what follows the title.
  private func apposition(after end: Int) -> String? {
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
  private func appositionCloses(after index: Int) -> Bool {
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
  private func personCue(_ start: Int, _ end: Int) -> String? {
    if end + 2 < units.count, units[end].id == ids.comma, isAge(units[end + 1]),
      units[end + 2].flags.contains(.closer)
    {
      return "actors.age"
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
    return nil
  }

  /// Whether a country in brackets follows: "Phylis Smith ( Britain )" in results lists
  /// names an athlete more often than a club.
  private func countryInBrackets(after end: Int) -> Bool {
    guard end + 2 < units.count, units[end].id == ids.open else { return false }
    for match in lexicon.gazetteer.matches({ $0 < units.count ? units[$0].id : -1 }, from: end + 1) {
      guard match.end < units.count, units[match.end].id == ids.close else { continue }
      if match.payloads.contains(where: { lexicon.entities[Int($0)].type == "country" }) { return true }
    }
    return false
  }

  /// A whole number a person's age can be (1 to 119).
  private func isAge(_ unit: WordUnit) -> Bool {
    guard !unit.isWord || unit.startsWithNumber, let value = Int(key(unit)) else { return false }
    return value >= 1 && value < 120
  }

  /// A role before a name with a comma: "The German finance minister, Christian Lindner,"
  /// gives "German finance minister", "the federation's director, Anneke Jansen," gives
  /// "director". The role must open with an article or a possessor and the name must close
  /// the apposition.
  private func roleBeforeComma(_ start: Int, _ end: Int) -> String? {
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
  private func bodyBeforeComma(_ start: Int, _ end: Int) -> Bool {
    guard start >= 3, units[start - 1].id == ids.comma, !units[start - 2].isCapitalized,
      units[start - 2].flags.contains(.orgDescriptor),
      end >= units.count || units[end].flags.contains(.closer)
    else { return false }
    return phraseOpening(before: start - 2) != nil
  }

  /// Where a noun phrase whose head starts at `head` begins after its article or possessor
  /// ("the", "its", "the union's", "the employers'"), looking back at most four words in
  /// the same sentence; nil when no article or possessor opens it.
  private func phraseOpening(before head: Int) -> Int? {
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
  private func possessiveEnd(_ start: Int, limit: Int) -> Int? {
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

  // MARK: - Pass two

  /// Finds names already seen in the article where case gave no evidence:
  /// paragraphs in capitals and words at a sentence start.
  private func repeatKnownNames() {
    // The names seen so far: the candidates they stand for (by index: candidates only grow
    // from here on), found by first word id in a sorted array. An article has a few dozen
    // names, too few to pay for a trie's tables.
    // Sorted as single integers (first word id above, candidate index below; both >= 0):
    // by first word, then in candidate order: of equal names the first one counts.
    var packed: [Int64] = []
    packed.reserveCapacity(candidates.count)
    for at in candidates.indices where !candidates[at].rule.hasPrefix("actors.demonym") {
      if let first = candidates[at].keyIDs.first, first >= 0 {
        packed.append(Int64(first) << 32 | Int64(at))
      }
    }
    packed.sort()
    let seen = packed.map {
      (first: Int32(truncatingIfNeeded: $0 >> 32), at: Int32(truncatingIfNeeded: $0))
    }
    let surnames = personSurnames()
    var index = 0
    while index < units.count {
      let unit = units[index]
      guard !claimed[index], unit.isWord, unit.inCapitals || unit.isCapitalized else {
        index += 1
        continue
      }
      let key: (Int) -> Int32 = { [units, claimed] in
        $0 < units.count && !claimed[$0] && units[$0].isWord && units[$0].paragraph == unit.paragraph
          ? units[$0].id : -1
      }
      let seenMatch = longestSeenName(seen, key, from: index)
      if unit.inCapitals,
        let match = lexicon.gazetteer.matches(key, from: index).last(where: { m in
          m.payloads.contains { allows($0, index, m.end) }
        }),
        match.end >= (seenMatch?.end ?? 0),
        let payload = match.payloads.first(where: { allows($0, index, match.end) })
      {
        addKnown(index, match.end, payload)
        index = match.end
        continue
      }
      if let match = seenMatch {
        var copy = candidates[match.at]
        copy.start = index
        copy.end = match.end
        copy.range = range(index, match.end)
        copy.rule = "actors.repeat"
        copy.role = nil
        candidates.append(copy)
        claim(index, match.end)
        index = match.end
        continue
      }
      if unit.inCapitals,
        let match = lexicon.gazetteer.matches(key, from: index).last(where: { m in
          m.payloads.contains { allows($0, index, m.end) }
        }),
        let payload = match.payloads.first(where: { allows($0, index, match.end) })
      {
        addKnown(index, match.end, payload)
        index = match.end
        continue
      }
      if let at = surnameMatch(surnames, index) {
        // "Phil Simmons ... before Simmons stepped in": the surname alone, even where it is
        // also an English word, joins the person.
        var copy = candidates[at]
        copy.start = index
        copy.end = index + 1
        copy.range = range(index, index + 1)
        copy.rule = "actors.surname"
        copy.role = nil
        candidates.append(copy)
        claim(index, index + 1)
      }
      index += 1
    }
  }

  /// The last word of each person's name of two or more words, with the candidate that
  /// names the person, sorted by word id (of equal words the first candidate first).
  private func personSurnames() -> [(id: Int32, at: Int32)] {
    var packed: [Int64] = []
    for at in candidates.indices
    where candidates[at].keyIDs.count >= 2 && candidates[at].type == "person" {
      let last = candidates[at].keyIDs[candidates[at].keyIDs.count - 1]
      if last >= 0 { packed.append(Int64(last) << 32 | Int64(at)) }
    }
    packed.sort()
    return packed.map {
      (id: Int32(truncatingIfNeeded: $0 >> 32), at: Int32(truncatingIfNeeded: $0))
    }
  }

  /// The person whose surname the single capitalized word at `index` is, if the article
  /// never writes the word in lower case and no other capitalized word follows it.
  private func surnameMatch(_ surnames: [(id: Int32, at: Int32)], _ index: Int) -> Int? {
    guard !surnames.isEmpty else { return nil }
    let unit = units[index]
    guard !writtenInLowerCase(unit), !unit.flags.contains(.stopword), !unit.flags.contains(.sportsWord)
    else { return nil }
    if !unit.inCapitals {
      if index + 1 < units.count, units[index + 1].isWord, units[index + 1].isCapitalized,
        units[index + 1].paragraph == unit.paragraph, !units[index + 1].startsSentence
      {
        return nil
      }
      if index > 0, units[index - 1].isWord, units[index - 1].isCapitalized,
        units[index - 1].paragraph == unit.paragraph, !unit.startsSentence
      {
        return nil
      }
    }
    var low = 0
    var high = surnames.count
    while low < high {
      let mid = (low + high) / 2
      if surnames[mid].id < unit.id { low = mid + 1 } else { high = mid }
    }
    return low < surnames.count && surnames[low].id == unit.id ? Int(surnames[low].at) : nil
  }

  /// The longest seen name whose word ids `key(from)...` spell (`key` gives -1 where a name
  /// must stop), as its end and candidate; of equal names the first in `seen`.
  private func longestSeenName(
    _ seen: [(first: Int32, at: Int32)], _ key: (Int) -> Int32, from start: Int
  ) -> (end: Int, at: Int)? {
    let first = key(start)
    guard first >= 0 else { return nil }
    var low = 0
    var high = seen.count
    while low < high {
      let mid = (low + high) / 2
      if seen[mid].first < first { low = mid + 1 } else { high = mid }
    }
    var best: (end: Int, at: Int)?
    while low < seen.count, seen[low].first == first {
      let at = Int(seen[low].at)
      low += 1
      let count = candidates[at].keyIDs.count
      guard count > (best.map { $0.end - start } ?? 0) else { continue }
      var k = 1
      while k < count, key(start + k) >= 0, key(start + k) == candidates[at].keyIDs[k] { k += 1 }
      if k == count { best = (start + count, at) }
    }
    return best
  }

  /// "LONDON 1996-08-30", "TAVILDARA , Tajikistan 1996-08-22", "IRVINE , Calif": a
  /// paragraph that opens with words in capitals, then a date or a comma and a region,
  /// names the place of filing. In a sports report, a line in capitals that opens with
  /// words and then a number is a row of a table: a team.
  private func markDatelines() {
    var index = 0
    while index < units.count {
      let paragraph = units[index].paragraph
      guard index == 0 || units[index - 1].paragraph != paragraph else {
        index += 1
        continue
      }
      var end = index
      while end < units.count, end - index < 5, units[end].isWord, units[end].isAllCaps,
        units[end].paragraph == paragraph, !claimed[end]
      {
        end += 1
      }
      guard end > index, end - index <= 4 else {
        index += 1
        continue
      }
      let next = end < units.count && units[end].paragraph == paragraph ? units[end] : nil
      if let next, isDate(next) {
        addDateline(index, end)
      } else if let next, next.id == ids.comma, let regionEnd = datelineRegion(after: end + 1) {
        addDateline(index, end)
        if let known = knownEntity(end + 1, regionEnd, wholeChunk: true), !claimed[end + 1] {
          addKnown(end + 1, regionEnd, known, asPlace: true)
        } else if !claimed[end + 1] {
          add(end + 1, regionEnd, type: "location",
              rule: "actors.dateline", evidence: 2)
        }
      } else if isSports, units[index].inCapitals, let next, !next.isWord, next.startsWithNumber {
        if let known = knownEntity(index, end, wholeChunk: true) {
          addKnown(index, end, known)
        } else {
          add(index, end, type: "organization",
              rule: "actors.team-row", evidence: 2)
        }
      }
      index = end
    }
  }

  /// "NHL ICE HOCKEY - STANDINGS": an acronym opening a headline in capitals before a sport
  /// names the league or body, an organization.
  private func markSportsSlug() {
    guard let first = units.first, first.inCapitals, first.isWord, first.isAllCaps,
      (2...5).contains(key(first).count), units.count > 2,
      !lexicon.commonWords.contains(key(first)), !lexicon.sentenceWords.contains(key(first)),
      key(first).count <= 3 || !lexicon.sportsWords.contains(key(first)),  // "RUGBY UNION"
      knownEntity(0, 1, wholeChunk: true).map({ lexicon.entities[Int($0)].type == "organization" }) ?? true
    else { return }
    func sport(_ key: String) -> String { String(key.split(separator: "-").first ?? Substring(key)) }
    let next = sport(key(units[1]))
    let pair = key(units[1]) + " " + sport(key(units[2]))
    guard lexicon.sportsWords.contains(next) || lexicon.sportsWords.contains(pair) else { return }
    add(0, 1, type: "organization", rule: "actors.slug", evidence: 3)
  }

  /// A date after a dateline: "1996-08-30", "Aug 30".
  private func isDate(_ unit: WordUnit) -> Bool {
    // `startsWithNumber` is `key.first?.isNumber`, known without making the key.
    guard unit.startsWithNumber else { return false }
    let key = self.key(unit)
    if key.first?.isNumber == true, key.contains("-"), key.count >= 8 { return true }
    return false
  }

  /// The end of the region in a dateline after its comma ("Texas 1996-08-31", "Mich ."),
  /// if the paragraph goes on with nothing but a date or a period.
  private func datelineRegion(after start: Int) -> Int? {
    var end = start
    let paragraph = units[start < units.count ? start : units.count - 1].paragraph
    while end < units.count, end - start < 3, units[end].paragraph == paragraph, units[end].isWord,
      units[end].isCapitalized
    {
      end += 1
    }
    guard end > start else { return nil }
    if end >= units.count || units[end].paragraph != paragraph { return end }
    if isDate(units[end]) { return end }
    if units[end].id == ids.period, end + 1 >= units.count || units[end + 1].paragraph != paragraph {
      return end
    }
    return nil
  }

  private func addDateline(_ start: Int, _ end: Int) {
    if let known = knownEntity(start, end, wholeChunk: true) {
      addKnown(start, end, known, asPlace: true)
    } else {
      var candidate = makeCandidate(
        start, end, type: "location", rule: "actors.dateline",
        evidence: 2)
      candidate.known = false
      candidates.append(candidate)
      claim(start, end)
    }
  }

  // MARK: - Helpers

  /// The word ids of the words (not punctuation) of `units[start..<end]`.
  private func wordIDs(_ start: Int, _ end: Int) -> [Int32] {
    var ids: [Int32] = []
    ids.reserveCapacity(end - start)
    for index in start..<end where units[index].isWord { ids.append(units[index].id) }
    return ids
  }

  /// Whether the unit's key ends with an adjective suffix ("Islamic", "Marxist"). On the
  /// bytes when key and suffixes are ASCII: there bytes and characters agree, so the answer
  /// is `String.hasSuffix`'s without making a String.
  private func hasAdjectiveSuffix(_ unit: WordUnit) -> Bool {
    let byBytes = words.withKeyBytes(unit.entry) { key -> Bool? in
      guard lexicon.adjectiveSuffixesAreASCII else { return nil }
      for byte in key where byte >= 0x80 { return nil }
      return lexicon.adjectiveSuffixBytes.contains { suffix in
        let offset = key.count - suffix.count
        guard offset >= 0 else { return false }
        for k in suffix.indices where suffix[k] != key[offset + k] { return false }
        return true
      }
    }
    return byBytes ?? lexicon.adjectiveSuffixes.contains(where: words.key(unit.entry).hasSuffix)
  }

  /// The key text of a unit.
  func key(_ unit: WordUnit) -> String { words.key(unit.entry) }

  /// "20-year-old", "20-years-old".
  private func isAgeWord(_ unit: WordUnit) -> Bool {
    guard words.keyHasASCIISuffix(unit.entry, "old") else { return false }
    let key = self.key(unit)
    return key.hasSuffix("-year-old") || key.hasSuffix("-years-old")
  }

  private func range(_ start: Int, _ end: Int) -> TextRange {
    TextRange(units[start].range.start, units[end - 1].range.end)
  }

  private func makeCandidate(
    _ start: Int, _ end: Int, type: String, rule: String, evidence: Int
  ) -> Candidate {
    let range = range(start, end)
    return Candidate(
      range: range, start: start, end: end, type: type, nameRange: range, code: nil,
      rule: rule, known: false, evidence: evidence, role: nil,
      keyIDs: wordIDs(start, end))
  }

  private func add(
    _ start: Int, _ end: Int, type: String, rule: String, evidence: Int
  ) {
    candidates.append(makeCandidate(start, end, type: type, rule: rule, evidence: evidence))
    claim(start, end)
  }

  private func addUnknown(
    _ start: Int, _ end: Int, type: String, rule: String, evidence: Int, role: String? = nil
  ) {
    // Built in place: a local candidate would be copied (all its references retained).
    candidates.append(makeCandidate(start, end, type: type, rule: rule, evidence: evidence))
    if role != nil { candidates[candidates.count - 1].role = role }
    claim(start, end)
  }

  private func claim(_ start: Int, _ end: Int) {
    for index in start..<end { claimed[index] = true }
  }
}
