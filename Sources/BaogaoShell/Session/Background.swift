import BaogaoQuery
import Foundation

/// Runs work on another thread while the calling thread watches for Ctrl-C.
///
/// On Ctrl-C the caller gets `interrupted` at once and the session stays as it was: the work's
/// result, when it comes, is dropped (work is written as "compute, then apply", so dropping the
/// result leaves nothing half-done).
enum Background {
  static func run<T: Sendable>(_ work: @escaping @Sendable () throws(QueryError) -> T)
    throws(QueryError) -> T
  {
    let box = ResultBox<T>()
    let done = DispatchSemaphore(value: 0)
    let thread = Thread {
      do throws(QueryError) { box.set(.success(try work())) } catch { box.set(.failure(error)) }
      done.signal()
    }
    thread.stackSize = 8 << 20
    thread.start()
    while done.wait(timeout: .now() + .milliseconds(50)) == .timedOut {
      if Interrupt.isRequested { throw QueryError.interrupted }
    }
    switch box.get()! {
    case .success(let value): return value
    case .failure(let error): throw error
    }
  }
}

extension QueryError {
  /// Ctrl-C stopped the statement; the session is as it was before it.
  static let interrupted = QueryError("interrupted")
}

private final class ResultBox<T: Sendable>: @unchecked Sendable {
  private let lock = NSLock()
  private var value: Result<T, QueryError>?

  func set(_ v: Result<T, QueryError>) { lock.withLock { value = v } }
  func get() -> Result<T, QueryError>? { lock.withLock { value } }
}
