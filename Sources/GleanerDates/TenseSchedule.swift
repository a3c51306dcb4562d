/// The verb of a sentence with no tense cue, read as a schedule (news writes one in
/// the present: "The court hears arguments Wednesday", "The talks open Monday") or as a
/// past like its base form ("The Lakers beat the Celtics Sunday").
extension Tense {
  /// The tense of the sentence's verb before a date at token `i` when its sentence
  /// has no tense cue: 1 for a present, a schedule news writes so ("The court hears
  /// arguments Wednesday", "Ford unveils its new model Tuesday": a verb in -s right
  /// after a subject that opens the sentence, a name or a noun of one or two words
  /// after an optional determiner; not "Scores of league matches on Sunday", "had
  /// made big trades ahead of Monday's"), -1 for a past like its base form right
  /// after the subject ("The Lakers beat the Celtics Sunday", "The Fed cut rates
  /// Tuesday": a present would be "beats", "cuts"), else 0.
  static func scheduleVerb(view: TokenView, at i: Int) -> Int {
    guard let s = view.sentence(of: i) else {
      return 0
    }
    // (a full sentence, ended by a full stop, or by an abbreviation that took it in,
    // "... on Monday at 8 a.m.": not a table's caption "Cup matches on Friday ( home
    // side first ) :")
    let tokens = view.article.sentences[s].tokens
    guard tokens.count > 2, view.lowercasedEnds(tokens.upperBound - 1, ".") else { return 0 }
    var subject = tokens.lowerBound
    // (a quotation's words: "\"The Lakers beat the Celtics Sunday,\" he said")
    if view.is(subject, "\"") || view.is(subject, "“") || view.is(subject, "``") { subject += 1 }
    if view.packed(subject).map(determinerSet.contains) ?? false { subject += 1 }
    // (a possessive before the subject's noun: "The rebels' leaders sign", "The union's
    // members vote", "The police chief's aides resign")
    for n in 0...2 where subject + n + 1 < i {
      guard view.isWord(subject + n) || view.lowercasedEnds(subject + n, "'s") else { break }
      if view.lowercasedEnds(subject + n, "'s") { subject += n + 1; break }
      if view.is(subject + n + 1, "'"), view.lowercasedEnds(subject + n, "s") {
        subject += n + 2
        break
      }
    }
    // ("Both teams play Sunday", "The two leaders meet Friday", "Most banks close Monday")
    if subject + 2 < i, view.packed(subject).map(quantifierSet.contains) ?? false { subject += 1 }
    // (a longer plural subject: "The Rockets and Magic play Wednesday", "Unions in
    // France strike Thursday")
    if let v = longSubjectVerb(view, subject, i) {
      return clauseRuns(view, from: v + 1, to: i) && !afterDeterminer(view, i) ? 1 : 0
    }
    // (a pronoun subject, mostly a quoted speaker's: "\"We play Chelsea on Saturday,\"
    // the manager said", "They fly home Monday"; "he/she/it" take a verb in -s)
    if subject + 1 < i, let pronoun = view.packed(subject), !view.breakBefore(subject + 1) {
      let k = subject + 1
      if pluralPronounSet.contains(pronoun) {
        let runs = clauseRuns(view, from: k + 1, to: i)
        if view.packed(k).map(pastLikeSet.contains) ?? false { return runs ? -1 : 0 }
        if view.is(k, "have") {
          return holdsEvent(view, k) && runs && !afterDeterminer(view, i) ? 1 : 0
        }
        return baseVerb(view, k) && runs && !afterDeterminer(view, i) ? 1 : 0
      }
      if singularPronounSet.contains(pronoun) {
        if view.is(k, "has") {
          return holdsEvent(view, k) && clauseRuns(view, from: k + 1, to: i)
            && !afterDeterminer(view, i) ? 1 : 0
        }
        return presentVerb(view, k) && clauseRuns(view, from: k + 1, to: i)
          && !afterDeterminer(view, i) ? 1 : 0
      }
    }
    // the verb: the second or third word of the subject's run, all plain words
    var k = subject + 1
    while k <= subject + 2, k < i {
      // (a word too long to pack is no stop word: "Lawmakers vote Tuesday")
      let before = view.packed(k - 1)
      guard view.isWord(k - 1), !view.breakBefore(k),
        !(before.map { scheduleSubjectStopSet.contains($0) || mainStopSet.contains($0)
          || determinerSet.contains($0) } ?? false)
      else { return 0 }
      // ("The Lakers beat the Celtics Sunday": a past, the clause's words up to the date)
      if view.packed(k).map(pastLikeSet.contains) ?? false, !view.token(k).isCapitalized {
        return clauseRuns(view, from: k + 1, to: i) ? -1 : 0
      }
      // ("The team has a game Sunday", "The envoys have talks Friday": an event held)
      if view.is(k, "has") || view.is(k, "have") {
        return holdsEvent(view, k) && clauseRuns(view, from: k + 1, to: i)
          && !afterDeterminer(view, i) ? 1 : 0
      }
      // (a plural subject's verb in its base form: "The talks open Monday",
      // "Lawmakers vote Tuesday"; a past cue of the clause came first)
      if presentVerb(view, k) || pluralPresent(view, k) {
        // the rest of the clause up to the date: words only, no comma
        // (a weekday after a determiner modifies a noun: "back the Friday agreement")
        return clauseRuns(view, from: k + 1, to: i) && !afterDeterminer(view, i) ? 1 : 0
      }
      k += 1
    }
    return 0
  }
  /// Whether the sentence of token `i` opens with a singular subject of one or two words
  /// (a determiner allowed before) and a past like its base form, its clause running on to
  /// `i` ("The bank cut rates in December", "Ford set prices in May"): a past, as a present
  /// would end in -s.
  static func singularPastLike(view: TokenView, at i: Int) -> Bool {
    guard let s = view.sentence(of: i) else { return false }
    var subject = view.article.sentences[s].tokens.lowerBound
    if view.packed(subject).map(determinerSet.contains) ?? false { subject += 1 }
    for v in (subject + 1)...(subject + 2) where v < i {
      guard view.isWord(v - 1), !view.breakBefore(v) else { return false }
      if view.packed(v).map(pastLikeSet.contains) ?? false, !view.token(v).isCapitalized {
        return !Guards.looksPlural(view.text[v - 1]) && clauseRuns(view, from: v + 1, to: i)
      }
    }
    return false
  }

