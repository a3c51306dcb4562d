import GleanerCore

#if canImport(Glibc)
  import Glibc
#endif

/// Reads an HTML page with libxml2: the main content as blocks, the title
/// and the publication date.
///
/// 1. `HTMLCharset` finds the encoding (BOM, transport, `<meta>`, UTF-8,
///    windows-1252).
/// 2. `HTMLParser` parses with libxml2 into an `HTMLTree` + `HTMLPageFacts`.
/// 3. `HTMLBlockSplitter` cuts the tree into paragraph-like text blocks,
///    leaving out page furniture (navigation, asides, share bars, ...).
/// 4. `ContentPicker` keeps the blocks of the main content.
/// 5. `HTMLMetadata` finds the title and publication date.
public enum HTMLReader {
  /// - Parameters:
  ///   - declaredCharset: a charset named by the transport (HTTP header).
  ///   - url: the page's address, for a date in the URL.
  ///   - deadline: checked between the steps.
  /// - Throws: `DocumentError` when the bytes are not HTML at all, or past
  ///   the deadline.
  public static func read(
    _ bytes: [UInt8], declaredCharset: String?, url: String?, deadline: Deadline = .never
  ) throws(DocumentError) -> MarkedUpDocument {
    let detection = HTMLCharset.detect(bytes, declared: declaredCharset)
    var input = bytes[detection.bomLength...]
    if detection.bomLength == 0 {
      if looksBinary(bytes) {
        throw DocumentError(stage: "markup", "binary data, not HTML (NUL or control bytes)")
      }
      let hasNul = input.withUnsafeBufferPointer { buffer in
        buffer.baseAddress.map { memchr($0, 0, buffer.count) != nil } ?? false
      }
      if hasNul { input = ArraySlice(input.filter { $0 != 0 }) }
    }
    var encoding = detection.name
    if encoding == "UTF-8", !HTMLCharset.isValidUTF8(Array(input)) {
      // Invalid sequences become U+FFFD, as a browser shows them.
      input = ArraySlice(String(decoding: input, as: UTF8.self).utf8)
    } else if encoding == "windows-1252" {
      // Decoded here: iconv refuses the five bytes windows-1252 leaves
      // undefined (0x81, 0x8D, 0x8F, 0x90, 0x9D), and libxml2 then drops
      // the rest of the page.
      input = ArraySlice(HTMLCharset.windows1252ToUTF8(input))
      encoding = "UTF-8"
    }
    guard input.contains(where: { $0 > 0x20 }) else {
      return MarkedUpDocument(title: nil, published: nil, blocks: [])
    }
    guard let (tree, facts) = HTMLParser.parse(input, encoding: encoding) else {
      throw DocumentError(stage: "markup", "libxml2 could not read the page as HTML")
    }
    try deadline.check("markup")
    let blocks = try mainContent(tree, deadline: deadline)
    let headline = firstHeadline(tree)
    return MarkedUpDocument(
      title: HTMLMetadata.title(facts, headline: headline),
      published: HTMLMetadata.published(facts, url: url),
      blocks: blocks.filter { $0.kind != .headline })
  }

  /// The main content's blocks. Page furniture is left out first; when
  /// that leaves almost nothing, the page is read again without leaving it
  /// out (readability's retry).
  static func mainContent(_ tree: HTMLTree, deadline: Deadline = .never) throws(DocumentError) -> [Block] {
    var best: [Block] = []
    var bestLength = -1
    for strictness in [2, 1, 0] {
      try deadline.check("markup")
      let excluded = exclusions(tree, strictness: strictness)
      var splitter = HTMLBlockSplitter(tree: tree, excluded: excluded, deadline: deadline)
      let textBlocks = splitter.split(0)
      if splitter.expired { throw deadline.expired("markup") }
      try deadline.check("markup")
      let picker = ContentPicker(tree: tree, blocks: textBlocks)
      let picked = picker.pick()
      let length = picked.reduce(0) { $0 + textBlocks[$1].length }
      if length > bestLength {
        bestLength = length
        best = picked.map { Block(textBlocks[$0].kind, String(decoding: textBlocks[$0].text, as: UTF8.self)) }
      }
      if length >= 250 { break }
    }
    return best
  }

  /// Which subtrees are left out: with `strictness` 2, furniture tags and
  /// elements whose class/id/role name furniture; with 1, the tags only;
  /// with 0, nothing. Whatever the page marks as the article body stays.
  static func exclusions(_ tree: HTMLTree, strictness: Int) -> [Bool] {
    var excluded = Array(repeating: false, count: tree.count)
    guard strictness > 0 else { return excluded }
    for (index, node) in tree.nodes.enumerated() {
      guard !node.flags.contains(.articleBody) else { continue }
      switch node.tag {
      case .html, .body, .article, .main: continue
      default: break
      }
      if node.tag.isBoilerplate || (strictness > 1 && node.flags.contains(.unlikely)) {
        excluded[index] = true
      }
    }
    return excluded
  }

  /// The text of the page's first `<h1>`, if any.
  static func firstHeadline(_ tree: HTMLTree) -> String? {
    guard let index = tree.nodes.firstIndex(where: { $0.tag == .h1 }) else { return nil }
    var splitter = HTMLBlockSplitter(
      tree: tree, excluded: Array(repeating: false, count: tree.count))
    let text = splitter.split(index).map { String(decoding: $0.text, as: UTF8.self) }
    let headline = text.joined(separator: " ")
    return headline.isEmpty ? nil : headline
  }

  /// Whether the first 4 KiB hold more than 5 % control bytes, or NUL
  /// bytes and no markup. (Random bytes hold about 11 % control bytes; a 10 %
  /// threshold let one random page in thirty through.)
  static func looksBinary(_ bytes: [UInt8]) -> Bool {
    let head = bytes.prefix(4096)
    var controls = 0
    var nuls = 0
    for byte in head where byte < 0x20 && byte != 0x09 && byte != 0x0A && byte != 0x0D && byte != 0x0C {
      controls += 1
      if byte == 0 { nuls += 1 }
    }
    return controls * 20 > head.count || (nuls > 0 && !head.contains(UInt8(ascii: "<")))
  }
}
