import GleanerCore
import GleanerText

/// Gathers mentions into actors: one per real entity, with surname-only
/// mentions, acronyms defined in the text and definite descriptions ("the
/// Hamas spokesman") joined to the full name, types decided by the strongest
/// cues, and roles collected.
struct ActorResolver {
  let text: ArticleText
  let units: [WordUnit]
  let words: ArticleWords
  let lexicon: ActorLexicon

  /// The type of a name no cue types: most such names in news are teams,
  /// companies and bodies.
  static let defaultType = "organization"

  private struct Group {
    var name: String
    var keyIDs: [Int32]
    var known: Bool
    var code: String?
    var votes = TypeVotes()
    var roles: [String] = []
    /// The group's mentions: indices into the candidates, sorted by range.
    var mentions: [Int32] = []
    /// The known entity the group's first mention names, -1 for none.
    var entity: Int32
    /// Body nouns the text put before the name ("the union X").
    var descriptors: Set<String> = []
  }


  /// The name of a candidate's actor (its `entity` and `nameRange`, not the candidate: a
  /// copy would retain all its fields): a known entity's canonical name, else the name as
  /// written.
  private func name(_ entity: Int32, _ nameRange: TextRange) -> String {
    entity >= 0 ? lexicon.entities[Int(entity)].name : text.string(nameRange)
  }

  /// Whether a name has letters and none of them in lower case.
  static func isUpperCase(_ name: String) -> Bool {
    var letters = false
    for scalar in name.unicodeScalars where scalar.properties.isAlphabetic {
      if scalar.properties.isLowercase { return false }
      letters = true
    }
    return letters
  }

  /// The actors of the candidates (which it sorts and edits).
  func resolve(_ candidates: inout [Candidate]) -> [Actor] {
    preferSurnames(&candidates)
    candidates.sort { $0.range < $1.range }
    var groups: [Group] = []
    groups.reserveCapacity(candidates.count)
    // What gathers mentions into one group: a known entity's name (every known candidate
    // has an entity; entities that share a name share `entityNameGroups`), else the
    // name's words.
    var byEntity: [Int32: Int] = [:]
    var index: [[Int32]: Int] = [:]
    index.reserveCapacity(candidates.count)
    for offset in candidates.indices {
      // (Every known candidate has an entity; the test keeps a slip from crashing.)
      let known = candidates[offset].known && candidates[offset].entity >= 0
      let existing =
        known
        ? byEntity[lexicon.entityNameGroups[Int(candidates[offset].entity)]]
        : index[candidates[offset].keyIDs]
      let at: Int
      if let existing {
        at = existing
      } else {
        at = groups.count
        if known {
          byEntity[lexicon.entityNameGroups[Int(candidates[offset].entity)]] = at
        } else {
          index[candidates[offset].keyIDs] = at
        }
        groups.append(
          Group(
            name: name(candidates[offset].entity, candidates[offset].nameRange), keyIDs: candidates[offset].keyIDs,
            known: candidates[offset].known, code: candidates[offset].code,
            entity: candidates[offset].entity))
      }
      // A name first written in capitals (a dateline, a headline) takes a later spelling
      // in mixed case: "FRANKFURT" then "Frankfurt".
      if existing != nil, !known, Self.isUpperCase(groups[at].name) {
        let later = name(candidates[offset].entity, candidates[offset].nameRange)
        if !Self.isUpperCase(later) { groups[at].name = later }
      }
      groups[at].mentions.append(Int32(offset))
      if !candidates[offset].type.isEmpty {
        groups[at].votes.add(candidates[offset].type, candidates[offset].evidence + 1)
      }
      if let role = candidates[offset].role, !groups[at].roles.contains(role) {
        groups[at].roles.append(role)
      }
      if let descriptor = candidates[offset].descriptor { groups[at].descriptors.insert(descriptor) }
    }
    linkAcronyms(&groups, index, candidates)
    linkInitials(&groups)
    linkPartialNames(&groups)
    linkShortOrganizations(&groups)
    var actors: [Actor] = []
    // The group of each actor, for its reference nouns (computed only when needed).
    var actorGroups: [Int] = []
    actors.reserveCapacity(groups.count)
    actorGroups.reserveCapacity(groups.count)
    for at in groups.indices where !groups[at].mentions.isEmpty {
      let type = groups[at].votes.bestType ?? Self.defaultType
      // Candidates are sorted by range, so a group's mentions in candidate order are sorted
      // too unless the group took another's (`move`); the sort is stable, so skipping it
      // then changes nothing.
      let inOrder = groups[at].mentions.indices.dropFirst().allSatisfy { offset in
        groups[at].mentions[offset - 1] < groups[at].mentions[offset]
      }
      let sorted =
        inOrder
        ? groups[at].mentions
        : groups[at].mentions.sorted { candidates[Int($0)].range < candidates[Int($1)].range }
      var mentions: [ActorMention] = []
      mentions.reserveCapacity(sorted.count)
      for (offset, mention) in sorted.enumerated()
      where offset == 0 || candidates[Int(sorted[offset - 1])].range != candidates[Int(mention)].range {
        let range = candidates[Int(mention)].range
        mentions.append(ActorMention(span: text.span(range), range: range, rule: candidates[Int(mention)].rule))
      }
      actors.append(
        Actor(
          name: groups[at].name, type: type, roles: groups[at].roles, mentions: mentions,
          code: groups[at].code))
      actorGroups.append(at)
    }
    addReferences(&actors, groups: groups, actorGroups: actorGroups)
    addMetonymy(&actors)
    addDescriptions(&actors)
    actors.sort { ($0.mentions.first?.range.start ?? 0) < ($1.mentions.first?.range.start ?? 0) }
    return actors
  }

