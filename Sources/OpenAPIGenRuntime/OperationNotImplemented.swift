import Foundation

// MARK: - Fakes of APIProtocol

/// What an operation of `APIProtocol` throws when a conforming type does not implement it: a fake in a test
/// implements only the operations the code under test calls, and any other call fails with this error.
public struct OperationNotImplemented: Swift.Error, Swift.Sendable, Swift.Hashable, Swift.CustomStringConvertible {
    /// The `operationId` of the operation that was called.
    public let operationID: Swift.String

    /// Creates the error for `operationID`.
    public init(operationID: Swift.String) {
        self.operationID = operationID
    }

    /// `"<operationID> is not implemented by this APIProtocol value"`.
    public var description: Swift.String {
        "\(operationID) is not implemented by this APIProtocol value"
    }
}
