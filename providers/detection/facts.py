"""What detection knows about one event, computed once: the texts, who the user is, who else
is there, and which words were found where."""
from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from dataclasses import replace
from functools import lru_cache

from ..base import CalendarEvent, Person
from .scanner import Vocabulary, fold
from .systems import (
    FREEMAIL,
    SHARED_SECTOR_MAIL,
    agency_kind,
    is_calendar_address,
    names_an_agency,
    system_of_domain,
)
from .words import INTERVIEWERS_HEADING, SPEAKS_TO_CANDIDATE, sender_stays_away

MAX_SCANNED = 4000  # the first few thousand characters say what a meeting is; the rest is boilerplate
_NO_DOMAINS: frozenset[str] = frozenset()
_LOCAL_PARTS = re.compile(r"[a-z]{3,}")
_NAME_PARTS = re.compile(r"[a-z]+")  # the letters of an address's name part, between its dots and digits
_WORD = re.compile(r"\w+")
_NOT_NAMES = frozenset(
    "jobs job mail email work career careers resume cv pro official contact hello info the and".split()
)
_QUOTED = re.compile(
    r"(?:^|(?<=[\s(:\-–—]))(?:'[^']+'|\"[^\"]+\"|“[^”]+”|‘[^’]+’|«[^»]+»|„[^“”]+[“”]|「[^」]+」|『[^』]+』)"
    r"(?=$|[\s).,:;!?\-–—])"
)

# a name after the word for "with" ("Interview with Ben Butler", "Gespräch mit Anna Weber", "Cyfweliad gyda Siân
# Prys"): two or three capitalised words, no article before them ("with the Plant Manager" names a post), the first
# no initials ("with NB Kadrowa" names an organisation); looked for only where one of those words' first letters
# comes (the look-behind would otherwise be tried at every place of the text)
_WITH_A_NAME = re.compile(r"(?=[wmacgWMACG])(?<![\w/])(?i:with|w/|mit|avec|con|com|met|med|gyda)[ \t]+"
                          r"(?P<name>[A-ZÀ-ÖØ-ÞĀ-Ž][^\W\dA-Z_][\w'’-]*(?:[ \t]+[A-ZÀ-ÖØ-ÞĀ-Ž][\w'’-]+){1,2})")


@lru_cache(maxsize=256)
def _name_words(mine: frozenset[str], name: str) -> frozenset[str]:
    words = {w for w in _WORD.findall(fold(name)) if len(w) > 1}
    for address in mine:
        words.update(w for w in _LOCAL_PARTS.findall(address.partition("@")[0]) if w not in _NOT_NAMES)
    return frozenset(words)


@lru_cache(maxsize=16384)
def _words_of_name(name: str) -> frozenset[str]:
    """The words of a person's name, lower-case: the same names come on event after event."""
    return frozenset(_WORD.findall(name.lower()))


# letters that no accent makes: how an address writes them
_PLAIN = str.maketrans({"ı": "i", "ł": "l", "ø": "o", "đ": "d", "ð": "d", "ß": "ss", "æ": "ae", "œ": "oe", "þ": "th",
                         "ə": "e", "Ə": "e", "ħ": "h", "Ħ": "h"})


@lru_cache(maxsize=4096)
def _plain_letters(text: str) -> str:
    """``text`` with its accents dropped and its other letters as an address writes them ("aydın" -> "aydin")."""
    decomposed = unicodedata.normalize("NFKD", text.translate(_PLAIN))
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


@lru_cache(maxsize=256)
def _address_words(mine: frozenset[str]) -> tuple[str, ...]:
    """Name words of the user's own addresses ("alex", "rivera" in alex.rivera.jobs@...)."""
    return tuple(w for w in _name_words(mine, "") if len(w) > 2)


_ADDRESS_DOMAIN = re.compile(r"[\w.+-]+@([\w-]+(?:\.[\w-]+)+)")


@lru_cache(maxsize=16384)
def _system_of(domain: str) -> tuple[str, str] | None:
    """``system_of_domain``, remembered: the same organisations' and systems' domains come on event after event."""
    return system_of_domain(domain)


@lru_cache(maxsize=16384)
def _agency_kind(domain: str) -> str | None:
    """``agency_kind``, remembered for the same reason."""
    return agency_kind(domain)


