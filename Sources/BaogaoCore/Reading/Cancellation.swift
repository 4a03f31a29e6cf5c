/// The request to stop one piece of work (a statement, a load), set from the thread that saw
/// Ctrl-C and polled by the work itself: loops over reports, rows and files, and ICU's regex
/// matcher through `flag`, so that an abandoned statement does not keep a core busy.
///
/// The work finds its cancellation in `Cancellation.current`, bound for the statement by the
/// shell, so the code in between needs no extra parameter.
public final class Cancellation: @unchecked Sendable {
  /// Read by C code (ICU's match callback) while another thread may set it: a word that is
  /// written once, from 0 to 1.
  public let flag: UnsafeMutablePointer<Int32>

  public init() {
    flag = .allocate(capacity: 1)
    flag.initialize(to: 0)
  }

  deinit { flag.deallocate() }

  public func cancel() { flag.pointee = 1 }

  public var isCancelled: Bool { flag.pointee != 0 }

  /// The cancellation of the statement running on this thread, if any.
  @TaskLocal public static var current: Cancellation?

  /// Whether the statement running on this thread was cancelled.
  public static var isRequested: Bool { current?.isCancelled ?? false }
}
