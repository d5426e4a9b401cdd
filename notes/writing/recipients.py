"""Who gets a note (ETIQUETTE "Who gets a note") and how to greet them.

Each interviewer the user met gets one: never the user, a no-reply or scheduling address, a
room, or someone who declined. When no interviewer address is known, the organizer gets the
note, flagged ``needs-address`` so the user can put in the right one.

A person's name is the invitation's, tidied ("Lorenz, Beate" and "FARRANT, Denise (NHS TRUST)"
read as "Beate Lorenz" and "Denise Farrant"). When the invitation gives none, the address may:
``tasha.morgan@`` and ``tasha_morgan@`` are Tasha Morgan, and ``mbecker@`` is the "Marisol
Becker" the invitation's text names. A role mailbox (recruiting@, careers@, hr@) is never a name.
"""
from __future__ import annotations

import re
from dataclasses import replace
from functools import lru_cache

from providers.base import Person

from ..values import Candidate, InterviewFacts
from .details import first_name, is_title
from .textutil import fold, html_to_text

NO_REPLY = re.compile(
    r"^(?:no-?reply|do-?not-?reply|donotreply|mailer-daemon|postmaster|notifications?|calendar|"
    r"scheduling|scheduler|invites?|bounces?)(?:[+._-]|$)|[._-](?:no-?reply|do-?not-?reply|donotreply)(?:[+._-]|$)",
    re.IGNORECASE,
)
# words that make an address a team's or a function's, never a person's
ROLE_WORDS = frozenset(
    "office admin administration support sales service services desk ops operations reception events "
    "calendar schedule scheduling booking bookings assistant coordinator coordination noreply accounts "
    "billing finance legal marketing press media admissions applications apply enquiries inquiries "
    "mail email web webmaster it helpdesk onboarding interview interviewing".split()
)
SHARED = frozenset(
    "recruiting recruiter recruiters recruitment talent careers career jobs hr hiring people team info "
    "hello contact interviews ta staffing rh rrhh empleo seleccion bewerbung karriere personal candidates "
    "talentacquisition".split()
)


def is_no_reply(person: Person) -> bool:
    """True for addresses that nobody reads: no-reply, notifications, schedulers."""
    return bool(NO_REPLY.search(person.email.partition("@")[0]))


def is_shared_mailbox(person: Person) -> bool:
    """True for team addresses (recruiting@, talent@, hr@) rather than a person's own."""
    local = person.email.partition("@")[0].lower().partition("+")[0]
    head = re.split(r"[._-]", local)[0]
    return local.replace("-", "").replace(".", "") in SHARED or head in SHARED


def reachable(person: Person, candidate: Candidate) -> bool:
    """Whether ``person`` may get a note at all."""
    return (
        "@" in person.email
        and person.email.lower() != candidate.email.lower()
        and not person.resource
        and person.response != "declined"
        and not is_no_reply(person)
    )


def recipients(facts: InterviewFacts, candidate: Candidate) -> list[tuple[Person, tuple[str, ...]]]:
    """The people to write to, named as well as the invitation allows, each with the flags their
    note starts with."""
    chosen: list[tuple[Person, tuple[str, ...]]] = []
    seen: set[str] = set()
    for person in facts.people:
        if reachable(person, candidate) and person.email.lower() not in seen:
            seen.add(person.email.lower())
            person = named(person, facts)
            chosen.append((person, _flags(person, shared_ok=False)))
    if chosen:
        return chosen
    organizer = facts.organizer
    if organizer is not None and reachable(organizer, candidate):
        organizer = named(organizer, facts)
        return [(organizer, tuple(sorted({"needs-address", *_flags(organizer, shared_ok=True)})))]
    return []


def named(person: Person, facts: InterviewFacts) -> Person:
    """``person`` with the name to write to: the invitation's, the address's, or one the
    invitation's text gives for the address."""
    name = known_name(person)
    if is_shared_mailbox(person):
        return replace(person, name=name) if name and name != person.name else person
    if not name or is_bare_handle(name, person.email):
        name = name_in_invitation(person.email, _invitation_text(facts)) or name
    elif not tidy_name(person.name or ""):  # read from the address: "Marta Nunez" where the invitation has "Núñez"
        name = spelled_as_written(name, _invitation_text(facts))
    elif contradicted_by_address(name, person.email):  # "Engineering Manager" <owen.fitzgerald@…>: a title, not a name
        name = name_from_address(person.email) or name_in_invitation(person.email, _invitation_text(facts)) or name
    elif given_initial(name):
        name = completed_initial(name, _invitation_text(facts)) or name
    return replace(person, name=name) if name and name != person.name else person


def _invitation_text(facts: InterviewFacts) -> str:
    return f"{facts.title}\n{html_to_text(facts.description, 4000)}"


