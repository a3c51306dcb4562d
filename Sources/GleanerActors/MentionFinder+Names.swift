import GleanerCore
import GleanerText

/// Capitalized sequences cut into names, typed by the words around them.
extension MentionFinder {
  /// The end of the last title inside `units[start..<end]` that leaves a name
  /// after it ("Danish Foreign Minister | Karin Holm").
  func titleSplit(_ start: Int, _ end: Int) -> Int? {
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
  func titleStart(_ start: Int, _ titleEnd: Int) -> Int {
    // the longest title ending there ("Secretary of State", not its "State")
    let longest = (start..<(titleEnd - 1)).first { first in
      lexicon.titles.contains(count: titleEnd - first, { units[first + $0].id })
    } ?? titleEnd - 1
    var from = longest
    while from > start {
      let first = from - 1
      // (an office in the plural before it is part of the role: "Co-Chairmen Judge Alan Frey")
      if lexicon.titles.contains(count: titleEnd - first, { units[first + $0].id })
        || units[first].flags.contains(.titleModifier)
        || lexicon.pluralTitles.contains(count: 1, { _ in units[first].id })
      {
        from -= 1
      } else {
        break
      }
    }
    // ("Culture and Sport Secretary": a portfolio after "and" is the department's, the
    // title the word of office alone)
    if from > start, from < longest, units[from - 1].id == ids.and { return longest }
    return from
  }

  /// Splits `units[start..<end]` into gazetteer names and unknown names.
  func segment(_ start: Int, _ end: Int, nameOnly: Bool, demonymMentions: Bool) {
    var pieces: [(start: Int, end: Int, entity: Int32?)] = []
    var index = start
    var unknownStart: Int?
    while index < end {
      var found: (end: Int, entity: Int32)?
      for match in lexicon.gazetteer.matches({ $0 < end ? units[$0].id : -1 }, from: index) {
        // (an `ambiguous=yes` or `sports=yes` name is no piece of a longer name: "Fed Cup",
        // "NSW Treasury", "the Magic Box")
        let whole = index == start && match.end == end
        for payload in match.payloads
        where whole || !lexicon.entities[Int(payload)].ambiguous && !lexicon.entities[Int(payload)].sportsOnly {
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
    // "finalist Kofi Denver", "Mr. Adel Cairo": a person's title or honorific
    // before a name that holds a place makes it the person's
    if hasUnknown, hasPlace, end - start >= 2, titleBefore(start) != nil || hasHonorific(before: start) {
      name(start, end, role: nil, rule: "actors.title")
      return
    }
    if hasUnknown, hasPlace, pieces.count >= 2, end - start >= 2, !nameOnly {
      // "Real Madrid", "Hong Kong Telecom": a place inside a longer name.
      addUnknown(start, end, type: "organization", rule: "actors.org-place", evidence: 1)
      return
    }
    // "Siemens Dortmund", "Vantix Honda": one organization of a `joins=yes` gazetteer with
    // unknown words or places around it is one organization's name (a club, a racing
    // team); after a given name, the organization is a person's surname ("Jose Maria Puig")
    // (the other pieces unknown words, places or organizations: no person, country or demonym)
    let joining = pieces.filter { piece in piece.entity.map { lexicon.entities[Int($0)].joinsNames } ?? false }
    if joining.count == 1, pieces.count >= 2, end - start >= 2, !nameOnly,
      pieces.allSatisfy({ piece in
        piece.entity.map { lexicon.entities[Int($0)].type == "organization" || lexicon.entities[Int($0)].type == "location" }
          ?? !isDemonym(piece.start, piece.end)
      })
    {
      if hasUnknown, isGivenName(start), joining[0].start > start {
        name(start, end, role: nil, rule: "actors.given-name")
      } else {
        addUnknown(start, end, type: "organization", rule: "actors.org-known", evidence: 2)
      }
      return
    }
    // "Brigitte Macron", "Ludmila Putin": an unknown word that is no English one before
    // a person the gazetteer knows by a single name is another of the family
    if pieces.count == 2, pieces[0].entity == nil, pieces[0].end == pieces[0].start + 1,
      let entity = pieces[1].entity, pieces[1].end == pieces[1].start + 1,
      lexicon.entities[Int(entity)].type == "person", units[start].isWord, units[start].isCapitalized,
      !units[start].isAllCaps, units[start].flags.isDisjoint(with: [.commonWord, .sentenceWord, .title])
        || isGivenName(start),
      !isDemonym(pieces[0].start, pieces[0].end), !units[start].startsSentence || isGivenName(start)
    {
      addUnknown(start, end, type: "person", rule: "actors.family-name", evidence: 2)
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

  /// Whether a hyphenated word has a joining word of `@list name-infix` between capitalized
  /// parts ("Wasim-ul-Karim", "Atiq-ur-Rashid").
  func hasNameInfix(_ unit: WordUnit) -> Bool {
    guard unit.isJoined else { return false }
    let written = text.string(unit.range)
    let parts = written.split(separator: "-", omittingEmptySubsequences: false)
    guard parts.count >= 3, let head = parts.first?.first, head.isUppercase,
      let tail = parts.last?.first, tail.isUppercase
    else { return false }
    return parts.dropFirst().dropLast().contains { lexicon.nameInfixes.contains($0.lowercased()) }
  }

  /// Whether the word at `index`, alone inside a sentence, is the first name of a person
  /// named in full before it ("Alan Shearer scored ... I'm sure Alan is the man"): that
  /// person, even where the name is also an English word or a place.
  func firstNameOfEarlierPerson(_ index: Int) -> Bool {
    guard !units[index].startsSentence, !units[index].isAllCaps else { return false }
    // (the candidates added since the last call only: linear in a long article)
    while firstNamesScanned < candidates.count {
      let candidate = candidates[firstNamesScanned]
      if candidate.type == "person", candidate.keyIDs.count >= 2 { personFirstNames.insert(candidate.keyIDs[0]) }
      firstNamesScanned += 1
    }
    return personFirstNames.contains(units[index].id)
  }

  /// A given name, not in a paragraph in capitals and not an acronym ("ILO").
  func isGivenName(_ index: Int) -> Bool {
    units[index].flags.contains(.givenName) && !units[index].inCapitals && !units[index].isAllCaps
  }

  func isDemonym(_ start: Int, _ end: Int) -> Bool {
    lexicon.demonyms.contains(count: end - start) { units[start + $0].id }
  }

  /// Types an unknown name from its cues and adds it.
  func name(_ start: Int, _ end: Int, role: String?, rule: String) {
    var start = start
    // (a sentence's first word before "and" inside one name stays: "Health and Human
    // Services", as `qualifiesName` keeps it)
    while start < end, isDroppable(start), start + 1 >= end || units[start + 1].id != ids.and { start += 1 }
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
    // ("rival Orchard Mills reported": a title a company holds too makes no person of a
    // name without a given name)
    if let role = titleBefore(start),
      !lexicon.sharedTitleIDs.contains(units[start - 1].id) || units[start].flags.contains(.givenName)
    {
      addUnknown(start, end, type: "person", rule: "actors.title", evidence: 3, role: role)
      return
    }
    if hasHonorific(before: start) {
      // (a courtesy title gives no role; an apposition after may: "Dr. Paula Ostrow, director of ...")
      let role = abbreviatedTitle(before: start) ?? apposition(after: end)
      addUnknown(start, end, type: "person", rule: "actors.honorific", evidence: 3, role: role)
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
    if start > 0, !units[start - 1].isCapitalized || opensWithDescriptor(start - 1) && units[start - 1].startsSentence,
      units[start - 1].flags.contains(.orgDescriptor)
    {
      // "the aid group Secours Populaire", "the union FNV Havens"
      addUnknown(start, end, type: "organization", rule: "actors.org-descriptor", evidence: 3)
      candidates[candidates.count - 1].descriptor = key(units[start - 1])
      return
    }
    if start >= 2, lexicon.staffNounIDs.contains(units[start - 2].id), key(units[start - 1]) == "at" {
      // "analysts at MoffettNathanson", "a researcher at Karvonen": where they work
      addUnknown(start, end, type: "organization", rule: "actors.workplace", evidence: 2)
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
    // "Britain's Sun newspaper", "the O Globo daily": a paper's name (a known place before
    // such a noun stays the place, read before this: "a Moscow newspaper")
    if !first.isAllCaps, end < units.count, !units[end].isCapitalized,
      lexicon.publicationNounIDs.contains(units[end].id)
    {
      addUnknown(start, end, type: "organization", rule: "actors.publication", evidence: 2)
      return
    }
    // "the Unite union", "the Green party": so is a name before a lower-case noun of a union
    // or a party, even an English word written with a capital inside a sentence
    // (not an adjective: "a radical Islamic movement", "the Arab party")
    if !first.isAllCaps, !first.startsSentence, end < units.count, units[end].isWord, !units[end].isCapitalized,
      lexicon.namedBodyNounIDs.contains(units[end].id), end - start > 1 || !hasAdjectiveSuffix(first),
      !lexicon.termIDs.contains(first.id)
    {
      addUnknown(start, end, type: "organization", rule: "actors.body-noun", evidence: 2)
      return
    }
    if units[start..<end].contains(where: { $0.id == ids.ampersand }) {
      // "Douglas & Lomason", "Marks & Spencer": a firm, not a person.
      addUnknown(start, end, type: "organization", rule: "actors.org-cue", evidence: 2)
      return
    }
    if first.flags.contains(.givenName), !first.isAllCaps || first.inCapitals,
      !first.flags.contains(.commonGivenName) || end - start >= 2 || firstNameOfEarlierPerson(start)
    {
      addUnknown(start, end, type: "person", rule: "actors.given-name", evidence: end - start >= 2 ? 2 : 1)
      return
    }
    // "El Amin Haddad", "Abu Ali Mustafa": a particle before a given name opens a person's name
    if end - start >= 3, first.flags.contains(.particle), units[start + 1].flags.contains(.givenName) {
      addUnknown(start, end, type: "person", rule: "actors.given-name", evidence: 2)
      return
    }
    if countryAfterComma(end) {
      // "Lockerbie , Scotland", "La Corva , France": a place in a country or region.
      addUnknown(start, end, type: "location", rule: "actors.place-country", evidence: 2)
      return
    }
    if end - start == 1 {
      if first.flags.contains(.group) {
        addUnknown(start, end, type: "group", rule: "actors.group", evidence: 3)  // "told MPs"
        return
      }
      // "Wasim-ul-Karim": a joining word of `@list name-infix` inside one hyphenated name
      if !first.isAllCaps, hasNameInfix(first) {
        addUnknown(start, end, type: "person", rule: "actors.name-infix", evidence: 2)
        return
      }
      if first.flags.contains(.commonWord) && !first.isAllCaps { return }
      if first.isSingleCharacter || writtenInLowerCase(first) { return }
      if !first.isAllCaps, hasAdjectiveSuffix(first) {
        return  // "Islamic", "Marxist": a capitalized adjective, no actor
      }
      if first.isAllCaps, first.flags.contains(.commonWord), first.range.end - first.range.start >= 4 {
        return  // "NOTE -", "winners in BOLD": an English word in capitals, no acronym
      }
      if first.isAllCaps, !first.inCapitals, lexicon.titles.contains(count: 1, { _ in first.id }) {
        return  // "the CEO said", "the MP": a title, no one's name
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
    if start > 0, units[start - 1].flags.contains(.locationCue), !units[start - 1].isCapitalized,
      key(units[start - 1]) != "at", end >= units.count || units[end].id != ids.possessive,
      !units[end - 1].flags.contains(.title)
    {
      // "near Pacific Palisades", "in Santa Rosa": a place (not "in Kylie Jenner's company",
      // "in Huawei CFO arrest")
      addUnknown(start, end, type: "location", rule: "actors.place-cue", evidence: 1)
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
  func hasPlaceNoun(before start: Int) -> Bool {
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
  func countryAfterComma(_ end: Int) -> Bool {
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
  func isDay(_ unit: WordUnit) -> Bool {
    let range = unit.range
    return range.end - range.start <= 2 || !(48...57).contains(text.bytes[range.start + 2])
  }

  /// Whether a lower-case place noun follows the name: "the Jucar river", "the Kariba dam", or,
  /// after a name that is no adjective ("the Jewish state"), a town's noun ("the Harborview
  /// city council", "former Harborview mayor X", "Harborview residents").
  func placeNounAfter(_ end: Int) -> Bool {
    guard end < units.count, units[end].isWord, !units[end].isCapitalized,
      units[end].paragraph == units[end - 1].paragraph
    else { return false }
    if units[end].flags.contains(.locationSuffix) { return true }
    return lexicon.townNounIDs.contains(units[end].id) && !hasAdjectiveSuffix(units[end - 1])
      && !units[end - 1].flags.contains(.commonWord)
  }
}
