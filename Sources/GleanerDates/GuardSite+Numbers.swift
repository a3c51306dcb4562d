/// Checks that keep numbers that are no dates out: counts, measures, scores, clocks of a table.
extension GuardSite {
  /// `year`: a bare year must not count something ("1900 people") nor follow a count word ("about
  /// 2000"); the word after it must be in `@list year-follower`.
  func year() -> Bool {
    if end < view.count, view.isWord(end), !view.token(end).startsSentence,
      !view.breakBefore(end), lexicon.match(.yearFollower, view, at: end).isEmpty
    {
      return false
    }
    // (a modifier's last word is no count cue: "later than 2020")
    if start > 0, !modified, !lexicon.match(.countCue, view, at: start - 1).isEmpty,
      !Guards.aboutTopic(view, lexicon, start)
    {
      return false
    }
    return true
  }

  /// `year-noun`: a bare year must not count something ("1900 Palestinians", "some 1500 were"), nor
  /// be a house number ("1600 Pennsylvania Avenue"), nor follow a number or a number in brackets (a
  /// phone number's last group, "Hull ( 13 ) 1330" in a list of kick-off times), nor follow a
  /// capitalized word mid-sentence ("Vision 2030") or a word of `@list number-name` ("Resolution
  /// 1160" opening a sentence).
  func yearNoun() -> Bool {
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
    if Guards.fourDigitCount(view, lexicon, start: start), end < view.count, !view.breakBefore(end),
      lexicon.starts(.unit, view, at: end)
    {
      return false
    }
    // "+1 415 555 0172", "Leeds ( 4 ) v Hull ( 13 ) 1330": after a number, or a
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
    if Guards.yearListCount(view, lexicon, start: start, end: end) { return false }
    // "a 1984 Buick Skylark", "her 1967 Mustang": a model year names the car,
    // not a time
    if end < view.count, !view.breakBefore(end), view.token(end).isCapitalized,
      !lexicon.match(.vehicleMake, view, at: end).isEmpty
    {
      return false
    }
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
      !Guards.yearListAfter(view, end),
      !view.breakBefore(start), !lexicon.isDateWord(view, start - 1),
      !(Guards.theProperAdjective(view, lexicon, start) && end < view.count && view.isWord(end)
        && !view.token(end).isCapitalized && !view.breakBefore(end))
    {
      return false
    }
    // "the 1996 campaign": a year between a determiner and a noun
    // ("the post-1959 era": a prefixed year is an adjective)
    if end < view.count, view.isWord(end), !view.breakBefore(end), !Guards.prefixed(view, start),
      lexicon.match(.yearFollower, view, at: end).isEmpty,
      start == 0 || lexicon.match(.yearDeterminer, view, at: start - 1).isEmpty
        && !Guards.possessive(view, start - 1) && !Guards.theProperAdjective(view, lexicon, start)
        && !Guards.sourceLabel(view, start, end),
      !Guards.yearBeforeNoun(view, start: start, end: end)
    {
      return false
    }
    // (a modifier's last word is no count cue, "later than 2020", unless
    // it is one itself: "some 1500 were arrested")
    if start > 0, !modified || !view.is(start - 1, "than"),
      !lexicon.match(.countCue, view, at: start - 1).isEmpty, !Guards.aboutTopic(view, lexicon, start)
    {
      return false
    }
    return true
  }

  /// `spelled-time`: minutes spelled after an hour are words, 10 or more ("seven forty"; not "at
  /// 9-11").
  func spelledTime() -> Bool {
    // "tomorrow at seven forty", not "Tuesday two dozen trucks"
    if let minute = slots.int("minute"), minute < 10 { return false }
    // and spelled: "at 9-11", "10-20" are no clock times
    if slots.has("minute"), slots.entry("minute") == nil { return false }
    return true
  }

