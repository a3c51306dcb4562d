/// Where the phrases of one list that one word starts lie in
/// `DateLexicon.phrases[word]`, and a filter on the token after that word:
/// a word as "the" opens dozens of phrases of a list, and the token after it
/// rules out all of them at most places ("the company").
struct PhraseGroups: Sendable {
  struct Group: Sendable {
    var list: Int32
    /// The phrases: `phrases[word][start..<end]`.
    var start: Int32
    var end: Int32
    /// Whether a phrase of the group is the word alone (then any next token will do).
    var single: Bool
    /// The second token ids of the group's phrases, hashed to 128 bits (`id & 127`).
    var seconds: (UInt64, UInt64)

    /// Whether a phrase of the group may match when `next` (-1: none, or a
    /// break before it) follows the word: a filter only, lets some more through.
    @inline(__always)
    func admits(next: Int32) -> Bool {
      if single { return true }
      guard next >= 0 else { return false }
      let bit: UInt64 = 1 << UInt64(next & 63)
      return (next & 64 == 0 ? seconds.0 : seconds.1) & bit != 0
    }
  }

  /// Per word id: its groups are `groups[firsts[id]..<firsts[id + 1]]`, by ascending list.
  private let firsts: [Int32]
  private let groups: [Group]

  /// `phrases[id]` holds a word's phrases by ascending list number.
  init(_ phrases: [[DateLexicon.Phrase]]) {
    var firsts: [Int32] = [0]
    var groups: [Group] = []
    for all in phrases {
      var k = 0
      while k < all.count {
        var group = Group(
          list: Int32(all[k].list), start: Int32(k), end: Int32(k), single: false, seconds: (0, 0))
        while k < all.count, all[k].list == all[Int(group.start)].list {
          if let second = all[k].tail.first, second >= 0 {
            let bit: UInt64 = 1 << UInt64(second & 63)
            if second & 64 == 0 { group.seconds.0 |= bit } else { group.seconds.1 |= bit }
          } else {
            group.single = true
          }
          k += 1
        }
        group.end = Int32(k)
        groups.append(group)
      }
      firsts.append(Int32(groups.count))
    }
    self.firsts = firsts
    self.groups = groups
  }

  /// The group of list number `list` that word `id` starts, if any.
  @inline(__always)
  func group(_ list: Int, _ id: Int32) -> Group? {
    var low = Int(firsts[Int(id)])
    var high = Int(firsts[Int(id) + 1])
    while low < high {
      let middle = (low &+ high) >> 1
      if Int(groups[middle].list) < list { low = middle &+ 1 } else { high = middle }
    }
    guard low < Int(firsts[Int(id) + 1]), Int(groups[low].list) == list else { return nil }
    return groups[low]
  }
}
