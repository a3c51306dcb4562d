import GleanerCore
@testable import GleanerNumbers
import GleanerText
import Testing

/// One number case: marked input and the fields its mention must have.
struct NumberCase: CustomTestStringConvertible, Sendable {
  var marked: String
  var kind: String
  var value: Double?
  var valueMax: Double? = nil
  var unit: String? = nil
  var modifier: String? = nil
  var event: String? = nil

  var testDescription: String { marked }
}

/// Runs the number extractor alone on a text, with the date mentions given.
enum NumberTestSupport {
  static let extractor: NumberExtractor = {
    do {
      return try NumberExtractor(rules: TestSupport.rules, language: "en")
    } catch {
      fatalError("the number rules do not load: \(error)")
    }
  }()

  static let analyzer = TextAnalyzer(abbreviations: ["mr", "dr", "p", "pp", "no", "fig", "vol"])

  static func numbers(_ text: String, dates: [DateMention] = []) -> (ArticleText, [NumberMention]) {
    let article = analyzer.analyze([Block(.paragraph, text)])
    return (article, extractor.extract(from: article, dates: dates))
  }

  /// A hand-made date mention over the first occurrence of `phrase`.
  static func date(_ phrase: String, in text: String) -> DateMention {
    let bytes = Array(text.utf8)
    let needle = Array(phrase.utf8)
    var start = 0
    while start + needle.count <= bytes.count, Array(bytes[start..<start + needle.count]) != needle {
      start += 1
    }
    let range = TextRange(start, start + needle.count)
    let article = analyzer.analyze([Block(.paragraph, text)])
    return DateMention(span: article.span(range), range: range, type: "date", value: nil)
  }
}

