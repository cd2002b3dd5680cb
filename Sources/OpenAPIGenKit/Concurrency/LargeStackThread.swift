#if canImport(Darwin)
import Darwin
#elseif canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#endif

/// A POSIX thread with a stack of `stackSize` bytes, for work that recurses as deep as a document nests (the YAML
/// reader, the emitters). A secondary thread's default stack (512 KB on Darwin) and some main threads' are too
/// small for that; the memory is only reserved, and touched as deep as the work goes.
///
/// Every thread started here is joined by its starter before the starter returns, so nothing of the work
/// outlives the call that began it.
struct LargeStackThread {
    /// The stack of every such thread: 64 MiB, reserved, not committed.
    static let stackSize = 64 * 1024 * 1024

    private let thread: pthread_t

    /// Starts `body` on a new thread; nil when the system cannot start one (the caller then does the work itself).
    static func start(_ body: @escaping () -> Void) -> LargeStackThread? {
        var attributes = pthread_attr_t()
        pthread_attr_init(&attributes)
        defer { pthread_attr_destroy(&attributes) }
        pthread_attr_setstacksize(&attributes, stackSize)
        let context = Unmanaged.passRetained(ThreadBody(body)).toOpaque()
        #if canImport(Darwin)
        var thread: pthread_t?
        let status = pthread_create(&thread, &attributes, { context in
            Unmanaged<ThreadBody>.fromOpaque(context).takeRetainedValue().run()
            return nil
        }, context)
        guard status == 0, let thread else {
            Unmanaged<ThreadBody>.fromOpaque(context).release()
            return nil
        }
        #else
        var thread = pthread_t()
        let status = pthread_create(&thread, &attributes, { context in
            guard let context else { return nil }
            Unmanaged<ThreadBody>.fromOpaque(context).takeRetainedValue().run()
            return nil
        }, context)
        guard status == 0 else {
            Unmanaged<ThreadBody>.fromOpaque(context).release()
            return nil
        }
        #endif
        return LargeStackThread(thread: thread)
    }

    /// Runs `body` on a new thread and waits for it; nil only if the thread could not start.
    static func run<T>(_ body: @escaping () -> T) -> T? {
        var result: T?
        guard let thread = start({ result = body() }) else { return nil }
        thread.join()
        return result
    }

    /// Waits until the thread's work has ended.
    func join() {
        pthread_join(thread, nil)
    }
}

/// The work `LargeStackThread.start` hands to its thread.
private final class ThreadBody {
    let run: () -> Void

    init(_ run: @escaping () -> Void) {
        self.run = run
    }
}
