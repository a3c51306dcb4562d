/// A context check a rule asks for with `guard=` (comma separated): each is a method of
/// `GuardSite` named after it, with its own comment.
enum GuardCheck: String, Sendable, CaseIterable {
  case year, yearNoun = "year-noun", dayNoun = "day-noun"
  case ofOther = "of-other", ingAfter = "ing-after", someday, clauseEnd = "clause-end"
  case spelledTime = "spelled-time"
  case beforeModal = "before-modal", whenAfter = "when-after", linkAfter = "link-after"
  case unitName = "unit-name", discourse, afterIn = "after-in", fraction, age, rate, name
  case nameBefore = "name-before", ambiguous, dayAlone = "day-alone", title, game, award, results
  case numberAfter = "number-after", compound, record, measure, publication, than, temperature
  case since, eventAfter = "event-after", asAs = "as-as", opensSentence = "opens-sentence"
  case dayFirst = "day-first", rangeAfter = "range-after", monthCase = "month-case"
  case raceTime = "race-time", tableLabel = "table-label", monthYY = "month-yy"
  case lastOf = "last-of", figures, scoreAfter = "score-after", eventOf = "event-of"
  case thatNoun = "that-noun", apposition, countAfter = "count-after", nounAfter = "noun-after"
  case ofNoun = "of-noun"
}

/// Context checks that keep words and numbers that only look like dates out:
/// "May I", "the Sunday Times", "1900 Palestinians", phone numbers, money.
/// Every rule: titles (see `titleName`: "NBC's Today", 'the film "Friday"'); a match
/// must not be glued to digits or `-`/`/` digit groups (phone numbers, scores, codes)
/// nor follow a currency sign. The checks a rule names are `GuardSite`'s.
enum Guards {
  /// Words before the event after "the week before/after" (guard `event-after`).
  static let eventDeterminers = Set(
    ["the", "a", "an", "its", "his", "her", "their", "our"].map(TokenView.pack))

  /// "I" and its contractions, a capital that names nothing (guard `name`).
  static let firstPersonSet = Set(
    ["i", "i've", "i'm", "i'd", "i'll", "i’ve", "i’m", "i’d", "i’ll"].map(TokenView.pack))

  /// Subject pronouns that open a clause after a period word (guard `event-after`).
  static let subjectPronouns = Set(["he", "she", "they", "we", "i"].map(TokenView.pack))

  /// A subject pronoun and a word after it: "he took office", "they left".
  static func clauseStart(_ view: TokenView, _ i: Int) -> Bool {
    i + 1 < view.count && view.packed(i).map(subjectPronouns.contains) ?? false
      && view.isWord(i + 1) && !view.breakBefore(i + 1)
  }

  /// "That fall, the family moved", "later that fall": "that" opening the
  /// sentence or after a word that opens a time names a season of the story
  /// (not "prices that fall").
  static func storyThat(_ view: TokenView, _ start: Int) -> Bool {
    guard view.is(start, "that") else { return false }
    return view.token(start).startsSentence
      || start > 0 && DateResolver.thatOpeners.contains(view.text[start - 1]) && !view.is(start - 1, ",")
  }

  /// "returned to the studio that fall.": "that" and a season closing its clause after a
  /// word no plural is (not "prices that fall."), a season of the story.
  static func closingThat(_ view: TokenView, _ start: Int, _ end: Int) -> Bool {
    view.is(start, "that") && endsClause(view, end) && start > 0 && view.isWord(start - 1)
      && !looksPlural(view.text[start - 1])
  }

  /// Whether the clause ends at token `end`: the text or its line ends, or a mark
  /// stands there ("Restoration began that June.", "She was 38 that spring, and ...").
  static func endsClause(_ view: TokenView, _ end: Int) -> Bool {
    end >= view.count || view.breakBefore(end) || [".", ",", ";", ":", "!", "?"].contains(view.text[end])
  }

  /// After a verb in -s, a length that no rate has: "it takes a day and a half",
  /// "arrives a week from Friday" (not "three ferries a week").
  /// After a verb of giving, a time allowed: "gave the inspectors a week to leave".
  static func notRate(_ view: TokenView, _ slots: Slots, _ end: Int, start: Int = 0) -> Bool {
    if slots.has("fraction") || end < view.count && view.is(end, "from") && !view.breakBefore(end) {
      return true
    }
    // "The raid comes a day after", "the vote falls a week before": a verb of an
    // event's timing in -s before the count, no plural noun counted per unit
    if start >= 1, !view.breakBefore(start), Self.timingVerbs.contains(view.text[start - 1]) {
      return true
    }
    var k = start - 1
    while k >= max(0, start - 5), !view.breakBefore(k + 1) {
      if let word = view.packed(k), Self.giveVerbs.contains(word) { return true }
      k -= 1
    }
    return false
  }

  /// Verbs in -s of an event's timing ("comes a day after"): the count after them
  /// is a length, not a rate per unit ("two flights a week").
  static let timingVerbs: Set<String> = [
    "comes", "follows", "arrives", "happens", "occurs", "falls", "begins", "starts", "ends",
    "opens", "closes", "expires", "lands", "returns", "leaves", "resumes",
    // (and of how long a thing runs: "The work takes a week", "The job needs a year")
    "takes", "lasts", "needs", "requires",
  ]

  /// Participles of a plan right before "for": what follows is the plan's target ("is
  /// set for March", "was scheduled for May": a month, no person; "set for a week from
  /// Monday": a day).
  static let plannedFor: Set<String> = [
    "scheduled", "rescheduled", "planned", "set", "slated", "penciled", "pencilled", "booked",
    "postponed", "delayed", "moved", "called", "fixed", "earmarked", "targeted", "timed", "due",
  ]

  /// Words after "Feb 97" that make the number a price or a count (guard `month-yy`).
  static let yyStops: Set<String> = [
    "cents", "cent", "percent", "pct", "%", "points", "calls", "puts", "degrees", "people",
    "dollars", "years", "days", "miles", "feet", "yards", "meters", "metres", "km", "kilometers",
    "kilometres", "tons", "tonnes", "pounds", "percentage", "per",
  ]

