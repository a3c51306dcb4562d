import Foundation
import GleanerCore
import Testing

@testable import GleanerMarkup

@Suite struct HTMLReaderTests {
  func read(_ html: String) throws -> MarkedUpDocument {
    try HTMLReader.read(Array(html.utf8), declaredCharset: nil, url: nil)
  }

  func texts(_ html: String) throws -> [String] {
    try read(html).blocks.map(\.text)
  }

  /// An article of `count` ordinary paragraphs.
  func paragraphs(_ count: Int, prefix: String = "Paragraph") -> String {
    (1...count).map {
      "<p>\(prefix) \($0) reports that the council met on Tuesday, and that 42 residents"
        + " attended the meeting in the town hall.</p>"
    }.joined()
  }

  @Test func dropsScriptsStylesAndPageFurniture() throws {
    let html = """
      <html><head><style>p { color: red }</style><script>var x = "<p>no</p>";</script></head>
      <body>
      <nav><ul><li><a href="/">Home</a></li><li><a href="/world">World</a></li></ul></nav>
      <header class="masthead"><a href="/">The Daily Example</a></header>
      <div class="cookie-banner"><p>We use cookies to give you the best experience on our site.</p></div>
      <article>
      \(paragraphs(3))
      <div class="share-tools"><a href="#">Share on Facebook</a> <a href="#">Share on X</a></div>
      <template><p>Template text</p></template>
      <svg><text>Chart label</text></svg>
      <iframe src="https://example.com/embed"></iframe>
      </article>
      <aside><h2>Related</h2><p>Another story that you might like to read today.</p></aside>
      <footer><p>Copyright 2025 The Daily Example. All rights reserved.</p></footer>
      <script>track("view")</script>
      </body></html>
      """
    let blocks = try texts(html)
    #expect(blocks.count == 3)
    #expect(blocks.allSatisfy { $0.hasPrefix("Paragraph") })
  }

  @Test func picksTheMainContentOverLinkListsAndComments() throws {
    let links = (1...12).map { "<li><a href='/s/\($0)'>Headline of another story number \($0)</a></li>" }
    let html = """
      <body><div id="page">
      <div class="sidebar"><ul>\(links.joined())</ul></div>
      <div class="main-column"><div class="entry-content">\(paragraphs(5))</div></div>
      <div id="comments"><div class="comment"><p>I think this is a terrible idea, honestly, and so does my neighbour.</p></div></div>
      <div class="links"><ul>\(links.joined())</ul></div>
      </div></body>
      """
    let blocks = try texts(html)
    #expect(blocks.count == 5)
    #expect(blocks.allSatisfy { $0.hasPrefix("Paragraph") })
  }

  @Test func prefersTheArticleBody() throws {
    let html = """
      <body><div class="teasers">\(paragraphs(2, prefix: "Teaser"))</div>
      <div itemprop="articleBody">\(paragraphs(4))</div></body>
      """
    #expect(try texts(html).allSatisfy { $0.hasPrefix("Paragraph") })
  }

  @Test func keepsHeadingsListItemsAndBlockquotesAsBlocks() throws {
    let html = """
      <body><article><h1>Headline</h1>
      \(paragraphs(3))
      <h2>A <em>subheading</em></h2>
      <ul><li>first point, with detail</li><li>second point</li></ul>
      <blockquote><p>A quoted passage from the report.</p></blockquote>
      \(paragraphs(1))
      </article></body>
      """
    let blocks = try read(html).blocks
    #expect(blocks.contains(Block(.heading, "A subheading")))
    #expect(blocks.contains(Block(.listItem, "first point, with detail")))
    #expect(blocks.contains(Block(.listItem, "second point")))
    #expect(blocks.contains(Block(.blockquote, "A quoted passage from the report.")))
    #expect(!blocks.contains { $0.text == "Headline" })
  }

  @Test func decodesEntitiesAndNormalizesWhitespace() throws {
    let html = """
      <p>  Caf&eacute; &amp; bar&nbsp;&nbsp;opened
        on <b>Tuesday</b>,<br>said&#160;M&#x00FC;ller &ldquo;today&rdquo;&#8230; \u{200B}ok&shy;ay </p>
      """
    #expect(try texts(html) == ["Café & bar opened on Tuesday, said Müller “today”… okay"])
  }

