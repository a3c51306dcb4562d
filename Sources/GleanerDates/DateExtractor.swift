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
  let lexicon: DateLexicon
  let rules: [DateRule]
  /// first token (or `#` for any number) → (rule, pattern) indices.
  let index: [String: [(rule: Int, pattern: Int)]]

  /// Compiles the date rules of `language` (`Rules/LANG/dates/`).
  ///
  /// - Throws: `RuleErrors` naming `file:line` for invalid rules.
  public init(rules ruleSet: RuleSet, language: String) throws {
    let analyzer = TextAnalyzer(abbreviations: [])
    var lexicon = DateLexicon()
    var errors: [RuleError] = []
    let lists = ruleSet.sections("list", language: language, dimension: "dates")
    for section in lists {
      for entry in section.entries {
        do {
          try Self.validate(list: section.name, entry: entry)
          let value = entry.value ?? entry.keys[0]
          lexicon.add(
            list: section.name, keys: entry.keys,
            entry: LexEntry(list: section.name, value: value, attributes: entry.attributes),
            analyzer: analyzer)
        } catch let error as RuleError {
          errors.append(error)
        } catch {}
      }
    }
    let listNames = Set(lists.map(\.name))
    var compiled: [DateRule] = []
    for section in ruleSet.sections("rule", language: language, dimension: "dates") {
      if let resolve = section.attributes["resolve"], !Self.resolvers.contains(resolve) {
        errors.append(section.error("unknown resolve '\(resolve)': one of \(Self.resolvers.sorted())"))
        continue
      }
      for entry in section.entries {
        do {
          let patterns = try entry.keys.map {
            try DateRule.parse($0, entry: entry, lists: listNames)
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
    var index: [String: [(Int, Int)]] = [:]
    for (r, rule) in compiled.enumerated() {
      for (p, pattern) in rule.patterns.enumerated() {
        for key in Self.firstKeys(pattern, lexicon: lexicon) {
          index[key, default: []].append((r, p))
        }
      }
    }
    self.lexicon = lexicon
    self.rules = compiled
    self.index = index.mapValues { $0.map { (rule: $0.0, pattern: $0.1) } }
  }

  static let resolvers: Set<String> = [
    "calendar", "weekday", "relday", "period", "offset", "duration", "set", "fixed", "decade",
    "century", "time", "calendar-range", "quarter-context", "time-range", "week-of",
  ]

  /// Checks the values of the lists the resolver reads as numbers.
  static func validate(list: String, entry: RuleEntry) throws {
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

  /// The tokens a pattern can start with (`#` for numbers).
  static func firstKeys(_ pattern: [PatternElement], lexicon: DateLexicon) -> Set<String> {
    var keys = Set<String>()
    for element in pattern {
      switch element.kind {
      case .literal(let words): keys.formUnion(words)
      case .list(let name): keys.formUnion(lexicon.firstTokens(name))
      case .builtin(let name):
        keys.insert("#")
        if ["day", "ordinal"].contains(name) { keys.formUnion(lexicon.firstTokens("ordinal")) }
        if ["hour", "count"].contains(name) { keys.formUnion(lexicon.firstTokens("number")) }
      }
      if !element.optional { break }
    }
    return keys
  }

  /// The dates of `text`, in text order, without overlaps.
  ///
  /// - Parameter published: the reference date, `YYYY-MM-DD` or ISO 8601.
  public func extract(from text: ArticleText, published: String?) -> [DateMention] {
    let view = TokenView(text)
    let matcher = PatternMatcher(lexicon: lexicon, view: view)
    let anchor = Anchor(published)
    var found: [Found] = []
    var i = 0
    while i < view.count {
      if var hit = best(at: i, matcher: matcher, view: view, anchor: anchor) {
        // an optional element's comma may open a match ("WASHINGTON, March 12")
        while hit.start + 1 < hit.end, view.text[hit.start] == "," { hit.start += 1 }
        found.append(hit)
        i = hit.end
      } else {
        i += 1
      }
    }
    found = TimeCombiner(view: view).combine(found)
    found = RangeMerger(lexicon: lexicon, view: view).merge(found)
    ContextResolver.apply(&found)
    return found.map { hit in
      let range = TextRange(view.token(hit.start).range.start, view.token(hit.end - 1).range.end)
      let r = hit.resolution
      return DateMention(
        span: text.span(range), range: range, type: r.type, value: r.value, mod: r.mod,
        anchor: r.anchoredToText ? "text" : r.anchored ? "published" : nil, direction: r.direction,
        granularity: r.granularity, rule: hit.rule, inferred: r.inferred)
    }
  }

  struct Found {
    var start: Int
    var end: Int
    var rule: String
    var resolution: Resolution
  }

  /// The longest resolvable match starting at token `i`, a modifier
  /// phrase (`early`, `more than`, `the end of`) included.
  private func best(at i: Int, matcher: PatternMatcher, view: TokenView, anchor: Anchor?) -> Found? {
    var result: Found?
    var tenseCache: Int?
    let resolver = DateResolver(anchor: anchor) {
      if let cached = tenseCache { return cached }
      let t = Tense.direction(view: view, lexicon: self.lexicon, at: i)
      tenseCache = t
      return t
    }
    var starts: [(Int, LexEntry?)] = [(i, nil)]
    for (end, entry) in lexicon.match("modifier", view, at: i) where end < view.count {
      starts.append((end, entry))
    }
    for (start, modifier) in starts {
      var keys = [view.text[start]]
      if view.isNumber(start) { keys.append("#") }
      var candidates: [(rule: Int, pattern: Int)] = []
      for key in keys { candidates += index[key] ?? [] }
      var matches: [(end: Int, rule: Int, slots: Slots)] = []
      for c in candidates {
        if let m = matcher.match(rules[c.rule].patterns[c.pattern], at: start) {
          matches.append((m.end, c.rule, m.slots))
        }
      }
      matches.sort { $0.end != $1.end ? $0.end > $1.end : $0.rule < $1.rule }
      for m in matches {
        if let result, result.end >= m.end { break }
        let rule = rules[m.rule]
        if let modifier, let not = modifier.attribute("not-before"),
          not.split(separator: ",").contains(Substring(view.text[start]))
        {
          continue
        }
        if let modifier, let allowed = modifier.attribute("with"),
          !allowed.split(separator: ",").contains(Substring(rule.attribute("resolve") ?? "calendar"))
        {
          continue
        }
        guard
          Guards.accept(
            rule, m.slots, start: start, end: m.end, view: view, lexicon: lexicon,
            modified: modifier != nil)
        else { continue }
        guard var resolution = resolver.resolve(rule, m.slots) else { continue }
        resolution.mod = modifier?.value ?? rule.attribute("mod")
        result = Found(start: i, end: m.end, rule: rule.id, resolution: resolution)
        break
      }
    }
    return result
  }
}

extension DateLexicon {
  /// The first tokens of a list's phrases.
  func firstTokens(_ list: String) -> [String] {
    Array(lists[list]?.keys ?? [:].keys)
  }
}