  /// Units and the words after them that make a sentence's "One night, ..." a
  /// narrative opener (guard `someday`).
  static let openerUnits: Set<String> = [
    "day", "night", "evening", "morning", "afternoon", "year", "week", "summer", "winter",
    "spring", "autumn", "fall",
  ]
  static let openerFollowers: Set<String> = [",", "last", "that", "early", "late", "this"]

  /// "(1996 report)", "(1995 Census Bureau survey)": a year opening a bracketed
  /// label of a source, before a capitalized name or a word of `sourceNouns`.
  static func sourceLabel(_ view: TokenView, _ start: Int, _ end: Int) -> Bool {
    guard start > 0, view.is(start - 1, "("), end < view.count, view.isWord(end) else { return false }
    return view.token(end).isCapitalized || sourceNouns.contains(view.text[end])
  }
  static let sourceNouns: Set<String> = [
    "report", "study", "survey", "edition", "census", "estimate", "estimates", "data", "figures",
    "budget", "plan", "law", "act", "review", "poll", "audit", "ruling", "statistics", "forecast",
    "yearbook", "paper", "article", "interview", "book", "film", "document", "memo", "letter",
  ]

  /// Verbs of giving before "a week" that make it a time allowed, no rate.
  static let giveVerbs = Set(
    ["gave", "give", "gives", "given", "giving", "granted", "allowed", "allow"].map(TokenView.pack))

  /// Whether the number at `start` follows "for" or a word of `@list
  /// count-cue`, so that four digits count something ("for 1000 years",
  /// "some 1500 years ago") rather than name a year ("in 1998 days were").
  static func fourDigitCount(_ view: TokenView, _ lexicon: DateLexicon, start: Int) -> Bool {
    if countBeforeUnit(view, lexicon, start: start) { return true }
    guard start > 0, !view.breakBefore(start) else { return false }
    return view.is(start - 1, "for") || !lexicon.match(.countCue, view, at: start - 1).isEmpty
  }

  /// Whether the four digits at `start` count the unit right after them whatever
  /// stands before: before the unit and "ago" ("built 1500 years ago"), or a
  /// number no news year takes before a unit other than hours (under 1800, or whole thousands:
  /// "in 1000 years", "2000 years of history"); "in 1998 days were shorter" stays a year.
  static func countBeforeUnit(_ view: TokenView, _ lexicon: DateLexicon, start: Int) -> Bool {
    guard let (value, digits) = view.integer(start), digits == 4, start + 1 < view.count,
      !view.breakBefore(start + 1), !view.glued(start + 1), lexicon.starts(.unit, view, at: start + 1),
      // a plural unit, no compound ("by 2000 year-end" is a year)
      view.lowercasedEnds(start + 1, "s"), !view.glued(start + 2)
    else { return false }
    // ("1500 hours" is a military clock)
    if value < 1800 || value % 1000 == 0 {
      return !view.is(start + 1, "hours") && !view.is(start + 1, "hrs")
    }
    return start + 2 < view.count && !view.breakBefore(start + 2) && view.is(start + 2, "ago")
  }

  /// "in the fall", "by the fall": a cue and "the" before an ambiguous season,
  /// and no "in"/"from"/"to" after it ("after the fall in prices", "the fall from power").
  static func theSeason(_ view: TokenView, _ lexicon: DateLexicon, _ start: Int, _ end: Int) -> Bool {
    guard start > 1, view.is(start - 1, "the"), !view.breakBefore(start),
      lexicon.endsBefore(.monthCue, view, at: start - 1)
    else { return false }
    if end < view.count, !view.breakBefore(end),
      ["in", "from", "to", "of", "out"].contains(where: { view.is(end, $0) }),
      !infinitiveAfter(view, end)
    {
      return false
    }
    return true
  }

  /// Whether the "to" at token `k` opens an infinitive of purpose ("a meeting in the fall to
  /// discuss safety"), not a level a fall comes to ("the fall to 4,000", "the fall to a
  /// record low", "the fall to its lowest"): a plain lower-case word after it.
  static func infinitiveAfter(_ view: TokenView, _ k: Int) -> Bool {
    guard view.is(k, "to"), k + 1 < view.count, !view.breakBefore(k + 1), view.isWord(k + 1),
      !view.token(k + 1).isCapitalized, !view.lowercasedEnds(k + 1, "est")
    else { return false }
    return !(view.packed(k + 1).map { Tense.determinerSet.contains($0) || levelWordSet.contains($0) } ?? true)
  }

  /// Words after "to" that tell a level reached, not an infinitive.
  static let levelWordSet = Set(
    ["record", "new", "about", "around", "nearly", "almost", "just", "below", "under", "zero",
     "levels", "lows", "highs", "historic", "near", "roughly", "some", "only", "less", "more"]
      .map(TokenView.pack))

  /// Whether a word of `@list record-word` stands within its entry's reach
  /// (its value, in words) before token `start`, in the same clause; or within
  /// its `far=` reach with no word of `@list record-stop` (a verb) between it
  /// and the match ("the first state visit by a Chinese head of state in 12
  /// years", not "the first phase will be finished in three years").
  static func recordBefore(_ view: TokenView, _ lexicon: DateLexicon, _ start: Int) -> Bool {
    var k = start - 1
    var distance = 1
    var verbBetween = false
    while k >= 0, distance <= 15 {
      if view.breakBefore(k + 1) { return false }
      if !view.isWord(k) {
        // a clause ends at punctuation other than a hyphen or an apostrophe
        if !(view.is(k, "-") || view.is(k, "'") || view.is(k, "’")) { return false }
      } else if let entry = lexicon.match(.recordWord, view, at: k).first?.1 {
        if let reach = Int(entry.value), distance <= reach { return true }
        if !verbBetween, let far = entry.attribute("far").flatMap({ Int($0) }), distance <= far {
          return true
        }
      } else if !verbBetween, !lexicon.match(.recordStop, view, at: k).isEmpty
        // (or a verb of a tense: "The first plant opens in two years" is a date ahead)
        || Tense.cue(view: view, lexicon: lexicon, at: k) != 0
      {
        verbBetween = true
      }
      k -= 1
      distance += 1
    }
    return false
  }

