import Foundation

// MARK: - Dates

/// A calendar day without time or time zone (`format: date`), written `YYYY-MM-DD`.
public struct OpenAPIDate: Swift.Codable, Swift.Hashable, Swift.Sendable, Swift.Comparable,
    Swift.LosslessStringConvertible
{
    /// The year, such as `2018`.
    public var year: Swift.Int
    /// The month, from 1 to 12.
    public var month: Swift.Int
    /// The day of the month, from 1 to 31.
    public var day: Swift.Int

    /// Creates a date from its parts, which are not checked.
    public init(year: Swift.Int, month: Swift.Int, day: Swift.Int) {
        self.year = year
        self.month = month
        self.day = day
    }

    /// Parses exactly `YYYY-MM-DD`. Returns `nil` for anything else, including days that do not exist such as
    /// `2023-02-29`.
    public init?(_ description: Swift.String) {
        let bytes = Swift.Array(description.utf8)
        guard bytes.count == 10, bytes[4] == 0x2D, bytes[7] == 0x2D,
            let year = OpenAPICoding.number(in: bytes, from: 0, count: 4),
            let month = OpenAPICoding.number(in: bytes, from: 5, count: 2),
            let day = OpenAPICoding.number(in: bytes, from: 8, count: 2),
            OpenAPICoding.isValidDay(year: year, month: month, day: day)
        else { return nil }
        self.init(year: year, month: month, day: day)
    }

    /// The date as `YYYY-MM-DD`.
    public var description: Swift.String {
        OpenAPICoding.zeroPadded(Swift.Int64(year), width: 4) + "-"
            + OpenAPICoding.zeroPadded(Swift.Int64(month), width: 2) + "-"
            + OpenAPICoding.zeroPadded(Swift.Int64(day), width: 2)
    }

    /// Whether `lhs` is an earlier day than `rhs`.
    public static func < (lhs: OpenAPIDate, rhs: OpenAPIDate) -> Swift.Bool {
        (lhs.year, lhs.month, lhs.day) < (rhs.year, rhs.month, rhs.day)
    }

    /// Decodes a `YYYY-MM-DD` string; throws `DecodingError.dataCorrupted` for any other string.
    public init(from decoder: any Swift.Decoder) throws {
        let container = try decoder.singleValueContainer()
        let string = try container.decode(Swift.String.self)
        guard let date = OpenAPIDate(string) else {
            throw Swift.DecodingError.dataCorruptedError(
                in: container,
                debugDescription: "Expected a date in the form YYYY-MM-DD but found \(string.debugDescription)."
            )
        }
        self = date
    }

    /// Encodes the date as a `YYYY-MM-DD` string.
    public func encode(to encoder: any Swift.Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(description)
    }
}

/// The JSON coders of generated clients, and the RFC 3339 date-time parser and formatter behind them.
public enum OpenAPICoding: Swift.Sendable {
    /// A decoder whose dates are RFC 3339 date-times, read with `parseDateTime(_:)`.
    public static func makeDecoder() -> Foundation.JSONDecoder {
        let decoder = Foundation.JSONDecoder()
        decoder.dateDecodingStrategy = .custom { decoder in try OpenAPIDateTime(from: decoder).date }
        return decoder
    }

    /// An encoder that writes dates with `formatDateTime(_:)`, sorts keys and does not escape slashes.
    public static func makeEncoder() -> Foundation.JSONEncoder {
        let encoder = Foundation.JSONEncoder()
        encoder.dateEncodingStrategy = .custom { date, encoder in
            var container = encoder.singleValueContainer()
            try container.encode(OpenAPICoding.formatDateTime(date))
        }
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return encoder
    }

