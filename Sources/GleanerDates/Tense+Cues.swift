/// The tense cue of one word (`@list tense`, a word in -ed, a present in -s), read once per token
/// and cached in the view.
extension Tense {
  /// Whether token `k` is a verb in the present, third person ("turns", "defends",
  /// "leaves"; not "was", "has", "is").
  static func presentVerb(_ view: TokenView, _ k: Int) -> Bool {
    guard view.isWord(k), !view.token(k).isCapitalized else { return false }
    let range = view.token(k).range
    guard range.end - range.start >= 4, view.lowercasedEnds(k, "s"), !view.lowercasedEnds(k, "ss"),
      !view.lowercasedEnds(k, "us")
    else { return false }
    return view.packed(k).map { !presentExceptionSet.contains($0) } ?? true
  }

  /// Whether token `k`, right after an inserted clause, is the sentence's verb in
  /// the present plural ("The Yankees, swept by Boston, open a series Monday"): a
  /// lower-case word of 3 letters or more, not a cue, nor a word of `mainStopSet`
  /// or one in -ly.
  static func basePresent(_ view: TokenView, _ k: Int) -> Bool {
    guard view.isWord(k), !view.token(k).isCapitalized, let word = view.packed(k) else {
      return false
    }
    let range = view.token(k).range
    return range.end - range.start >= 3 && !mainStopSet.contains(word)
      && !pastLikeSet.contains(word) && (!view.lowercasedEnds(k, "ly") || lyVerbSet.contains(word))
      && !view.lowercasedEnds(k, "ing")
  }

  /// Verbs in -ly, not adverbs ("Thousands of farmers rally Monday").
  static let lyVerbSet = Set(
    ["rally", "reply", "apply", "comply", "supply"].map(TokenView.pack))

  static let mainStopSet = Set(
    ["has", "have", "had", "are", "was", "were", "also", "still", "now", "then", "and", "but",
     "the", "its", "his", "her", "their", "not", "never", "already", "just", "even", "only", "may",
     "might", "can", "could", "must", "should", "would", "will", "did", "does", "said", "say",
     "says", "told", "tell", "for", "with", "from", "into", "who", "which", "whom", "whose",
     "that", "this", "these", "those", "they", "she", "him", "them", "one", "two", "three", "all",
     "both", "each", "after", "before", "when", "while", "though", "although", "because", "since",
     "until", "where", "what", "how", "there", "here", "our", "your", "got", "get", "gets"].map(
      TokenView.pack))

  /// Past forms like their base form, read as past after "who"/"which" (a present
  /// after a singular subject ends in -s: "which cut its rate Friday").
  /// Verbs whose object "it" may be, its state after it ("keep it shut", "left it
  /// open", "made it clear"): no subject of a past like its base form.
  static let objectVerbSet = Set(
    ["keep", "keeps", "kept", "keeping", "leave", "leaves", "left", "leaving", "make", "makes",
     "made", "making", "let", "lets", "have", "has", "had", "get", "gets", "got", "want",
     "wants", "wanted", "see", "sees", "saw", "find", "finds", "found", "hold", "holds", "held",
     "declare", "declared", "call", "called", "consider", "set", "put"].map(TokenView.pack))

  static let pastLikeSet = Set(
    ["cut", "hit", "put", "set", "beat", "quit", "shut", "bid", "cast", "split", "hurt", "upset",
     "spread", "burst", "let", "bit", "forecast", "cost", "shed"].map(TokenView.pack))

  static let presentExceptionSet = Set(["was", "has", "is", "does", "its", "this", "less", "plus"].map(TokenView.pack))

  /// Past verbs of agreeing on a plan: a schedule verb after them and "to" looks
  /// ahead ("agreed to meet again Monday").
  static let agreementSet = Set(
    ["agreed", "decided", "promised", "vowed", "pledged", "voted", "arranged"].map(TokenView.pack))

  /// The nearest cue before token `i` in its sentence, else the nearest after it.
  static func scan(view: TokenView, lexicon: DateLexicon, at i: Int) -> Int {
    aroundRaw(view: view, lexicon: lexicon, i, i + 1)
  }

