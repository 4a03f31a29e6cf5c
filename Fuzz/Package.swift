// swift-tools-version: 6.1
import PackageDescription

/// libFuzzer targets for baogao (`make fuzz`), a package of their own so that the normal build
/// and `make test` never see `-sanitize=fuzzer`. Each target feeds the bytes libFuzzer makes to
/// one stage of the data's path and asserts only that it returns.
let fuzzSettings: [SwiftSetting] = [.unsafeFlags(["-parse-as-library"]), .swiftLanguageMode(.v6)]

let targets = [
  ("FuzzDecoding", "BaogaoCore"), ("FuzzCleaning", "BaogaoCore"),
  ("FuzzSplitting", "BaogaoCore"), ("FuzzNumbers", "BaogaoCore"),
  ("FuzzExtractor", "BaogaoCore"), ("FuzzStatements", "BaogaoShell"),
  ("FuzzNotebook", "BaogaoShell"),
]

let package = Package(
  name: "baogao-fuzz",
  platforms: [.macOS(.v14)],
  dependencies: [.package(name: "baogao", path: "..")],
  targets: [.target(name: "FuzzDriver", swiftSettings: fuzzSettings)]
    + targets.map { name, library in
      .executableTarget(
        name: name, dependencies: ["FuzzDriver", .product(name: library, package: "baogao")],
        path: "Sources/\(name)", swiftSettings: fuzzSettings)
    }
)
