/// Bare weekdays that the paper's week does not hold, read after `ContextResolver`:
/// - a weekday in a past sentence framed by an earlier year ("In the 1994 final,
///   he scored on Sunday", "won in 1986, when a putt lipped out Sunday") is some
///   Sunday of that year, `XXXX-WXX-7` (TimeML leaves the week unknown);
/// - in an itinerary, a weekday with no past tense after one that lies ahead of the
///   paper in its paragraph ("will visit Warsaw Tuesday. On Wednesday he goes to
///   Kiev") goes on from it, not back to the paper's past week;
/// - a bare weekday after a week opening its sentence is in that week ("Next week,
///   the government will report consumer credit on Friday");
/// - a weekday in a past sentence right after a day weeks before the paper, told with
///   its weekday and year ("Auditors arrived on Monday, March 10, 1997. On Wednesday,
///   he resigned"), is the first such weekday from that day on: the story is told day
///   by day ("founded on March 10, 1997. On Wednesday, it said" is the paper's week);
/// - a weekday after "would" in what was said on a day up to the paper's is the first such
///   weekday after that day ("said Saturday he would fly home Monday"), and a month so told
///   the first such month from the month of the saying on ("In June, the ministers said they
///   would meet again in September").
struct StoryWeekday {
  let view: TokenView
  let lexicon: DateLexicon
  let anchor: Day?

  /// Rules of a bare weekday told relative to the paper.
  static let weekdayRules: Set<String> = ["date.weekday", "date.weekday-past"]
  /// Words that join a second time to a weekday ("offered Saturday and again on Dec. 3").
  static let linkWords: Set<String> = ["and", "or", "but", "again", "then", "also"]
  /// Words opening a sentence's frame before its year ("In the 1994 final, ...").
  static let frameWords: Set<String> = ["in", "during", "at", "by"]

