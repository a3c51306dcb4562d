import GleanerCore
import Testing

@Suite struct JSONWriterTests {
  @Test func writesKeysInOrderAndEscapes() {
    var json = JSONWriter()
    json.beginObject()
    json.field("b", "say \"hi\"\n\u{1}")
    json.field("a", 1_500_000.0)
    json.field("c", 0.25)
    json.field("d", nil as String?)
    json.field("e", ["x", "y"])
    json.endObject()
    #expect(json.string == #"{"b":"say \"hi\"\n\u0001","a":1500000,"c":0.25,"d":null,"e":["x","y"]}"#)
  }

  @Test func prettyPrintsNestedValues() {
    var json = JSONWriter(pretty: true)
    json.beginObject()
    json.field("a", [String]())
    json.key("b")
    json.beginArray()
    json.int(1)
    json.endArray()
    json.endObject()
    #expect(json.string == "{\n  \"a\": [],\n  \"b\": [\n    1\n  ]\n}")
  }
}