  /// Whether "have"/"has" at token `k` is a verb of its own, holding an event that
  /// the sentence schedules ("We have talks on Saturday", "He has surgery Friday"):
  /// the next word is no participle or adverb ("have met", "has been", "have
  /// already": a perfect, a past).
  private static func holdsEvent(_ view: TokenView, _ k: Int) -> Bool {
    let next = k + 1
    guard view.isWord(next), !view.breakBefore(next), !view.lowercasedEnds(next, "ed"),
      !view.lowercasedEnds(next, "ly"), !view.lowercasedEnds(next, "en")
    else { return false }
    guard let word = view.packed(next) else { return true }
    return !participleSet.contains(word) && !pastLikeSet.contains(word)
      && !perfectAdverbSet.contains(word) && !perfectNextSet.contains(word)
  }
  /// Words after "have" that make a perfect besides `perfectAdverbSet` ("have not met",
  /// "has since left") and `participleSet`: more adverbs and irregular participles
  /// ("have yet to", "have met", "has become").
  private static let perfectNextSet = Set(
    ["yet", "still", "ever", "had", "got", "gotten", "made", "paid", "met", "sent", "spent",
     "kept", "brought", "bought", "caught", "fought", "taught", "thought", "heard", "said",
     "led", "fled", "fed", "read", "run", "come", "become"].map(TokenView.pack))
  /// Whether tokens `from..<to` are all words or numbers with no break: the
  /// verb's clause runs on to the date.
  private static func clauseRuns(_ view: TokenView, from: Int, to: Int) -> Bool {
    var j = from
    while j < to, view.isWord(j) || view.isNumber(j), !view.breakBefore(j) { j += 1 }
    return j >= to
  }
  /// Whether the token before `i` is a determiner ("the Friday accord").
  private static func afterDeterminer(_ view: TokenView, _ i: Int) -> Bool {
    view.packed(i - 1).map(determinerSet.contains) ?? false
  }
  /// The verb in the present plural after a subject of more than two words that
  /// opens at token `subject`: two names or plural nouns joined by "and" ("The
  /// Rockets and Magic play", "Police and soldiers patrol") or a noun and a phrase
  /// of "of", "in", "from", "at", "for", "on", "with" of up to four words ("Hundreds of students
  /// protest", "Unions in France strike", a singular head with a verb in -s: "The
  /// head of the agency testifies"); its index, or nil. A base verb's word before
  /// is a name or a noun in -s (not "the seven nations": "seven" is no verb).
  fileprivate static func longSubjectVerb(_ view: TokenView, _ subject: Int, _ i: Int) -> Int? {
    guard subject + 3 < i, view.isWord(subject), let link = view.packed(subject + 1),
      !view.breakBefore(subject + 1),
      !(view.packed(subject).map { mainStopSet.contains($0) || scheduleSubjectStopSet.contains($0) }
        ?? false)
    else { return nil }
    var k = subject + 2
    if link == andWord {
      guard nounLike(view, subject) else { return nil }
      // (a name of up to two words after "and": "the Yankees and Red Sox meet")
      guard view.isWord(k), nounLike(view, k) else { return nil }
      k += 1
      if k < i, view.token(k).isCapitalized, view.isWord(k), !view.breakBefore(k) { k += 1 }
      return k < i && !view.breakBefore(k) && baseVerb(view, k) ? k : nil
    }
    guard longSubjectLinkSet.contains(link) else { return nil }
    // (a singular head takes a verb in -s: "The head of the agency testifies Tuesday")
    let plural = view.lowercasedEnds(subject, "s")
      || view.packed(subject).map(collectiveSet.contains) ?? false
    if view.packed(k).map(determinerSet.contains) ?? false { k += 1 }
    var n = 0
    while k < i, n < 4, view.isWord(k), !view.breakBefore(k) {
      // (the phrase's noun: a name, a noun in -s or one after a determiner: "Workers
      // at the plant walk out")
      if n > 0, plural, baseVerb(view, k),
        nounLike(view, k - 1)
          || view.packed(k - 2).map(determinerSet.contains) ?? false && view.isWord(k - 1)
      {
        return k
      }
      // (a noun in -s before another verb is the phrase's: "the leader of the rebels rejects")
      if n > 0, !plural, presentVerb(view, k),
        !(view.packed(k - 1).map(determinerSet.contains) ?? false),
        !(k + 1 < i && (presentVerb(view, k + 1) || baseVerb(view, k + 1)
          && view.packed(k + 1).map(pastLikeSet.contains) ?? false))
      {
        return k
      }
      if view.packed(k).map({ mainStopSet.contains($0) || scheduleSubjectStopSet.contains($0) })
        ?? false
      {
        return nil
      }
      k += 1
      n += 1
    }
    return nil
  }
  /// Whether token `k` is a name or a noun in -s (a plural subject's last word).
  fileprivate static func nounLike(_ view: TokenView, _ k: Int) -> Bool {
    guard view.isWord(k) else { return false }
    if view.token(k).isCapitalized { return true }
    let range = view.token(k).range
    return range.end - range.start >= 4 && view.lowercasedEnds(k, "s")
      && !view.lowercasedEnds(k, "ss") && !view.lowercasedEnds(k, "us")
  }
  /// Whether token `k` is a base form of a verb (see `pluralPresent`).
  fileprivate static func baseVerb(_ view: TokenView, _ k: Int) -> Bool {
    basePresent(view, k) && (!view.lowercasedEnds(k, "s") || usVerb(view, k))
      && !view.lowercasedEnds(k, "ed")
      && !(view.packed(k).map { scheduleSubjectStopSet.contains($0) || participleSet.contains($0) }
        ?? false)
  }
  /// Verbs in -us, a plural's base form ("Democrats in the House caucus Monday").
  fileprivate static func usVerb(_ view: TokenView, _ k: Int) -> Bool {
    view.packed(k).map(usVerbSet.contains) ?? false
  }
  fileprivate static let usVerbSet = Set(["caucus", "focus", "discuss"].map(TokenView.pack))
  fileprivate static let longSubjectLinkSet = Set(
    ["of", "in", "from", "at", "for", "on", "with"].map(TokenView.pack))

