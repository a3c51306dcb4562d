import GleanerCore

/// A named entity the rules know: a country, place, organization or person.
struct KnownEntity: Sendable {
  var name: String
  var type: String
  var code: String?
  /// The rule id mentions found through it carry (`actors.gazetteer.country`).
  var rule: String
  /// Also a common English word: not taken at a sentence start or in capitals.
  var ambiguous: Bool
  /// Written in capitals in the rules ("WHO"): matched in capitals only.
  var caseSensitive: Bool
  /// The phrase as the rules spell it, for case-sensitive matching.
  var spelling: String
  /// A place that names a sports team in sports reports (`team=yes`).
  var canBeTeam = false
  /// An organization whose name takes in the unknown words and places written next to it
  /// (`joins=yes`: a company, "Siemens Dortmund", "Vantix Honda").
  var joinsNames = false
  /// A club's nickname that is also a word or a name ("Heat", "Celtic"): taken only in a
  /// sports report (`sports=yes`).
  var sportsOnly = false
}

/// The word ids of keys the code compares units with.
struct KeyIDs: Sendable {
  var the: Int32 = -1
  var of: Int32 = -1
  var `for`: Int32 = -1
  var to: Int32 = -1
  var ampersand: Int32 = -1
  var period: Int32 = -1
  var comma: Int32 = -1
  var open: Int32 = -1
  var close: Int32 = -1
  var dash: Int32 = -1
  var possessive: Int32 = -1
  var and: Int32 = -1
  /// "st", whose abbreviation opens place names ("St. Kilda").
  var saint: Int32 = -1
  /// "in" and "city" ("in Harbor City": a town), "new" ("the New Democrats": no title modifier).
  var `in`: Int32 = -1
  var city: Int32 = -1
  var new: Int32 = -1
  /// The word "open" and the words after a contest's name ("the French Open", "the Cup Final").
  var openWord: Int32 = -1
  var final: Int32 = -1
  var finals: Int32 = -1
  /// "on", inside a body's name after its head ("the Council on Rural Affairs").
  var on: Int32 = -1
  /// Quotation marks around a nickname: `"`, `“`, `”`, ``` `` ```, `''`.
  var quoteMarks: [Int32] = []
}

