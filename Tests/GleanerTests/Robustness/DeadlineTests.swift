import Foundation
import Gleaner
import GleanerCore
import GleanerEmit
import GleanerLoad
import Testing

@Suite struct DeadlineTests {
  @Test func aDocumentOverItsBudgetFailsWithStageAndReason() {
    let text = String(repeating: "Talks resumed in Doha on Tuesday, said Ana Ruiz. ", count: 20_000)
    let outcome = Hostile.run(text, format: .text, timeout: 0.001)
    let error = outcome.error
    #expect(error?.reason == "took longer than 0.001 s (--timeout)")
    #expect(["markup", "text", "dates", "numbers", "actors", "quotes"].contains(error?.stage ?? ""))
  }

  @Test func aDeadlineThatHasNotPassedChangesNothing() throws {
    let text = "date 2025-02-04 Talks\nTalks resumed in Doha on Tuesday."
    let record = try #require(Hostile.run(text, format: .text, timeout: 60).record)
    let document = RawDocument(id: "hostile", source: "hostile", format: .text, bytes: Array(text.utf8))
    let plain = try TestSupport.pipeline.record(for: document, defaultPublished: "2025-02-04")
    #expect(RecordWriter().line(for: record) == RecordWriter().line(for: plain))
  }

  @Test func theBatchGoesOnAfterADocumentOverItsBudget() throws {
    let slow = String(repeating: "Talks resumed in Doha on Tuesday, said Ana Ruiz. ", count: 100_000)
    let items: [LoadedItem] = [
      .document(RawDocument(id: "slow", source: "slow", format: .text, bytes: Array(slow.utf8))),
      .document(RawDocument(id: "quick", source: "quick", format: .text, bytes: Array("Talks resumed.".utf8))),
    ]
    var runner = BatchRunner(pipeline: TestSupport.pipeline, jobs: 1, defaultPublished: nil, writer: RecordWriter())
    runner.documentTimeout = 0.5
    let outcomes = runner.process(items)
    #expect(outcomes.count == 2)
    guard case .failure(let id, _, let error) = outcomes[0] else {
      Issue.record("the 5 MB document should be over a 0.5 s budget")
      return
    }
    #expect(id == "slow")
    #expect(error.reason.contains("took longer than"))
    guard case .record = outcomes[1] else {
      Issue.record("the next document should go on")
      return
    }
  }

  @Test func deadlines() {
    #expect(!Deadline.never.hasPassed)
    #expect(Deadline(seconds: 0).hasPassed)
    #expect(!Deadline(seconds: 3600).hasPassed)
    #expect(Deadline(seconds: 30).expired("dates").description == "took longer than 30 s (--timeout)")
  }
}