  /// `temperature`: no word of `@list temperature-word` up to four words before a decade
  /// ("temperatures in the thirties", "highs in the 70s"); before a bare two-digit decade
  /// ("the mid-60s"), none up to twelve words back, nor one of `@list figure-word` (a
  /// price or a rating: "the stock traded in the mid-60s").
  func temperature() -> Bool {
    // "temperatures in the thirties", "highs in the 70s": no decade
    // ("in her late eighties", "in their mid-sixties": an age)
    var m = start - 1
    while m >= 0, m >= start - 3,
      view.is(m, "late") || view.is(m, "early") || view.is(m, "mid") || view.is(m, "-")
    {
      m -= 1
    }
    if m >= 0, Guards.agePossessives.contains(where: { view.is(m, $0) }) { return false }
    // "Saturday will be in the mid-forties", "three days in the seventies": a reading
    // after "be in" or a count of days, no decade (one of four digits stays: "will be
    // in the 1990s")
    let preposition = m >= 0 && view.is(m, "the") ? m - 1 : m
    if preposition > 0, view.is(preposition, "in") || view.is(preposition, "into"),
      !(start..<end).contains(where: { view.integer($0)?.digits == 4 }),
      ["be", "days", "nights", "afternoons", "readings"].contains(where: { view.is(preposition - 1, $0) })
    {
      return false
    }
    // (a bare two-digit decade, "the mid 70s", looks back further: "Highs on Friday
    // will be in the mid 70s")
    // ("Sunny, high in the mid 70s": a forecast's "high" or "low" too)
    // (and so does a decade in words: "Highs tomorrow will be in the forties")
    var window = (start..<end).contains(where: view.isNumber) ? 4 : 8
    var bare = false
    for n in start..<end where view.integer(n)?.digits == 2 {
      if view.is(n + 1, "s") { window = 12 }
      // (after "mid", "early" or "late", a hyphen between allowed: no apostrophe)
      var p = n - 1
      if p >= 0, view.is(p, "-") { p -= 1 }
      if p >= 0, view.is(p, "mid") || view.is(p, "early") || view.is(p, "late") { bare = true }
    }
    var k = start - 1
    while k >= 0, start - k <= window, !view.breakBefore(k + 1) {
      if !lexicon.match(.temperatureWord, view, at: k).isEmpty { return false }
      if bare, window > 4, !lexicon.match(.figureWord, view, at: k).isEmpty { return false }
      if window > 4, view.is(k, "high") || view.is(k, "low"),
        view.is(k + 1, "in") || view.is(k + 1, "into") || view.is(k + 1, "near")
      {
        return false
      }
      k -= 1
    }
    return true
  }

  /// `table-label`: a count in thousands before a capitalized unit is a figure before a table's
  /// column label ("7,450 Week Ago 6,900 Year Ago"), no date.
  func tableLabel() -> Bool {
    // "Receipts 7,450 Week Ago 6,900": a figure and the next column's label
    if start + 1 < end, view.isNumber(start), view.text[start].utf8.contains(UInt8(ascii: ",")),
      view.isWord(start + 1), view.token(start + 1).isCapitalized
    {
      return false
    }
    return true
  }

  /// The `month-yy` check.
  func monthYY() -> Bool {
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
    if Guards.modelYear(view, lexicon, start, end - 1) { return false }
    if end < view.count, !view.breakBefore(end), view.isWord(end) || view.is(end, "%"),
      Guards.yyStops.contains(view.text[end])
    {
      return false
    }
    return true
  }

  /// `race-time`: a count of seconds to hundredths ("12.71 seconds") is a timed result in a race,
  /// not a length of time, nor are the minutes before one ("three minutes 41.05 seconds").
  func raceTime() -> Bool {
    // "2 minutes 14.63 seconds" in results: a timed result, no length
    if Guards.hundredths(view, end - 2) && view.is(end - 1, "seconds")
      || end + 1 < view.count && !view.breakBefore(end) && Guards.hundredths(view, end)
        && (view.is(end + 1, "seconds") || view.is(end + 1, "second"))
    {
      return false
    }
    return true
  }

  /// `figures`: dotted figures with no "a.m."/"p.m.", zone or part of the day whose minutes
  /// are not a multiple of five are figures, no stretch of clock time ("cut his ERA from
  /// 4.37 to 4.12"; "from 8.30 to 9.45" stays); a lone clock only before "to" or "-" and
  /// another such figure.
  func figures() -> Bool {
    if !slots.has("ampm"), !slots.has("ampm2"), !slots.has("timezone"), !slots.has("part"),
      (start..<end).contains(where: { view.isNumber($0) && Guards.oddDottedMinutes(view.text[$0]) }),
      slots.has("clock2") || slots.has("hour2")
        || end + 1 < view.count && !view.breakBefore(end + 1)
          && (view.is(end, "to") || view.is(end, "-")) && view.isNumber(end + 1)
          && Guards.oddDottedMinutes(view.text[end + 1])
    {
      return false
    }
    return true
  }

  /// `measure`: no word of `@list clock-stop` (a price or rate unit) right after the match ("ended
  /// the week 4 per cent higher" is no week 4).
  func measure() -> Bool {
    // "ended the week 4 per cent higher": a number before a price or rate word
    if end < view.count, !view.breakBefore(end),
      !lexicon.match(.clockStop, view, at: end).isEmpty
    {
      return false
    }
    return true
  }

  /// `score-after`: no "to", "at" or "-" and a number right after the match ("won
  /// Friday 14 to 10" is a score, "Tuesday 13 at 5 Main Street" an address), nor a
  /// plural verb (a count: "On Monday 20 were arrested").
  func scoreAfter() -> Bool {
    if end < view.count, !view.breakBefore(end),
      view.is(end, "were") || view.is(end, "are") || view.is(end, "have")
    {
      return false
    }
    guard end + 1 < view.count, !view.breakBefore(end), !view.breakBefore(end + 1),
      view.is(end, "to") || view.is(end, "at") || view.is(end, "-") || view.is(end, "–")
    else { return true }
    return !view.isNumber(end + 1)
  }