/// The actor rules compiled into lookup tables, built once and shared.
struct ActorLexicon: Sendable {
  var entities: [KnownEntity] = []
  /// Every word the rules name, with the word lists that hold it.
  var vocabulary = WordVocabulary()
  /// The ids of words the code asks for by name.
  var ids = KeyIDs()
  /// Gazetteer phrases → indices into `entities`.
  var gazetteer = TokenTrie()
  /// The names of `clubs=yes` gazetteers that are nothing else (no `sports=yes` entry):
  /// two of them make an article a sports report.
  var clubs = TokenTrie()
  /// Demonym phrases ("Israeli", "South Korean") → country entity index.
  var demonyms = TokenTrie()
  /// Plural demonyms ("Palestinians") that name a group.
  var pluralDemonyms: Set<String> = []
  var titles = TokenTrie()
  /// Titles with their last word in the plural ("foreign ministers", "spokesmen"): an
  /// office held by several, which names no one.
  var pluralTitles = TokenTrie()
  var honorifics: Set<String> = []
  /// Abbreviated ranks and offices (`@list rank-abbreviation`: "Gov.", "Lt."): honorifics
  /// that also give the person's role. Word ids.
  var rankAbbreviationIDs: Set<Int32> = []
  var titleModifiers: Set<String> = []
  var orgSuffixes: Set<String> = []
  var orgPrefixes: Set<String> = []
  /// A company's legal forms ("Inc", "AG"), which close its name.
  var legalForms: Set<String> = []
  /// Short words a period ends inside a name ("St. Louis").
  var nameAbbreviations: Set<String> = []
  /// The word ids of given names that open sentences as other words ("Will
  /// Congress act?", "One Home Depot share": `@list function-given-name`; the
  /// word flags are full).
  var functionGivenNameIDs: Set<Int32> = []
  /// The word ids of nouns of a town after its name ("Harborview mayor", "Harborview
  /// residents": `@list town-noun`).
  var townNounIDs: Set<Int32> = []
  /// Words a club's or company's name starts with ("Hapoel", "Atletico", "FC").
  var orgHeads: Set<String> = []
  /// State abbreviations after a city and a comma ("Fresno, Calif.", "Ridgefield, CT"),
  /// by word id, to the gazetteer entity of the state (`@list state-abbreviation`).
  var stateAbbreviations: [Int32: Int32] = [:]
  /// Nouns that name a body right before its name ("the aid group", "the union").
  var orgDescriptors: Set<String> = []
  /// Nouns that with "of" name a place ("the island of", "the villages of").
  var placeNouns: Set<String> = []
  var particles: Set<String> = []
  var stopwords: Set<String> = []
  var commonWords: Set<String> = []
  /// Rarer English words: at a sentence start they are no name either.
  var sentenceWords: Set<String> = []
  /// Given names; the value tells whether it is also a common word.
  var givenNames: [String: Bool] = [:]
  var governmentWords: Set<String> = []
  var groups: Set<String> = []
  var locationCues: Set<String> = []
  /// Endings of capitalized adjectives and creeds ("Islamic", "Marxist").
  var adjectiveSuffixes: [String] = []
  /// Whether every adjective suffix is ASCII (then a byte test answers for ASCII words).
  var adjectiveSuffixesAreASCII = true
  /// The UTF-8 bytes of `adjectiveSuffixes`, in the same order.
  var adjectiveSuffixBytes: [[UInt8]] = []
  /// Words of sports reports: several of them make cities and regions teams.
  var sportsWords: Set<String> = []
  var locationSuffixes: Set<String> = []
  var locationPrefixes: Set<String> = []
  /// Common nouns that refer back to the one actor they fit ("the bank" → organization,
  /// "the president" → person), by their word keys.
  var referenceNouns: [[String]: String] = [:]
  /// The word ids of each organization's canonical name (-1 for words the vocabulary
  /// lacks); nil for other entities.
  var entityNameIDs: [[Int32]?] = []
  /// Per entity: the first entity with the same canonical name. Mentions of entities that
  /// share a name make one actor, and this id lets the resolver group them without
  /// hashing names.
  var entityNameGroups: [Int32] = []
  /// `referenceNouns` by word ids.
  var referenceNounIDs: [[Int32]: String] = [:]
  /// Words that may follow such a reference besides punctuation and stop words ("the bank
  /// expects", "the federation between").
  var referenceFollowers: Set<String> = []
  /// Kinship words right before a name make a person ("his wife X").
  var kinWords: Set<String> = []
  /// Scorecard words of sports reports before a name ("c X b Y"): a player.
  var scorecardWords: Set<String> = []
  /// Month names ("May", "June"): before a day's number a date, no name.
  var months: Set<String> = []
  /// Time zones ("GMT", "EST"): never an actor.
  var timeZones: Set<String> = []
  /// Terms written in capitals (`@list term`: "GDP", "AI") and peoples and faiths as
  /// adjectives (`@list people-adjective`: "Arab", "Shiite"): alone, never an actor (in a
  /// longer name they stay: "LNG Canada"). Word ids: the word flags have no bit left.
  var termIDs: Set<Int32> = []
  /// Words that close the name of a contest or a festival (`@list event-word`: "Cup",
  /// "Marathon"): no actor. Word ids, as `termIDs`.
  var eventWordIDs: Set<Int32> = []
  /// Honours and degrees written after a name (`@list post-nominal`: "KC", "OBE"): no part
  /// of it. Word ids, as `termIDs`.
  var postNominalIDs: Set<Int32> = []
  /// Words that close a person's name (`@list name-suffix`: "Jr", "III"). Word ids.
  var nameSuffixIDs: Set<Int32> = []
  /// Words that name a storm before its name (`@list storm-word`: "Hurricane", "Tropical
  /// Storm").
  var stormWords = TokenTrie()
  /// People by their work (`@list staff-noun`: "analysts", "a researcher"): "at" after one
  /// names an organization, not a place. Word ids: the word flags have no bit left.
  var staffNounIDs: Set<Int32> = []
  /// Nouns of a paper after its name (`@list publication-noun`: "newspaper", "tabloid"): an
  /// English word before one is the paper's name. Word ids.
  var publicationNounIDs: Set<Int32> = []
  /// Nouns of a union or a party after its name (`@list named-body-noun`: "union", "party"):
  /// an English word with a capital before one is the body's name. Word ids.
  var namedBodyNounIDs: Set<Int32> = []
  /// Heads of a body named by its subject after "on" (`@list on-body-head`: "Commission on
  /// Human Rights", "Council on Rural Affairs").
  var onBodyHeadIDs: Set<Int32> = []
  /// Words that name a body alone (`@list sole-body`: "Congress", "Parliament"): one after
  /// "and" starts a second body, not the end of the first one's name.
  var soleBodyIDs: Set<Int32> = []
  /// A firm's trade closing its name (`@list trade-suffix`: "Therapeutics", "Robotics"): an
  /// organization's last word, but no name goes on after it with "of" or "for" ("Arden
  /// Robotics of Boston").
  var tradeSuffixIDs: Set<Int32> = []
  /// Verbs of saying (`@list speech-verb`): a given name and a surname right next to one
  /// are a person, though the surname ends like a place ("said Mina Park").
  var speechVerbIDs: Set<Int32> = []
  /// Family names written before the given name (`@list family-name-first`: "Li", "Kim"):
  /// alone later they name the person, as a surname does.
  var familyNameFirstIDs: Set<Int32> = []
  /// Titles a company holds as well as a person (`@list shared-title`: "rival", "owner"):
  /// before a name with no given name they type nothing.
  var sharedTitleIDs: Set<Int32> = []
  /// Joining words inside a hyphenated name (`@list name-infix`: "ul" of "Wasim-ul-Karim").
  var nameInfixes: Set<String> = []
  /// The longest title phrase, in words.
  var longestTitle = 1

