import GleanerCore
import GleanerText

/// A speaker as resolved: the name to print and what kind of speaker it is.
struct ResolvedSpeaker {
  enum Kind { case person, organization, group }
  var name: String
  var kind: Kind
  var paragraph: Int
  /// Whether it is a name (not a description such as "a spokesperson").
  var isNamed = true
  /// The token where the speaker was last written.
  var token = 0
  /// The index in `actors` of the actor it is, if any.
  var actor: Int?
}

/// A person's grammatical gender as the text shows it (he/she after their
/// mentions, Mr./Ms. before them).
enum Gender: Sendable { case male, female }

/// Links speaker phrases to names: actors first (by mention ranges, then by
/// surname or role), then full names written earlier in the text ("Okafor"
/// → "Grace Okafor"), roles ("the Hamas spokesman" → the person named
/// with that title), and pronouns to the last fitting speaker.
///
/// Reads the document once at init (name runs and the titles before them);
/// `resolve` is then called in text order and remembers the last speakers.
struct SpeakerResolver {
  let rules: QuoteRules
  let view: TokenView
  let phrases: Phrases
  let actors: [Actor]

  /// A person's name written in the text, with the title words before it.
  private struct NameRun {
    var tokens: Range<Int>
    var isPerson: Bool
    /// Whether the name opens its sentence (after titles): a subject.
    var isSubject: Bool
    /// The actor whose mention covers the name, if any.
    var actor: Int?
  }

  private var runs: [NameRun] = []
  /// Lower-cased last word => the first full name ending in it.
  private var fullNames = FullNameIndex()
  /// Role words, in text order: the word's hash and token, and the index in
  /// `runs` of the name it belongs to.
  private var roles: [(hash: UInt64, token: Int, run: Int)] = []
  /// Role words of speakers' appositives, with the speaker's name.
  private var spokenRoles: [(hash: UInt64, token: Int, name: String)] = []
  /// Name helpers; its `lowerWords` are filled by `findNames`.
  private var reader: NameReader
  /// Named persons who spoke, in text order (the last one last).
  private var persons: [ResolvedSpeaker] = []
  private var lastPerson: ResolvedSpeaker? { persons.last }
  private var lastOther: ResolvedSpeaker?
  private(set) var last: ResolvedSpeaker?
  /// For each token, the actor whose mention covers it (-1: none), and that
  /// mention's first and last token.
  private var actorAt: [Int32]
  private var mentionOf: [TokenSpan]
  /// Each actor's gender as the text shows it.
  private var genders: [Gender?]
  /// Whether each actor is a person: typed so, or a one-word name that
  /// "he"/"she" refer back to ("Yuni, a resident, ... when she heard").
  private var isPersonActor: [Bool]
  /// Whether each actor is typed as a person (`type == "person"`), compared once.
  private let isPersonType: [Bool]
  /// For each actor, the hash of the last word of each of its roles,
  /// lower-cased ("Hamas spokesman" => "spokesman"); filled on first need.
  private var roleHeads: [[UInt64]]?
  /// Whether each actor not typed as a person may be one (`mayBePerson`).
  private var mayBePersonActor: [Bool] = []

  init(rules: QuoteRules, view: TokenView, phrases: Phrases, actors: [Actor]) {
    self.rules = rules
    self.view = view
    self.phrases = phrases
    self.actors = actors
    actorAt = [Int32](repeating: -1, count: view.count)
    mentionOf = actors.isEmpty ? [] : [TokenSpan](repeating: TokenSpan(0..<0), count: view.count)
    genders = [Gender?](repeating: nil, count: actors.count)
    isPersonType = actors.map { $0.type == "person" }
    isPersonActor = isPersonType
    reader = NameReader(rules: rules, view: view, phrases: phrases, lowerWords: HashSet64(capacity: 0))
    indexActors()
    mayBePersonActor.reserveCapacity(actors.count)
    let reader = self.reader
    for number in actors.indices { mayBePersonActor.append(reader.mayBePerson(number, actors: actors)) }
    findNames()
    if !actors.isEmpty {
      findGenders()
      // One-word names that the pronouns after them showed to be persons.
      for index in runs.indices {
        if let actor = runs[index].actor, isPersonActor[actor] { runs[index].isPerson = true }
      }
    }
  }