  /// A place, country or company word that is the surname of a person named in the
  /// article is that person ("Lena Paris ... Paris won", "Dov Israel ... Israel said"),
  /// unless a place word ("in", "at"; for a country any stop word: "to", "of") comes before it.
  private func preferSurnames(_ candidates: inout [Candidate]) {
    // Sorted and searched by halving: a few per article, cheaper than a set's hashing.
    var surnames: [Int32] = []
    // By index: iterating the candidates would copy each one (retaining all its fields).
    // The cheap integer tests first: most candidates fail them, and string comparisons cost.
    for at in candidates.indices
    where candidates[at].keyIDs.count >= 2 && candidates[at].type == "person" {
      surnames.append(candidates[at].keyIDs[candidates[at].keyIDs.count - 1])
    }
    guard !surnames.isEmpty else { return }
    surnames.sort()
    func isSurname(_ id: Int32) -> Bool {
      let low = surnames.partitioningIndex { $0 >= id }
      return low < surnames.count && surnames[low] == id
    }
    for at in candidates.indices {
      guard candidates[at].keyIDs.count == 1,
        candidates[at].type == "location" || candidates[at].rule == "actors.team"
          || candidates[at].type == "country" && !units[candidates[at].start].isAllCaps
          || candidates[at].entity >= 0 && lexicon.entities[Int(candidates[at].entity)].joinsNames,
        isSurname(candidates[at].keyIDs[0]),
        candidates[at].start == 0 || !units[candidates[at].start - 1].flags.contains(.locationCue),
        // A country only where no preposition comes before it ("flew to Chad").
        candidates[at].type != "country" || candidates[at].start == 0
          || !units[candidates[at].start - 1].flags.contains(.stopword)
      else { continue }
      candidates[at].known = false
      candidates[at].type = "person"
      candidates[at].code = nil
      candidates[at].evidence = 2
      candidates[at].rule = "actors.surname"
    }
  }

