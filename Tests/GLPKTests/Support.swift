import Foundation

@testable import GLPK

/// Moves a non-Sendable object to another thread on purpose, to test the thread check.
/// Weak, so the object is still released on the thread that owns it.
final class UncheckedBox<T: AnyObject>: @unchecked Sendable {
    weak var value: T?
    init(_ value: T) { self.value = value }
}

/// Owns a problem while it crosses threads, to test dropping it on the wrong one.
final class UncheckedStrongBox: @unchecked Sendable {
    let value: GLPKProblem
    init(_ value: GLPKProblem) { self.value = value }
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
        return Thread {
            body(); group.leave()
        }
    }
    for thread in threads { thread.start() }
    group.wait()
}

func runOnNewThread(_ body: @escaping @Sendable () -> Void) { runOnNewThreads([body]) }
