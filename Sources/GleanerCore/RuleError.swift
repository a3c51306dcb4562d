/// A problem in a rules file, reported as `file:line: message`.
public struct RuleError: Error, Sendable, CustomStringConvertible {
  /// The file's path relative to its rules folder (`en/dates/months.rules`).
  public var file: String
  /// The 1-based line number, 0 for the whole file.
  public var line: Int
  public var message: String

  public init(file: String, line: Int, _ message: String) {
    self.file = file
    self.line = line
    self.message = message
  }

  public var description: String { "\(file):\(line): \(message)" }
}

/// Several rule problems found in one load, reported together.
public struct RuleErrors: Error, Sendable, CustomStringConvertible {
  public var errors: [RuleError]

  public init(_ errors: [RuleError]) { self.errors = errors }

  public var description: String {
    errors.map(\.description).joined(separator: "\n")
  }
}
