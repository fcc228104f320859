import Dispatch

/// The wall time of each step of a build, for `guichet build --timings`: where a slow build spends its time
/// is the first question about it, and the answer should not need a profiler.
public struct StepClock: Sendable {
    public struct Step: Sendable, Equatable {
        public let name: String
        public let seconds: Double
    }

    public private(set) var steps: [Step] = []

    public init() {}

    /// Runs `work` and records how long it took under the step's name.
    mutating func step<T, E: Error>(_ step: BuildStep, _ work: () throws(E) -> T) throws(E) -> T {
        let started = DispatchTime.now().uptimeNanoseconds
        defer { steps.append(Step(name: step.rawValue, seconds: Double(DispatchTime.now().uptimeNanoseconds - started) / 1e9)) }
        return try work()
    }
}
