import CLibXML2

#if canImport(Glibc)
  import Glibc
#endif

/// The one place that talks to libxml2: parses a page with its HTML parser
/// (recover mode, no network, no external entities, no error output), copies
/// what the later steps need into an `HTMLTree` and `HTMLPageFacts`, and
/// frees the libxml2 document before returning. No libxml2 node escapes.
enum HTMLParser {
  /// `xmlInitParser` must run once before documents are parsed on several
  /// threads; a `static let` is initialised exactly once.
  private static let setUp: Void = { xmlInitParser() }()

  private static let options = Int32(
    HTML_PARSE_RECOVER.rawValue | HTML_PARSE_NOERROR.rawValue | HTML_PARSE_NOWARNING.rawValue
      | HTML_PARSE_NONET.rawValue | HTML_PARSE_COMPACT.rawValue | HTML_PARSE_IGNORE_ENC.rawValue
      | XML_PARSE_HUGE.rawValue)

  /// Parses `bytes` (without a byte-order mark) in `encoding`; nil when
  /// libxml2 builds no document at all.
  static func parse(_ bytes: ArraySlice<UInt8>, encoding: String) -> (HTMLTree, HTMLPageFacts)? {
    _ = setUp
    gleaner_xml_silence()
    let length = Int32(clamping: bytes.count)
    let parsed: htmlDocPtr? = bytes.withUnsafeBufferPointer { buffer in
      guard let base = buffer.baseAddress else { return nil }
      return base.withMemoryRebound(to: CChar.self, capacity: buffer.count) { pointer in
        htmlReadMemory(pointer, length, nil, encoding, options)
      }
    }
    guard let doc = parsed else { return nil }
    defer { xmlFreeDoc(doc) }
    var builder = Builder()
    builder.walk(doc)
    return (builder.tree, builder.facts)
  }

  /// Copies a libxml2 document into Swift values in one iterative pass
  /// (no recursion, so deeply nested pages cannot exhaust the stack).
  private struct Builder {
    var tree = HTMLTree()
    var facts = HTMLPageFacts()
    /// Swift indices of the elements whose children are being walked.
    var open: [Int32] = []
    var lastBreak: Int32 = -1

    mutating func walk(_ doc: htmlDocPtr) {
      // A root for the whole document, whatever libxml2 put at the top.
      tree.nodes.append(HTMLTree.Node(tag: .html, parent: -1))
      open.append(0)
      let docAddress = UnsafeMutableRawPointer(doc)
      var current: xmlNodePtr? = doc.pointee.children
      while let node = current {
        if visit(node), let child = node.pointee.children {
          current = child
          continue
        }
        var at = node
        current = nil
        while true {
          if let next = at.pointee.next {
            current = next
            break
          }
          guard let up = at.pointee.parent, UnsafeMutableRawPointer(up) != docAddress,
            let index = open.popLast()
          else { break }
          tree.nodes[Int(index)].end = Int32(tree.nodes.count)
          at = up
        }
      }
      while let index = open.popLast() { tree.nodes[Int(index)].end = Int32(tree.nodes.count) }
    }

    /// Records one node; true when its children are to be walked (it was
    /// pushed on `open`).
    mutating func visit(_ node: xmlNodePtr) -> Bool {
      let parent = open.last ?? -1
      switch node.pointee.type {
      case XML_TEXT_NODE, XML_CDATA_SECTION_NODE:
        guard let content = node.pointee.content else { return false }
        let start = Int32(tree.text.count)
        // One bulk copy (a text node can hold a 100 MB line).
        let bytes = UnsafeBufferPointer(start: content, count: strlen(content))
        tree.text.append(contentsOf: bytes)
        let isBlank = !bytes.contains { $0 > 0x20 }
        let index = Int32(tree.nodes.count)
        tree.nodes.append(
          HTMLTree.Node(
            tag: .text, parent: parent, end: index + 1, textStart: start,
            textEnd: Int32(tree.text.count)))
        if !isBlank { lastBreak = -1 }
        return false
      case XML_ELEMENT_NODE:
        break
      default:
        return false
      }
      guard let name = node.pointee.name else { return false }
      let tag = HTMLTag.named(name)
      let attributes = Attributes(node)
      if tag.isDropped || attributes.isHidden {
        collectFacts(tag, node, attributes)
        return false
      }
      if attributes.itemprop(has: "datepublished") {
        if let value = attributes.content ?? attributes.datetime ?? textOf(node) {
          facts.itempropDates.append(value)
        }
      }
      if tag == .time, let value = attributes.datetime {
        let isPublication =
          attributes.pubdate || attributes.itemprop(has: "datepublished")
        facts.times.append((value, isPublication))
      }
      let index = Int32(tree.nodes.count)
      var element = HTMLTree.Node(tag: tag, parent: parent, end: index + 1)
      element.weight = Int16(
        HTMLClassHints.weight(attributes.className) + HTMLClassHints.weight(attributes.id))
      if HTMLClassHints.isUnlikely(attributes.className + [0x20] + attributes.id)
        || attributes.isFurnitureRole
      {
        element.flags.insert(.unlikely)
      }
      if attributes.itemprop(has: "articlebody") {
        element.flags.insert(.articleBody)
      }
      if tag == .br {
        if lastBreak >= 0 { element.flags.insert(.doubleBreak) }
        lastBreak = index
      } else if !tag.isInline {
        lastBreak = -1
      }
      tree.nodes.append(element)
      guard node.pointee.children != nil else { return false }
      open.append(index)
      return true
    }

