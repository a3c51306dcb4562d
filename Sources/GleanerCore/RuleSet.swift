import Foundation

/// All rule files in force: the built-in ones with any user folders layered
/// over them.
///
/// A user file with the same relative path as a built-in one replaces it; any
/// other file is added. Rule sets are immutable once loaded and shared by all
/// documents.
public struct RuleSet: Sendable {
  /// Files by relative path (`en/dates/months.rules`).
  public private(set) var files: [String: RuleFile]

  /// Parses rule files given as `(relative path, content)` pairs.
  ///
  /// - Throws: `RuleErrors` with a `file:line` for every problem found.
  /// Files are parsed in parallel; errors come in source order.
  public init(sources: [(path: String, content: String)]) throws {
    let results = ParallelResults<Result<RuleFile, RuleErrors>>(count: sources.count)
    DispatchQueue.concurrentPerform(iterations: sources.count) { index in
      let source = sources[index]
      do {
        results[index] = .success(try RuleFile(path: source.path, content: source.content))
      } catch let error as RuleErrors {
        results[index] = .failure(error)
      } catch {
        results[index] = .failure(RuleErrors([RuleError(file: source.path, line: 0, "\(error)")]))
      }
    }
    files = [:]
    var errors: [RuleError] = []
    for result in results.values {
      switch result {
      case .success(let file): files[file.path] = file
      case .failure(let error): errors += error.errors
      }
    }
    if !errors.isEmpty { throw RuleErrors(errors) }
  }

  /// Layers the `.rules` files found below `directory` over this set.
  ///
  /// - Throws: `RuleErrors` for unreadable or malformed files.
  public mutating func layer(directory: URL) throws {
    try layer(RuleSet(sources: Self.read(directory: directory)))
  }

  /// Layers `other`'s files over this set's.
  public mutating func layer(_ other: RuleSet) {
    files.merge(other.files) { _, new in new }
  }

  /// The files of one language and dimension, in path order.
  public func files(language: String, dimension: String) -> [RuleFile] {
    files.values
      .filter { $0.language == language && $0.dimension == dimension }
      .sorted { $0.path < $1.path }
  }

  /// Every section of `kind` in a language's dimension, in file order.
  public func sections(_ kind: String, language: String, dimension: String) -> [RuleSection] {
    files(language: language, dimension: dimension).flatMap { file in
      file.sections.filter { $0.kind == kind }
    }
  }

  /// The entries of every `@list name` section of a dimension, in file order.
  public func list(_ name: String, language: String, dimension: String) -> [RuleEntry] {
    sections("list", language: language, dimension: dimension)
      .filter { $0.name == name }
      .flatMap(\.entries)
  }

  /// Every example of every file, in path order.
  public var examples: [RuleExample] {
    files.keys.sorted().flatMap { files[$0]!.allExamples }
  }

  /// Reads every `*.rules` file below `directory` as a `(path, content)`
  /// pair, the path relative to `directory`.
  ///
  /// - Throws: `RuleErrors` when the folder or a file cannot be read.
  public static func read(directory: URL) throws -> [(path: String, content: String)] {
    let root = directory.standardizedFileURL.resolvingSymlinksInPath()
    var isDirectory: ObjCBool = false
    guard FileManager.default.fileExists(atPath: root.path, isDirectory: &isDirectory),
      isDirectory.boolValue
    else {
      throw RuleErrors([RuleError(file: directory.path, line: 0, "no such rules folder")])
    }
    guard
      let enumerator = FileManager.default.enumerator(
        at: root, includingPropertiesForKeys: nil, options: [.skipsHiddenFiles])
    else { return [] }
    var sources: [(path: String, content: String)] = []
    var errors: [RuleError] = []
    let prefix = root.path.hasSuffix("/") ? root.path : root.path + "/"
    for case let url as URL in enumerator where url.pathExtension == "rules" {
      let full = url.standardizedFileURL.resolvingSymlinksInPath().path
      let relative = full.hasPrefix(prefix) ? String(full.dropFirst(prefix.count)) : url.lastPathComponent
      guard let data = FileManager.default.contents(atPath: url.path) else {
        errors.append(RuleError(file: relative, line: 0, "cannot read the file"))
        continue
      }
      guard let content = String(validating: data, as: UTF8.self) else {
        errors.append(RuleError(file: relative, line: 0, "the file is not UTF-8 text"))
        continue
      }
      sources.append((relative, content))
    }
    if !errors.isEmpty { throw RuleErrors(errors) }
    return sources.sorted { $0.path < $1.path }
  }
}