  static func accept(
    _ rule: DateRule, _ slots: Slots, start: Int, end: Int, view: TokenView, lexicon: DateLexicon,
    modified: Bool = false
  ) -> Bool {
    if !numbersStandAlone(start: modified ? 0 : start, end: end, view: view, lexicon: lexicon) {
      return false
    }
    // "set to last six weeks": a verb, not "last" as in the past ("runs to the
    // last day of May" has an article: the adjective; so has "compared to last year",
    // a unit or a name right after "last", no count)
    // (but "will last years", "would last weeks": the verb before a plural unit, no count)
    if start > 0, !view.is(start, "the"), !lexicon.match(.verbBefore, view, at: start - 1).isEmpty,
      !(end == start + 2 && lexicon.starts(.unit, view, at: start + 1) && looksPlural(view.text[start + 1])),
      lexicon.match(.rel, view, at: start).contains(where: { $0.1.value == "-1" }),
      // (nor "as they did last year": "did" as a verb of its own before a period)
      !((view.is(start - 1, "to") || view.is(start - 1, "did") || view.is(start - 1, "does")
        || view.is(start - 1, "do")) && start + 1 < end && view.isWord(start + 1)
        && lexicon.match(.number, view, at: start + 1).isEmpty)
    {
      return false
    }
    // "should have done this a year ago": "this" is no word of a length's ("the last a
    // year" is no phrase)
    if rule.resolve == "duration", slots.has("rel"), slots.has("count"), start + 1 < end,
      view.is(start + 1, "a") || view.is(start + 1, "an")
    {
      return false
    }
    if let form = rule.unitForm, let unit = slots.entry("unit") {
      let plural = unit.attribute("plural") == "yes"
      if plural != (form == "plural") { return false }
    }
    // (a word written with a capital in `not-after` must be capitalized: "Black
    // September" is a name, "the bloody March 3 raid" a date)
    if !rule.notAfter.isEmpty, start > 0 {
      let before = view.text[start - 1]
      if rule.notAfterAnyCase.contains(before)
        || view.token(start - 1).isCapitalized && rule.notAfterCapitalized.contains(before)
      {
        return false
      }
    }
    if Self.titleName(view, lexicon, slots, start: start, end: end) { return false }
    if !rule.units.isEmpty, let unit = slots.entry("unit"), !rule.units.contains(unit.value) {
      return false
    }
    let site = GuardSite(
      rule: rule, slots: slots, start: start, end: end, view: view, lexicon: lexicon,
      modified: modified)
    for check in rule.guards where !site.passes(check) { return false }
    return true
  }


  /// Words before "(the) evening" that make it a time of day.
  static let partPrepositions: [String] = [
    "in", "by", "during", "through", "throughout", "into", "until", "till",
  ]

  /// Words that may follow "early/late" and a part of the day with no preposition before it.
  static let partFollowers: [String] = ["from", "to", "that", "on", "after", "before"]

  /// Words before "early/late" and a part of the day that make it a noun's modifier or a
  /// noun of its own ("the late evening", "a late night").
  static let partDeterminers: [String] = [
    "the", "a", "an", "this", "that", "its", "his", "her", "their", "our", "my", "your", "'s",
    "’s", "every", "each", "one", "same", "very", "too", "so", "for", "at",
  ]

  /// "a Jan 90 Honda", "an Aug 89 Toyota": a month after an article, two digits at
  /// `number` and a capitalized make after them are a model year, no date of the text.
  static func modelYear(_ view: TokenView, _ lexicon: DateLexicon, _ start: Int, _ number: Int)
    -> Bool
  {
    guard start > 0, view.is(start - 1, "a") || view.is(start - 1, "an"),
      number + 1 < view.count, view.isNumber(number), view.text[number].utf8.count == 2,
      !view.breakBefore(number), !view.breakBefore(number + 1), view.isWord(number + 1),
      view.token(number + 1).isCapitalized
    else { return false }
    return !lexicon.isDateWord(view, number + 1)
  }

  /// Words of forecasts and markets that make "rebound" the economy's, no game's.
  static let economyWords: Set<String> = [
    "analysts", "economists", "expect", "expects", "expected", "forecast", "forecasts",
    "predict", "predicts", "economy", "prices", "sales", "earnings", "profits", "demand",
    "market", "markets", "stocks", "shares", "growth", "spending", "orders",
  ]

  /// Whether the sentence holding token `i` reports a game: a score (two
  /// numbers of up to three digits joined by a hyphen, "21-17", "3-1") or
  /// a word of `@list game-word` ("touchdown", "halftime").
  static func aboutAGame(_ view: TokenView, _ lexicon: DateLexicon, at i: Int) -> Bool {
    guard let s = view.sentence(of: i) else { return false }
    return sentenceAboutAGame(view, lexicon, s)
  }

  /// Whether two or more sentences of the article report a game (`aboutAGame`): a game's
  /// report, where a quarter or a half without a year is a part of the game in any sentence
  /// ("Boston's coach praised his defense in the fourth quarter"). Read once per document.
  static func articleAboutGames(_ view: TokenView, _ lexicon: DateLexicon) -> Bool {
    if let known = view.aboutGames { return known }
    var found = 0
    for s in view.article.sentences.indices where sentenceAboutAGame(view, lexicon, s) {
      found += 1
      if found == 2 { break }
    }
    view.aboutGames = found == 2
    return found == 2
  }

