import CLibXML2
import GleanerCore

/// Reads an HTML page with libxml2: the main content as blocks, the title
/// and the publication date.
public enum HTMLReader {
  /// - Parameters:
  ///   - declaredCharset: a charset named by the transport (HTTP header).
  ///   - url: the page's address, for a date in the URL.
  public static func read(
    _ bytes: [UInt8], declaredCharset: String?, url: String?
  ) throws(DocumentError) -> MarkedUpDocument {
    throw DocumentError(stage: "markup", "HTML is not read yet")
  }
}
