import GleanerCore

/// Weekdays and days named relative to the paper ("on Tuesday", "last Friday", "tomorrow").
extension DateResolver {
  /// `resolve=weekday`: a weekday ("on Tuesday", "last Friday"), the nearest such day that fits
  /// the sentence's tense, with its time of day.
  func weekday(_ rule: DateRule, _ s: Slots) -> Resolution? {
    guard let w = s.entry("weekday")?.number.map({ Int($0) }), (1...7).contains(w) else {
      return nil
    }
    var r = Resolution(type: baseType(rule), value: nil)
    guard let anchor else {
      r.value = "XXXX-WXX-\(w)" + (timeOfDay(s) ?? "")
      return r
    }
    let a = anchor.day
    let aw = a.weekday
    r.anchored = true
    var target: Day
    if let weekRel = s.entry("weekrel")?.number ?? rule.attribute("weekrel").flatMap(Double.init) {
      let (iy, iw) = a.adding(days: 7 * Int(weekRel)).isoWeek
      target = Day.monday(isoYear: iy, week: iw).adding(days: w - 1)
      r.direction = weekRel < 0 ? "past" : weekRel > 0 ? "future" : nil
    } else if let relative = rel(s, rule) {
      switch relative {
      case ..<0:
        // "last Tuesday": the latest Tuesday before the paper's day, but not the day
        // before it (that would be "yesterday"): two days back on a Thursday, eight
        // for "last Wednesday"
        let back = (aw - w + 7) % 7
        target = a.adding(days: -(back < 2 ? back + 7 : back))
        r.direction = "past"
      case 1...:
        target = a.adding(days: w - aw + 7)
        r.direction = "future"
      default:
        var ahead = (w - aw + 7) % 7
        let coming = s.entry("rel")?.attribute("ahead") == "yes"
        // "this coming Monday" on a Monday is a week off, not the paper's day
        if ahead == 0, coming { ahead = 7 }
        // (a weekday later in the paper's week stays ahead: "called for a day of mourning
        // this Friday" in a Wednesday paper)
        if ahead != 0, !coming, w < aw, tense() == -1 {
          // "The strike began this Monday" in a Wednesday paper: this week's Monday
          target = a.adding(days: -((aw - w + 7) % 7))
          r.direction = "past"
        } else {
          target = a.adding(days: ahead)
          r.direction = ahead == 0 ? nil : "future"
        }
      }
    } else {
      let back = (aw - w + 7) % 7
      let ahead = (w - aw + 7) % 7
      // the nearest day, a day in the sentence's tense preferred: a past cue
      // by 3 days (news dated a day before its events: "headed Tuesday" in an
      // article dated Monday), a future cue by 5, so that a future day is
      // always ahead ("the talks resume Sunday" on a Monday is six days off)
      // (no cue at all: a verb of the date's clause in the present is a schedule)
      var cue = tense()
      // ("will release a report based on surveys on Friday": a past form after "will" in
      // the day's clause is no verb of its own)
      if cue == -1, Tense.willGoverns(view, at: origin) { cue = 1 }
      // ("Airlines canceled 60 flights for Wednesday", "The team is ready for Friday": a
      // day after "for" is a target, with a past cue or a present "is"/"are" before it;
      // not a possessive's event, "jailed for Wednesday's attack", nor a lapsed plan's,
      // "had been scheduled for Friday", nor one with no cue, "then reset the launch for
      // Saturday, only to call it off")
      if cue <= 0, rule.id == "date.weekday", origin > 1, !view.breakBefore(origin),
        view.is(origin - 1, "for"), !Guards.possessive(view, origin + 1),
        !Tense.scheduleWords.contains(view.text[origin - 2]),
        cue == -1
          || ((origin - 5)..<(origin - 1)).contains(where: { view.is($0, "is") || view.is($0, "are") })
          // ("The judge set a hearing for Thursday": a plan's verb a few words before)
          || ((origin - 5)..<(origin - 1)).contains(where: { $0 >= 0 && Guards.plannedFor.contains(view.text[$0]) })
      {
        cue = 1
      }
      // ("Kickoff is at 1 p.m. Sunday": a clock after "at" between a present "is" or "are"
      // and the day is a schedule's, ahead)
      if cue == 0, clockAfterPresent() { cue = 1 }
      // (so is one whose only cue is a closing attribution: "The talks open Monday,
      // diplomats said")
      // (a past like its base form right after the subject looks back: "The Lakers
      // beat the Celtics Sunday")
      // (the sentence's verb read first: the attribution's scan is the longer)
      var verb = 0
      if cue == 0 && view.tenseDirections[origin] == 0
        || cue == -1 && !Tense.strictPast(view: view, lexicon: lexicon, at: origin)
      {
        verb = Tense.scheduleVerb(view: view, at: origin)
        if cue == -1, verb != 0, !Tense.closingAttribution(view, lexicon, at: origin) { verb = 0 }
      }
      // (a weekday as the subject of "is": "Members agree Monday is too soon", "Saying
      // Tuesday is the deadline, ...": a day still ahead)
      // (so is one before "will/would": "Aides said Friday would be too late"; one
      // before "was" is a day gone by: "Officials said Monday was the deadline")
      // (not one that ends a past participle's phrase: "The bill passed Monday is a
      // compromise", "passed on Monday"; a verb of saying opens the day's clause: "said
      // Tuesday is the earliest date")
      let participle = origin - (origin > 1 && view.is(origin - 1, "on") ? 2 : 1)
      let subjectOf = origin + 1 < view.count && !view.breakBefore(origin + 1)
        && !(participle >= 0 && !view.breakBefore(participle + 1)
          && Tense.cue(view: view, lexicon: lexicon, at: participle) == -1
          && lexicon.match(.sayingVerb, view, at: participle).isEmpty)
        && !relativeSaying(participle)
        ? (view.is(origin + 1, "is") || view.is(origin + 1, "will")
          || view.is(origin + 1, "would") ? 1 : view.is(origin + 1, "was") ? -1 : 0)
        : 0
      // ("was named chief financial officer, effective Monday": a change named by a
      // bare weekday takes effect ahead, whatever the tense of its news)
      let effective = origin > 0 && view.is(origin - 1, "effective") && !view.breakBefore(origin)
      let t = effective ? 1 : subjectOf != 0 ? subjectOf : verb != 0 ? verb : cue
      let pastCost = back + (t == 1 ? 5 : 0)
      // a verb of saying right before the day ("said Tuesday", "told reporters
      // on Friday") names a day gone by, never the day after the paper's; so
      // does any past cue in a story filed in the morning or afternoon
      // (nor does a past cue of the day's own inserted clause: "Smith, who was
      // arrested Tuesday, will be arraigned Monday")
      let strictPast = t == -1
        && (!anchor.mayPrecedeEvents || Tense.saidBefore(view, lexicon, at: origin)
          || Tense.saidAfter(view, lexicon, at: origin)
          || Tense.strictPast(view: view, lexicon: lexicon, at: origin))
      // (a plan told in the past, "was expected to vote Monday", has no lean)
      let futureCost = ahead + (t == -1 ? (strictPast ? 7 : 3) : 0)
        + (t == 0 && !Tense.lapsedPlan(view: view, lexicon: lexicon, at: origin) ? 1 : 0)
      // "the sessions since Friday's plunge": a day gone by, however near the next
      // ("slipped to 8.12% from 8.16% Thursday": the day of a figure compared with)
      if back == 0 || behind || Tense.figureBase(view, at: origin) || pastCost < futureCost
        || (pastCost == futureCost && t != 1)
      {
        target = a.adding(days: -back)
        r.direction = back == 0 ? nil : "past"
        // "Rioting erupted on April 29. ... By Friday, troops patrolled the streets"
        // (a past sentence opened by "By"): the first such weekday after the day the
        // story last named, when that is recent and the weekday not past the paper's
        if t == -1, origin > 0, view.is(origin - 1, "by"),
          view.token(origin - 1).startsSentence
        {
          r.context = TextContext(kind: .weekdayAfter, shift: w, recentOnly: true)
          r.context?.notPastAnchor = true
          r.context?.orNear = view.is(origin + 1, ",")
        }
      } else {
        target = a.adding(days: ahead)
        r.direction = "future"
        // "By Monday, the water had begun to recede": in a past-tense sentence yet
        // ahead of the paper: the first Monday after the day the story last named
        // (a day of the last month), else this one
        // (only after "by": "kicks off at 7:45 p.m. Friday" after a past verb is
        // a schedule of the paper's week)
        if t == -1, origin > 0, view.is(origin - 1, "by") {
          r.context = TextContext(kind: .weekdayAfter, shift: w, recentOnly: true)
        }
        // "on Sunday, Nov. 23, for a meeting that runs through Tuesday": the end of
        // a stretch of days after a day ahead named in its sentence
        if origin > 0, Self.stretchEnds.contains(view.text[origin - 1]) {
          r.context = TextContext(kind: .weekdayAfter, shift: w)
          r.context?.nearOnly = true
          r.context?.afterAnchor = true
        }
      }
    }
    // "Thursday week", "Monday fortnight" (British): a week or two after the
    // coming weekday (a week after today when today is that weekday)
    if let extra = rule.attribute("add-days").flatMap(Int.init) {
      target = a.adding(days: (w - aw + 6) % 7 + 1 + extra - (w == aw ? 7 : 0))
      r.direction = "future"
    }
    // "two Saturdays from now": the nth such weekday after the anchor ("3
    // Tuesdays ago": before it)
    if let way = rule.attribute("nth-weekday"), let n = s.int("count"), (1...52).contains(n) {
      target = way == "back"
        ? a.adding(days: -((aw - w + 6) % 7 + 1) - 7 * (n - 1))
        : a.adding(days: (w - aw + 6) % 7 + 1 + 7 * (n - 1))
      r.direction = way == "back" ? "past" : "future"
    }
    // "the following Monday": the first after the day the text last named,
    // else after the anchor
    if rule.attribute("from-text") == "yes" {
      target = a.adding(days: (w - aw + 6) % 7 + 1)
      r.direction = "future"
      r.context = TextContext(kind: .weekdayAfter, shift: w)
    } else if rule.attribute("from-text") == "same" {
      // "That Wednesday, residents returned": a day of the story, so "that" opens
      // the sentence or follows a word that opens a time ("later that Friday");
      // "said that Monday's vote" is a conjunction before the weekday
      guard view.token(origin).startsSentence
        || origin > 0 && Self.thatOpeners.contains(view.text[origin - 1])
        || determinerThat(after: s.has("part") ? origin + 3 : origin + 2)
      else { return nil }
      r.context = TextContext(kind: .weekdayAfter, shift: w)
      r.context?.sameOrAfter = true
    } else if rule.attribute("from-text") == "before" {
      // "the previous Thursday": the last one before that day
      target = a.adding(days: -((aw - w + 6) % 7 + 1))
      r.direction = "past"
      r.context = TextContext(kind: .weekdayBefore, shift: w)
    }
    withTime(target, s, &r)
    return r
  }