    /// Parses an RFC 3339 date-time such as `2018-09-02T03:00:00.178+02:00`: `T` or `t` between date and time,
    /// any number of fraction digits or none, and `Z`, `z` or a `+HH:MM` or `-HH:MM` offset. Returns `nil` for
    /// anything else, including dates that do not exist.
    public static func parseDateTime(_ string: Swift.String) -> Foundation.Date? {
        let bytes = Swift.Array(string.utf8)
        guard bytes.count >= 20, bytes[4] == 0x2D, bytes[7] == 0x2D, bytes[10] == 0x54 || bytes[10] == 0x74,
            bytes[13] == 0x3A, bytes[16] == 0x3A,
            let year = number(in: bytes, from: 0, count: 4),
            let month = number(in: bytes, from: 5, count: 2),
            let day = number(in: bytes, from: 8, count: 2),
            let hour = number(in: bytes, from: 11, count: 2),
            let minute = number(in: bytes, from: 14, count: 2),
            let second = number(in: bytes, from: 17, count: 2),
            isValidDay(year: year, month: month, day: day), hour < 24, minute < 60, second <= 60
        else { return nil }
        var index = 19
        var fraction: Swift.Double = 0
        if bytes[index] == 0x2E {
            let start = index + 1
            index = start
            while index < bytes.count, bytes[index] >= 0x30, bytes[index] <= 0x39 {
                index += 1
            }
            let digits = Swift.String(decoding: bytes[start..<index], as: Swift.UTF8.self)
            guard index > start, let value = Swift.Double("0." + digits) else { return nil }
            fraction = value
        }
        guard index < bytes.count else { return nil }
        var offset: Swift.Int64 = 0
        switch bytes[index] {
        case 0x5A, 0x7A:
            index += 1
        case 0x2B, 0x2D:
            guard bytes.count == index + 6, bytes[index + 3] == 0x3A,
                let offsetHours = number(in: bytes, from: index + 1, count: 2),
                let offsetMinutes = number(in: bytes, from: index + 4, count: 2),
                offsetHours < 24, offsetMinutes < 60
            else { return nil }
            let magnitude = Swift.Int64(offsetHours * 3600 + offsetMinutes * 60)
            offset = bytes[index] == 0x2B ? magnitude : -magnitude
            index += 6
        default:
            return nil
        }
        guard index == bytes.count else { return nil }
        let days = daysFromCivil(year: year, month: month, day: day)
        let seconds = days * 86400 + Swift.Int64(hour * 3600 + minute * 60 + second) - offset
        // The whole seconds are exact integers; adding the fraction last rounds only once.
        let sinceReferenceDate = Swift.Double(seconds - referenceDateOffset) + fraction
        return Foundation.Date(timeIntervalSinceReferenceDate: sinceReferenceDate)
    }

    /// Formats `date` in UTC as an RFC 3339 date-time such as `2018-09-02T01:00:00.178Z`. The fraction is rounded
    /// to microseconds, has its trailing zeros trimmed, and is left out when zero.
    public static func formatDateTime(_ date: Foundation.Date) -> Swift.String {
        let interval = date.timeIntervalSinceReferenceDate
        // About 285,000 years either way, which keeps the arithmetic below from overflowing.
        let limit: Swift.Double = 9_000_000_000_000
        let clamped = interval.isFinite ? Swift.max(-limit, Swift.min(limit, interval)) : 0
        // Whole seconds and fraction apart: `clamped - wholeSeconds` is exact, so only the fraction is rounded.
        let wholeSeconds = clamped.rounded(.down)
        var fraction = Swift.Int64(((clamped - wholeSeconds) * 1_000_000).rounded())
        var seconds = Swift.Int64(wholeSeconds) + referenceDateOffset
        if fraction == 1_000_000 {
            seconds += 1
            fraction = 0
        }
        let days = floorDivide(seconds, 86400)
        let secondOfDay = seconds - days * 86400
        let (year, month, day) = civilFromDays(days)
        var text = zeroPadded(year, width: 4) + "-" + zeroPadded(month, width: 2) + "-" + zeroPadded(day, width: 2)
        text += "T" + zeroPadded(secondOfDay / 3600, width: 2) + ":" + zeroPadded(secondOfDay % 3600 / 60, width: 2)
        text += ":" + zeroPadded(secondOfDay % 60, width: 2)
        if fraction != 0 {
            var digits = zeroPadded(fraction, width: 6)
            while digits.hasSuffix("0") {
                digits.removeLast()
            }
            text += "." + digits
        }
        return text + "Z"
    }

    /// Seconds from 1970-01-01 to 2001-01-01, the reference date of `Foundation.Date`.
    static let referenceDateOffset: Swift.Int64 = 978_307_200

    /// The decimal number written with exactly `count` ASCII digits at `start`, or `nil`.
    static func number(in bytes: [Swift.UInt8], from start: Swift.Int, count: Swift.Int) -> Swift.Int? {
        guard start >= 0, count > 0, start + count <= bytes.count else { return nil }
        var value = 0
        for byte in bytes[start..<(start + count)] {
            guard byte >= 0x30, byte <= 0x39 else { return nil }
            value = value * 10 + Swift.Int(byte - 0x30)
        }
        return value
    }

    /// Whether `year-month-day` is a day of the proleptic Gregorian calendar.
    static func isValidDay(year: Swift.Int, month: Swift.Int, day: Swift.Int) -> Swift.Bool {
        guard (1...12).contains(month), day >= 1 else { return false }
        let isLeapYear = year % 4 == 0 && (year % 100 != 0 || year % 400 == 0)
        let lengths = [31, isLeapYear ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]
        return day <= lengths[month - 1]
    }

    /// Days from 1970-01-01 to `year-month-day` (Howard Hinnant's `days_from_civil`).
    static func daysFromCivil(year: Swift.Int, month: Swift.Int, day: Swift.Int) -> Swift.Int64 {
        let y = Swift.Int64(month <= 2 ? year - 1 : year)
        let era = floorDivide(y, 400)
        let yearOfEra = y - era * 400
        let shiftedMonth = Swift.Int64(month > 2 ? month - 3 : month + 9)
        let dayOfYear = (153 * shiftedMonth + 2) / 5 + Swift.Int64(day) - 1
        let dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear
        return era * 146_097 + dayOfEra - 719_468
    }

