import GleanerCore
import GleanerText

/// Finds temporal expressions and normalizes them to ISO 8601 / TIMEX3
/// values, resolving relative ones against the publication date.
///
/// The rules (`Rules/LANG/dates/`, see its README) are word lists and
/// patterns over them; a pattern's `resolve` attribute names how a match
/// becomes a value (`DateResolver`). Matching is one left-to-right pass over
/// the tokens, longest match first, with candidate rules looked up by the
/// first token.
public struct DateExtractor: Sendable {
  /// The granularity of a length of one unit (`length-before=`), by unit letter.
  static let unitGranularity = ["D": "day", "W": "week", "M": "month", "Q": "quarter", "Y": "year"]

  let lexicon: DateLexicon
  let rules: [DateRule]
  /// word id of a first token → its trie in `tries`, or -1.
  let trieOfWord: [Int32]
  let tries: [PatternTrie]
  /// The patterns that may start with a number.
  let numberTrie: PatternTrie
  /// Next-token tests: a word trie's row is its index; numbers by shape.
  let follow: FollowTable
  let numberRowOfShape: [Int32]
  let modifierList: Int
  /// `@list idiom`: phrases whose time words name no time ("call it a day").
  let idiomList: Int
  /// Month names that may open a glued date ("Dec31, 1994"): `gluedMonthTable`.
  let gluedMonths: [String: Int]
  let matcherSetup: PatternMatcher.Setup

  /// Compiles the date rules of `language` (`Rules/LANG/dates/`).
  ///
  /// - Throws: `RuleErrors` naming `file:line` for invalid rules.
  public init(rules ruleSet: RuleSet, language: String) throws {
    let analyzer = TextAnalyzer(abbreviations: [])
    var builder = DateLexicon.Builder()
    var errors: [RuleError] = []
    let lists = ruleSet.sections("list", language: language, dimension: "dates")
    for section in lists {
      for entry in section.entries {
        do {
          try Self.validate(list: section.name, entry: entry)
          let value = entry.value ?? entry.keys[0]
          builder.add(
            list: section.name, keys: entry.keys,
            entry: LexEntry(
              list: section.name, value: value, attributes: entry.attributes, keys: entry.keys),
            analyzer: analyzer)
        } catch let error as RuleError {
          errors.append(error)
        } catch {}
      }
    }
    if builder.listIndex.count >= DateLexicon.noList {
      let limit = DateLexicon.noList - 1
      errors.append(RuleError(file: "dates", line: 0, "too many date lists (at most \(limit))"))
    }
    var compiled: [DateRule] = []
    for section in ruleSet.sections("rule", language: language, dimension: "dates") {
      if let resolve = section.attributes["resolve"], !Self.resolvers.contains(resolve) {
        errors.append(section.error("unknown resolve '\(resolve)': one of \(Self.resolvers.sorted())"))
        continue
      }
      for entry in section.entries {
        do {
          for name in (entry.attributes["guard"] ?? section.attributes["guard"] ?? "").split(separator: ",")
          where GuardCheck(rawValue: String(name)) == nil {
            throw entry.error("unknown guard '\(name)': one of \(GuardCheck.allCases.map(\.rawValue).sorted())")
          }
          let patterns = try entry.keys.map {
            try DateRule.parse($0, entry: entry, lexicon: &builder)
          }
          var attributes = section.attributes
          attributes.merge(entry.attributes) { _, new in new }
          if let value = entry.value { attributes["value"] = value }
          compiled.append(
            DateRule(id: section.name, patterns: patterns, attributes: attributes, order: compiled.count))
        } catch let error as RuleError {
          errors.append(error)
        } catch {}
      }
    }
    if !errors.isEmpty { throw RuleErrors(errors) }
    for word in PatternTrie.builtinFollowers { _ = builder.intern(word) }
    let lexicon = DateLexicon(builder)
    var trieOfWord = [Int32](repeating: -1, count: lexicon.words.count)
    var drafts: [PatternTrie.Draft] = []
    var numberDraft = PatternTrie.Draft()
    for (r, rule) in compiled.enumerated() {
      for (p, pattern) in rule.patterns.enumerated() {
        let (ids, number) = Self.firstKeys(pattern, lexicon: lexicon)
        for id in ids.sorted() {
          if trieOfWord[Int(id)] < 0 {
            trieOfWord[Int(id)] = Int32(drafts.count)
            drafts.append(PatternTrie.Draft())
          }
          drafts[Int(trieOfWord[Int(id)])].insert(pattern, rule: r, index: p)
        }
        if number { numberDraft.insert(pattern, rule: r, index: p) }
      }
    }
    var firstOfTrie = [Int32](repeating: 0, count: drafts.count)
    for (id, k) in trieOfWord.enumerated() where k >= 0 { firstOfTrie[Int(k)] = Int32(id) }
    let thirds = ThirdToken.Tables(lexicon)
    let tries = drafts.indices.map {
      PatternTrie(drafts[$0], first: firstOfTrie[$0], lexicon: lexicon, thirds: thirds)
    }
    let numberTrie = PatternTrie(numberDraft, first: nil, lexicon: lexicon)
    var follow = FollowTable()
    for trie in tries { _ = follow.add(trie.followers[0]) }
    let numberRows = numberTrie.followers.map { follow.add($0) }
    self.follow = follow
    self.numberRowOfShape = numberTrie.followersOfShape.map { numberRows[Int($0)] }
    self.lexicon = lexicon
    self.rules = compiled
    self.trieOfWord = trieOfWord
    self.tries = tries
    self.numberTrie = numberTrie
    self.modifierList = lexicon.listIndex["modifier"] ?? DateLexicon.noList
    self.idiomList = lexicon.listIndex["idiom"] ?? DateLexicon.noList
    self.gluedMonths = Self.gluedMonthTable(lexicon)
    self.matcherSetup = PatternMatcher.Setup(lexicon, tries: tries + [numberTrie])
  }