  func apply(_ found: inout [DateExtractor.Found]) {
    guard let anchor, !found.isEmpty else { return }
    // the last bare earlier year that frames its sentence, and its sentence
    var frameYear: (year: Int, sentence: Int, end: Int)?
    // the last weekday ahead of the paper, its paragraph and day
    var ahead: (day: Day, paragraph: Int, sentence: Int)?
    // the last day stated with its year weeks before the paper, and its sentence
    var storyDay: (day: Day, sentence: Int)?
    // the Monday of the last week named ("next week") and its sentence
    var weekFrame: (monday: Day, sentence: Int)?
    // the last day of a saying up to the paper's ("said Saturday", "On Saturday, ... said"),
    // its sentence and token
    var pastDay: (day: Day, sentence: Int, token: Int)?
    // ... and the month of such a day, or such a month ("In June, the ministers said")
    var pastMonth: (month: Day, sentence: Int, token: Int)?
    // the last day ahead of the paper named, and its sentence
    var dayAhead: (day: Day, sentence: Int)?
    for k in found.indices {
      let r = found[k].resolution
      let start = found[k].start
      defer {
        if let d = found[k].resolution.startDay, !(anchor < d), found[k].resolution.type != "duration",
          ContextResolver.isDayLike(found[k].resolution.granularity) || found[k].resolution.granularity == "month",
          saidRightBefore(start) || ContextResolver.leadsSentence(start, within: 2, { view.sentence(of: $0) })
        {
          if found[k].resolution.granularity != "month" { pastDay = (d, sentence(start), start) }
          pastMonth = (Day(d.year, d.month, 1), sentence(start), start)
        }
      }
      // "In June, the ministers said they would meet again in September": a month after
      // "would" in what was said in a month up to the paper's is the first such month after
      if found[k].rule == "date.month", r.granularity == "month", r.type == "date", r.inferred == "year",
        r.anchored, let said = pastMonth, said.sentence == sentence(start), said.token < start,
        let d = r.startDay, let value = r.value, value.utf8.count == 7,
        Tense.modalBefore(view, at: start) == -1, saidBetween(said.token, start)
      {
        // (the month of the saying itself is that month: "said Sunday, June 2, it would
        // decide by mid-June")
        let y = said.month.year + (d.month >= said.month.month ? 0 : 1)
        if y != d.year {
          found[k].resolution.value = Format.year(y) + value.dropFirst(4)
          found[k].resolution.startDay = Day(y, d.month, 1)
          found[k].resolution.anchoredToText = true
          found[k].resolution.direction = Day(y, d.month, 1) < anchor ? "past" : "future"
        }
        continue
      }
      if r.granularity == "day", r.type == "date", !r.anchored, r.inferred == nil,
        !Self.weekdayRules.contains(found[k].rule), let d = r.startDay,
        d < anchor.adding(days: -14), r.value.map({ $0.utf8.count == 10 }) ?? false,
        (start..<found[k].end).contains(where: { !lexicon.match(.weekday, view, at: $0).isEmpty })
      {
        storyDay = (d, sentence(start))
      }
      // (a year told relative to the paper frames its sentence by opening it:
      // "Last year the festival opened Friday")
      if r.granularity == "year", r.mod == nil, r.inferred == nil, r.type == "date",
        found[k].rule.hasPrefix("date.year") && !r.anchored
          || r.anchored && view.token(start).startsSentence,
        let y = r.value.flatMap(ContextResolver.leadingYear),
        y < anchor.year, r.anchored || framesSentence(start, found[k].end),
        !possessive(found[k].end)
      {
        frameYear = (y, sentence(start), found[k].end)
        continue
      }
      // "Next week, the government will report consumer credit on Friday": a week
      // opening its sentence (a word before it allowed: "Later next week") holds a bare
      // weekday of it (not "fell last week and rose on Tuesday")
      if r.granularity == "week", r.type == "date", found[k].rule == "date.period",
        view.token(start).startsSentence || start > 0 && view.token(start - 1).startsSentence,
        let monday = r.value.flatMap(ContextWalk.monday(ofWeek:))
      {
        weekFrame = (monday, sentence(start))
      }
      // (the weekday first: "Thursday afternoon", not "next Friday")
      if let frame = weekFrame, Self.weekdayRules.contains(found[k].rule), r.anchored,
        r.type == "date" || r.type == "datetime", sentence(start) == frame.sentence,
        !lexicon.match(.weekday, view, at: start).isEmpty,
        let d = r.startDay, let value = r.value, value.utf8.count >= 10
      {
        let moved = frame.monday.adding(days: d.weekday - 1)
        if moved != d {
          found[k].resolution.value = moved.iso + value.dropFirst(10)
          found[k].resolution.startDay = moved
          found[k].resolution.direction = anchor < moved ? "future" : "past"
        }
        ahead = anchor < moved ? (moved, view.token(start).paragraph, sentence(start)) : nil
        continue
      }
      guard Self.weekdayRules.contains(found[k].rule), r.anchored, r.type == "date",
        r.granularity == "day" || r.granularity == nil, let d = r.startDay,
        r.value.map({ $0.utf8.count == 10 }) ?? false
      else {
        if r.startDay != nil, r.type != "duration" { ahead = nil }
        if let d = r.startDay, anchor < d, ContextResolver.isDayLike(r.granularity) {
          dayAhead = (d, sentence(start))
        }
        continue
      }
      // "Stocks fell on Oct. 13, the Friday before the crash": a weekday set off after a
      // day of that weekday names that day
      if k > 0, let named = found[k - 1].resolution.startDay, named.weekday == d.weekday,
        found[k - 1].resolution.granularity == "day", found[k - 1].end + 2 == start,
        view.is(found[k - 1].end, ","), view.is(start - 1, "the") || view.is(start - 1, "a")
      {
        name(&found[k].resolution, named, anchor: anchor)
        continue
      }
      // "had their best Saturday ever on Nov. 27": a weekday a few words before "on" and a
      // day of that weekday in its clause is that day
      if k + 1 < found.count, let named = found[k + 1].resolution.startDay, named.weekday == d.weekday,
        found[k + 1].resolution.granularity == "day", found[k + 1].start > found[k].end,
        found[k + 1].start - found[k].end <= 3, view.is(found[k + 1].start - 1, "on"),
        !(found[k].end..<found[k + 1].start).contains(where: {
          !view.isWord($0) || view.breakBefore($0) || Self.linkWords.contains(view.text[$0])
        })
      {
        name(&found[k].resolution, named, anchor: anchor)
        continue
      }
      // (the tense read only when a frame or a day ahead asks for it)
      let end = found[k].end
      // "One Sunday in 1985, ...": a weekday framed by the earlier year after it
      if start > 0, view.is(start - 1, "one"), k + 1 < found.count,
        end + 1 == found[k + 1].start, view.is(end, "in"),
        found[k + 1].rule.hasPrefix("date.year"), found[k + 1].resolution.granularity == "year",
        let y = found[k + 1].resolution.value.flatMap(ContextResolver.leadingYear),
        y < anchor.year
      {
        found[k].resolution.value = "XXXX-WXX-\(d.weekday)"
        found[k].resolution.anchored = false
        continue
      }
      // "The delegate said Saturday he would fly home Monday": a weekday after "would" in
      // what was said on a day up to the paper's is the first such day after that one
      if let said = pastDay, said.sentence == sentence(start), said.token < start,
        Tense.modalBefore(view, at: start) == -1, saidBetween(said.token, start)
      {
        let moved = said.day.adding(days: (d.weekday - said.day.weekday + 6) % 7 + 1)
        if moved != d {
          found[k].resolution.value = moved.iso
          found[k].resolution.startDay = moved
          found[k].resolution.anchoredToText = true
          found[k].resolution.direction = moved < anchor ? "past" : anchor < moved ? "future" : nil
        }
        continue
      }
      func tense() -> Int { Tense.around(view: view, lexicon: lexicon, start, end) }
      if let story = storyDay, (0...1).contains(sentence(start) - story.sentence), tense() == -1,
        !Tense.saidBefore(view, lexicon, at: start)
      {
        let moved = story.day.adding(days: (d.weekday - story.day.weekday + 7) % 7)
        found[k].resolution.value = moved.iso
        found[k].resolution.startDay = moved
        found[k].resolution.anchoredToText = true
        found[k].resolution.direction = "past"
        continue
      }
      // (a participle of staging the event right before the day tells a past too:
      // "The 1992 race, held on Sunday")
      if let frame = frameYear, frame.sentence == sentence(start),
        heldBefore(start) || tense() == -1,
        !Tense.saidBefore(view, lexicon, at: start), !newsClause(from: frame.end, to: start)
      {
        found[k].resolution.value = "XXXX-WXX-\(d.weekday)"
        found[k].resolution.anchored = false
        continue
      }
      let paragraph = view.token(start).paragraph
      // (the paper's own day too: "lifts off Thursday. The crew docks on Saturday")
      // (and a day ahead of the paper but before the last day of the chain, in a
      // later sentence: "will play Boston Tuesday. The tour ends Saturday")
      // (not a weekday's mishap: "will meet on Monday to decide whether Saturday's delay")
      if let last = ahead, last.paragraph == paragraph,
        !(anchor < d) || d < last.day && sentence(start) > last.sentence && goesOn(start),
        tense() >= 0,
        !(end + 1 < view.count && Guards.possessive(view, end)
          && !lexicon.match(.mishapNoun, view, at: end + 1).isEmpty)
      {
        let moved = last.day.adding(days: (d.weekday - last.day.weekday + 7) % 7)
        if moved > anchor, found[k].resolution.value == d.iso {
          found[k].resolution.value = moved.iso
          found[k].resolution.startDay = moved
          found[k].resolution.direction = "future"
        }
      }
      // "will begin on Monday, May 10, and end on Wednesday", "will open next Tuesday and
      // end on Thursday": a close right after a day ahead in its sentence goes on from it
      if let last = dayAhead, sentence(start) == last.sentence, d < last.day,
        found[k].resolution.value == d.iso, closesRightBefore(start), tense() >= 0
      {
        let moved = last.day.adding(days: (d.weekday - last.day.weekday + 7) % 7)
        found[k].resolution.value = moved.iso
        found[k].resolution.startDay = moved
        found[k].resolution.direction = "future"
      }
      if let now = found[k].resolution.startDay, now > anchor {
        ahead = (now, paragraph, sentence(start))
        dayAhead = (now, sentence(start))
      } else {
        ahead = nil
      }
    }
  }