  /// `aboutAGame` for the sentence at index `s`.
  private static func sentenceAboutAGame(_ view: TokenView, _ lexicon: DateLexicon, _ s: Int) -> Bool {
    let article = view.article
    let tokens = article.sentences[s].tokens
    for k in tokens {
      if !lexicon.match(.gameWord, view, at: k).isEmpty {
        // ("Analysts expect a rebound in the third quarter": a rebound of the
        // economy, with a word of forecasts or markets in the sentence)
        if view.is(k, "rebound"), tokens.contains(where: { economyWords.contains(view.text[$0]) }) {
          continue
        }
        return true
      }
      if k + 2 < tokens.upperBound, view.is(k + 1, "-") || view.is(k + 1, "–"), view.glued(k + 1),
        view.glued(k + 2), let a = view.integer(k), let b = view.integer(k + 2),
        // (no game reaches 200 points: "the Boeing 737-300" is a model)
        a.digits <= 3, b.digits <= 3, a.value < 200, b.value < 200,
        !view.glued(k) || !view.isNumber(k - 1),
        // ("Lotus 1-2-3": a chain of three numbers is a name, no score)
        k + 4 >= view.count || !view.glued(k + 3) || !view.is(k + 3, "-") || !view.isNumber(k + 4),
        k < 2 || !view.glued(k) || !view.is(k - 1, "-") || !view.isNumber(k - 2),
        // ("The fair runs June 21-24": a range of days, no score)
        !namesMonth(view, lexicon, k - 1), !namesMonth(view, lexicon, k - 2) || !view.is(k - 1, "."),
        !namesMonth(view, lexicon, k + 3),
        // ("rose 10-12%", "2-3 percent", "3-5 times": a range of a figure, no score)
        !(k + 3 < view.count && ["%", "percent", "per", "pct", "times", "million", "billion"]
          .contains(where: { view.is(k + 3, $0) }))
      {
        return true
      }
      // a line score: "Buffalo 24, Miami 14"
      if k + 4 < tokens.upperBound, view.isWord(k), view.token(k).isCapitalized,
        let a = view.integer(k + 1), a.digits <= 3, view.is(k + 2, ","),
        view.isWord(k + 3), view.token(k + 3).isCapitalized,
        let b = view.integer(k + 4), b.digits <= 3
      {
        return true
      }
    }
    return false
  }

  /// Whether token `i` is a capitalized month name or its abbreviation ("June", "Jan").
  private static func namesMonth(_ view: TokenView, _ lexicon: DateLexicon, _ i: Int) -> Bool {
    i >= 0 && i < view.count && view.isWord(i) && view.token(i).isCapitalized
      && lexicon.starts(lexicon.listIndex["month"] ?? DateLexicon.noList, view, at: i)
  }

  /// Whether "and", "or" or a comma and a capitalized month name follow token `at` ("May
  /// and June", "in January, May, July and October").
  static func monthFollows(_ view: TokenView, _ lexicon: DateLexicon, at: Int) -> Bool {
    at + 1 < view.count && (view.is(at, "and") || view.is(at, "or") || view.is(at, ","))
      && namesMonth(view, lexicon, at + 1)
  }

  /// Lists whose words name calendar periods ("of last year", "of the month").
  static let calendarLists = ["month", "unit", "season", "holiday", "relday", "rel", "weekday", "decade-word"]

  /// Possessives before an age written as a decade ("in his fifties").
  static let agePossessives = ["his", "her", "their", "my", "your", "our"]

  /// Words before "one day" meaning "some day" ("he could one day win").
  static let somedayBefore: Set<String> = [
    "he", "she", "they", "we", "i", "you", "it", "who", "will", "would", "could", "might", "may",
    "can", "should", "must", "shall", "to",
  ]

  /// Plural nouns without a final s: "2000 people" counts people.
  static let irregularPlurals: Set<String> = [
    "people", "police", "staff", "personnel", "children", "women", "feet", "cattle", "troops",
    "crew", "more", "less", "units", "times", "million", "billion", "trillion", "thousand",
    "hundred", "percent", "cent", "metric", "square", "cubic", "yuan", "euro", "sterling",
    "head", "strong", "other", "others", "each", "apiece", "kilometre", "kilometer", "meter",
    "metre", "foot", "mile", "pound", "dollar", "local",
  ]

  /// Whether the words ending at token `i` make a national day another
  /// country's: "its", "their", or a capitalized possessive other than
  /// America's ("Israel's"), an ordinal between ("its 50th").
  static func foreignOwner(_ view: TokenView, _ i: Int) -> Bool {
    var i = i
    // "50th" (a number and its suffix) or "50th" in one token
    if view.is(i, "th") || view.is(i, "st") || view.is(i, "nd") || view.is(i, "rd") {
      guard i > 0, view.isNumber(i - 1), !view.breakBefore(i) else { return false }
      i -= 2
    } else if view.isNumber(i) {
      i -= 1
    }
    guard i >= 0, !view.breakBefore(i + 1) else { return false }
    if view.is(i, "its") || view.is(i, "their") { return true }
    guard i > 0, possessive(view, i), view.isWord(i - 1), view.token(i - 1).isCapitalized,
      !view.breakBefore(i)
    else { return false }
    return !(view.is(i - 1, "america") || view.is(i - 1, "u.s.") || view.is(i - 1, "states")
      || view.is(i - 1, "nation"))
  }

  /// "in a day" (token `start` is "in", then "a"/"an"/"one") after "how many/much"
  /// earlier in its clause, or after an amount with no future cue: a rate's time.
  static func amountInUnit(_ view: TokenView, _ lexicon: DateLexicon, _ start: Int) -> Bool {
    guard start + 1 < view.count, view.is(start, "in"),
      view.is(start + 1, "a") || view.is(start + 1, "an") || view.is(start + 1, "one")
    else { return false }
    var k = start - 1
    var amount = false
    while k >= 0, start - k <= 10, !view.breakBefore(k + 1) {
      if view.is(k, ",") || view.is(k, ";") || view.is(k, ".") { break }
      if view.isNumber(k) {
        // a year names a time, no amount
        let digits = view.text[k]
        if !(digits.utf8.count == 4 && (digits.hasPrefix("19") || digits.hasPrefix("20"))) {
          amount = true
          break
        }
      }
      // ("how many ... should I eat in a day": a question of a rate, whatever its tense)
      if view.is(k, "many") || view.is(k, "much"), k > 0, view.is(k - 1, "how") { return true }
      k -= 1
    }
    return amount && Tense.direction(view: view, lexicon: lexicon, at: start) != 1
  }

