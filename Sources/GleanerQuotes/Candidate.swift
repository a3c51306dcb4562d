import GleanerCore

/// A quotation found but not yet resolved: token positions of its cue and
/// speaker phrase, before speakers are linked.
struct Candidate {
  enum Kind: String { case direct, partial, indirect }

  /// The quoted words (first to last part).
  var range: TextRange
  /// The pieces of a split or multi-paragraph quotation.
  var parts: [TextRange]
  var kind: Kind
  /// The cue's tokens ("said", "according to").
  var cue: Range<Int>?
  /// The speaker phrase's tokens as written.
  var speaker: Range<Int>?
  /// An appositive naming the speaker's role ("the club's treasurer").
  var role: Range<Int>?
  /// Whether the speaker is the last one (a quotation that goes on with no
  /// attribution of its own).
  var continues = false
  /// Whether a speaker is needed at all (false for headline phrases).
  var wantsSpeaker = true
  var rule: String
  /// The marks' tokens, for direct and partial quotations.
  var open: Int?
  var close: Int?
  /// The token just past the attribution that follows the quotation.
  var attributionEnd: Int?
  /// The paragraph of the quotation's start.
  var paragraph: Int
}