  // MARK: - Actors

  /// Marks each token with the actor mention that covers it; one pass over
  /// the mentions.
  private mutating func indexActors() {
    for (number, actor) in actors.enumerated() {
      for mention in actor.mentions {
        let first = view.tokenIndex(atOrAfter: mention.range.start)
        var end = first
        while end < view.count, view.tokens[end].range.start < mention.range.end { end += 1 }
        for index in first..<end {
          actorAt[index] = Int32(number)
          mentionOf[index] = TokenSpan(first..<end)
        }
      }
    }
  }

  /// Person actors by the lower-cased last word of their name (its
  /// `LowerKey`); nil where two share it. A short list: a document names few
  /// persons.
  /// (A dictionary, not a list searched in turn: a text may name thousands.)
  private func actorsBySurname() -> [UInt64: Int?] {
    var bySurname: [UInt64: Int?] = [:]
    for number in actors.indices where isPersonType[number] {
      guard let key = LowerKey.lastWord(of: actors[number].name) else { continue }
      bySurname[key] = bySurname[key] == nil ? number : .some(nil)
    }
    return bySurname
  }

  private static func surnameActor(_ key: UInt64, in bySurname: [UInt64: Int?]) -> Int? {
    bySurname[key] ?? nil
  }

  /// Votes for each person's gender: "he"/"she" after a mention of the
  /// person in the same sentence or opening the next one (no other person
  /// between), and "Mr."/"Ms." before one.
  private mutating func findGenders() {
    var votes = [Int](repeating: 0, count: actors.count)
    var lastPerson = -1
    var lastSentence = -2
    var ambiguous = false
    var index = 0
    while index < view.count {
      defer { index += 1 }
      let number = Int(actorAt[index])
      if number >= 0 {
        guard isPersonActor[number] || mayBePersonActor[number] else { continue }
        let mention = mentionOf[index]
        if mention.lowerBound > 0, view.isWord(mention.lowerBound - 1) || view.isPunctuation(mention.lowerBound - 1) {
          var title = mention.lowerBound - 1
          if view.isChar(title, UInt8(ascii: ".")), title > 0 { title -= 1 }
          if let gender = rules.titleGenders[view.hashes[title]] {
            votes[number] += gender == .male ? 3 : -3
          }
        }
        // a given name opening a mention of two words or more ("Mary Smith"): a sign as
        // strong as a pronoun after it, which a title or two pronouns outweigh
        if mention.upperBound - mention.lowerBound >= 2, view.isWord(mention.lowerBound),
          let gender = rules.nameGenders[view.hashes[mention.lowerBound]]
        {
          votes[number] += gender == .male ? 1 : -1
        }
        // A person named inside a quotation is not whom the "he"/"she" of
        // its attribution means ("“Putin believes ...,” she said").
        if phrases.quoted[index] {
          index = mention.upperBound - 1
          continue
        }
        // Two people in one sentence ("Marsh told Devlin she ..."): the
        // pronouns after them tell nothing.
        ambiguous = lastPerson >= 0 && lastPerson != number && lastSentence == view.sentenceOf[index]
        lastPerson = number
        lastSentence = view.sentenceOf[index]
        index = mention.upperBound - 1
        continue
      }
      guard lastPerson >= 0, view.has(index, .personPronoun), view.isWord(index), !phrases.quoted[index],
        let vote = rules.personPronounVotes[view.hashes[index]],
        !ambiguous, view.sentenceOf[index] == lastSentence
          || view.sentenceOf[index] == lastSentence + 1
            && (view.tokens[index].startsSentence
              // "Okafor didn't blink. "...," he said.": shows a one-word
              // name to be a person (not the gender of a known person).
              || actors[lastPerson].type != "person" && index + 1 < view.count && phrases.verb(at: index + 1) != nil)
      else { continue }
      votes[lastPerson] += vote
    }
    for (number, vote) in votes.enumerated() where vote != 0 {
      genders[number] = vote > 0 ? .male : .female
      isPersonActor[number] = true
    }
  }

