/// Checks on the words right after a match: an event, a comparison, a clause that goes on.
extension GuardSite {
  /// `ing-after`: no lower-case word in -ing right after the match ("following two weeks sailing":
  /// "after" and a length, no span ahead).
  func ingAfter() -> Bool {
    // "rested following two weeks sailing": "following" as "after", the days a length
    if end < view.count, !view.breakBefore(end), view.isWord(end), !view.token(end).isCapitalized,
      view.text[end].hasSuffix("ing")
    {
      return false
    }
    return true
  }

  /// `before-modal`: "will" or "would" right after the match ("it soon will start").
  func beforeModal() -> Bool {
    // "it soon will start": "soon" before a modal of the future
    if end >= view.count || view.breakBefore(end) || !(view.is(end, "will") || view.is(end, "would")) {
      return false
    }
    return true
  }

  /// `link-after`: no "after", "before", "as", "enough" or a hyphen right after ("to soon after the
  /// vote", "soon-to-be").
  func linkAfter() -> Bool {
    // "from May to soon after the vote", "the move to soon-to-be private firms":
    // "soon" leans on what follows
    if end < view.count, !view.breakBefore(end),
      view.is(end, "-") || view.is(end, "after") || view.is(end, "before") || view.is(end, "as")
        || view.is(end, "thereafter") || view.is(end, "afterward") || view.is(end, "afterwards")
        || view.is(end, "enough")
    {
      return false
    }
    return true
  }

  /// `opens-sentence`: the match opens its sentence ("Days after the deadline passed"; not "in the
  /// days after").
  func opensSentence() -> Bool {
    // "Days after the deadline passed, ...": the match opens its sentence
    if !view.token(start).startsSentence { return false }
    return true
  }

  /// `when-after`: no "when" right after the match ("at the moment when ...").
  func whenAfter() -> Bool {
    // "at the moment when the verdict was read": the clause names the time
    if end < view.count, !view.breakBefore(end), view.is(end, "when") { return false }
    return true
  }

  /// `than`: no "than" right after the match ("a week later than last year" is a comparison: a
  /// length of time, no day), nor a period a closing "earlier" or "later" belongs to ("in eight
  /// days earlier this month").
  func than() -> Bool {
    // "camp opens a week later than last year": a comparison, no day
    if end < view.count, !view.breakBefore(end), view.is(end, "than") { return false }
    // "will start classes a week later next fall": a length compared with the usual time
    // of a period named right after it
    if end > start, end + 1 < view.count, view.is(end - 1, "earlier") || view.is(end - 1, "later"),
      !view.breakBefore(end), !view.breakBefore(end + 1), view.is(end, "next"),
      lexicon.starts(.unit, view, at: end + 1) || lexicon.starts(.season, view, at: end + 1)
    {
      return false
    }
    // "three games in eight days earlier this month": "earlier" is the period's after it
    if end > start, end + 1 < view.count, view.is(end - 1, "earlier") || view.is(end - 1, "later"),
      !view.breakBefore(end), !view.breakBefore(end + 1),
      view.is(end, "this") || view.is(end, "last") || view.is(end, "that") || view.is(end, "in"),
      lexicon.starts(.unit, view, at: end + 1) || lexicon.starts(.month, view, at: end + 1)
        || view.is(end + 1, "the") || view.isNumber(end + 1)
    {
      return false
    }
    return true
  }

  /// `since`: "since" must follow the match, in its clause ("in the year since the bombing" is a
  /// length of time, not this year).
  func since() -> Bool {
    // "in the month since the March 3 floods": a length running up to now
    if end >= view.count || view.breakBefore(end) || !view.is(end, "since") { return false }
    return true
  }

  /// `that-noun`: a closing "that" is no determiner of a noun and its past verb ("two days after
  /// that period expired" counts from the expiry, no day of the story; "a year after that she
  /// remarried", "a week after that police ruled" stay).
  func thatNoun() -> Bool {
    guard end > start, view.is(end - 1, "that"), end + 1 < view.count, !view.breakBefore(end),
      !view.breakBefore(end + 1), view.isWord(end), !view.token(end).isCapitalized,
      !(view.packed(end).map { Guards.subjectPronouns.contains($0) || Tense.determinerSet.contains($0) }
        ?? false),
      view.isWord(end + 1), Tense.cue(view: view, lexicon: lexicon, at: end + 1) == -1,
      // (a determiner "that" takes a singular noun: "a week after that police ruled")
      !Guards.countedPlural(view.text[end]), !Guards.irregularPlurals.contains(view.text[end])
    else { return true }
    return false
  }

