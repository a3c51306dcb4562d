import Foundation
import GleanerCore
import GleanerLoad
import Testing

/// Fetching against a local server on 127.0.0.1 that the suite starts itself.
@Suite(.serialized) final class URLFetcherTests {
  let server = Process()
  var base = ""

  init() throws {
    server.executableURL = URL(fileURLWithPath: "/usr/bin/env")
    server.arguments = ["python3", TestSupport.root.appendingPathComponent("Tests/Support/http_server.py").path]
    let pipe = Pipe()
    server.standardOutput = pipe
    try server.run()
    var line = Data()
    while let byte = try pipe.fileHandleForReading.read(upToCount: 1), !byte.isEmpty, byte != Data([0x0A]) {
      line.append(byte)
    }
    base = "http://127.0.0.1:\(String(decoding: line, as: UTF8.self))"
  }

  deinit {
    server.terminate()
  }

  /// Loads `path` from the local server; private addresses are allowed
  /// unless another `policy` is given.
  func load(
    _ path: String, limits: LoadLimits = LoadLimits(),
    policy: AddressPolicy = AddressPolicy(allowPrivate: true)
  ) -> [LoadedItem] {
    var items: [LoadedItem] = []
    let fetcher = URLFetcher(limits: limits, policy: policy)
    InputLoader(limits: limits, fetcher: fetcher).load([base + path]) { items.append($0) }
    return items
  }

  func failure(_ items: [LoadedItem]) -> DocumentError? {
    guard case .failure(_, _, let error) = items.first else { return nil }
    return error
  }

  @Test func fetchesATextArticle() throws {
    let items = load("/article.txt")
    guard case .document(let document) = try #require(items.first) else {
      Issue.record("wanted a document, got \(items)")
      return
    }
    #expect(document.format == .text)
    #expect(document.id == base + "/article.txt")
    #expect(String(decoding: document.bytes, as: UTF8.self).hasPrefix("date 2025-02-04"))
  }

  @Test func takesTheCharsetFromTheHeader() throws {
    guard case .document(let document) = try #require(load("/page.html").first) else {
      Issue.record("wanted a document")
      return
    }
    #expect(document.format == .html)
    #expect(document.declaredCharset?.lowercased() == "windows-1252")
  }

  @Test func followsUpToFiveRedirects() throws {
    guard case .document(let document) = try #require(load("/redirect/5").first) else {
      Issue.record("five redirects should be followed")
      return
    }
    #expect(document.url?.hasSuffix("/article.txt") == true)
    guard case .failure(_, _, let error) = try #require(load("/redirect/6").first) else {
      Issue.record("six redirects should fail")
      return
    }
    #expect(error.reason.contains("redirect"))
  }

  @Test func failsClearlyOnStatusSizeAndTime() throws {
    let cases: [(String, LoadLimits, String)] = [
      ("/missing", LoadLimits(), "404"),
      ("/big", LoadLimits(maxBytes: 100_000), "limit"),
      ("/slow", LoadLimits(timeout: 1), "1 s"),
    ]
    for (path, limits, words) in cases {
      let started = Date()
      guard case .failure(let id, _, let error) = try #require(load(path, limits: limits).first) else {
        Issue.record("\(path) should fail")
        continue
      }
      #expect(id == base + path)
      #expect(error.reason.contains(words), "\(path): \(error.reason)")
      #expect(Date().timeIntervalSince(started) < 4)
    }
  }

  @Test func refusesOtherSchemes() throws {
    #expect(throws: DocumentError.self) { try URLFetcher(limits: LoadLimits()).fetch("ftp://127.0.0.1/x") }
  }

  @Test func refusesLoopbackByDefault() throws {
    let error = try #require(failure(load("/article.txt", policy: AddressPolicy())))
    #expect(error.reason.contains("127.0.0.1 is a private, loopback or link-local address"))
    #expect(error.reason.contains("--allow-private"))
  }

  @Test func refusesARedirectToAPrivateHost() throws {
    // The server itself is trusted by its address; its redirect to
    // `localhost` (the same machine by another name) is not.
    let policy = AddressPolicy(trustedHosts: ["127.0.0.1"])
    guard case .document = try #require(load("/article.txt", policy: policy).first) else {
      Issue.record("a trusted host should be fetched")
      return
    }
    let error = try #require(failure(load("/to-localhost", policy: policy)))
    #expect(error.reason.hasPrefix("redirect refused: localhost is a private"), "\(error.reason)")
    // With --allow-private, the redirect is followed.
    guard case .document = try #require(load("/to-localhost").first) else {
      Issue.record("--allow-private should follow the redirect")
      return
    }
  }

  @Test func refusesARedirectToAnotherScheme() throws {
    // Foundation either refuses the redirect or asks this server for
    // /etc/passwd (404); the local file is never read.
    let error = try #require(failure(load("/to-file")))
    #expect(error.reason.contains("redirect") || error.reason.contains("404"), "\(error.reason)")
  }

  @Test func cutsOffAnEndlessTrickleAndAnEndlessBody() throws {
    var started = Date()
    let slow = try #require(failure(load("/trickle", limits: LoadLimits(timeout: 1))))
    #expect(slow.reason.contains("1 s"), "\(slow.reason)")
    #expect(Date().timeIntervalSince(started) < 4 * Hostile.timeFactor)
    started = Date()
    // sanitizers and a loaded machine slow the transfer down; the point is the
    // reason (the byte limit, not the timeout)
    let budget = 20 * Hostile.timeFactor
    let endless = try #require(failure(load("/endless", limits: LoadLimits(maxBytes: 1 << 20, timeout: budget))))
    #expect(endless.reason.contains("--max-bytes"), "\(endless.reason)")
    #expect(Date().timeIntervalSince(started) < budget)
  }
}