@Suite struct NumberExtractorTests {
  static let cases: [NumberCase] = [
    // Digits, separators, signs, scales.
    NumberCase(marked: "a crowd of ⏩1,900⏪", kind: "cardinal", value: 1900),
    NumberCase(marked: "it weighs ⏩12.5⏪", kind: "cardinal", value: 12.5),
    NumberCase(marked: "a total of ⏩3,000.75⏪", kind: "cardinal", value: 3000.75),
    NumberCase(marked: "a total of ⏩3.000,75⏪", kind: "cardinal", value: 3000.75),
    NumberCase(marked: "the balance is ⏩98,76,543.21⏪", kind: "cardinal", value: 9876543.21),
    NumberCase(marked: "temperatures of ⏩-5⏪", kind: "cardinal", value: -5),
    NumberCase(marked: "⏩1.5 million⏪ voters", kind: "cardinal", value: 1_500_000, unit: "voters"),
    NumberCase(marked: "⏩40K⏪ fans", kind: "cardinal", value: 40_000, unit: "fans"),
    NumberCase(marked: "⏩3.75e+11⏪", kind: "cardinal", value: 3.75e11),
    NumberCase(marked: "⏩-4/5⏪", kind: "cardinal", value: -0.8),
    // Words, fractions.
    NumberCase(marked: "⏩thirty-three⏪ hostages", kind: "cardinal", value: 33, unit: "hostages"),
    NumberCase(marked: "⏩one hundred and twenty⏪ trucks", kind: "cardinal", value: 120, unit: "trucks"),
    NumberCase(marked: "⏩a dozen⏪ eggs", kind: "cardinal", value: 12, unit: "eggs"),
    NumberCase(marked: "⏩half⏪ of them", kind: "cardinal", value: 0.5),
    NumberCase(marked: "⏩a third⏪ of them", kind: "cardinal", value: 1.0 / 3),
    NumberCase(marked: "⏩two and a half million⏪", kind: "cardinal", value: 2_500_000),
    NumberCase(marked: "⏩two hundred forty sixths⏪", kind: "cardinal", value: 200.0 / 46),
    NumberCase(marked: "⏩hundreds⏪ of families", kind: "cardinal", value: 100, unit: "families", modifier: "approx"),
    // Ordinals.
    NumberCase(marked: "the ⏩second⏪ phase", kind: "ordinal", value: 2, unit: "phase"),
    NumberCase(marked: "the ⏩3rd⏪ round", kind: "ordinal", value: 3, unit: "round"),
    NumberCase(marked: "the ⏩twenty-first⏪ century", kind: "ordinal", value: 21, unit: "century"),
    // Percent.
    NumberCase(marked: "up ⏩4.5%⏪", kind: "percent", value: 4.5, unit: "%"),
    NumberCase(marked: "up ⏩12 percent⏪", kind: "percent", value: 12, unit: "%"),
    NumberCase(marked: "up ⏩12 per cent⏪", kind: "percent", value: 12, unit: "%"),
    NumberCase(marked: "⏩0.5 percentage points⏪", kind: "percent", value: 0.5, unit: "percentage point"),
    // Money.
    NumberCase(marked: "a ⏩$3 billion⏪ loan", kind: "money", value: 3e9, unit: "USD"),
    NumberCase(marked: "⏩US$ 40⏪", kind: "money", value: 40, unit: "USD"),
    NumberCase(marked: "⏩€200m⏪ in aid", kind: "money", value: 2e8, unit: "EUR"),
    NumberCase(marked: "⏩£5⏪ a head", kind: "money", value: 5, unit: "GBP"),
    NumberCase(marked: "⏩¥300⏪", kind: "money", value: 300, unit: "JPY"),
    NumberCase(marked: "⏩2bn euros⏪", kind: "money", value: 2e9, unit: "EUR"),
    NumberCase(marked: "⏩500 dollars⏪", kind: "money", value: 500, unit: "USD"),
    NumberCase(marked: "⏩EUR 125⏪", kind: "money", value: 125, unit: "EUR"),
    // Quantities.
    NumberCase(marked: "⏩80 km⏪ south", kind: "quantity", value: 80, unit: "km"),
    NumberCase(marked: "⏩12 kg⏪", kind: "quantity", value: 12, unit: "kg"),
    NumberCase(marked: "⏩3 tonnes⏪", kind: "quantity", value: 3, unit: "t"),
    NumberCase(marked: "⏩2 million barrels⏪", kind: "quantity", value: 2e6, unit: "barrel"),
    NumberCase(marked: "⏩45 degrees Celsius⏪", kind: "quantity", value: 45, unit: "°C"),
    NumberCase(marked: "⏩1,000 hectares⏪", kind: "quantity", value: 1000, unit: "ha"),
    NumberCase(marked: "⏩26 miles⏪", kind: "quantity", value: 26, unit: "mile"),
    // Compounds.
    NumberCase(marked: "a ⏩42-day⏪ truce", kind: "cardinal", value: 42, unit: "day"),
    NumberCase(marked: "a ⏩10-year⏪-old boy", kind: "cardinal", value: 10, unit: "year"),
    // Modifiers.
    NumberCase(marked: "more than ⏩15⏪ months", kind: "cardinal", value: 15, unit: "months", modifier: "more_than"),
    NumberCase(marked: "over ⏩200⏪ people", kind: "cardinal", value: 200, unit: "people", modifier: "more_than"),
    NumberCase(marked: "about ⏩50⏪ cars", kind: "cardinal", value: 50, unit: "cars", modifier: "approx"),
    NumberCase(marked: "nearly ⏩90⏪ boats", kind: "cardinal", value: 90, unit: "boats", modifier: "less_than"),
    NumberCase(marked: "at least ⏩7⏪ men", kind: "cardinal", value: 7, unit: "men", modifier: "at_least"),
    NumberCase(marked: "up to ⏩30⏪ days", kind: "cardinal", value: 30, unit: "days", modifier: "at_most"),
    NumberCase(marked: "fewer than ⏩10⏪ votes", kind: "cardinal", value: 10, unit: "votes", modifier: "less_than"),
    // Ranges.
    NumberCase(marked: "⏩10 to 15⏪ people", kind: "cardinal", value: 10, valueMax: 15, unit: "people"),
    NumberCase(marked: "⏩10-15⏪ people", kind: "cardinal", value: 10, valueMax: 15, unit: "people"),
    NumberCase(marked: "between ⏩10 and 15⏪ people", kind: "cardinal", value: 10, valueMax: 15, unit: "people"),
    NumberCase(marked: "⏩$1-2 million⏪", kind: "money", value: 1e6, valueMax: 2e6, unit: "USD"),
    // Events.
    NumberCase(marked: "to release a total of ⏩33⏪ hostages", kind: "cardinal", value: 33, unit: "hostages", event: "release"),
    NumberCase(marked: "the release of ⏩1900⏪ Palestinians", kind: "cardinal", value: 1900, unit: "Palestinians", event: "release"),
    NumberCase(marked: "So far, ⏩18⏪ hostages have been released.", kind: "cardinal", value: 18, unit: "hostages", event: "release"),
    NumberCase(marked: "The blast killed ⏩9⏪ people.", kind: "cardinal", value: 9, unit: "people", event: "kill"),
    NumberCase(marked: "⏩40⏪ were wounded", kind: "cardinal", value: 40, event: "injure"),
    NumberCase(marked: "⏩2,000⏪ residents were evacuated", kind: "cardinal", value: 2000, unit: "residents", event: "evacuate"),
    // Each count takes the cue of its own clause.
    NumberCase(marked: "At least ⏩two⏪ people were killed and 14 were injured.", kind: "cardinal", value: 2, unit: "people", modifier: "at_least", event: "kill"),
    NumberCase(marked: "At least two people were killed and ⏩14⏪ were injured.", kind: "cardinal", value: 14, event: "injure"),
    NumberCase(marked: "Troops killed ⏩4⏪ and wounded 9.", kind: "cardinal", value: 4, event: "kill"),
    NumberCase(marked: "Troops killed 4 and wounded ⏩9⏪.", kind: "cardinal", value: 9, event: "injure"),
    NumberCase(marked: "the release of 33 hostages and ⏩90⏪ prisoners", kind: "cardinal", value: 90, unit: "prisoners", event: "release"),
    NumberCase(marked: "freed 33 hostages, 20 women and ⏩90⏪ prisoners", kind: "cardinal", value: 90, unit: "prisoners", event: "release"),
    NumberCase(marked: "⏩1,200⏪ soldiers and 85 trucks were sent", kind: "cardinal", value: 1200, unit: "soldiers"),
    NumberCase(marked: "The death toll rose to ⏩30⏪.", kind: "cardinal", value: 30, event: "kill"),
    NumberCase(marked: "⏩11⏪ people died", kind: "cardinal", value: 11, unit: "people", event: "kill"),
    NumberCase(marked: "⏩12⏪ people are still missing", kind: "cardinal", value: 12, unit: "people", event: "missing"),
    NumberCase(marked: "the arrest of ⏩12⏪ men", kind: "cardinal", value: 12, unit: "men", event: "arrest"),
    NumberCase(marked: "ordered to evacuate ⏩500⏪ homes", kind: "cardinal", value: 500, unit: "homes", event: "evacuate"),
    NumberCase(marked: "⏩300⏪ families were displaced", kind: "cardinal", value: 300, unit: "families", event: "displace"),
    NumberCase(marked: "⏩three⏪ injured soldiers", kind: "cardinal", value: 3, unit: "soldiers", event: "injure"),
    // What is counted: the head noun, with noun compounds, without adjectives.
    NumberCase(marked: "⏩60⏪ fire engines and", kind: "cardinal", value: 60, unit: "fire engines"),
    NumberCase(marked: "a cut of ⏩25⏪ basis points", kind: "cardinal", value: 25, unit: "basis points"),
    NumberCase(marked: "⏩nine⏪ water-dropping aircraft were sent", kind: "cardinal", value: 9, unit: "aircraft"),
    NumberCase(marked: "for a ⏩second⏪ consecutive year", kind: "ordinal", value: 2, unit: "year"),
    NumberCase(marked: "freed ⏩33⏪ Israeli hostages", kind: "cardinal", value: 33, unit: "hostages", event: "release"),
    NumberCase(marked: "the ⏩first⏪ French president to win", kind: "ordinal", value: 1, unit: "president"),
    NumberCase(marked: "⏩three⏪ police officers", kind: "cardinal", value: 3, unit: "police officers"),
    NumberCase(marked: "⏩two⏪ more hostages", kind: "cardinal", value: 2, unit: "hostages"),
    NumberCase(marked: "⏩five⏪ armed men", kind: "cardinal", value: 5, unit: "men"),
    NumberCase(marked: "⏩two⏪ days needs two weeks", kind: "cardinal", value: 2, unit: "days"),
    NumberCase(marked: "the ⏩first⏪ truck came round", kind: "ordinal", value: 1, unit: "truck"),
    NumberCase(marked: "⏩1900⏪ Palestinians from prisons", kind: "cardinal", value: 1900, unit: "Palestinians"),
    NumberCase(marked: "Israel freed ⏩2,000⏪ Palestinian prisoners", kind: "cardinal", value: 2000, unit: "prisoners", event: "release"),
    NumberCase(marked: "⏩two⏪ killed", kind: "cardinal", value: 2, event: "kill"),
    NumberCase(marked: "has ⏩8.25 million⏪ common shares", kind: "cardinal", value: 8_250_000, unit: "common shares"),
    NumberCase(marked: "Leeds ⏩2⏪ Falkirk 0", kind: "cardinal", value: 2),
    NumberCase(marked: "sent ⏩2000⏪ more troops", kind: "cardinal", value: 2000, unit: "troops"),
    // An article and an ordinal: an ordinal before a noun, else a fraction.
    NumberCase(marked: "battled the fire for a ⏩fifth⏪ day", kind: "ordinal", value: 5, unit: "day"),
    NumberCase(marked: "⏩a fifth⏪ of voters", kind: "cardinal", value: 0.2),
    NumberCase(marked: "down by ⏩a third⏪.", kind: "cardinal", value: 1.0 / 3),
    // Ages.
    NumberCase(marked: "said Maria Papadaki, ⏩54⏪, who runs a bakery", kind: "cardinal", value: 54, unit: "years"),
    NumberCase(marked: "Emmanuel Macron (⏩44⏪) won", kind: "cardinal", value: 44, unit: "years"),
    NumberCase(marked: "a man aged ⏩54⏪", kind: "cardinal", value: 54, unit: "years"),
    NumberCase(marked: "In Paris, ⏩44⏪ people voted", kind: "cardinal", value: 44, unit: "people"),
    // "over" before time units is "during".
    NumberCase(marked: "a 7% raise over ⏩two⏪ years", kind: "cardinal", value: 2, unit: "years"),
    NumberCase(marked: "for over ⏩two⏪ years", kind: "cardinal", value: 2, unit: "years", modifier: "more_than"),
    // A day of a month list is a date; a count after a date is a count.
    NumberCase(marked: "On June 5, ⏩12⏪ people died", kind: "cardinal", value: 12, unit: "people", event: "kill"),
    // A possessive standing apart, as in text tokenized word by word, is no counted noun.
    NumberCase(marked: "Leith ⏩31⏪ Stewart 's XV 12", kind: "cardinal", value: 31, unit: nil),
  ]

