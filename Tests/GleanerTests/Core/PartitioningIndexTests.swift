import GleanerCore
import Testing

/// The one binary search of the package gives what a linear scan gives.
@Suite struct PartitioningIndexTests {
  @Test func findsTheLowerBoundOfSortedValues() {
    let values = [1, 3, 3, 3, 7, 9]
    #expect(values.partitioningIndex { $0 >= 3 } == 1)
    #expect(values.partitioningIndex { $0 > 3 } == 4)
    #expect(values.partitioningIndex { $0 >= 0 } == 0)
    #expect(values.partitioningIndex { $0 >= 10 } == values.endIndex)
  }

  @Test func answersEveryBoundOfAnyLengthAsALinearScanWould() {
    for length in 0...9 {
      let values = Array(0..<length).map { $0 * 2 }
      for bound in -1...(2 * length) {
        let expected = values.firstIndex { $0 >= bound } ?? values.endIndex
        #expect(values.partitioningIndex { $0 >= bound } == expected, "\(length) \(bound)")
      }
    }
  }

  @Test func keepsTheIndicesOfASlice() {
    let values = [5, 6, 7, 8, 9]
    let slice = values[2...]
    #expect(slice.partitioningIndex { $0 >= 8 } == 3)
    #expect(slice.partitioningIndex { $0 >= 0 } == 2)
  }
}
