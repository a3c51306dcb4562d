/// Checks that keep names out: a month or weekday in a name, a title, a paper's name.
extension GuardSite {
  /// Verbs whose object may be a period they open or close ("ended March with").
  static let periodVerbSet = Set(
    ["ended", "closed", "began", "started", "finished", "entered", "opened", "ends", "closes",
     "begins", "starts", "enters", "opens"].map(TokenView.pack))

  /// `unit-name`: a count and a capitalized unit mid-sentence is a name ("60 Minutes"), also both
  /// capitalized after a quote or a capitalized "The" ('"Seven Years in Tibet"').
  func unitName() -> Bool {
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
      view.isWord(end - 1), view.token(end - 1).isCapitalized, Guards.mixedCase(view, end - 1),
      !view.token(count).startsSentence && !view.breakBefore(count)
        || count > 0 && Guards.opensQuote(view, count - 1)
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
    return true
  }

  /// `publication`: a lone set word is no set in a paper's name or kind: not capitalized
  /// mid-sentence ("the Daily News"), nor after an article and before a capitalized non-date word
  /// ("the weekly Observer") or a word of `@list publication-noun` ("a daily newspaper", "the
  /// weekly magazine Time").
  func publication() -> Bool {
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
    return true
  }

  /// `title`: a capitalized unit mid-sentence before another capitalized word, or "of (the)" and
  /// one, is a title ("This Week With Nora Hale", "The Year of the Tiger").
  func title() -> Bool {
    // "This Week With Nora Hale": "Week" capitalized, then a capitalized word
    // ("The Year of the Tiger": or "of (the)" and one)
    let last = end - 1
    var next = end
    if next + 1 < view.count, view.is(next, "of") { next += view.is(next + 1, "the") ? 2 : 1 }
    if last > start, view.isWord(last), view.token(last).isCapitalized,
      Guards.mixedCase(view, last), !view.token(last).startsSentence, next < view.count,
      view.isWord(next), view.token(next).isCapitalized, !view.breakBefore(next),
      !view.breakBefore(end)
    {
      return false
    }
    return true
  }

  /// `discourse`: not "now" opening a sentence or quote before a comma ("Now, he said").
  func discourse() -> Bool {
    guard end == start + 1, view.is(start, "now"), end < view.count else { return true }
    // (opening its sentence, a speaker's turn "MULLEN: Now", or after an opening "And")
    func opens(_ k: Int) -> Bool {
      k == 0 || view.token(k).startsSentence || view.breakBefore(k) || view.is(k - 1, ":")
    }
    let opening = opens(start) || view.is(start - 1, "and") && opens(start - 1)
    // "Now for a look at the weather", "And now for the news", "Now to business news",
    // "Now, to South Asia": a broadcast's turn to the next item ("Now for the first
    // time ..." stays a time)
    let next = view.is(end, ",") && end + 1 < view.count ? end + 1 : end
    if opening, next + 2 < view.count, view.is(next, "for") || view.is(next, "to"),
      !(view.is(next + 1, "the") && view.is(next + 2, "first"))
    {
      return false
    }
    // "Now, he said, ...", "And now, sports": "now" opening a sentence (or a quote)
    // before a comma ("Currently, ..." stays a date)
    if view.is(end, ","), opening || start > 0 && Guards.opensQuote(view, start - 1) {
      return false
    }
    return true
  }

