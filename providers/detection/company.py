"""The company an interview is with, as a person would write it, ranked from every finder's candidates.

Each finder proposes candidates with a score and where they come from: a phrase whose letters spell an
organizer or attendee domain ("Margie's Travel" for margiestravel.com, "Alpine Ski House" for ash.de),
a full name the domain abbreviates ("Zuiderzee Foods" for zzfoods.nl), a phrase after "at", "@",
"bei", "chez"... or in the title's brackets, an agency's client, an institution, a recruiting
mailbox's name, the domain itself ("adventure-works.com" -> "Adventure Works"), the title's words.
A name several finders or places agree on gains; the domain of the people met counts more than the
organizer's; hiring and conferencing systems, places and people are never the company. The best wins.
"""
from __future__ import annotations

import re
from functools import lru_cache
from operator import attrgetter

from .company_finders import ACRONYM, AGENCY_WORDS, FINDERS, UNDISCLOSED_REASON, from_title_words
from .company_names import (
    LEGAL_FORM_AHEAD,
    SERVICE_NAMES,
    abbreviates,
    in_everyday_case,
    is_place,
    is_service,
    names_a_region,
    names_a_site,
    without_legal_form,
    writes_a_legal_form,
)
from .company_text import (
    Candidate,
    kind_in_full,
    marked_in_full,
    registered_in_full,
    shortened_word_in_full,
    sources,
    spelled_out,
    spelled_out_in,
    written_in_full,
)
from .domains import domain_label, squash
from .evidence import is_person_name
from .facts import EventFacts
from .organisation_kinds import FIRM_WORDS, GROUP_WORDS, PROGRAMME_WORDS
from .systems import RECRUITING_CALENDAR, address_kind, names_an_agency


def find_company(facts: EventFacts) -> tuple[str | None, str | None]:
    """(company, reason) for an interview, or (None, None) when nothing names one."""
    candidates = []
    texts = [text for _place, text in sources(facts) if text]
    legal = None  # whether a text writes a legal form, looked for only when that decides a skip
    lead = -1.0  # the best score so far, when no longer name may spell it out (it is no acronym)
    for finder, most_it_gives, most_with_legal in _FINDERS_WITH_BONUS:
        # a finder whose best candidate, with every bonus, could not beat one found already is skipped
        if lead >= most_it_gives:
            if lead >= most_with_legal:
                continue
            if legal is None:  # (one look at all the texts: no legal form spans two lines)
                legal = writes_a_legal_form("\n".join(texts))
            if not legal:
                continue
        found = finder(facts)
        if found:
            candidates += found
            top = max(found, key=_SCORE)
            if top.score > lead:  # (an agency's name may give way to the client it names: see _best)
                lead = -1.0 if ACRONYM.search(top.name) or _an_agency(top.name) else top.score
    if max(map(_SCORE, candidates), default=0.0) < 2.0:  # nothing better: the title's own words
        candidates += from_title_words(facts)
    best = _best(facts, candidates, texts)
    if best is None:
        return None, None
    name = best.name
    if not best.reason.startswith(("organizer domain", "attendee domain")):
        name = written_in_full(facts, name)
    elif legal or (legal is None and writes_a_legal_form("\n".join(texts))):
        # only a legal form after it can show a domain's name in full
        name = registered_in_full(facts, name, best.read_ahead)
    else:  # or the word for the kind of firm it is: "Nexa Legal" for nxa.ro
        name = kind_in_full(facts, name, best.read_ahead)
    if " " not in name and best.reason.startswith(("organizer domain", "attendee domain")):
        name = marked_in_full(facts, name)  # "Nordlyd" of "your application at Nordlyd Hearing"
    name = shortened_word_in_full(texts, name)
    if ACRONYM.fullmatch(name):
        name = spelled_out(facts, name) or name
    elif ACRONYM.search(name):  # "DS Sever" of "Dopravní stavby Sever", written in full further on
        name = next(filter(None, (spelled_out_in(text, name) for text in texts)), name)
    name = _BASQUE_ENDING.sub("", _without_a_scheme(texts, name))  # ("Acme Robotics-eko burua": of Acme Robotics)
    name = _as_the_title_names_it(facts.title, texts, _everyday_name(_without_town(facts, name)))
    return in_everyday_case(name, texts, _domain_labels(facts)), best.reason


