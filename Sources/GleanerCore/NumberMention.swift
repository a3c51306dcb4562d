/// A count, amount, percentage, ordinal or measure (the record's `numbers`).
public struct NumberMention: Sendable, Hashable, JSONWritable {
  public var span: Span
  /// The UTF-8 range of the mention, for later stages (not emitted).
  public var range: TextRange
  /// `cardinal`, `ordinal`, `percent`, `money` or `quantity`.
  public var kind: String
  /// The value; for a range, its lower end.
  public var value: Double?
  /// The upper end of a range ("10 to 15"), else nil.
  public var valueMax: Double?
  /// What is counted or measured: `hostages`, `USD`, `km`, `%`.
  public var unit: String?
  /// `approx`, `more_than`, `less_than`, `at_least`, `at_most`.
  public var modifier: String?
  /// The event a count belongs to, where a rule names one (`release`).
  public var event: String?
  /// The id of the rule that found the mention.
  public var rule: String?

  public init(
    span: Span, range: TextRange, kind: String, value: Double?, valueMax: Double? = nil,
    unit: String? = nil, modifier: String? = nil, event: String? = nil,
    rule: String? = nil
  ) {
    self.span = span
    self.range = range
    self.kind = kind
    self.value = value
    self.valueMax = valueMax
    self.unit = unit
    self.modifier = modifier
    self.event = event
    self.rule = rule
  }

  public func write(to json: inout JSONWriter) {
    json.beginObject()
    json.spanFields(span)
    json.field(static: "kind", kind)
    json.field(static: "value", value)
    json.optionalField(static: "value_max", valueMax)
    json.field(static: "unit", unit)
    json.field(static: "modifier", modifier)
    json.optionalField(static: "event", event)
    json.optionalField(static: "rule", rule)
    json.endObject()
  }
}
