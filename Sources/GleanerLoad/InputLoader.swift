import Foundation
import GleanerCore

/// The load stage: turns command-line inputs (files, folders, URLs, `-`)
/// into documents, one at a time, in input order.
///
/// Folders are walked recursively in sorted order, hidden entries skipped;
/// a file in a folder is read when its extension names a format or its first
/// bytes look like text or HTML. A JSON Lines input yields one document per
/// line as the lines are read, so streams of any length use bounded memory.
public struct InputLoader: Sendable {
  public var format: InputFormat
  public var limits: LoadLimits
  public var fetcher: URLFetcher

  public init(format: InputFormat = .auto, limits: LoadLimits = LoadLimits(), fetcher: URLFetcher? = nil) {
    self.format = format
    self.limits = limits
    self.fetcher = fetcher ?? URLFetcher(limits: limits)
  }

  /// Calls `body` with every document (or load failure) of `inputs`, in order.
  public func load(_ inputs: [String], _ body: (LoadedItem) throws -> Void) rethrows {
    for input in inputs.isEmpty ? ["-"] : inputs {
      if input == "-" {
        try loadStandardInput(body)
      } else if input.hasPrefix("http://") || input.hasPrefix("https://") {
        try body(fetch(input))
      } else {
        try loadPath(input, explicit: true, body)
      }
    }
  }

  // MARK: Files and folders

  private func loadPath(_ path: String, explicit: Bool, _ body: (LoadedItem) throws -> Void) rethrows {
    var isDirectory: ObjCBool = false
    guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
      try body(.failure(id: Self.fileName(path), source: path, error: DocumentError(stage: "load", "no such file or folder")))
      return
    }
    if isDirectory.boolValue {
      try loadFolder(path, body)
      return
    }
    let ext = (path as NSString).pathExtension
    var chosen = format == .auto ? FormatSniffer.format(extension: ext) : format
    if chosen == .jsonl {
      try loadJSONLines(path: path, body)
      return
    }
    let bytes: [UInt8]
    do {
      bytes = try Self.readFile(path, limit: limits.maxBytes)
    } catch {
      try body(.failure(id: Self.fileName(path), source: path, error: error))
      return
    }
    if chosen == nil {
      chosen = FormatSniffer.sniff(bytes)
      if chosen == .jsonl {
        try loadJSONLines(bytes: bytes, source: path, body)
        return
      }
    }
    guard let chosen else {
      if explicit {
        try body(.failure(id: Self.fileName(path), source: path, error: DocumentError(stage: "load", "binary data, not text or HTML")))
      }
      return
    }
    try body(.document(RawDocument(id: Self.fileName(path), source: path, format: chosen, bytes: bytes)))
  }

  private func loadFolder(_ path: String, _ body: (LoadedItem) throws -> Void) rethrows {
    let entries: [String]
    do {
      entries = try FileManager.default.contentsOfDirectory(atPath: path).sorted()
    } catch {
      try body(.failure(id: Self.fileName(path), source: path, error: DocumentError(stage: "load", "cannot list the folder")))
      return
    }
    for entry in entries where !entry.hasPrefix(".") {
      let child = path.hasSuffix("/") ? path + entry : path + "/" + entry
      var isDirectory: ObjCBool = false
      guard FileManager.default.fileExists(atPath: child, isDirectory: &isDirectory) else { continue }
      if isDirectory.boolValue {
        if Self.isSymbolicLink(child) { continue }  // no loops through links
        try loadFolder(child, body)
        continue
      }
      let ext = (entry as NSString).pathExtension
      if format == .auto, FormatSniffer.format(extension: ext) == nil, !ext.isEmpty,
        Self.skippedExtensions.contains(ext.lowercased())
      {
        continue
      }
      try loadPath(child, explicit: false, body)
    }
  }

  /// Extensions of files a folder walk never reads.
  static let skippedExtensions: Set<String> = [
    "json", "md", "rules", "png", "jpg", "jpeg", "gif", "pdf", "zip", "gz", "css", "js",
  ]

  static func isSymbolicLink(_ path: String) -> Bool {
    (try? FileManager.default.destinationOfSymbolicLink(atPath: path)) != nil
  }

  /// The last path component, the record's `id` for a file.
  static func fileName(_ path: String) -> String {
    let name = (path as NSString).lastPathComponent
    return name.isEmpty ? path : name
  }

  static func readFile(_ path: String, limit: Int) throws(DocumentError) -> [UInt8] {
    guard let handle = FileHandle(forReadingAtPath: path) else {
      throw DocumentError(stage: "load", "cannot open the file (permissions?)")
    }
    defer { try? handle.close() }
    do {
      let data = try handle.read(upToCount: limit + 1) ?? Data()
      if data.count > limit {
        throw DocumentError(stage: "load", "larger than the limit of \(limit) bytes (--max-bytes)")
      }
      return [UInt8](data)
    } catch let error as DocumentError {
      throw error
    } catch {
      throw DocumentError(stage: "load", "cannot read the file: \(error.localizedDescription)")
    }
  }

  // MARK: Standard input

  private func loadStandardInput(_ body: (LoadedItem) throws -> Void) rethrows {
    let handle = FileHandle.standardInput
    if format == .jsonl {
      try JSONLinesReader(limits: limits).read(handle: handle, source: "-", body)
      return
    }
    let data = (try? handle.readToEnd()) ?? Data()
    let bytes = [UInt8](data)
    var chosen = format == .auto ? FormatSniffer.sniff(bytes) : format
    if chosen == .jsonl {
      try loadJSONLines(bytes: bytes, source: "-", body)
      return
    }
    if chosen == nil {
      try body(.failure(id: "-", source: "-", error: DocumentError(stage: "load", "binary data, not text or HTML")))
      return
    }
    if bytes.count > limits.maxBytes {
      try body(.failure(id: "-", source: "-", error: DocumentError(stage: "load", "larger than the limit of \(limits.maxBytes) bytes (--max-bytes)")))
      return
    }
    chosen = chosen ?? .text
    try body(.document(RawDocument(id: "-", source: "-", format: chosen!, bytes: bytes)))
  }

  // MARK: JSON Lines

  private func loadJSONLines(path: String, _ body: (LoadedItem) throws -> Void) rethrows {
    guard let handle = FileHandle(forReadingAtPath: path) else {
      try body(.failure(id: Self.fileName(path), source: path, error: DocumentError(stage: "load", "cannot open the file (permissions?)")))
      return
    }
    defer { try? handle.close() }
    try JSONLinesReader(limits: limits).read(handle: handle, source: path, body)
  }

  private func loadJSONLines(bytes: [UInt8], source: String, _ body: (LoadedItem) throws -> Void) rethrows {
    try JSONLinesReader(limits: limits).read(bytes: bytes, source: source, body)
  }

  // MARK: URLs

  private func fetch(_ url: String) -> LoadedItem {
    do {
      let response = try fetcher.fetch(url)
      var chosen = format == .auto ? nil : format
      if chosen == nil {
        let type = response.contentType?.lowercased() ?? ""
        if type.contains("html") || type.contains("xml") {
          chosen = .html
        } else if type.hasPrefix("text/plain") {
          chosen = .text
        } else {
          chosen = FormatSniffer.sniff(response.body)
        }
      }
      guard let chosen, chosen != .jsonl else {
        return .failure(id: url, source: url, error: DocumentError(stage: "load", "the response is not text or HTML"))
      }
      return .document(
        RawDocument(
          id: url, source: url, format: chosen, bytes: response.body,
          declaredCharset: response.charset, url: response.finalURL))
    } catch {
      return .failure(id: url, source: url, error: error)
    }
  }
}