  /// Token `k`'s cue: a `@list tense` phrase, or a past participle (a
  /// lower-case word of 5 or more letters ending in -ed, not after "be"); 0 for none.
  @inline(__always)
  static func cue(view: TokenView, lexicon: DateLexicon, at k: Int) -> Int {
    let cached = view.tenseCues[k]
    if cached != TokenView.unknown { return Int(cached) }
    let c = computeCue(view: view, lexicon: lexicon, at: k)
    view.tenseCues[k] = Int8(c)
    return c
  }

  /// Whether token `k` is a participle after "has"/"have" (an adverb
  /// between allowed): the present perfect takes no past time ("has issued
  /// a warning from 6pm Wednesday"), so it is no past cue.
  static func perfect(_ view: TokenView, _ k: Int) -> Bool {
    guard k > 0 else { return false }
    if isPerfect(view, k - 1) { return true }
    if k > 1, isPerfect(view, k - 2), view.packed(k - 1).map(perfectAdverbSet.contains) ?? false {
      return true
    }
    // a perfect passive: "have been ruled out", "has not been ruled out"
    return k > 1 && view.is(k - 1, "been") && perfect(view, k - 1)
  }

  static func isPerfect(_ view: TokenView, _ i: Int) -> Bool {
    // ("haven’t" is longer than a packed word)
    view.packed(i).map(perfectWordSet.contains) ?? view.is(i, "haven’t")
  }

  static let perfectWordSet = Set(perfectWords.map(TokenView.pack))

  /// Participles that stand for people after a figure or "the" ("400 wounded", "the
  /// injured"; packed words: eight letters at most).
  static let peopleParticipleSet = Set(
    ["wounded", "injured", "detained", "accused", "deceased", "disabled", "bereaved",
     "stranded"].map(TokenView.pack))

  /// Participles that "as" makes an aside ("as planned", "as expected").
  static let asParticipleSet = Set(
    ["planned", "expected", "promised", "agreed", "forecast", "intended", "arranged"]
      .map(TokenView.pack))

  static let perfectWords = [
    "has", "have", "'ve", "’ve", "i've", "we've", "you've", "they've", "i’ve", "we’ve", "you’ve",
    "hasn't", "haven't", "hasn’t",
  ]

  /// Words before a verb's base form ("to hit", "will set", "did not"... "can put").
  static let baseBefore = [
    "to", "will", "would", "can", "could", "may", "might", "must", "should", "shall", "'ll",
    "’ll", "did", "does", "do", "not", "n't", "won't", "cannot",
  ]

  static let baseBeforeSet = Set(baseBefore.map(TokenView.pack))

  /// Words that make a following verb of a schedule a noun ("the meet", "his return home").
  static let determiners = [
    "the", "a", "an", "his", "her", "its", "their", "our", "your", "my", "this", "that", "these",
    "those", "'s", "’s",
  ]

  static let determinerSet = Set(determiners.map(TokenView.pack))

  /// Whether token `k` ends a noun phrase after a preposition: "at the indoor meet",
  /// "at the Spring Vale meet" (up to two words between the determiner and `k`).
  /// (Not after a plural, the phrase's own head: "Delegates from the two sides meet Sunday".)
  static func nounAfterPreposition(_ view: TokenView, _ k: Int) -> Bool {
    guard k > 0, !Guards.looksPlural(view.text[k - 1]) else { return false }
    var j = k - 1
    while j > 1, k - j <= 3, !view.breakBefore(j + 1), view.isWord(j) {
      if view.is(j, "the") || view.is(j, "a") || view.is(j, "an") || view.is(j, "its") || view.is(j, "their") {
        // (a verb in -s after "before"/"after" and its subject: "before the session ends in
        // May", a clause)
        if view.is(j - 1, "before") || view.is(j - 1, "after"), presentVerb(view, k) { return false }
        return j < k - 1 && !view.breakBefore(j) && ["at", "in", "of", "for", "from", "to", "after", "before", "during"]
          .contains(where: { view.is(j - 1, $0) })
      }
      j -= 1
    }
    return false
  }