  /// Sets a bare weekday to the day of the text that names it (`named`, of its weekday).
  private func name(_ r: inout Resolution, _ named: Day, anchor: Day) {
    guard r.startDay != named else { return }
    r.value = named.iso
    r.startDay = named
    r.anchoredToText = true
    r.direction = named < anchor ? "past" : anchor < named ? "future" : nil
  }

  /// Whether a verb of saying stands from right before token `from` up to token `to`.
  private func saidBetween(_ from: Int, _ to: Int) -> Bool {
    (max(0, from - 1)..<to).contains { !lexicon.match(.sayingVerb, view, at: $0).isEmpty }
  }

  /// Whether a verb of saying stands right before token `start` ("said Saturday", "said on
  /// Saturday").
  private func saidRightBefore(_ start: Int) -> Bool {
    var k = start - 1
    if k >= 0, view.is(k, "on") { k -= 1 }
    return k >= 0 && !view.breakBefore(k + 1) && lexicon.match(.sayingVerb, view, at: k).contains { $0.0 == k + 1 }
  }

  /// Words that carry an itinerary on from its last day ("The tour ends Saturday",
  /// "then flies to Rome on Monday"); without one, a weekday of a later sentence is the
  /// nearest ("NATO ministers will meet Friday. Arab leaders are to hold a summit on
  /// Thursday": this Thursday).
  static let goOnWords: Set<String> = [
    "then", "ends", "end", "ending", "conclude", "closes", "close", "wraps", "finishes",
    "finish", "continue", "returns", "return", "resumes", "later", "final", "last", "next",
    "before", "after",
  ]

