import GleanerCore

/// How a speech verb reports speech.
struct SpeechVerb: Sendable {
  enum Indirect: Sendable { case yes, that, no, to }
  var lemma: String
  /// Whether it introduces reported speech without quotation marks.
  var indirect: Indirect
  /// A participle ("saying"): its subject is the sentence's subject.
  var isParticiple: Bool
  /// How the verb quotes a characterization: "describes X as Y", "calls it Y".
  enum Complement: Sendable { case none, `as`, object }
  var complement = Complement.none
  /// Whether it also takes a plain object ("confirmed the find"): without "that", the
  /// clause after it must show a verb.
  var takesObject = false
}

/// A pronoun that can stand for a speaker.
struct SpeakerPronoun: Sendable {
  var isPerson: Bool
  var lemma: String
}

/// The quotation marks of a language: which marks open, and what closes them.
///
/// A language has a handful of marks, so lookups scan short arrays (after a
/// bit test for ASCII characters) instead of hashing a `Unicode.Scalar`.
struct MarkTable: Sendable {
  enum Kind: Sendable { case double, single }
  typealias Opener = (closers: [Unicode.Scalar], kind: Kind)
  /// Opening marks, and for each its closing marks and kind.
  private(set) var openerMarks: [Unicode.Scalar] = []
  private(set) var openerInfo: [Opener] = []
  /// Every closing mark.
  private(set) var closers: [Unicode.Scalar] = []
  /// Closing marks of double opening marks.
  private var doubleClosers: [Unicode.Scalar] = []
  /// ASCII marks (any role) as bits of their code.
  private var asciiMarks: (low: UInt64, high: UInt64) = (0, 0)

  var isEmpty: Bool { openerMarks.isEmpty }

  /// Adds an opening mark closed by `close`.
  mutating func add(open: Unicode.Scalar, close: Unicode.Scalar, kind: Kind) {
    if let index = openerMarks.firstIndex(of: open) {
      openerInfo[index] = (openerInfo[index].closers + [close], kind)
    } else {
      openerMarks.append(open)
      openerInfo.append(([close], kind))
    }
    if !closers.contains(close) { closers.append(close) }
    doubleClosers = []
    for info in openerInfo where info.kind == .double {
      for closer in info.closers where !doubleClosers.contains(closer) { doubleClosers.append(closer) }
    }
    for scalar in [open, close] where scalar.value < 128 {
      if scalar.value < 64 { asciiMarks.low |= 1 << UInt64(scalar.value) } else {
        asciiMarks.high |= 1 << UInt64(scalar.value - 64)
      }
    }
  }

  /// Whether an ASCII character is no mark at all (the common case).
  @inline(__always) private func isPlainASCII(_ scalar: Unicode.Scalar) -> Bool {
    let value = scalar.value
    guard value < 128 else { return false }
    let bits = value < 64 ? asciiMarks.low >> UInt64(value) : asciiMarks.high >> UInt64(value - 64)
    return bits & 1 == 0
  }

  /// The closing marks and kind of an opening mark.
  @inline(__always) func opener(_ scalar: Unicode.Scalar) -> Opener? {
    if isPlainASCII(scalar) { return nil }
    for (index, mark) in openerMarks.enumerated() where mark == scalar { return openerInfo[index] }
    return nil
  }

  @inline(__always) func isOpener(_ scalar: Unicode.Scalar) -> Bool {
    !isPlainASCII(scalar) && openerMarks.contains(scalar)
  }

  @inline(__always) func isCloser(_ scalar: Unicode.Scalar) -> Bool {
    !isPlainASCII(scalar) && closers.contains(scalar)
  }

  /// Whether `scalar` closes some double opening mark.
  func isDoubleCloser(_ scalar: Unicode.Scalar) -> Bool {
    !isPlainASCII(scalar) && doubleClosers.contains(scalar)
  }

  @inline(__always) func isMark(_ scalar: Unicode.Scalar) -> Bool {
    !isPlainASCII(scalar) && (openerMarks.contains(scalar) || closers.contains(scalar))
  }
}