  // MARK: - Names in the text
  //
  // The name helpers live in `NameReader`, called on a local copy: a call
  // from the mutating `findNames` to a method of the resolver would copy the
  // whole resolver each time.

  private mutating func findNames() {
    // Words also written in lower case are common words, not names, when
    // they open a sentence ("For Okafor, ...").
    // `nameTokens` asks only about a word that opens a sentence with more of
    // a name run after it (a capitalized word, a joiner or a particle): keep
    // just those words, a small set with a one-word filter in front, so that
    // testing every lower-case word costs a shift and a bit test.
    let tokens = view.tokens
    let hashes = view.hashes
    var askedWords: [UInt64] = []
    var filter: UInt64 = 0
    for index in tokens.indices where tokens[index].startsSentence && index + 1 < tokens.count {
      let next = index + 1
      guard tokens[next].paragraph == tokens[index].paragraph,
        tokens[next].isCapitalized || phrases.isJoiner(next) || view.has(next, .particle)
      else { continue }
      askedWords.append(hashes[index])
      filter |= 1 << (hashes[index] >> 58)
    }
    var lowerWords = HashSet64(capacity: askedWords.count)
    if !askedWords.isEmpty {
      var asked = HashSet64(capacity: askedWords.count)
      for hash in askedWords { asked.insert(hash) }
      // The one-word filter first: most tokens fail it.
      for index in hashes.indices where filter & (1 << (hashes[index] >> 58)) != 0 {
        let hash = hashes[index]
        if tokens[index].kind == .word, !tokens[index].isCapitalized, asked.contains(hash) { lowerWords.insert(hash) }
      }
    }
    let reader = NameReader(rules: rules, view: view, phrases: phrases, lowerWords: lowerWords)
    self.reader = reader
    let bySurname = actorsBySurname()
    // Appended to locals (cheaper than to the resolver's own arrays), stored at the end.
    var runs = self.runs
    var roles = self.roles
    runs.reserveCapacity(view.count / 8)
    defer {
      self.runs = runs
      self.roles = roles
    }
    var index = 0
    while index < view.count {
      guard view.isCapitalized(index) else {
        index += 1
        continue
      }
      var end = index + 1
      while end < view.count, view.tokens[end].paragraph == view.tokens[index].paragraph {
        if view.isCapitalized(end) || phrases.isJoiner(end) {
          end += 1
        } else if view.has(end, .particle) {
          // "van der Hoek": particles before a capitalized word.
          var next = end + 1
          while next < min(view.count, end + 3), view.isWord(next), view.has(next, .particle) {
            next += 1
          }
          guard next < view.count, view.isCapitalized(next) || phrases.isJoiner(next) else { break }
          end = next
        } else {
          break
        }
      }
      if let name = reader.nameTokens(index..<end) {
        var actor = actorIndex(overlapping: name)
        // A surname the actor stage left unlinked ("Lee" after "Tom Lee").
        if actor == nil, name.count == 1, !bySurname.isEmpty,
          let found = Self.surnameActor(LowerKey.of(token: name.lowerBound, in: view), in: bySurname)
        {
          actor = found
          actorAt[name.lowerBound] = Int32(found)
          mentionOf[name.lowerBound] = TokenSpan(name)
        }
        var isPerson = actor.map { isPersonActor[$0] } ?? reader.isPersonName(name)
        // "Jan van der Hoek" where the actor stage saw an organization "Hoek".
        if let actor, !isPerson, mayBePersonActor[actor], reader.isPersonName(name), reader.wordCount(name) >= 2 {
          isPersonActor[actor] = true
          isPerson = true
        }
        let sentence = view.sentenceBounds(name.lowerBound)
        let isSubject = reader.isSubject(name, sentence: sentence)
        runs.append(NameRun(tokens: name, isPerson: isPerson, isSubject: isSubject, actor: actor))
        if isPerson, actor == nil, reader.wordCount(name) >= 2 {
          let surname = view.tokens[name.upperBound - 1].range
          fullNames.insertIfAbsent(view.text.lowercased[surname.start..<surname.end]) { view.string(name) }
        }
        // Titles before the name: inside the run, or lower-case right before it.
        var back = name.lowerBound - 1
        var seen = 0
        while back >= 0, seen < 4, view.isWord(back), view.tokens[back].paragraph == view.tokens[index].paragraph {
          // The token's word flags hold `titleWords` and `organizationWords`.
          let isTitle = view.has(back, .titleWord)
          if back < index, !isTitle, back < name.lowerBound - 1 || view.isCapitalized(back) { break }
          if isPerson, isTitle || back == name.lowerBound - 1, !view.has(back, .organizationWord) {
            roles.append((view.hashes[back], back, runs.count - 1))
          }
          back -= 1
          seen += 1
        }
      }
      index = end
    }
  }