  /// The words a spoken year may start with ("one thousand", "nineteen ninety").
  static let yearWordStarts: Set<String> = [
    "one", "two", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen",
    "eighteen", "nineteen", "twenty",
  ]

  static let resolvers: Set<String> = [
    "calendar", "weekday", "relday", "period", "offset", "duration", "set", "fixed", "decade",
    "century", "time", "calendar-range", "quarter-context", "time-range", "week-of", "span",
  ]

  /// Checks the values of the lists the resolver reads as numbers.
  static func validate(list: String, entry: RuleEntry) throws {
    if list == "timezone", let utc = entry.attributes["utc"], LexEntry.minutes(fromUTC: utc) == nil {
      throw entry.error("timezone utc '\(utc)' is not hours from UTC within -12 to 14 ('-5', '5:30')")
    }
    let ranges: [String: ClosedRange<Double>] = [
      "month": 1...12, "weekday": 1...7, "ordinal": 1...1000, "quarter": 1...4,
    ]
    guard let range = ranges[list] else { return }
    guard let text = entry.value, let value = Double(text) else {
      throw entry.error("\(list) entry needs a number after '=>'")
    }
    guard range.contains(value) else {
      throw entry.error(
        "\(list) number '\(text)' is not \(Int(range.lowerBound)) to \(Int(range.upperBound))")
    }
  }

  /// The word ids a pattern can start with, and whether it can start with a number.
  static func firstKeys(
    _ pattern: [PatternElement], lexicon: DateLexicon
  ) -> (ids: Set<Int32>, number: Bool) {
    var keys = Set<Int32>()
    var number = false
    func list(_ name: String) -> [Int32] {
      lexicon.listIndex[name].map { lexicon.firstTokens($0) } ?? []
    }
    for element in pattern {
      switch element.kind {
      case .literal(let words): keys.formUnion(words)
      case .list(let n): keys.formUnion(lexicon.firstTokens(n))
      case .builtin(let name):
        number = true
        if [.day, .ordinal].contains(name) { keys.formUnion(list("ordinal")) }
        if [.hour, .count].contains(name) { keys.formUnion(list("number")) }
        // a spoken year starts with its hundreds or thousands ("nineteen",
        // "two thousand"): not every number word ("a", "some", "the last few")
        if name == .yearWords {
          keys.formUnion(list("number").filter { yearWordStarts.contains(lexicon.words.word($0)) })
        }
      }
      if !element.optional { break }
    }
    return (keys, number)
  }