  static let entityTypes: Set<String> = ["person", "organization", "country", "location", "group"]

  init(rules: RuleSet, language: String) throws {
    var errors: [RuleError] = []
    vocabulary.reserveCapacity(1 << 16)  // the English rules name about 50,000 words
    func list(_ name: String) -> [RuleEntry] {
      rules.list(name, language: language, dimension: "actors")
    }
    func keys(_ name: String) -> Set<String> {
      Set(list(name).flatMap(\.keys).map { PhraseKey.words($0).joined(separator: " ") })
    }
    func ids(_ name: String) -> Set<Int32> {
      Set(keys(name).map { vocabulary.intern($0) })
    }
    for section in rules.sections("gazetteer", language: language, dimension: "actors") {
      guard let type = section.attributes["type"] else {
        errors.append(section.error("a gazetteer needs type=person|organization|country|location|group"))
        continue
      }
      guard Self.entityTypes.contains(type) else {
        errors.append(section.error("unknown actor type '\(type)'"))
        continue
      }
      let rule = "actors.gazetteer.\(section.name)"
      let canBeTeam = section.attributes["team"] == "yes"
      let joinsNames = section.attributes["joins"] == "yes"
      let namesClubs = section.attributes["clubs"] == "yes"
      for entry in section.entries {
        let name = entry.value ?? entry.keys[0]
        let code = entry.attributes["code"]
        if type == "country", code == nil || code!.count != 2 {
          errors.append(entry.error("a country needs code=XX (ISO 3166 alpha-2)"))
          continue
        }
        for key in entry.keys {
          let caseSensitive = key.count <= 6 && key.allSatisfy { !$0.isLowercase } && key.contains { $0.isLetter }
          entities.append(
            KnownEntity(
              name: name, type: type, code: code, rule: rule,
              ambiguous: entry.attributes["ambiguous"] == "yes", caseSensitive: caseSensitive,
              spelling: key, canBeTeam: canBeTeam, joinsNames: joinsNames,
              sportsOnly: entry.attributes["sports"] == "yes"))
          gazetteer.insert(vocabulary.intern(PhraseKey.words(key)), payload: entities.count - 1)
          if namesClubs, entry.attributes["sports"] != "yes" {
            clubs.insert(vocabulary.intern(PhraseKey.words(key)), payload: entities.count - 1)
          }
          // "St. Louis" as the text has it: "St", ".", "Louis"
          if let split = PhraseKey.wordsWithPeriods(key) {
            gazetteer.insert(vocabulary.intern(split), payload: entities.count - 1)
          }
          // "AT&T" as the text has it: "AT", "&", "T"
          if let split = PhraseKey.wordsWithAmpersands(key) {
            gazetteer.insert(vocabulary.intern(split), payload: entities.count - 1)
          }
        }
      }
    }
    var countryByCode: [String: Int] = [:]
    for (index, entity) in entities.enumerated() where entity.type == "country" {
      if let code = entity.code, countryByCode[code] == nil { countryByCode[code] = index }
    }
    for entry in list("demonym") {
      guard let code = entry.value, let country = countryByCode[code] else {
        errors.append(entry.error("a demonym needs the code of a country in the gazetteer"))
        continue
      }
      for key in entry.keys {
        let words = PhraseKey.words(key)
        demonyms.insert(vocabulary.intern(words), payload: country)
        let last = words[words.count - 1]
        if !last.hasSuffix("s"), !last.hasSuffix("sh"), !last.hasSuffix("ch"), !last.hasSuffix("ese"),
          !last.hasSuffix(".")
        {
          let plural = words.dropLast() + [last + "s"]
          demonyms.insert(vocabulary.intern(Array(plural)), payload: country)
          pluralDemonyms.insert(plural.joined(separator: " "))
        } else if last.hasSuffix("s"), words.count == 1, last != "swiss" {
          pluralDemonyms.insert(last)
        }
      }
    }
    for entry in list("title") {
      for key in entry.keys {
        let words = PhraseKey.words(key)
        titles.insert(vocabulary.intern(words), payload: 0)
        pluralTitles.insert(vocabulary.intern(words.dropLast() + [Self.plural(of: words[words.count - 1])]), payload: 0)
        if words.count == 1 { vocabulary.mark(words[0], .title) }
        longestTitle = max(longestTitle, words.count)
      }
    }
    honorifics = keys("honorific").union(keys("rank-abbreviation"))
    rankAbbreviationIDs = ids("rank-abbreviation")
    titleModifiers = keys("title-modifier")
    orgSuffixes = keys("org-suffix").union(keys("trade-suffix"))
    orgPrefixes = keys("org-prefix")
    legalForms = keys("org-legal-form")
    nameAbbreviations = keys("name-abbreviation")
    orgHeads = keys("org-head")
    orgDescriptors = keys("org-descriptor")
    placeNouns = keys("place-noun")
    particles = keys("particle")
    stopwords = keys("stopword")
    commonWords = keys("common-word")
    sentenceWords = keys("sentence-word")
    governmentWords = keys("government-word")
    groups = keys("group")
    locationCues = keys("location-cue")
    adjectiveSuffixes = keys("adjective-suffix").sorted()
    adjectiveSuffixesAreASCII = adjectiveSuffixes.allSatisfy { $0.utf8.allSatisfy { $0 < 0x80 } }
    adjectiveSuffixBytes = adjectiveSuffixes.map { Array($0.utf8) }
    sportsWords = keys("sports-word")
    locationSuffixes = keys("location-suffix")
    locationPrefixes = keys("location-prefix")
    referenceFollowers = keys("reference-follower")
    kinWords = keys("kin")
    scorecardWords = keys("scorecard-word")
    months = keys("month")
    timeZones = keys("time-zone")
    termIDs = ids("term").union(ids("people-adjective"))
    postNominalIDs = ids("post-nominal")
    eventWordIDs = ids("event-word")
    for key in keys("storm-word") { stormWords.insert(vocabulary.intern(PhraseKey.words(key)), payload: 0) }
    nameSuffixIDs = ids("name-suffix")
    staffNounIDs = ids("staff-noun")
    publicationNounIDs = ids("publication-noun")
    namedBodyNounIDs = ids("named-body-noun")
    onBodyHeadIDs = ids("on-body-head")
    soleBodyIDs = ids("sole-body")
    sharedTitleIDs = ids("shared-title")
    tradeSuffixIDs = ids("trade-suffix")
    speechVerbIDs = ids("speech-verb")
    familyNameFirstIDs = ids("family-name-first")
    nameInfixes = keys("name-infix")
    for entry in list("reference-noun") {
      guard let type = entry.value, type == "person" || type == "organization" else {
        errors.append(entry.error("a reference noun needs => person or => organization"))
        continue
      }
      for key in entry.keys {
        referenceNouns[PhraseKey.words(key)] = type
        referenceNounIDs[vocabulary.intern(PhraseKey.words(key))] = type
        for word in PhraseKey.words(key) { vocabulary.mark(word, .referenceNounWord) }
      }
    }
    let givenNameEntries = list("given-name")
    givenNames.reserveCapacity(givenNameEntries.count * 2)
    for entry in givenNameEntries {
      for key in entry.keys {
        givenNames[PhraseKey.word(key)] = entry.attributes["common"] == "yes"
      }
    }
    markWordLists()
    // Organizations only: the resolver asks for other entities' names rarely (and then
    // computes them itself).
    entityNameIDs = entities.map { entity in
      entity.type == "organization" ? PhraseKey.words(entity.name).map { vocabulary.id($0) } : nil
    }
    var firstByName: [String: Int32] = [:]
    entityNameGroups = entities.indices.map { index in
      if let first = firstByName[entities[index].name] { return first }
      firstByName[entities[index].name] = Int32(index)
      return Int32(index)
    }
    functionGivenNameIDs = Set(keys("function-given-name").map { vocabulary.intern($0) })
    townNounIDs = Set(keys("town-noun").map { vocabulary.intern($0) })
    for entry in list("state-abbreviation") {
      let state = entry.value.map { PhraseKey.words($0).map { vocabulary.intern($0) } } ?? []
      guard let entity = gazetteer.lookup(state).first(where: { entities[Int($0)].type == "location" }) else {
        errors.append(entry.error("'\(entry.value ?? "")' is no place of the gazetteers"))
        continue
      }
      for key in entry.keys { stateAbbreviations[vocabulary.intern(PhraseKey.word(key))] = entity }
    }
    vocabulary.seal()
    if entities.isEmpty {
      errors.append(RuleError(file: "\(language)/actors", line: 0, "no gazetteer found"))
    }
    if !errors.isEmpty { throw RuleErrors(errors) }
  }