  // MARK: - Resolving speaker phrases

  /// The speaker of a phrase written at `phrase`, remembered as the last one.
  mutating func resolve(_ phrase: Range<Int>, role: Range<Int>?, paragraph: Int) -> ResolvedSpeaker? {
    if roleHeads == nil {
      roleHeads = actors.map { actor in
        actor.roles.compactMap { LowerKey.lastWordOrWhole(of: $0) }
      }
    }
    guard var resolved = lookUp(phrase, paragraph: paragraph) else { return nil }
    resolved.token = phrase.lowerBound
    if let role, resolved.kind == .person {
      // The role's head noun: its last word before a complement ("a
      // district military commander", "the president of the council").
      var head: Int?
      for index in role where view.isWord(index) {
        if head != nil, !view.isCapitalized(index), rules.postModifiers.contains(view.hashes[index]) { break }
        head = index
      }
      if let head { spokenRoles.append((view.hashes[head], head, resolved.name)) }
    }
    remember(resolved)
    return resolved
  }

  /// Remembers a speaker found otherwise (a quotation that goes on).
  mutating func remember(_ speaker: ResolvedSpeaker) {
    last = speaker
    if speaker.kind == .person {
      if speaker.isNamed { persons.append(speaker) }
    } else {
      lastOther = speaker
    }
  }

