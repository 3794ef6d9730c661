#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Ctrl-C (SIGINT) or SIGTERM asks a solve to stop: every phase treats it as its time limit
/// reached, so the best timetable found so far is still written. A second signal ends the
/// process at once, as the shell's default would.
public enum Interruption {
    // Written only by the signal handler (an aligned word store), read by the solve's threads.
    nonisolated(unsafe) static var received: Int32 = 0

    /// The signal that asked the solve to stop, if any.
    public static var signalReceived: Int32? { let s = received; return s == 0 ? nil : s }
    public static var requested: Bool { received != 0 }

    /// Installs the handlers; call once, before solving.
    public static func install() {
        // A parent may have started us with these blocked (test runners do): unblock them here,
        // on the main thread, which lives as long as the solve.
        var set = sigset_t()
        sigemptyset(&set)
        sigaddset(&set, SIGINT)
        sigaddset(&set, SIGTERM)
        pthread_sigmask(SIG_UNBLOCK, &set, nil)
        for sig in [SIGINT, SIGTERM] {
            _ = signal(sig) { s in
                if Interruption.received != 0 {
                    // Second signal: the default action (the process ends with that signal).
                    _ = signal(s, SIG_DFL)
                    _ = raise(s)
                    return
                }
                Interruption.received = s
            }
        }
    }

    /// For tests: as if `signal` had arrived.
    public static func simulate(_ signal: Int32) { received = signal }
    public static func reset() { received = 0 }
}
