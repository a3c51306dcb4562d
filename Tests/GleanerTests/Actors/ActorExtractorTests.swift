import Foundation
import Gleaner
import GleanerActors
import GleanerCore
import Testing

/// The actors of a text, by canonical name.
private func actors(_ text: String) -> [String: Actor] {
  let record = TestSupport.record(text)
  return Dictionary(record.actors.map { ($0.name, $0) }, uniquingKeysWith: { first, _ in first })
}

private func mentionTexts(_ actor: Actor?) -> [String] {
  actor?.mentions.map(\.span.text) ?? []
}

@Suite struct ActorGazetteerTests {
  @Test func countriesGetCanonicalNamesCodesAndShortForms() {
    let found = actors("Envoys from the USA, the U.S. and Egypt met in Qatar. The US agreed.")
    let us = found["United States"]
    #expect(us?.type == "country")
    #expect(us?.code == "US")
    #expect(mentionTexts(us) == ["USA", "U.S.", "US"])
    #expect(found["Egypt"]?.code == "EG")
    #expect(found["Qatar"]?.code == "QA")
  }

  @Test func acronymsInCapitalsOnly() {
    let found = actors("The WHO warned that nobody knew who would pay.")
    #expect(found["World Health Organization"]?.mentions.count == 1)
  }

  @Test func citiesAndOrganizations() {
    let found = actors("Officials of the International Monetary Fund arrived in Nairobi on Monday.")
    #expect(found["International Monetary Fund"]?.type == "organization")
    #expect(found["Nairobi"]?.type == "location")
  }

  @Test func namesEndingInAPossessiveAreWhole() {
    let found = actors("Shares of Lowe's rose. Officials met in St. John's on Friday.")
    #expect(mentionTexts(found["Lowe's"]) == ["Lowe's"])
    #expect(found["St. John's"]?.type == "location")
    // the firm's name is a person's possessive once the article names the person
    let person = actors("Ann Campbell paints. Her work sells well, says Campbell's agent.")
    #expect(found["Campbell's"] == nil && person["Campbell's"] == nil)
    #expect(person["Ann Campbell"]?.type == "person")
  }

  @Test func theWordAfterADatelineOpensASentence() {
    let found = actors("DOHA, Qatar (AP) — Negotiators resumed talks on Sunday.")
    #expect(found["Negotiators"] == nil)
    #expect(found["Doha"]?.type == "location")
  }

  @Test func stormsAndTheirNamesAreNoActors() {
    let found = actors("Hurricane Delia strengthened on Saturday. Forecasters said Delia could reach the coast.")
    #expect(found.isEmpty, "\(found.keys.sorted())")
  }

  @Test func aSurnameTwoPersonsShareIsTheFirstOnes() {
    let found = actors("Margaret Ellison died on Saturday. Later, Ellison studied physics. Her husband, Paul Ellison, died in 2011.")
    #expect(mentionTexts(found["Margaret Ellison"]) == ["Margaret Ellison", "Ellison"])
    #expect(mentionTexts(found["Paul Ellison"]) == ["Paul Ellison"])
    #expect(found["Ellison"] == nil)
  }

  @Test func givenNamesJoinedByAHyphen() {
    #expect(actors("Officials said Karl-Anthony Towns had left.")["Karl-Anthony Towns"]?.type == "person")
    // a span of months is no given name
    #expect(actors("Officials said Feb-June car sales rose.")["Feb-June"]?.type != "person")
  }

  @Test func clubNicknamesOnlyInSportsReports() {
    let sports = actors(
      "Basketball: the Heat beat the Knicks 101-99 in the league match, their third win of the season.")
    #expect(sports["Miami Heat"]?.type == "organization")
    #expect(sports["New York Knicks"]?.type == "organization")
    let weather = actors("The Heat was too much for the crowds in Madrid.")
    #expect(weather["Miami Heat"] == nil)
    #expect(weather["Madrid"]?.type == "location")
  }

  @Test func mentionSpansAreRecordOffsets() {
    let marked = MarkedText("Talks resumed in ⏩Gaza⏪ after a pause.")
    let record = TestSupport.record(marked.text)
    let mention = record.actors.flatMap(\.mentions).first { $0.span.text == "Gaza" }
    #expect(mention?.span == marked.span)
    #expect(scalarSlice(marked.text, mention?.span.start ?? 0, mention?.span.end ?? 0) == "Gaza")
  }
}