  /// `event-after`: no "before"/"after" and a word that names no date right after ("the week before
  /// the crash", "the month after the merger" are counted from an event, not this week or month; a
  /// capitalized word or number passes: "the week before Christmas", "the week after the Oct. 13
  /// drop"); nor a clause after it ("the year after he took office"; opening the sentence, "The
  /// year the war ended", "The week he was sworn in"; not "Over the weekend he met"), nor "leading
  /// up" ("the week leading up to the vote").
  func eventAfter() -> Bool {
    // "volume was light the week before the crash": a period next to an event
    // (a determiner and a noun: "the week after falling 3%" stays the week)
    if end + 2 < view.count, !view.breakBefore(end), view.is(end, "before") || view.is(end, "after"),
      !view.breakBefore(end + 1), view.packed(end + 1).map(Guards.eventDeterminers.contains) ?? false,
      view.isWord(end + 2), !view.token(end + 2).isCapitalized
    {
      return false
    }
    // "the year after he took office", "the week before they left": a clause
    if end + 2 < view.count, !view.breakBefore(end), view.is(end, "before") || view.is(end, "after"),
      !view.breakBefore(end + 1), Guards.clauseStart(view, end + 1)
    {
      return false
    }
    // "the year before the merger", "the year after he left": a match that ends in
    // "before"/"after" is counted from what follows it, an event (or a year: "the
    // year before 2015" is no year before the paper's)
    if end > start + 1, end < view.count, !view.breakBefore(end),
      view.is(end - 1, "before") || view.is(end - 1, "after"),
      view.isNumber(end) || Guards.clauseStart(view, end)
        || end + 1 < view.count && view.packed(end).map(Guards.eventDeterminers.contains) ?? false
          && view.isWord(end + 1) && !view.token(end + 1).isCapitalized
    {
      return false
    }
    // "the year prior to the merger": likewise, counted from the event after "to"
    // (whether "prior" ends the match or follows it)
    if end + 1 < view.count, !view.breakBefore(end), view.is(end, "prior") && view.is(end + 1, "to")
      || end > start + 1 && view.is(end - 1, "prior") && view.is(end, "to")
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
    // weekend he met", "For the year the bank earned" stay)
    if view.token(start).startsSentence, end + 1 < view.count, !view.breakBefore(end),
      Guards.clauseStart(view, end) || view.packed(end).map(Guards.eventDeterminers.contains) ?? false
        && view.isWord(end + 1) && !view.token(end + 1).isCapitalized && !view.breakBefore(end + 1)
        && !view.is(end, "a") && !view.is(end, "an")
    {
      return false
    }
    return true
  }

  /// `as-as`: not between "as" and "as" ("as recently as August": the date is August, "recently"
  /// only says how near).
  func asAs() -> Bool {
    if start > 0, end < view.count, view.is(start - 1, "as"), view.is(end, "as"),
      !view.breakBefore(start), !view.breakBefore(end)
    {
      return false
    }
    return true
  }

  /// `clause-end`: no word right after the match ("the day after?").
  func clauseEnd() -> Bool {
    // "a lot of late-planted beans": a glued hyphen goes on with a compound
    if end < view.count, view.is(end, "-"), view.glued(end) { return false }
    // "what is planned for the day after?": nothing hangs on the match
    // (a preposition or conjunction opening the next phrase may follow: "bombed
    // the night before in repeated raids", "the day before and again today")
    if end < view.count, view.isWord(end) || view.isNumber(end), !view.breakBefore(end),
      !(view.packed(end).map(Guards.clauseGoesOnSet.contains) ?? false)
    {
      return false
    }
    return true
  }

  /// `apposition`: set off by a comma right after a day ("on March 3, the day before the
  /// vote", "March 3, 1991, the day after", "on 12 October, the day before", "on Sunday,
  /// the day after the election"): the match restates that day.
  func apposition() -> Bool {
    guard start >= 2, view.is(start - 1, ",") else { return false }
    // (not a day named after it: "the day after Christmas", "the day before the holiday"
    // are that day's neighbours)
    if end < view.count, view.isNumber(end) || view.isWord(end) && view.token(end).isCapitalized
      || view.is(end + 1, "holiday") || view.is(end + 1, "holidays")
    {
      return false
    }
    var k = start - 2
    if !lexicon.match(.weekday, view, at: k).isEmpty { return true }
    // ("on 12 October, the day before": a day-first date)
    if !lexicon.match(.month, view, at: k).isEmpty, k > 0, let day = view.integer(k - 1),
      day.digits <= 2, (1...31).contains(day.value)
    {
      return true
    }
    // ("March 3, 1991,": the year of a day, not a year alone)
    if let year = view.integer(k), year.digits == 4, k >= 2, view.is(k - 1, ",") { k -= 2 }
    guard let day = view.integer(k), day.digits <= 2, (1...31).contains(day.value), k > 0
    else { return false }
    return !lexicon.match(.month, view, at: k - 1).isEmpty
      || view.is(k - 1, ".") && k > 1 && !lexicon.match(.month, view, at: k - 2).isEmpty
  }
}
