/// One article's facts: the line `gleaner extract` prints for it.
///
/// Field names and meanings are those of the project's contract; the key
/// order of the JSON is fixed.
public struct Record: Sendable {
  public var id: String
  public var source: String
  public var title: String?
  /// `YYYY-MM-DD` (or a full ISO 8601 date-time) when known.
  public var published: String?
  public var url: String?
  /// The clean body text that every offset refers to; paragraphs are
  /// separated by `\n`.
  public var text: String
  public var dates: [DateMention] = []
  public var numbers: [NumberMention] = []
  public var actors: [Actor] = []
  public var quotes: [Quote] = []

  public init(
    id: String, source: String, title: String?, published: String?,
    url: String? = nil, text: String
  ) {
    self.id = id
    self.source = source
    self.title = title
    self.published = published
    self.url = url
    self.text = text
  }
}