@Suite struct ActorPatternTests {
  @Test func titleBeforeNameGivesPersonAndRole() {
    let found = actors("Yesterday Danish Prime Minister Henrik Moller Sand met reporters.")
    let person = found["Henrik Moller Sand"]
    #expect(person?.type == "person")
    #expect(person?.roles == ["Danish Prime Minister"])
  }

  @Test func lowerCaseRoleWithItsBody() {
    let found = actors("The talks have begun, said Hamas spokesman Karim Yusuf al-Nadi on Tuesday.")
    let person = found["Karim Yusuf al-Nadi"]
    #expect(person?.type == "person")
    #expect(person?.roles == ["Hamas spokesman"])
    #expect(found["Hamas"]?.type == "organization")
  }

  @Test func appositionGivesRole() {
    let found = actors("He spoke to Lena Brandt, the trade envoy, in the morning.")
    #expect(found["Lena Brandt"]?.type == "person")
    #expect(found["Lena Brandt"]?.roles == ["trade envoy"])
  }

  @Test func organizationCues() {
    let found = actors("Shares of Varnholt Holdings fell after the Ministry of Fisheries spoke.")
    #expect(found["Varnholt Holdings"]?.type == "organization")
    #expect(found["Ministry of Fisheries"]?.type == "organization")
  }

  @Test func givenNameMakesPerson() {
    let found = actors("The report was written by Margaret Oyelaran last year.")
    #expect(found["Margaret Oyelaran"]?.type == "person")
  }

  @Test func groupsAndPluralDemonyms() {
    let found = actors("Thousands of Palestinians returned while protesters gathered.")
    #expect(found["Palestinians"]?.type == "group")
    #expect(found["protesters"]?.type == "group")
  }
}

@Suite struct ActorCoreferenceTests {
  @Test func surnameJoinsFullName() {
    let found = actors("Finance Minister Tomas Varga spoke first. Later Varga left the room.")
    #expect(mentionTexts(found["Tomas Varga"]) == ["Tomas Varga", "Varga"])
    #expect(found["Varga"] == nil)
  }

  @Test func acronymDefinedInText() {
    let found = actors(
      "The Nordic Fisheries Authority (NFA) issued quotas. Boats ignored the NFA rules.")
    let body = found["Nordic Fisheries Authority"]
    #expect(body?.type == "organization")
    #expect(mentionTexts(body) == ["Nordic Fisheries Authority", "NFA", "NFA"])
  }

  @Test func personsAcronymSpellsInitials() {
    let found = actors("President John F. Kennedy (JFK) spoke. JFK said no.")
    #expect(mentionTexts(found["John F. Kennedy"]) == ["John F. Kennedy", "JFK", "JFK"])
    // a country code after a runner in a results list is no name of the runner
    let results = actors("ATHLETICS - RESULTS .\n1. Frankie Fredericks ( NAM ) 19.68\n2. Ato Boldon ( TRI ) 19.80")
    #expect(mentionTexts(results["Frankie Fredericks"]) == ["Frankie Fredericks"])
    #expect(mentionTexts(results["Ato Boldon"]) == ["Ato Boldon"])
  }

  @Test func demonymWithGovernmentMentionsCountry() {
    let found = actors("Talks with Israel went on, but the Israeli government said little.")
    #expect(mentionTexts(found["Israel"]) == ["Israel", "Israeli"])
  }

  @Test func definiteDescriptionRefersBack() {
    let found = actors(
      "\"We are ready,\" said Hamas spokesman Karim Yusuf al-Nadi. The aid is late, the Hamas spokesman added.")
    #expect(mentionTexts(found["Karim Yusuf al-Nadi"]) == ["Karim Yusuf al-Nadi", "the Hamas spokesman"])
  }

  @Test func capitalAsGovernmentJoinsCountry() {
    let found = actors("The United States imposed tariffs. Washington said more would follow.")
    #expect(mentionTexts(found["United States"]) == ["United States", "Washington"])
  }
}

@Suite struct ActorFalsePositiveTests {
  @Test func sentenceInitialWordsAreNoActors() {
    let record = TestSupport.record("Following the talks, nothing changed. Earlier, it rained. So far so good.")
    #expect(record.actors.isEmpty)
  }

