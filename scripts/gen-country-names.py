#!/usr/bin/env python3
"""Write locales/{en,fr}/names.ftl from CLDR's territory and language names (the Unicode Common Locale
Data Repository, as published on npm in `cldr-localenames-full`).

Country names are user-visible text, so they live in Fluent like every other string; they come
from CLDR so that each language gets its standard names, not ours. Run it again after
upgrading CLDR (it is not run by the tests, so no test downloads CLDR):

    tmp=$(mktemp -d) && (cd "$tmp" && npm install --no-save cldr-localenames-full@48.2.0) \
      && scripts/gen-country-names.py "$tmp/node_modules/cldr-localenames-full"

Every two-letter region and language CLDR names is written (not only the ones Refuge uses), so
adding a country never needs a name by hand. `ZZ` ("Other country") is Refuge's own and stays in
helplines.ftl. `-aliases` lists CLDR's variant and short names, for the picker's search.
"""
import json
import pathlib
import sys

LANGS = ["en", "fr"]


def main() -> None:
    pkg = pathlib.Path(sys.argv[1])
    version = json.loads((pkg / "package.json").read_text())["version"]
    root = pathlib.Path(__file__).resolve().parent.parent
    territories = {
        lang: json.loads((pkg / "main" / lang / "territories.json").read_text(encoding="utf-8"))[
            "main"
        ][lang]["localeDisplayNames"]["territories"]
        for lang in LANGS
    }
    codes = sorted(
        k for k in territories["en"] if len(k) == 2 and k.isalpha() and k.isupper() and k != "ZZ"
    )

    def aliases(lang: str, code: str) -> list:
        names = territories[lang]
        found = [names[k] for k in (f"{code}-alt-variant", f"{code}-alt-short") if k in names]
        return [a for a in found if a != names[code]]

    # Every language gets the same ids (a test checks it): a language with no other name
    # repeats its own.
    with_aliases = {code for code in codes for lang in LANGS if aliases(lang, code)}
    for lang in LANGS:
        names = territories[lang]
        lines = [
            "## Country, territory and language names, generated from CLDR "
            f"{version} (cldr-localenames-full) by scripts/gen-country-names.py: do not edit.",
            "",
        ]
        for code in codes:
            lines.append(f"country-{code.lower()} = {names[code]}")
            if code in with_aliases:
                found = aliases(lang, code) or [names[code]]
                lines.append(f"country-{code.lower()}-aliases = {' | '.join(found)}")
        languages = json.loads(
            (pkg / "main" / lang / "languages.json").read_text(encoding="utf-8")
        )["main"][lang]["localeDisplayNames"]["languages"]
        lines.append("")
        for code in sorted(
            k for k in json.loads((pkg / "main" / "en" / "languages.json").read_text(encoding="utf-8"))["main"]["en"]["localeDisplayNames"]["languages"]
            if len(k) == 2 and k.isalpha() and k.islower() and k in languages
        ):
            lines.append(f"language-{code} = {languages[code]}")
        out = root / "locales" / lang / "names.ftl"
        out.write_text("\n".join(lines) + "\n", encoding="utf-8")
        print(f"{out}: {sum(1 for l in lines if l.startswith('country-') and '-aliases' not in l)} names")


if __name__ == "__main__":
    main()
