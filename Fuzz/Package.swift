// swift-tools-version:6.0
import PackageDescription

/// libFuzzer targets for Gleaner, one executable per entry point. Kept apart
/// from the main package so that its build is untouched; build and run them
/// with `scripts/fuzz.sh` (see docs/robustness.md).
let targets = [
  "FuzzHTML", "FuzzText", "FuzzJSONL", "FuzzWARC", "FuzzLoad",
  "FuzzDates", "FuzzNumbers", "FuzzActors", "FuzzQuotes", "FuzzPipeline",
]

let package = Package(
  name: "GleanerFuzz",
  dependencies: [.package(name: "Gleaner", path: "..")],
  targets: [
    .target(name: "FuzzDriver"),
    .target(
      name: "FuzzSupport",
      dependencies: ["FuzzDriver", .product(name: "Gleaner", package: "Gleaner")]),
  ]
    + targets.map { name in
      .executableTarget(
        name: name,
        dependencies: ["FuzzSupport", .product(name: "Gleaner", package: "Gleaner")])
    }
)
