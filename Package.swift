// swift-tools-version: 6.1
import PackageDescription

/// One list of Swift settings for every target (as swift-subprocess does).
let swiftSettings: [SwiftSetting] = [
  .swiftLanguageMode(.v6),
  .enableUpcomingFeature("ExistentialAny"),
  .enableUpcomingFeature("MemberImportVisibility"),
]

let package = Package(
  name: "baogao",
  platforms: [.macOS(.v14)],
  products: [
    .executable(name: "baogao", targets: ["baogao"]),
    .library(name: "BaogaoCore", targets: ["BaogaoCore"]),
    .library(name: "BaogaoQuery", targets: ["BaogaoQuery"]),
    .library(name: "BaogaoShell", targets: ["BaogaoShell"]),
    .library(name: "BaogaoStore", targets: ["BaogaoStore"]),
  ],
  dependencies: [
    .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
    .package(url: "https://github.com/weichsel/ZIPFoundation", from: "0.9.19"),
    .package(url: "https://github.com/jpsim/Yams", from: "5.0.1"),
    .package(url: "https://github.com/groue/GRDB.swift", from: "7.10.0"),
    // `.import FILE.csv`: a researcher's own tables (CSV.swift, MIT).
    .package(url: "https://github.com/yaslab/CSV.swift", from: "2.5.2"),
  ],
  targets: [
    // C libraries from Debian packages (see Makefile `deps`).
    .target(name: "CEditLine", linkerSettings: [.linkedLibrary("edit")]),
    .systemLibrary(name: "COpenCC", pkgConfig: "opencc"),
    .target(
      name: "CICU",
      linkerSettings: [
        .linkedLibrary("icui18n"), .linkedLibrary("icuuc"), .linkedLibrary("icudata"),
      ]),
    .systemLibrary(name: "CXlsxWriter", pkgConfig: "xlsxwriter"),
    .systemLibrary(name: "CUtf8proc", pkgConfig: "libutf8proc"),
    .systemLibrary(name: "CLibXML2", pkgConfig: "libxml-2.0"),
    .systemLibrary(name: "CCmarkGFM", pkgConfig: "libcmark-gfm"),

    .target(
      name: "BaogaoCore",
      dependencies: [
        "COpenCC", "CICU", "CLibXML2", "CCmarkGFM",
        .product(name: "ZIPFoundation", package: "ZIPFoundation"),
        .product(name: "Yams", package: "Yams"),
      ],
      resources: [.process("Resources")],
      swiftSettings: swiftSettings),
    .target(
      name: "BaogaoQuery",
      dependencies: [
        "BaogaoCore", "CICU", .product(name: "Yams", package: "Yams"),
        .product(name: "CSV", package: "CSV.swift"),
      ],
      resources: [.process("Resources")],
      swiftSettings: swiftSettings),
    .target(
      name: "BaogaoShell",
      dependencies: [
        "BaogaoCore", "BaogaoQuery", "BaogaoStore", "CEditLine", "CICU", "CXlsxWriter", "CUtf8proc",
        "CCmarkGFM",
      ],
      resources: [.process("Resources")],
      swiftSettings: swiftSettings),
    // The persistent corpus: an SQLite file (GRDB) of reports, structure and facts.
    .target(
      name: "BaogaoStore",
      dependencies: ["BaogaoCore", .product(name: "GRDB", package: "GRDB.swift")],
      swiftSettings: swiftSettings),
    .executableTarget(
      name: "baogao",
      dependencies: [
        "BaogaoShell", "BaogaoCore",
        .product(name: "ArgumentParser", package: "swift-argument-parser"),
      ],
      swiftSettings: swiftSettings),

    .testTarget(
      name: "BaogaoCoreTests", dependencies: ["BaogaoCore"],
      // Tables and audit data the issue-9 tests read by path (#filePath), not as resources.
      exclude: [
        "Generalisation/README.md", "Generalisation/Tables", "Audits/README.md", "Audits/Data",
      ],
      resources: [.copy("Fixtures")],
      swiftSettings: swiftSettings),
    .testTarget(
      name: "BaogaoQueryTests", dependencies: ["BaogaoQuery"],
      // Made-up CSV tables the import tests read by path (#filePath).
      exclude: ["Fixtures"], swiftSettings: swiftSettings),
    .testTarget(
      name: "BaogaoShellTests", dependencies: ["BaogaoShell"],
      resources: [.copy("Goldens")], swiftSettings: swiftSettings),
    .testTarget(
      name: "BaogaoStoreTests",
      dependencies: ["BaogaoStore", "BaogaoShell", .product(name: "GRDB", package: "GRDB.swift")],
      swiftSettings: swiftSettings),
  ]
)