  private func lookUp(_ phrase: Range<Int>, paragraph: Int) -> ResolvedSpeaker? {
    let first = phrase.lowerBound
    if phrase.count == 1, let pronoun = rules.pronouns[view.hashes[first]] {
      return resolvePronoun(pronoun, at: first, paragraph: paragraph)
        ?? ResolvedSpeaker(name: view.string(phrase), kind: pronoun.isPerson ? .person : .group, paragraph: paragraph)
    }
    // a lone "his"/"her" that owns a phrase in marks: whom "he"/"she" would name
    if phrase.count == 1, let subject = Self.possessiveSubjects[view.hashes[first]],
      let pronoun = rules.pronouns[subject]
    {
      return resolvePronoun(pronoun, at: first, paragraph: paragraph)
        ?? ResolvedSpeaker(name: view.string(phrase), kind: .person, paragraph: paragraph)
    }
    // "his office", "the Prime Minister's Office": an organization that
    // belongs to a person, as written.
    if phrase.count > 1, let organization = ownedOrganization(phrase, paragraph: paragraph) {
      return organization
    }
    if view.has(first, .possessive) {
      let isPerson = rules.pronouns[view.hashes[first]]?.isPerson ?? false
      let hash = view.hashes[first]
      let person = hash == WordHash.of(Array("his".utf8)) || hash == WordHash.of(Array("her".utf8))
      if let found = person ? lastPerson : lastOther {
        return ResolvedSpeaker(name: found.name, kind: found.kind, paragraph: paragraph)
      }
      _ = isPerson
      // "According to its own statements, the group Hamas has ...": the
      // pronoun points ahead, to the subject named next in the sentence.
      let sentence = view.sentenceBounds(first)
      let ahead = runs.filter {
        $0.tokens.lowerBound >= phrase.upperBound && $0.tokens.upperBound <= sentence.upperBound
      }
      let subject = ahead.first { run in
        run.tokens.upperBound < sentence.upperBound && view.isWord(run.tokens.upperBound)
          && (view.has(run.tokens.upperBound, .preVerb)
            || view.has(run.tokens.upperBound, .verb))
      } ?? ahead.first
      if let subject {
        return ResolvedSpeaker(
          name: self.name(of: subject), kind: subject.isPerson ? .person : .organization, paragraph: paragraph,
          actor: subject.actor)
      }
      return nil
    }
    // A name closes the phrase ("University of X political scientist Jane Doe").
    let lastToken = phrase.upperBound - 1
    // ("Alan Greer of Marlowe & Co.", "Ann Lee at the bank": a person of the body speaks)
    if phrase.count > 2, let member = memberBeforeBody(phrase) {
      return speaker(member, paragraph: paragraph)
    }
    // ("the mayor of Boise": the office's holder, unnamed here, not the town; a person of
    // that title named before may hold it somewhere else)
    if isOfficeOfPlace(phrase) {
      return ResolvedSpeaker(name: view.string(phrase), kind: .person, paragraph: paragraph, isNamed: false)
    }
    if phrase.count > 1, view.isCapitalized(lastToken),
      let actor = actorIndex(overlapping: lastToken..<phrase.upperBound),
      !isLongerName(before: mentionOf[lastToken].lowerBound, from: first, of: actor),
      !isComplement(mentionOf[lastToken].lowerBound, of: actor, from: first)
    {
      return speaker(actor, paragraph: paragraph)
    }
    if phrase.count > 1, view.isCapitalized(lastToken) {
      var runStart = lastToken
      while runStart > first, view.isCapitalized(runStart - 1) || phrases.isJoiner(runStart - 1)
        || view.has(runStart - 1, .particle)
      {
        runStart -= 1
      }
      if let name = reader.nameTokens(runStart..<phrase.upperBound), name.count < phrase.count,
        reader.isPersonName(name) || reader.wordCount(name) == 1 && fullNames[view.string(name).lowercased()] != nil
      {
        return named(name, paragraph: paragraph)
      }
    }
    // The head: the phrase up to a post-modifier ("the office | of ...").
    var headEnd = phrase.upperBound
    for index in (first + 1)..<phrase.upperBound where !view.isCapitalized(index)
      && rules.postModifiers.contains(view.hashes[index])
    {
      headEnd = index
      break
    }
    let head = first..<headEnd
    // "South Korean officials": people of a place are a group, not the place.
    let groupOfPlace = actorAt[headEnd - 1] < 0 && !view.isCapitalized(headEnd - 1) && view.isPlural(headEnd - 1)
    if let actor = actorIndex(overlapping: head),
      actorAt[headEnd - 1] < 0 || !isLongerName(before: mentionOf[headEnd - 1].lowerBound, from: first, of: actor),
      !(groupOfPlace && ["country", "location"].contains(actors[actor].type))
    {
      return speaker(actor, paragraph: paragraph)
    }
    let headWord = headEnd - 1
    if view.isCapitalized(headWord) || (headEnd - first == 1 && view.isWord(headWord)) && view.isCapitalized(headWord) {
      var runStart = headWord
      while runStart > first, view.isCapitalized(runStart - 1) || phrases.isJoiner(runStart - 1)
        || view.has(runStart - 1, .particle)
      {
        runStart -= 1
      }
      if let name = reader.nameTokens(runStart..<headEnd) {
        return named(name, paragraph: paragraph)
      }
    }
    // "the GMB union", "the Hamas group": an organization named right before an organization
    // noun is the one speaking (not "the Hamas spokesman": the noun of a person; nor "the
    // Canadian government", as written: a country's demonym)
    if headWord > first, rules.organizationWords.contains(view.hashes[headWord]), actorAt[headWord - 1] >= 0,
      actors[Int(actorAt[headWord - 1])].type == "organization", mentionOf[headWord - 1].upperBound == headWord,
      (first..<mentionOf[headWord - 1].lowerBound).allSatisfy({ view.has($0, .determiner) })
    {
      return speaker(Int(actorAt[headWord - 1]), paragraph: paragraph)
    }
    // A description: "the Hamas spokesman", "the minister", "city staff".
    let hash = view.hashes[headWord]
    // An actor whose role ends in the head noun ("Hamas spokesman").
    if !rules.organizationWords.contains(hash), let roleHeads, let actor = actors.indices.first(where: { number in
      isPersonType[number] && (actors[number].mentions.first?.range.start ?? .max) < view.tokens[first].range.start
        && roleHeads[number].contains(hash)
    }) {
      return speaker(actor, paragraph: paragraph)
    }
    // The person last introduced with that title, in the text or in a
    // speaker's appositive ("Jo Park, the club's treasurer, said").
    let titled = roles.last { $0.hash == hash && $0.token < first }
    let spoken = spokenRoles.last { $0.hash == hash && $0.token < first }
    if let spoken, spoken.token > titled?.token ?? -1 {
      return ResolvedSpeaker(name: spoken.name, kind: .person, paragraph: paragraph)
    }
    if let titled {
      let run = runs[titled.run]
      return ResolvedSpeaker(name: name(of: run), kind: .person, paragraph: paragraph, actor: run.actor)
    }
    var start = first
    while start < phrase.upperBound - 1, view.has(start, .subjectStop) { start += 1 }
    let text = view.string(start..<phrase.upperBound)
    let kind: ResolvedSpeaker.Kind =
      rules.organizationWords.contains(hash) ? .organization
      : view.isPlural(headWord) ? .group : .person
    return ResolvedSpeaker(name: text, kind: kind, paragraph: paragraph, isNamed: false)
  }

