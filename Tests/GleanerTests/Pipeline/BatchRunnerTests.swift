import Foundation
import Gleaner
import GleanerCore
import GleanerEmit
import GleanerLoad
import Testing

@Suite struct BatchRunnerTests {
  static func items(_ count: Int) -> [LoadedItem] {
    (0..<count).map { index in
      if index % 7 == 3 {
        return .failure(id: "bad-\(index)", source: "bad-\(index)", error: DocumentError(stage: "load", "broken"))
      }
      let format: InputFormat = index % 5 == 0 ? .html : .text
      let body = format == .html
        ? "<html><body><article><p>Article \(index) was published on Tuesday, the ministry said.</p></article></body></html>"
        : "date 2025-02-04 Article \(index)\nArticle \(index): talks resumed on Tuesday, officials said."
      return .document(RawDocument(id: "doc-\(index)", source: "doc-\(index)", format: format, bytes: Array(body.utf8)))
    }
  }

  static func ids(_ outcomes: [BatchRunner.Outcome]) -> [String] {
    outcomes.map { outcome in
      switch outcome {
      case .record(let line):
        let object = try? JSONSerialization.jsonObject(with: Data(line)) as? [String: Any]
        return object?["id"] as? String ?? "?"
      case .failure(let id, _, _): return id
      }
    }
  }

  @Test func keepsInputOrderAndEveryDocumentAcrossJobs() {
    let items = Self.items(200)
    let one = BatchRunner(pipeline: TestSupport.pipeline, jobs: 1, defaultPublished: nil, writer: RecordWriter())
    let four = BatchRunner(pipeline: TestSupport.pipeline, jobs: 4, defaultPublished: nil, writer: RecordWriter())
    let a = one.process(items)
    let b = four.process(items)
    #expect(a.count == 200)
    #expect(Self.ids(a) == Self.ids(b))
    #expect(Self.ids(a).first == "doc-0")
    #expect(Self.ids(a)[3] == "bad-3")
    // Same input, same bytes.
    let bytes = { (outcomes: [BatchRunner.Outcome]) -> [[UInt8]] in
      outcomes.map { if case .record(let line) = $0 { line } else { [] } }
    }
    #expect(bytes(a) == bytes(b))
  }

  @Test func streamsInBatchesAndCountsFailures() throws {
    let root = try InputLoaderTests.folder([
      "s.jsonl": Array(
        (0..<1000).map { i in
          i % 100 == 50 ? "{broken" : "{\"id\": \"d\(i)\", \"text\": \"Story \(i) on Tuesday.\"}"
        }.joined(separator: "\n").utf8)
    ])
    var runner = BatchRunner(pipeline: TestSupport.pipeline, jobs: 2, defaultPublished: "2025-02-04", writer: RecordWriter())
    runner.batchSize = 64
    var seen: [String] = []
    let summary = runner.run([root.appendingPathComponent("s.jsonl").path], loader: InputLoader()) { outcome in
      seen += Self.ids([outcome])
    }
    #expect(summary.documents == 1000)
    #expect(summary.failures == 10)
    #expect(seen.count == 1000)
    #expect(seen[0] == "d0")
    #expect(seen[999] == "d999")
  }
}
