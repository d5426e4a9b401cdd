"""What the user remembers, and what the invitation says, turned into material for a note.

Details are lines: ``Name: detail`` lines belong to one person (matched by full, first or last
name, or by address, case-insensitive), other lines to the whole interview. A line labelled with
a name that is nobody's on the invitation goes into no note: it is about someone, just not
anyone this note is to. A line that says when the employer will
answer ("they'll get back to me by Friday") is the timeline, and a line that starts with the
user's own plan ("I'll read the book she suggested") is a next step; neither is a detail.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field

from providers.base import Person

from ..values import InterviewFacts
from .phrases import Phrasebook
from .textutil import clean_line, fold, html_to_text, trim_words

MAX_LINES = 40
MAX_DETAIL_WORDS = 30
MAX_DETAIL_CHARS = 220
_PREFIX = re.compile(r"^(?P<name>[^:\n]{1,60}?)\s*(?::|\s[-–—]\s)\s*(?P<rest>.+)$")
HONORIFICS = frozenset(
    "mr mrs ms mx dr prof herr frau madame monsieur mme m me pr sr sra srta don doña dott dott.ssa prof.ssa "
    "avv ing arch geom sig sig.ra dr.in mag dipl.-ing lic ir dhr mevr pan pani "
    "bc mgr phdr mudr mddr mvdr judr rndr pharmdr paeddr thdr doc hab "
    "capt cpt col lt sgt cdr cmdr adm rev fr sir dame engr barr arc pharm surv chief alhaji alhaja hajia "
    "dra dña lcda lcdo licda mtro mtra profa dr.ª dra.ª prof.ª eng.ª".split()
)  # "Avv. Chiara Moretti" (an Italian lawyer), "Me Dubois" (a French one), "Pani Anna" (Polish), "PhDr. Pavla
# Nováková" (a Czech or Slovak degree, "Mgr.", "MUDr.", "doc." alike), "Capt. Ibim Fubara" (a rank), "Engr.
# Chidi Okafor", "Barr. Ngozi Eze" (Nigerian professional titles), "Alhaji Musa Bello", "Dra. Paulina Rojas", "Lcda.
# Marta Quiroga", "Prof.ª Helena Costa" (Spanish and Portuguese): titles, not names
# titles only with their full stop: without it each is also a given name ("Gen Tanaka", "Maj Andersson", "Eng Hock")
_DOTTED_HONORIFICS = frozenset({"gen.", "maj.", "eng.", "hon."})


def is_title(token: str) -> bool:
    """Whether ``token`` is a title written before a name ("Dr.", "Frau", "Capt.", "Eng." but not "Eng")."""
    return token.rstrip(".").lower() in HONORIFICS or token.lower() in _DOTTED_HONORIFICS
# capitalised labels that begin a general line rather than name someone ("Note: ...", "Topic: ...")
_NOT_NAMES = frozenset(
    "note notes topic topics agenda todo next step steps follow followup timeline overall general also "
    "everyone all team panel highlight highlights question questions idea ideas p.s ps re them they "
    "tema temas thema notiz remarque sujet nota".split()
)


@dataclass
class Details:
    """The user's details sorted out: per person (by address), general, timeline and steps."""

    per_person: dict[str, list[str]] = field(default_factory=dict)
    general: list[str] = field(default_factory=list)
    timeline: str | None = None
    steps: list[str] = field(default_factory=list)
    trimmed: bool = False
    unplaced: list[str] = field(default_factory=list)  # labelled for someone not on the invitation

    def for_person(self, person: Person) -> tuple[list[str], bool]:
        """The details to use in ``person``'s note, and whether they are their own."""
        own = self.per_person.get(person.email, [])
        return (own, True) if own else (self.general, False)


def first_name(name: str) -> str:
    """The given name in ``name``, skipping titles such as "Dr." or "Frau"."""
    for token in name.split():
        if not is_title(token):
            return token
    return name.split()[0] if name.split() else ""


