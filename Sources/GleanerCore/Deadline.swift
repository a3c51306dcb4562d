/// A point in time after which a document's processing gives up, checked
/// cooperatively between stages and inside long loops.
///
/// A deadline that has passed turns into a `DocumentError` naming the stage
/// and the budget ("took longer than 30 s (--timeout)"), so one slow
/// document fails alone and the batch goes on.
public struct Deadline: Sendable {
  private let end: ContinuousClock.Instant?
  /// The budget in seconds, for the message.
  public let seconds: Double

  /// A deadline `seconds` from now.
  public init(seconds: Double) {
    self.seconds = seconds
    self.end = seconds.isFinite ? ContinuousClock.now.advanced(by: .seconds(seconds)) : nil
  }

  /// No deadline at all.
  public static let never = Deadline(seconds: .infinity)

  /// Whether the deadline has passed.
  public var hasPassed: Bool {
    guard let end else { return false }
    return ContinuousClock.now >= end
  }

  /// Throws when the deadline has passed, naming `stage`.
  public func check(_ stage: String) throws(DocumentError) {
    if hasPassed { throw expired(stage) }
  }

  /// The error for a document over its budget in `stage`.
  public func expired(_ stage: String) -> DocumentError {
    let budget = seconds == seconds.rounded() ? "\(Int(seconds))" : "\(seconds)"
    return DocumentError(stage: stage, "took longer than \(budget) s (--timeout)")
  }
}
