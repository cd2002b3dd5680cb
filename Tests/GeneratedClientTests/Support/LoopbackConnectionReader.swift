// Buffered reads from one connection of a `LoopbackHTTPServer`: the header section, lines, exact byte counts and
// chunked bodies.

#if canImport(Darwin)
import Darwin
#else
import Glibc
#endif
import Foundation

/// Buffered reads from one connected socket. Used by a single thread only.
final class LoopbackConnectionReader {
    private let fd: Int32
    private var storage: [UInt8] = []
    private var start = 0
    private var scratch = [UInt8](repeating: 0, count: 64 * 1024)

    /// A reader for the connected socket `fd`.
    init(fd: Int32) {
        self.fd = fd
    }

    private var buffered: Int {
        storage.count - start
    }

    /// Whether bytes beyond what was consumed are already buffered.
    var hasBufferedBytes: Bool {
        buffered > 0
    }

    /// Appends whatever the socket delivers next; throws `.closed` on EOF, timeout or error.
    private func fill() throws {
        if start > 0, start == storage.count || start >= 64 * 1024 {
            storage.removeSubrange(0..<start)
            start = 0
        }
        while true {
            let fd = self.fd
            let count = scratch.withUnsafeMutableBytes { buffer in
                recv(fd, buffer.baseAddress, buffer.count, 0)
            }
            if count > 0 {
                storage.append(contentsOf: scratch[0..<count])
                return
            }
            if count < 0, errno == EINTR {
                continue
            }
            throw LoopbackReadError.closed
        }
    }

    /// Index of the first CRLF (or CRLFCRLF when `double`) at or after `from`, or nil.
    private func find(crlf double: Bool, from: Int) -> Int? {
        let width = double ? 4 : 2
        var index = from
        while index + width <= storage.count {
            if storage[index] == 0x0D, storage[index + 1] == 0x0A,
               !double || (storage[index + 2] == 0x0D && storage[index + 3] == 0x0A) {
                return index
            }
            index += 1
        }
        return nil
    }

    /// Reads the request line and header fields, without the blank line that ends them.
    /// Returns nil if the connection ends (or times out) before a request starts.
    func readHead(maxBytes: Int) throws -> [UInt8]? {
        var scanned = 0
        var skipped = 0
        while true {
            // RFC 9112 §2.2: ignore empty lines before the request line.
            while buffered >= 2, storage[start] == 0x0D, storage[start + 1] == 0x0A {
                start += 2
                skipped += 2
                scanned = 0
            }
            if skipped > maxBytes {
                throw LoopbackReadError.malformed("too many empty lines before the request line")
            }
            if let end = find(crlf: true, from: start + scanned) {
                guard end - start <= maxBytes else {
                    throw LoopbackReadError.malformed("header section exceeds \(maxBytes) bytes")
                }
                let head = Array(storage[start..<end])
                start = end + 4
                return head
            }
            if buffered > maxBytes + 4 {
                throw LoopbackReadError.malformed("header section exceeds \(maxBytes) bytes")
            }
            scanned = max(0, buffered - 3)
            do {
                try fill()
            } catch {
                if buffered == 0 {
                    return nil
                }
                throw error
            }
        }
    }

    /// Reads one CRLF-terminated line (without the CRLF) of at most `maxBytes` bytes.
    func readLine(maxBytes: Int) throws -> ArraySlice<UInt8> {
        var scanned = 0
        while true {
            if let end = find(crlf: false, from: start + scanned) {
                guard end - start <= maxBytes else {
                    throw LoopbackReadError.malformed("line exceeds \(maxBytes) bytes")
                }
                let line = storage[start..<end]
                start = end + 2
                return line
            }
            if buffered > maxBytes + 2 {
                throw LoopbackReadError.malformed("line exceeds \(maxBytes) bytes")
            }
            scanned = max(0, buffered - 1)
            try fill()
        }
    }

    /// Reads exactly `count` bytes.
    func readExact(_ count: Int) throws -> Data {
        while buffered < count {
            try fill()
        }
        let data = Data(storage[start..<(start + count)])
        start += count
        return data
    }

    /// Reads a `Transfer-Encoding: chunked` body and its trailer section; returns the payload.
    func readChunkedBody(maxBodyBytes: Int, maxTrailerBytes: Int) throws -> Data {
        var body = Data()
        while true {
            let line = try readLine(maxBytes: 4096)
            let sizeField = line.prefix { $0 != UInt8(ascii: ";") }
            let digits = String(decoding: sizeField, as: UTF8.self).trimmingCharacters(in: .whitespaces)
            guard !digits.isEmpty, digits.count <= 15, digits.allSatisfy(\.isHexDigit),
                  let size = Int(digits, radix: 16)
            else {
                throw LoopbackReadError.malformed("invalid chunk size")
            }
            if size == 0 {
                break
            }
            guard body.count + size <= maxBodyBytes else {
                throw LoopbackReadError.malformed("chunked body exceeds \(maxBodyBytes) bytes")
            }
            body.append(try readExact(size))
            guard try readExact(2) == Data([0x0D, 0x0A]) else {
                throw LoopbackReadError.malformed("chunk data not followed by CRLF")
            }
        }
        var trailerBytes = 0
        while true {
            let line = try readLine(maxBytes: maxTrailerBytes)
            if line.isEmpty {
                return body
            }
            trailerBytes += line.count + 2
            guard trailerBytes <= maxTrailerBytes else {
                throw LoopbackReadError.malformed("trailer section exceeds \(maxTrailerBytes) bytes")
            }
        }
    }
}
