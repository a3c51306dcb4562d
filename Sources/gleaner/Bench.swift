import ArgumentParser
import Foundation
import Gleaner
import GleanerCore
import GleanerEmit
import GleanerLoad

/// `gleaner bench`: throughput of the whole pipeline and of each stage.
struct Bench: ParsableCommand {
  static let configuration = CommandConfiguration(
    abstract: "Measure throughput (MB/s, articles/s) and time per stage on a corpus.",
    discussion: """
      Loads the inputs once into memory (timed as the load stage), then runs the \
      pipeline over them --repeat times on --jobs threads, and prints articles/s, \
      MB/s, peak memory and the seconds spent in each stage (summed over threads; \
      the load stage runs once). Build with -c release before measuring.
      """
  )

  @Argument(help: "Files, folders or JSON Lines streams to measure on.")
  var inputs: [String]

  @Option(help: "How to read the inputs.")
  var inputFormat: InputFormat = .auto

  @OptionGroup var rules: RuleOptions

  @Option(help: "Threads.")
  var jobs = 1

  @Option(help: "Passes over the corpus.")
  var `repeat` = 3

  func run() throws {
    let loadStart = Date()
    let pipeline = try makePipeline(rules)
    let ready = Date().timeIntervalSince(loadStart)
    var items: [LoadedItem] = []
    var bytes = 0
    let timer = StageTimer()
    var clock: UInt64? = timer.start()
    InputLoader(format: inputFormat).load(inputs) { item in
      if case .document(let document) = item { bytes += document.bytes.count }
      items.append(item)
    }
    timer.lap("load", &clock)
    var runner = BatchRunner(pipeline: pipeline, jobs: jobs, defaultPublished: nil, writer: RecordWriter())
    runner.timer = timer
    let started = Date()
    for _ in 0..<max(1, `repeat`) {
      _ = runner.process(items)
    }
    let seconds = Date().timeIntervalSince(started)
    let passes = Double(max(1, `repeat`))
    let megabytes = Double(bytes) / 1e6 * passes
    print(String(format: "rules loaded and pipeline ready in %.1f ms", ready * 1000))
    print(String(format: "%d documents, %.2f MB, %d pass(es), %d job(s)", items.count, Double(bytes) / 1e6, Int(passes), jobs))
    print(String(format: "%.1f articles/s, %.2f MB/s, %.3f s", Double(items.count) * passes / seconds, megabytes / seconds, seconds))
    print(String(format: "peak memory %.1f MB", Double(peakResidentBytes()) / 1e6))
    let total = timer.seconds.reduce(0) { $0 + $1.seconds }
    for (stage, time) in timer.seconds {
      let name = stage.padding(toLength: 8, withPad: " ", startingAt: 0)
      print(String(format: "  %@ %8.3f s  %5.1f%%  %9.2f MB/s", name, time, 100 * time / max(total, 1e-9), megabytes / max(time, 1e-9)))
    }
  }
}

/// The process's peak resident set size, from /proc/self/status (VmHWM).
func peakResidentBytes() -> Int {
  guard let status = try? String(contentsOfFile: "/proc/self/status", encoding: .utf8) else { return 0 }
  for line in status.split(separator: "\n") where line.hasPrefix("VmHWM:") {
    let digits = line.filter(\.isNumber)
    return (Int(digits) ?? 0) * 1024
  }
  return 0
}
