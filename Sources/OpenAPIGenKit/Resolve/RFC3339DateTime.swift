/// An RFC 3339 date-time written in a spec (`2018-09-02T03:00:00.178+02:00`), read by the rules the generated
/// client's decoder applies (`OpenAPICoding.parseDateTime` in the runtime): `T` or `t` between date and time, a
/// real calendar day, hours 0–23, minutes 0–59, seconds 0–60, any number of fraction digits or none, and `Z`,
/// `z` or a `±HH:MM` offset. So a `default` or `example` counts as a date-time exactly when a client could decode
/// it, and a default's value is the instant the client would read.
struct RFC3339DateTime: Equatable {
    /// Seconds since 1970-01-01T00:00:00Z: the whole seconds exactly, then the fraction added once.
    var secondsSince1970: Double

    /// The date-time `string` spells, or nil when it is not one.
    init?(_ string: String) {
        let bytes = Array(string.utf8)
        func number(_ start: Int, _ count: Int) -> Int? {
            guard start + count <= bytes.count else { return nil }
            var value = 0
            for byte in bytes[start..<start + count] {
                guard (0x30...0x39).contains(byte) else { return nil }
                value = value * 10 + Int(byte - 0x30)
            }
            return value
        }
        func byte(_ index: Int, isOneOf expected: String) -> Bool {
            index < bytes.count && expected.utf8.contains(bytes[index])
        }
        guard bytes.count >= 20, let year = number(0, 4), byte(4, isOneOf: "-"), let month = number(5, 2), byte(7, isOneOf: "-"),
              let day = number(8, 2), byte(10, isOneOf: "Tt"), let hour = number(11, 2), byte(13, isOneOf: ":"),
              let minute = number(14, 2), byte(16, isOneOf: ":"), let second = number(17, 2),
              Self.isDay(year: year, month: month, day: day), hour < 24, minute < 60, second <= 60 else { return nil }
        var index = 19
        var fraction = 0.0
        if byte(index, isOneOf: ".") {
            let start = index + 1
            index = start
            while index < bytes.count, (0x30...0x39).contains(bytes[index]) { index += 1 }
            guard index > start, let value = Double("0." + String(decoding: bytes[start..<index], as: UTF8.self)) else { return nil }
            fraction = value
        }
        var offset = 0
        if byte(index, isOneOf: "Zz") {
            index += 1
        } else {
            guard byte(index, isOneOf: "+-"), let offsetHours = number(index + 1, 2), byte(index + 3, isOneOf: ":"),
                  let offsetMinutes = number(index + 4, 2), offsetHours < 24, offsetMinutes < 60 else { return nil }
            offset = (offsetHours * 3600 + offsetMinutes * 60) * (bytes[index] == UInt8(ascii: "+") ? 1 : -1)
            index += 6
        }
        guard index == bytes.count else { return nil }
        let seconds = Self.daysSince1970(year: year, month: month, day: day) * 86400 + hour * 3600 + minute * 60 + second - offset
        secondsSince1970 = Double(seconds) + fraction
    }

    /// Whether `year-month-day` is a day of the proleptic Gregorian calendar.
    static func isDay(year: Int, month: Int, day: Int) -> Bool {
        guard (1...12).contains(month), day >= 1 else { return false }
        let leap = year % 4 == 0 && (year % 100 != 0 || year % 400 == 0)
        return day <= [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1]
    }

    /// Days from 1970-01-01 to a day of a year from 0 to 9999, counted through March-based years so that the
    /// leap day comes last.
    static func daysSince1970(year: Int, month: Int, day: Int) -> Int {
        let marchYear = month <= 2 ? year - 1 : year
        let era = (marchYear >= 0 ? marchYear : marchYear - 399) / 400
        let yearOfEra = marchYear - era * 400
        let dayOfYear = (153 * (month > 2 ? month - 3 : month + 9) + 2) / 5 + day - 1
        let dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear
        return era * 146_097 + dayOfEra - 719_468
    }
}
