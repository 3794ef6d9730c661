import CGLPK
import Foundation

/// Receives GLPK's terminal output for one scope on one thread: forwards whole lines to the
/// caller's closure (if any) and keeps the last few for error messages.
final class OutputSink {
    let forward: ((String) -> Void)?
    private var partial = ""
    private(set) var recent: [String] = []

    init(forward: ((String) -> Void)?) { self.forward = forward }

    func receive(_ text: String) {
        partial += text
        while let newline = partial.firstIndex(of: "\n") {
            emit(String(partial[..<newline]))
            partial = String(partial[partial.index(after: newline)...])
        }
    }

    func flush() {
        if !partial.isEmpty { emit(partial); partial = "" }
    }

    private func emit(_ line: String) {
        recent.append(line)
        if recent.count > 8 { recent.removeFirst(recent.count - 8) }
        forward?(line)
    }
}

/// Routes GLPK output to `sink`; GLPK keeps its hook in the thread's environment, so the
/// previous sink of this thread (for nested scopes) is remembered in the thread dictionary.
func withOutput<T>(_ log: ((String) -> Void)?, _ body: (OutputSink) throws -> T) rethrows -> T {
    let sink = OutputSink(forward: log)
    let key = "paike.glpk.output"
    let dictionary = Thread.current.threadDictionary
    let previous = dictionary[key] as? OutputSink
    return try withExtendedLifetime(sink) {
        dictionary[key] = sink
        installHook(sink)
        defer {
            sink.flush()
            dictionary[key] = previous
            if let previous { installHook(previous) } else { glp_term_hook(nil, nil) }
        }
        return try body(sink)
    }
}

private func installHook(_ sink: OutputSink) {
    // Non-zero return keeps GLPK from printing to stdout as well.
    glp_term_hook(
        { info, text in
            guard let info, let text else { return 1 }
            Unmanaged<OutputSink>.fromOpaque(info).takeUnretainedValue().receive(String(cString: text))
            return 1
        }, Unmanaged.passUnretained(sink).toOpaque())
}
