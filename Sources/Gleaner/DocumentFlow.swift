import Foundation
import GleanerLoad

/// The hand-over between the loading thread, the worker threads and the
/// writing thread of `BatchRunner.run`: a bounded queue of loaded items and
/// a reorder buffer that gives outcomes back in input order.
final class DocumentFlow: @unchecked Sendable {
  private let condition = NSCondition()
  private let capacity: Int
  private let byteCapacity: Int
  private var queue: [(index: Int, item: LoadedItem)] = []
  private var queueHead = 0
  private var done: [Int: (BatchRunner.Outcome, Int)] = [:]
  private var sizes: [Int: Int] = [:]
  private var pushed = 0
  private var written = 0
  private var inFlightBytes = 0
  private var finished = false

  init(capacity: Int, byteCapacity: Int) {
    self.capacity = capacity
    self.byteCapacity = byteCapacity
  }

  /// Adds a loaded item, waiting while too much is in flight.
  func push(_ item: LoadedItem) {
    let size = if case .document(let document) = item { document.bytes.count } else { 0 }
    condition.lock()
    while pushed - written >= capacity || (inFlightBytes >= byteCapacity && pushed > written) {
      condition.wait()
    }
    queue.append((pushed, item))
    sizes[pushed] = size
    inFlightBytes += size
    pushed += 1
    condition.broadcast()
    condition.unlock()
  }

  /// No more items will come.
  func finish() {
    condition.lock()
    finished = true
    condition.broadcast()
    condition.unlock()
  }

  /// The next item to process, or nil when all are taken and loading ended.
  func take() -> (Int, LoadedItem)? {
    condition.lock()
    defer { condition.unlock() }
    while queueHead == queue.count && !finished { condition.wait() }
    guard queueHead < queue.count else { return nil }
    let next = queue[queueHead]
    queueHead += 1
    if queueHead > 1024 && queueHead * 2 > queue.count {
      queue.removeFirst(queueHead)
      queueHead = 0
    }
    return next
  }

  /// Hands in the outcome of item `index`.
  func complete(_ index: Int, _ outcome: BatchRunner.Outcome) {
    condition.lock()
    done[index] = (outcome, sizes.removeValue(forKey: index) ?? 0)
    condition.broadcast()
    condition.unlock()
  }

  /// The next outcome in input order with its document's size, waiting for
  /// it; nil when every item has been written. `beforeWaiting` runs (outside
  /// the lock) whenever the next outcome is not ready yet.
  func next(beforeWaiting: () -> Void) -> (BatchRunner.Outcome, Int)? {
    condition.lock()
    defer { condition.unlock() }
    if done[written] == nil && !(finished && written == pushed) {
      condition.unlock()
      beforeWaiting()
      condition.lock()
    }
    while done[written] == nil && !(finished && written == pushed) { condition.wait() }
    guard let result = done.removeValue(forKey: written) else { return nil }
    written += 1
    inFlightBytes -= result.1
    condition.broadcast()
    return result
  }
}