# a case ending Basque joins with a hyphen to the end of a foreign name: no part of it
_BASQUE_ENDING = re.compile(r"(?<=[^\W\d_]{2})-(?:eko|ko|ean|an|en|n|etik|tik)$")


def _without_a_scheme(texts: list[str], name: str) -> str:
    """``name`` without the word for a programme it ends with when the texts also write the name before it alone
    ("an interview at Ostmark" beside "the Ostmark Programme"): the programme is then a scheme of that
    organisation, not one of its own ("Caspian Cities Programme", written whole wherever it is named)."""
    head, _space, last = name.rpartition(" ")
    if not head or last.lower() not in PROGRAMME_WORDS:
        return name
    return head if any(_written_alone(text, head, last) for text in texts) else name


def _written_alone(text: str, head: str, last: str) -> bool:
    """True when ``text`` writes ``head`` as a whole name that ``last`` does not follow."""
    at = text.find(head)
    while at >= 0:
        after = text[at + len(head):]
        if not after[:1].isalnum() and not after.lstrip().startswith(last):
            return True
        at = text.find(head, at + 1)
    return False


def _domain_labels(facts: EventFacts) -> frozenset[str]:
    """The labels of the domains of everyone invited: the acronym a name in capitals keeps ("GLIB" of glib.org)."""
    return frozenset(domain_label(domain) for _person, domain in facts.everyone_else)


# what names a company apart from an agency's name: a hospital, clinic, university... named in full
_NAMED_APART = "institution named"
_CLIENT_REASON = "a recruiter's client"  # the reason ``company_finders`` gives a client a recruiter names
_SCORE = attrgetter("score")  # a candidate's score (without a Python function call per candidate)
# the most a candidate's score can rise when ranked: said in every text, a legal form after it
# (only where a text writes one), a short form merged into it
_MOST_BONUS = 0.4 * 3 + 0.1 + 0.0
_MOST_BONUS_WITH_LEGAL = 0.4 * 3 + 0.1 + 1.5
# each finder with the most its candidates may score once ranked, without a legal form and with one
_FINDERS_WITH_BONUS = tuple((finder, best + _MOST_BONUS, best + _MOST_BONUS_WITH_LEGAL) for finder, best in FINDERS)


def _everyday_name(name: str) -> str:
    """``name`` without its legal form; a group's "Holding" or "Holdings" is part of its name, not a form, and stays
    ("Bergquell Holding" of "Bergquell Holding GmbH", "Vaal Agri Holdings")."""
    everyday = without_legal_form(name)
    rest = name[len(everyday):].split()
    if rest and rest[0] in ("Holding", "Holdings"):
        return f"{everyday} {rest[0]}"
    return everyday


def _as_the_title_names_it(title: str, texts: list[str], name: str) -> str:
    """``name`` as ``title`` writes it, of two words or more, when ``name`` only goes on with words that say it is a
    firm and a text registers it so with a legal form ("Zaanstad Cocoa" of a title's "Interview – Zaanstad Cocoa"
    for "Zaanstad Cocoa Trading B.V."), or with a group's word ("Padma Apparels" of "Padma Apparels Group"): the
    registered name, the title the name people use. Not a word for what it does ("Nordhaven Shipping"), nor an
    agency's name ("Keystone Talent Partners")."""
    words = name.split()
    if len(words) < 3 or name in title or not _says_a_firm(words[-1]):
        return name
    registered = None  # whether a text writes the name with a legal form after it, looked at once
    for keep in range(len(words) - 1, 1, -1):
        if not _says_a_firm(words[keep]):
            break
        short = " ".join(words[:keep])
        at = title.find(short)
        end = at + len(short)
        if at < 0 or title[end:end + 1].isalnum() or (at and title[at - 1].isalnum()) or _an_agency(short):
            continue
        if registered is None:
            registered = any(_legal_form_after(text, name) for text in texts)
        if registered or all(word.lower() in GROUP_WORDS for word in words[keep:]):
            return short
    return name


def _says_a_firm(word: str) -> bool:
    """True when ``word``, ending a registered name, only says it is a firm ("Trading", "Group") or the country of
    a group's company ("Portugal" of "Atelier Rosso Portugal, Lda."), which people leave out."""
    return word.lower() in FIRM_WORDS or names_a_region(word)