@lru_cache(maxsize=16384)
def _is_outside(domain: str) -> bool:
    """True for a domain of people: not a calendar service's, not an applicant-tracking system's."""
    return not is_calendar_address(domain) and _system_of(domain) is None


class lazy:
    """A property computed on first use and then stored on the instance.

    Like ``functools.cached_property`` without its lock, which costs more than most of these
    computations on a path that runs for every event.
    """

    def __init__(self, compute):
        self.compute = compute
        self.name = compute.__name__
        self.__doc__ = compute.__doc__

    def __get__(self, instance, owner=None):
        if instance is None:
            return self
        value = self.compute(instance)
        instance.__dict__[self.name] = value
        return value


@lru_cache(maxsize=64)
def _addresses(me: tuple[str, ...]) -> frozenset[str]:
    return frozenset(address.strip().lower() for address in me)


@lru_cache(maxsize=64)
def _organisations(mine: frozenset[str]) -> frozenset[str]:
    return frozenset(d for d in (a.rpartition("@")[2] for a in mine) if d and d not in FREEMAIL)


def _is_mine(address: str, mine: frozenset[str]) -> bool:
    """True for one of the user's addresses ``mine``, or a sub-addressed form of one: "alex+jobs@mail.example"
    is the user when "alex@mail.example" is theirs (a tag is how many keep job mail apart)."""
    return address in mine or ("+" in address and _untagged(address) in mine)


def _untagged(address: str) -> str:
    local, _, domain = address.partition("@")
    return f"{local.partition('+')[0]}@{domain}"


# what a mail program puts before a forwarded or answered subject ("Fwd: ", "WG: ", "RV: ", "Re: Fwd: "): the
# invitation's title follows; the prefix names no company, role or stage
_REPLY_PREFIX = re.compile(r"^(?:(?:re|fwd?|wg|aw|rv|enc|tr|sv|vs|vb|odp|pd|rif|doorst)\s*:\s*)+", re.IGNORECASE)


def _composed(event: CalendarEvent) -> CalendarEvent:
    """``event`` with the marks of its title, description and location composed with their letters (NFC): some
    systems store "ó" as "o" and a combining accent, which the vocabularies' phrases would not match."""
    texts = (event.title, event.description, event.location)
    if all(text.isascii() or _composed_already(text) for text in texts):
        return event
    title, description, location = (unicodedata.normalize("NFC", text) for text in texts)
    return replace(event, title=title, description=description, location=location)


@lru_cache(maxsize=4096)
def _composed_already(text: str) -> bool:
    """Whether ``text`` has its marks composed (NFC), remembered: a text that is not plain ASCII takes the
    check a character at a time, and the same titles and descriptions come on every event of a series."""
    return unicodedata.is_normalized("NFC", text)


# a job title's ending for the other gender after a slash ("deklarant/ka", "tecnólogo/a", "Mitarbeiter/in")
_OTHER_GENDER = re.compile(r"/[^\W\d_]{1,3}(?![\w/])")


def posted_for_both_genders(folded: str, role: str) -> str | None:
    """The job title ``role`` as ``folded`` text writes it with the other gender's ending after a slash
    ("deklarant/ka", "enfermero/a", "Mitarbeiter/in"), else None: the way a job posting names its opening for
    either gender, where a person's own title has one."""
    at = folded.find(role.lower() + "/") if role else -1
    while at >= 0:
        end = at + len(role)
        ending = _OTHER_GENDER.match(folded, end)
        if ending and (at == 0 or not folded[at - 1].isalnum()):
            return folded[at:ending.end()]
        at = folded.find(role.lower() + "/", end)
    return None


