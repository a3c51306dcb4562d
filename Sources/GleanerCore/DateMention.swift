/// A temporal expression and its normalized value (the record's `dates`).
public struct DateMention: Sendable, Hashable, JSONWritable {
  public var span: Span
  /// The UTF-8 range of the mention, for later stages (not emitted).
  public var range: TextRange
  /// `date`, `time`, `datetime`, `duration`, `set` or `range`.
  public var type: String
  /// ISO 8601 / TIMEX3 value: `2025-01-19`, `2025-W06`, `P6W`, ...
  public var value: String?
  /// TIMEX3 modifier: `START`, `MID`, `END`, `APPROX`, `BEFORE`, `AFTER`,
  /// `LESS_THAN`, `MORE_THAN`.
  public var mod: String?
  /// What a relative value was resolved against: `published`, `dateline` (the
  /// story's dateline, a day or two off the publication date) or `text`.
  public var anchor: String?
  /// The direction assumed for a relative expression: `past` or `future`.
  public var direction: String?
  /// `day`, `week`, `month`, `quarter`, `year`, `decade`, `time`, ...
  public var granularity: String?
  /// The id of the rule that found the mention.
  public var rule: String?
  /// The parts of the value that the text does not state but the resolver
  /// inferred (`year` for "January 19", `year,month,day` for "on Tuesday",
  /// `year,week` for "last week"), if any.
  public var inferred: String?
  /// For a time with no date in its phrase (`T10:30`), the day it belongs to:
  /// the day its sentence names, else the publication day.
  public var day: String?

  public init(
    span: Span, range: TextRange, type: String, value: String?, mod: String? = nil,
    anchor: String? = nil, direction: String? = nil, granularity: String? = nil,
    rule: String? = nil, inferred: String? = nil, day: String? = nil
  ) {
    self.span = span
    self.range = range
    self.type = type
    self.value = value
    self.mod = mod
    self.anchor = anchor
    self.direction = direction
    self.granularity = granularity
    self.rule = rule
    self.inferred = inferred
    self.day = day
  }

  public func write(to json: inout JSONWriter) {
    json.beginObject()
    json.spanFields(span)
    json.field(static: "type", type)
    json.field(static: "value", value)
    json.optionalField(static: "mod", mod)
    json.optionalField(static: "anchor", anchor)
    json.optionalField(static: "direction", direction)
    json.optionalField(static: "granularity", granularity)
    json.optionalField(static: "rule", rule)
    json.optionalField(static: "inferred", inferred)
    json.optionalField(static: "day", day)
    json.endObject()
  }
}