/// The compiled `Rules/LANG/quotes/` files, while they are read; `QuoteRules`
/// holds the finished tables.
struct QuoteRuleTables: Sendable {
  var marks = MarkTable()
  var elisions = WordTable<Bool>()
  var verbs = WordTable<SpeechVerb>()
  var sourcePhrases: [[UInt64]] = []
  var negations = WordTable<Bool>()
  var preVerb = WordTable<Bool>()
  var listenerWords = WordTable<Bool>()
  var listenerPhrases: [[UInt64]] = []
  var pronouns = WordTable<SpeakerPronoun>()
  /// Person pronouns (as in `pronouns`) => their gender vote: 1 male, -1
  /// female, 0 neither; read for every word, so without the lemma string.
  var personPronounVotes = WordTable<Int>()
  var possessives = WordTable<Bool>()
  var speakerStops = WordTable<Bool>()
  var subjectStops = WordTable<Bool>()
  var postModifiers = WordTable<Bool>()
  var titleWords = WordTable<Bool>()
  var titleGenders = WordTable<Gender>()
  var nameGenders = WordTable<Gender>()
  var nounContext = WordTable<Bool>()
  var verbParticles = WordTable<Bool>()
  var particles = WordTable<Bool>()
  var organizationWords = WordTable<Bool>()
  var determiners = WordTable<Bool>()
  var workNouns = WordTable<Bool>()
  var nonSpeakers = WordTable<Bool>()
  var clauseBlockers = WordTable<Bool>()
  var passives = WordTable<Bool>()
  var relatives = WordTable<Bool>()
  var statementNouns = WordTable<Bool>()
  var contentNouns = WordTable<Bool>()
  var sentenceOpeners = WordTable<Bool>()
  var adverbialOpeners = WordTable<Bool>()
  var adverbialHeads = WordTable<Bool>()
  var auxiliaries = WordTable<Bool>()
  var transcriptLabels = WordTable<Bool>()
  var placeOffices = WordTable<Bool>()
  var teaserLabels: [[UInt64]] = []

  /// The `@list` names this extractor reads; any other name is an error.
  static let listNames: Set<String> = [
    "mark", "elision", "speech-verb", "source-phrase", "negation", "pre-verb", "listener",
    "pronoun", "possessive", "speaker-stop", "subject-stop", "post-modifier", "title-word",
    "name-particle", "organization-word", "determiner", "work-noun", "non-speaker",
    "clause-blocker", "passive", "relative", "gendered-title", "noun-context",
    "verb-particle", "statement-noun", "teaser-label", "content-noun", "sentence-opener",
    "adverbial-opener", "adverbial-head", "auxiliary", "transcript-label", "place-office",
    "given-name-gender",
  ]

  init(rules: RuleSet, language: String) throws {
    var errors: [RuleError] = []
    let sections = rules.files(language: language, dimension: "quotes").flatMap(\.sections)
    for section in sections {
      guard section.kind == "list" else {
        errors.append(section.error("unknown section '@\(section.kind)': quotes read '@list NAME'"))
        continue
      }
      guard Self.listNames.contains(section.name) else {
        let names = Self.listNames.sorted().joined(separator: ", ")
        errors.append(section.error("unknown list '\(section.name)': expected one of \(names)"))
        continue
      }
      for entry in section.entries {
        do {
          try add(entry, to: section.name)
        } catch let error as RuleError {
          errors.append(error)
        }
      }
    }
    if verbs.isEmpty {
      errors.append(
        RuleError(
          file: "\(language)/quotes", line: 0, "no '@list speech-verb' entries: quotes need speech verbs"))
    }
    if marks.isEmpty {
      errors.append(RuleError(file: "\(language)/quotes", line: 0, "no '@list mark' entries"))
    }
    if !errors.isEmpty { throw RuleErrors(errors) }
  }

