import Foundation
import Gleaner
import GleanerCore
import Testing

/// The golden files in Fixtures/, and the offset invariant on every mention.
@Suite struct FixtureTests {
  static let tester = FixtureTester(pipeline: TestSupport.pipeline, folder: TestSupport.root.appendingPathComponent("Fixtures"))
  static let names = (try? tester.articles()) ?? []

  @Test func thereAreFixtures() {
    #expect(Self.names.count >= 6)
    #expect(Self.names.contains("fragile-peace.txt"))
  }

  @Test(arguments: names)
  func recordMatchesItsGoldenFile(_ name: String) throws {
    let results = try Self.tester.run().filter { $0.name == name }
    let result = try #require(results.first)
    #expect(result.diff == nil, "\(name) differs from its .expected.json (gleaner test --update to accept):\n\(result.diff ?? "")")
  }

  @Test(arguments: names)
  func everyMentionSlicesTheText(_ name: String) throws {
    let json = Self.tester.actualRecord(name)
    let record = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
    let text = try #require(record["text"] as? String)
    var mentions: [[String: Any]] = []
    for field in ["dates", "numbers", "quotes"] {
      mentions += record[field] as? [[String: Any]] ?? []
    }
    for quote in record["quotes"] as? [[String: Any]] ?? [] {
      mentions += quote["parts"] as? [[String: Any]] ?? []
      if let speaker = quote["speaker_mention"] as? [String: Any] { mentions.append(speaker) }
    }
    for actor in record["actors"] as? [[String: Any]] ?? [] {
      mentions += actor["mentions"] as? [[String: Any]] ?? []
    }
    for mention in mentions {
      let start = (mention["start"] as? NSNumber)?.intValue ?? -1
      let end = (mention["end"] as? NSNumber)?.intValue ?? -1
      #expect(scalarSlice(text, start, end) == mention["text"] as? String, "\(name): \(mention)")
    }
  }
}