  /// The person whose mention opens `phrase` right before "of", "at" or "from" and the body
  /// closing it ("Alan Greer of Marlowe & Co."): a member speaks for the body, not it.
  private func memberBeforeBody(_ phrase: Range<Int>) -> Int? {
    // (past titles before the name: "Dr. Mark Ellis of the University of Toronto")
    var first = phrase.lowerBound
    while first + 1 < phrase.upperBound, actorAt[first] < 0,
      view.has(first, .titleWord) || view.has(first, .determiner) || view.isChar(first, UInt8(ascii: "."))
    {
      first += 1
    }
    guard actorAt[first] >= 0, isPersonActor[Int(actorAt[first])] else { return nil }
    let link = mentionOf[first].upperBound
    guard link + 1 < phrase.upperBound, view.isWord(link),
      view.hashes[link] == Phrases.ofHash || view.hashes[link] == Phrases.fromHash
        || view.hashes[link] == Phrases.atHash,
      let body = actorIndex(overlapping: (phrase.upperBound - 1)..<phrase.upperBound), !isPersonType[body]
    else { return nil }
    return Int(actorAt[first])
  }

  /// Whether `phrase` is an office held over a place, its head (up to the first lower-case
  /// post-modifier) a word of `@list place-office` before "of" and a country or a town
  /// ("the mayor of Boise").
  private func isOfficeOfPlace(_ phrase: Range<Int>) -> Bool {
    guard let of = ((phrase.lowerBound + 1)..<phrase.upperBound).first(where: {
      !view.isCapitalized($0) && rules.postModifiers.contains(view.hashes[$0])
    }), view.hashes[of] == Phrases.ofHash, rules.placeOffices.contains(view.hashes[of - 1]),
      let place = actorIndex(overlapping: (of + 1)..<phrase.upperBound)
    else { return false }
    return ["country", "location"].contains(actors[place].type)
  }

  /// Whether an organization's mention is the complement of a head noun
  /// before it ("the founder of Studio Press"): the head speaks, not it.
  private func isComplement(_ mention: Int, of actor: Int, from first: Int) -> Bool {
    guard !isPersonType[actor], mention - 1 > first else { return false }
    var index = mention - 1
    if view.isWord(index), rules.determiners.contains(view.hashes[index]), index - 1 > first { index -= 1 }
    // "the nation of Bangladesh", "the government of Canada": the place itself.
    if view.hashes[index] == Phrases.ofHash, ["country", "location"].contains(actors[actor].type) { return false }
    // "a statement from the UN" is the UN's.
    return view.isWord(index) && !view.isCapitalized(index) && rules.postModifiers.contains(view.hashes[index])
      && view.isWord(index - 1) && !view.isCapitalized(index - 1)
      && !rules.statementNouns.contains(view.hashes[index - 1])
  }

