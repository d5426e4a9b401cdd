"""A hiring process across events: the interviews of one calendar with one organisation.

One event of a process may not say what another says: the final round's invitation names neither the
role nor the company's full name, the phone screen named both. The interviews of a calendar are grouped
by the organisation they are with: the domains of the people met and of the organizer (never consumer
mail, a sector's shared mail, a hiring or scheduling system, a recruitment agency, a calendar's own
address or the user's own organisation), and the company's name (an interview whose company is the
name a domain spells joins the interviews at that domain). Within a process:

- a company that is a shorter form of another interview's company (its first words, or the name the
  domain spells, also of a name written in another script) takes the fuller name the company writes
  itself, when there is one fuller name;
- a missing company takes the process's company, and a job interview's missing role the process's role,
  when the process names exactly one (an organisation the user applied to twice, for two roles, fills
  nothing; a role that only adds words to another, "Treasury Analyst (R-2026-01187)", is the same role);
- an interview whose names are the user's own (``Sighting.settled``) lends them and is never changed.

Only interviews take part: an event that is none (a deadline, a coaching session, a job fair) neither
lends nor takes a name, so nothing is invented from what is not an interview. The one thing such an
event may give is the full name of a company an interview abbreviates ("Dopravní stavby Sever" for
"DS Sever"), when it writes an address at the interview's organisation (``providers.detect``). What a process does say
about another event is whom it is with: ``organisations`` lists the organisations of a calendar's job
interviews, and ``belongs`` tells whether addresses are all someone at one of them (a short follow-up
conversation with the hiring manager is part of the process: ``providers.detect.detect_calendar``).
"""
from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from .company_names import abbreviates, writes_without_vowels
from .domains import domain_label, squash
from .systems import FREEMAIL, SHARED_SECTOR_MAIL, agency_kind, is_calendar_address, system_of_domain

__all__ = ["Sighting", "Completion", "completed", "Organisation", "organisations", "belongs", "organisation_domains",
           "ROLE_REASON", "COMPANY_REASON", "FULL_NAME_REASON"]

ROLE_REASON = "role named by another interview of the same hiring process"
COMPANY_REASON = "company as another interview of the same hiring process names it"
FULL_NAME_REASON = "company's name in full, as another event with the same organisation writes it"
_WORD = re.compile(r"\w+")
_LEGAL = frozenset("inc llc ltd gmbh sa corp bv nv ag plc limited".split())


@dataclass(frozen=True)
class Sighting:
    """One interview as its process sees it."""

    company: str | None
    role: str | None
    kind: str | None = "job"  # job | informational: only a job interview takes a role
    addresses: tuple[str, ...] = ()  # of the people met and of the organizer
    settled: bool = False  # the user's own names: lent to the others, never changed


@dataclass(frozen=True)
class Completion:
    """An interview's company and role once its process is read, and which of them changed."""

    company: str | None
    role: str | None
    company_changed: bool = False
    role_changed: bool = False

    @property
    def changed(self) -> bool:
        return self.company_changed or self.role_changed


def completed(sightings: Sequence[Sighting], me: Iterable[str]) -> list[Completion]:
    """Each interview's company and role, completed from the other interviews of its hiring process
    (``sightings``: the interviews of one calendar; ``me``: the user's addresses)."""
    own = _own_domains(me)
    labels = [_organisation_labels(s.addresses, own) for s in sightings]
    result = [Completion(s.company, s.role) for s in sightings]
    for group in _processes(sightings, labels):
        if len(group) > 1:
            _complete(group, sightings, labels, result)
    return result


@dataclass(frozen=True)
class Organisation:
    """The organisation of one hiring process with at least one job interview."""

    labels: frozenset[str]  # the names its domains spell
    company: str | None  # the one company its interviews name, else None
    role: str | None  # the one role its job interviews name, else None
    members: tuple[int, ...]  # the indexes of its interviews among the sightings
    addresses: frozenset[str] = frozenset()  # of the people met at its interviews and of their organizers