  /// "the International Monetary Fund (IMF)": the acronym in brackets names
  /// the same actor, wherever it occurs.
  private func linkAcronyms(_ groups: inout [Group], _ index: [[Int32]: Int], _ candidates: [Candidate]) {
    // the known group of each known mention's first token, made when first needed
    var knownAt: [Int: Int]?
    func knownGroup(at token: Int) -> Int? {
      if knownAt == nil {
        var found: [Int: Int] = [:]
        for g in groups.indices where groups[g].known {
          for mention in groups[g].mentions { found[candidates[Int(mention)].start] = g }
        }
        knownAt = found
      }
      return knownAt?[token]
    }
    for target in groups.indices {
      for at in groups[target].mentions where candidates[Int(at)].keyIDs.count >= 2 {
        let end = candidates[Int(at)].end
        guard end + 2 < units.count, units[end].id == lexicon.ids.open,
          units[end + 2].id == lexicon.ids.close,
          units[end + 1].isAllCaps || units[end + 1].isCapitalized
        else { continue }
        // (a person's only where it spells the initials, "John F. Kennedy (JFK)"; not the
        // country code of a results list, "Frankie Fredericks ( NAM )")
        if isPerson(groups[target].votes), !spellsInitials(candidates[Int(at)], acronym: end + 1) { continue }
        guard let source = index[[units[end + 1].id]] else {
          // "the United Nations Children's Fund (UNICEF)": a body's name the gazetteer does
          // not know joins the acronym it knows
          if !groups[target].known, !isPerson(groups[target].votes), let known = knownGroup(at: end + 1),
            !groups[known].mentions.isEmpty, groups[known].votes.best == TypeVotes.organization
          {
            move(&groups, from: target, to: known)
            break
          }
          continue
        }
        guard source != target, !groups[source].known else { continue }
        move(&groups, from: source, to: target)
      }
    }
  }

  /// "The Federal Trade Commission sued ... An FTC spokeswoman": an acronym written alone
  /// that spells the initials of a body the article names in full (its capitalized words;
  /// one body only) is that body. A known acronym takes an unknown full name's mentions.
  private func linkInitials(_ groups: inout [Group]) {
    // the acronyms first (most articles have none): one word of two to six capitals
    func isAcronym(_ name: String) -> Bool {
      (2...6).contains(name.utf8.count) && name.utf8.allSatisfy { (65...90).contains($0) }
    }
    let acronyms = groups.indices.filter {
      !groups[$0].mentions.isEmpty && groups[$0].keyIDs.count == 1 && isAcronym(groups[$0].name)
        && !isPerson(groups[$0].votes)
    }
    guard !acronyms.isEmpty else { return }
    var byInitials: [String: Int] = [:]
    for at in groups.indices
    where !groups[at].mentions.isEmpty && groups[at].keyIDs.count >= 2 && groups[at].votes.best == TypeVotes.organization {
      var initials = ""
      for word in groups[at].name.split(separator: " ") {
        guard let first = word.utf8.first else { continue }
        if (65...90).contains(first) {
          initials.unicodeScalars.append(Unicode.Scalar(first))
        } else if !Self.initialsSkipped.contains(String(word)) {
          initials = ""
          break
        }
      }
      guard (2...6).contains(initials.utf8.count) else { continue }
      if let other = byInitials[initials], other != at { byInitials[initials] = -1 } else { byInitials[initials] = at }
    }
    for at in acronyms {
      guard let target = byInitials[groups[at].name], target >= 0, target != at, !groups[target].mentions.isEmpty
      else { continue }
      if groups[at].known {
        if !groups[target].known { move(&groups, from: target, to: at) }
      } else {
        move(&groups, from: at, to: target)
      }
    }
  }

  /// Lower-case words a body's name may hold that its initials skip ("Department of
  /// Homeland Security": DHS).
  static let initialsSkipped: Set<String> = ["of", "and", "for", "the", "on", "&", "in", "to"]

  /// Whether the word at `acronym` is the initials of the candidate's words.
  private func spellsInitials(_ candidate: Candidate, acronym: Int) -> Bool {
    var initials = ""
    for index in candidate.start..<candidate.end where units[index].isWord {
      if let first = text.string(units[index].range).first { initials.append(first) }
    }
    return initials.uppercased() == text.string(units[acronym].range).uppercased()
  }