  /// The dates of `text`, in text order, without overlaps.
  ///
  /// - Parameter published: the reference date, `YYYY-MM-DD` or ISO 8601.
  public func extract(from text: ArticleText, published: String?) -> [DateMention] {
    let view = TokenView(text, words: lexicon.words)
    joinSplitDays(view)
    var anchor = Anchor(published)
    var found = find(view, anchor: anchor)
    // a dateline a day or two off the record's day is the writer's day: "today",
    // "tonight" and the weekdays count from it (read again; rare)
    var anchorName = "published"
    if let day = anchor?.day, let line = Dateline.day(found, view: view), line != day,
      abs(line.ordinal - day.ordinal) <= 2
    {
      anchor = Anchor(day: line)
      anchorName = "dateline"
      view.forgetTenses()
      found = find(view, anchor: anchor)
    }
    return mentions(found, text, view, anchor, anchorName: anchorName)
  }

  /// The dates of `view` counted from `anchor`, resolved in their context.
  private func find(_ view: TokenView, anchor: Anchor?) -> [Found] {
    var matcher = PatternMatcher(lexicon: lexicon, view: view, setup: matcherSetup)
    var found: [Found] = []
    var matches: [PatternMatcher.Match] = []
    matches.reserveCapacity(32)
    // `best`'s answer, filled in place: a `Found?` returned by value is
    // copied twice, and most calls find nothing
    var answer: Found? = nil
    var i = 0
    while i < view.count {
      // a month glued to its numbers ("Dec31, 1994", "12Aug2019"): words no rule names
      // (a word ending in a digit, or a number with a word glued after it: tested
      // first, as most tokens are neither)
      if view.isNumber(i)
        ? i + 1 < view.count && view.glued(i + 1) && view.ids[i + 1] < 0
        : view.ids[i] < 0 && view.endsInDigit(i),
        let glued = gluedDate(view, at: i)
      {
        found.append(glued)
        i = glued.end
        continue
      }
      if mayStart(i, view) {
        best(at: i, matcher: &matcher, matches: &matches, view: view, anchor: anchor, &answer)
        if answer != nil, var hit = answer.take() {
          // an optional element's comma may open a match ("WASHINGTON, March 12")
          while hit.start + 1 < hit.end, view.is(hit.start, ",") { hit.start += 1 }
          // and an optional comma before a missing year may close one ("on Feb. 28, unless")
          while hit.end - 1 > hit.start, view.is(hit.end - 1, ",") { hit.end -= 1 }
          // an idiom over the match ("call it a day", "one of these days") is skipped whole
          if let skip = idiomEnd(over: hit.start, hit.end, view) {
            i = skip
            continue
          }
          found.append(hit)
          i = hit.end
          continue
        }
      }
      i += 1
    }
    TimeCombiner(view: view, lexicon: lexicon, paper: anchor?.day).combine(&found)
    RangeMerger(lexicon: lexicon, view: view, anchor: anchor?.day).merge(&found)
    DayList(view: view, lexicon: lexicon).extend(&found)
    QuarterList.shareYear(&found, view: view)
    QuarterList.endYear(&found, view: view)
    MonthList.shareStatedYear(&found, view: view)
    let lexicon = lexicon
    ContextResolver.apply(
      &found, anchor: anchor?.day,
      sentence: { token in view.sentence(of: token) },
      tense: { start, end in Tense.around(view: view, lexicon: lexicon, start, end) },
      comparedFrom: { start in Tense.comparedBase(view, at: start) },
      pronounOpens: { token in
        guard let s = view.sentence(of: token) else { return false }
        let first = view.article.sentences[s].tokens.lowerBound
        return Self.subjectPronouns.contains { view.is(first, $0) }
      },
      pastPlan: { token in Tense.pastPlanBefore(view, at: token) },
      relativeClause: { token in
        guard let s = view.sentence(of: token),
          let clause = Tense.insert(
            view, lexicon, containing: token, token + 1, in: view.article.sentences[s].tokens),
          clause.relative
        else { return nil }
        return clause.lower..<clause.upper
      })
    MonthList.shareStoryYear(&found, view: view)
    found.removeAll { $0.dropped }
    StoryWeekday(view: view, lexicon: lexicon, anchor: anchor?.day).apply(&found)
    QuotedDay(view: view, lexicon: lexicon, anchor: anchor?.day).apply(&found)
    let combiner = TimeCombiner(view: view, lexicon: lexicon)
    ClockAside.date(&found, combiner: combiner)
    TimeDay.dateSentenceTimes(&found, combiner: combiner)
    StoryTime(view: view, lexicon: lexicon, combiner: combiner, anchor: anchor?.day).apply(&found)
    ClockAside.date(&found, combiner: combiner)
    return found
  }

