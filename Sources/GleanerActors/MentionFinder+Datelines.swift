import GleanerCore
import GleanerText

/// Datelines ("MOSCOW (AP) --") and sports desks' slugs ("SOCCER -").
extension MentionFinder {
  /// "PARIS 2003-05-14", "KHOROG , Tajikistan 2003-05-11", "TUCSON , Ariz": a
  /// paragraph that opens with words in capitals, then a date or a comma and a region,
  /// names the place of filing. In a sports report, a line in capitals that opens with
  /// words and then a number is a row of a table: a team.
  func markDatelines() {
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
        if !claimed[end + 1] { addDatelineRegion(end + 1, regionEnd) }
        // (the word after its dash opens the article's first sentence)
        let dash = regionEnd < units.count && units[regionEnd].id == ids.period ? regionEnd + 1 : regionEnd
        if afterDateline < 0, dash + 1 < units.count, isDash(units[dash]) { afterDateline = dash + 1 }
      } else if next != nil, let credit = agencyCredit(after: end) {
        // "FRANKFURT (Reuters) -", "BERLIN, July 18 (Reuters) -", "TUCSON, Ariz. (AP) --"
        addDateline(index, end)
        if afterDateline < 0 { afterDateline = credit.end }
        if let region = credit.region, !claimed[region.lowerBound] {
          addDatelineRegion(region.lowerBound, region.upperBound)
        }
      } else if isSports, units[index].inCapitals, let next, !next.isWord, next.startsWithNumber {
        if let known = knownEntity(index, end) {
          addKnown(index, end, known)
        } else {
          add(index, end, type: "organization",
              rule: "actors.team-row", evidence: 2)
        }
      }
      index = end
    }
  }

  /// The region after a dateline's place: a known one, a state by its abbreviation
  /// ("TUCSON, Ariz." is in Arizona), else a place by the name written.
  private func addDatelineRegion(_ start: Int, _ end: Int) {
    if let known = knownEntity(start, end) {
      addKnown(start, end, known, asPlace: true)
    } else if end == start + 1, let state = lexicon.stateAbbreviations[units[start].id] {
      addKnown(start, end, state, asPlace: true)
    } else {
      add(start, end, type: "location", rule: "actors.dateline", evidence: 2)
    }
  }

  /// "NBA BASKETBALL - STANDINGS": an acronym opening a headline in capitals before a sport
  /// names the league or body, an organization.
  func markSportsSlug() {
    guard let first = units.first, first.inCapitals, first.isWord, first.isAllCaps,
      (2...5).contains(key(first).count), units.count > 2,
      !lexicon.commonWords.contains(key(first)), !lexicon.sentenceWords.contains(key(first)),
      key(first).count <= 3 || !lexicon.sportsWords.contains(key(first)),  // "RUGBY UNION"
      knownEntity(0, 1).map({ lexicon.entities[Int($0)].type == "organization" }) ?? true
    else { return }
    func sport(_ key: String) -> String { String(key.split(separator: "-").first ?? Substring(key)) }
    let next = sport(key(units[1]))
    let pair = key(units[1]) + " " + sport(key(units[2]))
    guard lexicon.sportsWords.contains(next) || lexicon.sportsWords.contains(pair) else { return }
    add(0, 1, type: "organization", rule: "actors.slug", evidence: 3)
  }

  /// After the place of a dateline, a news agency's credit in brackets and a dash: "(Reuters)
  /// -", ", July 18 (AP) --", ", Ariz. (AP) --". Gives the region written between, if any.
  func agencyCredit(after start: Int) -> (end: Int, region: Range<Int>?)? {
    let paragraph = units[start].paragraph
    func inLine(_ index: Int) -> Bool { index < units.count && units[index].paragraph == paragraph }
    var index = start
    var region: Range<Int>?
    if inLine(index), units[index].id == ids.comma {
      index += 1
      if inLine(index + 1), units[index].flags.contains(.month), units[index + 1].startsWithNumber {
        index += 2  // "July 18"
      } else {
        let first = index
        while inLine(index), index - first < 3, units[index].isWord, units[index].isCapitalized { index += 1 }
        guard index > first else { return nil }
        region = first..<index
        if inLine(index), units[index].id == ids.period { index += 1 }  // "Ariz."
        if inLine(index), units[index].id == ids.comma, inLine(index + 2), units[index + 1].flags.contains(.month),
          units[index + 2].startsWithNumber
        {
          index += 3
        }
      }
    }
    guard inLine(index), units[index].id == ids.open else { return nil }
    index += 1
    let agency = index
    while inLine(index), index - agency < 4, units[index].isWord, units[index].isCapitalized { index += 1 }
    guard index > agency, inLine(index), units[index].id == ids.close, inLine(index + 1),
      !units[index + 1].isWord, key(units[index + 1]).allSatisfy({ "-–—_".contains($0) })
    else { return nil }
    return (index + 2, region)
  }

  /// A date after a dateline: "1996-08-30", "Aug 30".
  func isDate(_ unit: WordUnit) -> Bool {
    // `startsWithNumber` is `key.first?.isNumber`, known without making the key.
    guard unit.startsWithNumber else { return false }
    let key = self.key(unit)
    if key.first?.isNumber == true, key.contains("-"), key.count >= 8 { return true }
    return false
  }

  /// The end of the region in a dateline after its comma ("Texas 1996-08-31", "Mich ."),
  /// if the paragraph goes on with nothing but a date or a period.
  func datelineRegion(after start: Int) -> Int? {
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
    // "LOS GATOS, Calif. — Streamwell said": a dash after the region, its period between
    let dash = units[end].id == ids.period ? end + 1 : end
    if dash < units.count, units[dash].paragraph == paragraph, isDash(units[dash]) { return end }
    return nil
  }

  /// Whether a unit is a dash of a dateline: "-", "–", "—", "--", "_".
  func isDash(_ unit: WordUnit) -> Bool {
    !unit.isWord && !key(unit).isEmpty && key(unit).allSatisfy({ "-–—_".contains($0) })
  }

  func addDateline(_ start: Int, _ end: Int) {
    if let known = knownEntity(start, end, inDateline: true) {
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
}