  /// Surname-only and first-name-only mentions join the one person in the
  /// article whose full name has that word.
  private func linkPartialNames(_ groups: inout [Group]) {
    // A person's first name, last name, each shorter tail ("Le Pen" of "Marine Le Pen")
    // and the middle of a three-word name ("Ramirez" of "Jose Ramirez Colomer").
    // Keyed by a 64-bit hash of the part's word ids (no array per part, one integer to
    // hash); the value is the one group with that part, -1 when several have it.
    var byWord: [UInt64: Int] = [:]
    // The first group with each surname: a surname that several persons share ("Ellison" of
    // "Margaret Ellison" and, later, "Paul Ellison") is the first of them when it comes after
    // that one's first mention (groups are in the order of their first mentions).
    var firstWith: [UInt64: Int] = [:]
    // Distinct parts of one name (a few, so a small array with `contains` instead of a
    // set), one buffer for all names.
    var parts: [UInt64] = []
    parts.reserveCapacity(8)
    for at in groups.indices where groups[at].keyIDs.count >= 2 && isPerson(groups[at].votes) {
      let keys = groups[at].keyIDs
      parts.removeAll(keepingCapacity: true)
      if byWord.isEmpty { byWord.reserveCapacity(groups.count * 2) }
      func add(_ part: ArraySlice<Int32>) {
        let hash = Self.hash(part)
        guard !parts.contains(hash) else { return }
        parts.append(hash)
        if part.count == 1 && isParticle(part[part.startIndex]) { return }
        if let existing = byWord[hash] {
          if existing != at { byWord[hash] = -1 }
        } else {
          byWord[hash] = at
          // (surnames only: a first word shared is no name's, "Google" of "Google Stadia")
          if part.count == 1, part.endIndex == keys.endIndex { firstWith[hash] = at }
        }
      }
      add(keys[0..<1])
      // (tails of at most `longestTail` words: a run of capitalized words thousands long
      // would otherwise cost its length squared)
      for from in max(1, keys.count - Self.longestTail)..<keys.count { add(keys[from...]) }
      if keys.count == 3, !isParticle(keys[1]) { add(keys[1..<2]) }
    }
    guard !byWord.isEmpty else { return }
    for at in groups.indices where !groups[at].mentions.isEmpty {
      if groups[at].known && !isPerson(groups[at].votes) { continue }
      let votes = groups[at].votes
      if (0..<TypeVotes.person).contains(where: { votes[$0] >= 4 }), votes[TypeVotes.person] == 0 {
        continue
      }
      let hash = Self.hash(groups[at].keyIDs[...])
      guard var target = byWord[hash] else { continue }
      if target < 0, let first = firstWith[hash], first < at { target = first }
      guard target >= 0, target != at else { continue }
      move(&groups, from: at, to: target)
    }
  }

