"""Checks of a note's form (ETIQUETTE F1–F6) and of what it must never propose (C3, C4)."""
from __future__ import annotations

import re
from functools import lru_cache

from ..values import Candidate, Finding, InterviewFacts
from ..writing.details import is_title
from ..writing.phrases import template_words
from ..writing.recipients import known_name
from ..writing.textutil import EMOJI, fold, word_count
from .lexicon import lexicon
from .reading import Reading, record_names
from .spelling import misspelled, recorded

LENGTHS = {"email": (50, 200), "handwritten": (40, 120)}
_PLACEHOLDER = re.compile(
    r"\[[^\]\n]{1,40}\]|\{\{?[^}\n]{0,40}\}?\}|<[A-Za-z][\w ]{0,30}>|\bX{3,}\b|\bTBD\b|_{3,}|lorem ipsum",
    re.IGNORECASE,
)
_CAPITALS = re.compile(r"[A-ZÄÖÜÉÈÀÑ]{5,}")
_SHOUTED = frozenset("WOW VERY SO LOVE REALLY MUCH YES GREAT BEST".split())
_EXCLAIM = re.compile(r"!{2,}|\?!|!\?")
_TEXTSPEAK = frozenset(("u", "ur", "r"))


def check_placeholders(r: Reading) -> list[Finding]:
    """F2: no template leftovers, no generic or empty greeting."""
    if not r.text.strip():
        return [Finding("F2", "block", "The note is empty: write it, or recompose it.")]
    found = _placeholder(r.masked) or _placeholder(r.greeting)
    if found:
        return [Finding("F2", "block", f"Replace the placeholder “{found.group(0)[:40]}” with the real words.")]
    name = known_name(r.note.to) or "the person"
    if r.greeting and r.any("generic_greeting", r.greeting):
        return [Finding("F2", "block", f"Greet {name} by name instead of “{r.greeting[:60]}”.")]
    if r.greeting and not greeted_name(r):
        return [Finding("F2", "block", f"The greeting is empty: add {name}'s name to it.")]
    return []


def _placeholder(text: str) -> re.Match | None:
    lowered = text.lower()
    if not any(c in text for c in "[{<_") and not any(w in lowered for w in ("xxx", "tbd", "lorem")):
        return None
    return _PLACEHOLDER.search(text)


def greeting_rest(r: Reading) -> str:
    """What follows the greeting word ("Dear Priya and Leo," -> "Priya and Leo")."""
    line = r.greeting
    for lex in r.lexicons:
        match = lex.greeting.match(line.lower())
        if match:
            line = line[match.end():]
            break
    return line.strip(" ,:;!.\t")


def greeted_name(r: Reading) -> str:
    """The name part of the greeting line ("Dear Dr. Priya Natarajan," -> "Priya Natarajan")."""
    tokens = [t for t in re.split(r"[\s,:;!]+", greeting_rest(r)) if t]
    return " ".join(t for t in tokens if not is_title(t))


def check_one_person(r: Reading) -> list[Finding]:
    """F1 (one note): addressed to one person, not a group or several names."""
    rest = greeting_rest(r)
    if not rest or r.any("generic_greeting", r.greeting):
        return []
    lowered = rest.lower()
    group = any(lex.group.match(lowered) for lex in r.lexicons)
    several = any(lex.conjunction.search(f" {lowered} ") for lex in r.lexicons) and not _is_own_name(rest, r)
    if group or several:
        who = known_name(r.note.to) or "one person"
        return [Finding("F1", "warn", f"Write one note per person: address only {who}.")]
    return []


def _is_own_name(name: str, r: Reading) -> bool:
    return fold(name) == fold(known_name(r.note.to))


def check_names(r: Reading, facts: InterviewFacts, candidate: Candidate | None = None) -> list[Finding]:
    """F3: the person, company and role exactly as spelled in the interview record, and the
    greeting names the person the note is to."""
    person = known_name(r.note.to)
    names = [recorded(person, "person"), recorded(facts.company or "", "company"), recorded(facts.role or "", "role")]
    names += [recorded(part, "person") for part in person.split() if len(part) > 2]
    names = [n for n in names if n is not None]
    findings = []
    exempt = _exempt_words(tuple(lex.code for lex in r.lexicons), record_names(facts, candidate or _NOBODY))
    wrong = misspelled(f"{r.note.subject}\n{r.text}", names, exempt)
    for name, written in wrong:
        if any(written != other and written in other for _, other in wrong):
            continue  # "Pria" inside "Pria Natarajan": one finding is enough
        findings.append(Finding("F3", "block", f"Write “{name.spelling}” as in the invitation, not “{written}”."))
    other = _other_person_greeted(r, facts)
    if other:
        findings.append(Finding("F3", "block", f"This note is to {person or r.note.to.email} but greets {other}: "
                                "fix the name."))
    else:
        stranger = _stranger_greeted(r, person)
        if stranger and not any(fold(written) in fold(stranger) for _, written in wrong):
            findings.append(Finding("F3", "block", f"The greeting says “{stranger}”, but this note is to {person}: "
                                    "greet them by their name as the invitation writes it."))
    return findings


_NOBODY = Candidate("", "")


@lru_cache(maxsize=1024)
def _exempt_words(codes: tuple[str, ...], names: tuple[str, ...]) -> frozenset[str]:
    """Words that are never a misspelling of a name: the languages' own words (German "Beste"
    beside "Beate") and every name on the record (the user "Rivera" beside "Sam Rivers")."""
    found = {fold(part) for name in names for part in name.replace(",", " ").split()}
    for code in codes:
        lex = lexicon(code)
        found |= {fold(w) for w in lex.stopwords | lex.generic | template_words(code)}
    return frozenset(found)


