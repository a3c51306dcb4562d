/// Reads the digits of one number token: "1,900", "12.5", "3.000,75",
/// "98,76,543.21".
///
/// English and common European separators are told apart by their groups:
/// commas or dots followed by groups of three are thousands separators
/// (the Indian 2-2-3 grouping too); a single separator followed by one, two
/// or four or more digits is the decimal point ("5,00", "4.800" stays 4.8
/// since a lone dot is always decimal); where both appear, the last one is
/// the decimal point. Anything else ("22,24,26" or "192.168.1.2") is not one
/// number: `list` (commas) or `dotted` (dots).
enum DigitReader {
  enum Reading: Equatable {
    /// A number; `plain` when written without any separator.
    case number(Double, plain: Bool, integer: Bool)
    /// Comma-separated numbers, as byte ranges within the token.
    case list([Range<Int>])
    /// A dotted code: a version, address or date.
    case dotted
  }

  static func read(_ bytes: ArraySlice<UInt8>) -> Reading {
    // Fast paths without arrays: no separator ("1900") or one ("1,900", "3.5").
    var count = 0
    var first = 0
    for index in bytes.indices where bytes[index] == 44 || bytes[index] == 46 {
      if count == 0 { first = index }
      count += 1
    }
    if count == 0 {
      return .number(digits(bytes), plain: true, integer: true)
    }
    if count == 1 {
      let integerPart = bytes[bytes.startIndex..<first]
      let rest = bytes[(first + 1)..<bytes.endIndex]
      if bytes[first] == 46 || rest.count != 3 {
        return .number(decimal(integerPart, rest), plain: false, integer: false)
      }
      return .number(digits(integerPart) * 1000 + digits(rest), plain: false, integer: true)
    }
    var separators: [(index: Int, byte: UInt8)] = []
    for index in bytes.indices where bytes[index] == 44 || bytes[index] == 46 {
      separators.append((index, bytes[index]))
    }
    if separators.isEmpty {
      return .number(digits(bytes), plain: true, integer: true)
    }
    let groups = split(bytes, at: separators.map(\.index))
    let commas = separators.filter { $0.byte == 44 }.count
    let dots = separators.count - commas
    if dots == 0 || commas == 0 {
      let decimalByte = separators[0].byte
      if separators.count == 1 {
        let last = groups[1].count
        if decimalByte == 46 || last != 3 {
          return .number(decimal(groups[0], groups[1]), plain: false, integer: false)
        }
        return .number(digits(groups[0]) * 1000 + digits(groups[1]), plain: false, integer: true)
      }
      if isThousands(groups) || isIndian(groups) {
        return .number(groups.reduce(0) { $0 * pow10($1.count) + digits($1) }, plain: false, integer: true)
      }
      if decimalByte == 46 { return .dotted }
      return .list(groups.map { $0.startIndex..<$0.endIndex })
    }
    // Both: the last separator is the decimal point, the others group thousands.
    let last = separators[separators.count - 1]
    guard separators.dropLast().allSatisfy({ $0.byte != last.byte }) else {
      return last.byte == 46 ? .dotted : .list(groups.map { $0.startIndex..<$0.endIndex })
    }
    let integerGroups = Array(groups.dropLast())
    guard isThousands(integerGroups) || isIndian(integerGroups) else { return .dotted }
    let integer = integerGroups.reduce(0) { $0 * pow10($1.count) + digits($1) }
    let fraction = groups[groups.count - 1]
    return .number(integer + digits(fraction) / pow10(fraction.count), plain: false, integer: false)
  }

  static func digits(_ bytes: ArraySlice<UInt8>) -> Double {
    var value = 0.0
    for byte in bytes where (48...57).contains(byte) { value = value * 10 + Double(byte - 48) }
    return value
  }

  static func decimal(_ integer: ArraySlice<UInt8>, _ fraction: ArraySlice<UInt8>) -> Double {
    digits(integer) + digits(fraction) / pow10(fraction.count)
  }

  static func pow10(_ exponent: Int) -> Double {
    var value = 1.0
    for _ in 0..<exponent { value *= 10 }
    return value
  }

  private static func split(_ bytes: ArraySlice<UInt8>, at indices: [Int]) -> [ArraySlice<UInt8>] {
    var groups: [ArraySlice<UInt8>] = []
    var start = bytes.startIndex
    for index in indices {
      groups.append(bytes[start..<index])
      start = index + 1
    }
    groups.append(bytes[start..<bytes.endIndex])
    return groups
  }

  private static func isThousands(_ groups: [ArraySlice<UInt8>]) -> Bool {
    guard let first = groups.first, (1...3).contains(first.count) else { return false }
    return groups.dropFirst().allSatisfy { $0.count == 3 }
  }

  private static func isIndian(_ groups: [ArraySlice<UInt8>]) -> Bool {
    guard groups.count >= 3, let first = groups.first, (1...2).contains(first.count),
      groups.last!.count == 3
    else { return false }
    return groups.dropFirst().dropLast().allSatisfy { $0.count == 2 }
  }
}