  /// A company or body named again by the start of its name joins it ("Zentra" of "Zentra
  /// Holdings", "Intel" of "Intel Corp"), a club by what follows its first word ("Dortmund" of
  /// "Borussia Dortmund"); only when one organization of the article has that part, when the
  /// full name ends in a body's word or is known, and not when it opens with an English word
  /// ("General" of "General Motors"), unless a legal form closes the name ("Ardent" of
  /// "Ardent Systems Corp."). A known place or country keeps its own actor.
  private func linkShortOrganizations(_ groups: inout [Group]) {
    var byPart: [UInt64: Int] = [:]
    func isOrganization(_ at: Int) -> Bool { groups[at].votes.best == TypeVotes.organization }
    for at in groups.indices
    where groups[at].keyIDs.count >= 2 && !groups[at].mentions.isEmpty && isOrganization(at) {
      let keys = groups[at].keyIDs
      // (a run with a person's name or a title in it is no body's name: "NASA Administrator
      // Jo Reyes", "Google Stadia Founder")
      // (a legal form that is also a given name is the form: "Co")
      if keys.contains(where: {
        let flags = lexicon.flags(of: $0)
        return !flags.contains(.legalForm) && !flags.isDisjoint(with: [.givenName, .title])
      }) {
        continue
      }
      // (a name that opens with a place or country is that place's body: "U.S. House
      // Intelligence Committee" is not the "U.S. House")
      if namesPlace(keys[0..<1]) { continue }
      func add(_ part: ArraySlice<Int32>) {
        let hash = Self.hash(part)
        if let existing = byPart[hash], existing != at { byPart[hash] = -1 } else { byPart[hash] = at }
      }
      let first = lexicon.flags(of: keys[0])
      // (the full name ends in a body's word, or is known: "Zentra Holdings", not a product
      // such as "Zentra Pro" whose maker is "Zentra")
      let bodyName = groups[at].known
        || !lexicon.flags(of: keys[keys.count - 1]).isDisjoint(with: [.orgSuffix, .legalForm])
      if first.contains(.orgHead) {
        add(keys[1...])
      } else if bodyName, first.isDisjoint(with: [.stopword, .orgSuffix, .orgPrefix]),
        first.isDisjoint(with: [.commonWord, .sentenceWord])
          || lexicon.flags(of: keys[keys.count - 1]).contains(.legalForm)
      {
        for length in 1..<min(keys.count, Self.longestTail) {
          let last = lexicon.flags(of: keys[length - 1])
          if last.isDisjoint(with: [.stopword, .particle]) { add(keys[0..<length]) }
        }
      }
    }
    guard !byPart.isEmpty else { return }
    // (the short name typed so, or not typed at all: "Zentra" alone has no cue)
    for at in groups.indices
    where !groups[at].mentions.isEmpty && (isOrganization(at) || groups[at].votes.best == nil) {
      // (a known place or country stays itself: "Pittsburgh" of "Pittsburgh Post-Gazette")
      let keys = groups[at].keyIDs
      if namesPlace(keys[...]) { continue }
      // (an English word alone is no person's: "Shares of Ardent" of "Ardent Systems Corp.")
      if keys.count == 1, !lexicon.flags(of: keys[0]).isDisjoint(with: [.commonWord, .sentenceWord]),
        groups[at].votes.best == TypeVotes.person
      {
        continue
      }
      guard let target = byPart[Self.hash(groups[at].keyIDs[...])], target >= 0, target != at,
        groups[target].keyIDs.count > groups[at].keyIDs.count
      else { continue }
      if groups[at].known {
        // A known body stays itself before more words ("Amazon" of "Amazon Web Services");
        // before a legal form only ("Intel Corp") it takes the longer name's mentions.
        guard groups[target].keyIDs[keys.count...].allSatisfy({ lexicon.flags(of: $0).contains(.legalForm) }),
          !groups[target].known
        else { continue }
        move(&groups, from: target, to: at)
        continue
      }
      move(&groups, from: at, to: target)
    }
  }

  /// Whether the gazetteers know the words as a place or country (or anything but an
  /// organization).
  private func namesPlace(_ keys: ArraySlice<Int32>) -> Bool {
    lexicon.gazetteer.lookup(count: keys.count, { keys[keys.startIndex + $0] }).contains {
      lexicon.entities[Int($0)].type != "organization"
    }
  }

  /// The most words of a name's tail that a partial mention can repeat ("de la Cruz
  /// Martinez").
  private static let longestTail = 6

  /// A 64-bit hash of a sequence of word ids (multiply and mix per id, then the count).
  private static func hash(_ ids: ArraySlice<Int32>) -> UInt64 {
    var hash: UInt64 = 0xcbf2_9ce4_8422_2325
    for id in ids {
      hash = (hash ^ UInt64(UInt32(bitPattern: id))) &* 0x9E37_79B9_7F4A_7C15
      hash ^= hash >> 29
    }
    return (hash ^ UInt64(ids.count)) &* 0xBF58_476D_1CE4_E5B9
  }

  /// Whether the group's votes make it a person (a tie goes to the other type).
  private func isPerson(_ votes: TypeVotes) -> Bool {
    votes.best == TypeVotes.person
  }

  private func isParticle(_ id: Int32) -> Bool { lexicon.flags(of: id).contains(.particle) }

  private func move(_ groups: inout [Group], from source: Int, to target: Int) {
    groups[target].mentions += groups[source].mentions
    for type in 0..<TypeVotes.types.count
    where groups[source].votes[type] > 0 && (type == TypeVotes.person || groups[target].votes[type] > 0) {
      groups[target].votes[type] += groups[source].votes[type]
    }
    for role in groups[source].roles where !groups[target].roles.contains(role) {
      groups[target].roles.append(role)
    }
    groups[source].mentions = []
  }

