/// The votes of a group's mentions for its actor type, one counter per type.
///
/// Replaces a `[String: Int]`: the five types are fixed, and a tie goes to the type
/// whose name sorts first, as it did when types were dictionary keys.
struct TypeVotes {
  /// The types in the order of their names.
  static let types = ["country", "group", "location", "organization", "person"]
  static let organization = 3
  static let person = 4
  /// Per type; 0 means no vote (every vote counts at least 1).
  private var counts = (0, 0, 0, 0, 0)

  @inline(__always)
  private static func index(_ type: String) -> Int? {
    switch type {
    case "country": 0
    case "group": 1
    case "location": 2
    case "organization": 3
    case "person": 4
    default: nil
    }
  }

  subscript(_ index: Int) -> Int {
    get {
      switch index {
      case 0: counts.0
      case 1: counts.1
      case 2: counts.2
      case 3: counts.3
      default: counts.4
      }
    }
    set {
      switch index {
      case 0: counts.0 = newValue
      case 1: counts.1 = newValue
      case 2: counts.2 = newValue
      case 3: counts.3 = newValue
      default: counts.4 = newValue
      }
    }
  }

  /// Adds `count` votes for `type` (one of `types`; others are ignored).
  mutating func add(_ type: String, _ count: Int) {
    if let index = Self.index(type) { self[index] += count }
  }

  /// The index of the type with the most votes (ties: the first), nil without votes.
  var best: Int? {
    var best: Int?
    for index in 0..<5 where self[index] > 0 {
      if best == nil || self[index] > self[best!] { best = index }
    }
    return best
  }

  /// The type with the most votes, nil without votes.
  var bestType: String? { best.map { Self.types[$0] } }
}
