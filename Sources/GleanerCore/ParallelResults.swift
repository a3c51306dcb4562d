import Foundation

/// One result slot per task of a `DispatchQueue.concurrentPerform`, each
/// written by exactly one task and read once all have finished.
public final class ParallelResults<Value>: @unchecked Sendable {
  private var slots: [Value?]
  private let lock = NSLock()

  public init(count: Int) {
    slots = Array(repeating: nil, count: count)
  }

  public subscript(index: Int) -> Value? {
    get { lock.withLock { slots[index] } }
    set { lock.withLock { slots[index] = newValue } }
  }

  /// Every slot's value, in order; call after all tasks have written theirs.
  public var values: [Value] { lock.withLock { slots.map { $0! } } }
}