  /// Records in `vocabulary` which word lists hold each word.
  private mutating func markWordLists() {
    let lists: [(Set<String>, WordFlags)] = [
      (particles, .particle), (sportsWords, .sportsWord), (groups, .group), (stopwords, .stopword),
      (commonWords, .commonWord), (sentenceWords, .sentenceWord), (orgPrefixes, .orgPrefix),
      (orgSuffixes, .orgSuffix), (legalForms, .legalForm), (nameAbbreviations, .nameAbbreviation),
      (orgHeads, .orgHead), (orgDescriptors, .orgDescriptor),
      (locationCues, .locationCue), (locationSuffixes, .locationSuffix),
      (locationPrefixes, .locationPrefix), (governmentWords, .governmentWord),
      (titleModifiers, .titleModifier), (honorifics, .honorific), (kinWords, .kin),
      (scorecardWords, .scorecardWord), (placeNouns, .placeNoun), (months, .month), (timeZones, .timeZone),
      (referenceFollowers, .referenceFollower), (MentionFinder.determiners, .determiner),
      (MentionFinder.closers, .closer), (MentionFinder.roleLinks, .roleLink),
      (MentionFinder.apostrophes, .apostrophe),
    ]
    for (words, flag) in lists {
      for word in words { vocabulary.mark(word, flag) }
    }
    for (name, common) in givenNames {
      vocabulary.mark(name, common ? [.givenName, .commonGivenName] : .givenName)
    }
    ids = KeyIDs(
      the: vocabulary.intern("the"), of: vocabulary.intern("of"), for: vocabulary.intern("for"),
      to: vocabulary.intern("to"), ampersand: vocabulary.intern("&"), period: vocabulary.intern("."), comma: vocabulary.intern(","),
      open: vocabulary.intern("("), close: vocabulary.intern(")"), dash: vocabulary.intern("-"),
      possessive: vocabulary.intern("'s"), and: vocabulary.intern("and"), saint: vocabulary.intern("st"),
      in: vocabulary.intern("in"), city: vocabulary.intern("city"), new: vocabulary.intern("new"),
      openWord: vocabulary.intern("open"), final: vocabulary.intern("final"), finals: vocabulary.intern("finals"),
      on: vocabulary.intern("on"),
      quoteMarks: ["\"", "\u{201C}", "\u{201D}", "``", "''"].map { vocabulary.intern($0) })
  }

  /// The flags of a word id (none for an article's own words).
  @inline(__always)
  func flags(of id: Int32) -> WordFlags {
    id >= 0 && Int(id) < vocabulary.count ? vocabulary.flags[Int(id)] : []
  }

  /// The English plural of a title's word: "ministers", "secretaries", "spokesmen",
  /// "bosses".
  static func plural(of word: String) -> String {
    if word.hasSuffix("man") { return String(word.dropLast(3)) + "men" }
    if word.hasSuffix("y"), let before = word.dropLast().last, !"aeiou".contains(before) {
      return String(word.dropLast()) + "ies"
    }
    if word.hasSuffix("s") || word.hasSuffix("sh") || word.hasSuffix("ch") || word.hasSuffix("x") {
      return word + "es"
    }
    return word + "s"
  }
}
