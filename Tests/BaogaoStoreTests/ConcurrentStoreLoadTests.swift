import BaogaoShell
import Foundation
import Testing

/// Sessions loading into stores at the same time, each on its own threads, as the test runner
/// and a workshop's notebooks do. Before statements ran on plain pthreads (`DetachedThread`),
/// this aborted the process in most runs with glibc heap-corruption messages when the threads
/// that had run the loads ended.
@Suite struct ConcurrentStoreLoadTests {
  @Test func threeSessionsLoadIntoStoresAtOnce() throws {
    let seeds = try StoreSupport.seeds.path
    let folder = try StoreSupport.temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: folder) }
    final class Counts: @unchecked Sendable {
      let lock = NSLock()
      var values: [String] = []
      func add(_ s: String) { lock.withLock { values.append(s) } }
    }
    let counts = Counts()
    // Three drivers, more than the two cores CI has, so loads overlap and their threads end
    // while others run.
    let group = DispatchGroup()
    for k in 0..<3 {
      group.enter()
      DetachedThread.start {
        for round in 0..<4 {
          let db = folder.appendingPathComponent("s\(k)-\(round).db").path
          let (session, output) = StoreSupport.session()
          _ = StoreSupport.run(".open \(db); load \(seeds)", in: session, output: output)
          counts.add(StoreSupport.run(".mode csv; reports | count", in: session, output: output))
        }
        group.leave()
      }
    }
    group.wait()
    #expect(counts.values.count == 12)
    #expect(Set(counts.values) == ["count\n14\n"], "\(counts.values)")
  }
}