def _without_town(facts: EventFacts, name: str) -> str:
    """``name`` without the town a branch adds to it, when the location writes the business and the town
    apart ("Harbour Kitchen Brighton" at "Harbour Kitchen, 2 Kings Rd, Brighton": "Harbour Kitchen"), and the
    business as the location writes it in full when the name is its first word and the town ("Calder Freight
    Halifax" at "Calder Freight Services, 1 Mill Lane, Halifax": "Calder Freight Services")."""
    location = facts.event.location
    business, comma, rest = location.partition(",")
    business = business.strip()
    if not comma or not business or " " not in name:
        return name
    if name.startswith(business + " "):
        head, town = business, name[len(business):].strip()
    else:
        head, _, town = name.rpartition(" ")  # the name's last word, the town the branch adds
        if not business.startswith(head + " "):
            return name
    if not town[:1].isupper() or len(town.split()) > 2:
        return name
    parts = [part.strip() for part in rest.split(",")]
    return business if any(part == town or part.startswith(town + " ") for part in parts) else name


def _best(facts: EventFacts, candidates: list[Candidate], texts: list[str]) -> Candidate | None:
    """The best candidate once merged by name, after leaving out systems, places, people and the
    user (its name and reason: its score is ranked only against others). A short form of another
    candidate's name ("Northstar GBS", "KRI") gives way to the full name; a name the title, the
    description, the location and the organizer's name agree on gains (``texts``: those four), and one
    a text writes with a legal form after it."""
    merged: dict[str, Candidate] = {}
    for candidate in candidates:
        bare = without_legal_form(candidate.name)
        key = squash(bare)
        # (most names end in no legal form: their key is what ``is_service`` would squash again)
        service = key in SERVICE_NAMES if bare is candidate.name else is_service(candidate.name)
        if not key or service or _names_someone_invited(facts, candidate.name, key):
            continue
        if key not in merged or candidate.score > merged[key].score:
            merged[key] = candidate
    if len(merged) == 1:  # most events: one name, nothing to rank it against (the score is not read)
        (only,) = merged.values()
        return None if only.score < 6 and is_place(only.name, facts.event.time_zone, texts) else only
    for key, candidate in sorted(merged.items(), key=lambda item: len(item[0])):
        if len(merged) < 2 or not _SHORT_FORM.search(candidate.name):
            continue  # only a short form ("Northstar GBS", "KRI", "Zzfoods") gives way to a full name
        for other_key, other in list(merged.items()):
            if key in merged and len(other_key) > len(key) and _shortens(candidate.name, other.name):
                merged[other_key] = Candidate(other.name, max(candidate.score + 0.1, other.score), other.reason
                                              if other.score >= candidate.score else candidate.reason)
                del merged[key]
    if _names_a_client(facts, merged):
        # the client a recruiter names is the company, however often the agency's own name is written
        merged = {key: c for key, c in merged.items() if c.reason.endswith(_CLIENT_REASON) or not _an_agency(c.name)}
    ranked = []
    folded = [text.casefold() for text in texts]
    with_legal = [text for text in texts if writes_a_legal_form(text)]
    for candidate in merged.values():
        if candidate.score < 6 and is_place(candidate.name, facts.event.time_zone, texts):
            continue
        if _a_site_apart(facts, candidate, texts):
            continue
        name = candidate.name.casefold()
        said = sum(1 for text in folded if name in text)
        legal = 1.5 if said and any(_legal_form_after(text, candidate.name) for text in with_legal) else 0.0
        ranked.append(Candidate(candidate.name, candidate.score + 0.4 * max(0, said - 1) + legal, candidate.reason,
                                candidate.read_ahead))
    return max(ranked, key=_SCORE, default=None)


def _a_site_apart(facts: EventFacts, candidate: Candidate, texts: list[str]) -> bool:
    """True when ``candidate`` names a site of operations ("Mt Kerrigan mine site") on an event whose people
    are at an organisation whose domain does not spell it: the company's site, not the company."""
    if candidate.reason.startswith(("organizer domain", "attendee domain")) or not facts.naming_domains:
        return False
    key = squash(candidate.name)
    if any(key in squash(domain_label(domain)) for domain in facts.naming_domains):
        return False
    return names_a_site(candidate.name, texts)


