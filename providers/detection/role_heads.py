"""Job titles known by how their head noun ends, beyond the vocabulary's list of title words.

The vocabularies list the words that head most job titles ("engineer", "Referent"), but professions are
many: "Physiotherapist", "Sonographer", "Dietitian", "Fisioterapeuta", "Psychologin". Words ending as
only a person practising something ends ("-ist", "-grapher", "-ician", "-therapeut", "-ologe") name one
in every language that borrows them, and so do the trades compounded with the one who does the work
("Winemaker", "Cheesemaker", "Winegrower", "Greenkeeper") and German compounds headed by the one who
speaks for or is charged with a field ("Pressesprecherin", "Datenschutzbeauftragter"); the few other words
with those endings (a list, to insist, an interview: "entrevista", a Swedish surname: "Lindqvist", a
decision-maker, a loudspeaker) are set aside.
"""
from __future__ import annotations

import re

from .scanner import trie_pattern

# endings only a practitioner's name has (folded text: lower case, accents kept or stripped)
_ENDINGS = (
    "ist", "istin", "iste", "ista", "yst", "grapher", "ician", "icien", "icienne", "itian", "opath",
    "apeut", "apeute", "apeuta", "apeutin", "ologe", "ologin", "ologue", "ologo", "ologa", "ólogo", "óloga",
    "oloog", "olog", "iker", "ikerin", "maker", "grower", "keeper",
    # German compounds headed by the one who speaks for, answers for or is charged with a field, in both genders
    # ("Mediensprecherin", "Kommunikationsverantwortliche", "Datenschutzbeauftragter"); alone, the words are no title
    "sprecher", "sprecherin", "verantwortliche", "verantwortlicher", "beauftragte", "beauftragter",
)
# the endings alone, as a trie: the word they end is read back only where one is found (cheaper than
# matching every word of a text)
_ENDING = re.compile("(?:" + trie_pattern(_ENDINGS) + r")\b")
# words with those endings that name no practitioner
_NOT_HEADS = frozenset(
    "checklist wishlist playlist shortlist longlist blacklist whitelist tracklist setlist enlist"
    " assist exist resist insist persist consist subsist desist catalyst amethyst baptist"
    " entrevista revista conquista autopista prevista imprevista bautista batista baptista evangelista"
    " checkliste triste existe insiste consiste resiste"
    " prologue monologue prologo prólogo monologo monólogo prolog monolog haitian"
    " decisionmaker troublemaker peacemaker pacemaker moneymaker noisemaker merrymaker haymaker playmaker"
    " gatekeeper zookeeper lautsprecher versprecher".split()
)
_SURNAME_ENDINGS = ("qvist", "quist")  # Swedish surnames: "Lindqvist", "Bergquist"


def practitioner(folded: str) -> str | None:
    """The first word of ``folded`` text that names a practitioner by its ending, or ``None``."""
    for match in _ENDING.finditer(folded):
        start = match.start()
        while start and folded[start - 1].isalpha():
            start -= 1
        word = folded[start:match.end()]
        if match.start() - start >= 3 and len(word) >= 6 and word not in _NOT_HEADS \
                and not word.endswith(_SURNAME_ENDINGS):
            return word
    return None