/// The address rules, without any network.
@Suite struct AddressPolicyTests {
  @Test(arguments: [
    "127.0.0.1", "127.1.2.3", "10.0.0.1", "172.16.0.1", "172.31.255.255", "192.168.1.1",
    "169.254.169.254", "100.64.0.1", "0.0.0.0", "0.1.2.3", "224.0.0.1", "255.255.255.255",
    "::1", "::", "fe80::1", "fc00::1", "fd12:3456::1", "::ffff:127.0.0.1", "::ffff:10.1.2.3",
    "::ffff:169.254.169.254", "64:ff9b::a00:1", "2002:7f00:1::1", "ff02::1", "::127.0.0.1",
  ])
  func privateAddressesAreNotPublic(_ text: String) throws {
    let address = try #require(IPAddress(text))
    #expect(!address.isPublic, "\(text)")
  }

  @Test(arguments: ["93.184.216.34", "8.8.8.8", "172.32.0.1", "100.128.0.1", "2606:4700::1", "::ffff:8.8.8.8"])
  func publicAddressesArePublic(_ text: String) throws {
    let address = try #require(IPAddress(text))
    #expect(address.isPublic, "\(text)")
  }

  @Test func refusesPrivateHostsWhateverTheSpelling() throws {
    let policy = AddressPolicy()
    for url in [
      "http://127.0.0.1/", "http://localhost:8080/x", "http://[::1]/", "http://2130706433/",
      "http://0x7f000001/", "http://[::ffff:127.0.0.1]/", "http://169.254.169.254/latest/",
      "HTTP://127.0.0.1/", "ftp://example.org/", "file:///etc/passwd", "http:///nohost",
    ] {
      #expect(throws: DocumentError.self, "\(url)") { try policy.check(try #require(URL(string: url))) }
    }
    #expect(throws: Never.self) { try AddressPolicy(allowPrivate: true).check(URL(string: "http://127.0.0.1/")!) }
  }
}