  /// Whether token `k` is a verb in the present plural after a plural noun (the
  /// subject's last word, in -s: "The talks open", "Negotiators resume"): a base
  /// form (`baseVerb`).
  fileprivate static func pluralPresent(_ view: TokenView, _ k: Int) -> Bool {
    guard k > 0, view.isWord(k - 1), baseVerb(view, k),
      view.lowercasedEnds(k - 1, "s"), !view.lowercasedEnds(k - 1, "ss"),
      !view.lowercasedEnds(k - 1, "us"), !view.lowercasedEnds(k - 1, "'s")
    else { return false }
    let range = view.token(k - 1).range
    return range.end - range.start >= 4
  }
  /// Participles like a base form after a plural noun ("Two men taken into custody Monday"),
  /// and "lay", a past as often ("Scores of corpses lay along the road Monday").
  fileprivate static let participleSet = Set(
    ["taken", "given", "beaten", "eaten", "chosen", "driven", "written", "fallen", "broken",
     "stolen", "spoken", "risen", "hidden", "frozen", "shaken", "ridden", "proven", "sworn",
     "torn", "worn", "born", "borne", "shown", "known", "grown", "thrown", "drawn", "slain",
     "seen", "done", "gone", "begun", "found", "lay", "held", "sold", "told",
     "left", "lost", "won", "shot", "hurt", "killed"].map(TokenView.pack))
  /// Pronoun subjects taking a verb in its base form ("We play", "They meet").
  fileprivate static let pluralPronounSet = Set(["we", "they", "i", "you"].map(TokenView.pack))
  /// Pronoun subjects taking a verb in -s ("He flies", "She testifies").
  static let singularPronounSet = Set(["he", "she", "it"].map(TokenView.pack))
  /// Heads of a group, taking a plural verb after "of" ("A team of divers search").
  fileprivate static let collectiveSet = Set(
    ["team", "crew", "group", "panel", "band", "pair", "couple", "squad", "handful", "number",
     "host", "party", "gang", "unit", "dozen", "score", "bunch", "majority", "minority",
     "flock", "fleet"].map(TokenView.pack))
  /// Counts and quantifiers opening a plural subject ("both teams", "the two sides").
  fileprivate static let quantifierSet = Set(
    ["both", "two", "three", "four", "five", "all", "most", "many", "some"].map(TokenView.pack))
  /// Words after which a word in -s is a plural noun, not a verb ("attacks by rebels").
  fileprivate static let scheduleSubjectStopSet = Set(
    ["of", "by", "in", "on", "at", "to", "against", "between", "among", "about", "over",
     "under", "per", "than", "as", "or", "many", "several", "some", "few", "more", "most",
     "other", "new", "such", "no", "any", "every", "four", "five", "six", "seven", "eight",
     "nine", "ten", "dozen", "hundred", "thousand", "million", "two", "three"].map(TokenView.pack))