  /// Whether the token `saying` is a verb of saying whose clause a relative pronoun opens,
  /// its subject of one or two words between ("a campaign that officials said Friday
  /// would reach 50,000"): the modal after the day is the relative's verb, the day the
  /// saying's.
  private func relativeSaying(_ saying: Int) -> Bool {
    guard saying > 1, !lexicon.match(.sayingVerb, view, at: saying).isEmpty else { return false }
    return (2...3).contains { back in
      saying - back >= 0 && (view.is(saying - back, "which") || view.is(saying - back, "that")
        || view.is(saying - back, "who"))
        && (saying - back + 1..<saying).allSatisfy { view.isWord($0) && !view.breakBefore($0) }
    }
  }

  /// Whether the "that" at `origin` is a determiner after a verb of the story ("He crashed
  /// that Sunday", "finished second that Sunday"): no verb of saying or thinking before
  /// it, no possessive or verb after the weekday ending before token `after` ("said that
  /// Sunday was quiet", "warned that Monday's vote").
  private func determinerThat(after: Int) -> Bool {
    guard origin > 0, !view.breakBefore(origin), view.isWord(origin - 1),
      !view.token(origin - 1).isCapitalized,
      lexicon.match(.sayingVerb, view, at: origin - 1).isEmpty,
      !Self.thinkingWords.contains(view.text[origin - 1])
    else { return false }
    guard after < view.count, !view.breakBefore(after) else { return true }
    return !Guards.possessive(view, after) && !Self.verbsAfterThat.contains(view.text[after])
      && !Guards.clauseStart(view, after)
  }

