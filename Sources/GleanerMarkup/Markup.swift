import GleanerCore

/// The markup stage: a loaded document's bytes → body blocks, title and
/// publication date.
public enum Markup {
  /// Reads `document` as text or HTML; values given with the document
  /// (a JSON line's `title` and `published`) win over those found inside.
  ///
  /// - Throws: `DocumentError` for unreadable bytes, or (stage `markup`)
  ///   when `deadline` passes.
  public static func read(
    _ document: RawDocument, deadline: Deadline = .never
  ) throws(DocumentError) -> MarkedUpDocument {
    var result: MarkedUpDocument
    switch document.format {
    case .html:
      result = try HTMLReader.read(
        document.bytes, declaredCharset: document.declaredCharset, url: document.url,
        deadline: deadline)
    default:
      result = try PlainTextReader.read(document.bytes, deadline: deadline)
    }
    if let title = document.title { result.title = title }
    if let published = document.published { result.published = published }
    if result.published == nil { result.published = document.fallbackPublished }
    return result
  }
}
