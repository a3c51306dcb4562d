import Gleaner
import GleanerCore
import Testing

/// The actors of a text, by canonical name.
private func actors(_ text: String) -> [String: Actor] {
  let record = TestSupport.record(text)
  return Dictionary(record.actors.map { ($0.name, $0) }, uniquingKeysWith: { first, _ in first })
}

@Suite struct ActorAppositionTests {
  @Test func roleAfterTheNameDropsPossessorAndPlace() {
    let found = actors("\"We will not move,\" said Tor Dalby, the union's chief negotiator in Gent. ")
    #expect(found["Tor Dalby"]?.type == "person")
    #expect(found["Tor Dalby"]?.roles == ["chief negotiator"])
  }

  @Test func roleAfterTheNameWithoutArticle() {
    let found = actors("Ola Brekke, chief executive of Norfisk, said prices rose.")
    #expect(found["Ola Brekke"]?.roles == ["chief executive"])
  }

  @Test func roleBeforeTheNameWithAComma() {
    let found = actors(
      "The Danish finance minister, Karl Holmqvist, warned of cuts. "
        + "Later the federation's director, Ina Varga, told reporters.")
    #expect(found["Karl Holmqvist"]?.roles == ["Danish finance minister"])
    #expect(found["Ina Varga"]?.roles == ["director"])
  }

  @Test func roleBeforeTheNameNeedsArticleAndClosedApposition() {
    let found = actors("After he met the coach, Pavel Orlik said nothing. As director, Ina Varga left.")
    #expect(found["Pavel Orlik"]?.roles == [])
    #expect(found["Ina Varga"]?.roles == [])
  }

  @Test func bodyNounBeforeTheNameWithAComma() {
    let found = actors("The employers' federation, Havmark, refused. Ruiz's party, La Nation en Marche, won.")
    #expect(found["Havmark"]?.type == "organization")
    #expect(found["La Nation en Marche"]?.type == "organization")
  }
}

@Suite struct ActorParticleTests {
  @Test func particlesOfOtherLanguagesStayInsideNames() {
    let found = actors(
      "Members of La Nation en Marche met Ludwig van der Berg and Juan Ramon y Calvo in Paris.")
    #expect(found["La Nation en Marche"] != nil)
    #expect(found["Ludwig van der Berg"]?.type == "person")
    #expect(found["Juan Ramon y Calvo"]?.type == "person")
    #expect(found["Marche"] == nil)
  }

  @Test func lowerCaseParticleNeedsACapitalAfterIt() {
    let found = actors("Talks in Paris en route to Rome were short.")
    #expect(found["Paris"]?.mentions.count == 1)
    #expect(found["Rome"]?.mentions.count == 1)
  }
}

@Suite struct ActorReferenceTests {
  @Test func definiteNounRefersToTheOneFittingActor() {
    let found = actors(
      "Rates at the Baltic Central Bank held. Growth, the bank said, would slow. "
        + "The employers' federation, Havmark, refused. The federation's director left.")
    let bank = found["Baltic Central Bank"]
    #expect(bank?.references.map(\.span.text) == ["the bank"])
    #expect(bank?.references.first?.rule == "actors.reference")
    #expect(bank?.mentions.map(\.span.text) == ["Baltic Central Bank"])
    #expect(found["Havmark"]?.references.map(\.span.text) == ["The federation"])
  }

  @Test func twoFittingActorsMeanNoReference() {
    let found = actors(
      "The Baltic Central Bank and Nordmark Bank disagreed. The bank said rates would rise.")
    #expect(found["Baltic Central Bank"]?.references == [])
    #expect(found["Nordmark Bank"]?.references == [])
  }

  @Test func personReferenceByRoleAndOnlyAfterTheName() {
    let found = actors(
      "The president said little. President Lena Moravec arrived. Later the president said more.")
    #expect(found["Lena Moravec"]?.references.map(\.span.text) == ["the president"])
  }

  @Test func compoundNounsAreNoReferences() {
    let found = actors("Rates at the Baltic Central Bank held. The bank account was empty.")
    #expect(found["Baltic Central Bank"]?.references == [])
  }
}

/// The type of the actor that has a mention written `span`.
private func type(of span: String, in text: String) -> String? {
  TestSupport.record(text).actors.first { $0.mentions.contains { $0.span.text == span } }?.type
}

@Suite struct ActorPersonCueTests {
  @Test func agesAndKinshipMakePersons() {
    let text = "Tavoletti, 57, retired. The 20-year-old Kimbrough won. He came with his wife Orla Brennick."
    #expect(type(of: "Tavoletti", in: text) == "person")
    #expect(type(of: "Kimbrough", in: text) == "person")
    #expect(type(of: "Orla Brennick", in: text) == "person")
  }

  @Test func scorecardsAndScorersInSportsReports() {
    let text = """
      CRICKET - TEST SCORES .
      J. Ardley c Pellow b Winslade 31
      SOCCER - LEAGUE RESULTS .
      Brackley 2 ( Dunmore 56th ) Harwell 0
      """
    #expect(type(of: "J. Ardley", in: text) == "person")
    #expect(type(of: "Pellow", in: text) == "person")
    #expect(type(of: "Winslade", in: text) == "person")
    #expect(type(of: "Dunmore", in: text) == "person")
  }

  @Test func countryInBracketsMakesAnAthlete() {
    let text = "SQUASH - RESULTS .\nResults : Tarvin Field ( Britain ) beat Omar Haddi ( Egypt ) 15-9 ."
    #expect(type(of: "Tarvin Field", in: text) == "person")
  }

  @Test func acronymOpeningASportsSlugIsAnOrganization() {
    #expect(type(of: "KVBL", in: "KVBL BASKETBALL - RESULTS\nResults on Friday .") == "organization")
    #expect(TestSupport.record("RUGBY UNION - RESULTS\nResults on Friday .").actors.isEmpty)
  }
}