  /// Words after which "that" opens a clause ("believes that Friday will be quiet").
  static let thinkingWords: Set<String> = [
    "think", "thinks", "thought", "believe", "believes", "believed", "know", "knows", "knew",
    "hope", "hopes", "hoped", "expect", "expects", "expected", "feel", "feels", "felt", "argue",
    "argues", "argued", "insist", "insists", "insisted", "suggest", "suggests", "suggested",
    "note", "notes", "noted", "add", "adds", "added", "claim", "claims", "claimed", "so", "such",
    "now", "fear", "fears", "feared", "learned", "learn", "realized", "decided", "agreed", "ruled",
    "means", "meant", "showed", "shows", "found", "is", "was",
  ]

  /// Verbs right after a weekday that make the "that" before it a conjunction.
  static let verbsAfterThat: Set<String> = [
    "was", "is", "were", "are", "will", "would", "could", "should", "might", "may", "has", "had",
    "have", "can", "must",
  ]

  /// `resolve=relday`: a day named relative to the paper ("yesterday", "tonight", "tomorrow
  /// morning").
  func relday(_ rule: DateRule, _ s: Slots) -> Resolution? {
    // "on this day in 1975" (`same-day=yes`): the paper's month and day in the year stated
    if rule.attribute("same-day") == "yes" {
      guard let anchor, let y = year(s), Day.isValid(y, anchor.day.month, anchor.day.day) else {
        return nil
      }
      var r = Resolution(type: baseType(rule), value: nil)
      let d = Day(y, anchor.day.month, anchor.day.day)
      r.value = d.iso
      r.startDay = d
      r.granularity = "day"
      r.anchored = true
      r.inferred = "month,day"
      r.direction = d < anchor.day ? "past" : anchor.day < d ? "future" : nil
      return r
    }
    // "end of the day", "EOD": today at 23:59:59 (Recognizers-Text)
    let dayEnd = rule.attribute("day-end") == "yes"
    let entry = s.entry("relday")
    guard var offset = entry?.number ?? (dayEnd ? 0 : nil) else { return nil }
    var r = Resolution(type: baseType(rule), value: nil)
    guard let anchor else { return r }
    // "police arrested two men overnight": in a past-tense sentence, the night just gone
    if let past = entry?.attribute("past").flatMap(Double.init), tense() == -1 {
      offset = past
      // "deliberated on Monday ... sealed the verdict overnight": the night of the story's
      // day named just before, when that is more recent than a month
      if entry?.attribute("part") == "NI" {
        r.context = TextContext(kind: .day, shift: 0)
        r.context?.recentOnly = true
        r.context?.nearOnly = true
      }
    }
    r.anchored = true
    r.direction = offset < 0 ? "past" : offset > 0 ? "future" : nil
    var slots = s
    if let part = entry?.attribute("part"), !s.has("part") {
      slots.set("part", Capture(entry: LexEntry(list: "part", value: part, attributes: [:])))
    }
    withTime(anchor.day.adding(days: Int(offset)), slots, &r)
    if dayEnd, r.granularity == "day", let value = r.value {
      r.value = value + "T23:59:59"
      r.type = "datetime"
      r.granularity = "time"
      // "By the end of the day, 400 had been rescued": the day of the story
      if rule.attribute("context") == "past-day", offset == 0, tense() == -1 {
        r.context = TextContext(kind: .day, shift: 0)
      }
    }
    return r
  }

  /// Whether a clock after "at" stands right before the weekday at `origin`, and "is" or
  /// "are" right before "at" ("Kickoff is at 1 p.m. Sunday").
  private func clockAfterPresent() -> Bool {
    var j = origin - 1
    while j > 0, origin - j <= 5, !view.breakBefore(j + 1), !view.is(j, "at"),
      view.isNumber(j) || view.is(j, "o'clock") || view.packed(j).map(Tense.clockWordSet.contains) ?? false
    {
      j -= 1
    }
    guard j < origin - 1, j > 0, view.is(j, "at"), !view.breakBefore(j) else { return false }
    return view.is(j - 1, "is") || view.is(j - 1, "are")
  }
}