def spelled_as_written(name: str, text: str) -> str:
    """``name`` with each word as the invitation ``text`` writes it when the text writes it with accents an
    address cannot hold ("Núñez" for "Nunez" from marta.nunez@); words the text does not write stay."""
    written: dict[str, set[str]] = {}
    for word in text[:4000].split():
        word = word.strip(".,;:()[]«»\"'“”")
        if word[:1].isupper() and word.isalpha() and not word.isupper():  # "NÚÑEZ" in capitals: no spelling to copy
            written.setdefault(fold(word), set()).add(word)
    spelled = []
    for token in name.split():
        forms = written.get(fold(token), set()) - {token}
        spelled.append(forms.pop() if len(forms) == 1 else token)
    return " ".join(spelled)


def given_initial(name: str) -> str:
    """The initial ``name`` gives instead of a given name ("P" for "P. Hartley", "Σ" for "Σ. Παπαδάκη"), or ""."""
    given = first_name(name)
    letter = given.rstrip(".")
    if len(letter) == 1 and letter.isalpha() and letter.isupper() and len(name.split()) > 1:
        return letter
    return ""


def completed_initial(name: str, text: str) -> str:
    """``name`` with its initial written out as the invitation ``text`` writes the same person in full
    ("Piers Hartley" for "P. Hartley" when the text says "Mr Piers Hartley"); "" when it does not, or
    when two given names would fit."""
    initial, tokens = given_initial(name), name.split()
    surname = tokens[tokens.index(first_name(name)) + 1:]
    words = [w.strip(".,;:()[]«»\"'“”") for w in text[:4000].split()]
    found = ""
    for at in range(len(words) - len(surname)):
        given = words[at]
        if (len(given) > 1 and given[0] == initial and given.isalpha()
                and [fold(w) for w in words[at + 1:at + 1 + len(surname)]] == [fold(w) for w in surname]):
            if found and found != given:
                return ""
            found = given
    return " ".join([found, *surname]) if found else ""


def _flags(person: Person, shared_ok: bool) -> tuple[str, ...]:
    flags = []
    if not known_name(person):
        flags.append("needs-name")
    if is_shared_mailbox(person) and not shared_ok:
        flags.append("needs-address")
    return tuple(flags)


def known_name(person: Person) -> str:
    """The person's name as the invitation gives it (tidied), else as their address spells it
    (``first.last``, ``first_last``), else ""."""
    return _known_name(person.name or "", person.email or "")


@lru_cache(maxsize=8192)
def _known_name(raw: str, email: str) -> str:
    name = tidy_name(raw)
    if not name:
        return name_from_address(email)
    if is_bare_handle(name, email) and _looks_like_handle(fold(email.partition("@")[0])):
        return name_from_address(email)  # "Mbecker": the address made readable, not a name
    return name


def contradicted_by_address(name: str, email: str) -> bool:
    """Whether ``name``, in Latin letters, shares no word with an address that spells a person's name
    ("Germany" for thomas.becker@, "HR" for senthil.kumar@): what an invitation wrote next to the address, a title or
    a place, not whose address it is. An address of initials ("jvh@") or a name in another script cannot say."""
    local = fold(email.partition("@")[0].partition("+")[0]).rstrip("0123456789")
    pieces = [piece for piece in re.split(r"[._-]", local) if piece]
    if len(local) < 3:
        return False
    for spelling in (name, name.translate(_TWO_LETTERS)):  # "Jörg Hübner" is joerg.huebner@ as often as jorg.hubner@
        words = [word for word in (re.sub(r"[^\w]", "", fold(word)) for word in spelling.split()) if word]
        if not words or not all(word.isascii() and word.isalpha() for word in words):
            return False
        if _fits(local, words) or any(word in pieces or len(word) >= 3 and word in local for word in words):
            return False
    return True


_TWO_LETTERS = str.maketrans({"ä": "ae", "ö": "oe", "ü": "ue", "ß": "ss", "Ä": "Ae", "Ö": "Oe", "Ü": "Ue", "å": "aa",
                              "ø": "oe", "æ": "ae"})


def is_bare_handle(name: str, email: str) -> bool:
    """Whether ``name`` is only the address's local part made readable ("Mbecker" for mbecker@)."""
    return " " not in name and fold(name) == fold(email.partition("@")[0])


_ONSETS = frozenset("bl br ch cl cr dr fl fr gl gr kl kr kn ph pl pr sc sh sk sl sm sn sp st sw th tr tw wr wh".split())


def _looks_like_handle(local: str) -> bool:
    """"mbecker", "jsmith", "tlindqvist": an initial run into a surname, not a given name like "lisa"."""
    head = local[:2]
    return (any(c.isdigit() for c in local) or not local.isalpha()
            or (len(head) == 2 and not set(head) & set("aeiouy") and head not in _ONSETS))


_PARENTHESES = re.compile(r"\s*[(\[][^)\]]*[)\]]")


