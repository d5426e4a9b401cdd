"""Georgian roles: Georgian names the post after the role, which it puts in the genitive ("ექსპორტის დირექტორის
ვაკანსიაზე", on the vacancy of export director); the role is named in the nominative ("ექსპორტის დირექტორი")."""
from __future__ import annotations

import re
from collections.abc import Iterator

# up to two genitive words that qualify the role, the role's word in the genitive ("-ის"), then the word for the post
_FRAMED_ROLE = re.compile(r"(?<![\u10d0-\u10ff])(?P<words>(?:[\u10d0-\u10ff]+ს\s+){0,2}[\u10d0-\u10ff]+ის)"
                          r"\s+(?:ვაკანსი|პოზიცი|თანამდებობ)")


# the titles whose genitive drops a vowel of the nominative ("ინჟინრის": ინჟინერი) or its final "-ე" ("მოლარის":
# მოლარე), by their genitive's stem
_NOMINATIVES = {
    "ინჟინრ": "ინჟინერი", "ბუღალტრ": "ბუღალტერი", "მასწავლებლ": "მასწავლებელი", "ექთნ": "ექთანი",
    "თარჯიმნ": "თარჯიმანი", "ოფიცრ": "ოფიცერი", "მოლარ": "მოლარე",
}


def georgian_framed_roles(text: str) -> Iterator[str]:
    """The roles ``text`` names before a word for the post, in the nominative: a consonant stem's "-ის" is "-ი"
    ("დირექტორის": დირექტორი), as most titles end, and a title that drops a vowel before the ending gets it back
    ("ინჟინრის": ინჟინერი)."""
    for match in _FRAMED_ROLE.finditer(text):
        words = match.group("words")[:-2]
        head, _, last = words.rpartition(" ")
        nominative = _NOMINATIVES.get(last, last + "ი")
        yield f"{head} {nominative}" if head else nominative