  /// Subjects that expect ("Analysts expected a deal"): "expected" after them is a past.
  static let expecters = [
    "they", "we", "i", "he", "she", "analysts", "officials", "experts", "traders", "investors",
    "economists", "many", "most", "some", "who", "markets", "dealers", "bankers",
  ]

  /// Words after a participle that make it a verb, not a noun's adjective ("of those
  /// who failed to pay", "the number of people killed in", "of aid pledged by").
  static let clauseWordSet = Set(
    ["to", "in", "on", "at", "by", "for", "with", "from", "into", "the", "a", "an", "and", "or",
     "that", "as", "up", "out", "off", "over", "after", "before", "since", "during", "last", "this"].map(TokenView.pack))

  /// Determiners before which a word in -ed is an adjective ("the flooded
  /// towns"; not "that", a relative: "the strike that ended Tuesday").
  static let adjectiveDeterminerSet = Set(
    ["the", "a", "an", "its", "his", "their", "our", "your", "my", "these", "those"].map(TokenView.pack))

  /// Prepositions after which a word in -ed before a noun is an adjective ("of failed
  /// banks", "on flooded fields").
  static let adjectivePrepositionSet = Set(
    ["of", "on", "onto", "into", "over", "across", "through", "under", "with"].map(TokenView.pack))

  /// Verbs before which a word in -ed tells a state, no tense ("remain closed").
  static let linkingVerbSet = Set(
    ["remain", "remains", "remained", "stay", "stays", "stayed", "staying"].map(
      TokenView.pack))

  static let perfectAdverbSet = Set(perfectAdverbs.map(TokenView.pack))

  static let perfectAdverbs = [
    "already", "also", "now", "just", "since", "recently", "not", "never", "been", "all", "long",
  ]

  /// A participle after "to be" looks ahead ("a motion to be heard Friday"),
  /// after "was/were to be" it is a plan told in the past (`neutral`), after "had to
  /// be" a duty told in the past ("had to be postmarked by Monday": -1); nil otherwise.
  static func passiveInfinitive(_ view: TokenView, _ k: Int) -> Int? {
    guard k > 2, view.is(k - 1, "be"), view.packed(k - 2) == toWord, !view.breakBefore(k - 1)
    else { return nil }
    if view.packed(k - 3) == hadWord { return -1 }
    return view.packed(k - 3).map { $0 == wasWord || $0 == wereWord } ?? false ? neutral : 1
  }

  /// Whether a participle (or an adverb and one) stands at token `k` after "have"
  /// ("should have been", "could have already left"; not "should have clear skies"): a
  /// word in -ed, -en or -wn, a past form of the rules' `@list tense`, or one of
  /// `bareParticipleSet`.
  static func participleAfterHave(_ view: TokenView, _ lexicon: DateLexicon, _ k: Int) -> Bool {
    var k = k
    if k + 1 < view.count, view.packed(k).map(haveAdverbSet.contains) ?? false { k += 1 }
    guard view.isWord(k) else { return false }
    if view.packed(k).map(bareParticipleSet.contains) ?? false
      || lexicon.match(.tense, view, at: k).contains(where: { $0.0 == k + 1 && $0.1.value == "past" })
    {
      return true
    }
    return view.lowercasedEnds(k, "ed") || view.lowercasedEnds(k, "en") || view.lowercasedEnds(k, "wn")
  }

  static let haveAdverbSet = Set(
    ["already", "never", "also", "just", "ever", "long", "not", "probably", "surely"].map(TokenView.pack))

  /// Participles no past form of the rules and no ending tells ("have done", "have gone",
  /// "have set": the rules leave forms like "set" out, a base form as often).
  static let bareParticipleSet = Set(
    ["done", "gone", "begun", "come", "become", "run", "shut", "quit", "swum", "set", "cut", "let",
     "read"].map(TokenView.pack))

