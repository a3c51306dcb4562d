import GleanerCore

/// The compiled `Rules/LANG/quotes/` files: immutable lookup tables shared by
/// every document.
///
/// A class: every per-document stage holds the rules, and sharing one
/// reference costs one retain where copying a struct of ~30 tables costs
/// one per table.
final class QuoteRules: Sendable {
  let marks: MarkTable
  let elisions: WordTable<Bool>
  let verbs: WordTable<SpeechVerb>
  let sourcePhrases: [[UInt64]]
  /// The first word of each source phrase: most words start none.
  let sourcePhraseStarts: WordTable<Bool>
  /// Which of the lists read for every token each word is in: looked up once
  /// per token (`TokenView.flags`).
  let wordFlags: WordTable<WordFlags>
  /// A one-bit-per-slot filter in front of `wordFlags` (`filterSlot`): most
  /// tokens are in no list and skip the lookup.
  let wordFlagFilter: [UInt64]

  /// The word and bit of `wordFlagFilter` for a hash: the top 14 bits of the
  /// hash times the golden ratio (FNV-1a's own top bits mix poorly).
  @inline(__always) static func filterSlot(_ hash: UInt64) -> (word: Int, bit: UInt64) {
    let mixed = hash &* 0x9E37_79B9_7F4A_7C15
    return (Int(truncatingIfNeeded: mixed >> 56), 1 << ((mixed >> 50) & 63))
  }
  let negations: WordTable<Bool>
  let preVerb: WordTable<Bool>
  let listenerWords: WordTable<Bool>
  let listenerPhrases: [[UInt64]]
  let pronouns: WordTable<SpeakerPronoun>
  /// Person pronouns (as in `pronouns`) => their gender vote: 1 male, -1
  /// female, 0 neither; read for every word, so without the lemma string.
  let personPronounVotes: WordTable<Int>
  let possessives: WordTable<Bool>
  let speakerStops: WordTable<Bool>
  let subjectStops: WordTable<Bool>
  let postModifiers: WordTable<Bool>
  let titleWords: WordTable<Bool>
  let titleGenders: WordTable<Gender>
  /// Given names that show a person's gender ("Mary", "John"; `@list given-name-gender`).
  let nameGenders: WordTable<Gender>
  let nounContext: WordTable<Bool>
  let verbParticles: WordTable<Bool>
  let particles: WordTable<Bool>
  let organizationWords: WordTable<Bool>
  let determiners: WordTable<Bool>
  let workNouns: WordTable<Bool>
  let nonSpeakers: WordTable<Bool>
  let clauseBlockers: WordTable<Bool>
  let passives: WordTable<Bool>
  let relatives: WordTable<Bool>
  let statementNouns: WordTable<Bool>
  /// Nouns whose "that" clause holds what was said ("added the caveat that").
  let contentNouns: WordTable<Bool>
  /// Words that open a time or channel phrase between a speech verb and its clause ("on", "in").
  let adverbialOpeners: WordTable<Bool>
  /// Head nouns that close such a phrase ("Thursday", "statement").
  let adverbialHeads: WordTable<Bool>
  /// Offices held over a place ("mayor", "governor"): "the mayor of X" is its holder, not X.
  let placeOffices: WordTable<Bool>
  /// Auxiliaries and forms of "be" and "have": a clause with one has a verb.
  let auxiliaries: WordTable<Bool>
  /// Words in capitals that open a paragraph before a colon and name no speaker ("NOTE:").
  let transcriptLabels: WordTable<Bool>
  let teaserLabels: [[UInt64]]

