import GleanerCore

/// A mention found in the text, before mentions are gathered into actors.
struct Candidate: Sendable {
  var range: TextRange
  /// Units `units[start..<end]` make up the mention.
  var start: Int
  var end: Int
  /// `person`, `organization`, `country`, `location`, `group`, or `""` when unknown.
  var type: String
  /// Where the name is written: the actor's name unless it is a known entity's
  /// (`entity >= 0`: the entity's canonical name). Kept as a range so that only the
  /// names of actors become Strings (`ActorResolver.name(of:)`); a repeated mention keeps
  /// the range of the mention it repeats.
  var nameRange: TextRange
  var code: String?
  var rule: String
  /// Whether the rules know the entity (a gazetteer entry).
  var known: Bool
  /// The index of the known entity in `ActorLexicon.entities`, -1 for none.
  var entity: Int32 = -1
  /// How sure the type is: 0 a guess, 1 weak, 2 a cue, 3 a title or gazetteer.
  var evidence: Int
  var role: String?
  /// The word ids of the name's words, for surname and acronym links.
  var keyIDs: [Int32]
  /// The common noun the text calls the actor by before its name ("the union X",
  /// "the employers' federation, X"), for later references ("the federation").
  var descriptor: String? = nil
}
