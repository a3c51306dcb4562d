/// A word list of the rules, looked up by word id (for tokens) or string.
struct WordSet: Sendable {
  private(set) var strings: Set<String> = []
  private var members: [Bool] = []

  mutating func formUnion(_ words: some Sequence<String>) { strings.formUnion(words) }

  func contains(_ word: String) -> Bool { strings.contains(word) }

  @inline(__always)
  func contains(_ word: Word) -> Bool {
    let id = Int(word.id)
    return id >= 0 && id < members.count && members[id]
  }

  /// Interns the words into `index`.
  mutating func seal(_ index: inout WordIndex) {
    for word in strings.sorted() {
      let id = Int(index.intern(word))
      if members.count <= id { members += Array(repeating: false, count: id + 1 - members.count) }
      members[id] = true
    }
  }
}

/// Numbers by word ("twelve" → 12), looked up by word id (for tokens) or string.
struct WordValues: Sendable {
  private(set) var strings: [String: Double] = [:]
  private var values: [Double?] = []

  var keys: Dictionary<String, Double>.Keys { strings.keys }

  subscript(_ word: String) -> Double? {
    get { strings[word] }
    set { strings[word] = newValue }
  }

  @inline(__always)
  subscript(_ word: Word) -> Double? {
    let id = Int(word.id)
    return id >= 0 && id < values.count ? values[id] : nil
  }

  /// Interns the words into `index`.
  mutating func seal(_ index: inout WordIndex) {
    for (word, value) in strings.sorted(by: { $0.key < $1.key }) {
      let id = Int(index.intern(word))
      if values.count <= id { values += Array(repeating: nil, count: id + 1 - values.count) }
      values[id] = value
    }
  }
}
