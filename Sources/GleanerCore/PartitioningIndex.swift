extension RandomAccessCollection {
  /// The index of the first element for which `isAtOrAfter` holds, in a collection
  /// where every element for which it does not hold comes first; `endIndex` when none
  /// holds. A binary search: with sorted elements and `{ $0 >= x }`, the lower bound of `x`.
  ///
  /// ```swift
  /// [1, 3, 3, 7].partitioningIndex { $0 >= 3 }  // 1
  /// ```
  ///
  /// - Complexity: O(log n) calls of `isAtOrAfter`.
  @inlinable
  public func partitioningIndex(where isAtOrAfter: (Element) throws -> Bool) rethrows -> Index {
    var low = startIndex
    var remaining = count
    while remaining > 0 {
      let half = remaining / 2
      let middle = index(low, offsetBy: half)
      if try isAtOrAfter(self[middle]) {
        remaining = half
      } else {
        low = index(after: middle)
        remaining -= half + 1
      }
    }
    return low
  }
}