def _names_a_client(facts: EventFacts, merged: dict[str, Candidate]) -> bool:
    """True when a recruiter's client is among the candidates: named as one, an institution named apart from
    the agency ("Staff Nurse, Harrowgate General Hospital"), or in the title's brackets after something other
    than the agency's name ("re Senior Geologist (Quarry Ridge Minerals)", not "Bluestone Staffing (Temp Desk)")
    when the brackets hold no agency's name (not "Call: Priya (Bluestone Staffing)");
    never when the recruiter keeps the client's name back."""
    agencies = None
    for candidate in merged.values():
        reason = candidate.reason
        if reason == UNDISCLOSED_REASON:
            return False
        if reason.endswith(_CLIENT_REASON) or reason.startswith(_NAMED_APART):
            return True
        if reason == _BRACKETS_REASON and not _an_agency(candidate.name):  # "Ivan (Crane Talent)": the agency
            if agencies is None:
                agencies = [squash(c.name) for c in merged.values() if _an_agency(c.name)]
            at = facts.title.find(f"({candidate.name}")
            before = squash(" ".join(facts.title[:at].split()[-2:])) if at > 0 else ""
            if agencies and before and not any(agency.startswith(before) for agency in agencies):
                return True
    return False


def _an_agency(name: str) -> bool:
    """True for a recruitment agency's name ("Kessler Personalberatung", "Ironbark Mining Recruitment")."""
    return names_an_agency(name) or name.rsplit(None, 1)[-1].lower() in AGENCY_WORDS


_BRACKETS_REASON = "company in the title's brackets"


def _names_someone_invited(facts: EventFacts, name: str, key: str) -> bool:
    """True when ``name`` is (part of) the name of a person on the invitation ("Beatriz" of "Llamada con
    Beatriz", "Sabine Schulz" of the organizer "Sabine Schulz (Recruiting)"), unless their address's
    domain spells it (the organizer "Northwind Talent" at northwind.com names the company)."""
    words = _name_words(name)
    if not words or not facts.name_words_of_others.issuperset(words):
        return False  # the cheap look first: most candidates hold a word no one's name has
    for person, domain in facts.everyone_else:
        # (whether their name holds the words, a remembered answer, is looked at before what their address is)
        if person.name and _name_words(person.name).issuperset(words) and _a_person(person.email, person.name):
            label = squash(domain_label(domain))
            if key not in label and label not in key:
                return True
    return False


@lru_cache(maxsize=16384)
def _a_person(email: str, name: str) -> bool:
    """A person's name on a person's address, or on a team mailbox they sign for ("Sabine Schulz
    (Recruiting)" at recruiting@); not a system's, a team's ("Litware Talent Acquisition") or an
    organisation's ("Ufficio Concorsi – Università di ...")."""
    kind = address_kind(email, name)
    if kind == "thing" or (kind == "team" and "(" not in name):
        return False
    name = _BRACKETS.sub("", name).strip()
    return is_person_name(name) and not RECRUITING_CALENDAR.search(name)


@lru_cache(maxsize=16384)
def _name_words(name: str) -> frozenset[str]:
    """The words of someone's name, lower-case letters only (the same people come on event after event)."""
    return frozenset(_NAME_WORD.findall(name.lower()))


_BRACKETS = re.compile(r"\s*\([^()]*\)")
_NAME_WORD = re.compile(r"[^\W\d_]+")
# what a short form of a name looks like: a word in capitals, or a single word run together
_SHORT_FORM = re.compile(r"\b[A-Z]{2,6}\b|^[A-Z]?[a-z]+$")


def _legal_form_after(text: str, name: str) -> bool:
    """True when ``text`` writes ``name`` with a legal form after it ("Sahyadri Paints Ltd")."""
    at = text.find(name)
    while at >= 0:
        if LEGAL_FORM_AHEAD.match(text[at + len(name): at + len(name) + 20]):  # (", Unipessoal Lda.")
            return True
        at = text.find(name, at + 1)
    return False


def _shortens(short: str, full: str) -> bool:
    """True when ``short`` is a short form of ``full``: its letters abbreviate it ("Northstar GBS",
    "KRI", "Zzfoods" for "Northstar Global Business Services", "Kelworth Royal Infirmary", "Zuiderzee Foods")."""
    squashed = squash(short)
    return len(squashed) >= 2 and abbreviates(f"{squashed}.x", full, loose=squashed.isalpha() and short[:1].isupper())