  /// `name`: a bare month or weekday must not be part of a name: no capitalized non-date word right
  /// after it ("Sunday Times") or before it ("Theresa May"); a lone weekday is no day before
  /// "school", "schedule", "magazine" or "supplement" ("a Sunday schedule"); a holiday is no day
  /// before a word of `@list event-noun` ("the Yom Kippur war", "the Good Friday agreement"); a
  /// weekday is no day in a paper "X on Sunday" (`@list title-noun` value `on-day`).
  func name() -> Bool {
    // ("watched the Sun.", "flew near the Sun"): a weekday's short form after "the" is a noun
    if start > 0, slots.entry("weekday") != nil, !slots.has("day"), !slots.has("month"),
      view.is(start - 1, "the"), !view.breakBefore(start), view.text[start].utf8.count <= 4
    {
      return false
    }
    // ("an Earth day", "a Martian day": a holiday's name in lower case after "a"/"an" is a
    // length of a world's day)
    if start > 0, slots.entry("holiday") != nil, view.is(start - 1, "a") || view.is(start - 1, "an"),
      !view.token(end - 1).isCapitalized
    {
      return false
    }
    // "High Noon", "Midnight Cowboy": a capitalized clock word mid-sentence
    // next to a capitalized non-date word is a title (lower-case "noon" is
    // never a name: "by noon Clinton had left")
    if slots.entry("named-time") != nil {
      if view.token(start).isCapitalized, !view.token(start).startsSentence,
        end < view.count && view.isWord(end) && view.token(end).isCapitalized
          && !view.breakBefore(end) && !lexicon.isDateWord(view, end)
          || start > 0 && view.isWord(start - 1) && view.token(start - 1).isCapitalized
            && !view.breakBefore(start) && !lexicon.isDateWord(view, start - 1)
          // ("Quarter to Midnight", "Dinner at Midnight": a capital, a small word, the time)
          || start > 1 && view.isWord(start - 1) && !view.token(start - 1).isCapitalized
            && view.isWord(start - 2) && view.token(start - 2).isCapitalized
            && !view.breakBefore(start) && !view.breakBefore(start - 1)
      {
        return false
      }
      return true
    }
    // (a year of figures closing the match ends it: "In the summer of 1988 Mrs. Hale sold")
    if end < view.count, view.isWord(end), view.token(end).isCapitalized,
      !view.breakBefore(end), !lexicon.isDateWord(view, end),
      !(end - start >= 3 && slots.has("year") && view.isNumber(end - 1)),
      // (nor is "I" a name: "Since July I've cut prices")
      !(view.packed(end).map(Guards.firstPersonSet.contains) ?? false),
      // (nor does a name go on from a relative season in lower case: "Next spring Quiroga")
      !(slots.has("rel") && slots.entry("season") != nil && !view.token(end - 1).isCapitalized),
      !Guards.placeTime(view, end), !Guards.openingOnDay(view, lexicon, slots, start, end),
      !Guards.monthOfFigures(view, lexicon, slots, start, end),
      !(slots.entry("month") != nil && !slots.has("day") && !slots.has("year")
        && Guards.monthOfBody(view, lexicon, start, end))
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
      !Guards.prefixed(view, start), !view.is(start - 2, "early"), !view.is(start - 2, "late")
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
    // "The flight is the first of the year": after a copula, "the first" is a thing's
    // rank, no Jan. 1 ("takes effect on the first of the year" is the day)
    let first = view.is(start, "the") ? start + 1 : start
    let the = first - 1
    if slots.entry("holiday") != nil, first < end, view.is(first, "first"), the > 0,
      view.is(the, "the"), !view.breakBefore(first), !view.breakBefore(the),
      ["is", "was", "are", "were", "be", "been", "'s"].contains(where: { view.is(the - 1, $0) })
    {
      return false
    }
    // "its Independence Day", "Pakistan's Independence Day", "Israel's 50th
    // Independence Day": a day each country keeps on its own date (`national=yes`)
    if start > 0, !view.breakBefore(start),
      slots.entry("holiday")?.attribute("national") == "yes", Guards.foreignOwner(view, start - 1)
    {
      return false
    }
    // "Weekend Edition Sunday": a show named by its day
    if end == start + 1, slots.entry("weekday") != nil, start > 0, !view.breakBefore(start),
      view.token(start - 1).isCapitalized, Guards.mixedCase(view, start - 1),
      lexicon.match(.titleNoun, view, at: start - 1).contains(where: { $0.1.value == "show-day" })
    {
      return false
    }
    // "the Mail on Sunday", "The Independent on Sunday": a paper's name
    if end == start + 1, slots.entry("weekday") != nil, start >= 3, view.is(start - 1, "on"),
      view.token(start - 2).isCapitalized,
      lexicon.match(.titleNoun, view, at: start - 2).contains(where: { $0.1.value == "on-day" }),
      view.is(start - 3, "the") || Guards.possessive(view, start - 3)
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
    return true
  }

  /// `name-before`: no capitalized non-date word mid-sentence before a capitalized month or season
  /// ("Theresa May", "the Prague Spring").
  func nameBefore() -> Bool {
    // ("a Jan 90 Honda": the month of a model year, the bare month neither)
    if Guards.modelYear(view, lexicon, start, end) { return false }
    // ("Sun Jun of China won": a weekday and a month with no day between or after
    // them tell no date; the pair is a name)
    if start > 0, slots.entry("month") != nil, !slots.has("day"), !slots.has("year"), !slots.has("rel"),
      view.token(start - 1).isCapitalized, !view.breakBefore(start),
      !lexicon.match(.weekday, view, at: start - 1).isEmpty
    {
      return false
    }
    // ("His wife, June, died in 1996": a month set off by commas after a word of kin is
    // her name)
    if start > 1, end < view.count, slots.entry("month") != nil, !slots.has("day"), !slots.has("year"),
      view.is(start - 1, ","), view.is(end, ","), view.packed(start - 2).map(Self.kinSet.contains) ?? false
    {
      return false
    }
    // ("the Prague Spring": a capitalized season too; "the Moscow winter" stays one)
    if start > 0, !slots.has("rel"), view.token(start).isCapitalized,
      view.isWord(start - 1), view.token(start - 1).isCapitalized,
      !view.token(start).startsSentence, !view.breakBefore(start),
      !lexicon.isDateWord(view, start - 1),
      lexicon.match(.monthCue, view, at: start - 1).isEmpty
    {
      return false
    }
    return true
  }

