import Foundation
import GleanerCore
import GleanerEmit
import GleanerLoad

/// Runs the pipeline over a stream of loaded documents on several threads,
/// writing results in input order with bounded memory.
///
/// Documents are gathered into batches (at most `batchSize` documents or
/// `batchBytes` bytes), each batch is processed by `jobs` threads, and its
/// lines are written before the next batch is read.
public struct BatchRunner: Sendable {
  public var pipeline: Pipeline
  public var jobs: Int
  public var defaultPublished: String?
  public var writer: RecordWriter
  public var batchSize = 256
  public var batchBytes = 32 << 20
  public var timer: StageTimer?
  /// Seconds each document may take from markup to emit (`--timeout`); nil
  /// for no limit. Checked cooperatively between and inside the stages.
  public var documentTimeout: Double?

  /// What one run did.
  public struct Summary: Sendable {
    public var documents = 0
    public var failures = 0
    public var bytes = 0
  }

  /// The outcome of one document.
  public enum Outcome: Sendable {
    case record([UInt8])
    case failure(id: String, source: String, error: DocumentError)
  }

  public init(pipeline: Pipeline, jobs: Int, defaultPublished: String?, writer: RecordWriter) {
    self.pipeline = pipeline
    self.jobs = max(1, jobs)
    self.defaultPublished = defaultPublished
    self.writer = writer
  }

  /// Loads `inputs` with `loader` and hands each document's outcome to
  /// `output`, in input order.
  public func run(
    _ inputs: [String], loader: InputLoader, output: (Outcome) -> Void
  ) -> Summary {
    var summary = Summary()
    var batch: [LoadedItem] = []
    var batchBytesSoFar = 0
    func flush() {
      for outcome in process(batch) {
        summary.documents += 1
        if case .failure = outcome { summary.failures += 1 }
        output(outcome)
      }
      batch.removeAll(keepingCapacity: true)
      batchBytesSoFar = 0
    }
    loader.load(inputs) { item in
      if case .document(let document) = item {
        batchBytesSoFar += document.bytes.count
        summary.bytes += document.bytes.count
      }
      batch.append(item)
      if batch.count >= batchSize || batchBytesSoFar >= batchBytes { flush() }
    }
    flush()
    return summary
  }

  /// Processes one batch on `jobs` threads; the outcomes keep the batch order.
  public func process(_ items: [LoadedItem]) -> [Outcome] {
    let results = OutcomeSlots(count: items.count)
    let work: @Sendable (Int) -> Void = { index in
      switch items[index] {
      case .failure(let id, let source, let error):
        results[index] = .failure(id: id, source: source, error: error)
      case .document(let document):
        do throws(DocumentError) {
          let deadline = documentTimeout.map { Deadline(seconds: $0) } ?? .never
          let record = try pipeline.record(
            for: document, defaultPublished: defaultPublished, timer: timer, deadline: deadline)
          var clock = timer?.start()
          let line = writer.line(for: record)
          timer?.lap("emit", &clock)
          results[index] = .record(line)
        } catch {
          results[index] = .failure(id: document.id, source: document.source, error: error)
        }
      }
    }
    if jobs == 1 || items.count < 2 {
      for index in items.indices { work(index) }
    } else {
      let next = NextIndex()
      DispatchQueue.concurrentPerform(iterations: min(jobs, items.count)) { _ in
        while let index = next.take(below: items.count) { work(index) }
      }
    }
    return results.values
  }
}

/// Hands out indices 0, 1, 2, ... to worker threads.
private final class NextIndex: @unchecked Sendable {
  private let lock = NSLock()
  private var next = 0

  func take(below count: Int) -> Int? {
    lock.lock()
    defer { lock.unlock() }
    guard next < count else { return nil }
    next += 1
    return next - 1
  }
}

/// One slot per document, each written by exactly one worker.
private final class OutcomeSlots: @unchecked Sendable {
  private var slots: [BatchRunner.Outcome?]
  private let lock = NSLock()

  init(count: Int) { slots = Array(repeating: nil, count: count) }

  subscript(index: Int) -> BatchRunner.Outcome? {
    get { lock.withLock { slots[index] } }
    set { lock.withLock { slots[index] = newValue } }
  }

  var values: [BatchRunner.Outcome] { lock.withLock { slots.map { $0! } } }
}
