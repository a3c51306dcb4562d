import Gleaner
import GleanerCore
import Testing

/// The actors of a text, by canonical name.
private func actors(_ text: String) -> [String: Actor] {
  let record = TestSupport.record(text)
  return Dictionary(record.actors.map { ($0.name, $0) }, uniquingKeysWith: { first, _ in first })
}

/// The type of the actor that has a mention written `span`.
private func type(of span: String, in text: String) -> String? {
  TestSupport.record(text).actors.first { $0.mentions.contains { $0.span.text == span } }?.type
}

@Suite struct ActorContextTests {
  @Test func datelinesNeedADateOrARegion() {
    let text = "Plant closes .\nKORVALLA , Mich .\n2001-03-02\nThe plant in Korvalla closed on Friday ."
    #expect(type(of: "KORVALLA", in: text) == "location")
    #expect(type(of: "Mich", in: text) == "location")
  }

  @Test func sportsTableRowsAreTeams() {
    let text = """
      SOCCER - LEAGUE STANDINGS .
      Standings after the weekend 's fixtures :
      Brackley Harriers 5 3 2 0 11 4 11
      Reading 5 1 2 2 6 8 5
      """
    #expect(type(of: "Brackley Harriers", in: text) == "organization")
    #expect(type(of: "Reading", in: text) == "organization")
    #expect(type(of: "Standings", in: text) == nil)
  }

  @Test func aClubsLastWordAloneIsTheClub() {
    let text = "SOCCER - LEAGUE .\nHarbor United beat Ashford City 2-1 . City had equalised . United host Rovers ."
    let clubs = actors(text)
    #expect(clubs["Harbor United"]?.mentions.map(\.span.text) == ["Harbor United", "United"])
    #expect(clubs["Ashford City"]?.mentions.map(\.span.text) == ["Ashford City", "City"])
    // two clubs ending in the word: neither takes it
    let shared = actors("SOCCER - LEAGUE .\nLeeds United and Harbor United drew . United fans sang .")
    #expect(shared["Leeds United"]?.mentions.count == 1)
    #expect(shared["Harbor United"]?.mentions.count == 1)
  }

  @Test func aPrizeNamedAfterAPersonIsNoMentionOfThem() {
    let people = actors("KESSLER AWARD GOES TO ROE .\nThe award is named after Dan Kessler .")
    #expect(people["Dan Kessler"]?.mentions.map(\.span.text) == ["Dan Kessler"])
    #expect(people["Kessler Award"] == nil)
  }

  @Test func placeNounsMakePlaces() {
    let text = "Fire reached the Greek island of Korvos and the villages of Alvarena, Sumaterra and "
      + "Benivall, five days after the Talvera river burst its banks."
    #expect(type(of: "Korvos", in: text) == "location")
    #expect(type(of: "Alvarena", in: text) == "location")
    #expect(type(of: "Benivall", in: text) == "location")
    #expect(type(of: "Talvera", in: text) == "location")
  }

  @Test func bodyNounBeforeNameMakesOrganization() {
    let text = "The strike was called by the Dutch union FNV Dokken and the aid group Secours Sociaux."
    #expect(type(of: "FNV Dokken", in: text) == "organization")
    #expect(type(of: "Secours Sociaux", in: text) == "organization")
  }

  @Test func tailOfAFullNameJoinsThePerson() {
    let found = actors("Voters backed challenger Marine De Vries on Sunday. De Vries conceded later.")
    #expect(found["Marine De Vries"]?.mentions.map(\.span.text) == ["Marine De Vries", "De Vries"])
  }

  @Test func sentenceStartKeepsGivenNamesAndTitles() {
    let text = "Results :\nMark Tavoletti ( Italy ) 20.96\nPrime Minister Kyra Annovi flew to the island ."
    #expect(type(of: "Mark Tavoletti", in: text) == "person")
    #expect(actors(text)["Kyra Annovi"]?.roles == ["Prime Minister"])
  }

  @Test func compoundAdjectivesAreNoNames() {
    let text = "The Ontario-based Valtrex said profits rose."
    #expect(type(of: "Ontario-based Valtrex", in: text) == nil)
    #expect(type(of: "Valtrex", in: text) != nil)
  }
}
