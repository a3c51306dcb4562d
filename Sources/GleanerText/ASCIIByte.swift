/// ASCII byte classes, for the stages that read text as UTF-8 bytes.
public enum ASCIIByte {
  /// Whether `byte` is an ASCII letter (`A`-`Z`, `a`-`z`).
  @inlinable
  public static func isLetter(_ byte: UInt8) -> Bool { (byte | 0x20) &- 0x61 < 26 }

  /// Whether `byte` is an ASCII digit.
  @inlinable
  public static func isDigit(_ byte: UInt8) -> Bool { byte &- 0x30 < 10 }
}