  private mutating func add(_ entry: RuleEntry, to list: String) throws {
    switch list {
    case "mark": try addMark(entry)
    case "speech-verb": try addVerb(entry)
    case "pronoun":
      guard let person = entry.attributes["person"], ["yes", "no"].contains(person) else {
        throw entry.error("a pronoun needs person=yes or person=no")
      }
      for key in entry.keys {
        let lemma = entry.value ?? key
        // The first entry of a word wins, in both tables.
        if person == "yes", pronouns[WordHash.of(Array(key.lowercased().utf8))] == nil {
          personPronounVotes.insert(key, lemma == "male" ? 1 : lemma == "female" ? -1 : 0)
        }
        pronouns.insert(key, SpeakerPronoun(isPerson: person == "yes", lemma: lemma))
      }
    case "gendered-title":
      guard let value = entry.value, let gender = ["male": Gender.male, "female": .female][value] else {
        throw entry.error("a gendered title needs '=> male' or '=> female'")
      }
      for key in entry.keys { titleGenders.insert(key, gender) }
    case "given-name-gender":
      guard let value = entry.value, let gender = ["male": Gender.male, "female": .female][value] else {
        throw entry.error("a given name's gender needs '=> male' or '=> female'")
      }
      for key in entry.keys { nameGenders.insert(key, gender) }
    case "source-phrase":
      sourcePhrases += entry.keys.map(WordHash.phrase)
    case "teaser-label":
      teaserLabels += entry.keys.map(WordHash.phrase)
    case "listener":
      for key in entry.keys {
        if key.contains(" ") { listenerPhrases.append(WordHash.phrase(key)) } else {
          listenerWords.insert(key, true)
        }
      }
    default:
      for key in entry.keys {
        guard !key.contains(" ") else {
          throw entry.error("'\(key)': list '\(list)' takes single words")
        }
        switch list {
        case "elision": elisions.insert(key, true)
        case "negation": negations.insert(key, true)
        case "pre-verb": preVerb.insert(key, true)
        case "possessive": possessives.insert(key, true)
        case "speaker-stop": speakerStops.insert(key, true)
        case "subject-stop": subjectStops.insert(key, true)
        case "post-modifier": postModifiers.insert(key, true)
        case "title-word": titleWords.insert(key, true)
        case "name-particle": particles.insert(key, true)
        case "organization-word": organizationWords.insert(key, true)
        case "determiner": determiners.insert(key, true)
        case "work-noun": workNouns.insert(key, true)
        case "non-speaker": nonSpeakers.insert(key, true)
        case "clause-blocker": clauseBlockers.insert(key, true)
        case "passive": passives.insert(key, true)
        case "relative": relatives.insert(key, true)
        case "noun-context": nounContext.insert(key, true)
        case "verb-particle": verbParticles.insert(key, true)
        case "statement-noun": statementNouns.insert(key, true)
        case "content-noun": contentNouns.insert(key, true)
        case "sentence-opener": sentenceOpeners.insert(key, true)
        case "adverbial-opener": adverbialOpeners.insert(key, true)
        case "adverbial-head": adverbialHeads.insert(key, true)
        case "auxiliary": auxiliaries.insert(key, true)
        case "transcript-label": transcriptLabels.insert(key, true)
        case "place-office": placeOffices.insert(key, true)
        default: throw entry.error("unknown list '\(list)'")
        }
      }
    }
  }

  private mutating func addMark(_ entry: RuleEntry) throws {
    guard let closer = entry.value else { throw entry.error("a mark needs its closing mark after '=>'") }
    let kind: MarkTable.Kind
    switch entry.attributes["kind"] {
    case "double": kind = .double
    case "single": kind = .single
    default: throw entry.error("a mark needs kind=double or kind=single")
    }
    guard let close = Self.singleScalar(closer) else {
      throw entry.error("closing mark '\(closer)' is not one character")
    }
    for key in entry.keys {
      guard let open = Self.singleScalar(key) else {
        throw entry.error("opening mark '\(key)' is not one character")
      }
      guard !(open.properties.isAlphabetic || ("0"..."9").contains(open)) else {
        throw entry.error("'\(key)' is a letter or digit, not a quotation mark")
      }
      marks.add(open: open, close: close, kind: kind)
    }
  }

  private mutating func addVerb(_ entry: RuleEntry) throws {
    guard let lemma = entry.value else { throw entry.error("a speech verb needs its lemma after '=>'") }
    let indirect: SpeechVerb.Indirect
    switch entry.attributes["indirect"] {
    case "yes": indirect = .yes
    case "that": indirect = .that
    case "no": indirect = .no
    case "to": indirect = .to
    default: throw entry.error("a speech verb needs indirect=yes, indirect=that, indirect=no or indirect=to")
    }
    let complement: SpeechVerb.Complement
    switch entry.attributes["complement"] {
    case nil: complement = .none
    case "as": complement = .as
    case "object": complement = .object
    default: throw entry.error("complement must be 'as' or 'object' when given")
    }
    let form = entry.attributes["form"]
    guard form == nil || form == "ing" else { throw entry.error("form must be 'ing' when given") }
    let takesObject = try flag(entry, "object")
    for key in entry.keys {
      guard !key.contains(" ") else { throw entry.error("'\(key)': a speech verb is one word") }
      if verbs[WordHash.of(Array(key.lowercased().utf8))] != nil {
        throw entry.error("speech verb '\(key)' is listed twice")
      }
      verbs.insert(
        key,
        SpeechVerb(
          lemma: lemma, indirect: indirect, isParticiple: form == "ing", complement: complement,
          takesObject: takesObject))
    }
  }

  /// An attribute that is `yes` or `no` (absent: no).
  private func flag(_ entry: RuleEntry, _ name: String) throws -> Bool {
    switch entry.attributes[name] {
    case nil, "no": return false
    case "yes": return true
    default: throw entry.error("\(name) must be 'yes' or 'no' when given")
    }
  }

  private static func singleScalar(_ text: String) -> Unicode.Scalar? {
    let scalars = text.unicodeScalars
    return scalars.count == 1 ? scalars.first : nil
  }
}