  static func computeCue(view: TokenView, lexicon: DateLexicon, at k: Int) -> Int {
    if request(view: view, lexicon: lexicon, at: k) { return 1 }
    // "to evacuate 400 wounded by Friday night", "care for the injured": a participle
    // standing for people after a figure or "the" is a noun
    if k > 0, !view.breakBefore(k), view.isNumber(k - 1) || view.is(k - 1, "the"),
      view.packed(k).map(peopleParticipleSet.contains) ?? false
    {
      return 0
    }
    // "will go ahead as planned on June 4", "rose, as expected, on Monday": a participle
    // after "as" tells no tense of its own
    if k > 0, view.is(k - 1, "as"), !view.breakBefore(k),
      view.packed(k).map(asParticipleSet.contains) ?? false
    {
      return 0
    }
    if let hit = lexicon.match(.tense, view, at: k).first {
      // `none`: a word in -ed that is no past form ("can proceed", "indeed")
      if hit.1.value == "none" { return 0 }
      // `nearest`: a cue that ends the scan with no tense ("ahead of Monday's
      // holiday": ahead of the clause's time, which may itself be past)
      if hit.1.value == "nearest" { return neutral }
      // "should have clear skies through the weekend": a modal's "have" before no
      // participle is the verb "have", a forecast
      if hit.1.value == "past", hit.0 > k, hit.0 < view.count, view.is(hit.0 - 1, "have"),
        !view.breakBefore(hit.0), view.isWord(hit.0), !participleAfterHave(view, lexicon, hit.0)
      {
        return 1
      }
      // "the Met Office", "Will Smith": a capital mid-sentence makes a name
      let token = view.token(k)
      // (not a quotation's first word: "\"We'll beat them Friday,\" he said")
      if view.nameCapital(k), !token.startsSentence, !view.breakBefore(k),
        !(k > 0 && Guards.opensQuote(view, k - 1))
      {
        return 0
      }
      if hit.1.value == "future" {
        // ("notes that fell due on Saturday": a payment fallen due is past)
        if view.packed(k) == dueWord, k > 0, !view.breakBefore(k), view.is(k - 1, "fell") || view.is(k - 1, "came") {
          return -1
        }
        // "had planned to", "had been scheduled for": a past perfect plan looks back
        // (one that ends its clause is no plan: "the merger, which had been expected, closed")
        // (so does one "originally" made: "originally planned to act in June")
        if k > 0, view.isWord(k + 1), view.is(k - 1, "originally") || view.packed(k - 1).map({ before in
          before == hadWord || (before == beenWord && k > 1 && view.packed(k - 2) == hadWord)
        }) ?? false
        {
          return -1
        }
        // "Analysts expected a deal on Tuesday", "than officials expected in June": a
        // simple past after its subject (not "expected to", "expected the economy to
        // grow", a plan)
        if view.packed(k) == expectedWord, k > 0, !view.breakBefore(k),
          expecters.contains(where: { view.is(k - 1, $0) }),
          !((k + 1)..<min(k + 6, view.count)).contains(where: { view.packed($0) == toWord })
        {
          return -1
        }
        // "was expected to arrive Tuesday": a plan told in the past, kept or not
        // ("was to", "were expected to"; not "was set for Friday", a new day, nor
        // "were planning to", still on)
        let first = view.packed(k)
        if first == wasWord || first == wereWord
          || ((first == expectedWord || first == dueWord
            || (view.is(k, "scheduled") && k + 1 < view.count && view.packed(k + 1) == toWord))
            && k > 0 && !view.breakBefore(k)
            && view.packed(k - 1).map { $0 == wasWord || $0 == wereWord } ?? false)
        {
          return neutral
        }
        // `verb=yes`: a verb of a schedule ("arrives", "meet") is a noun after a
        // determiner ("the meet Saturday") and a base form after "to" or a
        // modal ("agreed to meet"): no cue of its own, the scan goes on
        // ("won the race at the Spring Vale meet on Sunday": a noun of a phrase after a
        // preposition and a determiner, a word or two between)
        if hit.1.attribute("verb") == "yes", Self.nounAfterPreposition(view, k) { return 0 }
        // (not a verb in -s after a possessive, the subject's: "The clearance at Hargrove's
        // ends Sunday")
        if hit.1.attribute("verb") == "yes", k > 0, let before = view.packed(k - 1),
          baseBeforeSet.contains(before)
            || determinerSet.contains(before) && !(Guards.possessive(view, k - 1) && presentVerb(view, k))
        {
          // "have agreed to meet again Sunday": a plan made up to now lies ahead
          if before == toWord, k > 1, !view.breakBefore(k - 1), perfect(view, k - 2) {
            return 1
          }
          // "agreed to meet again Monday", "decided to resume talks Friday": a
          // meeting agreed on lies after the agreement, ahead of the paper
          if before == toWord, k > 1, !view.breakBefore(k - 1),
            view.packed(k - 2).map(agreementSet.contains) ?? false
          {
            return 1
          }
          // "Talks to resume Tuesday", "President Clinton to visit China Monday": a
          // headline's infinitive right after its subject of one or two words is a plan
          if before == toWord, k > 1, !view.breakBefore(k - 1), view.isWord(k - 2),
            view.token(k - 2).startsSentence
              || (k > 2 && view.token(k - 3).startsSentence && view.isWord(k - 3)
                && view.token(k - 3).isCapitalized && view.token(k - 2).isCapitalized)
          {
            return 1
          }
          return 0
        }
        return 1
      }
      // "will be held": a past form after "be" is a passive participle;
      // "has issued": the present perfect takes no past time; "to hit",
      // "will set": a form like "hit" or "set" after "to" or a modal is a base form
      // (a capitalized word is a name: "Theresa May said")
      if k > 0, !view.nameCapital(k - 1), let before = view.packed(k - 1),
        baseBeforeSet.contains(before)
      {
        return 0
      }
      if let passive = passiveInfinitive(view, k) { return passive }
      if presentPassive(view, k) || adjectiveAfterAdverb(view, k) || reducedRelative(view, k) { return 0 }
      // ("expects to recover the lost sales in March", "to move the spent fuel": a past
      // form between a determiner and its noun is an adjective; not a cue of several words,
      // "the closing price")
      if hit.0 == k + 1, k > 0, k + 1 < view.count, !view.breakBefore(k), !view.breakBefore(k + 1),
        view.packed(k - 1).map(adjectiveDeterminerSet.contains) ?? false,
        view.isWord(k + 1), !view.token(k + 1).isCapitalized,
        lexicon.match(.tense, view, at: k + 1).isEmpty,
        !(view.packed(k + 1).map(clauseWordSet.contains) ?? false)
      {
        return 0
      }
      return k > 0 && view.is(k - 1, "be") || perfect(view, k) ? 0 : -1
    }
    guard view.isWord(k), !view.nameCapital(k) else { return 0 }
    // ("the target it set in October": a past like its base form after "it", "he" or
    // "she", whose present would end in -s; not the pronoun as a verb's object: "will
    // keep it shut until June")
    if k > 0, !view.breakBefore(k), let word = view.packed(k), pastLikeSet.contains(word),
      let before = view.packed(k - 1), singularPronounSet.contains(before),
      !(k > 1 && !view.breakBefore(k - 1) && view.packed(k - 2).map(objectVerbSet.contains) ?? false)
    {
      return -1
    }
    let range = view.token(k).range
    let bytes = view.article.lowercased
    // a word of 5 or more characters ending in -ed (tested first: most words are not)
    guard range.end - range.start >= 5, bytes[range.end - 2] == UInt8(ascii: "e"),
      bytes[range.end - 1] == UInt8(ascii: "d")
    else { return 0 }
    var ascii = true
    for b in range.start..<range.end where bytes[b] >= 0x80 {
      ascii = false
      break
    }
    if !ascii, view.text[k].count < 5 { return 0 }
    // "the flooded towns", "a failed coup": an adjective after a determiner;
    // "will remain closed until": a state after a linking verb (its tense decides);
    // "have not yet qualified for Friday's final": a thing not yet done
    if k > 0, !view.breakBefore(k), let before = view.packed(k - 1),
      adjectiveDeterminerSet.contains(before) || linkingVerbSet.contains(before) || before == yetWord
    {
      return 0
    }
    if adjectiveAfterAdverb(view, k) { return 0 }
    // "assets of failed banks", "rain on flooded fields": a participle between a
    // preposition and its noun is an adjective
    if k > 0, k + 1 < view.count, !view.breakBefore(k), !view.breakBefore(k + 1),
      view.packed(k - 1).map(adjectivePrepositionSet.contains) ?? false,
      view.isWord(k + 1), !view.token(k + 1).isCapitalized,
      lexicon.match(.tense, view, at: k + 1).isEmpty,
      !(view.packed(k + 1).map(clauseWordSet.contains) ?? false)
    {
      return 0
    }
    // "will have it picked up Friday": a causative's participle after "have" and its object
    if k > 1, !view.breakBefore(k), !view.breakBefore(k - 1),
      view.packed(k - 1).map(causativeObjectSet.contains) ?? false,
      view.packed(k - 2).map(causativeHaveSet.contains) ?? false
    {
      return 0
    }
    // "could bring scattered showers", "to reach isolated towns": a participle between
    // a modal's (or "to"'s) verb and its noun is an adjective
    if k > 1, k + 1 < view.count, !view.breakBefore(k), !view.breakBefore(k - 1), !view.breakBefore(k + 1),
      view.isWord(k - 1), !view.token(k - 1).isCapitalized,
      view.packed(k - 2).map(baseBeforeSet.contains) ?? false,
      view.isWord(k + 1), !view.token(k + 1).isCapitalized,
      lexicon.match(.tense, view, at: k + 1).isEmpty,
      !(view.packed(k + 1).map(clauseWordSet.contains) ?? false),
      !(view.packed(k + 1).map(determinerSet.contains) ?? false)
    {
      return 0
    }
    // "would be quickly approved": an adverb in "-ly" between "be" and its participle
    if k > 1, view.is(k - 2, "be"), view.lowercasedEnds(k - 1, "ly"), !view.breakBefore(k - 1) {
      return 0
    }
    // "its long-delayed review", "the state-owned airline": a compound's participle is an
    // adjective (not after a verb's prefix: "co-founded", "re-elected")
    if k > 1, view.is(k - 1, "-"), view.glued(k), view.glued(k - 1), view.isWord(k - 2),
      !(view.packed(k - 2).map(verbPrefixSet.contains) ?? false)
    {
      return 0
    }
    // "must be ratified": a passive participle after "be" tells no tense; "a
    // motion to be heard Friday" looks ahead ("was to be held": a plan told in the past)
    if let passive = passiveInfinitive(view, k) { return passive }
    // "is planned for": a present passive of `@list tense` ("is planned") takes its cue
    if k > 0, !view.breakBefore(k), let before = view.packed(k - 1),
      before == isWord || before == areWord,
      lexicon.match(.tense, view, at: k - 1).first?.1.value == "future"
    {
      return 1
    }
    if presentPassive(view, k) || reducedRelative(view, k) { return 0 }
    // ("Retailers are worried about Christmas": a participle of a feeling after "is", "are"
    // or "am" is a present state)
    if k > 0, !view.breakBefore(k), view.is(k - 1, "is") || view.is(k - 1, "are") || view.is(k - 1, "am"),
      Self.stateParticiples.contains(view.text[k])
    {
      return 0
    }
    return k > 0 && view.is(k - 1, "be") || perfect(view, k) ? 0 : -1
  }