  @Test func headlineInCapitalsOnlyRepeatsKnownNames() {
    let record = TestSupport.record(
      "TALKS STALL AS RAIN FALLS ON OSLO\nDelegates met in Oslo on Friday while Jonas Berg waited.")
    let names = record.actors.map(\.name).sorted()
    #expect(names == ["Jonas Berg", "Oslo"])
    #expect(record.actors.first { $0.name == "Oslo" }?.mentions.count == 2)
  }

  @Test func monthsWeekdaysAndAdjectivesAreNoActors() {
    let record = TestSupport.record("On Monday in March the radical Islamic group met.")
    #expect(record.actors.isEmpty)
  }
}

@Suite struct ActorRuleTests {
  @Test func rulesLoadFast() throws {
    let rules = TestSupport.rules
    let clock = ContinuousClock()
    let elapsed = try clock.measure { _ = try ActorExtractor(rules: rules, language: "en") }
    // A sanity bound, not a benchmark: debug builds on a shared machine are slow.
    #expect(elapsed < .seconds(2))
  }

  @Test func invalidRulesNameFileAndLine() {
    let content = """
      @gazetteer people
      Ann Example => "Ann Example"
      @gazetteer things type=thing
      widget
      @gazetteer country type=country
      Atlantis => Atlantis
      @list demonym
      Atlantean => ZZ
      @list state-abbreviation
      atl. => Atlantis
      """
    do {
      let rules = try RuleSet(sources: [("en/actors/bad.rules", content)])
      _ = try ActorExtractor(rules: rules, language: "en")
      Issue.record("invalid rules loaded")
    } catch let error as RuleErrors {
      let lines = error.errors.map(\.description)
      #expect(lines.contains { $0.hasPrefix("en/actors/bad.rules:1:") && $0.contains("type=") })
      #expect(lines.contains { $0.hasPrefix("en/actors/bad.rules:3:") && $0.contains("unknown actor type") })
      #expect(lines.contains { $0.hasPrefix("en/actors/bad.rules:6:") && $0.contains("code=") })
      #expect(lines.contains { $0.hasPrefix("en/actors/bad.rules:8:") && $0.contains("demonym") })
      #expect(lines.contains { $0.hasPrefix("en/actors/bad.rules:10:") && $0.contains("no place of the gazetteers") })
    } catch {
      Issue.record("unexpected error \(error)")
    }
  }
}

@Suite struct FragilePeaceActorTests {
  @Test func everyActorWithItsMentions() throws {
    let url = TestSupport.root.appendingPathComponent("../shared/articles/fragile-peace.txt")
    guard let data = FileManager.default.contents(atPath: url.path) else { return }
    let record = try TestSupport.pipeline.record(
      for: RawDocument(id: "fragile-peace.txt", source: "fragile-peace.txt", format: .text, bytes: Array(data)))
    let found = Dictionary(record.actors.map { ($0.name, $0) }, uniquingKeysWith: { a, _ in a })
    #expect(found["Hamas"]?.type == "organization")
    #expect(found["Israel"]?.code == "IL")
    #expect(found["Benjamin Netanyahu"]?.roles.contains("Israeli Prime Minister") == true)
    #expect(mentionTexts(found["Benjamin Netanyahu"]).contains("Netanyahu"))
    #expect(found["Donald Trump"]?.roles.contains("US President") == true)
    #expect(mentionTexts(found["Adel Latif al-Kanu"]).contains("the Hamas spokesman"))
    #expect(found["Adel Latif al-Kanu"]?.roles == ["Hamas spokesman"])
    #expect(found["Mike Waltz"]?.roles == ["National Security Advisor"])
    #expect(found["Steve Witkoff"]?.roles == ["Middle East Special Envoy"])
    #expect(Set(mentionTexts(found["United States"])) == ["US", "USA"])
    #expect(found["Qatar"]?.type == "country")
    #expect(found["Egypt"]?.type == "country")
    #expect(found["Gaza Strip"]?.type == "location")
    #expect(found["Palestinians"]?.type == "group")
    for actor in record.actors {
      for mention in actor.mentions {
        #expect(scalarSlice(record.text, mention.span.start, mention.span.end) == mention.span.text)
      }
    }
  }
}