  /// A phrase whose head is an organization noun owned by a person ("his
  /// office", "the minister's office"), as written.
  private func ownedOrganization(_ phrase: Range<Int>, paragraph: Int) -> ResolvedSpeaker? {
    let last = phrase.upperBound - 1
    guard view.isWord(last), view.has(last, .organizationWord) else { return nil }
    let owner = last - 1
    guard owner >= phrase.lowerBound else { return nil }
    let byPronoun = owner == phrase.lowerBound && view.has(owner, .possessive)
    let byPerson = view.hashes[owner] == Phrases.possessiveHash && owner > phrase.lowerBound
      && (actorAt[owner - 1] >= 0 && isPersonActor[Int(actorAt[owner - 1])]
        || view.has(owner - 1, .titleWord))
    guard byPronoun || byPerson else { return nil }
    return ResolvedSpeaker(
      name: view.string(phrase), kind: .organization, paragraph: paragraph, isNamed: false)
  }

  /// Whether the capitalized name written before an actor's mention goes
  /// on ("Tom" before a mention "Berger"): the written name is then fuller.
  /// (Not the last word of the actor's own role: "Former Secretary of Labor" before "Ron
  /// Adler".)
  private func isLongerName(before mention: Int, from first: Int, of actor: Int) -> Bool {
    guard mention > first, view.isWord(mention - 1), view.isCapitalized(mention - 1) else { return false }
    let hash = view.hashes[mention - 1]
    return !rules.titleWords.contains(hash) && !rules.determiners.contains(hash) && actorAt[mention - 1] < 0
      && !(roleHeads?[actor].contains(hash) ?? false)
  }

  /// A capitalized name: an actor's, the full name it is short for, or as written.
  private func named(_ name: Range<Int>, paragraph: Int) -> ResolvedSpeaker {
    let text = view.string(name)
    let words = reader.wordCount(name)
    let lowered = text.lowercased()
    if words == 1 {
      if let actor = actors.indices.first(where: { number in
        isPersonType[number]
          && LowerKey.lowerEquals(actors[number].name, lowered, lastWord: true)
      }) {
        return speaker(actor, paragraph: paragraph)
      }
      if let full = fullNames[lowered] {
        return ResolvedSpeaker(name: full, kind: .person, paragraph: paragraph)
      }
    }
    if let actor = actors.indices.first(where: { LowerKey.lowerEquals(actors[$0].name, lowered, lastWord: false) }) {
      return speaker(actor, paragraph: paragraph)
    }
    let isOrganization = view.has(name.upperBound - 1, .organizationWord)
      || name.contains(where: { view.isAllCaps($0) })
    return ResolvedSpeaker(name: text, kind: isOrganization ? .organization : .person, paragraph: paragraph)
  }

  private func resolvePronoun(_ pronoun: SpeakerPronoun, at token: Int, paragraph: Int) -> ResolvedSpeaker? {
    if pronoun.isPerson {
      let gender: Gender? = pronoun.lemma == "male" ? .male : pronoun.lemma == "female" ? .female : nil
      func fits(_ actor: Int?) -> Bool {
        guard let actor, let gender, let known = genders[actor] else { return true }
        return known == gender
      }
      // The last person who spoke, unless a person has since been the
      // subject of a sentence.
      // (the last `lookBack` speakers and names before the pronoun: a text of thousands
      // of names and pronouns would otherwise pay their product)
      let speaker = persons.suffix(Self.lookBack).last { fits($0.actor) }
      // A sentence's subject first; before anyone spoke, any person named.
      func isCandidate(_ run: NameRun) -> Bool {
        run.isPerson && run.tokens.upperBound <= token && !phrases.quoted[run.tokens.lowerBound] && fits(run.actor)
      }
      // A subject the actor stage did not know as a person ("Prominent
      // Canadian examples include ...") is no person when it knows others.
      let knowsPersons = isPersonActor.contains(true)
      let before = runs[..<runsBefore(token)].suffix(Self.lookBack)
      let run = before.last { $0.isSubject && isCandidate($0) && ($0.actor != nil || !knowsPersons) }
        ?? (speaker == nil ? before.last(where: isCandidate) : nil)
      if let run, run.tokens.lowerBound > (speaker?.token ?? -1) {
        let name = run.actor == nil ? expand(self.name(of: run)) : self.name(of: run)
        return ResolvedSpeaker(name: name, kind: .person, paragraph: paragraph, actor: run.actor)
      }
      if let speaker {
        return ResolvedSpeaker(name: speaker.name, kind: .person, paragraph: paragraph, actor: speaker.actor)
      }
      return nil
    }
    switch pronoun.lemma {
    case "thing":
      // The last organization that spoke, unless one has since been the
      // subject of a sentence.
      let run = runs.last {
        !$0.isPerson && $0.isSubject && $0.tokens.upperBound <= token && !phrases.quoted[$0.tokens.lowerBound]
          && $0.actor.map { ["organization", "country"].contains(actors[$0].type) } ?? false
      }
      if let run, run.tokens.lowerBound > (lastOther?.token ?? -1), lastOther?.kind != .organization
        || run.tokens.lowerBound > lastOther!.token
      {
        return ResolvedSpeaker(name: name(of: run), kind: .organization, paragraph: paragraph, actor: run.actor)
      }
      if let lastOther, lastOther.kind == .organization {
        return ResolvedSpeaker(name: lastOther.name, kind: .organization, paragraph: paragraph, actor: lastOther.actor)
      }
      return nil
    default:
      return nil
    }
  }

