import GleanerCore
import GleanerText

/// A stretch of text between quotation marks.
struct MarkedSpan {
  /// The token of the first opening mark.
  var open: Int
  /// The token of the closing mark, or nil when the paragraph ended first.
  var close: Int?
  /// The quoted words of each paragraph the quotation runs through.
  var pieces: [TextRange]
  var kind: MarkTable.Kind

  var range: TextRange { pieces[0].union(pieces[pieces.count - 1]) }
}

/// Finds quotation-mark spans with a small state machine over each
/// paragraph's punctuation tokens, in one linear pass.
///
/// - Double marks pair by the mark table; the straight `"` toggles.
/// - Single marks open only after a space (or an opening bracket) before a
///   letter that is no elision ("'em"), and close only after a word before a
///   space or punctuation, so apostrophes (it's, Israel's, the '90s) never
///   count; inside double quotes they are ignored.
/// - A mark left open at the paragraph's end closes there, unless the next
///   paragraph opens with a mark: then the quotation goes on in it.
struct MarkScanner {
  let rules: QuoteRules
  let view: TokenView

  private struct Open {
    var token: Int
    var closers: [Unicode.Scalar]
    var kind: MarkTable.Kind
  }

  /// Whether `token` is the first of two right single marks written as a
  /// closing double mark ("’’", "''").
  private func isDoubledSingle(_ token: Int, _ tokens: Range<Int>) -> Bool {
    let scalar = view.scalar(token)
    guard scalar == "\u{2019}" || scalar == "'", token + 1 < tokens.upperBound,
      view.isPunctuation(token + 1), view.scalar(token + 1) == scalar
    else { return false }
    return !view.tokens[token + 1].spaceBefore
  }

  func scan() -> [MarkedSpan] {
    var spans: [MarkedSpan] = []
    var carried: [TextRange] = []
    var carriedOpen = 0
    let paragraphs = view.text.paragraphs

    func finish(_ open: Open, close: Int?, end: Int, before first: Int? = nil) {
      let stop = (first ?? close).map { view.tokens[$0].range.start } ?? end
      var pieces = carried
      if let piece = content(after: open.token, upTo: stop) { pieces.append(piece) }
      let first = carried.isEmpty ? open.token : carriedOpen
      carried = []
      guard !pieces.isEmpty else { return }
      spans.append(MarkedSpan(open: first, close: close, pieces: pieces, kind: open.kind))
    }

    for (index, paragraph) in paragraphs.enumerated() {
      var double: Open?
      var single: Open?
      let tokens = paragraph.tokens
      var position = tokens.lowerBound
      if !carried.isEmpty {
        // The previous paragraph's quotation goes on: its mark opens this one.
        if position < tokens.upperBound, let opener = rules.marks.opener(view.scalar(position)) {
          double = Open(token: position, closers: opener.closers, kind: .double)
          position += 1
        } else {
          carried = []
        }
      }
      while position < tokens.upperBound {
        let token = position
        position += 1
        guard view.isPunctuation(token) else { continue }
        let scalar = view.scalar(token)
        guard rules.marks.isMark(scalar) else { continue }
        let opener = rules.marks.opener(scalar)
        if let open = double {
          if open.closers.contains(scalar) {
            finish(open, close: token, end: paragraph.range.end)
            double = nil
          } else if isDoubledSingle(token, tokens), looksClosing(token, tokens) {
            // Two single marks used as a double one ("“...,’’ says X").
            finish(open, close: token + 1, end: paragraph.range.end, before: token)
            double = nil
            position += 1
          } else if opener == nil, isDoubleCloser(scalar), looksClosing(token, tokens) {
            // Mixed marks: a straight mark closed by a curly one ("...”).
            finish(open, close: token, end: paragraph.range.end)
            double = nil
          } else if let opener, opener.kind == .double {
            if looksClosing(token, tokens) {
              // A wrong-way mark used to close ("“...“").
              finish(open, close: token, end: paragraph.range.end)
              double = nil
            } else if looksOpening(token, tokens) {
              // A fresh opening mark: the earlier one was stray.
              carried = []
              double = Open(token: token, closers: opener.closers, kind: .double)
            }
          }
          continue
        }
        if let opener, opener.kind == .double {
          // A straight mark that can only close closes nothing: it is stray.
          if opener.closers == [scalar], looksClosing(token, tokens), !looksOpening(token, tokens) {
            continue
          }
          single = nil
          double = Open(token: token, closers: opener.closers, kind: .double)
          continue
        }
        if opener == nil, isDoubleCloser(scalar), looksOpening(token, tokens) {
          // A closing mark used to open (”...”).
          single = nil
          double = Open(token: token, closers: [scalar], kind: .double)
          continue
        }
        if let open = single {
          if open.closers.contains(scalar), closesSingle(token, tokens) {
            finish(open, close: token, end: paragraph.range.end)
            single = nil
          }
          continue
        }
        if let opener, opener.kind == .single, opensSingle(token, tokens) {
          single = Open(token: token, closers: opener.closers, kind: .single)
        }
      }
      // A single mark left open was an apostrophe after all.
      guard let open = double else {
        carried = []
        continue
      }
      // Open at the paragraph's end: go on into the next paragraph when it
      // opens with a mark, else close here.
      let next = index + 1 < paragraphs.count ? paragraphs[index + 1].tokens : 0..<0
      if let first = next.first, view.isPunctuation(first),
        rules.marks.opener(view.scalar(first))?.kind == .double,
        let piece = content(after: open.token, upTo: paragraph.range.end)
      {
        if carried.isEmpty { carriedOpen = open.token }
        carried.append(piece)
        continue
      }
      finish(open, close: nil, end: paragraph.range.end)
    }
    return spans
  }

