#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Runs a closure on a new, detached POSIX thread with a stack of its own size: the shell's
/// statements and loads run on one, so deep pipelines and long regexes have the stack the main
/// thread has.
///
/// Not Foundation's `Thread`: on Linux its teardown corrupted the heap once a store load had run
/// on it (`malloc(): unaligned fastbin chunk`, `tcache_thread_shutdown(): unaligned tcache chunk
/// detected` in later frees). In a stress test of three threads each ingesting the seeds into
/// four stores, every load on a Foundation `Thread` that then ended: 6 of 6 runs aborted; on a
/// plain pthread created and ended the same way: 0 of 6. `StoreRoundTripTests`, which aborted
/// about 2 runs in 5, passed 20 of 20 after; `ConcurrentStoreLoadTests` keeps it so.
public enum DetachedThread {
  /// Starts `body` on a new thread and returns at once; the thread ends when `body` returns.
  /// Returns false (and runs nothing) when the system cannot create a thread.
  @discardableResult
  public static func start(stackSize: Int = 8 << 20, _ body: @escaping @Sendable () -> Void)
    -> Bool
  {
    let job = Unmanaged.passRetained(Job(body)).toOpaque()
    let attributes = UnsafeMutablePointer<pthread_attr_t>.allocate(capacity: 1)
    defer { attributes.deallocate() }
    pthread_attr_init(attributes)
    defer { pthread_attr_destroy(attributes) }
    pthread_attr_setstacksize(attributes, stackSize)
    pthread_attr_setdetachstate(attributes, Int32(PTHREAD_CREATE_DETACHED))
    #if canImport(Glibc)
      var thread = pthread_t()
    #else
      var thread: pthread_t?
    #endif
    let status = pthread_create(
      &thread, attributes,
      { context in
        #if canImport(Glibc)
          let job = Unmanaged<Job>.fromOpaque(context!).takeRetainedValue()
        #else
          let job = Unmanaged<Job>.fromOpaque(context).takeRetainedValue()
        #endif
        job.body()
        return nil
      }, job)
    if status != 0 {
      Unmanaged<Job>.fromOpaque(job).release()
      return false
    }
    return true
  }

  private final class Job: Sendable {
    let body: @Sendable () -> Void
    init(_ body: @escaping @Sendable () -> Void) { self.body = body }
  }
}