  /// Whether token `i` is a possessive 's ("the company's 1993 models").
  static func possessive(_ view: TokenView, _ i: Int) -> Bool {
    view.is(i, "'s") || view.is(i, "\u{2019}s")
  }

  /// Whether token `start` follows a prefix and a hyphen: "post-1959", "pre-1990",
  /// "end-1998", "mid-1997".
  static func prefixed(_ view: TokenView, _ start: Int) -> Bool {
    start >= 2 && view.is(start - 1, "-") && view.glued(start) && view.glued(start - 1)
      && (view.is(start - 2, "post") || view.is(start - 2, "pre") || view.is(start - 2, "end")
        || view.is(start - 2, "mid"))
  }

  /// "her failed 2004 campaign", "predicting 2011 earnings": a year after a
  /// lower-case word and before a singular noun (a count would have a plural:
  /// "1900 prisoners"; a name a capital before: "Resolution 1701 says"; a
  /// measure a short unit: "1200 km").
  static func yearBeforeNoun(_ view: TokenView, start: Int, end: Int) -> Bool {
    guard start > 0, view.isWord(start - 1), !view.token(start - 1).isCapitalized,
      view.isNumber(start), end == start + 1, view.isWord(end)
    else { return false }
    let next = view.text[end].lowercased()
    // "said 1991 earnings would fall": a plural of reported results counts nothing
    if yearResults.contains(next) { return true }
    return next.utf8.count >= 4 && !looksPlural(next) && !irregularPlurals.contains(next)
  }

  /// Whether token `i` is a number of four digits that may be a modern year (1900-2099).
  private static func modernYear(_ view: TokenView, _ i: Int) -> Bool {
    guard i >= 0, let (n, digits) = view.integer(i) else { return false }
    return digits == 4 && (1900...2099).contains(n)
  }

  /// The number of tokens of a list joint at `i` before a further item (", ",
  /// "and", "or", ", and"), or 0.
  private static func listJoint(_ view: TokenView, _ i: Int) -> Int {
    guard i < view.count, !view.breakBefore(i) else { return 0 }
    if view.is(i, ",") {
      return i + 1 < view.count && (view.is(i + 1, "and") || view.is(i + 1, "or")) ? 2 : 1
    }
    return view.is(i, "and") || view.is(i, "or") ? 1 : 0
  }

  /// "Worlds 1985, 1987": another modern year listed right after the one ending at `end`.
  static func yearListAfter(_ view: TokenView, _ end: Int) -> Bool {
    let n = listJoint(view, end)
    return n > 0 && modernYear(view, end + n)
  }

  /// "sold 2013, 2015 and 2017 units": the year at `start` is one of a list of
  /// four-digit numbers ended by a lower-case plural noun (no year follower, no
  /// date word) and opened after no determiner or possessive.
  static func yearListCount(
    _ view: TokenView, _ lexicon: DateLexicon, start: Int, end: Int
  ) -> Bool {
    guard end == start + 1, modernYear(view, start) else { return false }
    var last = start
    for _ in 0..<8 {
      let n = listJoint(view, last + 1)
      guard n > 0, modernYear(view, last + 1 + n) else { break }
      last += 1 + n
    }
    var first = start
    for _ in 0..<8 {
      guard first >= 2, modernYear(view, first - 2), listJoint(view, first - 1) == 1 else {
        if first >= 3, modernYear(view, first - 3), listJoint(view, first - 2) == 2 {
          first -= 3
          continue
        }
        break
      }
      first -= 2
    }
    guard first != last else { return false }
    let noun = last + 1
    guard noun < view.count, view.isWord(noun), !view.breakBefore(noun),
      !view.token(noun).isCapitalized, !lexicon.isDateWord(view, noun),
      lexicon.match(.yearFollower, view, at: noun).isEmpty, looksPlural(view.text[noun])
    else { return false }
    return first == 0 || view.breakBefore(first)
      || lexicon.match(.yearDeterminer, view, at: first - 1).isEmpty
        && !possessive(view, first - 1)
  }

  /// Plural nouns of a company's results that a year before them dates ("1991 earnings").
  /// ("a 9-month 2003 net profit": a short word of the results' kind too)
  static let yearResults: Set<String> = [
    "earnings", "results", "revenues", "profits", "sales", "net", "gross", "pretax", "operating",
  ]

  /// The word "time" packed for `placeTime`.
  static let timePacked = TokenView.pack("time")

  /// "the U.S. 1996 election", "the American 1992 campaign": "the" and a capitalized
  /// word (not a date word) right before the year, as a determiner
  static func theProperAdjective(_ view: TokenView, _ lexicon: DateLexicon, _ start: Int) -> Bool {
    start >= 2 && view.is(start - 2, "the") && view.isWord(start - 1)
      && view.token(start - 1).isCapitalized && !view.breakBefore(start - 1) && !view.breakBefore(start)
      && !lexicon.isDateWord(view, start - 1)
  }

  /// "optimistic about 1990", "questions about 1999": "about" after a word of
  /// `@list about-topic` names the year talked of, no rough count ("about 1999 workers"
  /// stays a count: the noun after it is checked apart)
  static func aboutTopic(_ view: TokenView, _ lexicon: DateLexicon, _ start: Int) -> Bool {
    start >= 2 && view.is(start - 1, "about") && !view.breakBefore(start - 1) && !view.breakBefore(start)
      && !lexicon.match(.aboutTopic, view, at: start - 2).isEmpty
  }

