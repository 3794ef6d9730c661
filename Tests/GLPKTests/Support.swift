import Foundation

/// Moves a non-Sendable value to another thread on purpose, to test the thread check.
final class UncheckedBox<T>: @unchecked Sendable {
    let value: T
    init(_ value: T) { self.value = value }
}

/// A value shared between threads under a lock.
final class LockedValue<T>: @unchecked Sendable {
    private var value: T
    private let lock = NSLock()
    init(_ value: T) { self.value = value }
    func get() -> T { lock.withLock { value } }
    func set(_ v: T) { lock.withLock { value = v } }
    func update(_ f: (inout T) -> Void) { lock.withLock { f(&value) } }
}

/// Runs each body on its own new thread, all at once, and waits for all of them.
func runOnNewThreads(_ bodies: [@Sendable () -> Void]) {
    let group = DispatchGroup()
    let threads = bodies.map { body in
        group.enter()
        return Thread { body(); group.leave() }
    }
    threads.forEach { $0.start() }
    group.wait()
}

func runOnNewThread(_ body: @escaping @Sendable () -> Void) { runOnNewThreads([body]) }