class EventFacts:
    """One event as detection sees it."""

    def __init__(self, event: CalendarEvent, me: Iterable[str], vocabulary: Vocabulary):
        self.event = event = _composed(event)
        self.vocabulary = vocabulary
        me = (me,) if isinstance(me, str) else me  # one address given bare
        given = _addresses(me if isinstance(me, tuple) else tuple(me))
        title = event.title.strip()
        self.title = title = _REPLY_PREFIX.sub("", title) if ":" in title else title  # (a prefix ends in ":")
        self.title_f = fold(title)
        self.description = description = event.description[:MAX_SCANNED]
        self.text_f = fold(description) if description else ""
        self.title_hits = vocabulary.scan(self.title_f)
        self.text_hits = vocabulary.scan(self.text_f) if description else {}
        if "role" in self.text_hits and "job" not in self.text_hits:
            posted = posted_for_both_genders(self.text_f, self.text_hits["role"])
            if posted:  # (a new dict: the scan's may be shared)
                self.text_hits = {**self.text_hits, "job": posted}
        # one pass over the people: the user (by an address given, or a sub-addressed form of one), and
        # everyone else with their domain, the organizer first
        organizer = event.organizer
        self.organizer_is_me = organizer is not None and _is_mine(organizer.email, given)
        tagged = [organizer.email] if self.organizer_is_me and organizer.email not in given else []
        self.organizer = None if self.organizer_is_me else organizer
        # the organizer's domain ("" when the user organizes it, or no one does): read by many rules
        self.organizer_domain = "" if self.organizer is None else organizer.email.rpartition("@")[2]
        self.me_attending = None
        others = []
        everyone = [] if self.organizer is None else [(organizer, self.organizer_domain)]
        for person in event.attendees:
            email = person.email
            if email in given:
                self.me_attending = self.me_attending or person
            elif "+" in email and _untagged(email) in given:
                self.me_attending = self.me_attending or person
                tagged.append(email)
            else:
                others.append(person)
                everyone.append((person, email.rpartition("@")[2]))
        self.others = tuple(others)
        self.everyone_else: tuple[tuple[Person, str], ...] = tuple(everyone)  # (person, domain), as above
        # the user's addresses, with the sub-addressed forms of them this event uses
        self.mine = given | frozenset(tagged) if tagged else given

    def hit(self, tag: str) -> str | None:
        """The phrase that carried ``tag`` in the title, else in the description."""
        return self.title_hits.get(tag) or self.text_hits.get(tag)

    @lazy
    def my_domains(self) -> frozenset[str]:
        """The user's own organisation domains (free-mail providers are nobody's organisation),
        with that of a work address the invitation gives the user's full name ("Danielle Ferreira"
        at riverbendfood.org when only her personal address is known)."""
        domains = _organisations(self.mine)
        elsewhere = self.me_elsewhere
        if not elsewhere or SPEAKS_TO_CANDIDATE.search(self.text_f):
            return domains  # "Your interview with Dana Whitfield": a namesake interviewer, not the user
        named = frozenset(domain for address in elsewhere if (domain := address.rpartition("@")[2])
                          not in FREEMAIL and domain not in SHARED_SECTOR_MAIL)
        return domains | named if named else domains

    @lazy
    def me_elsewhere(self) -> frozenset[str]:
        """Addresses on the invitation, not given as the user's, under the user's full name."""
        if not self.others:
            return _NO_DOMAINS
        words = _address_words(self.mine) or self.my_long_name_words  # the cheap look first
        if not words:
            return _NO_DOMAINS
        found = [p.email for p in self.others if p.name and "@" not in p.name and self._under_my_name(p.name, words)]
        return frozenset(found) if found else _NO_DOMAINS

    def _under_my_name(self, name: str, words: tuple[str, ...]) -> bool:
        """True when ``name`` holds one of ``words`` (the cheap look) and names the user, its letters read
        plain as an address spells them ("Deniz Aydın" is deniz.aydin@..., "Łukasz Wróbel" lukasz.wrobel@...)."""
        folded = fold(name)
        plain = folded if folded.isascii() else _plain_letters(folded)
        for word in words:
            if word in folded or word in plain:
                return self.names_me(folded) or (plain is not folded and self.names_me(plain))
        return False

    def is_me_by_name(self, person) -> bool:
        """True when ``person`` is invited under the user's full name at a personal or shared address,
        or at one of the user's own organisations (a namesake at the company stays who they are)."""
        if person.email not in self.me_elsewhere:
            return False
        domain = person.email.rpartition("@")[2]
        return domain in FREEMAIL or domain in SHARED_SECTOR_MAIL or domain in self.my_domains

    def is_my_address(self, email: str) -> bool:
        """True when ``email``, not an address given as the user's, spells the user's name as their known address
        or the invitation writes it, at a personal address or the user's own organisation: "ana.ruiz.84@gmail.com"
        beside a known "aruiz@..." or the name "Ana Ruiz" (the user's other mailbox, copied on an invitation)."""
        local, _, domain = email.lower().partition("@")
        if domain not in FREEMAIL and domain not in SHARED_SECTOR_MAIL and domain not in self.my_domains:
            return False
        parts = _NAME_PARTS.findall(local)
        if not parts:
            return False
        spelled = {parts[0]} if len(parts) == 1 else {parts[0] + parts[-1], parts[0][0] + parts[-1],
                                                      parts[-1] + parts[0]}
        return not spelled.isdisjoint(self._my_spellings)

    @lazy
    def _my_spellings(self) -> frozenset[str]:
        """How an address spells the user: their known addresses' names, and their name written on the
        invitation run together ("mariaruiz", "mruiz", "ruizmaria", "mariar"), five letters or more."""
        spellings = {"".join(_NAME_PARTS.findall(address.partition("@")[0])) for address in self.mine}
        words = [w for w in _WORD.findall(fold(self.my_name)) if w.isalpha()]
        if len(words) >= 2:
            first, last = words[0], words[-1]
            spellings.update((first + last, first[0] + last, last + first, first + last[0]))
        return frozenset(s for s in spellings if len(s) >= 5)

    @lazy
    def name_words_of_others(self) -> frozenset[str]:
        """The words of the names of everyone else on the invitation, lower-case ("OKONJO, Paul (TRUST)"
        gives okonjo, paul, trust)."""
        people = (self.organizer, *self.others) if self.organizer is not None else self.others
        return frozenset().union(*(_words_of_name(p.name) for p in people if p.name and "@" not in p.name))

    @lazy
    def my_name(self) -> str:
        """The user's name as written on the invitation, if it is."""
        people = (self.me_attending, self.event.organizer if self.organizer_is_me else None)
        return next((p.name for p in people if p is not None and p.name and "@" not in p.name), "")

    @lazy
    def my_names(self) -> tuple[str, ...]:
        """The user's names as written on the invitation, folded."""
        return (fold(self.my_name),) if self.my_name else ()

    @lazy
    def my_name_words(self) -> frozenset[str]:
        """Words of the user's name, from the invitation and from the address itself."""
        return _name_words(self.mine, self.my_name)

    @lazy
    def my_long_name_words(self) -> tuple[str, ...]:
        """``my_name_words`` longer than two letters: the ones ``names_me`` looks for."""
        return tuple(w for w in self.my_name_words if len(w) > 2)

    def names_me(self, text_f: str) -> bool:
        """True when folded ``text_f`` contains the user's name."""
        for name in self.my_names:
            if name in text_f:
                return True
        own = []
        for word in self.my_long_name_words:  # (a loop: most texts hold none, and a comprehension costs a frame)
            if word in text_f:
                own.append(word)
        if len(own) < 2:
            return False
        words = set(_WORD.findall(text_f))
        return sum(w in words for w in own) >= 2

    @lazy
    def _names_after_with(self) -> tuple[str, ...]:
        """The capitalised words the title and the description write after the word for "with", folded."""
        text = f"{self.title}\n{self.description[:1500]}"
        return tuple(fold(found.group("name")) for found in _WITH_A_NAME.finditer(text))

    def written_as_someone(self, phrase: str) -> bool:
        """True when the title or the description writes ``phrase``, two words or more, as someone's name: after the
        word for "with" ("Interview with Ben Butler"), the whole name or its start ("with Ben Butler Thursday")."""
        folded = fold(phrase.strip())
        if " " not in folded:
            return False
        return any(name == folded or name.startswith(folded + " ") for name in self._names_after_with)

    @lazy
    def unquoted_title_f(self) -> str:
        """The folded title without quoted spans (film and book titles are quoted)."""
        return _QUOTED.sub(" ", self.title_f)

    @lazy
    def sender_system(self) -> tuple[str, str] | None:
        """The applicant-tracking or booking system that sent the invitation, if one did."""
        for _person, domain in self.everyone_else:
            found = _system_of(domain)
            if found:
                return found
        return None

    @lazy
    def outside_people(self) -> tuple[Person, ...]:
        """Organizer and attendees who are not the user and not a system or calendar address."""
        return tuple(p for p, domain in self.everyone_else if _is_outside(domain))

    @lazy
    def company_domains(self) -> tuple[str, ...]:
        """Domains of other organisations on the event, the organizer's first."""
        seen: dict[str, None] = {}
        mine = self.my_domains
        for _person, domain in self.everyone_else:
            if domain and domain not in FREEMAIL and domain not in mine and _is_outside(domain):
                seen.setdefault(domain, None)
        return tuple(seen)

    @lazy
    def written_domains(self) -> tuple[str, ...]:
        """Domains of addresses the description gives ("marguerite.tessier@cedarvalehealth.ca"), not the
        user's, not free mail, not a system's, not already on the invitation (at most two)."""
        if "@" not in self.description:
            return ()
        known = set(self.company_domains) | set(self.my_domains)
        found: list[str] = []
        for domain in _ADDRESS_DOMAIN.findall(self.description[:1500].lower()):
            if domain not in known and domain not in FREEMAIL and _system_of(domain) is None \
                    and domain not in found:
                found.append(domain)
        return tuple(found[:2])

    @lazy
    def agencies(self) -> tuple[frozenset[str], frozenset[str]]:
        """(agency domains, suspected agency domains) among the organisations on the event.

        Recruitment agencies' recruiters set up interviews with their clients. A known agency always
        counts; a domain or organizer that only sounds like one ("…talent.com", "… Personalberatung")
        counts when the event also has a client: someone from another organisation, or the recruiter's
        words for one ("our client", "unserem Mandanten"). Otherwise it is only suspected.
        """
        domains = self.company_domains
        if not domains:
            return _NO_DOMAINS, _NO_DOMAINS
        organizer = self.organizer
        organizer_domain = self.organizer_domain if organizer is not None and organizer.name else ""
        known, likely = [], []
        for domain in domains:
            kind = _agency_kind(domain)
            if kind is None and domain == organizer_domain and names_an_agency(organizer.name):
                kind = "likely"
            if kind == "known":
                known.append(domain)
            elif kind:
                likely.append(domain)
        if organizer_domain in domains and organizer_domain not in known + likely and self._go_between(
                domains, organizer_domain):
            known.append(organizer_domain)
        if likely and (len(domains) > len(likely) or self._speaks_of_a_client()):
            return frozenset(known + likely), _NO_DOMAINS
        return (frozenset(known) if known else _NO_DOMAINS), (frozenset(likely) if likely else _NO_DOMAINS)

    @lazy
    def agency_domains(self) -> frozenset[str]:
        """Domains of recruitment agencies on the event (see ``agencies``)."""
        return self.agencies[0]

    @lazy
    def agency_suspects(self) -> frozenset[str]:
        """Domains that read like a recruitment agency's, with no client on the event to confirm it."""
        return self.agencies[1]

    def _go_between(self, domains: tuple[str, ...], organizer_domain: str) -> bool:
        """True when the organizer writes they will not be there and everyone else on the invitation is
        at one other organisation: a recruiter setting up an interview with a client, whatever the name."""
        others = [d for d in domains if d != organizer_domain]
        return len(others) == 1 and self.sender_stays_away

    @lazy
    def sender_stays_away(self) -> bool:
        """True when the description's sender writes they will not be there ("I won't be joining"): read once,
        where the people met, the agencies and the evidence each ask."""
        return sender_stays_away(self.text_f)

    @lazy
    def writes_interviewers_heading(self) -> bool:
        """True when the description has an interviewers' heading ("Interviewers:", "You will meet", "面接官"): read
        once, where the people met ask it for the organizer, for each person listed and for the list itself."""
        return INTERVIEWERS_HEADING.search(self.text_f) is not None

    def _speaks_of_a_client(self) -> bool:
        return "client" in self.title_hits or "client" in self.text_hits

    @lazy
    def naming_domains(self) -> tuple[str, ...]:
        """``company_domains`` without recruitment agencies (their recruiters name other companies)."""
        agencies = self.agency_domains
        return tuple(d for d in self.company_domains if d not in agencies and d not in SHARED_SECTOR_MAIL)

    @lazy
    def minutes(self) -> float:
        """How long the event lasts, in minutes."""
        return self.event.duration.total_seconds() / 60
