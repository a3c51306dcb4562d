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

  func load(_ path: String, limits: LoadLimits = LoadLimits()) -> [LoadedItem] {
    var items: [LoadedItem] = []
    InputLoader(limits: limits).load([base + path]) { items.append($0) }
    return items
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
}