def organisations(sightings: Sequence[Sighting], me: Iterable[str]) -> list[Organisation]:
    """The organisations of the hiring processes among ``sightings`` (the interviews of one calendar,
    their names completed) that hold a job interview and are known by a domain (never consumer mail,
    a hiring system, an agency or the user's own organisation: those do not form a process)."""
    own = _own_domains(me)
    labels = [_organisation_labels(s.addresses, own) for s in sightings]
    found = []
    for group in _processes(sightings, labels):
        names = frozenset().union(*(labels[i] for i in group))
        if not names or all(sightings[i].kind != "job" for i in group):
            continue
        companies = {" ".join(_words(sightings[i].company)): sightings[i].company
                     for i in group if sightings[i].company}
        company = next(iter(companies.values())) if len(companies) == 1 else None
        role = _one_role([sightings[i].role for i in group if sightings[i].role and sightings[i].kind == "job"])
        addresses = frozenset(a.lower() for i in group for a in sightings[i].addresses)
        found.append(Organisation(names, company, role if len(companies) <= 1 else None, tuple(group), addresses))
    return found


def belongs(addresses: Iterable[str], organisation: Organisation, me: Iterable[str]) -> bool:
    """True when every one of ``addresses`` (at least one) is someone at ``organisation``."""
    own = _own_domains(me)
    addresses = list(addresses)
    return bool(addresses) and all(
        (label := _organisation_labels((address,), own)) and label <= organisation.labels for address in addresses)


def _own_domains(me: Iterable[str]) -> set[str]:
    return {a.rpartition("@")[2].lower() for a in me}


def organisation_domains(addresses: Iterable[str], me: Iterable[str]) -> frozenset[str]:
    """The domains of ``addresses`` that stand for an organisation a process may be with (never consumer
    mail, a sector's shared mail, a calendar's address, a hiring system, an agency or the user's own)."""
    return frozenset(_organisation_domains(addresses, _own_domains(me)))


def _organisation_domains(addresses: Iterable[str], own: set[str]) -> Iterable[str]:
    for address in addresses:
        domain = address.rpartition("@")[2].lower()
        if (domain and domain not in own and domain not in FREEMAIL and domain not in SHARED_SECTOR_MAIL
                and not is_calendar_address(domain) and not system_of_domain(domain) and not agency_kind(domain)):
            yield domain


def _organisation_labels(addresses: Iterable[str], own: set[str]) -> frozenset[str]:
    """The names the domains of ``addresses`` spell, for the organisations they stand for."""
    found = set()
    for domain in _organisation_domains(addresses, own):
        label = squash(domain_label(domain))
        if len(label) >= 3:
            found.add(label)
    return frozenset(found)


