/// What an element's `class` and `id` say about it, after readability's
/// patterns: words of article content (`article`, `content`, `story`, ...)
/// against words of page furniture (`comment`, `sidebar`, `share`, ...).
enum HTMLClassHints {
  /// Furniture that is dropped outright unless a content word is there too.
  static let unlikely: [[UInt8]] = words(
    "-ad- ad-break adbox advert agegate ai2html banner breadcrumb combx comment community"
      + " consent cookie cover-wrap disqus extra footer gdpr header legends menu modal"
      + " newsletter outbrain pagination pager popup promo recirc related remark replies"
      + " rss share shoutbox sidebar skyscraper social sponsor subscribe supplemental taboola"
      + " toolbar trending most-popular mostpopular yom-remote signup sign-up byline caption credit dateline timestamp"
      + " nav-")
  /// Content words that rescue an `unlikely` element.
  static let maybe: [[UInt8]] = words("and article body column content main shadow story")
  /// Words that raise a container's score.
  static let positive: [[UInt8]] = words(
    "article body content entry hentry h-entry main page post text blog story")
  /// Words that lower a container's score.
  static let negative: [[UInt8]] = words(
    "-ad- hidden banner combx comment com- contact footer gdpr masthead media meta outbrain"
      + " promo related scroll share shoutbox sidebar skyscraper sponsor shopping tags widget"
      + " caption credit byline author newsletter subscribe cookie")

  /// readability's class weight: ±25 for each of `class` and `id`.
  static func weight(_ value: [UInt8]) -> Int {
    guard !value.isEmpty else { return 0 }
    var weight = 0
    if containsAny(negative, in: value) { weight -= 25 }
    if containsAny(positive, in: value) { weight += 25 }
    return weight
  }

  static func isUnlikely(_ value: [UInt8]) -> Bool {
    !value.isEmpty && containsAny(unlikely, in: value) && !containsAny(maybe, in: value)
  }

  static func containsAny(_ needles: [[UInt8]], in haystack: [UInt8]) -> Bool {
    for needle in needles where HTMLCharset.find(needle, in: haystack, from: 0) != nil {
      return true
    }
    return false
  }

  private static func words(_ list: String) -> [[UInt8]] {
    list.split(separator: " ").map { Array($0.utf8) }
  }
}
