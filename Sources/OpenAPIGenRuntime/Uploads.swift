import Foundation
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif

// MARK: - Uploads

/// How `URLSessionTransport` sends a body: bytes with `data(for:)`, a file with `upload(for:fromFile:)` (the
/// session reads it while sending), and a stream by writing its chunks to a temporary file first and uploading
/// that file, which is removed afterwards. No body but `.data` is ever in memory whole.
enum Uploads {
    #if canImport(FoundationNetworking)
    /// The platform's `URLResponse`.
    typealias Response = FoundationNetworking.URLResponse
    #else
    /// The platform's `URLResponse`.
    typealias Response = Foundation.URLResponse
    #endif

    /// Sends `request` with `content` as its body through `session`.
    static func perform(
        _ request: URLSessionTransport.PlatformRequest,
        content: HTTPRequestBody?,
        session: URLSessionTransport.Session
    ) async throws -> (Foundation.Data, Response) {
        var request = request
        switch content {
        case nil:
            return try await session.data(for: request)
        case .data(let data)?:
            request.httpBody = data
            return try await session.data(for: request)
        case .file(let url)?:
            return try await session.upload(for: request, fromFile: url)
        case .stream(let stream)?:
            let file = try await FileChunks.temporaryFile(from: stream)
            defer { try? Foundation.FileManager.default.removeItem(at: file) }
            return try await session.upload(for: request, fromFile: file)
        }
    }
}