    /// Keeps what a dropped element tells about the page: `<title>`,
    /// `<meta>`, JSON-LD scripts.
    mutating func collectFacts(_ tag: HTMLTag, _ node: xmlNodePtr, _ attributes: Attributes) {
      switch tag {
      case .title:
        if facts.title == nil, let text = textOf(node) { facts.title = text }
      case .meta:
        guard let content = attributes.content,
          let key = attributes.property ?? attributes.name ?? attributes.itemprop
        else { return }
        facts.metas.append((key.lowercased(), content))
        // `<meta property="article:published" itemprop="datePublished dateCreated"
        // content="...">`: the item property names the date too
        if key != attributes.itemprop, attributes.itemprop(has: "datepublished") {
          facts.metas.append(("datepublished", content))
        }
      case .script:
        if attributes.type?.lowercased().contains("ld+json") == true, let text = textOf(node) {
          facts.jsonLD.append(text)
        }
      case .head:
        // The head's children are walked for their facts only.
        var child = node.pointee.children
        while let each = child {
          if each.pointee.type == XML_ELEMENT_NODE, let name = each.pointee.name {
            let tag = HTMLTag.named(name)
            collectFacts(tag == .head ? .other : tag, each, Attributes(each))
          }
          child = each.pointee.next
        }
      default:
        return
      }
    }

    /// The text inside `node`, down to a few levels of elements.
    func textOf(_ node: xmlNodePtr, depth: Int = 0) -> String? {
      var bytes: [UInt8] = []
      var child = node.pointee.children
      while let each = child {
        if each.pointee.type == XML_TEXT_NODE || each.pointee.type == XML_CDATA_SECTION_NODE,
          let content = each.pointee.content
        {
          var pointer = content
          while pointer.pointee != 0 {
            bytes.append(pointer.pointee)
            pointer += 1
          }
        } else if each.pointee.type == XML_ELEMENT_NODE, depth < 4,
          let inner = textOf(each, depth: depth + 1)
        {
          bytes += Array(inner.utf8)
        }
        child = each.pointee.next
      }
      return bytes.isEmpty ? nil : String(decoding: bytes, as: UTF8.self)
    }
  }

  /// The attributes the markup stage reads from one element.
  private struct Attributes {
    var className: [UInt8] = []
    var id: [UInt8] = []
    var itemprop: String?
    var property: String?
    var name: String?
    var content: String?
    var datetime: String?
    var type: String?
    var pubdate = false
    var isHidden = false

    /// Whether `itemprop` (a space-separated list) holds `token` (lower case).
    func itemprop(has token: String) -> Bool {
      guard let itemprop else { return false }
      return itemprop.split(whereSeparator: { $0 == " " || $0 == "\t" || $0 == "\n" })
        .contains { $0.lowercased() == token }
    }
    var isFurnitureRole = false

    init(_ node: xmlNodePtr) {
      var attribute = node.pointee.properties
      while let each = attribute {
        defer { attribute = each.pointee.next }
        guard let rawName = each.pointee.name else { continue }
        let key = String(cString: rawName)
        let value = Self.value(each)
        switch key {
        case "class": className = Self.lowercased(value)
        case "id": id = Self.lowercased(value)
        case "itemprop": itemprop = value
        case "property": property = value
        case "name": name = value
        case "content": content = value
        case "datetime": datetime = value
        case "type": type = value
        case "pubdate": pubdate = true
        case "hidden": isHidden = true
        case "aria-hidden": if value.lowercased() == "true" { isHidden = true }
        case "style":
          let style = value.lowercased().filter { $0 != " " }
          if style.contains("display:none") || style.contains("visibility:hidden") {
            isHidden = true
          }
        case "role":
          switch value.lowercased() {
          case "navigation", "complementary", "banner", "contentinfo", "dialog", "alert",
            "menu", "menubar", "search":
            isFurnitureRole = true
          default: break
          }
        default: break
        }
      }
    }

    static func value(_ attribute: xmlAttrPtr) -> String {
      guard let text = attribute.pointee.children, let content = text.pointee.content else {
        return ""
      }
      return String(cString: content)
    }

    static func lowercased(_ value: String) -> [UInt8] {
      value.utf8.map { (65...90).contains($0) ? $0 | 0x20 : $0 }
    }
  }
}