  /// Words before "to" and a date reached back to ("retroactive to July 1").
  static let retroactiveWords: Set<String> = ["retroactive", "retroactively", "backdated", "back-dated", "retro"]

  /// Verbs whose particle "in" before "over" makes it span a time, no "more than"
  /// ("would phase in over three years").
  static let phaseVerbs: Set<String> = [
    "phase", "phases", "phased", "phasing", "ease", "eased", "easing", "roll", "rolled",
    "rolling", "fold", "folded", "pay", "paid", "bring", "brought", "build", "built",
  ]

  /// Verbs whose particle "over" is no "more than" before a point ago ("took over two
  /// years ago").
  static let overVerbs = ["took", "take", "takes", "taken", "taking", "handed", "turned", "came", "moved", "switched"]

  /// Pronouns that open a sentence going on with the story of the one before.
  static let subjectPronouns = ["it", "they", "he", "she"]

  /// Whether "when" follows token `end`, a comma between allowed.
  static func whenAfter(_ view: TokenView, _ end: Int) -> Bool {
    var k = end
    if k < view.count, view.is(k, ",") { k += 1 }
    return k < view.count && !view.breakBefore(k) && view.is(k, "when")
  }

  /// The mentions of `found`, in text order; `anchorName` names the day they were
  /// counted from (`published`, or `dateline` when the story's dateline moved it).
  private func mentions(
    _ found: [Found], _ text: ArticleText, _ view: TokenView, _ anchor: Anchor?,
    anchorName: String
  ) -> [DateMention] {
    // read in place: copying a `Found` copies its resolution's dozen fields
    return found.indices.map { k in
      // a possessive ends the match but not the mention: "last year's" → "last year"
      var last = found[k].end - 1
      // (a decade keeps it: "the 1960's", and so does the holiday "New Year's")
      if last > found[k].start, view.is(last, "'s") || view.is(last, "’s"),
        found[k].resolution.granularity != "decade",
        !(view.is(last - 1, "year") && found[k].rule.contains("date.holiday"))
      {
        last -= 1
      }
      let range = TextRange(view.token(found[k].start).range.start, view.token(last).range.end)
      return DateMention(
        span: text.span(range), range: range, type: found[k].resolution.type,
        value: found[k].resolution.value, mod: found[k].resolution.mod,
        anchor: found[k].resolution.anchoredToText
          ? "text" : found[k].resolution.anchored ? anchorName : nil,
        direction: found[k].resolution.direction, granularity: found[k].resolution.granularity,
        rule: found[k].rule, inferred: Self.inferredParts(found[k].resolution),
        day: TimeDay.day(of: k, in: found, view: view, anchor: anchor?.day))
    }
  }

  /// The parts of the value the text did not state: the resolver's own
  /// account ("January 19": `year`), else, for a value worked out from an
  /// anchor ("on Tuesday", "next month", "two days ago"), every calendar part
  /// of its granularity.
  static func inferredParts(_ r: Resolution) -> String? {
    if let inferred = r.inferred { return inferred }
    guard r.anchored || r.anchoredToText, r.type != "duration", r.type != "set" else { return nil }
    switch r.granularity {
    case "day", "part-of-day", "time": return "year,month,day"
    case "week": return "year,week"
    case "month": return "year,month"
    case "quarter": return "year,quarter"
    case "half": return "year,half"
    case "year": return "year"
    default: return nil
    }
  }

  struct Found {
    var start: Int
    var end: Int
    var rule: String
    var resolution: Resolution
    /// Read as no date after all ("that day" with no day of the text before it).
    var dropped = false
  }

  /// Words that may follow a day split from its month by a line ("Oct.", "12 and
  /// ended"; not "October", "12 banks failed").
  static let splitDayFollowers: Set<String> = [
    "and", "or", "to", "through", "until", "at", "in", "when", "with", "from", "for", "by",
    "after", "before", "was", "is", "will", "would", "that", "as", "on",
  ]