  @Test(arguments: cases)
  func mention(_ expected: NumberCase) {
    let marked = MarkedText(expected.marked)
    let (_, mentions) = NumberTestSupport.numbers(marked.text)
    let found = mentions.first { $0.span.start == marked.span.start && $0.span.end == marked.span.end }
    guard let found else {
      Issue.record("no mention ⏩\(marked.span.text)⏪ in \(mentions.map(\.span.text))")
      return
    }
    #expect(found.kind == expected.kind)
    if let value = expected.value, let got = found.value {
      #expect(abs(got - value) <= 1e-9 * max(1, abs(value)), "value \(got), wanted \(value)")
    } else {
      #expect(found.value == expected.value)
    }
    #expect(found.valueMax == expected.valueMax)
    #expect(found.unit == expected.unit)
    #expect(found.modifier == expected.modifier)
    #expect(found.event == expected.event)
    #expect(found.rule != nil)
  }

  /// Numbers that are no count: each input gives no number at all.
  @Test(arguments: [
    "Call 555-1234 today.",
    "Call +1-222-333-4444 today.",
    "Call +44 20 7946 0958 today.",
    "Call 0800 555 0199 today.",
    "Install version 2.1.3 now.",
    "The server is at 192.168.1.2 now.",
    "United won 3-1 on Sunday.",
    "See page 12 of the report.",
    "Read section 4 again.",
    "We met at 10:30 today.",
    "We met at 6pm today.",
    "It was founded in 1998.",
    "That 1983 treaty calls for calm.",
    "The 2027 Regional Games were postponed.",
    "The 1990s were calm.",
    "F-16 jets flew over.",
    "That one is good.",
    "Talks began on January 19.",
    "Talks began on 19 January.",
    "1) Keep calm.",
    "Voting takes place on June 12 and 19.",
    "Voting takes place on 12 and 19 June.",
  ])
  func notACount(_ text: String) {
    let (_, mentions) = NumberTestSupport.numbers(text)
    #expect(mentions.isEmpty, "\(mentions.map(\.span.text))")
  }

