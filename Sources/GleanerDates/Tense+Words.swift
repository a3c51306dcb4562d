/// Words the tense scans compare tokens with, packed once (`TokenView.pack`).
extension Tense {
  static let presentBeSet = Set(["is", "are", "be", "being", "am"].map(TokenView.pack))

  static let onWord = TokenView.pack("on")
  static let noWord = TokenView.pack("no")
  static let toldWord = TokenView.pack("told")
  static let isWord = TokenView.pack("is")
  static let hadWord = TokenView.pack("had")
  static let beenWord = TokenView.pack("been")
  static let areWord = TokenView.pack("are")
  static let wasWord = TokenView.pack("was")
  static let wereWord = TokenView.pack("were")
  static let expectedWord = TokenView.pack("expected")
  static let dueWord = TokenView.pack("due")
  static let since = TokenView.pack("since")
  static let until = TokenView.pack("until")
  static let startingWord = TokenView.pack("starting")
  static let till = TokenView.pack("till")
  static let through = TokenView.pack("through")
  static let toWord = TokenView.pack("to")
  static let thatWord = TokenView.pack("that")
  static let yetWord = TokenView.pack("yet")

  static let clockWordSet = Set(clockWords.map(TokenView.pack))

  /// Words of a clock time between "since"/"until" and a date ("until 5 p.m. Friday").
  static let clockWords: [String] = [
    "a.m.", "p.m.", "a.m", "p.m", "am", "pm", ".", ":", "noon", "midday", "midnight", "at", "on",
    "et", "gmt", "bst", "est", "edt", "pdt", "pst", "cdt", "cst", "local", "time", "the",
  ]

  static let commaWord = TokenView.pack(",")
}
