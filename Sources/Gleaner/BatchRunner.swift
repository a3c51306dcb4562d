import Foundation
import GleanerCore
import GleanerEmit
import GleanerLoad

/// Runs the pipeline over a stream of loaded documents on several threads,
/// writing results in input order with bounded memory.
public struct BatchRunner: Sendable {
  public var pipeline: Pipeline
  public var jobs: Int
  public var defaultPublished: String?
  public var writer: RecordWriter
  /// The most documents in flight (loaded, processing or waiting to be written).
  public var batchSize = 256
  /// About the most document bytes in flight.
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
  /// `output`, in input order, as soon as it and every document before it
  /// are done; `progress` hears the running totals after each document.
  ///
  /// One thread loads, `jobs` threads process, and the calling thread
  /// writes. At most `batchSize` documents (and about `batchBytes` bytes)
  /// are in flight at once, so memory stays bounded on streams of any
  /// length, and a slow stream (`tail -f | gleaner extract -`) gets each
  /// record out as soon as its document is done.
  ///
  /// `idle` runs whenever the writer has to wait for the next outcome: the
  /// moment to flush buffered output.
  public func run(
    _ inputs: [String], loader: InputLoader, progress: ((Summary) -> Void)? = nil,
    idle: () -> Void = {}, output: (Outcome) -> Void
  ) -> Summary {
    let flow = DocumentFlow(capacity: max(batchSize, jobs), byteCapacity: batchBytes)
    var threads: [Thread] = []
    let reader = Thread {
      loader.load(inputs) { flow.push($0) }
      flow.finish()
    }
    threads.append(reader)
    for _ in 0..<jobs {
      threads.append(
        Thread {
          while let (index, item) = flow.take() {
            flow.complete(index, outcome(of: item))
          }
        })
    }
    for thread in threads {
      thread.stackSize = 16 << 20  // deeply nested pages need room
      thread.start()
    }
    var summary = Summary()
    while let (outcome, bytes) = flow.next(beforeWaiting: idle) {
      summary.documents += 1
      summary.bytes += bytes
      if case .failure = outcome { summary.failures += 1 }
      output(outcome)
      progress?(summary)
    }
    return summary
  }

  /// The outcome of one loaded item.
  func outcome(of item: LoadedItem) -> Outcome {
    switch item {
    case .failure(let id, let source, let error):
      return .failure(id: id, source: source, error: error)
    case .document(let document):
      do throws(DocumentError) {
        let deadline = documentTimeout.map { Deadline(seconds: $0) } ?? .never
        let record = try pipeline.record(
          for: document, defaultPublished: defaultPublished, timer: timer, deadline: deadline)
        var clock = timer?.start()
        let line = writer.line(for: record)
        timer?.lap("emit", &clock)
        return .record(line)
      } catch {
        return .failure(id: document.id, source: document.source, error: error)
      }
    }
  }

  /// Processes one batch on `jobs` threads; the outcomes keep the batch order.
  public func process(_ items: [LoadedItem]) -> [Outcome] {
    let results = ParallelResults<Outcome>(count: items.count)
    let work: @Sendable (Int) -> Void = { index in
      results[index] = outcome(of: items[index])
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
