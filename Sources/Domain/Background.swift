import Dispatch

/// One piece of work run on another thread while the caller goes on; `value` waits for it.
/// Used where the search is over (or the bound has stopped) so at most two threads are busy:
/// writing a province's files, and a programme's parts' need indicators.
public final class Background<Value: Sendable>: @unchecked Sendable {
    // Written once by the worker before `done` is signalled, read only after waiting on it.
    private var result: Value?
    private let done = DispatchSemaphore(value: 0)

    /// `queue`: a serial queue keeps a series of pieces on one extra thread, in order.
    public init(on queue: DispatchQueue = .global(), _ work: @escaping @Sendable () -> Value) {
        queue.async {
            self.result = work()
            self.done.signal()
        }
    }

    public var value: Value {
        done.wait()
        defer { done.signal() }
        return result!
    }
}