  /// Whether the only cue after token `i` in its sentence is a closing attribution
  /// (", diplomats said.", ", officials told reporters."): the clause before it keeps
  /// its own tense ("The talks open Monday in Geneva, diplomats said").
  static func closingAttribution(_ view: TokenView, _ lexicon: DateLexicon, at i: Int) -> Bool {
    guard let s = view.sentence(of: i) else {
      return false
    }
    let end = view.article.sentences[s].tokens.upperBound
    // (no cue before the date either: "Rebels took two towns Monday, the army said")
    var b = view.article.sentences[s].tokens.lowerBound
    while b < i {
      if cue(view: view, lexicon: lexicon, at: b) != 0 { return false }
      b += 1
    }
    var k = i + 1
    while k < end, view.packed(k) != commaWord {
      if cue(view: view, lexicon: lexicon, at: k) != 0 { return false }
      k += 1
    }
    // (a short attribution that ends the sentence: at most six words after the comma)
    guard k < end, end - k <= 8 else { return false }
    var said = false
    for j in (k + 1)..<end {
      if lexicon.starts(.sayingVerb, view, at: j),
        !lexicon.match(.sayingVerb, view, at: j).isEmpty
      {
        said = true
      } else if cue(view: view, lexicon: lexicon, at: j) != 0 {
        return false
      }
    }
    return said
  }
}