  /// Participles of a feeling or a state after "is"/"are" (`cue`): a present, no passive
  /// of a deed.
  static let stateParticiples: Set<String> = [
    "worried", "concerned", "pleased", "disappointed", "interested", "convinced", "determined",
    "satisfied", "surprised", "excited", "frustrated", "encouraged", "alarmed", "troubled",
    "puzzled", "relieved", "delighted", "divided", "prepared", "committed", "involved",
  ]

  /// A causative's "have" and its object before a participle ("will have it picked up").
  static let causativeHaveSet = Set(["have", "has", "had", "having"].map(TokenView.pack))
  static let causativeObjectSet = Set(["it", "them", "him", "her"].map(TokenView.pack))

  /// Prefixes that make a verb of a hyphened past ("co-founded", "re-elected").
  static let verbPrefixSet = Set(
    ["co", "re", "pre", "de", "un", "non", "over", "under", "out", "mis", "dis", "cross"]
      .map(TokenView.pack))

  /// Whether token `k` is a request's verb (`@list request-verb`) that opens its sentence,
  /// "please" allowed before, with a word after it ("Set a reminder for Dec 20", "please
  /// cancel the call on Friday"): an imperative looks ahead, even a form like a past.
  static func request(view: TokenView, lexicon: DateLexicon, at k: Int) -> Bool {
    var first = k
    if k > 0, !view.breakBefore(k), view.is(k - 1, "please") { first = k - 1 }
    guard view.token(first).startsSentence, k + 1 < view.count, view.isWord(k + 1),
      !view.breakBefore(k + 1)
    else { return false }
    return !lexicon.match(.requestVerb, view, at: k).isEmpty
  }

