import GleanerCore
import GleanerText

/// A number mention being assembled: its tokens, kind, value and context.
struct NumberCandidate {
  /// The first token of the span and the token after it.
  var first: Int
  var end: Int
  /// The token after everything the mention consumed (its counted noun too).
  var next: Int
  var kind: Kind
  var value: Double?
  var valueMax: Double?
  var unit: String?
  var modifier: String?
  var event: String?
  var rule: Rule
  var core: NumberCore
  /// What the mention is; `skip` for a number that is no count.
  enum Kind: String {
    case cardinal, ordinal, money, percent, quantity, skip
  }

  /// The rule that found a mention (the record's `rule`), an enum until
  /// the mention is built so that candidates copy no strings for it.
  enum Rule: String {
    case skip = ""
    case cardinalList = "cardinal.list"
    case cardinalApproximate = "cardinal.approximate"
    case cardinalFraction = "cardinal.fraction"
    case cardinalWords = "cardinal.words"
    case cardinalDigits = "cardinal.digits"
    case cardinalCompound = "cardinal.compound"
    case cardinalCount = "cardinal.count"
    case cardinalAge = "cardinal.age"
    case ordinal = "ordinal"
    case ordinalDigits = "ordinal.digits"
    case moneyPrefix = "money.prefix"
    case moneySuffix = "money.suffix"
    case moneyCompound = "money.compound"
    case percent = "percent"
    case percentOf = "percent.of"
    case quantity = "quantity"
    case quantityCompound = "quantity.compound"
    case rangeCardinal = "range.cardinal"
    case rangeOrdinal = "range.ordinal"
    case rangeMoney = "range.money"
    case rangePercent = "range.percent"
    case rangeQuantity = "range.quantity"
    case rangeSkip = "range.skip"

    /// "range." and the kind of a joined range.
    static func range(_ kind: Kind) -> Rule {
      switch kind {
      case .cardinal: .rangeCardinal
      case .ordinal: .rangeOrdinal
      case .money: .rangeMoney
      case .percent: .rangePercent
      case .quantity: .rangeQuantity
      case .skip: .rangeSkip
      }
    }
  }

  /// A span inside one token ("24" of "22,24,26"), overriding first/end.
  var bytes: TextRange? = nil

  func mention(in text: ArticleText) -> NumberMention {
    let range = bytes ?? TextRange(text.tokens[first].range.start, text.tokens[end - 1].range.end)
    return NumberMention(
      span: text.span(range), range: range, kind: kind.rawValue, value: value.map(Self.tidy),
      valueMax: valueMax.map(Self.tidy), unit: unit, modifier: modifier, event: event, rule: rule.rawValue)
  }

  /// 10^0 ... 10^22, each exactly what multiplying 1 by 10 that many times
  /// gives (powers of ten up to 10^22 are exact doubles).
  private static let powersOfTen: [Double] = {
    var powers = [1.0]
    for _ in 1...22 { powers.append(powers[powers.count - 1] * 10) }
    return powers
  }()

  /// Rounds away binary noise: 0.1 * 3 prints as 0.3.
  static func tidy(_ value: Double) -> Double {
    guard value.isFinite, value != 0 else { return value }
    let magnitude = abs(value)
    let digits = 14 - Int(magnitude.log10Floor)
    guard digits > 0, digits < 300 else { return value }
    var scale = 1.0
    if digits < powersOfTen.count {
      scale = powersOfTen[digits]
    } else {
      for _ in 0..<digits { scale *= 10 }
    }
    let rounded = (value * scale).rounded() / scale
    return rounded.isFinite ? rounded : value
  }
}

extension Double {
  var log10Floor: Double {
    var exponent = 0.0
    var v = self
    while v >= 10 { v /= 10; exponent += 1 }
    while v < 1 && v > 0 { v *= 10; exponent -= 1 }
    return exponent
  }
}