def _processes(sightings: Sequence[Sighting], labels: list[frozenset[str]]) -> list[list[int]]:
    """The interviews grouped by what links them: a domain's name, the company's, or a company's name
    that begins with a domain's name."""
    parent = list(range(len(sightings)))

    def root(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    first_with: dict[str, int] = {}
    for i, sighting in enumerate(sightings):
        name = squash(" ".join(_words(sighting.company)))
        for key in labels[i] | ({name} if len(name) >= 3 else set()):
            if key in first_with:
                parent[root(i)] = root(first_with[key])
            else:
                first_with[key] = i
    # "Kazemachi Mobility", named where nobody of an organisation is on the invitation (a one-way video),
    # is the organisation whose domain spells the longest beginning of its name (kazemachi.co.jp)
    domain_names = {key for found in labels for key in found if len(key) >= 5}
    for i, sighting in enumerate(sightings):
        name = squash(" ".join(_words(sighting.company))) if not labels[i] else ""
        for end in range(len(name) - 1, 4, -1):  # its beginnings, not every domain: calendars hold thousands
            if name[:end] in domain_names:
                parent[root(i)] = root(first_with[name[:end]])
                break
    groups: dict[int, list[int]] = {}
    for i in range(len(sightings)):
        groups.setdefault(root(i), []).append(i)
    return list(groups.values())


def _complete(group: list[int], sightings: Sequence[Sighting], labels: list[frozenset[str]],
              result: list[Completion]) -> None:
    domain_names = frozenset().union(*(labels[i] for i in group))
    names = {" ".join(_words(sightings[i].company)): sightings[i].company for i in group if sightings[i].company}
    fuller = {key: _fuller(key, names, domain_names) for key in names}
    companies = {fuller[key] or key for key in names}
    company = names[next(iter(companies))] if len(companies) == 1 else None
    role = _one_role([sightings[i].role for i in group if sightings[i].role]) if len(companies) <= 1 else None
    for i in group:
        sighting = sightings[i]
        if sighting.settled:
            continue
        new_company = sighting.company
        if sighting.company:
            full = fuller[" ".join(_words(sighting.company))]
            new_company = names[full] if full else sighting.company
        elif labels[i]:  # only an interview with someone at the organisation takes its name
            new_company = company
        new_role = sighting.role
        if not sighting.role and sighting.kind != "informational":
            new_role = role
        result[i] = Completion(new_company, new_role, new_company != sighting.company, new_role != sighting.role)


def _fuller(key: str, names: dict[str, str], domain_names: frozenset[str]) -> str | None:
    """The one fuller name ``key`` is a short form of, among the process's ``names``: it begins with
    ``key``'s words, or ``key`` is what the process's domain spells; None when there is none or two."""
    words, letters = key.split(), squash(key)
    spelled = letters in domain_names
    longer = [other for other in names if other != key and (
        other.split()[:len(words)] == words and len(other.split()) > len(words)
        or (spelled or names[key].isupper()) and (  # "BPR", as a recruiter shortens their client's name
            _spells_out(letters, names[other]) or _initials_of(words[0], names[other])
            or spelled and _word_by_word(letters, names[other]))
        # "Dscap" of dscap.com.sg for 鼎盛资本: a domain cannot spell a name written in another script
        or spelled and _unspellable(names[other]))]
    if not longer:
        return None
    longest = max(longer, key=len)
    # "Acme" of "Acme Foods" and "Acme Robotics": two organisations, no fuller name to choose
    if all(longest.split()[:len(other.split())] == other.split() for other in longer):
        return longest
    return None


def _unspellable(name: str) -> bool:
    """True when ``name`` holds no Latin letter (鼎盛资本, 한빛소프트): what a domain spells is its short form."""
    return not any(ch.isascii() and ch.isalpha() for ch in name)


def _spells_out(letters: str, name: str) -> bool:
    """True when ``name`` writes out what a domain's ``letters`` spell ("Zuiderzee Foods" for "zzfoods", "Dompet
    Lestari" for "dmpt")."""
    full = squash(name)
    return full != letters and (full.startswith(letters) or abbreviates(f"{letters}.x", name, loose=True)
                                or bool(name.split()) and writes_without_vowels(letters, squash(name.split()[0])))


def _initials_of(short: str, name: str) -> bool:
    """True when ``short``, the first word of a domain's name, takes its letters in order from the initials
    of ``name``'s words, from the first ("glc" of glc-lugano.ch for Grand Hotel Lago Ceresio)."""
    initials = "".join(word[0] for word in _words(name) if word not in _CONNECTORS)
    if not 2 <= len(short) <= 5 or not short.isalpha() or initials[:1] != short[:1] or len(initials) < len(short):
        return False
    return _subsequence(short, initials)


def _word_by_word(letters: str, name: str) -> bool:
    """True when a domain's ``letters`` shorten ``name``'s first two or more words one after the other, each
    from its initial with some of its further letters in order ("kzsk" of kzsk.vn: KaiZen SeKkei, for Kaizen
    Sekkei Vietnam); the words after them (a country, a kind of business) may be left out."""
    words = [word for word in _words(name) if word not in _CONNECTORS]
    return len(words) >= 2 and _shortens_from(letters, words, 0)


def _shortens_from(letters: str, words: list[str], taken: int) -> bool:
    if not letters:
        return taken >= 2
    if taken == len(words) or letters[0] != words[taken][0]:
        return False
    word = words[taken]
    # this word gives its initial and the next ``size - 1`` letters, in order; the next word the rest
    for size in range(1, len(letters) + 1):
        if _subsequence(letters[1:size], word[1:]) and _shortens_from(letters[size:], words, taken + 1):
            return True
    return False


def _subsequence(short: str, long: str) -> bool:
    """True when the letters of ``short`` stand in ``long`` in the same order."""
    at = 0
    for ch in short:
        at = long.find(ch, at) + 1
        if not at:
            return False
    return True


_CONNECTORS = frozenset("of and for the de du des der und van von la le el di del".split())


def _one_role(roles: list[str]) -> str | None:
    """The role ``roles`` all name, the plainest way any of them writes it; None when they name two."""
    if not roles:
        return None
    sets = [frozenset(_WORD.findall(role.casefold())) for role in roles]
    core = min(range(len(roles)), key=lambda i: (len(sets[i]), len(roles[i])))
    if all(sets[core] <= other for other in sets):
        return roles[core]
    return None


def _words(company: str | None) -> list[str]:
    """A company's words as compared: lower-case, without its legal form."""
    return [w for w in _WORD.findall((company or "").casefold()) if w not in _LEGAL]
