import CZlib
import Foundation
import GleanerCore

/// A source of bytes read in chunks: a file, or a gzip stream over one.
protocol ByteStream {
  /// The next chunk, empty at the end.
  mutating func next() throws(DocumentError) -> [UInt8]
}

/// Reads a file handle in chunks of up to 1 MiB. A pipe or terminal gives
/// what has arrived so far, so a slow stream is processed as it comes.
struct FileByteStream: ByteStream {
  let handle: FileHandle
  /// Whether the handle is a regular file (else a pipe, socket or terminal).
  let isRegularFile: Bool

  init(handle: FileHandle) {
    self.handle = handle
    var status = stat()
    isRegularFile = fstat(handle.fileDescriptor, &status) == 0 && (status.st_mode & S_IFMT) == S_IFREG
  }

  mutating func next() throws(DocumentError) -> [UInt8] {
    do {
      if isRegularFile {
        return [UInt8](try handle.read(upToCount: 1 << 20) ?? Data())
      }
      return [UInt8](handle.availableData)
    } catch {
      throw DocumentError(stage: "load", "cannot read: \(error.localizedDescription)")
    }
  }
}

/// Decompresses a gzip (or zlib) stream, members one after another, in
/// bounded memory.
///
/// A stream that inflates to more than `maxRatio` times its compressed size
/// and past `minimumForRatio` bytes is stopped as a likely gzip bomb.
final class GzipByteStream: ByteStream {
  private var source: any ByteStream
  private var stream = z_stream()
  private var input: [UInt8] = []
  private var inputOffset = 0
  private var finished = false
  private var compressedBytes = 0
  private var inflatedBytes = 0
  let maxRatio: Int
  let minimumForRatio: Int

  init(_ source: any ByteStream, maxRatio: Int = 200, minimumForRatio: Int = 64 << 20) throws(DocumentError) {
    self.source = source
    self.maxRatio = maxRatio
    self.minimumForRatio = minimumForRatio
    guard gleaner_inflate_init(&stream) == Z_OK else {
      throw DocumentError(stage: "load", "cannot start gzip decompression")
    }
  }

  deinit {
    inflateEnd(&stream)
  }

  func next() throws(DocumentError) -> [UInt8] {
    var output = [UInt8](repeating: 0, count: 1 << 20)
    var produced = 0
    while produced == 0 && !finished {
      if inputOffset >= input.count {
        input = try source.next()
        inputOffset = 0
        compressedBytes += input.count
        if input.isEmpty {
          finished = true
          break
        }
      }
      let status: Int32 = input.withUnsafeMutableBufferPointer { inBuffer in
        output.withUnsafeMutableBufferPointer { outBuffer in
          stream.next_in = inBuffer.baseAddress! + inputOffset
          stream.avail_in = UInt32(inBuffer.count - inputOffset)
          stream.next_out = outBuffer.baseAddress!
          stream.avail_out = UInt32(outBuffer.count)
          let status = inflate(&stream, Z_NO_FLUSH)
          inputOffset = inBuffer.count - Int(stream.avail_in)
          produced = outBuffer.count - Int(stream.avail_out)
          return status
        }
      }
      switch status {
      case Z_OK, Z_BUF_ERROR:
        break
      case Z_STREAM_END:
        // Another gzip member may follow (as in WARC.gz files).
        inflateReset(&stream)
      default:
        throw DocumentError(stage: "load", "corrupt gzip data")
      }
      if status == Z_BUF_ERROR && produced == 0 && inputOffset >= input.count {
        continue
      }
    }
    inflatedBytes += produced
    if inflatedBytes > minimumForRatio && inflatedBytes / max(1, compressedBytes) > maxRatio {
      throw DocumentError(stage: "load", "gzip data inflates more than \(maxRatio) times (a gzip bomb?)")
    }
    output.removeSubrange(produced...)
    return output
  }
}