def parse_details(text: str, people: list[Person], book: Phrasebook) -> Details:
    """Sort the user's details for the notes to ``people``."""
    names = _name_index(people)
    found = Details()
    for raw in (text or "").splitlines()[:MAX_LINES]:
        line = clean_line(raw)
        if not line:
            continue
        owners, rest = _owners(line, names)
        if owners is None and len(people) == 1:  # one person met: it can land in no one else's note
            owners, rest = ([people[0].email], rest) if _about_a_person(line, rest) else ([], line)
        if owners is None:
            found.unplaced.append(rest)
            continue
        _file(found, rest, owners, book)
    return found


def _name_index(people: list[Person]) -> dict[str, list[str]]:
    index: dict[str, list[str]] = {}
    for person in people:
        name = person.name.strip() if person.name and "@" not in person.name else ""
        keys = {name, first_name(name), last_name(name), person.email, person.email.partition("@")[0]}
        for key in {fold(k) for k in keys} - {""}:
            index.setdefault(key, []).append(person.email)
    return index


def last_name(name: str) -> str:
    """The family name in ``name`` ("Priya Natarajan" -> "Natarajan"); "" for a single name."""
    tokens = [t for t in name.split() if not is_title(t)]
    return tokens[-1] if len(tokens) > 1 else ""


_ADDRESS = re.compile(r"^[^@\s]+@[^@\s]+$")
_NAMEISH = re.compile(r"^(?:[A-ZÀ-ÖØ-Þ][\w'’.-]*)(?:\s+[A-ZÀ-ÖØ-Þ][\w'’.-]*){0,2}$")


_PERSON_WORDS = frozenset("he she his her him they their them asked told showed explained mentioned said "
                          "walked gave shared".split())


def _about_a_person(line: str, rest: str) -> bool:
    """Whether a labelled line reads as about someone ("Lisa Chen: ...", "Lisa: her question ...")
    rather than about a thing ("Looker: the dashboard rebuild")."""
    label = _PREFIX.match(line)["name"].strip()
    first = rest.split(maxsplit=1)[0].lower() if rest.split() else ""
    return "@" in label or len(label.split()) > 1 or first in _PERSON_WORDS


def _owners(line: str, names: dict[str, list[str]]) -> tuple[list[str] | None, str]:
    """Whose line this is and the detail without its label: ([], line) for everyone, and
    (None, detail) for a line labelled with a name or address that is nobody's here."""
    match = _PREFIX.match(line)
    if not match:
        return [], line
    label = " ".join(match["name"].split()).strip(" .")
    for key in (fold(label), fold(" ".join(w for w in label.split() if not is_title(w)))):
        if key in names:
            return names[key], match["rest"].strip()
    words = [w.rstrip(".").lower() for w in label.split()]
    if _ADDRESS.match(label) or (_NAMEISH.match(label) and not set(words) & _NOT_NAMES):
        return None, match["rest"].strip()
    return [], line


def _file(found: Details, text: str, owners: list[str], book: Phrasebook) -> None:
    if not text:
        return
    when = find_timeline(text, book)
    if when:
        found.timeline = found.timeline or when
        return
    text, cut = trim_words(text.rstrip(" .;,"), MAX_DETAIL_WORDS, MAX_DETAIL_CHARS)
    text = text.rstrip(" .;,")
    found.trimmed = found.trimmed or cut
    if book.step_line.match(text):
        found.steps.append(text)
    elif owners:
        for email in owners:
            found.per_person.setdefault(email, []).append(text)
    else:
        found.general.append(text)


def find_timeline(text: str, book: Phrasebook) -> str | None:
    """The time expression of a sentence announcing the employer's answer ("by Friday"), if any."""
    for sentence in re.split(r"(?<=[.!?;])\s+|\n", text[:4000]):
        if book.timeline_cue.search(sentence):
            match = book.when.search(sentence)
            if match:
                return _normal_when(match.group(0), book)
    return None


def _normal_when(when: str, book: Phrasebook) -> str:
    parts = " ".join(when.split()).lower().split(" ")
    parts = [p.capitalize() if p in book.when_capitalized else p for p in parts]
    text = " ".join(parts)
    if book.code == "en" and text.startswith(("end of", "the end of")):
        text = "by " + (text if text.startswith("the") else "the " + text)
    return text


