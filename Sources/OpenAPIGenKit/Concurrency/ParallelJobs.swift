/// Runs independent jobs on the calling thread and, when asked, one more thread (`LargeStackThread`): the emit
/// stage prints its files this way, so a large API uses two cores.
///
/// Both threads take the next job not yet taken, in index order, until none is left; each result goes to its
/// job's index. What a job returns depends only on its index, so the results are the same however the jobs
/// were shared out, and the same as running them one after another.
enum ParallelJobs {
    /// `job(0) … job(count - 1)`, in this order. With `parallel` false (or when no thread can be started) the
    /// calling thread runs them all, one after another.
    static func map<T: Sendable>(_ count: Int, parallel: Bool, _ job: @escaping @Sendable (Int) -> T) -> [T] {
        guard parallel, count > 1 else { return (0..<count).map(job) }
        let queue = JobQueue<T>(count: count)
        let work: @Sendable () -> Void = {
            while let index = queue.take() { queue.put(job(index), at: index) }
        }
        let helper = LargeStackThread.start(work)
        work()
        helper?.join()
        return queue.results()
    }
}

extension ParallelJobs {
    /// Runs `background` on another thread (a `LargeStackThread`) while the calling thread runs `foreground`, and
    /// returns both results once both have ended. When no thread can be started, the calling thread runs
    /// `background` afterwards.
    static func both<A: Sendable, B>(_ background: @escaping @Sendable () -> A, and foreground: () -> B) -> (A, B) {
        let box = ResultBox<A>()
        let thread = LargeStackThread.start { box.store(background()) }
        let second = foreground()
        thread?.join()
        return (box.stored() ?? background(), second)
    }
}

/// The result of `ParallelJobs.both`'s background work, handed from its thread to the caller.
private final class ResultBox<T: Sendable>: @unchecked Sendable {
    private let lock = PosixMutex()
    private var value: T?

    func store(_ result: T) {
        lock.withLock { value = result }
    }

    func stored() -> T? {
        lock.withLock { value }
    }
}

/// The shared state of one `ParallelJobs.map`: the next job to take and the results so far, behind a lock.
private final class JobQueue<T: Sendable>: @unchecked Sendable {
    private let lock = PosixMutex()
    private var next = 0
    private var slots: [T?]

    init(count: Int) {
        slots = Array(repeating: nil, count: count)
    }

    /// The index of a job nobody has taken yet, or nil when every job is taken.
    func take() -> Int? {
        lock.withLock {
            guard next < slots.count else { return nil }
            next += 1
            return next - 1
        }
    }

    /// Records the result of job `index`.
    func put(_ value: T, at index: Int) {
        lock.withLock { slots[index] = value }
    }

    /// Every result, by index; called after every job has ended.
    func results() -> [T] {
        lock.withLock { slots.compactMap { $0 } }
    }
}
