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
}

/// Links speaker phrases to names: actors first (by mention ranges, then by
/// surname or role), then full names written earlier in the text ("Lonechild"
/// → "Darian Lonechild"), roles ("the Hamas spokesman" → the person named
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
    var name: String
    var isPerson: Bool
    /// Whether the name opens its sentence (after titles): a subject.
    var isSubject: Bool
  }

  private var runs: [NameRun] = []
  /// Lower-cased last word => the first full name ending in it.
  private var fullNames: [String: String] = [:]
  /// Role word hash => (token, name), in text order.
  private var roles: [(hash: UInt64, token: Int, name: String)] = []
  private var lowerWords = Set<UInt64>()
  private var lastPerson: ResolvedSpeaker?
  private var lastOther: ResolvedSpeaker?
  private(set) var last: ResolvedSpeaker?

  init(rules: QuoteRules, view: TokenView, phrases: Phrases, actors: [Actor]) {
    self.rules = rules
    self.view = view
    self.phrases = phrases
    self.actors = actors
    findNames()
  }

  // MARK: - Names in the text

  private mutating func findNames() {
    // Words also written in lower case are common words, not names, when
    // they open a sentence ("For Baxter, ...").
    var lowerWords = Set<UInt64>()
    for index in 0..<view.count where view.isWord(index) && !view.isCapitalized(index) {
      lowerWords.insert(view.hashes[index])
    }
    self.lowerWords = lowerWords
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
        } else if rules.particles.contains(view.hashes[end]), end + 1 < view.count,
          view.isCapitalized(end + 1) || phrases.isJoiner(end + 1)
        {
          end += 1
        } else {
          break
        }
      }
      if let name = nameTokens(index..<end) {
        let other = actor(overlapping: name).map { $0.type != "person" } ?? false
        let isPerson = isPersonName(name) && !other
        let text = view.string(name)
        let sentence = view.sentenceBounds(name.lowerBound)
        let isSubject = (sentence.lowerBound..<name.lowerBound).allSatisfy {
          view.isPunctuation($0) || view.isCapitalized($0) || rules.determiners.contains(view.hashes[$0])
            || rules.titleWords.contains(view.hashes[$0])
        }
        runs.append(NameRun(tokens: name, name: text, isPerson: isPerson, isSubject: isSubject))
        if isPerson, wordCount(name) >= 2 {
          let surname = view.string((name.upperBound - 1)..<name.upperBound).lowercased()
          if fullNames[surname] == nil { fullNames[surname] = text }
        }
        // Titles before the name: inside the run, or lower-case right before it.
        var back = name.lowerBound - 1
        var seen = 0
        while back >= 0, seen < 4, view.isWord(back), view.tokens[back].paragraph == view.tokens[index].paragraph {
          let hash = view.hashes[back]
          if back < index, !rules.titleWords.contains(hash) { break }
          if isPerson { roles.append((hash, back, text)) }
          back -= 1
          seen += 1
        }
      }
      index = end
    }
  }

  /// The name part of a capitalized run: past leading function words and
  /// titles, at most the last three words.
  private func nameTokens(_ run: Range<Int>) -> Range<Int>? {
    var start = run.lowerBound
    var lastTitle: Int?
    for index in run where view.isWord(index) && rules.titleWords.contains(view.hashes[index]) {
      lastTitle = index
    }
    if let lastTitle { start = lastTitle + 1 }
    while start < run.upperBound, view.isWord(start),
      rules.determiners.contains(view.hashes[start]) || rules.subjectStops.contains(view.hashes[start])
        || rules.speakerStops.contains(view.hashes[start])
    {
      start += 1
    }
    while start < run.upperBound, view.isPunctuation(start) { start += 1 }
    if start + 1 < run.upperBound, view.tokens[start].startsSentence,
      lowerWords.contains(view.hashes[start]) || isInflected(start)
    {
      start += 1
    }
    while start < run.upperBound, view.isPunctuation(start) { start += 1 }
    guard start < run.upperBound else { return nil }
    var name = start..<run.upperBound
    while wordCount(name) > 3 {
      var next = name.lowerBound + 1
      while next < name.upperBound, view.isPunctuation(next) || !view.isCapitalized(next) { next += 1 }
      name = next..<name.upperBound
    }
    return name
  }

  /// A capitalized "-ing" or "-ly" word, which opens sentences, not names.
  private func isInflected(_ index: Int) -> Bool {
    let range = view.tokens[index].range
    guard range.count > 4 else { return false }
    let bytes = view.text.lowercased
    let tail = (bytes[range.end - 3], bytes[range.end - 2], bytes[range.end - 1])
    return tail == (105, 110, 103) || (tail.1 == 108 && tail.2 == 121)
  }

  private func wordCount(_ range: Range<Int>) -> Int {
    var count = 0
    for index in range where view.isWord(index) {
      if index > range.lowerBound, phrases.isJoiner(index - 1) { continue }
      let joined = index + 1 < range.upperBound && phrases.isJoiner(index + 1)
      if !view.isCapitalized(index), !joined { continue }  // "van der"
      count += 1
    }
    return count
  }

  private func isPersonName(_ name: Range<Int>) -> Bool {
    guard let last = name.last, view.isWord(last) else { return false }
    if rules.organizationWords.contains(view.hashes[last]) { return false }
    if name.contains(where: { view.isAllCaps($0) }) { return false }
    if name.contains(where: { rules.pronouns[view.hashes[$0]] != nil }) { return false }
    return wordCount(name) >= 2
  }

  // MARK: - Resolving speaker phrases

  /// The speaker of a phrase written at `phrase`, remembered as the last one.
  mutating func resolve(_ phrase: Range<Int>, role: Range<Int>?, paragraph: Int) -> ResolvedSpeaker? {
    guard var resolved = lookUp(phrase, paragraph: paragraph) else { return nil }
    resolved.token = phrase.lowerBound
    if let role, resolved.kind == .person {
      for index in role where view.isWord(index) {
        roles.append((view.hashes[index], index, resolved.name))
      }
    }
    remember(resolved)
    return resolved
  }

  /// Remembers a speaker found otherwise (a quotation that goes on).
  mutating func remember(_ speaker: ResolvedSpeaker) {
    last = speaker
    if speaker.kind == .person {
      if speaker.isNamed { lastPerson = speaker }
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
    if rules.possessives.contains(view.hashes[first]) {
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
          && (rules.preVerb.contains(view.hashes[run.tokens.upperBound])
            || rules.verbs[view.hashes[run.tokens.upperBound]] != nil)
      } ?? ahead.first
      if let subject {
        let name = actor(overlapping: subject.tokens)?.name ?? subject.name
        return ResolvedSpeaker(name: name, kind: subject.isPerson ? .person : .organization, paragraph: paragraph)
      }
      return nil
    }
    // A name closes the phrase ("University of X political scientist Jane Doe").
    let lastToken = phrase.upperBound - 1
    if phrase.count > 1, view.isCapitalized(lastToken),
      let actor = actor(overlapping: lastToken..<phrase.upperBound)
    {
      return ResolvedSpeaker(name: actor.name, kind: kind(of: actor), paragraph: paragraph)
    }
    if phrase.count > 1, view.isCapitalized(lastToken) {
      var runStart = lastToken
      while runStart > first, view.isCapitalized(runStart - 1) || phrases.isJoiner(runStart - 1)
        || rules.particles.contains(view.hashes[runStart - 1])
      {
        runStart -= 1
      }
      if let name = nameTokens(runStart..<phrase.upperBound), name.count < phrase.count,
        isPersonName(name) || wordCount(name) == 1 && fullNames[view.string(name).lowercased()] != nil
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
    if let actor = actor(overlapping: head) {
      return ResolvedSpeaker(name: actor.name, kind: kind(of: actor), paragraph: paragraph)
    }
    let headWord = headEnd - 1
    if view.isCapitalized(headWord) || (headEnd - first == 1 && view.isWord(headWord)) && view.isCapitalized(headWord) {
      var runStart = headWord
      while runStart > first, view.isCapitalized(runStart - 1) || phrases.isJoiner(runStart - 1)
        || rules.particles.contains(view.hashes[runStart - 1])
      {
        runStart -= 1
      }
      if let name = nameTokens(runStart..<headEnd) {
        return named(name, paragraph: paragraph)
      }
    }
    // A description: "the Hamas spokesman", "the minister", "city staff".
    let hash = view.hashes[headWord]
    if let actor = actors.first(where: { actor in
      actor.type == "person" && actor.roles.contains { role in
        role.lowercased().split(separator: " ").contains { WordHash.of(Array($0.utf8)) == hash }
      }
    }) {
      return ResolvedSpeaker(name: actor.name, kind: .person, paragraph: paragraph)
    }
    if let role = roles.last(where: { $0.hash == hash && $0.token < first }) {
      return ResolvedSpeaker(name: role.name, kind: .person, paragraph: paragraph)
    }
    var start = first
    while start < phrase.upperBound - 1, rules.subjectStops.contains(view.hashes[start]) { start += 1 }
    let text = view.string(start..<phrase.upperBound)
    let kind: ResolvedSpeaker.Kind =
      rules.organizationWords.contains(hash) ? .organization
      : isPlural(headWord) ? .group : .person
    return ResolvedSpeaker(name: text, kind: kind, paragraph: paragraph, isNamed: false)
  }

  /// A capitalized name: an actor's, the full name it is short for, or as written.
  private func named(_ name: Range<Int>, paragraph: Int) -> ResolvedSpeaker {
    let text = view.string(name)
    let words = wordCount(name)
    let lowered = text.lowercased()
    if words == 1 {
      if let actor = actors.first(where: { actor in
        actor.type == "person" && actor.name.lowercased().split(separator: " ").last.map(String.init) == lowered
      }) {
        return ResolvedSpeaker(name: actor.name, kind: .person, paragraph: paragraph)
      }
      if let full = fullNames[lowered] {
        return ResolvedSpeaker(name: full, kind: .person, paragraph: paragraph)
      }
    }
    if let actor = actors.first(where: { $0.name.lowercased() == lowered }) {
      return ResolvedSpeaker(name: actor.name, kind: kind(of: actor), paragraph: paragraph)
    }
    let isOrganization = rules.organizationWords.contains(view.hashes[name.upperBound - 1])
      || name.contains(where: { view.isAllCaps($0) })
    return ResolvedSpeaker(name: text, kind: isOrganization ? .organization : .person, paragraph: paragraph)
  }

  private func resolvePronoun(_ pronoun: SpeakerPronoun, at token: Int, paragraph: Int) -> ResolvedSpeaker? {
    if pronoun.isPerson {
      // The last person who spoke, unless a person has since been the
      // subject of a sentence.
      let run = runs.last {
        $0.isPerson && $0.tokens.upperBound <= token && !phrases.quoted[$0.tokens.lowerBound]
          && ($0.isSubject || lastPerson == nil)
      }
      if let run, run.tokens.lowerBound > (lastPerson?.token ?? -1) {
        let name = actor(overlapping: run.tokens)?.name ?? expand(run.name)
        return ResolvedSpeaker(name: name, kind: .person, paragraph: paragraph)
      }
      if let lastPerson { return ResolvedSpeaker(name: lastPerson.name, kind: .person, paragraph: paragraph) }
      return nil
    }
    switch pronoun.lemma {
    case "thing":
      if let lastOther, lastOther.kind == .organization {
        return ResolvedSpeaker(name: lastOther.name, kind: .organization, paragraph: paragraph)
      }
      return nil
    default:
      return nil
    }
  }

  /// A full name for a surname written alone.
  private func expand(_ name: String) -> String {
    guard !name.contains(" ") else { return name }
    return fullNames[name.lowercased()] ?? name
  }

  private func actor(overlapping tokens: Range<Int>) -> Actor? {
    guard !actors.isEmpty, !tokens.isEmpty else { return nil }
    let range = view.range(tokens.lowerBound, tokens.upperBound - 1)
    let lastWord = view.tokens[tokens.upperBound - 1].range
    // Prefer an actor named at the phrase's head word.
    if let actor = actors.first(where: { $0.mentions.contains { $0.range.overlaps(lastWord) } }) {
      return actor
    }
    return actors.first { $0.mentions.contains { range.contains($0.range) && $0.range.count * 2 >= range.count } }
  }

  private func kind(of actor: Actor) -> ResolvedSpeaker.Kind {
    switch actor.type {
    case "person": .person
    case "group": .group
    default: .organization
    }
  }

  private func isPlural(_ token: Int) -> Bool {
    let range = view.tokens[token].range
    guard range.count > 3 else { return false }
    let bytes = view.text.bytes
    return bytes[range.end - 1] == UInt8(ascii: "s") && bytes[range.end - 2] != UInt8(ascii: "s")
  }
}