  /// Person possessives and the subject pronouns they stand for.
  static let possessiveSubjects: [UInt64: UInt64] = [
    WordHash.of(Array("his".utf8)): WordHash.of(Array("he".utf8)),
    WordHash.of(Array("her".utf8)): WordHash.of(Array("she".utf8)),
  ]

  /// How many speakers and names back a pronoun's antecedent is searched: more than
  /// an article names.
  static let lookBack = 1_000

  /// The number of runs that end by token `token` (runs are in text order, apart).
  private func runsBefore(_ token: Int) -> Int {
    runs.partitioningIndex { $0.tokens.upperBound > token }
  }

  /// The name a run stands for: its actor's, else the words as written.
  private func name(of run: NameRun) -> String {
    run.actor.map { actors[$0].name } ?? view.string(run.tokens)
  }

  /// A full name for a surname written alone.
  private func expand(_ name: String) -> String {
    guard !LowerKey.hasSpace(name) else { return name }
    return fullNames[name.lowercased()] ?? name
  }

  private func actor(overlapping tokens: Range<Int>) -> Actor? {
    actorIndex(overlapping: tokens).map { actors[$0] }
  }

  /// The actor named at the phrase's last word, else one whose mention
  /// inside the phrase covers at least half of it.
  @inline(__always) private func actorIndex(overlapping tokens: Range<Int>) -> Int? {
    guard !actors.isEmpty, !tokens.isEmpty else { return nil }
    let last = tokens.upperBound - 1
    if actorAt[last] >= 0 { return Int(actorAt[last]) }
    let range = view.range(tokens.lowerBound, last)
    var index = tokens.lowerBound
    while index < last {
      let mention = mentionOf[index]
      if actorAt[index] >= 0, mention.lowerBound >= tokens.lowerBound, mention.upperBound <= tokens.upperBound,
        view.range(mention.lowerBound, mention.upperBound - 1).count * 2 >= range.count
      {
        return Int(actorAt[index])
      }
      index = max(index + 1, mention.upperBound)
    }
    return nil
  }

  private func speaker(_ actor: Int, paragraph: Int) -> ResolvedSpeaker {
    ResolvedSpeaker(
      name: actors[actor].name, kind: isPersonActor[actor] ? .person : kind(of: actors[actor]), paragraph: paragraph,
      actor: actor)
  }

  private func kind(of actor: Actor) -> ResolvedSpeaker.Kind {
    switch actor.type {
    case "person": .person
    case "group": .group
    default: .organization
    }
  }

}

/// A range of token indices in 8 bytes (`Range<Int>` takes 16): one is
/// kept for every token of a document.
struct TokenSpan {
  private let lower: Int32
  private let upper: Int32

  init(_ range: Range<Int>) {
    lower = Int32(truncatingIfNeeded: range.lowerBound)
    upper = Int32(truncatingIfNeeded: range.upperBound)
  }

  var lowerBound: Int { Int(lower) }
  var upperBound: Int { Int(upper) }
}
