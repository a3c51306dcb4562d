/// The HTML elements the markup stage tells apart; every other element is
/// `.other` (treated as a block container) and text is `.text`.
enum HTMLTag: UInt8, Sendable {
  case text, other
  // Structure.
  case html, head, body, title, meta
  // Dropped with everything inside.
  case script, style, noscript, template, svg, iframe, button, select, textarea
  case input, object, embed, canvas, video, audio, math, map, picture, source
  case option, dialog, link, noembed, frameset
  // Boilerplate regions.
  case nav, aside, header, footer, form, menu
  // Blocks.
  case div, section, article, main, p, pre, blockquote, address, center, details
  case summary, dl, dd, dt, fieldset, legend, figure, figcaption, hgroup, hr
  case ol, ul, li, table, caption, thead, tbody, tfoot, tr, td, th
  case h1, h2, h3, h4, h5, h6
  // Inline.
  case a, br, span, em, strong, b, i, u, s, small, big, sup, sub, time, abbr
  case cite, code, q, mark, del, ins, font, label, img, kbd, samp, tt, `var`
  case dfn, bdi, bdo, wbr, data, nobr

  /// Looks a libxml2 element name up (the HTML parser lower-cases names).
  static func named(_ name: UnsafePointer<UInt8>) -> HTMLTag {
    var key: UInt64 = 0
    var length: UInt64 = 0
    while name[Int(length)] != 0 {
      if length < 7 { key |= UInt64(name[Int(length)]) << (length * 8) }
      length += 1
      if length > 12 { return .other }
    }
    return lookup[key | length << 56] ?? .other
  }

  private static func key(_ name: String) -> UInt64 {
    var key: UInt64 = 0
    for (index, byte) in name.utf8.enumerated() where index < 7 {
      key |= UInt64(byte) << (UInt64(index) * 8)
    }
    return key | UInt64(name.utf8.count) << 56
  }

  private static let lookup: [UInt64: HTMLTag] = {
    let named: [HTMLTag] = [
      .html, .head, .body, .title, .meta, .script, .style, .noscript, .template, .svg,
      .iframe, .button, .select, .textarea, .input, .object, .embed, .canvas, .video,
      .audio, .math, .map, .picture, .source, .option, .dialog, .link, .noembed, .frameset,
      .nav, .aside, .header, .footer, .form, .menu, .div, .section, .article, .main, .p,
      .pre, .blockquote, .address, .center, .details, .summary, .dl, .dd, .dt, .fieldset,
      .legend, .figure, .figcaption, .hgroup, .hr, .ol, .ul, .li, .table, .caption,
      .thead, .tbody, .tfoot, .tr, .td, .th, .h1, .h2, .h3, .h4, .h5, .h6, .a, .br,
      .span, .em, .strong, .b, .i, .u, .s, .small, .big, .sup, .sub, .time, .abbr, .cite,
      .code, .q, .mark, .del, .ins, .font, .label, .img, .kbd, .samp, .tt, .var, .dfn,
      .bdi, .bdo, .wbr, .data, .nobr,
    ]
    var table: [UInt64: HTMLTag] = [:]
    for tag in named { table[key(tag.name)] = tag }
    return table
  }()

  var name: String { self == .var ? "var" : String(describing: self) }

  /// Elements whose whole subtree carries no article text.
  var isDropped: Bool {
    switch self {
    case .script, .style, .noscript, .template, .svg, .iframe, .button, .select,
      .textarea, .input, .object, .embed, .canvas, .video, .audio, .math, .map,
      .picture, .source, .option, .dialog, .link, .noembed, .frameset, .head, .title,
      .meta:
      return true
    default: return false
    }
  }

  /// Page furniture: navigation, sidebars, page headers and footers.
  var isBoilerplate: Bool {
    switch self {
    case .nav, .aside, .header, .footer, .menu, .figure, .figcaption: return true
    default: return false
    }
  }

  /// Text-level elements, merged into the paragraph around them.
  var isInline: Bool {
    switch self {
    case .text, .a, .br, .span, .em, .strong, .b, .i, .u, .s, .small, .big, .sup, .sub,
      .time, .abbr, .cite, .code, .q, .mark, .del, .ins, .font, .label, .img, .kbd, .samp,
      .tt, .var, .dfn, .bdi, .bdo, .wbr, .data, .nobr:
      return true
    default: return false
    }
  }

  /// Elements that are a paragraph of their own (readability's scoring units).
  var isParagraph: Bool {
    switch self {
    case .p, .pre, .td, .li, .dd, .blockquote, .h2, .h3, .h4, .h5, .h6, .figcaption,
      .address, .summary, .dt, .th, .caption, .legend:
      return true
    default: return false
    }
  }

  var isHeading: Bool {
    switch self {
    case .h1, .h2, .h3, .h4, .h5, .h6: return true
    default: return false
    }
  }
}