  /// Compiles the quote rules of `language`.
  ///
  /// - Throws: `RuleErrors` naming `file:line` for invalid rules.
  init(rules: RuleSet, language: String) throws {
    let tables = try QuoteRuleTables(rules: rules, language: language)
    marks = tables.marks
    elisions = tables.elisions
    verbs = tables.verbs
    sourcePhrases = tables.sourcePhrases
    var starts = WordTable<Bool>()
    for phrase in sourcePhrases where !phrase.isEmpty { starts.insert(hash: phrase[0], true) }
    sourcePhraseStarts = starts
    var flags: [UInt64: WordFlags] = [:]
    for (table, flag) in [
      (tables.verbs.hashes, WordFlags.verb), (starts.hashes, .sourcePhraseStart),
      (tables.personPronounVotes.hashes, .personPronoun), (tables.particles.hashes, .particle),
      (tables.teaserLabels.compactMap(\.first), .teaserStart),
      (tables.determiners.hashes, .determiner), (tables.pronouns.hashes, .pronoun),
      (tables.speakerStops.hashes, .speakerStop), (tables.titleWords.hashes, .titleWord),
      (tables.subjectStops.hashes, .subjectStop), (tables.organizationWords.hashes, .organizationWord),
      (tables.preVerb.hashes, .preVerb), (tables.possessives.hashes, .possessive),
      (tables.sentenceOpeners.hashes, .sentenceOpener),
    ] {
      for hash in table { flags[hash, default: []].insert(flag) }
    }
    var wordFlags = WordTable<WordFlags>()
    for (hash, flag) in flags { wordFlags.insert(hash: hash, flag) }
    self.wordFlags = wordFlags
    var wordFlagFilter = [UInt64](repeating: 0, count: 1 << 8)
    for hash in flags.keys {
      let (word, bit) = Self.filterSlot(hash)
      wordFlagFilter[word] |= bit
    }
    self.wordFlagFilter = wordFlagFilter
    negations = tables.negations
    preVerb = tables.preVerb
    listenerWords = tables.listenerWords
    listenerPhrases = tables.listenerPhrases
    pronouns = tables.pronouns
    personPronounVotes = tables.personPronounVotes
    possessives = tables.possessives
    speakerStops = tables.speakerStops
    subjectStops = tables.subjectStops
    postModifiers = tables.postModifiers
    titleWords = tables.titleWords
    titleGenders = tables.titleGenders
    nameGenders = tables.nameGenders
    nounContext = tables.nounContext
    verbParticles = tables.verbParticles
    particles = tables.particles
    organizationWords = tables.organizationWords
    determiners = tables.determiners
    workNouns = tables.workNouns
    nonSpeakers = tables.nonSpeakers
    clauseBlockers = tables.clauseBlockers
    passives = tables.passives
    relatives = tables.relatives
    statementNouns = tables.statementNouns
    contentNouns = tables.contentNouns
    adverbialOpeners = tables.adverbialOpeners
    adverbialHeads = tables.adverbialHeads
    auxiliaries = tables.auxiliaries
    placeOffices = tables.placeOffices
    transcriptLabels = tables.transcriptLabels
    teaserLabels = tables.teaserLabels
  }
}

/// The word lists that the stages test most often, as bits: a token's
/// flags are looked up once (`TokenView.flags`), then each test is a bit test.
struct WordFlags: OptionSet, Sendable {
  let rawValue: UInt16
  /// A speech verb (`verbs`).
  static let verb = WordFlags(rawValue: 1)
  /// The first word of a source phrase ("according").
  static let sourcePhraseStart = WordFlags(rawValue: 2)
  /// A person pronoun (`personPronounVotes`).
  static let personPronoun = WordFlags(rawValue: 4)
  /// A name particle (`particles`).
  static let particle = WordFlags(rawValue: 8)
  /// The first word of a teaser label ("read", "watch").
  static let teaserStart = WordFlags(rawValue: 16)
  static let determiner = WordFlags(rawValue: 32)
  /// Any pronoun (`pronouns`).
  static let pronoun = WordFlags(rawValue: 64)
  static let speakerStop = WordFlags(rawValue: 128)
  static let titleWord = WordFlags(rawValue: 256)
  static let subjectStop = WordFlags(rawValue: 512)
  static let organizationWord = WordFlags(rawValue: 1024)
  static let preVerb = WordFlags(rawValue: 2048)
  static let possessive = WordFlags(rawValue: 4096)
  /// An adverb or conjunction that may open a sentence before its subject ("then").
  static let sentenceOpener = WordFlags(rawValue: 8192)
  /// The lists of function words: an acronym spelled like one is none ("the WHO").
  static let functionWord: WordFlags = [
    .determiner, .pronoun, .personPronoun, .speakerStop, .subjectStop, .preVerb, .possessive, .sentenceOpener,
  ]
}