  /// Whether the match is "that" and a capitalized month where a story's "that" stands
  /// ("She moved to Ohio in 1961. That March she found a job", "filed his first patent that
  /// May."): the month of the story's year, no name.
  func storyMonth() -> Bool {
    end == start + 2 && view.is(start, "that") && view.token(start + 1).isCapitalized
      && (Guards.storyThat(view, start) || Guards.closingThat(view, start, end))
  }

  /// Words of kin before a name set off by commas (`nameBefore`: "his wife, June,").
  static let kinSet = Set(
    ["wife", "husband", "daughter", "son", "sister", "brother", "mother", "father", "widow",
     "widower", "niece", "aunt", "partner", "fiancee", "cousin"].map(TokenView.pack))

  /// `month-case`: a month marked `ambiguous=yes` in lower case is a verb ("the fourth may be
  /// weaker", "the 10th may come"), not a month.
  func monthCase() -> Bool {
    if slots.entry("month")?.attribute("ambiguous") == "yes" {
      let month = lexicon.listIndex["month"] ?? DateLexicon.noList
      if let k = (start..<end).first(where: { lexicon.starts(month, view, at: $0) }),
        !view.token(k).isCapitalized
      {
        return false
      }
    }
    return true
  }

  /// Whether "a" or "an" and one or two lower-case adjectives (an adverb in -ly among them)
  /// stand right before token `start`, mid-sentence or opening it, and no capitalized word
  /// follows it ("A wet March", "an unusually warm March").
  private func articleAdjectives(before start: Int) -> Bool {
    if end < view.count, !view.breakBefore(end), view.isWord(end), view.token(end).isCapitalized {
      return false
    }
    for article in [start - 2, start - 3] where article >= 0 {
      guard view.is(article, "a") || view.is(article, "an") else { continue }
      if (article + 1..<start).allSatisfy({
        view.isWord($0) && !view.token($0).isCapitalized && !view.breakBefore($0)
          && lexicon.match(.number, view, at: $0).isEmpty
      }) {
        return true
      }
    }
    return false
  }

