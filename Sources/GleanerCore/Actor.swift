/// One real entity of an article with all its mentions (the record's
/// `actors`).
public struct Actor: Sendable, Hashable, JSONWritable {
  /// The canonical name: one actor per real entity per article.
  public var name: String
  /// `person`, `organization`, `country`, `location` or `group`.
  public var type: String
  /// Roles and titles the text gives the actor ("Israeli Prime Minister").
  public var roles: [String]
  /// Every mention, in text order.
  public var mentions: [ActorMention]
  /// A stable code where one exists (ISO 3166 alpha-2 for countries).
  public var code: String?
  /// Common-noun phrases that refer back to the actor where only it fits ("the bank",
  /// "the federation", "the president"), in text order. Kept apart from `mentions`,
  /// which hold names and titled descriptions; written as `references` when present.
  public var references: [ActorMention]

  public init(
    name: String, type: String, roles: [String] = [],
    mentions: [ActorMention] = [], code: String? = nil, references: [ActorMention] = []
  ) {
    self.name = name
    self.type = type
    self.roles = roles
    self.mentions = mentions
    self.code = code
    self.references = references
  }

  public func write(to json: inout JSONWriter) {
    json.beginObject()
    json.field(static: "name", name)
    json.field(static: "type", type)
    json.optionalField(static: "code", code)
    json.field(static: "roles", roles)
    json.field(static: "mentions", mentions)
    if !references.isEmpty { json.field(static: "references", references) }
    json.endObject()
  }
}

/// One place in the text where an actor is named.
public struct ActorMention: Sendable, Hashable, JSONWritable {
  public var span: Span
  /// The id of the rule that found the mention.
  public var rule: String?
  /// Internal: the UTF-8 range of the mention, for later stages.
  public var range: TextRange

  public init(span: Span, range: TextRange, rule: String? = nil) {
    self.span = span
    self.range = range
    self.rule = rule
  }

  public func write(to json: inout JSONWriter) {
    json.beginObject()
    json.spanFields(span)
    json.optionalField(static: "rule", rule)
    json.endObject()
  }
}
