import CEditLine

/// Ctrl-C while a command runs: a SIGINT handler sets a flag that long loops poll, so that
/// `load` of 31 reports stops between files and the session stays intact.
///
/// The handler is installed without `SA_RESTART`, so a Ctrl-C at the prompt also makes the
/// blocked read return and `LineEditor` cancels the line. The REPL calls `clear()` before each
/// statement.
public enum Interrupt {
  /// Installs the SIGINT (and SIGWINCH) handlers; calling it again does nothing.
  public static func install() { baogao_interrupt_install() }

  /// Whether Ctrl-C was pressed since the last `clear()`.
  public static var isRequested: Bool { baogao_interrupt_requested() != 0 }

  public static func clear() { baogao_interrupt_clear() }
}
