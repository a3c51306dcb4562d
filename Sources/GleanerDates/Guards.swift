/// Context checks that keep words and numbers that only look like dates out:
/// "May I", "the Sunday Times", "1900 Palestinians", phone numbers, money.
///
/// A rule asks for checks with `guard=` (comma separated):
/// - `year-noun`: a bare year must not count something ("1900 Palestinians",
///   "some 1500 were"), nor be a house number ("1600 Pennsylvania Avenue"),
///   nor follow a number or a number in brackets (a phone number's last group,
///   "Hull ( 13 ) 1330" in a list of kick-off times),
///   nor follow a capitalized word mid-sentence ("Vision 2030") or a word of
///   `@list number-name` ("Resolution 1160" opening a sentence).
/// - `year`: a bare year must not count something ("1900 people") nor follow
///   a count word ("about 2000"); the word after it must be in `@list year-follower`.
/// - `name-before`: no capitalized non-date word mid-sentence before a capitalized
///   month or season ("Theresa May", "the Prague Spring").
/// - `name`: a bare month or weekday must not be part of a name: no capitalized
///   non-date word right after it ("Sunday Times") or before it ("Theresa May");
///   a lone weekday is no day before "school", "schedule", "magazine" or
///   "supplement" ("a Sunday schedule"); a holiday is no day before a word of
///   `@list event-noun` ("the Yom Kippur war", "the Good Friday agreement"); a
///   weekday is no day in a paper "X on Sunday" (`@list title-noun` value `on-day`).
/// Every rule: titles (see `titleName`: "NBC's Today", 'the film "Friday"').
/// - `day-noun`: a day of the month is not an ordinal before a noun ("Saturday,
///   the fifth exchange"); a word of `@list year-follower` may follow it, but not
///   "since", "ever" or "in" and a lower-case word ("Thursday, the first since 1868").
/// - `day-alone`: a bare day of the month has no word after it but a
///   `year-follower` other than "of" ("on the 4th and", not "on the 4th of July").
/// - `of-other`: no "in a row" or "running" after the match (a streak: "the
///   third quarter in a row"), no "of" and a non-date after the match ("the fourth quarter
///   of the game").
/// - `ing-after`: no lower-case word in -ing right after the match ("following
///   two weeks sailing": "after" and a length, no span ahead).
/// - `game`: a quarter without a year is no part of a year in a sentence about
///   a game: one with a score ("led 21-17") or a word of `@list game-word`.
/// - `award`: not after a noun of `@list award-noun` and "of" ("player of the
///   month", "goal of the year": a title, not a period).
/// - `after-in`: a part of the day right after "in" or "in the" (or "by",
///   "during", "through", "into", "until": "by the afternoon").
/// - `someday`: "one day" after a subject or modal and before a verb is "some day";
///   also "One day," opening a sentence.
/// - `before-modal`: "will" or "would" right after the match ("it soon will begin").
/// - `link-after`: no "after", "before", "as", "enough" or a hyphen right after
///   ("to soon after the vote", "soon-to-be").
/// - `compound` also: "the future" before a lower-case word not in `@list
///   future-follower` ("the future president") is the adjective.
/// - `when-after`: no "when" right after the match ("at the moment when ...").
/// - `clause-end`: no word right after the match ("the day after?").
/// - `spelled-time`: minutes spelled after an hour are words, 10 or more ("seven
///   forty"; not "at 9-11").
/// - `unit-name`: a count and a capitalized unit mid-sentence is a name ("60 Minutes"),
///   also both capitalized after a quote or a capitalized "The" ('"Seven Years in Tibet"').
/// - `age`: no "old" or "of age" after a count of years ("a 6-year-old boy").
/// - `rate`: "a year" after an amount is a rate ("$1.76 a year"), and a count
///   before "a"/"per" and a unit is a share of it ("24 hours a day"), no length.
/// - `title`: a capitalized unit mid-sentence before another capitalized word, or
///   "of (the)" and one, is a title ("This Week With David Brinkley", "The Year of
///   the Tiger").
/// - `discourse`: not "now" opening a sentence or quote before a comma ("Now, he said").
/// - `fraction`: a month and day in digits is no fraction ("1/2", "39 1/2"), nor a
///   share before a word of `@list fraction-follower` ("3/4 of", "4/5 times").
/// - `ambiguous`: a month marked `ambiguous=yes` ("may", "march") needs a capital
///   letter and a phrase of `@list month-cue` before it ("in May", "mid-March"),
///   and no word of `@list person-verb` after it ("May said"); "and"/"or" and
///   another month after it stand for the cue ("figures for May and June"), as does
///   a word of `@list month-noun` after it ("its March meeting").
/// - `month-case`: a month marked `ambiguous=yes` in lower case is a verb ("the
///   fourth may be weaker", "the 10th may come"), not a month.
/// - `compound`: a count and unit is no length of time in a compound
///   ("a quarter-point cut", "a year-on-year rise", "a quarter percentage point"),
///   nor "the week" a date before "-long" ("the week-long conference"), nor a
///   season before a word of `@list season-compound` ("summer school", "the
///   winter wheat crop"), nor "midnight" before "Mass", nor "a minute" before a
///   word of `@list minute-noun` ("a minute amount": the adjective).
/// - `number-after`: no number (digits or a count in words) right after the match
///   ("the fiscal year 2008" is the year 2008; "the past five sessions" is no past).
/// - `results`: a word of `@list results-noun` right after the match ("first-half
///   profit", not "a first-half goal"), or before it and "for"/"in" ("revenue for
///   the first half").
/// - `measure`: no word of `@list clock-stop` (a price or rate unit) right after
///   the match ("ended the week 4 per cent higher" is no week 4).
/// - `record`: no word of `@list record-word` a few words before the match in
///   its clause ("the fastest pace in two years", "the third time in two months":
///   a length of time, not a date ahead).
/// - `temperature`: no word of `@list temperature-word` up to four words before
///   a decade ("temperatures in the thirties", "highs in the 70s").
/// - `than`: no "than" right after the match ("a week later than last year" is
///   a comparison: a length of time, no day).
/// - `since`: "since" must follow the match, in its clause ("in the year since
///   the bombing" is a length of time, not this year).
/// - `event-after`: no "before"/"after" and a word that names no date right after
///   ("the week before the crash", "the month after the merger" are counted from
///   an event, not this week or month; a capitalized word or number passes:
///   "the week before Christmas", "the week after the Oct. 13 drop"); nor a
///   clause after it ("the year after he took office"; opening the sentence, "The
///   year the war ended", "The week he was sworn in"; not "Over the weekend he
///   met"), nor "leading up" ("the week leading up to the vote").
/// - `as-as`: not between "as" and "as" ("as recently as August": the date is
///   August, "recently" only says how near).
/// - `opens-sentence`: the match opens its sentence ("Days after the deadline
///   passed"; not "in the days after").
/// - `publication`: a lone set word is no set in a paper's name or kind: not
///   capitalized mid-sentence ("the Daily News"), nor after an article and
///   before a capitalized non-date word ("the weekly Observer") or a word of `@list publication-noun`
///   ("a daily newspaper", "the weekly magazine Time").
/// - `race-time`: a count of seconds to hundredths ("12.71 seconds") is a
///   timed result in a race, not a length of time, nor are the minutes before
///   one ("three minutes 41.05 seconds").
/// - `table-label`: a count in thousands before a capitalized unit is a figure
///   before a table's column label ("9,300 Week Ago 8,200 Year Ago"), no date.
/// - `record` also: "in a year" after a count and a unit ("52 weeks in a year").
/// - `last-of`: "the last" or "the final" and a unit before "of" and no date
///   ("the last weekend of the fair"): a part of an event, not the week before.
/// Every rule: a match must not be glued to digits or `-`/`/` digit groups
/// (phone numbers, scores, codes) nor follow a currency sign.
/// A context check a rule asks for with `guard=` (see `Guards`).
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
  case lastOf = "last-of", figures
}

