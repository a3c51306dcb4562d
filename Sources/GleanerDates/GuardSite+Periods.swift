/// Checks on days and periods: ordinals before nouns, parts of an event or a game, titles of a
/// month.
extension GuardSite {
  /// Prepositions of a place or a stretch that may follow an adverb of time.
  static let placePrepositionSet = Set(
    ["in", "on", "at", "across", "near", "into", "along", "around", "over", "off", "outside",
     "inside", "from", "through", "toward", "towards", "onto", "north", "south", "east", "west",
     "behind", "beyond", "above", "below", "under", "within"]
      .map(TokenView.pack))

  /// `day-noun`: a day of the month is not an ordinal before a noun ("Saturday, the fifth
  /// exchange"); a word of `@list year-follower` may follow it, but not "since", "ever" or "in" and
  /// a lower-case word ("Thursday, the first since 1868").
  func dayNoun() -> Bool {
    // "during the morning and evening peaks": a part of the day paired with another
    // before a noun modifies it too
    if slots.has("part"), end + 2 < view.count, !view.breakBefore(end),
      view.is(end, "and") || view.is(end, "or"),
      let second = lexicon.match("part-word", view, at: end + 1).first?.0, second < view.count,
      !view.breakBefore(second), view.isWord(second), !view.token(second).isCapitalized,
      !lexicon.isDateWord(view, second), Tense.cue(view: view, lexicon: lexicon, at: second) != -1,
      !(view.packed(second).map(Tense.clauseWordSet.contains) ?? false)
    {
      return false
    }
    // "exploded overnight in the foothills", "fell overnight across the region": a word
    // told relative to the paper before a preposition is an adverb, no noun's modifier
    if slots.has("relday"), end == start + 1, end < view.count, !view.breakBefore(end),
      view.packed(end).map(Self.placePrepositionSet.contains) ?? false
    {
      return true
    }
    // "since the Friday the 13th plunge": a weekday, "the" and a day in digits
    // with no comma between is the day, whatever noun follows
    // ("13th" is "13" and "th")
    if end == start + 3 || end == start + 4, view.is(start + 1, "the"), !view.breakBefore(start + 1),
      view.isNumber(start + 2)
    {
      return true
    }
    // "leaves Friday first for Denver", "opens Friday, first in Geneva": a spelled
    // ordinal right after a weekday, with no "the", is no day ("Mon 13th" is)
    var k = start + 1
    if k < end, view.is(k, ",") { k += 1 }
    if k < end, view.isWord(k), !view.isNumber(k), !view.is(k, "the"),
      lexicon.starts(.weekday, view, at: start)
    {
      return false
    }
    // "for Sunday, the third this week": a spelled ordinal before "this", "so" or "in"
    // counts events
    if end < view.count, !view.breakBefore(end), !view.isNumber(end - 1),
      view.is(end, "this") || view.is(end, "so") || view.is(end, "in")
    {
      return false
    }
    // "on Saturday, the fifth exchange": an ordinal before a noun is no day (nor before
    // "day": "Saturday, the 16th day since the invasion")
    // (a past verb is no noun: "Rain in the morning flooded the pitch")
    // (a spelled ordinal before any noun is no day either: "ending Wednesday, the first
    // surplus since 1969")
    let spelledBeforeNoun = slots.has("day") && end < view.count && !view.endsInDigit(end - 1)
      && !view.is(end, "of")
      && !(view.packed(end).map(Tense.clauseWordSet.contains) ?? false)
    if end < view.count, view.isWord(end), !view.breakBefore(end), !view.token(end).isCapitalized,
      !lexicon.isDateWord(view, end) || view.is(end, "day") || spelledBeforeNoun,
      lexicon.match(.yearFollower, view, at: end).isEmpty || spelledBeforeNoun,
      Tense.cue(view: view, lexicon: lexicon, at: end) != -1
    {
      return false
    }
    // "Late Wednesday, the 10-year note was quoted": a figure glued to a hyphen is a
    // compound's, no day
    if end + 1 < view.count, view.is(end, "-"), view.glued(end), view.glued(end + 1) {
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
    return true
  }

  /// `day-alone`: a bare day of the month has no word after it but a `year-follower` other than
  /// "of" ("on the 4th and", not "on the 4th of July").
  func dayAlone() -> Bool {
    // "on the 4th", not "on the 4th of July" nor "on the 20th day of"
    if end < view.count, view.isWord(end), !view.breakBefore(end),
      view.is(end, "of") || lexicon.match(.yearFollower, view, at: end).isEmpty
    {
      return false
    }
    // "the first and third Mondays of each month", "the 1st and 3rd Mondays": ordinals
    // of a weekday
    if end + 2 < view.count, view.is(end, "and") || view.is(end, "or") {
      let k = view.isNumber(end + 1) && view.glued(end + 2) ? end + 3 : end + 2
      if k < view.count, !lexicon.match(.weekdayPlural, view, at: k).isEmpty
        || !lexicon.match(.weekday, view, at: k).isEmpty
      {
        return false
      }
    }
    // "birdied the 12th and 16th holes": an ordinal joined to another before a
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
    // "in the fourth-round rematch": an ordinal glued to a hyphen is a modifier
    if end < view.count, view.is(end, "-"), view.glued(end) { return false }
    // "for the first 6 months": an ordinal before a count of units is a stretch, no day
    if end + 1 < view.count, view.isNumber(end), !view.breakBefore(end), !view.breakBefore(end + 1),
      lexicon.starts(.unit, view, at: end + 1)
    {
      return false
    }
    return true
  }

  /// `last-of`: "the last" or "the final" and a unit before "of" and no date ("the last weekend of
  /// the fair"): a part of an event, not the week before.
  func lastOf() -> Bool {
    // "the last weekend of the fair", "the final week of the campaign": the
    // end of an event, not the week before the paper's; so is "the last weekend
    // before the election"
    let last = view.is(start, "the") ? start + 1 : start
    if last < end, view.is(last, "last") || view.is(last, "final"), last > 0, view.is(last - 1, "the"),
      end < view.count, !view.breakBefore(end), view.is(end, "before") || view.is(end, "until")
    {
      return false
    }
    if last < end, view.is(last, "last") || view.is(last, "final"),
      last > 0, view.is(last - 1, "the"), end + 1 < view.count, view.is(end, "of"), !view.breakBefore(end),
      // ("the last week of trading" in a market report is the week just ended)
      !view.is(end + 1, "trading"), !view.is(end + 1, "business"),
      !(end + 1..<min(end + 3, view.count)).contains(where: { k in
        view.isNumber(k) || Guards.calendarLists.contains { !lexicon.match($0, view, at: k).isEmpty }
      })
    {
      return false
    }
    return true
  }

  /// `event-of`: a word of an event after the match ("the eighth day of the operation",
  /// "the 18th day since the invasion"), no calendar word nor number in the three
  /// tokens after it ("the second day of spring", "the second day of May"); not the
  /// first day.
  func eventOf() -> Bool {
    // ("on the first day of the trial", "her first day at work": a start, often no day
    // of the story)
    guard end < view.count, !view.breakBefore(end), !view.is(start + 1, "first"),
      !view.is(start + 1, "1st")
    else { return false }
    return !(end..<min(end + 3, view.count)).contains { k in
      view.breakBefore(k) || view.isNumber(k)
        || Guards.calendarLists.contains { !lexicon.match($0, view, at: k).isEmpty }
    }
  }

  /// `of-other`: no "in a row" or "running" after the match (a streak: "the third quarter in a
  /// row"), no "of" and a non-date after the match ("the fourth quarter of the game").
  func ofOther() -> Bool {
    // "the fourth quarter of the game": a part of something else
    if end + 1 < view.count, view.is(end, "of"), !view.breakBefore(end),
      !(end + 1..<min(end + 3, view.count)).contains(where: { k in
        view.isNumber(k) || Guards.calendarLists.contains { !lexicon.match($0, view, at: k).isEmpty }
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
    return true
  }

  /// `of-noun`: no "of" and a noun of no date right after the match, a determiner allowed
  /// between ("In 20 years of this work I have never seen", "in three months of talks"):
  /// the count is how long the thing lasted.
  func ofNoun() -> Bool {
    guard end + 1 < view.count, view.is(end, "of"), !view.breakBefore(end), !view.breakBefore(end + 1)
    else { return true }
    var k = end + 1
    if view.packed(k).map(Tense.determinerSet.contains) ?? false || Guards.possessive(view, k) { k += 1 }
    guard k < view.count, view.isWord(k), !view.token(k).isCapitalized, !view.breakBefore(k) else { return true }
    return Guards.calendarLists.contains { !lexicon.match($0, view, at: k).isEmpty }
  }

  /// `game`: a quarter without a year is no part of a year in a sentence about a game: one with a
  /// score ("led 21-17") or a word of `@list game-word`; nor anywhere in an article with two
  /// such sentences.
  func game() -> Bool {
    // "scored 12 points in the fourth quarter", "led 21-17 in the third quarter"; in a
    // game's report also "praised his defense in the fourth quarter"
    if !slots.has("year"),
      Guards.aboutAGame(view, lexicon, at: start) || Guards.articleAboutGames(view, lexicon)
    {
      return false
    }
    return true
  }

  /// `award`: not after a noun of `@list award-noun` and "of" ("player of the month", "goal of the
  /// year": a title, not a period).
  func award() -> Bool {
    if start >= 2, view.is(start - 1, "of"), !lexicon.match(.awardNoun, view, at: start - 2).isEmpty {
      return false
    }
    // ("four Yachtsman of the Year awards", "named Horsewoman of the Year": a
    // capitalized noun before "of" and a capitalized period, mid-sentence, are a
    // title of any noun)
    if start >= 2, end > start, view.is(start - 1, "of"), view.isWord(start - 2),
      view.token(start - 2).isCapitalized, !view.token(start - 2).startsSentence,
      view.token(end - 1).isCapitalized, !view.isNumber(end - 1)
    {
      return false
    }
    return true
  }

  /// `someday`: "one day" after a subject or modal and before a verb is "some day"; also "One day,"
  /// opening a sentence.
  func someday() -> Bool {
    // "hopes to one day lead", "he could one day win": "one day" as "some day"
    if end == start + 2, view.is(start, "one"), view.is(start + 1, "day"), start > 0,
      Guards.somedayBefore.contains(view.text[start - 1].lowercased()), view.isWord(end)
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
      Guards.openerUnits.contains(view.text[start + 1]), !view.breakBefore(end),
      Guards.openerFollowers.contains(view.text[end])
        || view.is(end, "in") && end + 1 < view.count && view.isNumber(end + 1)
    {
      return false
    }
    return true
  }

  /// `compound`: a count and unit is no length of time in a compound ("a quarter-point cut", "a
  /// year-on-year rise", "a quarter percentage point"), nor "the week" a date before "-long" ("the
  /// week-long conference"), nor a season before a word of `@list season-compound` ("summer
  /// school", "the winter wheat crop"), nor "midnight" before "Mass", nor "a minute" before a word
  /// of `@list minute-noun` ("a minute amount": the adjective); "the future" before a lower-case
  /// word not in `@list future-follower` ("the future president") is the adjective too.
  func compound() -> Bool {
    // "a quarter-point cut", "a year-on-year rise", "a year-to-year decline", "a quarter
    // percentage point"
    var k = end
    if k < view.count, view.is(k, "-") { k += 1 }
    if k < view.count, view.is(k, "point") || view.is(k, "points")
      || view.is(k, "percentage")
      || k > end && (view.is(k, "on") || view.is(k, "over") || view.is(k, "long")
        || view.is(k, "to"))
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
    // "the future president", "the future growth of": the adjective
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
    return true
  }

  /// `record`: no word of `@list record-word` a few words before the match in its clause ("the
  /// fastest pace in two years", "the third time in two months": a length of time, not a date
  /// ahead), nor "in a year" after a count and a unit ("52 weeks in a year").
  func record() -> Bool {
    if Guards.recordBefore(view, lexicon, start) { return false }
    // "52 weeks in a year", "24 hours in a day": a count of a smaller unit in
    // each larger one, no day a year ahead
    if start >= 2, view.is(start, "in"), view.isNumber(start - 2) || !lexicon.match(.number, view, at: start - 2).isEmpty,
      lexicon.starts(.unit, view, at: start - 1), !view.breakBefore(start - 1), !view.breakBefore(start)
    {
      return false
    }
    // "grinds 500 tons in a day", "how many calls a clerk takes in a day": an
    // amount in a unit's time (a rate), no day ahead, in a clause with no future
    if Guards.amountInUnit(view, lexicon, start) { return false }
    // "face three games in eight days", "60 millimetres in 24 hours": a counted amount
    // in a span of days or hours, a length, no day ahead
    // (a word may qualify the amount: "four road games in six nights")
    if start >= 2, view.is(start, "in"), !view.breakBefore(start), !view.breakBefore(start - 1),
      view.isWord(start - 1), Guards.countedPlural(view.text[start - 1]),
      counted(at: start - 2) || start >= 3 && view.isWord(start - 2) && !view.token(start - 2).isCapitalized
        && !view.breakBefore(start - 2) && counted(at: start - 3),
      ["hour", "day", "night", "minute", "second"].contains(where: { view.text[end - 1].lowercased().hasPrefix($0) })
    {
      return false
    }
    return true
  }

  /// Whether token `k` is a count, in figures or words.
  private func counted(at k: Int) -> Bool {
    view.isNumber(k) || !lexicon.match(.number, view, at: k).isEmpty
  }

  /// `results`: a word of `@list results-noun` right after the match ("first-half profit", not "a
  /// first-half goal"), or before it and "for"/"in" ("revenue for the first half").
  func results() -> Bool {
    // "first-half profit", or the noun before: "revenue for the first half"
    if end >= view.count || view.breakBefore(end)
      || lexicon.match(.resultsNoun, view, at: end).isEmpty,
      start < 2 || !(view.is(start - 1, "for") || view.is(start - 1, "in"))
        || lexicon.match(.resultsNoun, view, at: start - 2).isEmpty,
      !Guards.resultsBefore(view, lexicon, start), !Guards.resultsHalfBefore(view, lexicon, start),
      !resultsAfterComma()
    {
      return false
    }
    return true
  }

  /// "In the first half, net income rose": a word of `@list results-noun` within three
  /// words after a comma that closes the match.
  private func resultsAfterComma() -> Bool {
    guard end + 1 < view.count, view.is(end, ","), !view.breakBefore(end + 1) else { return false }
    for k in (end + 1)..<min(view.count, end + 4) where !view.breakBefore(k) {
      if !view.isWord(k) { return false }
      if !lexicon.match(.resultsNoun, view, at: k).isEmpty { return true }
    }
    return false
  }

  /// `after-in`: a part of the day right after "in" or "in the" (or "by", "during", "through",
  /// "into", "until": "by the afternoon").
  func afterIn() -> Bool {
    // "in the evening", "in morning"
    let k = start > 0 && view.is(start - 1, "the") ? start - 2 : start - 1
    if k < 0 || !Guards.partPrepositions.contains(where: { view.is(k, $0) }) { return partAlone() }
    // "by the morning of March 9", "in the evening of Oct. 3": the day alone is marked
    // (as "the night of Oct. 3" is)
    if end + 1 < view.count, view.is(end, "of"), !view.breakBefore(end), !view.breakBefore(end + 1) {
      let day = view.is(end + 1, "the") ? end + 2 : end + 1
      if day < view.count, view.isNumber(day) || lexicon.starts(.month, view, at: day)
        || lexicon.starts(.weekday, view, at: day) || lexicon.starts(.relday, view, at: day)
      {
        return false
      }
    }
    return true
  }

  /// "The attack began late afternoon", "Early morning, troops moved in": an early or late part
  /// of the day closing its phrase, after no determiner ("early morning raids", "the late
  /// evening news" name no time).
  private func partAlone() -> Bool {
    guard end - start == 2, view.is(start, "early") || view.is(start, "late") else { return false }
    // (a preposition or "that" may go on: "returned late evening from Moscow", "said late
    // night that the deal was close")
    let goesOn = end < view.count && !view.breakBefore(end)
      && Guards.partFollowers.contains(where: { view.is(end, $0) })
    guard goesOn || clauseEnd() else { return false }
    if start > 0, !view.breakBefore(start) {
      if !view.isWord(start - 1) { return view.is(start - 1, ",") }
      if Guards.partDeterminers.contains(where: { view.is(start - 1, $0) }) { return false }
    }
    return true
  }
}