def tidy_name(raw: str) -> str:
    """A display name as a person reads it: "Lorenz, Beate" -> "Beate Lorenz", "FARRANT, Denise
    (NORTH TRUST)" -> "Denise Farrant", "Priya Natarajan | Northwind" -> "Priya Natarajan"."""
    name = " ".join(raw.split())
    if not name or "@" in name:
        return ""
    name = _PARENTHESES.sub("", name).split(" | ")[0].strip(" ,;")
    parts = [p.strip() for p in name.split(",")]
    if len(parts) == 2:
        titles = [t for t in parts[1].split() if t.rstrip(".").lower() in _TITLES]
        given = [t for t in parts[1].split() if t not in titles]
        if given and all(1 <= len(p) <= 3 and "".join(p).replace("-", "").replace("'", "").isalpha()
                         for p in (parts[0].split(), given)):
            name = " ".join([*titles, *given, parts[0]])
    return " ".join(_uncapitalised(token) for token in name.split())


_TITLES = frozenset("dr prof mr mrs ms mx herr frau sir dame".split())


def _uncapitalised(token: str) -> str:
    if len(token) > 2 and token.isupper() and token.isalpha():
        return "-".join(part.capitalize() for part in token.split("-"))
    return token


def name_from_address(email: str) -> str:
    """"Tasha Morgan" for tasha.morgan@ or tasha_morgan@; "" for anything else, and for every
    role mailbox (recruiting@, careers@, talent.team@)."""
    local = email.partition("@")[0].partition("+")[0]
    parts = [p.rstrip("0123456789") for p in re.split(r"[._]", local)]
    if not 2 <= len(parts) <= 3 or _is_role(local, parts):
        return ""
    if not all(len(p) >= 2 and p.replace("-", "").isalpha() for p in parts):
        return ""
    return " ".join("-".join(w.capitalize() for w in p.split("-")) for p in parts)


def _is_role(local: str, parts: list[str]) -> bool:
    lowered = [p.lower() for p in parts]
    probe = Person(email=f"{local}@x")
    return is_no_reply(probe) or is_shared_mailbox(probe) or any(p in ROLE_WORDS or p in SHARED for p in lowered)


_CAPITALISED = r"[A-ZÀ-ÖØ-Þ][\w'’-]+"
_PARTICLE = r"(?:van|von|de|der|den|da|di|du|la|le|del|dos|das|ter|ten|bin|al)"
_NAME_IN_TEXT = re.compile(rf"\b{_CAPITALISED}(?:\s+(?:{_PARTICLE}\s+)*{_CAPITALISED}){{1,2}}\b")


def name_in_invitation(email: str, text: str) -> str:
    """A name in the invitation's ``text`` that the address spells: "Marisol Becker" for
    mbecker@ or marisol@ or marisolbecker@, "Anouk Verbeek" for a.verbeek@; "" when none fits."""
    local = fold(email.partition("@")[0].partition("+")[0]).rstrip("0123456789")
    if not local or _is_role(local, re.split(r"[._-]", local)):
        return ""
    found = ""
    for match in _NAME_IN_TEXT.finditer(text[:4000]):
        name = match.group(0)
        if _fits(local, [fold(t) for t in name.split()]):
            if found and fold(found) != fold(name):
                return ""  # two people fit: the address does not say which
            found = name
    return found


def _fits(local: str, tokens: list[str]) -> bool:
    first, last = tokens[0], "".join(t for t in tokens[1:] if t.isalpha() or "-" in t)
    last = re.sub(r"[^\w]", "", last)
    tail = re.sub(r"[^\w]", "", tokens[-1])
    plain = re.sub(r"[._-]", "", local)
    shapes = {first + last, first[:1] + last, first[:1] + tail, first + tail, first}
    # "deepa.k@" for Deepa Krishnan: a given name, a separator and the surname's initial
    initial = re.fullmatch(r"(?P<first>[^\W\d_]{2,})[._-](?P<initial>[^\W\d_])", local)
    if initial and (initial["first"], initial["initial"]) == (first, tail[:1]):
        return True
    return len(plain) >= 3 and plain in shapes


def greeting_names(person: Person) -> tuple[str, str] | None:
    """(first, full) to greet ``person`` with; None when the invitation gives no name.

    A shared mailbox ("Fabrikam Recruiting") is greeted by its full name: its first word is
    the company, not a given name.
    """
    name = known_name(person)
    if not name:
        return None
    if is_shared_mailbox(person) or given_initial(name) or _title_and_surname(name):
        # a mailbox's first word is the company; an initial alone, or a surname without its title, is no way to greet
        return name, name
    return first_name(name) or name, name


def _title_and_surname(name: str) -> bool:
    """"Dr Ibarra", "Frau Keller": a title and one name, a surname to greet with its title."""
    tokens = name.split()
    return len(tokens) >= 2 and is_title(tokens[0]) and sum(not is_title(t) for t in tokens) == 1