  /// A capital named where its government is meant ("Washington said") is a
  /// mention of the country when the article names that country too.
  private func addMetonymy(_ actors: inout [Actor]) {
    guard let capital = actors.firstIndex(where: { $0.name == "Washington" && $0.type == "location" }),
      let country = actors.firstIndex(where: { $0.code == "US" })
    else { return }
    var keep: [ActorMention] = []
    for mention in actors[capital].mentions {
      let unit = unitIndex(at: mention.range.start)
      let before = unit > 0 ? words.key(units[unit - 1].entry) : ""
      // (a dateline in capitals opening its paragraph is the city: "WASHINGTON —")
      let dateline = units[unit].isAllCaps && (unit == 0 || units[unit - 1].paragraph != units[unit].paragraph)
      // (nor is the state: "outbreaks spread in Ohio and Washington state")
      let state = unit + 1 < units.count && units[unit + 1].paragraph == units[unit].paragraph
        && words.key(units[unit + 1].entry) == "state"
      if dateline || state || lexicon.locationCues.contains(before)
        || ["to", "from", "at", "visit", "visited"].contains(before)
      {
        keep.append(mention)
      } else {
        var moved = mention
        moved.rule = "actors.metonymy"
        actors[country].mentions.append(moved)
      }
    }
    actors[country].mentions.sort { $0.range < $1.range }
    actors[capital].mentions = keep
    if keep.isEmpty { actors.remove(at: capital) }
  }

  /// The reference nouns that fit a group: an organization's first or last name words
  /// ("bank" of "European Central Bank", "ministry" of "Ministry of Defence") and body
  /// nouns written before its name; the last words of a person's roles ("president").
  private func referenceNouns(of groups: [Group], _ at: Int, type: String) -> Set<[Int32]> {
    // The group read in place (`groups[at]`): a copy would retain each of its fields.
    // Words the vocabulary lacks get id -1: no reference noun has them either.
    var found: Set<[Int32]> = []
    // Most phrases have a word no reference noun has: those cost no array and no hash.
    func consider(_ phrase: ArraySlice<Int32>) {
      guard phrase.allSatisfy({ lexicon.flags(of: $0).contains(.referenceNounWord) }) else { return }
      let key = Array(phrase)
      if lexicon.referenceNounIDs[key] == type { found.insert(key) }
    }
    if type == "organization" {
      let words =
        !groups[at].known ? groups[at].keyIDs
        : (groups[at].entity >= 0 ? lexicon.entityNameIDs[Int(groups[at].entity)] : nil)
          ?? PhraseKey.words(groups[at].name).map { lexicon.vocabulary.id($0) }
      if !words.isEmpty {
        consider(words[0..<1])
        consider(words.prefix(2))
        consider(words[(words.count - 1)...])
        consider(words.suffix(2))
      }
      for descriptor in groups[at].descriptors { consider([lexicon.vocabulary.id(descriptor)]) }
    } else if type == "person" {
      for role in groups[at].roles {
        let words = PhraseKey.words(role).map { lexicon.vocabulary.id($0) }
        consider(words[(words.count - 1)...])
        consider(words.suffix(2))
      }
    }
    return found
  }

