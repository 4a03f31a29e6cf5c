import BaogaoCore
import BaogaoQuery
import Foundation

/// Runs work on another thread while the calling thread watches for Ctrl-C.
///
/// On Ctrl-C the work's `Cancellation` is set, the caller gets `interrupted` at once and the
/// session stays as it was: the work sees the request in its own loops (reports, rows, files,
/// ICU's regex matcher) and stops, so no core stays busy, and its result is dropped. Work is
/// written as "compute, then apply", so dropping the result leaves nothing half-done.
///
/// A Ctrl-C that arrives while the work is finishing counts too: work that saw the request may
/// have stopped early with a partial result (a load of half the files), and that result must not
/// be applied as if it were whole.
enum Background {
  static func run<T: Sendable>(
    cancellation: Cancellation = Cancellation(),
    _ work: @escaping @Sendable () throws(QueryError) -> T
  ) throws(QueryError) -> T {
    let box = ResultBox<T>()
    let done = DispatchSemaphore(value: 0)
    let started = DetachedThread.start {
      Cancellation.$current.withValue(cancellation) {
        do throws(QueryError) { box.set(.success(try work())) } catch { box.set(.failure(error)) }
      }
      done.signal()
    }
    guard started else { throw QueryError("cannot start a thread for this work") }
    while done.wait(timeout: .now() + .milliseconds(50)) == .timedOut {
      if Interrupt.isRequested {
        cancellation.cancel()
        throw QueryError.interrupted
      }
    }
    if Interrupt.isRequested || cancellation.isCancelled {
      cancellation.cancel()
      throw QueryError.interrupted
    }
    switch box.get()! {
    case .success(let value): return value
    case .failure(let error): throw error
    }
  }
}

private final class ResultBox<T: Sendable>: @unchecked Sendable {
  private let lock = NSLock()
  private var value: Result<T, QueryError>?

  func set(_ v: Result<T, QueryError>) { lock.withLock { value = v } }
  func get() -> Result<T, QueryError>? { lock.withLock { value } }
}
