import Foundation
import GleanerCore

/// The load stage: turns command-line inputs (files, folders, URLs, `-`)
/// into documents, one at a time, in input order.
///
/// Folders are walked recursively in sorted order, hidden entries and
/// symbolic links to folders skipped; broken or looping links, pipes,
/// sockets and devices inside a folder are failures (reading a pipe could
/// block forever), and so is a folder named on the command line that holds
/// no document at all; a file in a folder is read when its
/// name names a format (`.txt`, `.html`, `.jsonl`, `.warc`, each possibly
/// `.gz`) or its first bytes look like text or HTML. JSON Lines and WARC
/// inputs yield one document per line or record as they are read, so streams
/// of any length use bounded memory. Gzip input is recognised by its magic
/// bytes.
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
        try loadStream(FileByteStream(handle: .standardInput), id: "-", source: "-", hint: nil, explicit: true, body)
      } else if input.hasPrefix("http://") || input.hasPrefix("https://") {
        try body(fetch(input))
      } else {
        try loadPath(input, explicit: true, body)
      }
    }
  }

  /// Calls `body` with every document (or failure) of bytes already in
  /// memory, read as a file named `source` would be (gzip, JSON Lines and
  /// WARC included).
  public func load(bytes: [UInt8], source: String, _ body: (LoadedItem) throws -> Void) rethrows {
    try loadStream(
      MemoryByteStream(bytes: bytes), id: Self.fileName(source), source: source,
      hint: FormatSniffer.format(fileName: source), explicit: true, body)
  }

  // MARK: Files and folders

  private func loadPath(_ path: String, explicit: Bool, _ body: (LoadedItem) throws -> Void) rethrows {
    let id = Self.fileName(path)
    var isDirectory: ObjCBool = false
    guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
      try body(.failure(id: id, source: path, error: DocumentError(stage: "load", "no such file or folder")))
      return
    }
    if isDirectory.boolValue {
      var found = 0
      try loadFolder(path) { item in
        found += 1
        try body(item)
      }
      if found == 0 {
        try body(.failure(id: id, source: path, error: DocumentError(stage: "load", "the folder holds no documents")))
      }
      return
    }
    guard let handle = FileHandle(forReadingAtPath: path) else {
      try body(.failure(id: id, source: path, error: DocumentError(stage: "load", "cannot open the file (permissions?)")))
      return
    }
    defer { try? handle.close() }
    try loadStream(
      FileByteStream(handle: handle), id: id, source: path, hint: FormatSniffer.format(fileName: path),
      explicit: explicit, body)
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
      switch Self.kind(of: child) {
      case .folder:
        if Self.isSymbolicLink(child) { continue }  // no loops through links
        try loadFolder(child, body)
        continue
      case .file:
        break
      case .brokenLink:
        try body(.failure(id: entry, source: child, error: DocumentError(stage: "load", "a broken or looping symbolic link")))
        continue
      case .special:
        try body(.failure(id: entry, source: child, error: DocumentError(stage: "load", "not a regular file (a pipe, socket or device)")))
        continue
      case .missing:
        continue
      }
      let ext = (entry as NSString).pathExtension.lowercased()
      if format == .auto, FormatSniffer.format(fileName: entry) == nil, Self.skippedExtensions.contains(ext) {
        continue
      }
      try loadPath(child, explicit: false, body)
    }
  }

  /// Extensions of files a folder walk never reads unless they name a format.
  static let skippedExtensions: Set<String> = [
    "json", "md", "rules", "png", "jpg", "jpeg", "gif", "webp", "pdf", "zip", "gz", "css", "js", "py", "swift",
  ]

  /// What a folder entry is, following symbolic links.
  enum EntryKind {
    case file, folder, special, brokenLink, missing
  }

  static func kind(of path: String) -> EntryKind {
    var info = stat()
    guard stat(path, &info) == 0 else {
      var linkInfo = stat()
      let isLink = lstat(path, &linkInfo) == 0 && linkInfo.st_mode & S_IFMT == S_IFLNK
      return isLink ? .brokenLink : .missing
    }
    switch info.st_mode & S_IFMT {
    case S_IFDIR: return .folder
    case S_IFREG: return .file
    default: return .special
    }
  }

  static func isSymbolicLink(_ path: String) -> Bool {
    (try? FileManager.default.destinationOfSymbolicLink(atPath: path)) != nil
  }

  /// The last path component, the record's `id` for a file.
  static func fileName(_ path: String) -> String {
    let name = (path as NSString).lastPathComponent
    return name.isEmpty ? path : name
  }

  // MARK: Streams

  /// Reads one input stream: decompresses gzip, decides the format (the
  /// `--input-format`, else the name's `hint`, else the first bytes), and
  /// hands on its documents.
  private func loadStream(
    _ raw: any ByteStream, id: String, source: String, hint: InputFormat?, explicit: Bool,
    _ body: (LoadedItem) throws -> Void
  ) rethrows {
    var stream: any ByteStream = raw
    let first: [UInt8]
    do throws(DocumentError) {
      var peeked = PeekedByteStream(raw)
      if FormatSniffer.isGzip(try peeked.peek()) {
        var inflated = PeekedByteStream(try GzipByteStream(peeked))
        _ = try inflated.peek()
        stream = inflated
        first = try inflated.peek()
      } else {
        stream = peeked
        first = try peeked.peek()
      }
    } catch {
      try body(.failure(id: id, source: source, error: error))
      return
    }
    let chosen = format != .auto ? format : (hint ?? FormatSniffer.sniff(first))
    switch chosen {
    case .jsonl:
      try JSONLinesReader(limits: limits).read(stream, source: source, body)
    case .warc:
      try WARCReader(limits: limits).read(stream, source: source, body)
    case .text, .html:
      try body(readWhole(stream, id: id, source: source, format: chosen!))
    case .auto, nil:
      if explicit {
        try body(.failure(id: id, source: source, error: DocumentError(stage: "load", "binary data, not text or HTML")))
      }
    }
  }

  private func readWhole(_ stream: any ByteStream, id: String, source: String, format: InputFormat) -> LoadedItem {
    var stream = stream
    var bytes: [UInt8] = []
    do throws(DocumentError) {
      while true {
        let chunk = try stream.next()
        if chunk.isEmpty { break }
        // (checked before the chunk is kept: the buffer never grows past the limit, so a
        // page of 100 MB costs at most the limit, not the doubled buffer that would hold it)
        if bytes.count + chunk.count > limits.maxBytes {
          throw DocumentError(stage: "load", "larger than the limit of \(limits.maxBytes) bytes (--max-bytes)")
        }
        bytes.append(contentsOf: chunk)
      }
    } catch {
      return .failure(id: id, source: source, error: error)
    }
    return .document(RawDocument(id: id, source: source, format: format, bytes: bytes))
  }

  // MARK: URLs

  private func fetch(_ url: String) -> LoadedItem {
    do throws(DocumentError) {
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
      guard let chosen, chosen == .text || chosen == .html else {
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

/// A stream whose first chunk can be looked at before it is read.
struct PeekedByteStream: ByteStream {
  private var source: any ByteStream
  private var head: [UInt8]?

  init(_ source: any ByteStream) {
    self.source = source
  }

  /// The first chunk, without consuming it.
  mutating func peek() throws(DocumentError) -> [UInt8] {
    if let head { return head }
    let chunk = try source.next()
    head = chunk
    return chunk
  }

  mutating func next() throws(DocumentError) -> [UInt8] {
    if let chunk = head {
      head = nil
      if !chunk.isEmpty { return chunk }
    }
    return try source.next()
  }
}