enum Guards {
  /// Words before the event after "the week before/after" (guard `event-after`).
  static let eventDeterminers = Set(
    ["the", "a", "an", "its", "his", "her", "their", "our"].map(TokenView.pack))

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

  /// After a verb in -s, a length that no rate has: "it takes a day and a half",
  /// "arrives a week from Friday" (not "four flights a week").
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
    guard start > 0, !view.breakBefore(start) else { return false }
    return view.is(start - 1, "for") || !lexicon.match(.countCue, view, at: start - 1).isEmpty
  }

  /// "in the fall", "by the fall": a cue and "the" before an ambiguous season,
  /// and no "in"/"from"/"to" after it ("after the fall in prices", "the fall from power").
  static func theSeason(_ view: TokenView, _ lexicon: DateLexicon, _ start: Int, _ end: Int) -> Bool {
    guard start > 1, view.is(start - 1, "the"), !view.breakBefore(start),
      lexicon.endsBefore(.monthCue, view, at: start - 1)
    else { return false }
    if end < view.count, !view.breakBefore(end),
      ["in", "from", "to", "of", "out"].contains(where: { view.is(end, $0) })
    {
      return false
    }
    return true
  }

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
      } else if !verbBetween, !lexicon.match(.recordStop, view, at: k).isEmpty {
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
    // "set to last six weeks": a verb, not "last" as in the past
    if start > 0, !lexicon.match(.verbBefore, view, at: start - 1).isEmpty,
      lexicon.match(.rel, view, at: start).contains(where: { $0.1.value == "-1" })
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
    for check in rule.guards {
      switch check {
      case .year:
        if end < view.count, view.isWord(end), !view.token(end).startsSentence,
          !view.breakBefore(end), lexicon.match(.yearFollower, view, at: end).isEmpty
        {
          return false
        }
        // (a modifier's last word is no count cue: "later than 2020")
        if start > 0, !modified, !lexicon.match(.countCue, view, at: start - 1).isEmpty,
          !Self.aboutTopic(view, lexicon, start)
        {
          return false
        }
      case .yearNoun:
        // "1990s-style": the year of a decade left by its own rule
        if view.glued(end), view.is(end, "s") { return false }
        // "640 pixels by 1280 pixels", "20 feet by 1500 feet": a dimension after
        // "by" and before a measure's unit, no deadline
        if end - 1 > 0, view.is(end - 2, "by"), view.isNumber(end - 1), end < view.count,
          !view.breakBefore(end), !lexicon.match(.clockStop, view, at: end).isEmpty
        {
          return false
        }
        // "for 1000 years", "some 1500 years ago": a count of a unit, no year
        if Self.fourDigitCount(view, lexicon, start: start), end < view.count, !view.breakBefore(end),
          lexicon.starts(.unit, view, at: end)
        {
          return false
        }
        // "+1 212 859 1640", "Leeds ( 4 ) v Hull ( 13 ) 1330": after a number, or a
        // number in brackets, four digits are a phone number's or a kick-off time's
        if start > 0, view.isNumber(start), !view.breakBefore(start),
          view.isNumber(start - 1) && view.text[start - 1].utf8.count != 4
            || start > 2 && view.is(start - 1, ")") && view.isNumber(start - 2) && view.is(start - 3, "(")
        {
          return false
        }
        // "sold 2013, 2015 and 2017 units": a list of numbers before a plural
        // noun, after no determiner, counts things ("the 1988, 1992 and 1996
        // campaigns" stays)
        if Self.yearListCount(view, lexicon, start: start, end: end) { return false }
        // "the 1600 block of Main Street": a house number
        if end + 1 < view.count, view.is(end, "block"), view.is(end + 1, "of") { return false }
        // "won the 1500 meters", "a 1000 points": a measure after an article, no year
        // (not before a capitalized name: "the 1995 Australian Grand Prix", "the
        // 1997 Hong Kong handover", where "Australian dollars" would be a price)
        if start > 0, view.is(start - 1, "the") || view.is(start - 1, "a") || view.is(start - 1, "an"),
          end < view.count, !view.breakBefore(end), !lexicon.match(.clockStop, view, at: end).isEmpty,
          !(view.token(end).isCapitalized && end + 1 < view.count && !view.breakBefore(end + 1)
            && view.isWord(end + 1) && view.token(end + 1).isCapitalized)
        {
          return false
        }
        // "1600 Pennsylvania Avenue": a house number
        if end + 1 < view.count, view.isWord(end), view.token(end).isCapitalized,
          !lexicon.match(.streetWord, view, at: end + 1).isEmpty
        {
          return false
        }
        // "Resolution 1160, adopted Tuesday": a numbered document or vehicle, also
        // opening a sentence
        // ("Resolutions 1199 and 1203": the second number too)
        if start > 0, view.isNumber(start), !view.breakBefore(start),
          !lexicon.match(.numberName, view, at: start - 1).isEmpty
            || start > 2 && view.is(start - 1, "and") && view.isNumber(start - 2)
              && !lexicon.match(.numberName, view, at: start - 3).isEmpty
        {
          return false
        }
        // "S. 1745", "No. 1996", "Vol. 1990": a Senate bill's or an issue's number
        if start > 1, view.isNumber(start), view.is(start - 1, "."), view.glued(start - 1),
          view.is(start - 2, "s") || view.is(start - 2, "no") || view.is(start - 2, "nos")
            || view.is(start - 2, "vol"),
          view.token(start - 2).isCapitalized
        {
          return false
        }
        // "Vision 2030", "Orion 1980": a capitalized word mid-sentence names something
        // ("the U.S. 1996 election", "the American 1992 campaign": a capitalized word
        // after "the" before the year and a lower-case noun after it is an adjective)
        // ("the Worlds 1985, 1987 and 1989": a name before a list of years is the
        // event's)
        if start > 0, !modified, view.isNumber(start), view.isWord(start - 1),
          view.token(start - 1).isCapitalized, !view.token(start - 1).startsSentence,
          !Self.yearListAfter(view, end),
          !view.breakBefore(start), !lexicon.isDateWord(view, start - 1),
          !(Self.theProperAdjective(view, lexicon, start) && end < view.count && view.isWord(end)
            && !view.token(end).isCapitalized && !view.breakBefore(end))
        {
          return false
        }
        // "the 1996 campaign": a year between a determiner and a noun
        // ("the post-1959 era": a prefixed year is an adjective)
        if end < view.count, view.isWord(end), !view.breakBefore(end), !Self.prefixed(view, start),
          lexicon.match(.yearFollower, view, at: end).isEmpty,
          start == 0 || lexicon.match(.yearDeterminer, view, at: start - 1).isEmpty
            && !Self.possessive(view, start - 1) && !Self.theProperAdjective(view, lexicon, start)
            && !Self.sourceLabel(view, start, end),
          !Self.yearBeforeNoun(view, start: start, end: end)
        {
          return false
        }
        // (a modifier's last word is no count cue, "later than 2020", unless
        // it is one itself: "some 1500 were arrested")
        if start > 0, !modified || !view.is(start - 1, "than"),
          !lexicon.match(.countCue, view, at: start - 1).isEmpty, !Self.aboutTopic(view, lexicon, start)
        {
          return false
        }
      case .dayNoun:
        // "since the Friday the 13th plunge": a weekday, "the" and a day in digits
        // with no comma between is the day, whatever noun follows
        // ("13th" is "13" and "th")
        if end == start + 3 || end == start + 4, view.is(start + 1, "the"), !view.breakBefore(start + 1),
          view.isNumber(start + 2)
        {
          break
        }
        // "on Saturday, the fifth exchange": an ordinal before a noun is no day
        if end < view.count, view.isWord(end), !view.breakBefore(end), !view.token(end).isCapitalized,
          !lexicon.isDateWord(view, end), lexicon.match(.yearFollower, view, at: end).isEmpty
        {
          return false
        }
        // "on Wednesday, the first full day of the war": an ordinal before
        // "full"/"whole"/"entire" counts days of an event
        if end < view.count, !view.breakBefore(end),
          view.is(end, "full") || view.is(end, "whole") || view.is(end, "entire")
        {
          return false
        }
        // "on Sunday, the first meeting of the two leaders": a noun of `@list
        // month-noun` ("its March meeting") is no date word after an ordinal
        if end < view.count, view.isWord(end), !view.breakBefore(end), !view.token(end).isCapitalized,
          !lexicon.match(.monthNoun, view, at: end).isEmpty
        {
          return false
        }
        // "on Tuesday, the first to be held in the autumn": an ordinal before an
        // infinitive is no day ("Monday the 3rd to Friday the 7th" is a range)
        if end + 1 < view.count, view.is(end, "to"), !view.breakBefore(end),
          view.isWord(end + 1), !lexicon.isDateWord(view, end + 1)
        {
          return false
        }
        // "Monday, the first of three weekly sessions": an ordinal of a count, no day
        if end + 1 < view.count, view.is(end, "of"), !view.breakBefore(end),
          view.isNumber(end + 1) || !lexicon.match(.number, view, at: end + 1).isEmpty
        {
          return false
        }
        // "on Sunday, the fourth day of the search": a day counted from an event
        // (not "the 31st day of the month")
        if end + 2 < view.count, view.is(end, "day"), view.is(end + 1, "of"),
          !view.breakBefore(end), !view.breakBefore(end + 2)
        {
          let noun = view.is(end + 2, "the") && end + 3 < view.count ? end + 3 : end + 2
          if view.isWord(noun), !view.token(noun).isCapitalized, !lexicon.isDateWord(view, noun) {
            return false
          }
        }
        // "on Monday, the first business day of the year": a counted working day
        if end + 1 < view.count, !view.breakBefore(end), view.is(end + 1, "day"),
          view.is(end, "business") || view.is(end, "working") || view.is(end, "trading")
        {
          return false
        }
        // "on Thursday, the first since 1868", "the first ever", "the first in
        // decades": a superlative, no day of the month
        if end < view.count, !view.breakBefore(end),
          view.is(end, "since") || view.is(end, "ever")
            || (view.is(end, "in") && end + 1 < view.count && view.isWord(end + 1)
              && !view.token(end + 1).isCapitalized)
        {
          return false
        }
      case .dayAlone:
        // "on the 4th", not "on the 4th of July" nor "on the 15th day of"
        if end < view.count, view.isWord(end), !view.breakBefore(end),
          view.is(end, "of") || lexicon.match(.yearFollower, view, at: end).isEmpty
        {
          return false
        }
        // "the first and third Mondays of each month": ordinals of a weekday
        if end + 2 < view.count, view.is(end, "and") || view.is(end, "or"),
          !lexicon.match(.weekdayPlural, view, at: end + 2).isEmpty
            || !lexicon.match(.weekday, view, at: end + 2).isEmpty
        {
          return false
        }
        // "birdied the 15th and 17th holes": an ordinal joined to another before a
        // noun counts things ("the 3rd and 5th floors"), no day
        if end + 3 < view.count, view.is(end, "and") || view.is(end, "or"),
          view.isNumber(end + 1), view.glued(end + 2), view.isWord(end + 2),
          view.isWord(end + 3), !view.breakBefore(end + 3), !view.token(end + 3).isCapitalized,
          !lexicon.isDateWord(view, end + 3), lexicon.match(.yearFollower, view, at: end + 3).isEmpty
        {
          return false
        }
        // "the 12th and 13th days of the siege", "the first and second days of the
        // trial": ordinals joined before "days" count days of an event, no dates
        if end + 2 < view.count, view.is(end, "and") || view.is(end, "or"),
          !view.breakBefore(end + 1)
        {
          let k = view.isNumber(end + 1) && view.glued(end + 2) ? end + 3 : end + 2
          if k < view.count, view.is(k, "days") || view.is(k, "day"), !view.breakBefore(k) {
            return false
          }
        }
        // "on the third-set tiebreaker": an ordinal glued to a hyphen is a modifier
        if end < view.count, view.is(end, "-"), view.glued(end) { return false }
      case .lastOf:
        // "the last weekend of the fair", "the final week of the campaign": the
        // end of an event, not the week before the paper's
        let last = view.is(start, "the") ? start + 1 : start
        if last < end, view.is(last, "last") || view.is(last, "final"),
          last > 0, view.is(last - 1, "the"), end + 1 < view.count, view.is(end, "of"), !view.breakBefore(end),
          // ("the last week of trading" in a market report is the week just ended)
          !view.is(end + 1, "trading"), !view.is(end + 1, "business"),
          !(end + 1..<min(end + 3, view.count)).contains(where: { k in
            view.isNumber(k) || Self.calendarLists.contains { !lexicon.match($0, view, at: k).isEmpty }
          })
        {
          return false
        }
      case .ofOther:
        // "the fourth quarter of the game": a part of something else
        if end + 1 < view.count, view.is(end, "of"), !view.breakBefore(end),
          !(end + 1..<min(end + 3, view.count)).contains(where: { k in
            view.isNumber(k) || Self.calendarLists.contains { !lexicon.match($0, view, at: k).isEmpty }
          })
        {
          return false
        }
        // "for the third quarter in a row", "the second quarter running": a streak
        if end < view.count, !view.breakBefore(end), !slots.has("year"),
          view.is(end, "running")
            || end + 2 < view.count && view.is(end, "in") && view.is(end + 1, "a") && view.is(end + 2, "row")
        {
          return false
        }
      case .ingAfter:
        // "rested following two weeks sailing": "following" as "after", the days a length
        if end < view.count, !view.breakBefore(end), view.isWord(end), !view.token(end).isCapitalized,
          view.text[end].hasSuffix("ing")
        {
          return false
        }
      case .game:
        // "scored 12 points in the fourth quarter", "led 21-17 in the third quarter"
        if !slots.has("year"), Self.aboutAGame(view, lexicon, at: start) { return false }
      case .award:
        if start >= 2, view.is(start - 1, "of"), !lexicon.match(.awardNoun, view, at: start - 2).isEmpty {
          return false
        }
      case .someday:
        // "hopes to one day lead", "he could one day win": "one day" as "some day"
        if end == start + 2, view.is(start, "one"), view.is(start + 1, "day"), start > 0,
          Self.somedayBefore.contains(view.text[start - 1].lowercased()), view.isWord(end)
        {
          return false
        }
        // "One day, he said, the archives will open": "one day" opening a sentence
        // before a comma is "some day", no length
        if end == start + 2, view.is(start, "one"), view.is(start + 1, "day"), end < view.count,
          view.is(end, ","), start == 0 || view.token(start).startsSentence || view.breakBefore(start)
        {
          return false
        }
        // "One night, the soldiers came", "One day last spring, a stranger knocked",
        // "One year in 1968": a narrative opener tells when, no length of time
        if end == start + 2, end < view.count, view.is(start, "one"),
          view.token(start).startsSentence || start == 0 || view.breakBefore(start),
          Self.openerUnits.contains(view.text[start + 1]), !view.breakBefore(end),
          Self.openerFollowers.contains(view.text[end])
            || view.is(end, "in") && end + 1 < view.count && view.isNumber(end + 1)
        {
          return false
        }
      case .beforeModal:
        // "it soon will begin": "soon" before a modal of the future
        if end >= view.count || view.breakBefore(end) || !(view.is(end, "will") || view.is(end, "would")) {
          return false
        }
      case .linkAfter:
        // "from May to soon after the vote", "the move to soon-to-be private firms":
        // "soon" leans on what follows
        if end < view.count, !view.breakBefore(end),
          view.is(end, "-") || view.is(end, "after") || view.is(end, "before") || view.is(end, "as")
            || view.is(end, "thereafter") || view.is(end, "afterward") || view.is(end, "afterwards")
            || view.is(end, "enough")
        {
          return false
        }
      case .opensSentence:
        // "Days after the deadline passed, ...": the match opens its sentence
        if !view.token(start).startsSentence { return false }
      case .whenAfter:
        // "at the moment when the verdict was read": the clause names the time
        if end < view.count, !view.breakBefore(end), view.is(end, "when") { return false }
      case .than:
        // "camp opens a week later than last year": a comparison, no day
        if end < view.count, !view.breakBefore(end), view.is(end, "than") { return false }
      case .since:
        // "in the month since the Aug. 7 bombings": a length running up to now
        if end >= view.count || view.breakBefore(end) || !view.is(end, "since") { return false }
      case .eventAfter:
        // "volume was light the week before the crash": a period next to an event
        // (a determiner and a noun: "the week after falling 3%" stays the week)
        if end + 2 < view.count, !view.breakBefore(end), view.is(end, "before") || view.is(end, "after"),
          !view.breakBefore(end + 1), view.packed(end + 1).map(Self.eventDeterminers.contains) ?? false,
          view.isWord(end + 2), !view.token(end + 2).isCapitalized
        {
          return false
        }
        // "the year after he took office", "the week before they left": a clause
        if end + 2 < view.count, !view.breakBefore(end), view.is(end, "before") || view.is(end, "after"),
          !view.breakBefore(end + 1), Self.clauseStart(view, end + 1)
        {
          return false
        }
        // "the week leading up to the vote": counted back from an event
        if end + 2 < view.count, !view.breakBefore(end), view.is(end, "leading"),
          !view.breakBefore(end + 1), view.is(end + 1, "up")
        {
          return false
        }
        // "The year the war ended, ...", "The week he was sworn in, ...": opening its
        // sentence, a relative clause names the period of its event ("Over the
        // weekend he met", "For the year the company earned" stay)
        if view.token(start).startsSentence, end + 1 < view.count, !view.breakBefore(end),
          Self.clauseStart(view, end) || view.packed(end).map(Self.eventDeterminers.contains) ?? false
            && view.isWord(end + 1) && !view.token(end + 1).isCapitalized && !view.breakBefore(end + 1)
            && !view.is(end, "a") && !view.is(end, "an")
        {
          return false
        }
      case .asAs:
        if start > 0, end < view.count, view.is(start - 1, "as"), view.is(end, "as"),
          !view.breakBefore(start), !view.breakBefore(end)
        {
          return false
        }
      case .clauseEnd:
        // "what is planned for the day after?": nothing hangs on the match
        // (a preposition or conjunction opening the next phrase may follow: "bombed
        // the night before in repeated raids", "the day before and again today")
        if end < view.count, view.isWord(end) || view.isNumber(end), !view.breakBefore(end),
          !(view.packed(end).map(Self.clauseGoesOnSet.contains) ?? false)
        {
          return false
        }
      case .spelledTime:
        // "tomorrow at seven forty", not "Tuesday two dozen trucks"
        if let minute = slots.int("minute"), minute < 10 { return false }
        // and spelled: "at 9-11", "10-20" are no clock times
        if slots.has("minute"), slots.entry("minute") == nil { return false }
      case .unitName:
        // "60 Minutes", "48 Hours": a count and a capitalized unit mid-sentence is a name
        if end - start == 2, view.isNumber(start), view.isWord(end - 1),
          view.token(end - 1).isCapitalized, !view.token(start).startsSentence
        {
          return false
        }
        // "Seven Years in Tibet", "Six Days, Seven Nights": a capitalized count and
        // unit mid-sentence or opening a quote is a title
        // ("The Seven Days in May author": after a capitalized "the" too)
        let count = view.is(start, "the") && view.token(start).isCapitalized ? start + 1 : start
        if end - count == 2, view.isWord(count), view.token(count).isCapitalized,
          view.isWord(end - 1), view.token(end - 1).isCapitalized, Self.mixedCase(view, end - 1),
          !view.token(count).startsSentence && !view.breakBefore(count)
            || count > 0 && Self.opensQuote(view, count - 1)
        {
          return false
        }
        // "the Six-Day War", "the Hundred Years War": a capitalized unit mid-sentence
        // and a capitalized word after it
        let unit = end - 1
        if end < view.count, view.isWord(unit), view.token(unit).isCapitalized,
          !view.token(unit).startsSentence, view.isWord(end), view.token(end).isCapitalized,
          !view.breakBefore(end)
        {
          return false
        }
      case .publication:
        if end == start + 1, slots.entry("set-word") != nil {
          if view.token(start).isCapitalized, !view.token(start).startsSentence,
            !view.breakBefore(start)
          {
            return false
          }
          // (after an article only: in "the party daily Granma" the word still says
          // how often the paper comes out, and TimeML marks it as a set)
          if end < view.count, view.isWord(end), !view.breakBefore(end),
            view.token(end).isCapitalized && !lexicon.isDateWord(view, end) && start > 0
              && (view.is(start - 1, "the") || view.is(start - 1, "a") || view.is(start - 1, "an"))
              || !lexicon.match(.publicationNoun, view, at: end).isEmpty
          {
            return false
          }
        }
      case .title:
        // "This Week With David Brinkley": "Week" capitalized, then a capitalized word
        // ("The Year of the Tiger": or "of (the)" and one)
        let last = end - 1
        var next = end
        if next + 1 < view.count, view.is(next, "of") { next += view.is(next + 1, "the") ? 2 : 1 }
        if last > start, view.isWord(last), view.token(last).isCapitalized,
          Self.mixedCase(view, last), !view.token(last).startsSentence, next < view.count,
          view.isWord(next), view.token(next).isCapitalized, !view.breakBefore(next),
          !view.breakBefore(end)
        {
          return false
        }
      case .discourse:
        // "Now for a look at the weather", "And now for the news": a broadcast's turn
        // to the next item ("Now for the first time ..." stays a time)
        if end == start + 1, view.is(start, "now"), end + 2 < view.count, view.is(end, "for"),
          !(view.is(end + 1, "the") && view.is(end + 2, "first")),
          start == 0 || view.token(start).startsSentence || view.breakBefore(start)
            || view.is(start - 1, "and") && (view.token(start - 1).startsSentence || view.breakBefore(start - 1))
        {
          return false
        }
        // "Now, he said, ...": "now" opening a sentence (or a quote) before a comma
        // ("Currently, ..." stays a date)
        if end == start + 1, view.is(start, "now"), end < view.count, view.is(end, ","),
          start == 0 || view.token(start).startsSentence || view.breakBefore(start)
            || Self.opensQuote(view, start - 1)
        {
          return false
        }
      case .temperature:
        // "temperatures in the thirties", "highs in the 70s": no decade
        // ("in her late eighties", "in their mid-sixties": an age)
        var m = start - 1
        while m >= 0, m >= start - 3,
          view.is(m, "late") || view.is(m, "early") || view.is(m, "mid") || view.is(m, "-")
        {
          m -= 1
        }
        if m >= 0, Self.agePossessives.contains(where: { view.is(m, $0) }) { return false }
        var k = start - 1
        while k >= 0, start - k <= 4, !view.breakBefore(k + 1) {
          if !lexicon.match(.temperatureWord, view, at: k).isEmpty { return false }
          k -= 1
        }
      case .compound:
        // "a quarter-point cut", "a year-on-year rise", "a quarter percentage point"
        var k = end
        if k < view.count, view.is(k, "-") { k += 1 }
        if k < view.count, view.is(k, "point") || view.is(k, "points")
          || view.is(k, "percentage")
          || k > end && (view.is(k, "on") || view.is(k, "over") || view.is(k, "long"))
          // "the week-earlier level": an adjective counted back, not this week
          || k > end && (view.is(k, "earlier") || view.is(k, "ago"))
          // "a 1990s-style menu": a manner, not a time
          || k > end && view.is(k, "style")
          // "the Christmas holiday season", "a current-account deficit": two words of
          // `@list compound-pair` across the match's end
          || end > 0 && lexicon.match(.compoundPair, view, at: end - 1).contains(where: { $0.0 > end })
        {
          return false
        }
        // "a minute amount", "minute traces": the adjective (tiny), no length
        if end < view.count, end > 0, view.is(end - 1, "minute"), !view.breakBefore(end),
          !lexicon.match(.minuteNoun, view, at: end).isEmpty
        {
          return false
        }
        // "at present rates", "at present levels": the adjective, no time
        if end < view.count, end > 0, view.is(end - 1, "present"), !view.breakBefore(end),
          !lexicon.match(.presentNoun, view, at: end).isEmpty
        {
          return false
        }
        // "the future president", "the future competitiveness of": the adjective
        // before a lower-case word that no verb or function word of
        // `@list future-follower` is ("the future looks bleak", "in the future if")
        if end < view.count, end > 0, view.is(end - 1, "future"), !view.breakBefore(end),
          view.isWord(end), !view.token(end).isCapitalized,
          lexicon.match(.futureFollower, view, at: end).isEmpty
        {
          return false
        }
        // "summer school", "spring training", "a summer camp": an institution, not a
        // season; "midnight Mass": a service, not a clock
        if end < view.count, !view.breakBefore(end),
          slots.entry("season") != nil && !lexicon.match(.seasonCompound, view, at: end).isEmpty
            || slots.entry("named-time") != nil && view.is(end, "mass")
        {
          return false
        }
      case .tableLabel:
        // "Receipts 9,300 Week Ago 8,200": a figure and the next column's label
        if start + 1 < end, view.isNumber(start), view.text[start].utf8.contains(UInt8(ascii: ",")),
          view.isWord(start + 1), view.token(start + 1).isCapitalized
        {
          return false
        }
      case .monthYY:
        // "Feb 97", "Jun-99" (a table's month and year): a short month, two digits
        // that are no day ("Dec 25" is a day) and no price or count after them
        // ("in March 98 people died", "the Jan 95 calls")
        // (a month's full name is prose, not a table's column: "February 97"; one
        // with no short form, "May", only in a row after a comma or a figure: "Mar
        // 99 72.35, May 99 73.10")
        if let entry = slots.entry("month"), view.text[start] == entry.name {
          if entry.hasOtherForms { return false }
          if start == 0 || !(view.is(start - 1, ",") || view.is(start - 1, ";")
            || view.isNumber(start - 1))
          {
            return false
          }
        }
        guard let yy = slots.int("yy"), yy == 0 || yy > 31 else { return false }
        if Self.modelYear(view, lexicon, start, end - 1) { return false }
        if end < view.count, !view.breakBefore(end), view.isWord(end) || view.is(end, "%"),
          Self.yyStops.contains(view.text[end])
        {
          return false
        }
      case .raceTime:
        // "3 minutes 49.09 seconds" in results: a timed result, no length
        if Self.hundredths(view, end - 2) && view.is(end - 1, "seconds")
          || end + 1 < view.count && !view.breakBefore(end) && Self.hundredths(view, end)
            && (view.is(end + 1, "seconds") || view.is(end + 1, "second"))
        {
          return false
        }
      case .figures:
        // "lowered his ERA from 8.08 to 7.24": dotted figures with no "a.m."/"p.m.",
        // zone or part of the day whose minutes are not a multiple of five are
        // figures, no stretch of clock time ("from 8.30 to 9.45" stays)
        // (a lone clock only before "to" or "-" and another such figure: "from 8.08 to 7.24")
        if !slots.has("ampm"), !slots.has("ampm2"), !slots.has("timezone"), !slots.has("part"),
          (start..<end).contains(where: { view.isNumber($0) && Self.oddDottedMinutes(view.text[$0]) }),
          slots.has("clock2") || slots.has("hour2")
            || end + 1 < view.count && !view.breakBefore(end + 1)
              && (view.is(end, "to") || view.is(end, "-")) && view.isNumber(end + 1)
              && Self.oddDottedMinutes(view.text[end + 1])
        {
          return false
        }
      case .measure:
        // "ended the week 4 per cent higher": a number before a price or rate word
        if end < view.count, !view.breakBefore(end),
          !lexicon.match(.clockStop, view, at: end).isEmpty
        {
          return false
        }
      case .numberAfter:
        // digits, or a count in words ("the past five sessions"; not "a")
        if end < view.count, !view.breakBefore(end), view.isNumber(end)
          || lexicon.match(.number, view, at: end).contains(where: { $0.1.isArticle == false })
        {
          return false
        }
      case .record:
        if Self.recordBefore(view, lexicon, start) { return false }
        // "52 weeks in a year", "24 hours in a day": a count of a smaller unit in
        // each larger one, no day a year ahead
        if start >= 2, view.is(start, "in"), view.isNumber(start - 2) || !lexicon.match(.number, view, at: start - 2).isEmpty,
          lexicon.starts(.unit, view, at: start - 1), !view.breakBefore(start - 1), !view.breakBefore(start)
        {
          return false
        }
        // "grinds 500 tons in a day", "how many calls a clerk takes in a day": an
        // amount in a unit's time (a rate), no day ahead, in a clause with no future
        if Self.amountInUnit(view, lexicon, start) { return false }
      case .results:
        // "first-half profit", or the noun before: "revenue for the first half"
        if end >= view.count || view.breakBefore(end)
          || lexicon.match(.resultsNoun, view, at: end).isEmpty,
          start < 2 || !(view.is(start - 1, "for") || view.is(start - 1, "in"))
            || lexicon.match(.resultsNoun, view, at: start - 2).isEmpty,
          !Self.resultsBefore(view, lexicon, start), !Self.resultsHalfBefore(view, lexicon, start)
        {
          return false
        }
      case .afterIn:
        // "in the evening", "in morning"
        let k = start > 0 && view.is(start - 1, "the") ? start - 2 : start - 1
        if k < 0 || !Self.partPrepositions.contains(where: { view.is(k, $0) }) { return false }
      case .fraction:
        // "1/2", "3/4", "39 1/2": a fraction, not a month and day
        if let day = slots.int("day-num"), let month = slots.int("month-num"),
          [2, 3, 4, 8, 16, 32].contains(day) && month < day || month == 9 && day == 11
        {
          // (and "9/11" names the 2001 attacks)
          return false
        }
        // "24/7" is round the clock, no 24 July
        if end - start == 3, view.is(start, "24"), view.is(start + 2, "7") { return false }
        if start > 0, view.isNumber(start - 1) || !lexicon.match(.number, view, at: start - 1).isEmpty {
          return false
        }
        // "3/4 of", "4/5 times", "10/10 vision": a share or a score (`@list fraction-follower`)
        if end < view.count, !view.breakBefore(end),
          !lexicon.match(.fractionFollower, view, at: end).isEmpty
        {
          return false
        }
      case .rangeAfter:
        // "Fri 8am-6pm": the clock opens a range of times ("-", "to" and a number)
        if end + 1 < view.count, view.is(end, "-") || view.is(end, "–") || view.is(end, "to")
          || view.is(end, "until") || view.is(end, "till"), view.isNumber(end + 1)
        {
          return false
        }
      case .dayFirst:
        // "23/12" day first only where the first number cannot be a month
        if let day = slots.int("day-num"), day <= 12 { return false }
      case .age:
        // "a 6-year-old boy"
        if end < view.count, view.is(end, "old") { return false }
        if end + 1 < view.count, view.is(end, "-"), view.is(end + 1, "old") { return false }
        // "the vaccine at 6 months of age"
        if end + 1 < view.count, view.is(end, "of"), view.is(end + 1, "age") { return false }
      case .rate:
        // "24 hours a day", "two days a week": a share of each larger unit, no length
        if slots.has("count"), end + 1 < view.count, !view.breakBefore(end),
          view.is(end, "a") || view.is(end, "an") || view.is(end, "per"),
          lexicon.starts(.unit, view, at: end + 1)
        {
          return false
        }
        // "nearly a quarter of its value": a share, no three months ("a quarter
        // of a century" has its own rule)
        if end >= 2, end + 1 < view.count, view.is(end - 1, "quarter"), view.is(end - 2, "a"),
          view.is(end, "of"), !view.breakBefore(end), !view.is(end + 1, "a"), !view.is(end + 1, "an")
        {
          return false
        }
        // "$1.76 a year", "four flights a week"
        if slots.entry("count")?.attribute("article") == "yes", start > 0,
          view.isNumber(start - 1) || !lexicon.match(.number, view, at: start - 1).isEmpty
            || view.isWord(start - 1) && Self.looksPlural(view.text[start - 1])
              && !Self.notRate(view, slots, end, start: start)
        {
          return false
        }
      case .name:
        // "High Noon", "Midnight Cowboy": a capitalized clock word mid-sentence
        // next to a capitalized non-date word is a title (lower-case "noon" is
        // never a name: "by noon Clinton had left")
        if slots.entry("named-time") != nil {
          if view.token(start).isCapitalized, !view.token(start).startsSentence,
            end < view.count && view.isWord(end) && view.token(end).isCapitalized
              && !view.breakBefore(end) && !lexicon.isDateWord(view, end)
              || start > 0 && view.isWord(start - 1) && view.token(start - 1).isCapitalized
                && !view.breakBefore(start) && !lexicon.isDateWord(view, start - 1)
          {
            return false
          }
          break
        }
        if end < view.count, view.isWord(end), view.token(end).isCapitalized,
          !view.breakBefore(end), !lexicon.isDateWord(view, end),
          !Self.placeTime(view, end), !Self.openingOnDay(view, lexicon, slots, start, end),
          !Self.monthOfFigures(view, lexicon, slots, start, end)
        {
          return false
        }
        // "Jan-Erik", "Jan-Willem": a month glued by a hyphen to a capitalized
        // non-date word is a double first name ("Jan-March" stays a range)
        // "Mar-a-Lago": or to a lower-case word glued to another hyphen (a place name)
        if end == start + 1, slots.entry("month") != nil, end + 1 < view.count,
          view.is(end, "-"), view.glued(end), view.glued(end + 1), view.isWord(end + 1),
          view.token(end + 1).isCapitalized && !lexicon.isDateWord(view, end + 1)
            || end + 2 < view.count && view.is(end + 2, "-") && view.glued(end + 2)
              && lexicon.match(.month, view, at: end + 1).isEmpty
        {
          return false
        }
        // "Park Chan-jun", "Kim Tae-May": a month glued after a capitalized word and a
        // hyphen ends a double given name ("Mid-June", "Jan-March" stay dates)
        if end == start + 1, slots.entry("month") != nil, start >= 2, view.is(start - 1, "-"),
          view.glued(start), view.glued(start - 1), view.isWord(start - 2),
          view.token(start - 2).isCapitalized, lexicon.match(.month, view, at: start - 2).isEmpty,
          lexicon.match(.season, view, at: start - 2).isEmpty,
          !Self.prefixed(view, start), !view.is(start - 2, "early"), !view.is(start - 2, "late")
        {
          return false
        }
        // "the Yom Kippur war", "the Good Friday agreement": a holiday naming an
        // event (`@list event-noun`), no day
        // (the weekday of a holiday it did not take whole: "Good Friday agreement")
        if end < view.count, !view.breakBefore(end),
          slots.entry("holiday") != nil
            || end == start + 1 && slots.entry("weekday") != nil && start > 0
              && view.isWord(start - 1) && view.token(start - 1).isCapitalized
              && !view.breakBefore(start),
          !lexicon.match(.eventNoun, view, at: end).isEmpty
        {
          return false
        }
        // "its Independence Day", "Pakistan's Independence Day", "Israel's 50th
        // Independence Day": a day each country keeps on its own date (`national=yes`)
        if start > 0, !view.breakBefore(start),
          slots.entry("holiday")?.attribute("national") == "yes", Self.foreignOwner(view, start - 1)
        {
          return false
        }
        // "Weekend Edition Sunday": a show named by its day
        if end == start + 1, slots.entry("weekday") != nil, start > 0, !view.breakBefore(start),
          view.token(start - 1).isCapitalized, Self.mixedCase(view, start - 1),
          lexicon.match(.titleNoun, view, at: start - 1).contains(where: { $0.1.value == "show-day" })
        {
          return false
        }
        // "the Mail on Sunday", "The Independent on Sunday": a paper's name
        if end == start + 1, slots.entry("weekday") != nil, start >= 3, view.is(start - 1, "on"),
          view.token(start - 2).isCapitalized,
          lexicon.match(.titleNoun, view, at: start - 2).contains(where: { $0.1.value == "on-day" }),
          view.is(start - 3, "the") || Self.possessive(view, start - 3)
        {
          return false
        }
        // "a Sunday schedule", "Sunday school", "the Sunday magazine": a kind of
        // thing, no day ("in its Sunday editions" may be last Sunday's: kept)
        if end == start + 1, slots.entry("weekday") != nil, end < view.count,
          !view.breakBefore(end),
          view.is(end, "school") || view.is(end, "schedule") || view.is(end, "schedules")
            || view.is(end, "magazine") || view.is(end, "supplement")
        {
          return false
        }
      case .nameBefore:
        // ("a Jan 90 Honda": the month of a model year, the bare month neither)
        if Self.modelYear(view, lexicon, start, end) { return false }
        // ("the Prague Spring": a capitalized season too; "the Moscow winter" stays one)
        if start > 0, !slots.has("rel"), view.token(start).isCapitalized,
          view.isWord(start - 1), view.token(start - 1).isCapitalized,
          !view.token(start).startsSentence, !view.breakBefore(start),
          !lexicon.isDateWord(view, start - 1),
          lexicon.match(.monthCue, view, at: start - 1).isEmpty
        {
          return false
        }
      case .monthCase:
        if slots.entry("month")?.attribute("ambiguous") == "yes" {
          let month = lexicon.listIndex["month"] ?? DateLexicon.noList
          if let k = (start..<end).first(where: { lexicon.starts(month, view, at: $0) }),
            !view.token(k).isCapitalized
          {
            return false
          }
        }
      case .ambiguous:
        if slots.entry("weekday")?.attribute("ambiguous") == "yes" { return false }
        if let season = slots.entry("season"), season.attribute("ambiguous") == "yes",
          !slots.has("rel"), !slots.has("year"),
          !lexicon.endsBefore(.monthCue, view, at: start), !Self.theSeason(view, lexicon, start, end),
          !Self.storyThat(view, start),
          // "the fall season", "its fall lineup"
          end >= view.count || view.breakBefore(end) || lexicon.match(.seasonNoun, view, at: end).isEmpty
        {
          return false
        }
        // "disputes that spring from old grudges", "prices that fall": "that" in or
        // right before the match is a relative pronoun unless it opens a time
        // ("That fall, ...", "and that fall", "in that spring")
        let that = view.is(start, "that") ? start : start > 0 && view.is(start - 1, "that") ? start - 1 : -1
        if that >= 0, slots.entry("season")?.attribute("verb") == "yes",
          !Self.storyThat(view, that), !lexicon.endsBefore(.monthCue, view, at: that)
        {
          return false
        }
        // "will peak this year and fall sharply", "expected to fall 5 percent": a verb
        // after a cue that also stands before verbs
        if let season = slots.entry("season"), season.attribute("ambiguous") == "yes",
          !slots.has("rel"), !slots.has("year"), start > 0, end < view.count, !view.breakBefore(end),
          view.is(start - 1, "and") || view.is(start - 1, "or") || view.is(start - 1, "to"),
          view.isNumber(end) || !lexicon.match(.seasonVerbAfter, view, at: end).isEmpty
            || view.isWord(end) && view.text[end].hasSuffix("ly")
        {
          return false
        }
        // "the bombs began to fall", "prices continued to fall": an infinitive after a
        // verb (not "from spring to fall", "from 1995 to fall")
        if let season = slots.entry("season"), season.attribute("ambiguous") == "yes",
          !slots.has("rel"), !slots.has("year"), start > 1, view.is(start - 1, "to"),
          !view.breakBefore(start - 1), view.isWord(start - 2), !view.token(start - 2).isCapitalized,
          lexicon.match(.season, view, at: start - 2).isEmpty,
          lexicon.match(.month, view, at: start - 2).isEmpty
        {
          return false
        }
        if slots.entry("month")?.attribute("ambiguous") == "yes" {
          // "last March", "next May": the word before is the cue; the month
          // itself must still be capitalized
          if slots.has("rel") {
            let month = lexicon.listIndex["month"] ?? DateLexicon.noList
            guard let k = (start..<end).first(where: { lexicon.starts(month, view, at: $0) }),
              view.token(k).isCapitalized
            else { return false }
          } else {
            guard view.token(start).isCapitalized,
              lexicon.endsBefore(.monthCue, view, at: start)
                || Self.monthFollows(view, lexicon, at: end)
                || end < view.count && !view.breakBefore(end)
                  && !lexicon.match(.monthNoun, view, at: end).isEmpty
                // "March's figures": a possessive before a month noun
                || end + 1 < view.count && Self.possessive(view, end)
                  && !view.breakBefore(end + 1)
                  && !lexicon.match(.monthNoun, view, at: end + 1).isEmpty
                // "its May CPI report", "the March FOB prices" (not opening a sentence)
                || !view.token(start).startsSentence && end < view.count && !view.breakBefore(end)
                  && Self.monthOfFigures(view, lexicon, slots, start, end)
            else { return false }
          }
          // "that May said", "May could resign": a person
          if end < view.count, !view.breakBefore(end), !lexicon.match(.personVerb, view, at: end).isEmpty {
            return false
          }
        }
      }
    }
    return true
  }


  /// Words before "(the) evening" that make it a time of day.
  static let partPrepositions: [String] = [
    "in", "by", "during", "through", "throughout", "into", "until", "till",
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
    let article = view.article
    guard let s = view.sentence(of: i) else { return false }
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
        k < 2 || !view.glued(k) || !view.is(k - 1, "-") || !view.isNumber(k - 2)
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

  /// Whether "and"/"or" and a capitalized month name follow token `at` ("May and June").
  static func monthFollows(_ view: TokenView, _ lexicon: DateLexicon, at: Int) -> Bool {
    guard at + 1 < view.count, view.is(at, "and") || view.is(at, "or"),
      view.isWord(at + 1), view.token(at + 1).isCapitalized
    else { return false }
    return lexicon.starts(lexicon.listIndex["month"] ?? DateLexicon.noList, view, at: at + 1)
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

  /// "his unsuccessful 1996 campaign", "predicting 1990 earnings": a year after a
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
    guard i >= 0, i < view.count, view.isNumber(i) else { return false }
    let word = view.text[i]
    guard word.utf8.count == 4, let n = Int(word) else { return false }
    return (1900...2099).contains(n)
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
  /// ("an 11-month 1996 net profit": a short word of the results' kind too)
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

  /// "On Wednesday Suncor disclosed ...", "Police said on Friday Smith had fled": a bare
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
  /// it: an acronym of figures or a body ("the August NAPM index", "the July FOMC
  /// meeting"), or a contract of the pit within three words ("December T-bonds",
  /// "the September Treasury bond future"), not a name ("Theresa May", "April Smith").
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
    for k in end...(end + 2) where k < view.count && !view.breakBefore(k) {
      if !lexicon.match(.contractNoun, view, at: k).isEmpty { return true }
      guard view.isWord(k), view.token(k).isCapitalized || k > end else { return false }
    }
    return false
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
  /// other digit groups and currency signs.
  static func numbersStandAlone(start: Int, end: Int, view: TokenView, lexicon: DateLexicon) -> Bool {
    func isJoiner(_ i: Int) -> Bool {
      view.is(i, "-") || view.is(i, "/") || view.is(i, ".") || view.is(i, ":") || view.is(i, "+")
        || view.is(i, "–")
    }
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
