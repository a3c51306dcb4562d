import GleanerCore

/// The emit stage: one record → one line of JSON, keys in contract order.
public struct RecordWriter: Sendable {
  /// Indent the JSON for people (one record then spans several lines).
  public var pretty: Bool
  /// Leave the body `text` out of the record.
  public var omitText: Bool

  public init(pretty: Bool = false, omitText: Bool = false) {
    self.pretty = pretty
    self.omitText = omitText
  }

  /// The record's JSON followed by a line break.
  public func line(for record: Record) -> [UInt8] {
    var json = JSONWriter(pretty: pretty, capacity: Self.estimatedSize(of: record))
    write(record, to: &json)
    json.endLine()
    return json.takeBytes()
  }

  /// About the bytes of a record's JSON line, so that its buffer is allocated
  /// once: the text plus room for each mention.
  static func estimatedSize(of record: Record) -> Int {
    let mentions = record.dates.count + record.numbers.count + record.quotes.count
      + record.actors.reduce(0) { $0 + 1 + $1.mentions.count + $1.references.count }
    return record.text.utf8.count + record.id.utf8.count * 2 + 512 + 192 * mentions
  }

  /// Writes the record as one JSON object.
  public func write(_ record: Record, to json: inout JSONWriter) {
    json.beginObject()
    json.field("id", record.id)
    json.field("source", record.source)
    json.field("title", record.title)
    json.field("published", record.published)
    json.optionalField("url", record.url)
    if !omitText { json.field("text", record.text) }
    json.field("dates", record.dates)
    json.field("numbers", record.numbers)
    json.field("actors", record.actors)
    json.field("quotes", record.quotes)
    json.endObject()
  }

  /// A JSON line for a document that failed: `id`, `source`, `stage`, `error`.
  public func errorLine(id: String, source: String, error: DocumentError) -> [UInt8] {
    var json = JSONWriter()
    json.beginObject()
    json.field("id", id)
    json.field("source", source)
    json.field("stage", error.stage)
    json.field("error", error.reason)
    json.endObject()
    json.endLine()
    return json.takeBytes()
  }
}