  @Test func inlineElementsMergeAndDoubleBreaksSplit() throws {
    let html = "<div>First <a href='#'>line</a> <span>of</span> text<br><br>Second part</div>"
    #expect(try texts(html) == ["First line of text", "Second part"])
  }

  @Test func dropsLinkTeasersAndTimestampLines() throws {
    let html = """
      <article><p><time datetime="2025-01-02">Jan. 2, 2025 6:02 AM</time></p>\(paragraphs(3))
      <p>Read more: <a href="/other">Council approves the new budget for the harbour</a></p>
      </article>
      """
    let blocks = try texts(html)
    #expect(blocks.count == 3)
    #expect(blocks.allSatisfy { $0.hasPrefix("Paragraph") })
  }

  @Test func hiddenElementsAreDropped() throws {
    let html = """
      <article>\(paragraphs(2))<p style="display: none">Hidden text</p>
      <p hidden>Also hidden</p><div aria-hidden="true">Screen reader skip</div></article>
      """
    #expect(try texts(html).count == 2)
  }

  @Test func brokenMarkupIsRecovered() throws {
    let html = "<html><body><div><p>Unclosed <b>bold <i>italic</p><p>Next &amp; para</div></td></table><p>Tail"
    let blocks = try texts(html)
    #expect(blocks == ["Unclosed bold italic", "Next & para", "Tail"])
  }

  @Test func emptyPagesGiveNoBlocks() throws {
    #expect(try read("").blocks.isEmpty)
    #expect(try read("   \n ").blocks.isEmpty)
    #expect(try read("<html><body></body></html>").blocks.isEmpty)
  }

  @Test func binaryGarbageIsAnError() {
    var generator = SystemRandomNumberGenerator()
    let bytes = (0..<10_000).map { _ in UInt8.random(in: 0...255, using: &generator) }
    #expect(throws: DocumentError.self) {
      try HTMLReader.read([0, 1, 2, 3] + bytes, declaredCharset: nil, url: nil)
    }
  }

  @Test func deeplyNestedPage() throws {
    let depth = 10_000
    let html =
      "<html><body>" + String(repeating: "<div>", count: depth)
      + "<p>The innermost paragraph, with enough words to count as text.</p>"
      + String(repeating: "</div>", count: depth) + "</body></html>"
    #expect(try texts(html) == ["The innermost paragraph, with enough words to count as text."])
  }

  @Test func largePage() throws {
    let count = 100_000
    let html = "<html><body><article>" + paragraphs(count) + "</article></body></html>"
    let start = Date()
    let blocks = try texts(html)
    #expect(blocks.count == count)
    #expect(Date().timeIntervalSince(start) < 60)
  }

  @Test func readsTheFixtures() throws {
    let folder = TestSupport.root.appendingPathComponent("Fixtures")
    let port = try Data(contentsOf: folder.appendingPathComponent("port-strike.html"))
    let strike = try HTMLReader.read(Array(port), declaredCharset: nil, url: nil)
    #expect(strike.title == "Dockworkers walk out at Antwerp and Rotterdam as pay talks collapse")
    #expect(strike.published == "2025-03-12T07:45")
    let text = strike.blocks.map(\.text).joined(separator: "\n")
    #expect(text.hasPrefix("About 11,000 dockworkers"))
    #expect(text.contains("“We did not choose this strike"))
    for furniture in ["cookies", "Share this", "Related articles", "Comments", "©", "Idle cranes"] {
      #expect(!text.contains(furniture), "\(furniture)")
    }
    let flood = try Data(contentsOf: folder.appendingPathComponent("flood-relief.html"))
    let relief = try HTMLReader.read(Array(flood), declaredCharset: nil, url: nil)
    #expect(relief.title == "Flood relief reaches Valencia villages as rivers recede")
    #expect(relief.published == "2024-11-08")
    let reliefText = relief.blocks.map(\.text).joined(separator: "\n")
    #expect(reliefText.hasPrefix("Army convoys reached the villages of Alcàntera"))
    #expect(reliefText.contains("“We were sleeping on the first floor"))
    #expect(reliefText.contains("José Ramírez Colomer"))
    #expect(!reliefText.contains("Letters to the editor"))
    #expect(!reliefText.contains("More from Spain"))
  }
}
