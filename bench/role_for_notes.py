"""How often the detected role can go into a thank-you note as it is.

    python bench/role_for_notes.py [CORPUS_DIR ...]

Afterview's notes copy the role into a sentence ("I am excited about the <role> role at <company>"). The corpus
score (``bench/corpus.py``) counts a role right when the label's words are contained in it, so a role carrying
framing or a clause ("Your application as Supplier Quality Engineer", "UX Lead bei einem Versicherer") still
counts. This bench counts, over the true-positive interviews with a labelled role, the roles that are
*note-ready*. The rule, with case and accents ignored:

1. the extracted role starts with the label's first word (nothing framed before it: "Vaga de ...", "Stelle ...");
2. it holds the label's words in order, and after the last of them comes either nothing, or a qualifier that
   opens with a bracket, a comma or a dash ("Staff Nurse (Band 5)", "Product Engineer, Thermal Systems",
   "Mine Geologist – Perth Based"); a phrase joined without one ("UX Lead bei einem ...", "F&B Manager im ...")
   is not a qualifier (but see 4);
3. that qualifier holds no word of a clause (a verb, a relative word: "client is ...", "que todavía ..."), no
   article (an article-led phrase speaks about the employer: "para una red de clínicas", "per un cliente"), no
   weekday or meeting word ("am Mittwoch", "Gesprächstermin"), no empty or unclosed bracket or quote, and does not
   end in a cut-off word (a role of 78 characters or more ending in a letter, the lengths finders stop at, or a
   last word of one or two letters that is no level nor abbreviation: "... da Ig", "mit Dr"), nor is a lone legal
   form ("– A.Ş.");
4. a level or an abbreviation may follow the title's words without a separator ("Technical Writer II",
   "Application Specialist CT").

Prints the rate, then each role that is not note-ready: UNTIDY when the corpus counts it right, WRONG when not.
"""
from __future__ import annotations

import argparse
import json
import re
import sys
import unicodedata
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

from corpus import role_matches, scan_lines  # noqa: E402

DEFAULT_CORPORA = sorted(ROOT.glob("tests/data/*/*/")) + [ROOT.parent / "shared" / "corpus" / "dev"]
# words that make a qualifier a clause or a phrase about the employer (folded: lower case, no accents)
_CLAUSE_WORDS = frozenset(
    # verbs and relative words
    "is are was were will has have had be been being can could would should que qui che dass die which who that"
    " est sont sera es esta son sera e sao foi ist sind wird war hat todavia ainda noch encore still yet daw"
    # articles
    " a an the un una une uno um uma uns umas num numa ein eine einem einer eines einen el los las le les il lo gli"
    " o os as een het der das dem den des"
    # weekdays and meeting words
    " monday tuesday wednesday thursday friday saturday sunday montag dienstag mittwoch donnerstag freitag"
    " samstag sonntag lunes martes miercoles jueves viernes lundi mardi mercredi jeudi vendredi lunedi martedi"
    " mercoledi giovedi venerdi segunda terca quarta quinta sexta maandag dinsdag woensdag donderdag vrijdag"
    " gesprachstermin termin gesprach meeting call interview entrevista entretien colloquio sprechen".split()
)
_LEGAL_FORMS = frozenset("oy oyj ab as asa a.s a.ş gmbh ag ltd inc llc plc sa srl spa bv nv sas sarl kft".split())
# a word of the tail, legal forms and ampersands kept whole ("A.Ş.", "O&M")
_TAIL_WORD = re.compile(r"\w+(?:[&.]\w+)*\.?")
# what may follow a title without a separator: a level ("II", "Sr", "2026") or an abbreviation ("CT", "AMU", "B1/B2")
_LEVEL = re.compile(r"[IVX]{1,4}|[SJ]r\.?|\d+|[A-Z][A-Z0-9/]{1,5}")
_LEVELS_AHEAD = re.compile(r"^(?:(?:" + _LEVEL.pattern + r")(?=[\s,(（–—-]|$)\s*)+")
_CUT_LENGTH = 78
_OPENERS = "(（,-–—«"


