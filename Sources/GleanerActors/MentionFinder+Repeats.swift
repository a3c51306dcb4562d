import GleanerCore
import GleanerText

/// Pass two: names already seen, found again where case says nothing.
extension MentionFinder {
  /// Finds names already seen in the article where case gave no evidence:
  /// paragraphs in capitals and words at a sentence start.
  func repeatKnownNames() {
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
    let clubWords = isSports ? clubLastWords() : [:]
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
        addRepeat(of: match.at, index, match.end, rule: "actors.repeat")
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
      // (a term is no surname: "SUV" of a product's name read as a person's)
      if let at = surnameMatch(surnames, index), !lexicon.termIDs.contains(unit.id) {
        // "Rohan Pierce ... before Pierce stepped in": the surname alone, even where it is
        // also an English word, joins the person.
        addRepeat(of: at, index, index + 1, rule: "actors.surname")
      } else if let at = clubMatch(clubWords, index) {
        // "Harbor United beat Ashford City ... City had equalised": a club by its last word
        addRepeat(of: at, index, index + 1, rule: "actors.club-word")
      }
      index += 1
    }
  }

  /// Adds `units[start..<end]` as another mention of the actor of `candidates[at]`, with no
  /// role of its own, and claims it.
  func addRepeat(of at: Int, _ start: Int, _ end: Int, rule: String) {
    var copy = candidates[at]
    copy.start = start
    copy.end = end
    copy.range = range(start, end)
    copy.rule = rule
    copy.role = nil
    candidates.append(copy)
    claim(start, end)
  }

  /// The last word of each person's name of two or more words, with the candidate that
  /// names the person, sorted by word id (of equal words the first candidate first); the
  /// first word too where it is a family name written first (`@list family-name-first`:
  /// "Li" of "Li Qiang", "Kim" of "Kim Jong Un").
  func personSurnames() -> [(id: Int32, at: Int32)] {
    var packed: [Int64] = []
    for at in candidates.indices
    where candidates[at].keyIDs.count >= 2 && candidates[at].type == "person" {
      let last = candidates[at].keyIDs[candidates[at].keyIDs.count - 1]
      if last >= 0 { packed.append(Int64(last) << 32 | Int64(at)) }
      let first = candidates[at].keyIDs[0]
      if candidates[at].keyIDs.count <= 3, lexicon.familyNameFirstIDs.contains(first) {
        packed.append(Int64(first) << 32 | Int64(at))
      }
    }
    packed.sort()
    return packed.map {
      (id: Int32(truncatingIfNeeded: $0 >> 32), at: Int32(truncatingIfNeeded: $0))
    }
  }

  /// In a sports report, the last word of each club's name of two or more words that ends
  /// in an organization word ("United" of "Harbor United"), with the candidate naming the
  /// club; words two clubs end in are left out ("Leeds United" and "Harbor United").
  func clubLastWords() -> [Int32: Int] {
    var clubs: [Int32: Int] = [:]
    var shared: Set<Int32> = []
    for at in candidates.indices where candidates[at].type == "organization" && candidates[at].keyIDs.count >= 2 {
      let last = candidates[at].keyIDs[candidates[at].keyIDs.count - 1]
      guard last >= 0, lexicon.flags(of: last).contains(.orgSuffix) else { continue }
      if let earlier = clubs[last], candidates[earlier].keyIDs != candidates[at].keyIDs { shared.insert(last) }
      if clubs[last] == nil { clubs[last] = at }
    }
    for word in shared { clubs[word] = nil }
    return clubs
  }

  /// The club whose last word the single capitalized word at `index` is ("City had
  /// equalised"): inside a sentence or opening it, with no capitalized word around it.
  func clubMatch(_ clubs: [Int32: Int], _ index: Int) -> Int? {
    guard !clubs.isEmpty, let at = clubs[units[index].id] else { return nil }
    let unit = units[index]
    guard unit.isCapitalized, !unit.inCapitals, !unit.isAllCaps, !nameGoesOn(after: index) else { return nil }
    if index > 0, units[index - 1].paragraph == unit.paragraph, !unit.startsSentence,
      units[index - 1].isWord && (units[index - 1].isCapitalized || units[index - 1].id == ids.the)
    {
      return nil  // "Ashford City", "the City"
    }
    return at
  }

  /// The person whose surname the single capitalized word at `index` is, if the article
  /// never writes the word in lower case and no other capitalized word follows it.
  func surnameMatch(_ surnames: [(id: Int32, at: Int32)], _ index: Int) -> Int? {
    guard !surnames.isEmpty else { return nil }
    let unit = units[index]
    guard !writtenInLowerCase(unit), !unit.flags.contains(.stopword), !unit.flags.contains(.sportsWord)
    else { return nil }
    // a prize or a contest named after the person: "KESSLER AWARD WINNER"
    if index + 1 < units.count, units[index + 1].paragraph == unit.paragraph,
      lexicon.eventWordIDs.contains(units[index + 1].id)
    {
      return nil
    }
    if !unit.inCapitals {
      if nameGoesOn(after: index) { return nil }
      if index > 0, units[index - 1].isWord, units[index - 1].isCapitalized,
        units[index - 1].paragraph == unit.paragraph, !unit.startsSentence
      {
        return nil
      }
    }
    let low = surnames.partitioningIndex { $0.id >= unit.id }
    return low < surnames.count && surnames[low].id == unit.id ? Int(surnames[low].at) : nil
  }

  /// The longest seen name whose word ids `key(from)...` spell (`key` gives -1 where a name
  /// must stop), as its end and candidate; of equal names the first in `seen`.
  func longestSeenName(
    _ seen: [(first: Int32, at: Int32)], _ key: (Int) -> Int32, from start: Int
  ) -> (end: Int, at: Int)? {
    let first = key(start)
    guard first >= 0 else { return nil }
    var low = seen.partitioningIndex { $0.first >= first }
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
}