  @Test func numbersInsideDatesAreLeftOut() {
    let text = "The ceasefire began on the 19th and lasted 42 days."
    let dates = [NumberTestSupport.date("the 19th", in: text)]
    let (_, mentions) = NumberTestSupport.numbers(text, dates: dates)
    #expect(mentions.map(\.span.text) == ["42"])
    let (_, without) = NumberTestSupport.numbers(text)
    #expect(without.map(\.span.text) == ["19th", "42"])
  }

  @Test func aYearMarkedAsDateStillCountsBeforeAPluralNoun() {
    let text = "Israel freed 1900 Palestinians."
    let (_, mentions) = NumberTestSupport.numbers(text, dates: [NumberTestSupport.date("1900", in: text)])
    #expect(mentions.map(\.span.text) == ["1900"])
  }

  @Test func agesAreMarkedByTheirRule() {
    let (_, mentions) = NumberTestSupport.numbers("Macron, 44, is the first French president to win twice.")
    #expect(mentions.map(\.rule) == ["cardinal.age", "ordinal"])
  }

  @Test func commaListsAreSeveralNumbers() {
    let (_, mentions) = NumberTestSupport.numbers("Problems 14,17,19,23 are due.")
    #expect(mentions.map(\.span.text) == ["14", "17", "19", "23"])
    #expect(mentions.map(\.value) == [14, 17, 19, 23])
  }