  /// Whether a verb of closing stands right before token `start`, "on" between allowed
  /// ("and end on Wednesday", "closing Thursday").
  private func closesRightBefore(_ start: Int) -> Bool {
    var k = start - 1
    if k >= 0, view.is(k, "on") { k -= 1 }
    return k >= 0 && !view.breakBefore(k + 1) && view.packed(k).map(Self.closeSet.contains) ?? false
  }

  private static let closeSet = Set(
    ["end", "ends", "ending", "close", "closes", "closing", "conclude", "finish", "finishes",
     "wrap", "wraps"].map(TokenView.pack))

  /// Whether a word of `goOnWords` stands in the sentence of token `start` before it.
  private func goesOn(_ start: Int) -> Bool {
    var k = start - 1
    while k >= 0, start - k <= 20 {
      if view.packed(k).map(Self.goOnSet.contains) ?? false { return true }
      if view.token(k).startsSentence { break }
      k -= 1
    }
    return false
  }

  private static let goOnSet = Set(goOnWords.map(TokenView.pack))

  /// Whether a clause of the paper's news lies between the frame and the weekday:
  /// a semicolon ("In 1995 sales rose; on Monday the company warned") or a verb of
  /// saying ("the firm said in a statement Monday").
  private func newsClause(from: Int, to: Int) -> Bool {
    var k = from
    while k < to {
      if view.is(k, ";") || view.is(k, "statement") || lexicon.starts(.sayingVerb, view, at: k)
        && !lexicon.match(.sayingVerb, view, at: k).isEmpty
      {
        return true
      }
      k += 1
    }
    return false
  }

  /// "Last year's champion": a possessive after the year names no frame.
  private func possessive(_ end: Int) -> Bool {
    // (the match may hold the possessive: "Last year's")
    for k in [end - 1, end] where k > 0 && k < view.count {
      let word = view.text[k]
      if word == "'s" || word == "’s" || word == "'" || word == "’" { return true }
    }
    return false
  }

  private func sentence(_ token: Int) -> Int {
    view.sentence(of: token) ?? -1
  }

  /// Whether the year at `start..<end` frames its sentence: a frame word opens the
  /// sentence up to three words before it ("In the 1994 final,"), or "when" follows it.
  private func framesSentence(_ start: Int, _ end: Int) -> Bool {
    var j = start - 1
    while j >= max(0, start - 3) {
      if Self.frameWords.contains(view.text[j]), view.token(j).startsSentence { return true }
      if view.token(j).startsSentence || view.breakBefore(j) { break }
      j -= 1
    }
    var e = end
    if e < view.count, view.is(e, ",") { e += 1 }
    return e < view.count && view.is(e, "when") || heldAfter(start, end)
  }

  /// Participles of staging an event (not "passed", "approved": "The 1995 tax
  /// bill, passed on Tuesday" may be this week's news).
  static let heldWords: Set<String> = [
    "held", "run", "won", "lost", "fought", "staged", "played", "contested",
  ]

  /// Whether a participle of staging an event stands right before the weekday at
  /// `start`, or before its "on" ("held on Sunday").
  private func heldBefore(_ start: Int) -> Bool {
    var j = start - 1
    if j > 0, view.is(j, "on") { j -= 1 }
    return j >= 0 && Self.heldWords.contains(view.text[j])
  }

  /// "The 1992 race, held on Sunday, drew ...": the year after a sentence-opening
  /// "the", one or two lower-case words, a comma and a participle of staging it; a
  /// relative clause ("The 1992 law, which the Senate repealed on Tuesday") frames
  /// nothing.
  private func heldAfter(_ start: Int, _ end: Int) -> Bool {
    guard start > 0, view.is(start - 1, "the"), view.token(start - 1).startsSentence else {
      return false
    }
    var e = end
    while e < min(view.count, end + 2), view.isWord(e), !view.token(e).isCapitalized { e += 1 }
    guard e > end, e + 1 < view.count, view.is(e, ","), !view.breakBefore(e + 1) else {
      return false
    }
    let word = view.text[e + 1]
    return Self.heldWords.contains(word)
  }
}