    /// The day `days` after 1970-01-01 (Howard Hinnant's `civil_from_days`).
    static func civilFromDays(_ days: Swift.Int64) -> (year: Swift.Int64, month: Swift.Int64, day: Swift.Int64) {
        let shifted = days + 719_468
        let era = floorDivide(shifted, 146_097)
        let dayOfEra = shifted - era * 146_097
        let yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36524 - dayOfEra / 146_096) / 365
        let dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100)
        let shiftedMonth = (5 * dayOfYear + 2) / 153
        let day = dayOfYear - (153 * shiftedMonth + 2) / 5 + 1
        let month = shiftedMonth < 10 ? shiftedMonth + 3 : shiftedMonth - 9
        let year = yearOfEra + era * 400 + (month <= 2 ? 1 : 0)
        return (year, month, day)
    }

    /// `value / divisor` rounded towards negative infinity; `divisor` must be positive.
    static func floorDivide(_ value: Swift.Int64, _ divisor: Swift.Int64) -> Swift.Int64 {
        let quotient = value / divisor
        return value % divisor < 0 ? quotient - 1 : quotient
    }

    /// `value` in decimal, with leading zeros up to `width` digits.
    static func zeroPadded(_ value: Swift.Int64, width: Swift.Int) -> Swift.String {
        let digits = Swift.String(value.magnitude)
        let padding = Swift.String(repeating: "0", count: Swift.max(0, width - digits.count))
        return (value < 0 ? "-" : "") + padding + digits
    }

    /// Up to `limit` bytes of `data` as one line of text, or `nil` when they are not printable UTF-8.
    static func printableExcerpt(of data: Foundation.Data, limit: Swift.Int) -> Swift.String? {
        var bytes = Swift.Array(data.prefix(limit))
        let isTruncated = data.count > bytes.count
        var text = Swift.String(bytes: bytes, encoding: .utf8)
        var dropped = 0
        // The cut at `limit` may have split a character of up to 4 bytes.
        while text == nil, isTruncated, dropped < 3, !bytes.isEmpty {
            bytes.removeLast()
            dropped += 1
            text = Swift.String(bytes: bytes, encoding: .utf8)
        }
        guard let text else { return nil }
        let isPrintable = text.unicodeScalars.allSatisfy { scalar in
            switch scalar.value {
            case 0x09, 0x0A, 0x0D: true
            case 0x00..<0x20, 0x7F..<0xA0: false
            default: true
            }
        }
        guard isPrintable else { return nil }
        let line = text.split(whereSeparator: { $0.isWhitespace }).joined(separator: " ")
        guard !line.isEmpty else { return nil }
        return isTruncated ? line + "\u{2026}" : line
    }

    /// The keys of the object `decoder` holds; empty when the value is not an object.
    @_spi(Generated) public static func objectKeys(of decoder: any Swift.Decoder) -> [Swift.String] {
        guard let container = try? decoder.container(keyedBy: OpenAPICodingKey.self) else { return [] }
        return container.allKeys.map(\.stringValue)
    }

    /// The error thrown when no variant of the `oneOf` or `anyOf` type `typeName` decodes. Its description lists
    /// each variant with the reason it failed.
    @_spi(Generated) public static func noVariantDecoded(
        _ typeName: Swift.String,
        attempts: [(variant: Swift.String, error: any Swift.Error)],
        codingPath: [any Swift.CodingKey]
    ) -> Swift.DecodingError {
        let reasons = attempts.map { "\($0.variant): \(describe($0.error))" }
        let text = "No variant of \(typeName) matches the value. Tried " + reasons.joined(separator: "; ")
        return .dataCorrupted(Swift.DecodingError.Context(codingPath: codingPath, debugDescription: text))
    }

    /// One line about `error`: the path of a `DecodingError` (when any) and its explanation.
    static func describe(_ error: any Swift.Error) -> Swift.String {
        guard let error = error as? Swift.DecodingError else { return "\(error)" }
        let context: Swift.DecodingError.Context
        var codingPath: [any Swift.CodingKey] = []
        switch error {
        case .typeMismatch(_, let errorContext), .valueNotFound(_, let errorContext), .dataCorrupted(let errorContext):
            context = errorContext
        case .keyNotFound(let key, let errorContext):
            context = errorContext
            codingPath = [key]
        @unknown default:
            return "\(error)"
        }
        let path = RequestExecutor.renderCodingPath(context.codingPath + codingPath)
        return (path.isEmpty ? "" : path + ": ") + context.debugDescription
    }
}
