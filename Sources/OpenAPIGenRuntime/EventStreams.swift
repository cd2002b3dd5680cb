import Foundation

// MARK: - Server-sent events and JSON lines

/// One server-sent event (https://html.spec.whatwg.org/multipage/server-sent-events.html).
public struct ServerSentEvent<Payload: Swift.Sendable>: Swift.Sendable {
    /// The `event:` field: the event's type; nil for the default type (`message`).
    public var event: Swift.String?
    /// The `data:` lines, joined by line feeds, decoded as the documented schema (kept as text when it is a string
    /// or there is none).
    public var data: Payload
    /// The last `id:` seen so far in the stream (ids carry over to later events, as in browsers).
    public var id: Swift.String?
    /// The `retry:` field seen since the previous event: the reconnection time in milliseconds.
    public var retry: Swift.Int?

    /// Creates an event.
    public init(event: Swift.String? = nil, data: Payload, id: Swift.String? = nil, retry: Swift.Int? = nil) {
        self.event = event
        self.data = data
        self.id = id
        self.retry = retry
    }
}

/// Splits a byte stream into records as chunks arrive: lines ended by CR, LF or CRLF (server-sent events), lines
/// ended by LF (JSON lines, a trailing CR dropped), or records started by RS, 0x1E (JSON text sequences, RFC 7464).
struct RecordSplitter: Swift.Sendable {
    /// Where a record ends.
    enum Separator: Swift.Sendable {
        /// CR, LF or CRLF.
        case anyLineEnd
        /// LF; a CR before it is dropped.
        case lineFeed
        /// RS (0x1E), which starts each record.
        case recordSeparator
    }

    /// The separator.
    let separator: Separator
    /// Bytes of the record not yet ended.
    private var pending: [Swift.UInt8] = []
    /// Whether the last byte was a CR, so that an LF right after it ends nothing.
    private var afterCR = false

    init(_ separator: Separator) {
        self.separator = separator
    }

    /// The records that `chunk` completes.
    mutating func push(_ chunk: Foundation.Data) -> [[Swift.UInt8]] {
        var records: [[Swift.UInt8]] = []
        for byte in chunk {
            switch separator {
            case .anyLineEnd:
                if afterCR {
                    afterCR = false
                    if byte == 0x0A { continue }
                }
                if byte == 0x0D || byte == 0x0A {
                    afterCR = byte == 0x0D
                    records.append(pending)
                    pending.removeAll(keepingCapacity: true)
                } else {
                    pending.append(byte)
                }
            case .lineFeed:
                if byte == 0x0A {
                    if pending.last == 0x0D { pending.removeLast() }
                    records.append(pending)
                    pending.removeAll(keepingCapacity: true)
                } else {
                    pending.append(byte)
                }
            case .recordSeparator:
                if byte == 0x1E {
                    records.append(pending)
                    pending.removeAll(keepingCapacity: true)
                } else if byte == 0x0A, Self.endsValue(pending),
                          (try? Foundation.JSONSerialization.jsonObject(with: Foundation.Data(pending), options: .fragmentsAllowed)) != nil {
                    // RFC 7464 ends each text with LF: a complete text is handed over without waiting for the next RS.
                    records.append(pending)
                    pending.removeAll(keepingCapacity: true)
                } else {
                    pending.append(byte)
                }
            }
        }
        return records
    }

    /// Whether the last byte of `bytes` that is not whitespace can end a JSON text: `}`, `]`, `"`, a digit, or
    /// the last letter of `true`, `false` or `null`.
    static func endsValue(_ bytes: [Swift.UInt8]) -> Swift.Bool {
        guard let last = bytes.last(where: { $0 != 0x20 && $0 != 0x09 && $0 != 0x0D && $0 != 0x0A }) else { return false }
        return last == 0x7D || last == 0x5D || last == 0x22 || (0x30...0x39).contains(last) || last == 0x65 || last == 0x6C
    }

    /// What is left at the end of the stream: the last record when it was not ended.
    mutating func finish() -> [Swift.UInt8]? {
        defer { pending.removeAll() }
        return pending.isEmpty ? nil : pending
    }
}