def _stranger_greeted(r: Reading, person: str) -> str | None:
    """The greeted name when it is not the recipient's ("Dear Mark," to Marcus Chen)."""
    greeted = greeted_name(r)
    if not person or not greeted[:1].isupper() or len(greeted.split()) > 3:
        return None
    if any(lex.conjunction.search(f" {greeted.lower()} ") for lex in r.lexicons):
        return None  # several people greeted: F1 says so
    own = {fold(part) for part in re.split(r"[\s-]+", person) + person.split() if part} | {fold(person)}
    return None if all(fold(t) in own for t in greeted.split()) else greeted


def _other_person_greeted(r: Reading, facts: InterviewFacts) -> str | None:
    greeted = fold(greeted_name(r))
    own = known_name(r.note.to)
    if not greeted or (own and greeted in {fold(own), *(fold(p) for p in own.split())}):
        return None
    for person in facts.people:
        other = known_name(person)
        if other and other != own and greeted in {fold(other), *(fold(p) for p in other.split())}:
            return other
    return None


def check_length(r: Reading) -> list[Finding]:
    """F4: email 50–200 words, handwritten 40–120."""
    low, high = LENGTHS.get(r.note.channel, LENGTHS["email"])
    count = word_count(r.text)
    if count < low:
        return [Finding("F4", "warn", f"At {count} words the note is short: say a little more (at least {low}).")]
    if count > high:
        return [Finding("F4", "warn", f"At {count} words the note is long: shorten it to {high} words or fewer.")]
    return []


_DEVICE = re.compile(
    r"^[ \t>-]*(?P<line>(?:sent (?:from|with|via|using)|get outlook for|gesendet (?:von|mit|über)|von meinem"
    r"|envoy[ée] (?:de|depuis|à partir d[e']|avec|via)|obtenir outlook|enviado (?:desde|con|a través de)"
    r"|obtener outlook|descargar outlook)\b[^\n]{0,60}?(?:iphone|ios|ipad|android|galaxy|samsung|pixel|outlook"
    r"|mail|yahoo|mobile|phone|handy|smartphone|tablet|blackberry|huawei|xiaomi|móvil|portable)[^\n]{0,30})$",
    re.IGNORECASE | re.MULTILINE,
)


def check_device_signature(r: Reading) -> list[Finding]:
    """F5: no line a phone or mail app adds ("Sent from my iPhone", "Von meinem iPhone gesendet")."""
    tail = r.text[-600:]  # such a line closes the note
    low = tail.lower()
    if not any(cue in low for cue in _DEVICE_CUES):
        return []
    match = _DEVICE.search(tail)
    if not match:
        return []
    line = match["line"].strip()[:80]
    return [Finding("F5", "warn", f"Remove the line “{line}”: a note signed by a device reads as dashed off.")]


_DEVICE_CUES = ("sent ", "get outlook", "gesendet", "von meinem", "envoy", "obtenir outlook", "enviado",
                "obtener outlook", "descargar outlook")


def check_tone(r: Reading) -> list[Finding]:
    """F5: no emoji, slang, text-speak, repeated exclamation marks or all-capital words."""
    problems = []
    if EMOJI.search(r.masked) or EMOJI.search(r.greeting):
        problems.append("remove the emoji")
    if r.any("slang") or (r.tokens & _TEXTSPEAK) or r.any("casual_greeting", r.greeting):
        problems.append("replace slang and text-speak with plain words")
    if "!" in r.masked and _EXCLAIM.search(r.masked):
        problems.append("use one exclamation mark at most")
    shout = _shouted(r)
    if shout:
        problems.append(f"write “{shout}” in normal case")
    if not problems:
        return []
    return [Finding("F5", "warn", "Keep a professional tone: " + "; ".join(problems) + ".")]


def _shouted(r: Reading) -> str | None:
    for match in _CAPITALS.finditer(r.masked):
        start, end = match.span()
        if not r.masked[start - 1:start].isalpha() and not r.masked[end:end + 1].isalpha():
            return match.group(0)
    loud = r.tokens & _SHOUTED
    return min(loud) if loud else None


def check_subject(r: Reading, facts: InterviewFacts) -> list[Finding]:
    """F6 (email): a subject that names the role."""
    if r.note.channel != "email":
        return []
    subject = r.note.subject.strip()
    example = r.lexicons[0].subject_example
    if facts.role:
        example = example.replace("Data Analyst", facts.role)
    if not subject:
        return [Finding("F6", "warn", f"Add a subject that names the role, e.g. “{example}”.")]
    if facts.kind != "informational" and facts.role and facts.role.casefold() not in subject.casefold():
        return [Finding("F6", "warn", f"Name the role in the subject, e.g. “{example}”.")]
    if facts.kind == "informational" and not (r.any("thanks", subject) or r.any("advice", subject)):
        return [Finding("F6", "warn", "Say thank you in the subject, e.g. “Thank you for your advice”.")]
    return []


def check_no_call(r: Reading) -> list[Finding]:
    """C3: the note never proposes a phone call or a text message."""
    found = r.any("call_or_text")
    if not found:
        return []
    return [Finding("C3", "block", "Don't offer to call or text: say it in writing, and let them reply when "
                    "they can. (A phone number in your signature is fine.)")]


def check_no_gift(r: Reading) -> list[Finding]:
    """C4: no gifts, gift cards, flowers, treats or anything mailed besides the note."""
    if not r.any("gift"):
        return []
    return [Finding("C4", "block", "Leave out gifts, flowers, treats and vouchers: the note itself is the thanks.")]
