import Foundation
import Gleaner
import GleanerCore
import GleanerLoad
import GleanerMarkup
import Testing

/// Inputs that crashed a fuzz target (`scripts/fuzz.sh`), kept in
/// `Tests/Support/fuzz-crashes/TARGET-what`: each must now go through its
/// entry point without a crash.
@Suite struct FuzzRegressionTests {
  static let folder = TestSupport.root.appendingPathComponent("Tests/Support/fuzz-crashes")

  static var crashes: [String] {
    ((try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []).sorted()
  }

  @Test(arguments: crashes) func aCrashingInputNoLongerCrashes(_ name: String) throws {
    let bytes = [UInt8](try Data(contentsOf: Self.folder.appendingPathComponent(name)))
    let target = name.split(separator: "-")[0]
    switch target {
    case "FuzzPipeline":
      // The first byte picks text or HTML, as in the fuzz target.
      let format: InputFormat = bytes.first.map { $0 & 1 == 0 ? .text : .html } ?? .text
      let document = RawDocument(id: name, source: name, format: format, bytes: Array(bytes.dropFirst()))
      _ = try? TestSupport.pipeline.record(for: document, defaultPublished: "2025-02-04")
    case "FuzzHTML":
      _ = try? HTMLReader.read(Array(bytes.dropFirst()), declaredCharset: nil, url: nil)
    case "FuzzText":
      _ = try? PlainTextReader.read(bytes)
    case "FuzzJSONL", "FuzzWARC", "FuzzLoad":
      let format: InputFormat = target == "FuzzJSONL" ? .jsonl : target == "FuzzWARC" ? .warc : .auto
      InputLoader(format: format, limits: LoadLimits(maxBytes: 4096)).load(bytes: bytes, source: name) { _ in }
    default:
      let document = RawDocument(id: name, source: name, format: .text, bytes: bytes)
      _ = try? TestSupport.pipeline.record(for: document, defaultPublished: "2025-02-04")
    }
  }

  /// The reference article cut after every word, as a truncated feed item ends: each cut
  /// goes through, and every mention of its record lies inside the cut's text ("... said
  /// that" at the very end had read a token past it).
  @Test func everyWordCutOfTheReferenceArticleGoesThrough() throws {
    let url = TestSupport.root.appendingPathComponent("Fixtures/fragile-peace.txt")
    let article = try String(contentsOf: url, encoding: .utf8)
    let cuts = article.indices.filter { article[$0] == " " }
    #expect(cuts.count > 300)
    for cut in cuts {
      let record = TestSupport.record(String(article[..<cut]))
      let length = record.text.unicodeScalars.count
      let ends = record.dates.map(\.span.end) + record.numbers.map(\.span.end) + record.quotes.map(\.span.end)
      #expect(ends.allSatisfy { $0 <= length })
    }
  }

  /// FuzzPipeline, 2 minutes: a date of 25 digits in `<time datetime>`
  /// overflowed `Int` in the metadata reader.
  @Test func aDateWithVeryLongDigitRunsIsIgnored() throws {
    let page = "<html><body><time datetime=\"date 2999999999999999999999022-04-25\">x</time>"
      + "<time datetime=\"99999999999999999999-01-01\">y</time><p>Talks resumed on Tuesday.</p></body></html>"
    let document = try HTMLReader.read(Array(page.utf8), declaredCharset: nil, url: nil)
    #expect(document.published == nil)
    #expect(document.blocks.map(\.text).contains("Talks resumed on Tuesday."))
  }
}
