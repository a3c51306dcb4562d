/// One match of a date rule under the context checks its rule asks for with
/// `guard=` (`GuardCheck`): each check is a method named after it, grouped by kind in
/// `GuardSite+Numbers.swift`, `+Periods`, `+Names` and `+Clauses`.
struct GuardSite {
  let rule: DateRule
  let slots: Slots
  /// The match's first token and the token after its last.
  let start: Int
  let end: Int
  let view: TokenView
  let lexicon: DateLexicon
  /// Whether a modifier ("about", "early") was matched before `start`.
  let modified: Bool

  /// Whether the match passes `check`.
  func passes(_ check: GuardCheck) -> Bool {
    switch check {
    case .year: return year()
    case .yearNoun: return yearNoun()
    case .dayNoun: return dayNoun()
    case .dayAlone: return dayAlone()
    case .lastOf: return lastOf()
    case .figures: return figures()
    case .scoreAfter: return scoreAfter()
    case .ofOther: return ofOther()
    case .eventOf: return eventOf()
    case .ingAfter: return ingAfter()
    case .game: return game()
    case .award: return award()
    case .someday: return someday()
    case .beforeModal: return beforeModal()
    case .linkAfter: return linkAfter()
    case .opensSentence: return opensSentence()
    case .whenAfter: return whenAfter()
    case .than: return than()
    case .since: return since()
    case .eventAfter: return eventAfter()
    case .thatNoun: return thatNoun()
    case .asAs: return asAs()
    case .clauseEnd: return clauseEnd()
    case .apposition: return apposition()
    case .countAfter: return countAfter()
    case .nounAfter: return nounAfter()
    case .ofNoun: return ofNoun()
    case .spelledTime: return spelledTime()
    case .unitName: return unitName()
    case .publication: return publication()
    case .title: return title()
    case .discourse: return discourse()
    case .temperature: return temperature()
    case .compound: return compound()
    case .tableLabel: return tableLabel()
    case .monthYY: return monthYY()
    case .raceTime: return raceTime()
    case .measure: return measure()
    case .numberAfter: return numberAfter()
    case .record: return record()
    case .results: return results()
    case .afterIn: return afterIn()
    case .fraction: return fraction()
    case .rangeAfter: return rangeAfter()
    case .dayFirst: return dayFirst()
    case .age: return age()
    case .rate: return rate()
    case .name: return name()
    case .nameBefore: return nameBefore()
    case .monthCase: return monthCase()
    case .ambiguous: return ambiguous()
    }
  }
}
