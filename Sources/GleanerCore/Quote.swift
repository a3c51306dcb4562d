/// A direct, partial or reported quotation (the record's `quotes`).
public struct Quote: Sendable, Hashable, JSONWritable {
  /// The quoted words without quotation marks; for a quote split around its
  /// attribution, from the first word of the first part to the last of the
  /// last, with `parts` giving the pieces.
  public var span: Span
  /// The UTF-8 range of the mention, for later stages (not emitted).
  public var range: TextRange
  /// The canonical name of an actor where one is found, else the speaker's
  /// words as written, else nil.
  public var speaker: String?
  /// The speaker as written in the text ("he", "the Hamas spokesman").
  public var speakerSpan: Span?
  /// The speech verb or phrase ("said", "according to").
  public var cue: String?
  /// `direct`, `partial` or `indirect`.
  public var kind: String
  /// The pieces of a quote split around its attribution.
  public var parts: [Span]
  /// The id of the rule that found the quote.
  public var rule: String?

  public init(
    span: Span, range: TextRange, speaker: String?, speakerSpan: Span? = nil, cue: String?,
    kind: String, parts: [Span] = [], rule: String? = nil
  ) {
    self.span = span
    self.range = range
    self.speaker = speaker
    self.speakerSpan = speakerSpan
    self.cue = cue
    self.kind = kind
    self.parts = parts
    self.rule = rule
  }

  public func write(to json: inout JSONWriter) {
    json.beginObject()
    json.spanFields(span)
    json.field(static: "speaker", speaker)
    json.field(static: "cue", cue)
    json.field(static: "kind", kind)
    if let speakerSpan {
      json.key(static: "speaker_mention")
      speakerSpan.write(to: &json)
    }
    if !parts.isEmpty { json.field(static: "parts", parts) }
    json.optionalField(static: "rule", rule)
    json.endObject()
  }
}

extension Span: JSONWritable {
  public func write(to json: inout JSONWriter) {
    json.beginObject()
    json.spanFields(self)
    json.endObject()
  }
}
