import GleanerCore
import Testing

@testable import GleanerMarkup

@Suite struct HTMLMetadataTests {
  func read(_ html: String, url: String? = nil) throws -> MarkedUpDocument {
    try HTMLReader.read(Array(html.utf8), declaredCharset: nil, url: url)
  }

  let body = "<body><h1>The headline</h1><p>Some text of the article goes here.</p></body>"

  @Test func titleSources() throws {
    let og = "<head><meta property='og:title' content='From Open Graph'><title>T | Site</title></head>"
    #expect(try read(og + body).title == "From Open Graph")
    #expect(try read("<head><title>From title</title></head>" + body).title == "The headline")
    #expect(
      try read("<head><title>Storm closes schools - Daily Planet</title></head><p>x</p>").title
        == "Storm closes schools")
    #expect(
      try read("<head><title>Storm closes schools | Daily Planet</title></head><p>x</p>").title
        == "Storm closes schools")
  }

  @Test func headlineIsNotPartOfTheBody() throws {
    let document = try read(body)
    #expect(document.blocks == [Block(.paragraph, "Some text of the article goes here.")])
  }

  @Test func publishedFromMetaJSONLDTimeItempropAndURL() throws {
    #expect(
      try read(
        "<meta property='article:published_time' content='2024-05-06T08:30:00Z'>" + body
      ).published == "2024-05-06T08:30")
    #expect(
      try read(
        "<script type='application/ld+json'>{\"@type\":\"NewsArticle\", \"datePublished\" : \"2023-01-02\"}</script>"
          + body
      ).published == "2023-01-02")
    #expect(try read(body + "<time datetime='2022-12-31T23:05'>New Year's Eve</time>").published
      == "2022-12-31T23:05")
    #expect(try read(body + "<span itemprop='datePublished'>March 4, 2021</span>").published
      == "2021-03-04")
    #expect(try read(body, url: "https://example.com/news/2020/07/09/story.html").published
      == "2020-07-09")
    #expect(try read(body, url: "https://example.com/story-2019-11-18").published == "2019-11-18")
    #expect(try read(body, url: "https://example.com/story").published == nil)
  }

  @Test func publishedFromAnOriginalDateMeta() throws {
    // a regional news site's own meta name, a written date with a.m./p.m.
    #expect(
      try read(
        "<head><meta name='article_date_original' content='Friday, May 8, 1998, 9:05 PM'></head>"
          + body
      ).published == "1998-05-08T21:05")
  }

  @Test func publishedFromAnItempropListOnAMeta() throws {
    // a meta whose `property` is no known key but whose `itemprop` list names the date
    #expect(
      try read(
        "<head><meta property='article:published' itemprop='datePublished dateCreated'"
          + " content='2021-03-04T10:20:00Z'></head>" + body
      ).published == "2021-03-04T10:20")
    #expect(
      try read(body + "<span itemprop='dateCreated datePublished'>2020-07-08</span>").published
        == "2020-07-08")
  }

  @Test func dateForms() {
    #expect(HTMLMetadata.normalizeDate("2019-11-19T14:05:00.000Z") == "2019-11-19T14:05")
    #expect(HTMLMetadata.normalizeDate("2019/11/19") == "2019-11-19")
    #expect(HTMLMetadata.normalizeDate("20191119") == "2019-11-19")
    #expect(HTMLMetadata.normalizeDate("Tue, 19 Nov 2019 14:05:00 GMT") == "2019-11-19T14:05")
    #expect(HTMLMetadata.normalizeDate("November 19, 2019") == "2019-11-19")
    #expect(HTMLMetadata.normalizeDate("Monday, March 2, 1998, 4:15 PM") == "1998-03-02T16:15")
    #expect(HTMLMetadata.normalizeDate("Monday, March 2, 1998, 12:40 p.m.") == "1998-03-02T12:40")
    #expect(HTMLMetadata.normalizeDate("yesterday") == nil)
  }
}