/// Builds events from the lines of a server-sent event stream, as the HTML standard's parser does: `data:` lines
/// joined by LF, `event:`, `id:` (kept for later events; ignored when it contains NUL), `retry:` (digits only),
/// comments (`:`) and unknown fields ignored, one space after the colon removed, an event dispatched at a blank
/// line only when it has data. An event the stream ends in the middle of is dropped, as the standard says.
struct ServerSentEventParser: Swift.Sendable {
    private var data: [Swift.String] = []
    private var event: Swift.String?
    private var lastID: Swift.String?
    private var retry: Swift.Int?
    private var isFirstLine = true

    /// The event that `line` completes, if any; its data is still text.
    mutating func consume(_ line: [Swift.UInt8]) -> ServerSentEvent<Swift.String>? {
        var bytes = line[...]
        if isFirstLine {
            isFirstLine = false
            if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { bytes = bytes.dropFirst(3) }
        }
        guard !bytes.isEmpty else { return dispatch() }
        if bytes.first == 0x3A { return nil }
        let name: Swift.String
        var value: Swift.String
        if let colon = bytes.firstIndex(of: 0x3A) {
            name = Swift.String(decoding: bytes[..<colon], as: Swift.UTF8.self)
            var rest = bytes[(colon + 1)...]
            if rest.first == 0x20 { rest = rest.dropFirst() }
            value = Swift.String(decoding: rest, as: Swift.UTF8.self)
        } else {
            name = Swift.String(decoding: bytes, as: Swift.UTF8.self)
            value = ""
        }
        switch name {
        case "event": event = value
        case "data": data.append(value)
        case "id" where !value.utf8.contains(0): lastID = value
        case "retry" where !value.isEmpty && value.utf8.allSatisfy({ (0x30...0x39).contains($0) }): retry = Swift.Int(value)
        default: value = ""
        }
        return nil
    }

    private mutating func dispatch() -> ServerSentEvent<Swift.String>? {
        defer {
            data.removeAll()
            event = nil
        }
        guard !data.isEmpty else { return nil }
        let dispatched = ServerSentEvent(event: event.flatMap { $0.isEmpty ? nil : $0 }, data: data.joined(separator: "\n"), id: lastID, retry: retry)
        retry = nil
        return dispatched
    }
}

/// Turns a streamed body into a sequence of values, read as the chunks arrive.
@_spi(Generated) public enum EventStreams {
    /// The server-sent events of `body`, their data kept as text.
    @_spi(Generated) public static func serverSentEvents(
        _ body: ByteStream
    ) -> Swift.AsyncThrowingStream<ServerSentEvent<Swift.String>, any Swift.Error> {
        var parser = ServerSentEventParser()
        return records(body, separator: .anyLineEnd) { line in
            parser.consume(line).map { [$0] } ?? []
        } finish: { _ in [] }
    }

    /// The server-sent events of `body`, each event's data decoded from JSON as `type`.
    @_spi(Generated) public static func serverSentEvents<Payload: Swift.Decodable & Swift.Sendable>(
        _ body: ByteStream,
        of type: Payload.Type,
        statusCode: Swift.Int,
        operationID: Swift.String
    ) -> Swift.AsyncThrowingStream<ServerSentEvent<Payload>, any Swift.Error> {
        var parser = ServerSentEventParser()
        return records(body, separator: .anyLineEnd) { line in
            guard let event = parser.consume(line) else { return [] }
            let payload = try decode(type, from: Foundation.Data(event.data.utf8), statusCode: statusCode, operationID: operationID)
            return [ServerSentEvent(event: event.event, data: payload, id: event.id, retry: event.retry)]
        } finish: { _ in [] }
    }