  /// Words that may follow a clause-end match ("the night before in repeated raids").
  static let clauseGoesOnSet = Set(
    ["in", "at", "during", "amid", "and", "but", "when", "as", "while", "with", "near"].map(TokenView.pack))

  /// "On Tuesday Vireo disclosed ...", "Police said on Friday Smith had fled": a bare
  /// weekday after "on" is the day, the capitalized word after it the clause's subject,
  /// no name ("the Mail on Sunday" has its own check; "the Sunday Times" has no "on").
  /// So is a weekday after "last"/"next"/"this" or right after a verb of saying
  /// ("said last Wednesday Karim had fled", "said Wednesday Karim had fled").
  static func openingOnDay(
    _ view: TokenView, _ lexicon: DateLexicon, _ slots: Slots, _ start: Int, _ end: Int
  ) -> Bool {
    guard slots.entry("weekday") != nil else { return false }
    if end == start + 2, slots.entry("rel") != nil { return true }
    return end == start + 1 && start >= 1 && !view.breakBefore(start)
      && (view.is(start - 1, "on") || !lexicon.match(.sayingVerb, view, at: start - 1).isEmpty)
  }

  /// Whether a bare month written in mixed case dates the capitalized words after
  /// it: an acronym of figures or a body ("the August PMI report", "the July Fed
  /// minutes"), or a contract of the pit within three words ("December T-bonds",
  /// "the March Treasury note future"), not a name ("Theresa May", "April Smith").
  static func monthOfFigures(
    _ view: TokenView, _ lexicon: DateLexicon, _ slots: Slots, _ start: Int, _ end: Int
  ) -> Bool {
    guard slots.entry("month") != nil, !slots.has("day"), !slots.has("year"),
      mixedCase(view, start)
    else { return false }
    if view.allCaps(end), end + 1 >= view.count || view.breakBefore(end + 1)
      || !view.isWord(end + 1) || !view.token(end + 1).isCapitalized || view.allCaps(end + 1)
    {
      return true
    }
    return monthOfContract(view, lexicon, end)
  }

  /// Verbs of releasing a body of figures (`releasedFigures`).
  static let releaseVerbs: Set<String> = [
    "report", "reports", "reported", "release", "releases", "released", "publish", "publishes",
    "published", "issue", "issues", "issued", "post", "posts", "posted", "announce", "announces",
    "watch", "await", "awaits", "awaited",
  ]

  /// Whether a month at `start..<end` names a body of figures a verb of releasing names
  /// ("will report January durable goods orders", "will watch the March consumer price
  /// index"): a month noun up to three lower-case words after it, the verb right before
  /// it or its determiner; or figures before "for" and it (`figuresFor`). Such a month is
  /// one gone by (or the paper's own).
  static func releasedFigures(_ view: TokenView, _ lexicon: DateLexicon, start: Int, end: Int) -> Bool {
    if figuresFor(view, lexicon, start: start) { return true }
    var k = start - 1
    if k >= 0, ["the", "its", "their"].contains(where: { view.is(k, $0) }) { k -= 1 }
    guard k >= 0, !view.breakBefore(k + 1), view.isWord(k), releaseVerbs.contains(view.text[k])
    else { return false }
    for j in end..<min(end + 4, view.count) where !view.breakBefore(j) {
      if !lexicon.match(.monthNoun, view, at: j).isEmpty { return true }
      guard view.isWord(j), !view.token(j).isCapitalized || view.allCaps(j) else { return false }
    }
    return false
  }

  /// Whether the month at `start` follows "for" and figures a verb of releasing names
  /// ("will report sales for March", "is scheduled to report new-home sales for July"): a
  /// noun of `@list results-noun` up to three words before "for", the verb up to three
  /// words before that.
  private static func figuresFor(_ view: TokenView, _ lexicon: DateLexicon, start: Int) -> Bool {
    guard start > 2, view.is(start - 1, "for"), !view.breakBefore(start - 1) else { return false }
    var noun = -1
    for k in stride(from: start - 2, through: max(0, start - 4), by: -1) {
      if view.breakBefore(k + 1) || !view.isWord(k) && !view.is(k, "-") { return false }
      if view.isWord(k), !lexicon.match(.resultsNoun, view, at: k).isEmpty { noun = k; break }
    }
    guard noun > 0 else { return false }
    for k in stride(from: noun - 1, through: max(0, noun - 4), by: -1) {
      if view.breakBefore(k + 1) || !view.isWord(k) && !view.is(k, "-") { return false }
      if releaseVerbs.contains(view.text[k]) { return true }
    }
    return false
  }

  /// Whether a contract of the pit stands within three words from token `end`, after
  /// capitalized words ("March T-bills", "the June Treasury bond future").
  static func monthOfContract(_ view: TokenView, _ lexicon: DateLexicon, _ end: Int) -> Bool {
    for k in end...(end + 2) where k < view.count && !view.breakBefore(k) {
      if !lexicon.match(.contractNoun, view, at: k).isEmpty { return true }
      guard view.isWord(k), view.token(k).isCapitalized || k > end else { return false }
    }
    return false
  }

  /// Whether a month after a determiner dates the spelled-out name of a body of
  /// figures after it: capitalized words (with "of", "and", "for") ending in an
  /// acronym of three letters or more ("The June Boston PMI") or before a noun of
  /// `@list month-noun` ("the July National Federation of Independent Business
  /// survey"); not "the May Department Stores unit" (guard `name`).
  static func monthOfBody(_ view: TokenView, _ lexicon: DateLexicon, _ start: Int, _ end: Int)
    -> Bool
  {
    guard end == start + 1, start > 0, !view.breakBefore(start), !view.is(start, "may"),
      view.packed(start - 1).map(Tense.determinerSet.contains) ?? false
    else { return false }
    var k = end
    var last = -1
    while k < view.count, k - end < 8, !view.breakBefore(k), view.isWord(k) {
      if view.token(k).isCapitalized {
        last = k
      } else if !(view.is(k, "of") || view.is(k, "and") || view.is(k, "for")) {
        break
      }
      k += 1
    }
    guard last >= end else { return false }
    if last == k - 1, view.allCaps(last), !romanNumeral(view, last),
      view.token(last).range.end - view.token(last).range.start >= 3
    {
      return true
    }
    // ("the June Consumer Price Index": the noun capitalized in the name)
    if last > end, !lexicon.match(.monthNoun, view, at: last).isEmpty { return true }
    return last == k - 1 && k < view.count && !view.breakBefore(k) && view.isWord(k)
      && !view.token(k).isCapitalized && !lexicon.match(.monthNoun, view, at: k).isEmpty
  }