  /// `ambiguous`: a month marked `ambiguous=yes` ("may", "march") needs a capital letter and a
  /// phrase of `@list month-cue` before it ("in May", "mid-March"), and no word of `@list
  /// person-verb` after it ("May said"); "and"/"or" and another month after it stand for the cue
  /// ("figures for May and June"), as does a word of `@list month-noun` after it ("its March
  /// meeting") or before "for" before it ("the figures for May").
  func ambiguous() -> Bool {
    if let weekday = slots.entry("weekday") {
      if weekday.attribute("ambiguous") == "yes" { return false }
      // "closest to the sun.", "The couple wed.": a short form with its dot in lower
      // case is the word ending its sentence
      if !view.token(start).isCapitalized, view.text[start].count <= 5,
        end == start + 1 && view.text[start].hasSuffix(".") || end == start + 2 && view.is(start + 1, ".")
      {
        return false
      }
    }
    if let season = slots.entry("season"), season.attribute("ambiguous") == "yes",
      !slots.has("rel"), !slots.has("year"),
      !lexicon.endsBefore(.monthCue, view, at: start), !Guards.theSeason(view, lexicon, start, end),
      !Guards.storyThat(view, start), !Guards.closingThat(view, start, end),
      // "is set for the fall": a plan's target
      !(start > 2 && view.is(start - 1, "the") && view.is(start - 2, "for")
        && Guards.plannedFor.contains(view.text[start - 3])),
      // "the fall season", "its fall lineup"
      end >= view.count || view.breakBefore(end) || lexicon.match(.seasonNoun, view, at: end).isEmpty
    {
      return false
    }
    // "a steel spring.", "a spring near the village": a spring after "a", "hot", "steel"
    // or "mineral" that ends its phrase is a thing ("a spring offensive" is a season's)
    if let season = slots.entry("season"), season.attribute("verb") == "yes", !slots.has("rel"),
      !slots.has("year"), start > 0, !view.breakBefore(start),
      ["a", "an", "hot", "steel", "mineral", "coil"].contains(where: { view.is(start - 1, $0) }),
      end >= view.count || view.breakBefore(end) || !view.isWord(end)
        || ["near", "in", "of", "on", "at", "that", "which", "and", "with", "from", "is", "was"].contains(where: { view.is(end, $0) })
    {
      return false
    }
    // "said that September was the driest", "warned that winter demand": "that" before a
    // month or season opens a time only where a story's "that" may stand ("That
    // September, ...", "and that winter")
    if slots.entry("month") != nil || slots.entry("season") != nil, end == start + 2,
      view.is(start, "that"), !Guards.storyThat(view, start), !Guards.endsClause(view, end),
      !(start > 0 && ["late", "early", "in", "during", "all", "throughout", "since", "until", "before", "after"]
        .contains(where: { view.is(start - 1, $0) }))
    {
      return false
    }
    // "disputes that spring from old grudges", "prices that fall": "that" in or
    // right before the match is a relative pronoun unless it opens a time
    // ("That fall, ...", "and that fall", "in that spring")
    let that = view.is(start, "that") ? start : start > 0 && view.is(start - 1, "that") ? start - 1 : -1
    if that >= 0, slots.entry("season")?.attribute("verb") == "yes",
      !Guards.storyThat(view, that), !lexicon.endsBefore(.monthCue, view, at: that),
      !(that == start && Guards.endsClause(view, end))
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
    // "the bombs began to fall", "prices continued to fall", "expect Gatun Lake to
    // fall": an infinitive after a verb or a name (not "from spring to fall", "from 1995
    // to fall", "from Easter to fall")
    if let season = slots.entry("season"), season.attribute("ambiguous") == "yes",
      !slots.has("rel"), !slots.has("year"), start > 1, view.is(start - 1, "to"),
      !view.breakBefore(start - 1), view.isWord(start - 2),
      !view.token(start - 2).isCapitalized || !lexicon.isDateWord(view, start - 2),
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
      } else if !storyMonth() {
        guard view.token(start).isCapitalized,
          lexicon.endsBefore(.monthCue, view, at: start)
            || Guards.monthFollows(view, lexicon, at: end)
            // "the index for May", "Sales for March rose": a body of figures "for" it
            || start > 1 && view.is(start - 1, "for") && !view.breakBefore(start - 1)
              && !lexicon.match(.monthNoun, view, at: start - 2).isEmpty
            // "will watch the March consumer price index": figures released
            || Guards.releasedFigures(view, lexicon, start: start, end: end)
            // "The hearing is set for March": a plan's target
            || start > 1 && view.is(start - 1, "for") && !view.breakBefore(start - 1)
              && Guards.plannedFor.contains(view.text[start - 2])
            // "A wet March and a dry May", "an unusually warm March": an article and its
            // adjectives in lower case (no name follows)
            || articleAdjectives(before: start)
            // "The company ended March with 11.6 million customers": the object of a verb
            // that opens or closes a period (no possessive: "ended May's hopes")
            || start > 0 && !view.breakBefore(start)
              && (view.packed(start - 1).map(Self.periodVerbSet.contains) ?? false)
              && !(end < view.count && Guards.possessive(view, end))
            || end < view.count && !view.breakBefore(end)
              && !lexicon.match(.monthNoun, view, at: end).isEmpty
            // "March's figures": a possessive before a month noun
            || end + 1 < view.count && Guards.possessive(view, end)
              && !view.breakBefore(end + 1)
              && !lexicon.match(.monthNoun, view, at: end + 1).isEmpty
            // "its May CPI report", "the March FOB prices" (not opening a sentence)
            // ("March T-bills fell": a pit contract even opening a sentence)
            || end < view.count && !view.breakBefore(end)
              && Guards.monthOfFigures(view, lexicon, slots, start, end)
              && (!view.token(start).startsSentence || Guards.monthOfContract(view, lexicon, end))
        else { return false }
      }
      // "that May said", "May could resign": a person (not after a preposition of
      // time: "Officials in May said", "The company in March said")
      if end < view.count, !view.breakBefore(end), !lexicon.match(.personVerb, view, at: end).isEmpty,
        !(start > 0 && !view.breakBefore(start)
          && ["in", "since", "during", "until", "till", "through", "early", "late", "mid"]
            .contains(where: { view.is(start - 1, $0) }))
      {
        return false
      }
    }
    return true
  }
}
