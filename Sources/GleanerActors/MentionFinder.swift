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
  /// The names of storms the article has named ("Hurricane Delia"): alone later ("Delia
  /// strengthened") they are the storm, no actor.
  var stormNames: Set<Int32> = []
  /// The unit right after a dateline with an agency's credit ("DOHA, Qatar (AP) —"), which
  /// opens a sentence the text stage reads as the dateline's; -1 without one.
  var afterDateline = -1
  /// Whether a name's words also stand alone in the article (`standsAlone`), by the words.
  var standsAloneMemo: [[Int32]: Bool] = [:]
  /// `openingPairRecurs` by the pair's two entries, read once per article.
  var openingPairMemo: [UInt64: Bool] = [:]
  /// The first names of the persons found so far with two words or more, and how many
  /// candidates were read for them (`firstNameOfEarlierPerson`).
  var personFirstNames: Set<Int32> = []
  var firstNamesScanned = 0
  /// Whether a unit is covered by a candidate. A buffer the finder owns, not an array: a
  /// class's array property is checked for exclusive access at run time on every use.
  let claimed: UnsafeMutableBufferPointer<Bool>
  /// Whether the article reports sports: there, a city or region alone is a team.
  let isSports: Bool
  /// Words the article also writes in lower case: not names at a sentence start (a
  /// bitset over the article's word entries, `WordUnit.entry`: one per distinct key, like
  /// ids, but few, so the bitset is small).
  let lowercaseWords: [UInt64]
  /// Words the article writes with a capital inside a sentence (a bitset like
  /// `lowercaseWords`): names, not words capitalized only to open a sentence.
  let midSentenceCapitals: [UInt64]
  /// The ids of keys compared by name.
  let ids: KeyIDs

  init(lexicon: ActorLexicon, text: ArticleText, dates: [TextRange] = []) {
    self.lexicon = lexicon
    self.text = text
    (self.units, self.words) = WordUnits.build(text, lexicon: lexicon)
    self.ids = lexicon.ids
    self.claimed = .allocate(capacity: units.count)
    claimed.initialize(repeating: false)
    // the words of a date are no name ("in May", "4:15 A.M. EST"), but for
    // a gazetteer place inside one ("8:46am New York time", "on Christmas Island"; not a
    // party: "the Labour Day weekend"); both lists are in text order, so one walk pairs them
    let (allUnits, gazetteer, entities) = (units, lexicon.gazetteer, lexicon.entities)
    var unit = 0
    for date in dates.sorted() {
      while unit < units.count, units[unit].range.end <= date.start { unit += 1 }
      var inside = unit
      while inside < units.count, units[inside].range.start < date.end {
        let known = gazetteer.matches({ $0 < allUnits.count ? allUnits[$0].id : -1 }, from: inside)
          .filter { match in
            match.payloads.contains { entities[Int($0)].type == "location" || entities[Int($0)].type == "country" }
          }
          .map(\.end).max()
        if let known {
          inside = known
          continue
        }
        if units[inside].range.start >= date.start, units[inside].range.end <= date.end { claimed[inside] = true }
        inside += 1
      }
    }
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
    self.isSports = sportsHits.count >= 3 || slug || Self.namesTwoClubs(units, lexicon)
    var lower = [UInt64](repeating: 0, count: words.ids.count / 64 + 1)
    var capitals = lower
    for unit in units where unit.isWord && !unit.inCapitals {
      if !unit.isCapitalized {
        lower[Int(unit.entry) >> 6] |= 1 << UInt64(unit.entry & 63)
      } else if !unit.startsSentence {
        capitals[Int(unit.entry) >> 6] |= 1 << UInt64(unit.entry & 63)
      }
    }
    self.lowercaseWords = lower
    self.midSentenceCapitals = capitals
  }

  deinit { claimed.deallocate() }

  static func isLowercaseWord(_ unit: WordUnit) -> Bool {
    unit.isWord && !unit.isCapitalized && !unit.inCapitals
  }

  /// Whether the article also writes `unit`'s word in lower case.
  func writtenInLowerCase(_ unit: WordUnit) -> Bool {
    Self.isLowercaseWord(unit) || lowercaseWords[Int(unit.entry) >> 6] & (1 << UInt64(unit.entry & 63)) != 0
  }

  /// Whether a word opening a sentence is a plural agent noun the word lists lack
  /// ("Forecasters", "Investigators", "Organizers"): it ends in -ers or -ors, its stem is an
  /// English word ("forecast", "investigate", "organize"), and the article never writes it
  /// with a capital inside a sentence, as it would a surname ("Ann Sanders ... Sanders said").
  func isAgentPlural(_ unit: WordUnit) -> Bool {
    guard words.keyHasASCIISuffix(unit.entry, "ers") || words.keyHasASCIISuffix(unit.entry, "ors"),
      midSentenceCapitals[Int(unit.entry) >> 6] & (1 << UInt64(unit.entry & 63)) == 0,
      !unit.flags.contains(.givenName)
    else { return false }
    let key = words.key(unit.entry)
    guard key.utf8.count >= 7 else { return false }
    let stem = String(key.dropLast(3))
    var stems = [stem, stem + "e", String(key.dropLast(2))]
    // (a British spelling in -ise: "Organisers" of "organize")
    if stem.hasSuffix("is") { stems.append(String(stem.dropLast(1)) + "ze") }
    return stems.contains { lexicon.commonWords.contains($0) || lexicon.sentenceWords.contains($0) }
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

  /// Whether the article names two clubs of a `clubs=yes` gazetteer by names that are
  /// nothing else ("the Kansas City Chiefs beat the Buffalo Bills"): a sports report even
  /// without its sports words.
  static func namesTwoClubs(_ units: [WordUnit], _ lexicon: ActorLexicon) -> Bool {
    var first: String?
    var index = 0
    while index < units.count {
      guard units[index].isWord, units[index].isCapitalized || units[index].inCapitals,
        let end = lexicon.clubs.longestMatchEnd({ $0 < units.count ? units[$0].id : -1 }, from: index)
      else {
        index += 1
        continue
      }
      let payloads = lexicon.clubs.lookup(count: end - index) { units[index + $0].id }
      if let payload = payloads.first {
        let name = lexicon.entities[Int(payload)].name
        if let first, first != name { return true }
        first = name
      }
      index = end
    }
    return false
  }

  /// The end of the capitalized sequence that starts at `start`.
  func chunkEnd(from start: Int) -> Int {
    var end = start + 1
    while end < units.count {
      let unit = units[end]
      if unit.startsSentence || unit.paragraph != units[start].paragraph || unit.inCapitals || claimed[end] { break }
      if unit.isWord, unit.isCapitalized, !unit.hasLowerTail {
        end += 1
        continue
      }
      // A known name with lower-case words inside: "Alternative for Germany", "Alternative
      // für Deutschland", "Dar es Salaam"; also after the word opening the sentence ("The
      // Republic of Ireland", "Then People's Republic of China")
      if let known = knownNameEnd(from: start, past: end)
        ?? (units[start].startsSentence && end > start + 1 ? knownNameEnd(from: start + 1, past: end) : nil)
      {
        end = known
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
      if end == start + 1, let surname = nicknameEnd(after: start) {
        end = surname  // Dario "The Hammer" Velluti
        continue
      }
      // "Secretary of State Mara Ellison", "Chancellor of the Exchequer Ken Hollis": a title
      // with "of" inside goes on, and the name after it
      if unit.id == ids.of, let through = titleEnd(from: start, past: end) {
        end = through
        continue
      }
      guard end + 1 < units.count, units[end + 1].isWord, units[end + 1].isCapitalized,
        !units[end + 1].startsSentence
      else { break }
      let previous = units[end - 1]
      if unit.id == ids.of || unit.id == ids.for,
        previous.flags.contains(.orgPrefix)
          || previous.flags.contains(.orgSuffix) && !lexicon.tradeSuffixIDs.contains(previous.id)
          || units[start].flags.contains(.orgPrefix)
      {
        end += 1
      } else if unit.id == ids.on, lexicon.onBodyHeadIDs.contains(previous.id),
        !units[end + 1].flags.contains(.stopword), !units[end + 1].flags.contains(.month)
      {
        end += 1  // "the Commission on Human Rights" (not "the Council on Tuesday")
      } else if unit.id == ids.ampersand || unit.id == ids.and && andInsideName(start, end) {
        end += 1
      } else if unit.id == ids.possessive,
        (isPluralPossessor(previous) || namesPatron(start, end)) && bodyNameEnd(after: end)
          || officeOfTitle(end)
      {
        // "the International Longshoremen's Association", "the Women's Institute",
        // "St. Anne's Hospital", "the Governor's Office"
        end += 1
      } else if unit.flags.contains(.apostrophe), previous.isWord, previous.isCapitalized,
        previous.range.end == unit.range.start, words.keyHasASCIISuffix(previous.entry, "s"),
        bodyNameEnd(after: end)
      {
        end += 1  // a plural's bare apostrophe: "the B.C. Teachers' Federation"
      } else if unit.id == ids.period, previous.isWord, previous.isCapitalized,
        previous.isSingleCharacter || previous.flags.contains(.nameAbbreviation)
      {
        end += 1  // an initial, "George W. Bush", or an abbreviation, "St. Louis"
      } else {
        break
      }
    }
    return end
  }

  /// The end of the longest title that starts inside `units[start..<index]`, goes on past
  /// the word at `index` and ends in a capitalized word of the same paragraph; nil without
  /// one.
  func titleEnd(from start: Int, past index: Int) -> Int? {
    let paragraph = units[start].paragraph
    for from in start..<index {
      let longest = lexicon.titles.longestMatchEnd(
        { $0 < units.count && units[$0].paragraph == paragraph ? units[$0].id : -1 }, from: from)
      if let longest, longest > index + 1, units[longest - 1].isCapitalized { return longest }
    }
    return nil
  }

  /// The end of the longest gazetteer name from `start` that goes on past the word at
  /// `index` and ends in a capitalized word of the same paragraph, or that ends in the
  /// "'s" at `index` ("Lord's", "St. John's", "Lowe's") unless a person of the article has
  /// the word before it for surname; nil without one.
  func knownNameEnd(from start: Int, past index: Int) -> Int? {
    let paragraph = units[start].paragraph
    let longest = lexicon.gazetteer.longestMatchEnd(
      { $0 < units.count && units[$0].paragraph == paragraph && !claimed[$0] ? units[$0].id : -1 }, from: start)
    guard let longest else { return nil }
    if longest > index + 1, units[longest - 1].isCapitalized { return longest }
    guard longest == index + 1, units[index].id == ids.possessive,
      knownEntity(start, longest) != nil
    else { return nil }
    // "Campbell's partner" after "Ann Campbell": that person's, not the firm.
    let possessor = units[index - 1].id
    if candidates.contains(where: { $0.type == "person" && $0.keyIDs.count >= 2 && $0.keyIDs.last == possessor }) {
      return nil
    }
    return longest
  }

  /// Where the surname starts after a nickname in quotation marks between a given name
  /// (or a word that is no English one) at `given` and it (`Oskar "Ice" Brandvik`,
  /// `Dario "The Hammer" Velluti`): one to four words, the first and last capitalized,
  /// then a capitalized word; nil otherwise.
  func nicknameEnd(after given: Int) -> Int? {
    let open = given + 1
    guard open + 3 < units.count, ids.quoteMarks.contains(units[open].id) else { return nil }
    let first = units[given]
    guard first.isWord, first.isCapitalized, !first.isAllCaps,
      isGivenName(given) || first.flags.isDisjoint(with: [.commonWord, .sentenceWord, .stopword])
    else { return nil }
    var close = open + 1
    while close < units.count, close <= open + 5, units[close].isWord, !units[close].startsSentence {
      close += 1
    }
    let surname = close + 1
    guard close > open + 1, close <= open + 5, surname < units.count,
      ids.quoteMarks.contains(units[close].id), units[open + 1].isCapitalized,
      units[close - 1].isCapitalized, units[surname].isWord, units[surname].isCapitalized,
      !units[surname].startsSentence, units[surname].paragraph == units[given].paragraph
    else { return nil }
    return surname
  }

  /// Whether a word before "'s" inside a name is a plural of people ("Longshoremen",
  /// "Women", "Children", "People"): the name goes on after it.
  func isPluralPossessor(_ unit: WordUnit) -> Bool {
    guard unit.isWord, unit.isCapitalized else { return false }
    let key = self.key(unit)
    return key.hasSuffix("men") || key == "children" || key == "people"
  }

  /// Whether the "'s" at `possessive` joins a title to the one body's word of its office,
  /// the name ending there: "the Sheriff's Office", "the Prime Minister's Office".
  func officeOfTitle(_ possessive: Int) -> Bool {
    guard possessive > 0, possessive + 1 < units.count, units[possessive - 1].flags.contains(.title),
      units[possessive + 1].isWord, units[possessive + 1].isCapitalized,
      units[possessive + 1].flags.contains(.orgSuffix), !units[possessive + 1].flags.contains(.title)
    else { return false }
    let after = possessive + 2
    return after >= units.count || !units[after].isWord || !units[after].isCapitalized
  }

  /// Whether `units[start..<possessive]`, before a "'s", names a saint a body is named
  /// after ("St. Anne", "Saint Luke").
  func namesPatron(_ start: Int, _ possessive: Int) -> Bool {
    possessive > start && possessive - start <= 4 && units[start].isCapitalized
      && (units[start].id == ids.saint || key(units[start]) == "saint")
  }

  /// Whether after the "'s" at `possessive` a run of one to four capitalized words holds an
  /// `org-suffix` word ("Association", "Institute", "Hospital Los Angeles").
  func bodyNameEnd(after possessive: Int) -> Bool {
    var last = possessive
    while last + 1 < units.count, last - possessive < 4, units[last + 1].isWord, units[last + 1].isCapitalized,
      !units[last + 1].startsSentence, units[last + 1].paragraph == units[possessive].paragraph
    {
      last += 1
    }
    return last > possessive && units[(possessive + 1)...last].contains { $0.flags.contains(.orgSuffix) }
  }

  /// Whether the "and" at `and` joins words of one organization's name ("a Food and
  /// Drug Administration panel", "the Department of Health and Human Services"): English
  /// words on both sides, and after it a run of two to four capitalized words that
  /// ends in an organization word (one such word when a body's word opens the name:
  /// "the Academy of Motion Picture Arts and Sciences"). Names on either side stay apart ("Britain and
  /// France", "Pfizer and Moderna", "the United States and European Union"), as do a
  /// firm's complete name ("Acme Corp. and", "Harlow & Finch and") and two bodies
  /// ("the Army and Navy").
  func andInsideName(_ start: Int, _ and: Int) -> Bool {
    func isEnglish(_ unit: WordUnit) -> Bool {
      !unit.flags.contains(.givenName) && !unit.flags.contains(.legalForm)
        && !unit.flags.isDisjoint(with: [.commonWord, .sentenceWord, .orgSuffix, .orgPrefix])
    }
    guard and > start, isEnglish(units[and - 1]), !units[start..<and].contains(where: { $0.id == ids.ampersand })
    else { return false }
    var last = and
    while last + 1 < units.count, last - and < 4, units[last + 1].isWord, units[last + 1].isCapitalized,
      !units[last + 1].startsSentence, units[last + 1].paragraph == units[start].paragraph
    {
      last += 1
    }
    // (one word after it when a body's word opens the name: "the Academy of Motion Picture
    // Arts and Sciences")
    let bodyOpens = units[start..<(and - 1)].contains { !$0.flags.isDisjoint(with: [.orgSuffix, .orgPrefix]) }
    // (the run closes at its last organization word, a title and a name may follow:
    // "Food and Drug Administration Commissioner Ann Lee"; or, of English words alone,
    // before a title and a name: the department its head is named by, "Housing and
    // Urban Development Secretary Dana Whitlow", "Culture and Sport Secretary")
    // (a word of a portfolio may be a given name too: "Urban Development")
    func isPortfolioWord(_ unit: WordUnit) -> Bool {
      !unit.flags.contains(.legalForm) && !unit.flags.isDisjoint(with: [.commonWord, .sentenceWord, .orgSuffix, .titleModifier])
    }
    // (a body's word, "of" or "for" and its subject in English words on both sides of the
    // "and", the run ending there: "the Ministry of Trade and Industry", "the Office for
    // Democratic Institutions and Human Rights")
    if and - start >= 3, last - and <= 3, units[last].flags.isDisjoint(with: [.title, .honorific]),
      last + 1 >= units.count || !units[last + 1].isWord || !units[last + 1].isCapitalized,
      let link = ((start + 1)..<(and - 1)).first(where: { units[$0].id == ids.of || units[$0].id == ids.for }),
      and - link <= 4, !units[link - 1].flags.isDisjoint(with: [.orgPrefix, .orgSuffix]),
      units[(link + 1)..<and].allSatisfy(isEnglish),
      units[(and + 1)...last].allSatisfy({ isEnglish($0) && $0.flags.isDisjoint(with: [.orgPrefix, .orgSuffix]) }),
      !startsKnownName(and + 1, last + 1)
    {
      return true
    }
    if !units[last].flags.contains(.orgSuffix),
      let close = ((and + 1)..<last).last(where: { units[$0].flags.contains(.orgSuffix) })
    {
      last = close
    } else if last - start <= 6, (start..<and).allSatisfy({ isEnglish(units[$0]) }),
      let title = ((and + 1)...last).first(where: { startsTitle($0, last + 1) }),
      let through = titleSplit(title, last + 1), through <= last, units[through].isCapitalized,
      units[(and + 1)..<title].allSatisfy(isPortfolioWord)
    {
      return !startsKnownName(and + 1, title) && !units[start..<and].contains { $0.flags.contains(.title) }
    }
    guard last >= and + 2 || last == and + 1 && bodyOpens && !lexicon.soleBodyIDs.contains(units[last].id),
      units[last].flags.contains(.orgSuffix),
      units[(and + 1)..<last].allSatisfy(isEnglish), !startsKnownName(and + 1, last + 1)
    else { return false }
    // (a known name of two words or more closing the part before: "United States")
    return !(max(start, and - 4)..<(and - 1)).contains { from in
      lexicon.gazetteer.matches({ $0 < and ? units[$0].id : -1 }, from: from).contains { $0.end == and }
    }
  }

  /// Whether `units[start..<end]` names a storm: a storm word and one name ("Hurricane
  /// Delia", "Tropical Storm Ana"; not "Storm Prediction Center"), remembered, or a name
  /// of a storm named before ("Delia strengthened"). Claims it.
  func isStorm(_ start: Int, _ end: Int) -> Bool {
    if end - start == 1, !stormNames.isEmpty, stormNames.contains(units[start].id) {
      claim(start, end)
      return true
    }
    guard end - start >= 2,
      lexicon.stormWords.contains(count: end - start - 1, { units[start + $0].id })
    else { return false }
    let name = units[end - 1]
    guard name.isWord, name.isCapitalized, !name.isAllCaps,
      name.flags.isDisjoint(with: [.orgSuffix, .locationSuffix, .placeNoun, .commonWord])
    else { return false }
    stormNames.insert(name.id)
    claim(start, end)
    return true
  }

  /// Handles the capitalized sequence `units[start..<end]`.
  func chunk(_ start: Int, _ end: Int) {
    if end - start == 1, lexicon.termIDs.contains(units[start].id) { return }  // "GDP", "AI chips"
    // "Ohio Gov. Jane Roe": an abbreviated honorific closing the sequence
    // before its period and a name is the title of the name after it; the words before
    // it (a place, a body) stand on their own
    if end - start >= 2, units[end - 1].flags.contains(.honorific), units[end - 1].id != ids.saint,
      end + 1 < units.count, units[end].id == ids.period, units[end + 1].isWord,
      units[end + 1].isCapitalized
    {
      chunk(start, end - 1)
      return
    }
    if isStorm(start, end) { return }
    if end - start == 1, splitName(start) || start > 0 && splitName(start - 1) {
      addUnknown(start, end, type: "person", rule: "actors.split-name", evidence: 2)
      return
    }
    if let known = knownEntity(start, end) {
      addKnown(start, end, known)
      return
    }
    if isEvent(start, end) {
      claim(start, end)
      return
    }
    if splitsIntoTeams(start, end) || splitsPortfolio(start, end) { return }
    // "Sen. Pete Domenico, R-N.M., said": a lawmaker's party and state, no actor; so are a
    // party and a town between commas ("Assembly Speaker Marco Ruiz, D-Los Angeles, said")
    if start > 0, units[start - 1].id == ids.comma, isPartyAndState(units[start]),
      end - start == 1 || end - start <= 3 && end < units.count && units[end].id == ids.comma
    {
      claim(start, end)
      return
    }
    // "JANE PARKER, CORRESPONDENT: The vote ...", "TOM REYES: Good evening": a transcript's
    // speaker label in capitals opening a paragraph is a person
    if isSpeakerLabel(start, end) {
      addUnknown(start, end, type: "person", rule: "actors.speaker-label", evidence: 3)
      return
    }
    // "Sloga ( K )", "Trepca (B)": in a sports report a club's town code in brackets is part
    // of its name (two clubs of a league share "Sloga"); no person's ("Jo Cole ( U )")
    if isSports, let codeEnd = clubCodeEnd(after: end), !isGivenName(start) {
      addUnknown(start, codeEnd, type: "organization", rule: "actors.club-code", evidence: 2)
      return
    }
    // "The Chief Medical Officer, Jane Doe,": a capitalized title before a comma and a person's
    // name is that person's role (read with the name), no actor
    if end - start >= 2, units[end - 1].flags.contains(.title), end + 2 < units.count,
      units[end].id == ids.comma, isGivenName(end + 1), units[end + 2].isWord, units[end + 2].isCapitalized
    {
      claim(start, end)
      return
    }
    // "The Long Field", "Second Opinion": unknown capitalized words that are a whole quotation
    // are the title of a work, no actor
    if start > 0, end < units.count, ids.quoteMarks.contains(units[start - 1].id),
      ids.quoteMarks.contains(units[end].id)
    {
      claim(start, end)
      return
    }
    var start = start
    let rowStart = start
    while start < end, isDroppable(start), !opensLongerName(start, end) {
      start += 1
    }
    if units[rowStart].isWord, !units[rowStart].flags.contains(.stopword), teamRow(rowStart, end) == true {
      start = rowStart  // "Reading 5 2 2 1": a team even where the word is a common one
    }
    guard start < end else { return }
    // ("A Texan oilman": a term or a people's adjective left alone by the words dropped)
    if end - start == 1, lexicon.termIDs.contains(units[start].id) { return }
    // "Anthony Brookes KC", "Jane Doe OBE": a post-nominal after a given name and a surname is
    // no part of the name; "Martin Luther King Jr.": a name suffix closes a person's name
    var end = end
    if end - start >= 3, isGivenName(start) {
      if lexicon.postNominalIDs.contains(units[end - 1].id) {
        end -= 1
      } else if lexicon.nameSuffixIDs.contains(units[end - 1].id) {
        addUnknown(start, end, type: "person", rule: "actors.name-suffix", evidence: 3)
        return
      }
    }
    // "Fresno, Calif.", "Ridgefield, CT": a state's abbreviation after a city and a comma
    // (the city an unknown name may be; not after a person: "Ana Ruiz, MD")
    if end - start == 1, start >= 2, units[start - 1].id == ids.comma,
      let state = lexicon.stateAbbreviations[units[start].id], let last = candidates.indices.last,
      candidates[last].end == start - 1, candidates[last].type != "person"
    {
      if !candidates[last].known {
        candidates[last].type = "location"
        candidates[last].rule = "actors.place-state"
      }
      addKnown(start, end, state)
      return
    }
    // "The Prime Minister said", "Brisbane's Lord Mayor": a title with no name names no one
    // (after an honorific it is the name: "Dr Sultan")
    if lexicon.titles.contains(count: end - start, { units[start + $0].id }), !hasHonorific(before: start) {
      return
    }
    // "Foreign Ministers", "EU Foreign Ministers": an office in the plural names no one; a
    // known name or a demonym before it is itself ("Council of Ministers" stays a body)
    // ("Foreign Ministers Ann Lee and ...": the name after it is a person holding it)
    // (one word alone may name a team or a party: "the Ottawa Senators", "Liberal Democrats")
    if let (from, titleEnd) = pluralTitle(start, end),
      titleEnd < end ? isGivenName(titleEnd) : titleEnd - from >= 2
    {
      if from > start { segment(start, from, nameOnly: false, demonymMentions: true) }
      claim(from, titleEnd)
      if titleEnd < end {
        let role = text.string(TextRange(units[start].range.start, units[titleEnd - 1].range.end))
        name(titleEnd, end, role: role, rule: "actors.title")
      }
      return
    }
    if end - start >= 4, nicknameEnd(after: start) != nil {
      addUnknown(start, end, type: "person", rule: "actors.nickname", evidence: 3)
      return
    }
    if let row = teamRow(start, end) {
      if let known = knownEntity(start, end) {
        addKnown(start, end, known)
      } else if row {
        addUnknown(start, end, type: "organization", rule: "actors.team-row", evidence: 2)
      } else {
        addUnknown(start, end, type: "person", rule: "actors.team-row", evidence: 2)
      }
      return
    }
    if let known = knownEntity(start, end) {
      addKnown(start, end, known)
      return
    }
    if demonymPhrase(start, end) { return }
    if units[start..<end].allSatisfy({ !$0.isWord || $0.isSingleCharacter || $0.isAllCaps }), end - start >= 2,
      units[start..<end].contains(where: { $0.isSingleCharacter })
    {
      return  // table headings: "W D L PCT"
    }
    // "American Jo Davenport", "Swiss Lindsay Kent": a demonym before a given name and a
    // surname is the person's nationality (a surname that is also a place stays the name)
    // (not a plural, "fellow Canadians Mackenzie Hughes and ...": a group)
    if (3...4).contains(end - start), isDemonym(start, start + 1), !units[start].isAllCaps,
      !words.keyHasASCIISuffix(units[start].entry, "s") || words.keyHasASCIISuffix(units[start].entry, "ss"),
      isGivenName(start + 1), knownEntity(start + 1, end) == nil,
      units[(start + 1)..<end].allSatisfy({ $0.flags.isDisjoint(with: [.orgSuffix, .locationSuffix]) })
    {
      claim(start, start + 1)
      addUnknown(start + 1, end, type: "person", rule: "actors.given-name", evidence: 2)
      return
    }
    // "Bank of England Governor Ed Marsh": a title and a given name and surname after a
    // body's name are a person with that role, before the body's own words can make the
    // whole an organization
    if end - start >= 4, let titleEnd = titleSplit(start, end), (2...3).contains(end - titleEnd),
      isGivenName(titleEnd), titleStart(start, titleEnd) > start,
      units[titleEnd..<end].allSatisfy({ $0.flags.isDisjoint(with: [.orgSuffix, .locationSuffix]) })
    {
      splitAtTitle(start, titleEnd, end)
      return
    }
    if end - start >= 2, isLocationCue(start, end), !isPersonWithPlaceLikeSurname(start, end) {
      addUnknown(start, end, type: "location", rule: "actors.place-name", evidence: 3)
      return
    }
    // "in Harbor City": a name ending in "City" after "in" is a town, where a club of that
    // name is beaten or played at ("beat Stoke City", "at Hull City"; not "in Hull City's")
    if end - start >= 2, start > 0, units[end - 1].id == ids.city, units[start - 1].id == ids.in,
      !units[start - 1].isCapitalized, end >= units.count || units[end].id != ids.possessive
    {
      addUnknown(start, end, type: "location", rule: "actors.place-cue", evidence: 2)
      return
    }
    if end - start >= 2, isOrganizationCue(start, end) {
      addUnknown(start, end, type: "organization", rule: "actors.org-cue", evidence: 3)
      return
    }
    if let titleEnd = titleSplit(start, end) {
      splitAtTitle(start, titleEnd, end)
      return
    }
    segment(start, end, nameOnly: false, demonymMentions: false)
  }

  /// Whether `units[start..<end]` is a given name with a surname after a title or an
  /// honorific ("Mayor Ann Forest", "Gov. Ellen Park"), or a given name and a surname right
  /// before or after a verb of saying ("said Mina Park of ...", "Ann Forest told"): a
  /// person, though the surname ends the way a place's name does.
  func isPersonWithPlaceLikeSurname(_ start: Int, _ end: Int) -> Bool {
    if end - start == 2, isGivenName(start), !units[start].flags.contains(.locationPrefix),
      start > 0 && lexicon.speechVerbIDs.contains(units[start - 1].id)
        || end < units.count && lexicon.speechVerbIDs.contains(units[end].id)
    {
      return true
    }
    let name = titleSplit(start, end) ?? (hasHonorific(before: start) || titleBefore(start) != nil ? start : nil)
    guard let name, (2...3).contains(end - name), isGivenName(name) else { return false }
    return !units[name].flags.contains(.locationPrefix)
  }

  /// Adds `units[start..<end]` read as a title ending at `titleEnd` and the person it names
  /// ("Bank of England Governor Ed Marsh"): what comes before the title is read on its own
  /// (demonyms as their countries), the name after it takes the whole as its role.
  func splitAtTitle(_ start: Int, _ titleEnd: Int, _ end: Int) {
    let role = text.string(TextRange(units[start].range.start, units[titleEnd - 1].range.end))
    let from = titleStart(start, titleEnd)
    if isTown(start, before: from, titleEnd) {
      addUnknown(start, from, type: "location", rule: "actors.town-title", evidence: 2)
    } else {
      segment(start, from, nameOnly: false, demonymMentions: true)
    }
    name(titleEnd, end, role: role, rule: "actors.title")
  }

  /// Whether `units[start..<title]` is an unknown name of one or two words before a town's
  /// title ending at `titleEnd` (`@list town-noun`: "former Larkspur Mayor Trent
  /// Holloway"): the town.
  func isTown(_ start: Int, before title: Int, _ titleEnd: Int) -> Bool {
    guard (1...2).contains(title - start),
      units[title..<titleEnd].contains(where: { lexicon.townNounIDs.contains($0.id) }),
      units[start..<title].allSatisfy({
        $0.isWord && $0.isCapitalized && !$0.isAllCaps
          && $0.flags.isDisjoint(with: [.orgSuffix, .orgPrefix, .commonWord, .sentenceWord, .stopword, .givenName])
      })
    else { return false }
    return (start..<title).allSatisfy { from in
      lexicon.gazetteer.matches({ $0 < title ? units[$0].id : -1 }, from: from).isEmpty
        && lexicon.demonyms.matches({ $0 < title ? units[$0].id : -1 }, from: from).isEmpty
    }
  }

  /// Whether a list breaks a person's name across lines at `index`: a given name ends the
  /// line ("Jonas Weber , Nikos") and one capitalized word, no English word, opens the next
  /// line before punctuation or a number ("Andreou ( Greece )"). Both halves are the person.
  func splitName(_ index: Int) -> Bool {
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
  func startsKnownName(_ start: Int, _ end: Int) -> Bool {
    guard units[start].isWord, units[start].isCapitalized || units[start].inCapitals else { return false }
    return lexicon.gazetteer.matches({ $0 < end ? units[$0].id : -1 }, from: start).contains { m in
      m.end - start >= 2 && m.payloads.contains { allows($0, start, m.end) }
    }
  }

  /// Whether a title starts at `start`: one of two words or more ("Prime Minister"
  /// opening a sentence), or one word with a name after it in the sequence ("Coach" in
  /// "Coach Ann Weber"; not "Chief Palestinian negotiator", a demonym after it).
  func startsTitle(_ start: Int, _ end: Int) -> Bool {
    lexicon.titles.matches({ $0 < end ? units[$0].id : -1 }, from: start).contains {
      $0.end - start >= 2 || $0.end < end && units[$0.end].isWord && !isDemonym($0.end, $0.end + 1)
    }
  }

  /// In a sports report, a name that opens a line or follows a score and is followed by a
  /// score is a team ("Leyton Orient 1 Walsall 3"): `true`; a player when it opens with a
  /// given name ("Bradford Keane 70 74"): `false`; `nil` when no table row.
  func teamRow(_ start: Int, _ end: Int) -> Bool? {
    guard isSports, end < units.count, units[end].paragraph == units[start].paragraph,
      !units[end].isWord, units[end].startsWithNumber
    else { return nil }
    // "April 20 Arrive in Perth", "April 24-26 v Otago": a month and a day open an
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

  /// Whether a capitalized word follows unit `index` in its sentence and paragraph: a
  /// name goes on.
  func nameGoesOn(after index: Int) -> Bool {
    let next = index + 1
    return next < units.count && units[next].isWord && units[next].isCapitalized
      && !units[next].startsSentence && units[next].paragraph == units[index].paragraph
  }

  /// Whether a leading unit of a sequence is not part of a name.
  func isDroppable(_ index: Int) -> Bool {
    let unit = units[index]
    if !unit.isWord || unit.hasLowerTail || unit.flags.contains(.timeZone) { return true }
    // "Ex-Yankee Omar Haddad", "Ex-Minister Ana Ruiz": a former role before a name of two
    // words or more (not "the Ex-Im Bank")
    if words.keyHasASCIIPrefix(unit.entry, "ex-"), index + 2 < units.count, units[index + 1].isWord,
      units[index + 1].isCapitalized, units[index + 2].isWord, units[index + 2].isCapitalized,
      !units[index + 2].flags.contains(.orgSuffix)
    {
      return true
    }
    // "Gov. Gavin Newsom", "Adm. Jo Reyes", "SEN. TOM REYES": an abbreviated honorific is no
    // name of its own ("St. Kilda" keeps its "St.")
    if unit.flags.contains(.honorific), index + 1 < units.count, units[index + 1].id == ids.period,
      unit.id != ids.saint
    {
      return true
    }
    // ("said Dame Edith Marlow": one in full before a given name and a surname too)
    if unit.flags.contains(.honorific), unit.id != ids.saint, index + 2 < units.count, isGivenName(index + 1),
      units[index + 2].isWord, units[index + 2].isCapitalized, !units[index + 2].startsSentence
    {
      return true
    }
    if unit.isAllCaps, !unit.inCapitals { return false }  // an acronym: "WHO"
    if unit.flags.contains(.stopword) { return !monthGivenName(index) }
    // (the first word after a dateline opens the article's first sentence: "DOHA (AP) —
    // Negotiators resumed talks")
    guard unit.startsSentence || index == afterDateline else { return false }
    if unit.isSingleCharacter, index + 2 < units.count, units[index + 1].id == ids.period,
      units[index + 2].isWord, units[index + 2].isCapitalized, !units[index + 2].startsSentence
    {
      return false  // an initial: "T. Mercer" opening a line
    }
    // "Real Madrid", "Sporting Lisbon" opening a line: a club's first word; "Mark McNulty",
    // "Ben Stone": a given name (not "Will Congress act?")
    // (so is a name's particle before its name: "El Amin Haddad", "Van Morrison")
    if unit.flags.contains(.orgHead) || unit.flags.contains(.particle)
      || unit.flags.contains(.givenName) && !lexicon.functionGivenNameIDs.contains(unit.id),
      nameGoesOn(after: index)
    {
      return false
    }
    // ("National Australia Bank said", "Northern Rock Group said": an English word that
    // opens a run of capitalized words closed by a body's word is the name's first word)
    if unit.flags.isDisjoint(with: [.orgDescriptor, .month, .title]), opensBodyName(index) { return false }
    return unit.flags.contains(.commonWord) || unit.flags.contains(.sentenceWord)
      || writtenInLowerCase(unit) || isAgentPlural(unit) || opensWithDescriptor(index)
  }

  /// Whether one to three capitalized words after the word at `index`, in its
  /// sentence, end in a legal form ("Consolidated Freight Inc"), or in an organization
  /// word after an adjective of a region or kind ("Northern Rock Group", "National
  /// Coal Bank"; not "Several Harbor Bank branches", "Former Trade Council staff",
  /// "Struggling Acme Inc said").
  func opensBodyName(_ index: Int) -> Bool {
    var last = index
    while last + 1 < units.count, last - index < 3, units[last + 1].isWord, units[last + 1].isCapitalized,
      !units[last + 1].isAllCaps, !units[last + 1].startsSentence,
      units[last + 1].paragraph == units[index].paragraph
    {
      last += 1
    }
    // (not before a name the gazetteer knows: "Nine Arab League states", "Former European
    // Union staff")
    // (nor after a participle or a people's adjective: "Struggling Harbor Freight Inc said",
    // "German Siemens AG said")
    guard last > index, !startsKnownName(index + 1, last + 1), !isDemonym(index, index + 1),
      !words.keyHasASCIISuffix(units[index].entry, "ing")
    else { return false }
    if units[last].flags.contains(.legalForm) { return true }
    let entry = units[index].entry
    return units[last].flags.contains(.orgSuffix)
      && (words.keyHasASCIISuffix(entry, "ern") || words.keyHasASCIISuffix(entry, "al"))
  }

  /// Whether the word at `index` is a noun of a body's kind opening a sentence before its
  /// name ("Chipmaker Veltrix said"; `@list org-descriptor`), not a letter ("Group B").
  func opensWithDescriptor(_ index: Int) -> Bool {
    units[index].flags.contains(.orgDescriptor) && index + 1 < units.count && units[index + 1].isWord
      && units[index + 1].isCapitalized && !units[index + 1].isSingleCharacter
      && units[index + 1].paragraph == units[index].paragraph
  }

  // MARK: - Pass two
  // MARK: - Helpers
  /// The word ids of the words (not punctuation) of `units[start..<end]`.
  func wordIDs(_ start: Int, _ end: Int) -> [Int32] {
    var ids: [Int32] = []
    ids.reserveCapacity(end - start)
    for index in start..<end where units[index].isWord { ids.append(units[index].id) }
    return ids
  }

  /// Whether the unit's key ends with an adjective suffix ("Islamic", "Marxist"). On the
  /// bytes when key and suffixes are ASCII: there bytes and characters agree, so the answer
  /// is `String.hasSuffix`'s without making a String.
  func hasAdjectiveSuffix(_ unit: WordUnit) -> Bool {
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
  func isAgeWord(_ unit: WordUnit) -> Bool {
    guard words.keyHasASCIISuffix(unit.entry, "old") else { return false }
    let key = self.key(unit)
    return key.hasSuffix("-year-old") || key.hasSuffix("-years-old")
  }

  func range(_ start: Int, _ end: Int) -> TextRange {
    TextRange(units[start].range.start, units[end - 1].range.end)
  }

  func makeCandidate(
    _ start: Int, _ end: Int, type: String, rule: String, evidence: Int
  ) -> Candidate {
    let range = range(start, end)
    return Candidate(
      range: range, start: start, end: end, type: type, nameRange: range, code: nil,
      rule: rule, known: false, evidence: evidence, role: nil,
      keyIDs: wordIDs(start, end))
  }

  func add(
    _ start: Int, _ end: Int, type: String, rule: String, evidence: Int
  ) {
    candidates.append(makeCandidate(start, end, type: type, rule: rule, evidence: evidence))
    claim(start, end)
  }

  func addUnknown(
    _ start: Int, _ end: Int, type: String, rule: String, evidence: Int, role: String? = nil
  ) {
    // Built in place: a local candidate would be copied (all its references retained).
    candidates.append(makeCandidate(start, end, type: type, rule: rule, evidence: evidence))
    if role != nil { candidates[candidates.count - 1].role = role }
    claim(start, end)
  }

  func claim(_ start: Int, _ end: Int) {
    for index in start..<end { claimed[index] = true }
  }
}
