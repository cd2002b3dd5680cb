#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
#if canImport(Darwin)
import Darwin
#elseif canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#endif

/// Text as UTF-8 bytes split at LF, for the emitters that copy large blocks (the embedded runtime): the line
/// ranges are found with `memchr` and the lines copied with `memcpy`, never through `Substring` or `Character`.
struct ByteLines {
    /// The text's bytes.
    let bytes: [UInt8]
    /// Each line's range in `bytes`, without its LF; like `split(separator: "\n", omittingEmptySubsequences: false)`,
    /// so a text ending in LF has an empty last line.
    let lines: [Range<Int>]

    /// Splits `text`.
    init(_ text: String) {
        let bytes = Array(text.utf8)
        var lines: [Range<Int>] = []
        bytes.withUnsafeBufferPointer { buffer in
            guard let base = buffer.baseAddress else { return }
            var start = 0
            while let found = memchr(base + start, 0x0A, buffer.count - start) {
                let end = UnsafeRawPointer(base).distance(to: UnsafeRawPointer(found))
                lines.append(start..<end)
                start = end + 1
            }
            lines.append(start..<buffer.count)
        }
        self.bytes = bytes
        self.lines = lines.isEmpty ? [0..<0] : lines
    }

    /// Whether `byte` occurs in the text.
    func contains(_ byte: UInt8) -> Bool {
        bytes.withUnsafeBufferPointer { buffer in
            guard let base = buffer.baseAddress else { return false }
            return memchr(base, Int32(byte), buffer.count) != nil
        }
    }

    /// The lines `selected` (indices into `lines`, ascending), each followed by LF, with `width` spaces before each
    /// one that is not empty.
    func joined(_ selected: [Int], indentedBy width: Int = 0) -> [UInt8] {
        let total = selected.reduce(0) { $0 + lines[$1].count + 1 + (lines[$1].isEmpty ? 0 : width) }
        return [UInt8](unsafeUninitializedCapacity: total) { out, initialized in
            var written = 0
            bytes.withUnsafeBufferPointer { source in
                guard let target = out.baseAddress, let base = source.baseAddress else { return }
                for index in selected {
                    let line = lines[index]
                    if !line.isEmpty {
                        memset(target + written, 0x20, width)
                        written += width
                        memcpy(target + written, base + line.lowerBound, line.count)
                        written += line.count
                    }
                    target[written] = 0x0A
                    written += 1
                }
            }
            initialized = written
        }
    }
}