  /// `number-after`: no number (digits or a count in words) right after the match ("the fiscal year
  /// 2008" is the year 2008; "the past five sessions" is no past).
  func numberAfter() -> Bool {
    // digits, or a count in words ("the past five sessions"; not "a")
    if end < view.count, !view.breakBefore(end), view.isNumber(end)
      || lexicon.match(.number, view, at: end).contains(where: { $0.1.isArticle == false })
    {
      return false
    }
    return true
  }

  /// `fraction`: a month and day in digits is no fraction ("1/2", "39 1/2"), nor a share before a
  /// word of `@list fraction-follower` ("3/4 of", "4/5 times").
  func fraction() -> Bool {
    // "1/2", "3/4", "39 1/2": a fraction, not a month and day
    // (a month written with a leading zero, "08/16", is no fraction)
    let padded = slots["month-num"].map { $0.digits == 2 } ?? false
    if closesMonthDayRange() { return true }
    if let day = slots.int("day-num"), let month = slots.int("month-num"),
      Self.looksLikeFraction(month: month, day: day) && !(padded && month < 10)
        || month == 9 && day == 11
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
    return true
  }

  /// "from 8/5 to 8/16", "between 8/5 and 8/16": a month and day after "to" or "and"
  /// that closes a range opened by another month and day that is no fraction.
  private func closesMonthDayRange() -> Bool {
    guard start >= 6, view.is(start - 1, "to") || view.is(start - 1, "and")
      || view.is(start - 1, "through") || view.is(start - 1, "until") || view.is(start - 1, "-"),
      view.is(start - 3, "/"), view.glued(start - 3), view.glued(start - 2),
      view.is(start - 5, "from") || view.is(start - 5, "between"),
      let (month, _) = view.integer(start - 4), let (day, _) = view.integer(start - 2),
      (1...12).contains(month), (1...31).contains(day)
    else { return false }
    return !Self.looksLikeFraction(month: month, day: day)
  }

  /// Whether a month and day in digits read as a common fraction ("1/2", "3/4", "5/16").
  private static func looksLikeFraction(month: Int, day: Int) -> Bool {
    [2, 3, 4, 8, 16, 32].contains(day) && month < day
  }

  /// The `range-after` check.
  func rangeAfter() -> Bool {
    // "Fri 8am-6pm": the clock opens a range of times ("-", "to" and a number)
    if end + 1 < view.count, view.is(end, "-") || view.is(end, "–") || view.is(end, "to")
      || view.is(end, "until") || view.is(end, "till") || view.is(end, "til"),
      view.isNumber(end + 1),
      // (four digits after it read as a year, no clock: "tomorrow 0930 - 1045" keeps its time)
      view.integer(end + 1).map({ $0.digits != 4 }) ?? true
    {
      return false
    }
    return true
  }

  /// The `day-first` check.
  func dayFirst() -> Bool {
    // "23/12" day first only where the first number cannot be a month
    if let day = slots.int("day-num"), day <= 12 { return false }
    return true
  }

  /// `age`: no "old" or "of age" after a count of years ("a 6-year-old boy"), no "aged"
  /// before it.
  func age() -> Bool {
    // "a 6-year-old boy", "18-year-olds"
    if end < view.count, view.is(end, "old") || view.is(end, "olds") { return false }
    if end + 1 < view.count, view.is(end, "-"), view.is(end + 1, "old") || view.is(end + 1, "olds") {
      return false
    }
    // "the vaccine at 6 months of age"
    if end + 1 < view.count, view.is(end, "of"), view.is(end + 1, "age") { return false }
    // "children ages 6 months and older", "aged 6 months to 5 years": "age(d)" before
    // the count, with only counts, units and "to"/"and" between
    var k = start - 1
    while k >= 0, start - k <= 5, !view.breakBefore(k + 1) {
      if view.is(k, "aged") || view.is(k, "ages") || view.is(k, "age") { return false }
      // ("from the age of 2 months")
      if view.is(k, "of"), k > 0, view.is(k - 1, "age") { return false }
      guard view.isNumber(k) || view.is(k, "to") || view.is(k, "and") || view.is(k, "between")
        || !lexicon.match(.number, view, at: k).isEmpty || lexicon.starts(.unit, view, at: k)
      else { break }
      k -= 1
    }
    return true
  }

  /// Prepositions before a length ("in a day", "for a week").
  static let lengthPrepositions = ["in", "for", "within", "over", "during", "after", "before"]

