import Foundation

#if FUZZING
    /// libFuzzer's entry point (built with `-sanitize=fuzzer`).
    @_cdecl("LLVMFuzzerTestOneInput")
    public func fuzzOneInput(_ data: UnsafePointer<UInt8>?, _ size: Int) -> Int32 {
        FuzzTarget.check(data.map { Data(bytes: $0, count: size) } ?? Data())
        return 0
    }

    @_silgen_name("LLVMFuzzerRunDriver")
    func runFuzzerDriver(
        _ argc: UnsafeMutablePointer<Int32>,
        _ argv: UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>>,
        _ callback: @convention(c) (UnsafePointer<UInt8>?, Int) -> Int32
    ) -> Int32

    /// SwiftPM links an executable's entry point under its own name, so libFuzzer's `main` is not
    /// used: this one hands the command line to libFuzzer's driver.
    @main
    struct Fuzz {
        static func main() {
            var argc = CommandLine.argc
            var argv = CommandLine.unsafeArgv
            exit(runFuzzerDriver(&argc, &argv, fuzzOneInput))
        }
    }
#else
    /// Without the fuzzer: replay the files given (a crash input, a corpus) through the same checks,
    /// so a crash found once stays a test (Fuzz/regressions, run by the test suite).
    @main
    struct Replay {
        static func main() {
            for path in CommandLine.arguments.dropFirst() {
                guard let data = FileManager.default.contents(atPath: path) else {
                    FileHandle.standardError.write(Data("cannot read \(path)\n".utf8))
                    exit(1)
                }
                FuzzTarget.check(data)
            }
            print("\(CommandLine.arguments.count - 1) input(s) replayed")
        }
    }
#endif
