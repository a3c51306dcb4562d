/// How a document's bytes are to be read.
public enum InputFormat: String, Sendable, CaseIterable {
  /// Decide by file extension, else by sniffing the first bytes.
  case auto
  /// Plain text, optionally starting with a `date YYYY-MM-DD Title` line.
  case text
  /// An HTML page.
  case html
  /// JSON Lines: one article object per line.
  case jsonl
  /// A WARC file of crawled responses (`.warc`, `.warc.gz`).
  case warc
}

/// One article as the load stage found it, before any markup is read.
public struct RawDocument: Sendable {
  /// The record's `id`: a file name, a JSON line's `id`, or a URL.
  public var id: String
  /// Where the document came from: a path, a URL, or `stream:line`.
  public var source: String
  /// `.text` or `.html`; never `.auto` or `.jsonl` once loaded.
  public var format: InputFormat
  /// The document's bytes, in whatever encoding it came in.
  public var bytes: [UInt8]
  /// The charset a transport named (an HTTP `Content-Type`), if any.
  public var declaredCharset: String?
  /// The page's URL, if known.
  public var url: String?
  /// A title given with the document (a JSON line's `title`).
  public var title: String?
  /// A publication date given with the document (`YYYY-MM-DD` or ISO 8601).
  public var published: String?
  /// A date to use when neither the document nor its markup gives one (a
  /// WARC record's capture date).
  public var fallbackPublished: String?

  public init(
    id: String, source: String, format: InputFormat, bytes: [UInt8],
    declaredCharset: String? = nil, url: String? = nil, title: String? = nil,
    published: String? = nil, fallbackPublished: String? = nil
  ) {
    self.id = id
    self.source = source
    self.format = format
    self.bytes = bytes
    self.declaredCharset = declaredCharset
    self.url = url
    self.title = title
    self.published = published
    self.fallbackPublished = fallbackPublished
  }
}

/// The kind of a block of body text.
public enum BlockKind: String, Sendable {
  /// The article's headline.
  case headline
  /// A subheading inside the body.
  case heading
  /// An ordinary paragraph.
  case paragraph
  /// An item of a list.
  case listItem
  /// A block quotation.
  case blockquote
}

/// One paragraph-like block of body text, with its whitespace normalized.
public struct Block: Sendable, Hashable {
  public var kind: BlockKind
  public var text: String

  public init(_ kind: BlockKind, _ text: String) {
    self.kind = kind
    self.text = text
  }
}

/// A document after the markup stage: its body as blocks, plus what the
/// markup said about it.
public struct MarkedUpDocument: Sendable {
  public var title: String?
  /// The publication date found in the markup or header, `YYYY-MM-DD` or a
  /// full ISO 8601 date-time.
  public var published: String?
  public var blocks: [Block]

  public init(title: String?, published: String?, blocks: [Block]) {
    self.title = title
    self.published = published
    self.blocks = blocks
  }
}

/// Why a document could not be turned into a record.
public struct DocumentError: Error, Sendable, CustomStringConvertible {
  /// The pipeline stage that failed: `load`, `markup`, `text`, `extract`.
  public var stage: String
  /// A sentence a person can act on.
  public var reason: String

  public init(stage: String, _ reason: String) {
    self.stage = stage
    self.reason = reason
  }

  public var description: String { reason }
}