  /// Whether token `i` is written only with the letters of a Roman numeral ("III").
  static func romanNumeral(_ view: TokenView, _ i: Int) -> Bool {
    let range = view.article.tokens[i].range
    let bytes = view.article.bytes
    for j in range.start..<range.end where !(bytes[j] == 73 || bytes[j] == 86 || bytes[j] == 88) {
      return false
    }
    return true
  }

  /// Whether `word` is a dotted number with two decimals that are no multiple of
  /// five ("8.08", "7.24"; not "8.30"), guard `figures`.
  static func oddDottedMinutes(_ word: String) -> Bool {
    let parts = word.split(separator: ".", omittingEmptySubsequences: false)
    guard parts.count == 2, parts[1].utf8.count == 2, let minutes = Int(parts[1]) else {
      return false
    }
    return minutes % 5 != 0
  }

  /// Whether one or two capitalized words at `i` name the place of a clock
  /// ("8 a.m. Thursday Baghdad time", "Friday New York time"), not a name.
  static func placeTime(_ view: TokenView, _ i: Int) -> Bool {
    for k in (i + 1)...(i + 2) where k < view.count && !view.breakBefore(k) {
      if view.packed(k) == timePacked { return true }
      guard view.isWord(k), view.token(k).isCapitalized else { return false }
    }
    return false
  }

  /// "swung to a loss of 1.2 trillion won in the first half": a word of `@list
  /// results-noun-far` a few words before "in"/"for" in the same sentence, not
  /// one about a game.
  static func resultsBefore(_ view: TokenView, _ lexicon: DateLexicon, _ start: Int) -> Bool {
    guard start >= 3, view.is(start - 1, "in") || view.is(start - 1, "for") else { return false }
    var k = start - 2
    while k >= max(0, start - 9), !view.breakBefore(k + 1) {
      if !lexicon.match(.resultsNounFar, view, at: k).isEmpty {
        // (not in a game's report: "a 2-0 loss ... scoring twice in the second half")
        return !aboutAGame(view, lexicon, at: start)
      }
      k -= 1
    }
    return false
  }

  /// "Spending in the first half rose 6%, but in the second half it fell": a half
  /// of results earlier in the sentence (up to 16 words back) makes the next one
  /// a half of results too.
  /// A half opening its sentence ("In the second half, exports picked up") looks
  /// further back (up to 40 words, into the paragraph before), where "the first half
  /// of the year" is a half of the calendar too.
  static func resultsHalfBefore(_ view: TokenView, _ lexicon: DateLexicon, _ start: Int) -> Bool {
    var k = start - 1
    // a preposition opening the sentence before the half ("In the second half")
    let opens = start >= 2 && view.token(start - 1).startsSentence
    let floor = max(1, start - (opens ? 40 : 16))
    var crossed = false
    while k >= floor {
      if view.breakBefore(k + 1) {
        guard opens, !crossed else { break }
        crossed = true
      }
      if view.is(k, "half"), view.is(k - 1, "first") || view.is(k - 1, "second") {
        let begin = k >= 2 && view.is(k - 2, "the") ? k - 2 : k - 1
        // "the first half of the year", "the first half of 1996"
        if k + 2 < view.count, view.is(k + 1, "of"), view.is(k + 2, "the") || view.isNumber(k + 2) {
          return !aboutAGame(view, lexicon, at: start)
        }
        if k + 1 < view.count, !view.breakBefore(k + 1), !lexicon.match(.resultsNoun, view, at: k + 1).isEmpty {
          return true
        }
        if begin >= 2, view.is(begin - 1, "for") || view.is(begin - 1, "in"),
          !lexicon.match(.resultsNoun, view, at: begin - 2).isEmpty
        {
          return true
        }
        return resultsBefore(view, lexicon, begin)
      }
      k -= 1
    }
    return false
  }

  /// Whether a word looks like a plural noun ("flights", not "as", "was", "this").
  /// Plurals of no "-s" that are counted (`countedPlural`).
  static let countedPlurals: Set<String> = ["people", "children", "men", "women", "cattle", "sheep", "fish"]

  /// `looksPlural`, or a plural of no "-s" that is counted ("15,000 people a day").
  static func countedPlural(_ word: String) -> Bool {
    looksPlural(word) || countedPlurals.contains(word)
  }

  static func looksPlural(_ word: String) -> Bool {
    word.utf8.count >= 4 && word.hasSuffix("s") && !word.hasSuffix("ss") && !word.hasSuffix("us")
      && !word.hasSuffix("is") && !word.hasSuffix("'s")
  }

