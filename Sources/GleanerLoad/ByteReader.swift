import GleanerCore

#if canImport(Glibc)
  import Glibc
#endif

/// Buffered line and block reads over a `ByteStream`, in bounded memory.
final class ByteReader {
  private var stream: any ByteStream
  private var buffer: [UInt8] = []
  private var offset = 0
  private var atEnd = false

  init(_ stream: any ByteStream) {
    self.stream = stream
  }

  /// The outcome of reading one line.
  enum Line {
    case line([UInt8])
    /// A line longer than the limit; it was skipped up to its end.
    case tooLong
    case end
  }

  /// Reads up to the next `\n` (not included), refusing lines over `limit`.
  func readLine(limit: Int) throws(DocumentError) -> Line {
    var searchFrom = offset
    var skipping = false
    while true {
      if let newline = Self.newline(in: buffer, from: searchFrom) {
        defer { offset = newline + 1 }
        if skipping || newline - offset > limit { return .tooLong }
        return .line(Array(buffer[offset..<newline]))
      }
      if buffer.count - offset > limit {
        skipping = true
        offset = buffer.count
      }
      compact()
      searchFrom = buffer.count
      guard try fill() else {
        if skipping { return .tooLong }
        guard offset < buffer.count else { return .end }
        defer { offset = buffer.count }
        return .line(Array(buffer[offset...]))
      }
    }
  }

  /// The index of the first `\n` at or after `start` (memchr: a skipped
  /// 200 MB line is scanned at memory speed).
  private static func newline(in buffer: [UInt8], from start: Int) -> Int? {
    guard start < buffer.count else { return nil }
    return buffer.withUnsafeBufferPointer { pointer in
      guard let base = pointer.baseAddress,
        let found = memchr(base + start, 0x0A, pointer.count - start)
      else { return nil }
      return base.distance(to: found.assumingMemoryBound(to: UInt8.self))
    }
  }

  /// Reads exactly `count` bytes, or fewer at the end of the stream.
  func read(_ count: Int) throws(DocumentError) -> [UInt8] {
    while buffer.count - offset < count, try fill() {}
    let end = min(buffer.count, offset + count)
    defer { offset = end }
    return Array(buffer[offset..<end])
  }

  /// Skips `count` bytes without keeping them.
  func skip(_ count: Int) throws(DocumentError) {
    var left = count
    while left > 0 {
      if offset >= buffer.count {
        compact()
        guard try fill() else { return }
      }
      let step = min(left, buffer.count - offset)
      offset += step
      left -= step
    }
  }

  private func compact() {
    if offset > 0 {
      buffer.removeSubrange(0..<offset)
      offset = 0
    }
  }

  /// Appends the next chunk; false at the end of the stream.
  private func fill() throws(DocumentError) -> Bool {
    guard !atEnd else { return false }
    if offset > 1 << 20 { compact() }
    let chunk = try stream.next()
    if chunk.isEmpty {
      atEnd = true
      return false
    }
    buffer.append(contentsOf: chunk)
    return true
  }
}