  @Test func offsetsAreUnicodeScalars() {
    let text = "Café prices rose 5 % in Zürich, to €3.20."
    let (_, mentions) = NumberTestSupport.numbers(text)
    for mention in mentions {
      #expect(scalarSlice(text, mention.span.start, mention.span.end) == mention.span.text)
    }
    #expect(mentions.map(\.span.text) == ["5 %", "€3.20"])
  }

  @Test func theReferenceArticle() throws {
    let root = TestSupport.root.deletingLastPathComponent().appendingPathComponent("shared/articles/fragile-peace.txt")
    guard let content = try? String(contentsOf: root, encoding: .utf8) else { return }
    let record = TestSupport.record(content)
    let found = record.numbers.map { "\($0.span.text)|\($0.value ?? -1)|\($0.unit ?? "-")|\($0.modifier ?? "-")|\($0.event ?? "-")" }
    for wanted in [
      "33|33.0|hostages|-|release", "1900|1900.0|Palestinians|-|release", "18|18.0|hostages|-|release",
      "15|15.0|months|more_than|-", "six|6.0|weeks|-|-", "42-day|42.0|day|-|-", "first|1.0|phase|-|-",
      "second|2.0|phase|-|-",
    ] {
      #expect(found.contains(wanted), "\(wanted) not in \(found)")
    }
  }
}
