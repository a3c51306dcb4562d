import Foundation
import GleanerCore

#if canImport(FoundationNetworking)
  import FoundationNetworking
#endif

/// Fetches http and https URLs with timeouts, a redirect limit and a size cap,
/// refusing private, loopback and link-local hosts (also as redirect
/// targets) unless its `policy` allows them.
public struct URLFetcher: Sendable {
  /// What a successful fetch returns.
  public struct Response: Sendable {
    public var body: [UInt8]
    public var contentType: String?
    /// The charset named in `Content-Type`, if any.
    public var charset: String?
    /// The address after redirects.
    public var finalURL: String
  }

  public var limits: LoadLimits
  /// Which hosts may be fetched.
  public var policy: AddressPolicy

  public init(limits: LoadLimits, policy: AddressPolicy = AddressPolicy()) {
    self.limits = limits
    self.policy = policy
  }

  /// Fetches `address`, following at most `limits.maxRedirects` redirects.
  ///
  /// - Throws: `DocumentError` for a bad address, a network failure, a
  ///   non-2xx status, a time-out, a body over `limits.maxBytes`, or a host
  ///   (or redirect target) that the `policy` refuses.
  public func fetch(_ address: String) throws(DocumentError) -> Response {
    guard let url = URL(string: address) else {
      throw DocumentError(stage: "load", "not an http or https URL")
    }
    try policy.check(url)
    let delegate = FetchDelegate(limits: limits, policy: policy)
    let configuration = URLSessionConfiguration.ephemeral
    configuration.timeoutIntervalForRequest = limits.timeout
    configuration.timeoutIntervalForResource = limits.timeout
    configuration.httpAdditionalHeaders = ["User-Agent": "gleaner/1.0"]
    let session = URLSession(configuration: configuration, delegate: delegate, delegateQueue: nil)
    defer { session.invalidateAndCancel() }
    let task = session.dataTask(with: url)
    task.resume()
    guard delegate.done.wait(timeout: .now() + limits.timeout + 1) == .success else {
      task.cancel()
      throw DocumentError(stage: "load", "no answer within \(Int(limits.timeout)) s (--timeout)")
    }
    return try delegate.result()
  }
}

/// Collects one response, enforcing the redirect and size limits.
private final class FetchDelegate: NSObject, URLSessionDataDelegate, @unchecked Sendable {
  let limits: LoadLimits
  let policy: AddressPolicy
  let done = DispatchSemaphore(value: 0)
  private let lock = NSLock()
  private var body: [UInt8] = []
  private var response: HTTPURLResponse?
  private var failure: DocumentError?
  private var redirects = 0

  init(limits: LoadLimits, policy: AddressPolicy) {
    self.limits = limits
    self.policy = policy
  }

  func result() throws(DocumentError) -> URLFetcher.Response {
    lock.lock()
    defer { lock.unlock() }
    if let failure { throw failure }
    guard let response else { throw DocumentError(stage: "load", "no response") }
    guard (200..<300).contains(response.statusCode) else {
      throw DocumentError(stage: "load", "HTTP status \(response.statusCode)")
    }
    let contentType = response.value(forHTTPHeaderField: "Content-Type")
    return URLFetcher.Response(
      body: body, contentType: contentType, charset: contentType.flatMap(Self.charset),
      finalURL: response.url?.absoluteString ?? "")
  }

  /// A sentence for a transport error.
  static func describe(_ error: Error, timeout: Double) -> DocumentError {
    let reason: String
    switch (error as NSError).code {
    case NSURLErrorTimedOut: reason = "no answer within \(Int(timeout)) s (--timeout)"
    case NSURLErrorCannotConnectToHost: reason = "cannot connect to the server"
    case NSURLErrorCannotFindHost, NSURLErrorDNSLookupFailed: reason = "unknown host"
    case NSURLErrorSecureConnectionFailed, NSURLErrorServerCertificateUntrusted:
      reason = "TLS failed: \(error.localizedDescription)"
    default: reason = "fetch failed: \(error.localizedDescription)"
    }
    return DocumentError(stage: "load", reason)
  }

  static func charset(_ contentType: String) -> String? {
    for part in contentType.split(separator: ";") {
      let trimmed = part.trimmingWhitespace()
      if trimmed.lowercased().hasPrefix("charset=") {
        return String(trimmed.dropFirst(8)).trimmingCharacters(in: CharacterSet(charactersIn: "\"'"))
      }
    }
    return nil
  }

  func urlSession(
    _ session: URLSession, task: URLSessionTask, willPerformHTTPRedirection response: HTTPURLResponse,
    newRequest request: URLRequest, completionHandler: @escaping (URLRequest?) -> Void
  ) {
    var refusal: DocumentError?
    do throws(DocumentError) {
      guard let target = request.url else { throw DocumentError(stage: "load", "a redirect without a target") }
      try policy.check(target)
    } catch {
      refusal = DocumentError(stage: "load", "redirect refused: \(error.reason)")
    }
    lock.lock()
    redirects += 1
    if redirects > limits.maxRedirects {
      refusal = DocumentError(stage: "load", "more than \(limits.maxRedirects) redirects")
    }
    if let refusal, failure == nil { failure = refusal }
    lock.unlock()
    completionHandler(refusal == nil ? request : nil)
  }

  func urlSession(
    _ session: URLSession, dataTask: URLSessionDataTask, didReceive response: URLResponse,
    completionHandler: @escaping (URLSession.ResponseDisposition) -> Void
  ) {
    lock.lock()
    self.response = response as? HTTPURLResponse
    let tooLarge = response.expectedContentLength > Int64(limits.maxBytes)
    if tooLarge { failure = DocumentError(stage: "load", "larger than the limit of \(limits.maxBytes) bytes (--max-bytes)") }
    lock.unlock()
    completionHandler(tooLarge ? .cancel : .allow)
  }

  func urlSession(_ session: URLSession, dataTask: URLSessionDataTask, didReceive data: Data) {
    lock.lock()
    body.append(contentsOf: data)
    let tooLarge = body.count > limits.maxBytes
    if tooLarge && failure == nil {
      failure = DocumentError(stage: "load", "larger than the limit of \(limits.maxBytes) bytes (--max-bytes)")
    }
    lock.unlock()
    if tooLarge { dataTask.cancel() }
  }

  func urlSession(_ session: URLSession, task: URLSessionTask, didCompleteWithError error: Error?) {
    lock.lock()
    if let error, failure == nil {
      failure = Self.describe(error, timeout: limits.timeout)
    }
    lock.unlock()
    done.signal()
  }
}