  /// "The vote is set for Sept .", "25, officials said": a month closing a line (wire
  /// copy broken by hard line ends) before a day of 1-31 opening the next is one date.
  private func joinSplitDays(_ view: TokenView) {
    var i = 1
    while i < view.count {
      if view.breakBefore(i), view.isNumber(i), let n = view.integer(i), n.digits <= 2,
        (1...31).contains(n.value),
        i + 1 >= view.count || !view.isWord(i + 1) && !view.isNumber(i + 1)
          || Self.splitDayFollowers.contains(view.text[i + 1]),
        view.token(i - 1).isCapitalized && !lexicon.match(.month, view, at: i - 1).isEmpty
          || i > 1 && view.is(i - 1, ".") && view.token(i - 2).isCapitalized
            && !lexicon.match(.month, view, at: i - 2).isEmpty
      {
        view.joinLine(at: i)
      }
      i += 1
    }
  }

  /// The end of the longest phrase of `@list idiom` that starts up to eight
  /// tokens before the match `start..<end` and reaches into it, if any (read
  /// only for matches: most tokens start none).
  private func idiomEnd(over start: Int, _ end: Int, _ view: TokenView) -> Int? {
    var best: Int? = nil
    var k = max(0, start - 8)
    while k < end {
      if let idiom = lexicon.firstMatch(idiomList, view, at: k), idiom.end > start {
        best = max(best ?? 0, idiom.end)
      }
      k += 1
    }
    return best.map { max($0, start + 1) }
  }

  /// Whether some pattern can start at token `i` as far as the token and the
  /// next one tell, or a modifier phrase starts there.
  @inline(__always)
  private func mayStart(_ i: Int, _ view: TokenView) -> Bool {
    mayMatch(i, view) || lexicon.starts(modifierList, view, at: i)
  }

  /// Lists whose words after a year keep it a date ("after 1998 March", no event).
  static let eventYearStops = ["month", "weekday", "season", "holiday", "relday"]

  /// Whether a pattern can start at token `i` as far as it and the next one tell.
  @inline(__always)
  private func mayMatch(_ i: Int, _ view: TokenView) -> Bool {
    let id = view.ids[i]
    if id >= 0 {
      let trie = trieOfWord[Int(id)]
      if trie >= 0, follow.allow(Int(trie), view, at: i) { return true }
    }
    guard view.isNumber(i) else { return false }
    return follow.allow(Int(numberRowOfShape[NumberShape.of(view, i)]), view, at: i)
  }

  /// The longest resolvable match starting at token `i`, a modifier
  /// phrase (`early`, `more than`, `the end of`) included, into `result`
  /// (nil on entry). `matches` is a buffer reused across tokens.
  private func best(
    at i: Int, matcher: inout PatternMatcher, matches: inout [PatternMatcher.Match],
    view: TokenView, anchor: Anchor?, _ result: inout Found?
  ) {
    if mayMatch(i, view) {
      attempt(
        i, nil, &result, origin: i, anchor: anchor, matcher: &matcher, matches: &matches,
        view: view)
    }
    if lexicon.starts(modifierList, view, at: i) {
      for phrase in lexicon.phrases(modifierList, view, at: i) {
        let end = lexicon.end(of: phrase, view, at: i)
        guard end >= 0, end < view.count, mayMatch(end, view) else { continue }
        attempt(
          end, lexicon.entries[phrase.entry], &result, origin: i, anchor: anchor,
          matcher: &matcher, matches: &matches, view: view)
      }
    }
  }

