import Foundation

/// Adds up the time each pipeline stage takes, across threads.
public final class StageTimer: @unchecked Sendable {
  private let lock = NSLock()
  private var totals: [String: UInt64] = [:]
  private var order: [String] = []

  public init() {}

  /// A starting point for `lap`.
  public func start() -> UInt64 { DispatchTime.now().uptimeNanoseconds }

  /// Adds the time since `clock` to `stage` and restarts `clock`.
  public func lap(_ stage: String, _ clock: inout UInt64?) {
    guard let started = clock else { return }
    let now = DispatchTime.now().uptimeNanoseconds
    add(stage, now - started)
    clock = now
  }

  /// Adds `nanoseconds` to `stage`.
  public func add(_ stage: String, _ nanoseconds: UInt64) {
    lock.lock()
    if totals[stage] == nil { order.append(stage) }
    totals[stage, default: 0] += nanoseconds
    lock.unlock()
  }

  /// Stage names with their total seconds, in the order first seen.
  public var seconds: [(stage: String, seconds: Double)] {
    lock.lock()
    defer { lock.unlock() }
    return order.map { ($0, Double(totals[$0]!) / 1e9) }
  }
}
