import GleanerCore

/// One item the load stage hands on: a document, or the reason one input
/// could not be loaded.
public enum LoadedItem: Sendable {
  case document(RawDocument)
  /// `id` and `source` name the input as a record would.
  case failure(id: String, source: String, error: DocumentError)
}

/// Limits that keep one bad input from hurting the batch.
public struct LoadLimits: Sendable {
  /// The largest document, in bytes, read from a file, a line or a URL.
  public var maxBytes: Int
  /// Seconds to wait for a URL (connect and read).
  public var timeout: Double
  /// Redirects followed before a URL fails.
  public var maxRedirects: Int

  public init(maxBytes: Int = 64 << 20, timeout: Double = 30, maxRedirects: Int = 5) {
    self.maxBytes = maxBytes
    self.timeout = timeout
    self.maxRedirects = maxRedirects
  }
}