  /// Whether the past form at `k` is a participle after a plural subject and before a
  /// preposition, whose own verb, a modal, comes a few words later with no comma or "and"
  /// between ("Workers hired after Oct. 1 will be eligible", "Bonds issued in 1990 must be
  /// repaid"): no past of its own.
  static func reducedRelative(_ view: TokenView, _ k: Int) -> Bool {
    if passiveAfterObject(view, k) { return true }
    guard k > 0, k + 1 < view.count, !view.breakBefore(k), view.isWord(k - 1),
      !view.token(k - 1).isCapitalized || view.token(k - 1).startsSentence,
      Guards.looksPlural(view.text[k - 1]) || view.packed(k - 1).map(relativeSubjectSet.contains) ?? false,
      view.packed(k + 1).map(relativePrepositionSet.contains) ?? false
    else { return false }
    var j = k + 2
    while j < view.count, j - k <= 8, !view.breakBefore(j), !view.token(j).startsSentence {
      if view.is(j, ",") || view.is(j, "and") || view.is(j, ";") || view.is(j, "or") { return false }
      // (a clause of its own opens: "Officials said on Sunday that talks would resume";
      // not a preposition before a name, a figure or a determiner: "Passengers booked on
      // flights after Feb. 28 will be moved")
      if view.packed(j).map(clauseOpenerSet.contains) ?? false,
        !((view.is(j, "after") || view.is(j, "before") || view.is(j, "since")) && j + 1 < view.count
          && (view.token(j + 1).isCapitalized || view.isNumber(j + 1)
            || view.packed(j + 1).map(determinerSet.contains) ?? false))
      {
        return false
      }
      if view.packed(j).map(relativeModalSet.contains) ?? false { return true }
      j += 1
    }
    return false
  }