  /// Whether a number, a plural, "of" and one or two lower-case words come right before the
  /// match ("300 tons of coal a day").
  private func ofKindRate() -> Bool {
    for of in [start - 2, start - 3] where of >= 2 {
      // (no preposition of a length between: "300 tons of coal in a day")
      guard (of + 1..<start).allSatisfy({ view.isWord($0) && !view.token($0).isCapitalized && !view.breakBefore($0) }),
        !(of + 1..<start).contains(where: { k in Self.lengthPrepositions.contains { view.is(k, $0) } }),
        view.is(of, "of"), !view.breakBefore(of), !view.breakBefore(of + 1), view.isWord(of - 1),
        !view.breakBefore(of - 1), Guards.countedPlural(view.text[of - 1])
      else { continue }
      if view.isNumber(of - 2)
        || lexicon.match(.number, view, at: of - 2).contains(where: { $0.1.isArticle == false })
      {
        return true
      }
    }
    return false
  }

  /// `rate`: "a year" after an amount is a rate ("$2.40 a year"), and a count before "a"/"per" and
  /// a unit is a share of it ("24 hours a day"), no length.
  func rate() -> Bool {
    // "24 hours a day", "two days a week": a share of each larger unit, no length
    if slots.has("count"), end + 1 < view.count, !view.breakBefore(end),
      view.is(end, "a") || view.is(end, "an") || view.is(end, "per"),
      lexicon.starts(.unit, view, at: end + 1)
    {
      return false
    }
    // "a 60,000-barrel-a-day unit", "a 24-hour-a-day vigil": a compound's rate, glued to the
    // word before it by a hyphen (a frequency's is a set of its own rule: "twice-a-day")
    if slots.entry("count")?.attribute("article") == "yes", start > 1, view.is(start - 1, "-"),
      view.glued(start), view.glued(start - 1)
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
    // "708,000 barrels a day from July 1", "8 litres a person a day": a counted
    // noun's rate, whatever follows
    if slots.entry("count")?.attribute("article") == "yes", start > 1, view.isWord(start - 1),
      !view.breakBefore(start - 1),
      Guards.countedPlural(view.text[start - 1])
        && (view.isNumber(start - 2) || !lexicon.match(.number, view, at: start - 2).isEmpty)
        || start > 2 && (view.is(start - 2, "a") || view.is(start - 2, "per"))
          && view.isWord(start - 3) && Guards.looksPlural(view.text[start - 3])
    {
      return false
    }
    // "300 tons of coal a day", "90 calls of complaint a week": a counted noun of a
    // kind (up to two words after "of") and its rate
    if slots.entry("count")?.attribute("article") == "yes", ofKindRate() { return false }
    // "4 million kroner a day", "2 percent a month", "120 million dollars a year": a
    // currency's or a measure's word (`@list clock-stop`) after a number (not "million":
    // the news set marks "$1 billion a year")
    if slots.entry("count")?.attribute("article") == "yes", start > 1, view.isWord(start - 1),
      !view.breakBefore(start - 1), !view.is(start - 1, "million"), !view.is(start - 1, "billion"),
      !view.is(start - 1, "trillion"),
      lexicon.match(.clockStop, view, at: start - 1).contains(where: { $0.0 == start }),
      view.isNumber(start - 2) || view.is(start - 2, "million") || view.is(start - 2, "billion")
        || !lexicon.match(.number, view, at: start - 2).isEmpty
    {
      return false
    }
    // "$2.40 a year", "three ferries a week"
    if slots.entry("count")?.attribute("article") == "yes", start > 0,
      view.isNumber(start - 1) || !lexicon.match(.number, view, at: start - 1).isEmpty
        || view.isWord(start - 1) && Guards.countedPlural(view.text[start - 1])
          && !Guards.notRate(view, slots, end, start: start)
    {
      return false
    }
    return true
  }

  /// `count-after`: no word of a count or a share right after a day ("has risen in December
  /// 16 times", "sales rose in March 12 percent"): the number counts, the month stands alone.
  func countAfter() -> Bool {
    guard end < view.count, !view.breakBefore(end), view.isNumber(end - 1) else { return true }
    return !(view.packed(end).map(Self.countAfterSet.contains) ?? false)
  }

  static let countAfterSet = Set(["times", "percent", "per", "points", "%"].map(TokenView.pack))

  /// `noun-after`: no plural noun right after a closing hour ("spent Sunday morning at
  /// three churches", "Saturday afternoon at two rallies"): the number counts the noun.
  func nounAfter() -> Bool {
    guard end < view.count, !view.breakBefore(end), view.isWord(end), !view.token(end).isCapitalized,
      view.isNumber(end - 1) || !lexicon.match(.number, view, at: end - 1).isEmpty
    else { return true }
    return !Guards.looksPlural(view.text[end]) || lexicon.isDateWord(view, end)
  }
}
