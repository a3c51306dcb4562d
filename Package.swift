// swift-tools-version:6.0
import PackageDescription

/// Gleaner: news articles in, one JSON record of facts out.
///
/// The stages are modules, in pipeline order:
/// load → markup → text → extract (dates, numbers, actors, quotes) → emit.
let package = Package(
  name: "Gleaner",
  products: [
    .library(name: "Gleaner", targets: ["Gleaner"]),
    .executable(name: "gleaner", targets: ["gleaner"]),
  ],
  dependencies: [
    .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0")
  ],
  targets: [
    .systemLibrary(
      name: "CLibXML2",
      pkgConfig: "libxml-2.0",
      providers: [.apt(["libxml2-dev"]), .brew(["libxml2"])]
    ),
    .systemLibrary(
      name: "CZlib",
      pkgConfig: "zlib",
      providers: [.apt(["zlib1g-dev"]), .brew(["zlib"])]
    ),
    .target(name: "GleanerCore"),
    .target(name: "GleanerLoad", dependencies: ["GleanerCore", "CZlib"]),
    .target(name: "GleanerMarkup", dependencies: ["GleanerCore", "CLibXML2"]),
    .target(name: "GleanerText", dependencies: ["GleanerCore"]),
    .target(name: "GleanerDates", dependencies: ["GleanerCore", "GleanerText"]),
    .target(name: "GleanerNumbers", dependencies: ["GleanerCore", "GleanerText"]),
    .target(name: "GleanerActors", dependencies: ["GleanerCore", "GleanerText"]),
    .target(
      name: "GleanerQuotes",
      dependencies: ["GleanerCore", "GleanerText", "GleanerActors"]
    ),
    .target(name: "GleanerEmit", dependencies: ["GleanerCore"]),
    .target(
      name: "Gleaner",
      dependencies: [
        "GleanerCore", "GleanerLoad", "GleanerMarkup", "GleanerText",
        "GleanerDates", "GleanerNumbers", "GleanerActors", "GleanerQuotes",
        "GleanerEmit",
      ]
    ),
    .executableTarget(
      name: "gleaner",
      dependencies: [
        "Gleaner",
        .product(name: "ArgumentParser", package: "swift-argument-parser"),
      ]
    ),
    .testTarget(
      name: "GleanerTests",
      dependencies: [
        "Gleaner", "GleanerCore", "GleanerLoad", "GleanerMarkup", "GleanerText",
        "GleanerDates", "GleanerNumbers", "GleanerActors", "GleanerQuotes",
        "GleanerEmit",
      ]
    ),
  ]
)
