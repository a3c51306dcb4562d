import ArgumentParser
import Foundation
import Gleaner
import GleanerCore
import GleanerEmit
import GleanerLoad

extension InputFormat: ExpressibleByArgument {}

/// `gleaner extract`: the main job.
struct Extract: ParsableCommand {
  static let configuration = CommandConfiguration(
    abstract: "Extract dates, numbers, actors and quotes; one JSON record per article.",
    discussion: """
      INPUT is a file, a folder (walked recursively, in sorted order), an http(s) URL, \
      or - for standard input (the default). Records go to standard output in input \
      order; a document that cannot be read gives `gleaner: INPUT: reason` on standard \
      error, the others go on, and the exit status is 1 at the end.
      """
  )

  @Argument(help: "Files, folders, URLs, or - for standard input.")
  var inputs: [String] = []

  @Option(help: "How to read the inputs: auto (by extension, else by sniffing), text, html or jsonl.")
  var inputFormat: InputFormat = .auto

  @Option(help: ArgumentHelp("The reference date for documents that carry none.", valueName: "YYYY-MM-DD"))
  var published: String?

  @OptionGroup var rules: RuleOptions

  @Option(help: "Documents processed at once (default: the number of cores).")
  var jobs: Int = ProcessInfo.processInfo.activeProcessorCount

  @Flag(help: "Indent the JSON for people.")
  var pretty = false

  @Flag(help: "Leave the body text out of the records.")
  var noText = false

  @Option(help: ArgumentHelp("Also write each failure as a JSON line to FILE.", valueName: "FILE"))
  var errors: String?

  @Option(help: "The largest document, line or download read, in bytes.")
  var maxBytes: Int = 64 << 20

  @Option(help: "Seconds a document may take: to fetch a URL, and again to process any document.")
  var timeout: Double = 30

  @Flag(help: "Fetch URLs on loopback, link-local and private addresses too (refused by default).")
  var allowPrivate = false

  @Flag(help: "No progress or summary line on standard error.")
  var quiet = false

  @Flag(help: .hidden)
  var measure = false

  func validate() throws {
    guard jobs >= 1 else { throw ValidationError("--jobs must be at least 1") }
    guard maxBytes >= 1 else { throw ValidationError("--max-bytes must be at least 1") }
    guard maxBytes <= 1 << 29 else { throw ValidationError("--max-bytes must be at most \(1 << 29) (512 MiB)") }
    guard timeout > 0 else { throw ValidationError("--timeout must be more than 0") }
    if let published, !isDate(published) {
      throw ValidationError("--published wants YYYY-MM-DD or an ISO 8601 date-time, got '\(published)'")
    }
  }

  func run() throws {
    let pipeline = try makePipeline(rules)
    let limits = LoadLimits(maxBytes: maxBytes, timeout: timeout)
    var runner = BatchRunner(
      pipeline: pipeline, jobs: jobs, defaultPublished: published,
      writer: RecordWriter(pretty: pretty, omitText: noText))
    let timer = measure ? StageTimer() : nil
    runner.timer = timer
    runner.documentTimeout = timeout
    let errorFile = try errors.map(openErrorFile)
    let output = OutputBuffer()
    let started = Date()
    let progress = !quiet && ProgressLine.isTerminal ? ProgressLine(totalBytes: ProgressLine.totalBytes(of: inputs)) : nil
    let summary = runner.run(
      inputs, loader: loader(limits), progress: progress?.update, idle: output.flush
    ) { outcome in
      switch outcome {
      case .record(let line):
        output.write(line)
      case .failure(let id, let source, let error):
        FileHandle.standardError.write(Data("gleaner: \(source): \(error.reason)\n".utf8))
        if let errorFile {
          errorFile.write(Data(runner.writer.errorLine(id: id, source: source, error: error)))
        }
      }
    }
    output.flush()
    progress?.finish()
    try? errorFile?.close()
    let seconds = Date().timeIntervalSince(started)
    if let timer {
      for (stage, time) in timer.seconds {
        let name = stage.padding(toLength: 8, withPad: " ", startingAt: 0)
        FileHandle.standardError.write(Data(String(format: "gleaner: %@ %8.3f s\n", name, time).utf8))
      }
    }
    if !quiet {
      let megabytes = Double(summary.bytes) / 1e6
      FileHandle.standardError.write(
        Data(
          String(
            format: "gleaner: %d documents, %d failed, %.1f MB in %.2f s\n",
            summary.documents, summary.failures, megabytes, seconds
          ).utf8))
    }
    if summary.failures > 0 { throw ExitCode.failure }
  }

  private func loader(_ limits: LoadLimits) -> InputLoader {
    let fetcher = URLFetcher(limits: limits, policy: AddressPolicy(allowPrivate: allowPrivate))
    return InputLoader(format: inputFormat, limits: limits, fetcher: fetcher)
  }

  private func openErrorFile(_ path: String) throws -> FileHandle {
    guard FileManager.default.createFile(atPath: path, contents: nil),
      let handle = FileHandle(forWritingAtPath: path)
    else {
      throw ValidationError("cannot write --errors file '\(path)'")
    }
    return handle
  }
}

/// Whether `text` starts with `YYYY-MM-DD` (a date or an ISO 8601 date-time).
func isDate(_ text: String) -> Bool {
  let bytes = Array(text.utf8)
  guard bytes.count >= 10, bytes[4] == 45, bytes[7] == 45 else { return false }
  return (0..<10).allSatisfy { $0 == 4 || $0 == 7 || (48...57).contains(bytes[$0]) }
}

/// Builds the pipeline; invalid rules print one `gleaner: file:line: message`
/// line each and exit with status 2.
func makePipeline(_ options: RuleOptions) throws -> Pipeline {
  do {
    let rules = try Pipeline.loadRules(layering: options.folders.map { URL(fileURLWithPath: $0) })
    return try Pipeline(rules: rules, language: options.language)
  } catch let error as RuleErrors {
    let lines = error.errors.map { "gleaner: \($0)\n" }.joined()
    FileHandle.standardError.write(Data(lines.utf8))
    throw ExitCode(2)
  }
}

/// Buffered writes to standard output in large chunks.
final class OutputBuffer {
  private var buffer: [UInt8] = []

  init() { buffer.reserveCapacity(1 << 20) }

  func write(_ bytes: [UInt8]) {
    buffer.append(contentsOf: bytes)
    if buffer.count >= 1 << 20 { flush() }
  }

  func flush() {
    guard !buffer.isEmpty else { return }
    FileHandle.standardOutput.write(Data(buffer))
    buffer.removeAll(keepingCapacity: true)
  }
}
