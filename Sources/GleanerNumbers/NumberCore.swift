/// A number read from the text, before what it counts or measures is
/// known: "1.5 million", "thirty-three", "two thirds", "21st".
struct NumberCore: Sendable {
  /// The first and past-the-last token of the number.
  var first: Int
  var end: Int
  var value: Double
  var ordinal = false
  var fraction = false
  /// Written (partly) in words.
  var words = false
  /// The last scale applied ("million" in "1.5 million"), if any.
  var scale: Double?
  /// A fraction's scale read after it ("three fifths of a million").
  var trailingScale: Double?
  /// One digit token with no separator ("1900"), and its digit count.
  var plainDigits = 0
  /// Whole number.
  var integer = true
  /// "a fifth": the ordinal's value, for when a noun follows ("for a fifth
  /// day" is an ordinal, "a fifth of voters" a fraction).
  var articleOrdinal: Double?
  /// Read but not a count (a code such as "24/7" or "1/19/2025").
  var skip = false
}

/// A piece of a number being read: a small number, "hundred", a scale or
/// the article "a".
struct NumberPiece: Sendable {
  enum Slot: Sendable { case unit, teen, tens, digits, hundred, big, article }
  var value: Double
  var slot: Slot

  static func slot(ofSmall value: Double) -> Slot {
    value < 10 ? .unit : value < 20 ? .teen : .tens
  }

  /// The value of a sequence of pieces: "three thousand and five hundred" = 3500.
  static func evaluate(_ pieces: some Sequence<NumberPiece>) -> Double {
    var total = 0.0
    var current = 0.0
    for piece in pieces {
      switch piece.slot {
      case .unit, .teen, .tens, .digits, .article: current += piece.value
      case .hundred: current = (current == 0 ? 1 : current) * piece.value
      case .big:
        total += (current == 0 ? 1 : current) * piece.value
        current = 0
      }
    }
    return total + current
  }
}