  /// "the bank", "the federation's director", "the president": a definite common noun
  /// refers back to an actor when exactly one actor named before it fits the noun. Such
  /// references go to `references`, not `mentions` (they are no names). An actor's
  /// reference nouns (`referenceNouns`, of group `actorGroups[at]`) are computed the
  /// first time a reference could go to it: most articles have few such references.
  private func addReferences(_ actors: inout [Actor], groups: [Group], actorGroups: [Int]) {
    var nouns: [Set<[Int32]>?] = Array(repeating: nil, count: actors.count)
    func fits(_ at: Int, _ keys: [Int32]) -> Bool {
      if nouns[at] == nil {
        nouns[at] = referenceNouns(of: groups, actorGroups[at], type: actors[at].type)
      }
      return nouns[at]!.contains(keys)
    }
    // Per reference noun, the actors it fits by where their first mention ends, made the
    // first time the noun is met (not a pass over every actor per reference: a text of
    // thousands of actors and references would pay their product).
    var fittingByNoun: [[Int32]: [(end: Int, at: Int)]] = [:]
    func fitting(_ keys: [Int32]) -> [(end: Int, at: Int)] {
      if let known = fittingByNoun[keys] { return known }
      var made: [(end: Int, at: Int)] = []
      for at in actors.indices where fits(at, keys) {
        made.append((end: actors[at].mentions.first?.range.end ?? Int.max, at: at))
      }
      made.sort { $0.end != $1.end ? $0.end < $1.end : $0.at < $1.at }
      fittingByNoun[keys] = made
      return made
    }
    let the = lexicon.ids.the
    for (index, unit) in units.enumerated() where unit.id == the && !unit.inCapitals {
      for length in stride(from: 2, through: 1, by: -1) where index + length < units.count {
        let words = units[(index + 1)...(index + length)]
        guard words.allSatisfy({ $0.isWord && !$0.isCapitalized }) else { continue }
        // No reference noun has a word without the flag.
        guard words.allSatisfy({ $0.flags.contains(.referenceNounWord) }) else { continue }
        let keys = words.map(\.id)
        guard lexicon.referenceNounIDs[keys] != nil, endsReference(at: index + length + 1) else { continue }
        // The one actor named before it that fits, if only one does.
        let candidates = fitting(keys)
        if let first = candidates.first, first.end <= unit.range.start,
          candidates.count == 1 || candidates[1].end > unit.range.start
        {
          let range = TextRange(unit.range.start, units[index + length].range.end)
          actors[first.at].references.append(
            ActorMention(span: text.span(range), range: range, rule: "actors.reference"))
        }
        break
      }
    }
  }

  /// Whether the noun phrase of a reference ends before `index`: punctuation, a
  /// possessive, a stop word or a verb comes next, not another noun ("the bank account").
  private func endsReference(at index: Int) -> Bool {
    guard index < units.count, units[index].paragraph == units[index - 1].paragraph else { return true }
    let next = units[index]
    if !next.isWord || next.id == lexicon.ids.possessive { return true }
    if next.isCapitalized { return false }
    return next.flags.contains(.stopword) || next.flags.contains(.referenceFollower)
      || words.key(next.entry).count > 4 && words.key(next.entry).hasSuffix("ed")
  }

  /// "the Hamas spokesman" after "Hamas spokesman Adel Latif al-Kanu": the
  /// description names the person with that role.
  private func addDescriptions(_ actors: inout [Actor]) {
    // Roles by the article's word entries of their keys; a role with a word the article
    // has no unit for can match nowhere and is left out.
    var byRole: [[Int32]: Int] = [:]
    var ambiguous: Set<[Int32]> = []
    for at in actors.indices where actors[at].type == "person" {
      for role in actors[at].roles {
        let keys = PhraseKey.words(role)
        // Only a role named with its body ("Hamas spokesman"), not "the president".
        guard keys.count >= 2, role.first?.isUppercase == true,
          let entries = words.entries(of: keys)
        else { continue }
        if byRole[entries] != nil && byRole[entries] != at { ambiguous.insert(entries) }
        byRole[entries] = at
      }
    }
    guard !byRole.isEmpty else { return }
    var lengths = Set(byRole.keys.map(\.count)).sorted(by: >)
    lengths = lengths.filter { $0 >= 1 }
    let firstEntries = Set(byRole.keys.map { $0[0] })
    let the = lexicon.ids.the
    for (index, unit) in units.enumerated() where unit.id == the {
      guard index + 1 < units.count, firstEntries.contains(units[index + 1].entry) else { continue }
      for length in lengths where index + length < units.count {
        let keys = units[(index + 1)...(index + length)].map(\.entry)
        guard let at = byRole[keys], !ambiguous.contains(keys),
          let first = actors[at].mentions.first, first.range.end <= unit.range.start
        else { continue }
        let next = index + length + 1
        if next < units.count, units[next].isWord, units[next].isCapitalized { continue }
        let range = TextRange(unit.range.start, units[index + length].range.end)
        actors[at].mentions.append(ActorMention(span: text.span(range), range: range, rule: "actors.description"))
        actors[at].mentions.sort { $0.range < $1.range }
        break
      }
    }
  }

  private func unitIndex(at byte: Int) -> Int {
    units.partitioningIndex { $0.range.start >= byte }
  }
}
