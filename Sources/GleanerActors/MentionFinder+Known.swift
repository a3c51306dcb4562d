import GleanerCore
import GleanerText

/// Gazetteer names and the cues that type them.
extension MentionFinder {
  /// The known entity of exactly `units[start..<end]`, if the rules have one
  /// that the case of the text allows; at a dateline's place even one that is also an
  /// English word ("MANILA", "BERLIN").
  func knownEntity(_ start: Int, _ end: Int, inDateline: Bool = false) -> Int32? {
    for payload in lexicon.gazetteer.lookup(count: end - start, { units[start + $0].id }) {
      if inDateline && lexicon.entities[Int(payload)].ambiguous || allows(payload, start, end) { return payload }
    }
    return nil
  }

  /// Whether the text's case and place allow a gazetteer entity at a span.
  func allows(_ index: Int32, _ start: Int, _ end: Int) -> Bool {
    if lexicon.entities[Int(index)].caseSensitive {
      let entity = lexicon.entities[Int(index)]
      let written = text.string(TextRange(units[start].range.start, units[end - 1].range.end))
      return written == entity.spelling
        || written.replacingOccurrences("\u{2019}", "'") == entity.spelling
    }
    if lexicon.entities[Int(index)].sportsOnly, !isSports { return false }
    if lexicon.entities[Int(index)].ambiguous, units[start].startsSentence || units[start].inCapitals { return false }
    if !units[start].inCapitals, !units[start].isCapitalized { return false }
    return true
  }

  func addKnown(
    _ start: Int, _ end: Int, _ index: Int32, asPlace: Bool = false
  ) {
    // Fields read in place: a copy of the entity would retain its five strings.
    if isSports, lexicon.entities[Int(index)].canBeTeam, !asPlace, !placeCueBefore(start),
      !hasPlaceNoun(before: start), !bodyNounAfter(end)
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
    // a known person's role in an apposition ("Raul Ortega, the Cuban envoy,")
    if lexicon.entities[Int(index)].type == "person" {
      candidates[last].role = apposition(after: end) ?? roleBeforeComma(start, end)
    }
    claim(start, end)
  }

  /// Whether a lower-case body noun follows a place ("the Moscow club", "both Rome teams"):
  /// the place names where the team is from, it is no team itself.
  func bodyNounAfter(_ end: Int) -> Bool {
    end < units.count && units[end].isWord && !units[end].isCapitalized && !units[end].inCapitals
      && units[end].flags.contains(.orgDescriptor) && units[end].paragraph == units[end - 1].paragraph
  }

  /// Whether a place word ("in", "at") comes right before `start`, or before a venue
  /// and a comma ("at Eden Park , Auckland", "at Newlands , Cape Town"): the name is a place.
  func placeCueBefore(_ start: Int) -> Bool {
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
  func demonymPhrase(_ start: Int, _ end: Int) -> Bool {
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

  func addKnown(_ start: Int, _ end: Int, _ entity: Int32, rule: String) {
    addKnown(start, end, entity)
    candidates[candidates.count - 1].rule = rule
  }

  func isLocationCue(_ start: Int, _ end: Int) -> Bool {
    let last = units[end - 1].flags
    // a word of both lists ("County") names a club in a sports report ("Derby County")
    if last.contains(.locationSuffix), !(isSports && last.contains(.orgSuffix)) { return true }
    return units[start].flags.contains(.locationPrefix)
  }

  func isOrganizationCue(_ start: Int, _ end: Int) -> Bool {
    if units[end - 1].flags.contains(.orgSuffix) { return true }
    if units[start].flags.contains(.orgHead) { return true }
    if end - start >= 3 {
      for index in start..<(end - 2) where units[index + 1].id == ids.of {
        if units[index].flags.contains(.orgPrefix) { return true }
      }
    }
    return false
  }
}