def fold(text: str) -> str:
    """``text`` in lower case without accents ("Tecnólogo" -> "tecnologo")."""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


def untidy(label: str, extracted: str) -> str | None:
    """Why ``extracted`` is not note-ready for the labelled role ``label``, or ``None`` when it is."""
    wanted = [fold(word) for word in re.findall(r"\w+", label)]
    words = list(re.finditer(r"\w+", extracted))
    if not words or not wanted or fold(words[0].group()) != wanted[0]:
        return "framing before the role"
    end, at = 0, 0
    for word in words:
        if at < len(wanted) and fold(word.group()) == wanted[at]:
            at, end = at + 1, word.end()
    if at < len(wanted):
        return "label's words not in order"
    tail = extracted[end:].lstrip(")]}»\"'’ .")  # (the label's own closing bracket: "Backend Developer (Go)")
    if not tail:
        return None
    rest = _LEVELS_AHEAD.sub("", tail)  # "Analyst I (Microbiology)", "Biologist II, Cancer Genomics"
    if rest and rest[0] not in _OPENERS:
        return "a phrase joined without a bracket, comma or dash"
    tail_words = [fold(word).strip(".") for word in _TAIL_WORD.findall(tail)]
    if _LEGAL_FORMS.intersection(tail_words):
        return "a lone legal form"
    if _CLAUSE_WORDS.intersection(tail_words):
        return "a clause, an article or a meeting word in the qualifier"
    if re.search(r"\(\s*\)", tail) or tail.count("(") != tail.count(")") or tail.count('"') % 2:
        return "an empty or unclosed bracket or quote"
    last = extracted.split()[-1].strip(".,;:")
    if (len(extracted) >= _CUT_LENGTH and last[-1:].isalpha()) or (
            last.isalpha() and len(last) <= 2 and not _LEVEL.fullmatch(last)):
        return "a cut-off word"
    return None


def labelled_roles(corpus: Path) -> list[tuple[str, str, str | None]]:
    """(uid, labelled role, extracted role) of each true-positive interview of ``corpus`` with a labelled role."""
    labels = [json.loads(raw) for raw in (corpus / "labels.jsonl").read_text(encoding="utf-8").splitlines()
              if raw.strip()]
    me = ",".join((corpus / "me.txt").read_text(encoding="utf-8").split())
    lines, _how = scan_lines(corpus, me, in_process=True)
    found = {}
    for line in lines:
        found.setdefault(line["uid"], line)
        found.setdefault(line["uid"].split("/")[0], line)
    rows = []
    for label in labels:
        line = found.get(label["uid"], {"interview": False})
        if label["interview"] and line["interview"] and label.get("role"):
            rows.append((label["uid"], label["role"], line.get("role")))
    return rows


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("corpora", nargs="*", type=Path, default=DEFAULT_CORPORA)
    args = parser.parse_args(argv)
    total = ready = right = 0
    failures = []
    for corpus in args.corpora:
        if not (corpus / "labels.jsonl").is_file():
            continue
        name = "/".join(corpus.resolve().parts[-2:])
        for uid, label, extracted in labelled_roles(corpus):
            total += 1
            counted = role_matches(label, extracted)
            right += counted
            why = untidy(label, extracted) if extracted else "no role"
            if why is None:
                ready += 1
            else:
                failures.append(f"{'UNTIDY' if counted else 'WRONG ':6} {name} {uid[:24]}: want {label!r} "
                                f"got {extracted!r} ({why})")
    for failure in sorted(failures):
        print(failure)
    untidy_right = sum(failure.startswith("UNTIDY") for failure in failures)
    print(f"note-ready roles: {ready}/{total} = {ready / max(total, 1):.3f}  (corpus role accuracy {right}/{total};"
          f" {untidy_right} counted right but not note-ready)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