  /// Whether the past form at `k` is a passive participle after a verb's object, a plural
  /// noun with its determiner (a count may stand between), and before "by" and a
  /// determiner ("expects to deliver the 14 jets delayed by the strike in March", "to
  /// rehire the workers dismissed by the mill"): no past of its own. Not a sentence's
  /// subject ("The workers returned by the end of March") nor an amount ("the shares
  /// dropped by 5%").
  static func passiveAfterObject(_ view: TokenView, _ k: Int) -> Bool {
    guard k > 2, k + 2 < view.count, !view.breakBefore(k), !view.breakBefore(k + 1),
      view.is(k + 1, "by"), view.packed(k + 2).map(agentDeterminerSet.contains) ?? false,
      view.isWord(k - 1), !view.token(k - 1).isCapitalized, Guards.looksPlural(view.text[k - 1])
    else { return false }
    var d = k - 2
    if view.isNumber(d), !view.breakBefore(d + 1) { d -= 1 }
    guard d > 0, !view.breakBefore(d + 1), !view.breakBefore(d),
      view.packed(d).map(adjectiveDeterminerSet.contains) ?? false,
      !view.token(d).startsSentence, view.isWord(d - 1), !view.token(d - 1).isCapitalized
    else { return false }
    return true
  }

  /// Determiners of an agent after "by" ("delayed by the strike"), not of an amount.
  static let agentDeterminerSet = Set(
    ["the", "its", "his", "her", "their", "our", "this", "that", "these", "those"].map(TokenView.pack))