  /// The trimmed text between a mark and `end`, if it holds a word or number.
  private func content(after mark: Int, upTo end: Int) -> TextRange? {
    var first = mark + 1
    while first < view.count, view.tokens[first].range.end <= end {
      if !view.isPunctuation(first) { break }
      first += 1
    }
    guard first < view.count, view.tokens[first].range.end <= end else { return nil }
    // Start at the token after the mark (punctuation such as "..." included).
    let start = view.tokens[mark + 1].range.start
    var stop = end
    let bytes = view.text.bytes
    while stop > start, bytes[stop - 1] == 32 || bytes[stop - 1] == 10 || bytes[stop - 1] == 9 {
      stop -= 1
    }
    return stop > start ? TextRange(start, stop) : nil
  }

  private func isDoubleCloser(_ scalar: Unicode.Scalar) -> Bool {
    rules.marks.isDoubleCloser(scalar)
  }

  /// Space (or the paragraph's start) before, a word or number right after.
  private func looksOpening(_ token: Int, _ paragraph: Range<Int>) -> Bool {
    let before = token == paragraph.lowerBound || view.tokens[token].spaceBefore
      || isOpeningContext(token - 1)
    let next = token + 1
    let after = next < paragraph.upperBound && !view.tokens[next].spaceBefore
      && (!view.isPunctuation(next) || !isClosingPunctuation(next))
    return before && after
  }

  /// Something right before, a space, punctuation or the paragraph's end after.
  private func looksClosing(_ token: Int, _ paragraph: Range<Int>) -> Bool {
    guard token > paragraph.lowerBound, !view.tokens[token].spaceBefore else { return false }
    let next = token + 1
    return next >= paragraph.upperBound || view.tokens[next].spaceBefore || view.isPunctuation(next)
  }

  private func opensSingle(_ token: Int, _ paragraph: Range<Int>) -> Bool {
    let before = token == paragraph.lowerBound || view.tokens[token].spaceBefore
      || isOpeningContext(token - 1)
    let next = token + 1
    guard before, next < paragraph.upperBound, !view.tokens[next].spaceBefore,
      view.isWord(next)
    else { return false }
    return !rules.elisions.contains(view.hashes[next])
  }

  private func closesSingle(_ token: Int, _ paragraph: Range<Int>) -> Bool {
    guard token > paragraph.lowerBound, !view.tokens[token].spaceBefore else { return false }
    let next = token + 1
    guard next >= paragraph.upperBound || view.tokens[next].spaceBefore || view.isPunctuation(next)
    else { return false }
    // Not a plural possessive right after an "s" ("the players' union").
    return true
  }

  /// An opening bracket, a dash or a colon right before a mark.
  private func isOpeningContext(_ token: Int) -> Bool {
    guard view.isPunctuation(token) else { return false }
    switch view.scalar(token) {
    case "(", "[", "{", "\u{2014}", "\u{2013}", "-", ":", "/": return true
    default: return rules.marks.isOpener(view.scalar(token))
    }
  }

  private func isClosingPunctuation(_ token: Int) -> Bool {
    switch view.scalar(token) {
    case ",", ".", ";", ":", "!", "?", ")", "]": return true
    default: return false
    }
  }
}
