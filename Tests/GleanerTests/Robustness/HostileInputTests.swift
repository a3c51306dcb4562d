import Foundation
import GleanerCore
import GleanerLoad
import Testing

#if canImport(Glibc)
  import Glibc
#endif

/// Hostile file-system inputs: each gives documents or clear per-input
/// errors, and the walk goes on.
@Suite struct HostileInputTests {
  static func load(_ inputs: [String], limits: LoadLimits = LoadLimits()) -> [String] {
    var items: [LoadedItem] = []
    InputLoader(limits: limits).load(inputs) { items.append($0) }
    return items.map(InputLoaderTests.describe)
  }

  @Test func anEmptyFolderIsAClearError() throws {
    let root = try InputLoaderTests.folder([:])
    try FileManager.default.createDirectory(
      at: root.appendingPathComponent("empty/inner"), withIntermediateDirectories: true)
    let items = Self.load([root.appendingPathComponent("empty").path, root.path])
    #expect(items == ["empty:error:the folder holds no documents", "\(root.lastPathComponent):error:the folder holds no documents"])
  }

  @Test func symbolicLinkLoopsAreNamedAndSkipped() throws {
    let root = try InputLoaderTests.folder(["a.txt": Array("Talks resumed.".utf8)])
    let manager = FileManager.default
    // A link to its own folder, a loop of two links, a link to nothing.
    try manager.createSymbolicLink(atPath: root.appendingPathComponent("self").path, withDestinationPath: ".")
    try manager.createDirectory(at: root.appendingPathComponent("sub"), withIntermediateDirectories: true)
    try manager.createSymbolicLink(atPath: root.appendingPathComponent("sub/up").path, withDestinationPath: "..")
    try manager.createSymbolicLink(atPath: root.appendingPathComponent("x.txt").path, withDestinationPath: "y.txt")
    try manager.createSymbolicLink(atPath: root.appendingPathComponent("y.txt").path, withDestinationPath: "x.txt")
    try manager.createSymbolicLink(atPath: root.appendingPathComponent("z.txt").path, withDestinationPath: "missing.txt")
    let items = Self.load([root.path])
    #expect(items == [
      "a.txt:text",
      "x.txt:error:a broken or looping symbolic link",
      "y.txt:error:a broken or looping symbolic link",
      "z.txt:error:a broken or looping symbolic link",
    ])
    // A looping link named on the command line.
    #expect(Self.load([root.appendingPathComponent("x.txt").path]) == ["x.txt:error:no such file or folder"])
  }

  @Test(.enabled(if: geteuid() != 0, "root reads files whatever their permissions"))
  func aFileWithoutReadPermissionIsAClearError() throws {
    let root = try InputLoaderTests.folder(["locked.txt": Array("Secret.".utf8), "open.txt": Array("Open.".utf8)])
    let locked = root.appendingPathComponent("locked.txt").path
    #expect(chmod(locked, 0) == 0)
    defer { chmod(locked, 0o644) }
    #expect(Self.load([root.path]) == ["locked.txt:error:cannot open the file (permissions?)", "open.txt:text"])
  }

  @Test func aFileThatCannotBeReadIsAClearError() throws {
    // /proc/self/mem opens (even for root) and fails on the first read:
    // an unreadable file whatever the permissions.
    guard FileManager.default.fileExists(atPath: "/proc/self/mem") else { return }
    let items = Self.load(["/proc/self/mem", "/proc/self/status"])
    #expect(items.count == 2)
    #expect(items[0].hasPrefix("mem:error:cannot read"), "\(items[0])")
    #expect(items[1] == "status:text")
  }

  @Test func pipesAndSocketsInAFolderAreNotOpened() throws {
    let root = try InputLoaderTests.folder(["a.txt": Array("Talks resumed.".utf8)])
    // A pipe without a writer would block a reader forever.
    #expect(mkfifo(root.appendingPathComponent("pipe.txt").path, 0o644) == 0)
    let started = Date()
    let items = Self.load([root.path])
    #expect(items == ["a.txt:text", "pipe.txt:error:not a regular file (a pipe, socket or device)"])
    #expect(Date().timeIntervalSince(started) < 5 * Hostile.timeFactor)
  }

  @Test func endlessAndRandomDevicesStopAtTheLimit() throws {
    let items = Self.load(["/dev/zero", "/dev/urandom"], limits: LoadLimits(maxBytes: 1 << 20))
    #expect(items.count == 2)
    #expect(items.allSatisfy { $0.contains(":error:") }, "\(items)")
  }
}