  /// Whether a match is a title, no date: a relative word capitalized mid-sentence
  /// after a word ("NBC's Today", "USA Today", "ABC's This Week", "the Tonight
  /// Show"), or a capitalized match that alone fills quotation marks after a
  /// possessive, a capitalized word or a word of `@list title-noun` ('the film
  /// "Friday"'), before a title noun ('the "Today" show'), or opening a sentence
  /// before a lower-case word ('"Independence Day" opens').
  static func titleName(
    _ view: TokenView, _ lexicon: DateLexicon, _ slots: Slots, start: Int, end: Int
  ) -> Bool {
    // "the May 4th Movement", "the April 19 Movement": a group named by a date
    if end < view.count, !view.breakBefore(end), view.token(end).isCapitalized,
      lexicon.match(.titleNoun, view, at: end).contains(where: { $0.1.value == "date-name" })
    {
      return true
    }
    // "Tonight Show host Jay Leno", "Today show": a relative word before a show's noun
    if end == start + 1, end < view.count, !view.breakBefore(end), view.token(start).isCapitalized,
      !lexicon.match(.relday, view, at: start).isEmpty, Self.titleNoun(view, lexicon, end)
    {
      return true
    }
    guard start > 0, view.isNumber(start) || view.token(start).isCapitalized && mixedCase(view, start)
    else { return false }
    let before = start - 1
    if view.isWord(start), !view.token(start).startsSentence, !view.breakBefore(start),
      !lexicon.match(.rel, view, at: start).isEmpty
        || !lexicon.match(.relday, view, at: start).isEmpty,
      view.isWord(before) || possessive(view, before)
    {
      return true
    }
    // "Peace Now", "Apocalypse Now": a capitalized "Now" mid-sentence after a
    // capitalized word names a group or a film
    if end == start + 1, view.is(start, "now"), view.isWord(start), !view.token(start).startsSentence,
      !view.breakBefore(start), view.isWord(before), view.token(before).isCapitalized
    {
      return true
    }
    // "banks named Chime, Current and Varo": a capitalized "Current" mid-sentence
    // names a firm or a title (the adjective is written small)
    if end == start + 1, view.is(start, "current"), view.isWord(start), !view.token(start).startsSentence,
      !view.breakBefore(start), !opensQuote(view, before)
    {
      return true
    }
    guard opensQuote(view, before), end < view.count else { return false }
    var close = end
    if view.is(close, ",") || view.is(close, ".") { close += 1 }
    // ('"2001: A Space Odyssey"': a title's first part before a colon)
    let colon = view.is(end, ":") && before > 0 && !view.breakBefore(before)
      && (possessive(view, before - 1) || Self.titleNoun(view, lexicon, before - 1))
    if colon { return true }
    guard close < view.count, closesQuote(view, close) else { return false }
    if close == end, close + 1 < view.count, !view.breakBefore(close + 1),
      Self.titleNoun(view, lexicon, close + 1)
    {
      return true
    }
    if before > 0, !view.breakBefore(before),
      possessive(view, before - 1) || Self.titleNoun(view, lexicon, before - 1)
        || view.isWord(before - 1) && view.token(before - 1).isCapitalized
          && !view.token(before - 1).startsSentence && !lexicon.isDateWord(view, before - 1)
    {
      return true
    }
    // '"Independence Day" is expected to open': a title opening a sentence
    return close == end && (before == 0 || view.breakBefore(before) || view.token(before).startsSentence)
      && close + 1 < view.count && view.isWord(close + 1) && !view.token(close + 1).isCapitalized
  }

  /// Whether token `i` is a noun of a show, film or book (`@list title-noun`, not
  /// a paper "on Sunday").
  static func titleNoun(_ view: TokenView, _ lexicon: DateLexicon, _ i: Int) -> Bool {
    lexicon.match(.titleNoun, view, at: i).contains(where: {
      $0.1.value != "on-day" && $0.1.value != "date-name" && $0.1.value != "show-day"
    })
  }

  /// Whether token `i` is a number with two decimals ("12.71"): a timed result.
  static func hundredths(_ view: TokenView, _ i: Int) -> Bool {
    guard i >= 0, view.isNumber(i) else { return false }
    let text = view.text[i].utf8
    guard let dot = text.firstIndex(of: UInt8(ascii: ".")) else { return false }
    return text.distance(from: dot, to: text.endIndex) == 3
  }

  /// Whether token `i` has a lower-case letter (not a word of a headline in capitals).
  static func mixedCase(_ view: TokenView, _ i: Int) -> Bool {
    let range = view.article.tokens[i].range
    let bytes = view.article.bytes
    for k in range.start..<range.end where bytes[k] >= 0x61 && bytes[k] <= 0x7A { return true }
    return false
  }

  /// Whether token `i` is a closing quotation mark.
  static func closesQuote(_ view: TokenView, _ i: Int) -> Bool {
    view.is(i, "\"") || view.is(i, "”") || view.is(i, "''") || view.is(i, "’")
  }

  /// Whether token `i` is an opening quotation mark.
  static func opensQuote(_ view: TokenView, _ i: Int) -> Bool {
    view.is(i, "\"") || view.is(i, "“") || view.is(i, "``") || view.is(i, "‘")
  }

  /// Whether a match that starts or ends with a number stands apart from
  /// other digit groups and currency signs (and a word from a "$" glued before
  /// it: "$MAR", "$DEC" are tickers).
  static func numbersStandAlone(start: Int, end: Int, view: TokenView, lexicon: DateLexicon) -> Bool {
    func isJoiner(_ i: Int) -> Bool {
      view.is(i, "-") || view.is(i, "/") || view.is(i, ".") || view.is(i, ":") || view.is(i, "+")
        || view.is(i, "–")
    }
    if start > 0, view.glued(start), view.is(start - 1, "$") { return false }
    if view.isNumber(start), start > 0 {
      let before = start - 1
      // ("7 p.m. ET/4 p.m. PT": a slash after a time zone joins two clocks)
      if view.glued(start) && (view.isNumber(before) || isJoiner(before)),
        !(view.is(before, "/") && before > 0 && view.isWord(before - 1)
          && !lexicon.match(.timezone, view, at: before - 1).isEmpty)
      {
        return false
      }
      if view.is(before, "$") || view.is(before, "€") || view.is(before, "£") || view.is(before, "¥")
        || view.is(before, "#")
      {
        return false
      }
    }
    let last = end - 1
    if view.isNumber(last), end < view.count {
      if view.glued(end) {
        if view.isNumber(end) || view.is(end, "%") { return false }
        if isJoiner(end) && !view.is(end, ".") && view.isNumber(end + 1) && view.glued(end + 1) {
          return false
        }
      }
    }
    return true
  }
}