def invitation_hint(person: Person, facts: InterviewFacts, others: list[str]) -> tuple[str, str] | None:
    """What the invitation says about ``person``: ("agenda", "system design"), ("title", ...), ("team", ...).

    Only what reads as a topic or a job title: never the meeting itself ("intro call", "hiring
    manager chat"), the role or company on their own, a time, an address or someone else's name.
    """
    text = html_to_text(facts.description, 4000)
    name = person.name.strip() if person.name and "@" not in person.name else ""
    plausible = _Plausible(facts, name, others)
    if name:
        for kind, pattern in (("agenda", _AGENDA), ("title", _TITLE)):
            value = _match_about(pattern, name, text, plausible, kind)
            if value:
                return kind, value
    team = _TEAM.search(f"{facts.title}\n{text}")
    if team and team.group(1).lower() not in _NOT_TEAM and plausible(team.group(1), "team"):
        return "team", team.group(1)
    agenda = _AGENDA_LINE.search(text)
    if agenda:
        value = clean_line(agenda.group(1)).rstrip(" .")
        if 0 < len(value.split()) <= 8 and plausible(value, "agenda"):
            return "agenda", value
    return None


# the meeting itself, not what it was about
_MEETING_WORDS = re.compile(
    r"interview|gespräch|entretien|entrevista|\bcall\b|meeting|\bchat\b|screen|\bintro|session|welcome|"
    r"\bround\b|debrief|\bbreak\b|lunch|wrap.?up|kick.?off|\bsync\b|catch.?up|hiring manager|recruiter|"
    r"conversa|échange|austausch|\bq ?& ?a\b|\d|@|https?:|\s[-–—|]\s|[()\[\]]",
    re.IGNORECASE,
)
_PRONOUNS = frozenset("you we i vous nous je tu sie wir ich du usted ustedes nosotros yo".split())
_AGENDA = r"(?m)^(?:[\d:.h\s apm–-]*?)(?P<value>[^\n\d:]{{2,40}}?)\s+(?:with|mit|avec|con)\s+{name}\b"
_TITLE = r"{name}\s*(?:,\s*|\(\s*|\s[-–—]\s*)(?P<value>[^\n.;,()]{{2,40}})"
_TEAM = re.compile(r"\b(?:the|our)\s+([A-Za-z][\w-]{1,20})\s+team\b", re.IGNORECASE)
_NOT_TEAM = frozenset("whole entire hiring recruiting interview same new".split())
_AGENDA_LINE = re.compile(
    r"(?im)^\s*(?:agenda|topic|topics|thema|tagesordnung|sujet|ordre du jour|tema|temas)\s*:\s*(.{3,120})$"
)


class _Plausible:
    """Whether a value taken from the invitation reads as a topic or title for this person."""

    def __init__(self, facts: InterviewFacts, name: str, others: list[str]):
        self.taken = [fold(x) for x in (facts.title, facts.role or "", facts.company or "", name, *others) if x]
        self.names = {fold(part) for x in (name, *others) for part in x.split() if len(part) > 1}

    def __call__(self, value: str, kind: str) -> bool:
        words = value.split()
        if not words or len(words) > 5 or _MEETING_WORDS.search(value):
            return False
        if re.split(r"['’]", words[0].lower())[0] in _PRONOUNS or is_title(words[0]):
            return False
        if kind == "title" and not value[:1].isupper():
            return False  # "ana" from an address, "del equipo de Talento": not a job title
        folded = fold(value)
        if any(folded in taken or (len(taken) > 3 and taken in folded) for taken in self.taken):
            return False  # the meeting's own title, role or company, or a person's name
        return not any(fold(w) in self.names for w in words)


def _match_about(pattern: str, name: str, text: str, plausible: _Plausible, kind: str) -> str | None:
    regex = re.compile(pattern.format(name=re.escape(name)), re.IGNORECASE)
    match = regex.search(text)
    if not match:
        return None
    value = " ".join(match["value"].split()).strip(" -–—:")
    end = match.end("value")
    if kind == "title" and end < len(text) and text[end].isalnum():
        return None  # cut off at the length limit
    return value if plausible(value, kind) else None