    /// The values of a JSON lines body (`application/jsonl`, `application/x-ndjson`): one JSON value per line,
    /// blank lines skipped; or, with `sequence`, of a JSON text sequence (`application/json-seq`, RFC 7464).
    @_spi(Generated) public static func jsonValues<Value: Swift.Decodable & Swift.Sendable>(
        _ body: ByteStream,
        of type: Value.Type,
        sequence: Swift.Bool,
        statusCode: Swift.Int,
        operationID: Swift.String
    ) -> Swift.AsyncThrowingStream<Value, any Swift.Error> {
        let decodeRecord: @Sendable ([Swift.UInt8]) throws -> [Value] = { record in
            let isBlank = record.allSatisfy { $0 == 0x20 || $0 == 0x09 || $0 == 0x0A || $0 == 0x0D }
            guard !isBlank else { return [] }
            return [try decode(type, from: Foundation.Data(record), statusCode: statusCode, operationID: operationID)]
        }
        return records(body, separator: sequence ? .recordSeparator : .lineFeed, consume: decodeRecord) { rest in
            try rest.map(decodeRecord) ?? []
        }
    }

    /// Decodes one record, throwing `ClientError.decodingFailed` with the record as the raw body.
    static func decode<Value: Swift.Decodable>(
        _ type: Value.Type,
        from data: Foundation.Data,
        statusCode: Swift.Int,
        operationID: Swift.String
    ) throws -> Value {
        let typeName = Swift.String(describing: type)
        do {
            return try OpenAPICoding.makeDecoder().decode(type, from: data)
        } catch let error as Swift.DecodingError {
            let (codingPath, description) = RequestExecutor.explain(error, typeName: typeName)
            throw ClientError.decodingFailed(
                operationID: operationID, statusCode: statusCode, typeName: typeName, codingPath: codingPath,
                description: description, rawBody: data
            )
        } catch {
            throw ClientError.decodingFailed(
                operationID: operationID, statusCode: statusCode, typeName: typeName, codingPath: "",
                description: "Could not decode \(typeName): \(error)", rawBody: data
            )
        }
    }

    /// The values that `consume` makes of the records of `body`, and `finish` of the unended rest; read one chunk at
    /// a time as the consumer asks for values. The consumer calls one at a time, so the state is never shared.
    private static func records<Value: Swift.Sendable>(
        _ body: ByteStream,
        separator: RecordSplitter.Separator,
        consume: @escaping ([Swift.UInt8]) throws -> [Value],
        finish: @escaping ([Swift.UInt8]?) throws -> [Value]
    ) -> Swift.AsyncThrowingStream<Value, any Swift.Error> {
        let state = RecordState(body.makeAsyncIterator(), separator: separator, consume: consume, finish: finish)
        return Swift.AsyncThrowingStream(unfolding: { try await state.next() })
    }

    /// The state of one `records` stream: the chunk iterator, the splitter and values not yet handed out.
    private final class RecordState<Value: Swift.Sendable>: @unchecked Swift.Sendable {
        private var chunks: Swift.AsyncThrowingStream<Foundation.Data, any Swift.Error>.AsyncIterator
        private var splitter: RecordSplitter
        private var ready: [Value] = []
        private var ended = false
        /// An error to throw once the values before it were handed out.
        private var failure: (any Swift.Error)?
        private let consume: ([Swift.UInt8]) throws -> [Value]
        private let finish: ([Swift.UInt8]?) throws -> [Value]

        init(
            _ chunks: Swift.AsyncThrowingStream<Foundation.Data, any Swift.Error>.AsyncIterator,
            separator: RecordSplitter.Separator,
            consume: @escaping ([Swift.UInt8]) throws -> [Value],
            finish: @escaping ([Swift.UInt8]?) throws -> [Value]
        ) {
            self.chunks = chunks
            self.splitter = RecordSplitter(separator)
            self.consume = consume
            self.finish = finish
        }

        func next() async throws -> Value? {
            while ready.isEmpty {
                if let failure {
                    self.failure = nil
                    ended = true
                    throw failure
                }
                guard !ended else { return nil }
                do {
                    if let chunk = try await chunks.next() {
                        for record in splitter.push(chunk) {
                            ready += try consume(record)
                        }
                    } else {
                        ended = true
                        ready += try finish(splitter.finish())
                    }
                } catch {
                    // The values before the failing record are handed out first.
                    guard ready.isEmpty else {
                        failure = error
                        break
                    }
                    ended = true
                    throw error
                }
            }
            return ready.removeFirst()
        }
    }
}