  /// Tries the patterns starting at token `start` (after `modifier`, if
  /// any); keeps the first resolvable match longer than `result`, which
  /// starts at token `origin` (the modifier's, if any).
  private func attempt(
    _ start: Int, _ modifier: LexEntry?, _ result: inout Found?, origin: Int, anchor: Anchor?,
    matcher: inout PatternMatcher, matches: inout [PatternMatcher.Match], view: TokenView
  ) {
    if !matches.isEmpty { matches.removeAll(keepingCapacity: true) }
    matcher.reset()
    let id = view.ids[start]
    // the word's trie by index: holding the class itself retains it per attempt
    var wordTrie = -1
    if id >= 0, trieOfWord[Int(id)] >= 0 {
      let k = Int(trieOfWord[Int(id)])
      wordTrie = k
      if follow.allow(k, view, at: start) { matcher.run(tries[k], at: start, group: 0, into: &matches) }
    }
    if view.isNumber(start),
      follow.allow(Int(numberRowOfShape[NumberShape.of(view, start)]), view, at: start)
    {
      matcher.run(numberTrie, at: start, group: 1, into: &matches)
    }
    if matches.isEmpty { return }
    matches.sort {
      if $0.end != $1.end { return $0.end > $1.end }
      if $0.rule != $1.rule { return $0.rule < $1.rule }
      if $0.group != $1.group { return $0.group < $1.group }
      return $0.pattern < $1.pattern
    }
    for m in matches {
      if let end = result?.end, end >= m.end { break }
      let rule = rules[m.rule]
      if let modifier, !modifier.notBefore.isEmpty,
        modifier.notBefore.contains(view.text[start])
      {
        continue
      }
      if let modifier, let allowed = modifier.with, !allowed.contains(rule.resolve) {
        continue
      }
      // a modifier's `only-after=`: "for over two years" (MORE_THAN), not "$40 million over three years"
      if let modifier, !modifier.onlyAfter.isEmpty,
        !modifier.onlyAfter.contains(where: { view.is(origin - 1, $0) })
          // (nor "in" as a verb's particle: "would phase in over three years" spans them)
          || origin > 1 && view.is(origin - 1, "in") && Self.phaseVerbs.contains(view.text[origin - 2])
      {
        continue
      }
      // a modifier's `not-after=`: "two weeks early this fall" (the length is early, not the fall)
      if let modifier, !modifier.notAfter.isEmpty, origin > 0, !view.breakBefore(origin),
        modifier.notAfter.contains(where: { view.is(origin - 1, $0) })
      {
        continue
      }
      // "to quit after 2002 Commonwealth Games" (a headline's "after the 2002 Commonwealth Games"): a
      // bare year before a capitalized word names an event, no bound of time
      if let modifier, modifier.value == "AFTER" || modifier.value == "BEFORE",
        m.end == start + 1, view.isNumber(start), m.end < view.count, !view.breakBefore(m.end),
        view.isWord(m.end), view.token(m.end).isCapitalized,
        !Self.eventYearStops.contains(where: { !lexicon.match($0, view, at: m.end).isEmpty })
      {
        continue
      }
      // "cut jobs after first-quarter profit fell": a date joined by a hyphen before a
      // lower-case word modifies that noun ("first-quarter profit"); "after" opens the
      // clause, no bound of the date's
      if let modifier, modifier.value == "AFTER" || modifier.value == "BEFORE",
        m.end < view.count, !view.breakBefore(m.end), view.isWord(m.end), !view.token(m.end).isCapitalized,
        ((start + 1)..<m.end).contains(where: { view.is($0, "-") && view.glued($0) && view.glued($0 + 1) })
      {
        continue
      }
      // "who took over two years ago": the particle of "took over", no "more than" (a
      // point "ago", not a length)
      if let modifier, modifier.value == "MORE_THAN", origin < start, view.is(origin, "over"), origin > 0,
        rule.resolve == "offset" || m.end < view.count && view.is(m.end, "ago"),
        Self.overVerbs.contains(where: { view.is(origin - 1, $0) })
      {
        continue
      }
      // "drained by last summer's fires": "by" before a possessive tells a cause, no deadline
      if let modifier, modifier.value == "BEFORE", origin < start, view.is(origin, "by"),
        m.end < view.count, Guards.possessive(view, m.end)
      {
        continue
      }
      // "at the end of the 1999 season": a modifier's "the" before a bare year that
      // names a noun after it is the noun's, not the year's (the year alone is the date)
      if modifier != nil, rule.id == "date.year", m.end == start + 1, start > origin,
        view.is(start - 1, "the"), m.end < view.count, !view.breakBefore(m.end),
        view.isWord(m.end), !view.token(m.end).isCapitalized
      {
        continue
      }
      // `only-after=`: tested before the slots are read (compared as bytes)
      // ("#" stands for a number in digits: "from 480 a week before")
      if !rule.onlyAfter.isEmpty, !rule.onlyAfter.contains(where: { view.is(start - 1, $0) }),
        !(start > 0 && view.isNumber(start - 1) && rule.onlyAfter.contains("#"))
      {
        continue
      }
      let slots = matcher.slots(m, trie: m.group == 0 ? tries[wordTrie] : numberTrie)
      guard
        Guards.accept(
          rule, slots, start: start, end: m.end, view: view, lexicon: lexicon,
          modified: modifier != nil)
      else { continue }
      // made only for a match the guards accept (most attempts find none)
      var resolver = DateResolver(anchor: anchor, view: view, lexicon: lexicon, origin: origin)
      resolver.deadline = modifier?.value == "BEFORE"
      resolver.edge = modifier?.attribute("edge") == "yes" ? modifier?.value : nil
      // (or a lead word of the match: "since nineteen sixty-eight")
      resolver.behind = origin > 0 && !view.breakBefore(origin) && view.is(origin - 1, "since")
        || modifier == nil && rule.lead > 0 && view.is(start, "since")
      // "raises retroactive to July 1", "back pay to Aug. 1": a start reached back to
      if origin > 1, view.is(origin - 1, "to"), !view.breakBefore(origin - 1),
        Self.retroactiveWords.contains(view.text[origin - 2])
          || origin > 2 && view.is(origin - 2, "pay") && view.is(origin - 3, "back")
      {
        resolver.behind = true
      }
      // "will study Friday's plunge": a weekday's mishap nobody schedules is one gone by
      if rule.resolve == "weekday", m.end + 1 < view.count, Guards.possessive(view, m.end),
        !lexicon.match(.mishapNoun, view, at: m.end + 1).isEmpty
      {
        resolver.behind = true
      }
      if rule.resolve == "calendar", m.end < view.count, !view.breakBefore(m.end),
        slots.entry("month") != nil, !slots.has("day")
      {
        resolver.ahead = !lexicon.match(.contractNoun, view, at: m.end).isEmpty
      }
      // "the September 11 attacks", "the March floods": a month's day or a month
      // right before a noun of a mishap nobody schedules is one gone by
      if rule.resolve == "calendar", m.end < view.count, !view.breakBefore(m.end),
        slots.entry("month") != nil, !resolver.ahead
      {
        resolver.gone = !lexicon.match(.mishapNoun, view, at: m.end).isEmpty
      }
      // "will report January durable goods orders": the month of figures released
      if rule.resolve == "calendar", slots.entry("month") != nil, !slots.has("day"), !slots.has("year"),
        !resolver.ahead, !resolver.gone,
        Guards.releasedFigures(view, lexicon, start: start, end: m.end)
      {
        resolver.gone = true
      }
      guard var resolution = resolver.resolve(rule, slots) else { continue }
      // (a point after "since" told as the story's time: "since Nov. 14, 1996, when a
      // gunman shot the guard. The guard died four days later")
      resolution.afterSince = resolver.behind && !Self.whenAfter(view, m.end)
      // a bare year more than a century after the paper with no word before it ("Jones
      // 2194 1 0" in a table of points) is a figure, no year
      if modifier == nil, rule.id == "date.year", resolution.granularity == "year",
        let y = resolution.value.flatMap(ContextResolver.leadingYear),
        y > (anchor?.day.year ?? 2030) + 100,
        start == 0 || view.breakBefore(start) || !view.isWord(start - 1) || view.token(start - 1).isCapitalized
      {
        continue
      }
      resolution.mod = modifier?.value ?? rule.attribute("mod")
      // `length-before=`: "for the year ended June 30" is a year told by its last
      // day, a length as "the nine months ended Sept. 30" is (P1Y)
      if !rule.lengthBefore.isEmpty, m.end < view.count, !view.breakBefore(m.end),
        rule.lengthBefore.contains(where: { view.is(m.end, $0) }),
        let unit = slots.entry("unit")?.value ?? rule.attribute("unit")
      {
        resolution = Resolution(
          type: "duration", value: "P1" + unit, granularity: Self.unitGranularity[unit])
      }
      // `lead=N`: the first words matched are context ("at ⏩9.15⏪"); an optional
      // comma before a missing year is no part of the span ("May 4-5, tens")
      var first = modifier == nil ? min(origin + rule.lead, m.end - 1) : origin
      // "in two weeks" read as a length of time ("the first profit in five quarters"):
      // the preposition stays out of the span
      if modifier == nil, resolution.type == "duration", rule.resolve == "offset",
        view.is(start, "in")
      {
        first = start + 1
      }
      // `tail=N`: the last words matched are context ("a ⏩Friday⏪ deadline")
      let last = max(first + 1, m.end - rule.tail)
      let end = last - 1 > start && view.is(last - 1, ",") ? last - 1 : last
      result = Found(start: first, end: end, rule: rule.id, resolution: resolution)
      break
    }
  }
}