  static let relativePrepositionSet = Set(
    ["in", "on", "after", "before", "since", "during", "from", "by", "at", "until", "between"].map(TokenView.pack))

  static let relativeSubjectSet = Set(["those", "anyone", "anybody", "everyone", "people", "police"].map(TokenView.pack))

  static let relativeModalSet = Set(
    ["will", "must", "would", "can", "could", "may", "should", "shall", "won't", "cannot"].map(TokenView.pack))

  /// Whether the past form at `k` is an adjective after a determiner and one adverb
  /// ("their only televised debate", "a newly built stadium").
  static func adjectiveAfterAdverb(_ view: TokenView, _ k: Int) -> Bool {
    guard k > 1, !view.breakBefore(k), !view.breakBefore(k - 1), let before = view.packed(k - 2),
      adjectiveDeterminerSet.contains(before)
    else { return false }
    return view.is(k - 1, "only") || view.is(k - 1, "first") || view.is(k - 1, "long")
      || view.is(k - 1, "much") || view.lowercasedEnds(k - 1, "ly")
  }

  /// Whether the past form at `k` is a present passive of staging an event right
  /// after "is" or "are" ("The final is played Sunday", "the race is held Sunday"):
  /// a schedule, no past ("A man is charged after a fight Sunday" stays a report).
  /// An adverb may stand between ("is also held", "when he is sentenced"): so may
  /// one of `passiveAdverbSet` before a participle of a plan or a sentence ("A vote is
  /// also planned for Thursday", "when he is formally sentenced in May"). Any participle
  /// in a condition is one ahead ("if it is adopted by December", "If launched in June").
  static func presentPassive(_ view: TokenView, _ k: Int) -> Bool {
    guard k > 0, !view.breakBefore(k) else { return false }
    // ("If launched in June, the probe would": a condition's participle with no verb)
    if let word = view.packed(k - 1), conditionSet.contains(word) { return true }
    var be = k - 1
    if be > 0, !view.breakBefore(be), passiveAdverbSet.contains(view.text[be]) { be -= 1 }
    guard let before = view.packed(be), before == isWord || before == areWord else { return false }
    return view.packed(k).map(stagedSet.contains) ?? false || plannedSet.contains(view.text[k])
      || conditionBefore(view, be)
  }

  /// Whether "if", "unless" or "once" opens the clause of the verb "be" at token `be`, up
  /// to four words before it ("If it is adopted by December", "once the deal is approved"):
  /// a condition ahead, whatever the participle after it.
  static func conditionBefore(_ view: TokenView, _ be: Int) -> Bool {
    var j = be - 1
    while j >= 0, be - j <= 4, !view.breakBefore(j + 1), view.isWord(j) {
      if let word = view.packed(j), conditionSet.contains(word) { return true }
      j -= 1
    }
    return false
  }

  static let conditionSet = Set(["if", "unless", "once"].map(TokenView.pack))

  /// Participles of a plan or of a sentence passed that a present passive holds
  /// ahead or as a schedule (`presentPassive`).
  static let plannedSet: Set<String> = [
    "planned", "slated", "penciled", "pencilled", "booked", "sentenced", "timed",
    // (and of a release on a schedule: "Decisions are released in late March")
    "released", "announced", "published", "mailed",
  ]

  /// Adverbs between "is"/"are" and a participle (`presentPassive`).
  static let passiveAdverbSet: Set<String> = [
    "also", "now", "tentatively", "formally", "provisionally", "currently", "still", "not",
  ]

  /// Participles of staging an event (`presentPassive`), and "closed", a state
  /// ("U.S. markets are closed Monday for the holiday", "the museum is closed Dec. 25").
  static let stagedSet = Set(
    ["held", "played", "staged", "hosted", "aired", "screened", "closed"].map(TokenView.pack))
}
