import Foundation
import GleanerCore

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Decides whether a URL may be fetched: http and https only, and no host
/// whose addresses are loopback, link-local, private or otherwise not
/// public, unless private addresses are allowed.
///
/// The host's addresses are resolved here (with `getaddrinfo`) and every one
/// must be public; the fetcher checks the first address and each redirect
/// target. A host that resolves differently between this check and the
/// connection (DNS rebinding) is not caught: run Gleaner in a network
/// namespace without access to private networks where that matters.
public struct AddressPolicy: Sendable {
  /// Fetch hosts that resolve to private addresses too (`--allow-private`).
  public var allowPrivate: Bool
  /// Host names allowed even when they resolve to private addresses, the
  /// redirects they give still being checked (for tests and intranet hosts).
  public var trustedHosts: Set<String>

  public init(allowPrivate: Bool = false, trustedHosts: Set<String> = []) {
    self.allowPrivate = allowPrivate
    self.trustedHosts = trustedHosts
  }

  /// Throws a `load` error naming why `url` may not be fetched.
  public func check(_ url: URL) throws(DocumentError) {
    guard let scheme = url.scheme?.lowercased(), scheme == "http" || scheme == "https" else {
      throw DocumentError(stage: "load", "not an http or https URL")
    }
    guard var host = url.host, !host.isEmpty else {
      throw DocumentError(stage: "load", "the URL has no host")
    }
    if host.hasPrefix("["), host.hasSuffix("]") { host = String(host.dropFirst().dropLast()) }
    guard !allowPrivate, !trustedHosts.contains(host.lowercased()) else { return }
    let addresses = try Self.resolve(host)
    if let address = addresses.first(where: { !$0.isPublic }) {
      throw DocumentError(
        stage: "load",
        "\(host) is a private, loopback or link-local address (\(address)); --allow-private fetches it")
    }
  }

  /// The addresses of `host` (a name or an address literal).
  static func resolve(_ host: String) throws(DocumentError) -> [IPAddress] {
    var hints = addrinfo()
    hints.ai_family = AF_UNSPEC
    #if canImport(Glibc)
      hints.ai_socktype = Int32(SOCK_STREAM.rawValue)
    #else
      hints.ai_socktype = SOCK_STREAM
    #endif
    var list: UnsafeMutablePointer<addrinfo>?
    let status = getaddrinfo(host, nil, &hints, &list)
    guard status == 0, let first = list else {
      throw DocumentError(stage: "load", "unknown host \(host)")
    }
    defer { freeaddrinfo(first) }
    var addresses: [IPAddress] = []
    var current: UnsafeMutablePointer<addrinfo>? = first
    while let info = current {
      if let address = IPAddress(info.pointee.ai_addr) { addresses.append(address) }
      current = info.pointee.ai_next
    }
    guard !addresses.isEmpty else { throw DocumentError(stage: "load", "no address for host \(host)") }
    return addresses
  }
}

/// An IPv4 or IPv6 address as its bytes (4 or 16).
public struct IPAddress: Sendable, Hashable, CustomStringConvertible {
  public let bytes: [UInt8]

  public init?(bytes: [UInt8]) {
    guard bytes.count == 4 || bytes.count == 16 else { return nil }
    self.bytes = bytes
  }

  /// Parses a dotted IPv4 or a textual IPv6 address.
  public init?(_ text: String) {
    var v4 = in_addr()
    var v6 = in6_addr()
    if inet_pton(AF_INET, text, &v4) == 1 {
      self.bytes = withUnsafeBytes(of: v4) { Array($0) }
    } else if inet_pton(AF_INET6, text, &v6) == 1 {
      self.bytes = withUnsafeBytes(of: v6) { Array($0) }
    } else {
      return nil
    }
  }

  init?(_ socketAddress: UnsafeMutablePointer<sockaddr>?) {
    guard let socketAddress else { return nil }
    switch Int32(socketAddress.pointee.sa_family) {
    case AF_INET:
      let v4 = UnsafeRawPointer(socketAddress).load(as: sockaddr_in.self)
      bytes = withUnsafeBytes(of: v4.sin_addr) { Array($0) }
    case AF_INET6:
      let v6 = UnsafeRawPointer(socketAddress).load(as: sockaddr_in6.self)
      bytes = withUnsafeBytes(of: v6.sin6_addr) { Array($0) }
    default:
      return nil
    }
  }

  /// Whether the address is a public unicast one: not loopback, link-local,
  /// private (RFC 1918, ULA, shared 100.64/10), unspecified, multicast,
  /// reserved or documentation, looking inside IPv4-mapped, IPv4-compatible,
  /// NAT64 and 6to4 forms.
  public var isPublic: Bool {
    if bytes.count == 4 { return Self.isPublicV4(bytes) }
    let b = bytes
    let zeros10 = b[0..<10].allSatisfy { $0 == 0 }
    if zeros10 && b[10] == 0xFF && b[11] == 0xFF { return Self.isPublicV4(Array(b[12..<16])) }  // ::ffff:a.b.c.d
    if b[0..<12].allSatisfy({ $0 == 0 }) { return false }  // ::, ::1 and ::a.b.c.d (deprecated)
    if b[0..<12] == [0x00, 0x64, 0xFF, 0x9B, 0, 0, 0, 0, 0, 0, 0, 0] {  // NAT64 64:ff9b::/96
      return Self.isPublicV4(Array(b[12..<16]))
    }
    if b[0] == 0x20 && b[1] == 0x02 { return Self.isPublicV4(Array(b[2..<6])) }  // 6to4 2002::/16
    if b[0] & 0xFE == 0xFC { return false }  // fc00::/7 unique local
    if b[0] == 0xFE && b[1] & 0xC0 == 0x80 { return false }  // fe80::/10 link-local
    if b[0] == 0xFE && b[1] & 0xC0 == 0xC0 { return false }  // fec0::/10 site-local
    if b[0] == 0xFF { return false }  // multicast
    if b[0] == 0x20 && b[1] == 0x01 && b[2] == 0x0D && b[3] == 0xB8 { return false }  // documentation
    if b[0] == 0x01 && b[1..<8].allSatisfy({ $0 == 0 }) { return false }  // discard 100::/64
    return true
  }

  static func isPublicV4(_ b: [UInt8]) -> Bool {
    switch (b[0], b[1], b[2]) {
    case (0, _, _), (10, _, _), (127, _, _): return false  // this network, private, loopback
    case (100, 64...127, _): return false  // shared address space (carrier NAT)
    case (169, 254, _): return false  // link-local
    case (172, 16...31, _): return false  // private
    case (192, 168, _): return false  // private
    case (192, 0, 0), (192, 0, 2), (198, 51, 100), (203, 0, 113): return false  // special, documentation
    case (198, 18...19, _): return false  // benchmarking
    case (224...255, _, _): return false  // multicast, reserved, broadcast
    default: return true
    }
  }

  public var description: String {
    var buffer = [CChar](repeating: 0, count: 64)
    let family = bytes.count == 4 ? AF_INET : AF_INET6
    let ok = bytes.withUnsafeBytes { inet_ntop(family, $0.baseAddress, &buffer, socklen_t(buffer.count)) }
    guard ok != nil else { return "?" }
    return String(decoding: buffer.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
  }
}
