"""Interview detection: weighed evidence over a normalised ``CalendarEvent``.

The user is the candidate. Evidence for an interview (interview and stage wording in sixteen
languages, applicant-tracking and scheduling systems, recruiting mailboxes, requisition ids, other
organisations on the invitation, title shapes, conferencing links, duration) and against one (mock
and press interviews, webinars, holds, deadlines, coaching, the hiring side, routine meetings...) is
weighed with the weights in ``providers/detection/weights.json``, fitted on the labelled calendars;
each piece found comes with a reason a person can read. Two facts are rules, not evidence: a
cancelled event and one the user declined are not interviews. For an interview, the company, role,
stage, mode, the people met and who referred the user (``detection.referrer``) are extracted. The
parts live in ``providers.detection``; the kinds of evidence are declared in
``providers.detection.evidence_table``.

``VERSION`` names the detector: the rules' revision, the vocabularies and the weights. Stored
events judged by another version are judged again.
"""
from __future__ import annotations

import hashlib
import re
from collections.abc import Callable, Iterable, Sequence
from dataclasses import MISSING, dataclass, field, fields, replace
from datetime import datetime, timedelta
from functools import lru_cache, partial

from .base import CalendarEvent, Person
from .detection import against
from .detection.call_notes import call_note
from .detection.company import find_company
from .detection.company_finders import ACRONYM, undisclosed_client
from .detection.company_names import abbreviates, name_prefixes, runs
from .detection.company_text import spelled_out_in
from .detection.domains import domain_label, ends_as_an_organisation, squash
from .detection.evidence import Found, gather, promising
from .detection.evidence_table import EXTRACTION, reason
from .detection.facts import EventFacts
from .detection.lexicon import LEXICON, groups
from .detection.model import Weights, confidence, load_weights
from .detection.people import people_met
from .detection.process import (
    COMPANY_REASON,
    FULL_NAME_REASON,
    ROLE_REASON,
    Completion,
    Organisation,
    Sighting,
    belongs,
    completed,
    organisation_domains,
    organisations,
)
from .detection.referrer import find_referrer
from .detection.role import find_role
from .detection.scanner import Vocabulary, fold
from .detection.stage import find_mode, find_stage
from .detection.systems import BETWEEN_WORDS, SYSTEM_TERMS, address_kind, agency_kind, names_an_agency

__all__ = ["Detection", "detect", "detect_calendar", "sighting_of", "with_process", "continued", "Continuing",
           "evidence_of", "version_of", "VERSION"]

# raised whenever a change to detection's code changes what it finds (the data files count by themselves)
RULES_REVISION = "21"
WEIGHTS = load_weights()


def version_of(rules: str, vocabularies: str, weights: str) -> str:
    """The detector's version: a digest of its rules' revision and of its data files' digests."""
    return hashlib.sha256(f"{rules}\0{vocabularies}\0{weights}".encode()).hexdigest()[:12]


VERSION = version_of(RULES_REVISION, LEXICON.digest, WEIGHTS.digest)
_VOCABULARY = Vocabulary({**groups(LEXICON), "system": SYSTEM_TERMS, "between": BETWEEN_WORDS})
_STRONG_AGAINST = -2.0  # evidence against that weighs this much or more leads the reasons of a "no"


@dataclass(frozen=True)
class Detection:
    """The verdict on one event, why, and what was extracted from it."""

    interview: bool
    confidence: float
    kind: str | None = None  # job | informational
    company: str | None = None
    role: str | None = None
    stage: str | None = None
    mode: str | None = None  # video | phone | onsite
    people: tuple[Person, ...] = ()
    referrer: Person | None = None  # who referred the user, when the invitation says so (never weighed)
    # the reasons, or what words them when first asked for (most verdicts are never read)
    why: tuple[str, ...] | Callable[[], tuple[str, ...]] = field(default=(), repr=False, compare=False)

    @property
    def reasons(self) -> tuple[str, ...]:
        """Why: the evidence as a person reads it, the weightiest against first when it is no interview."""
        why = self.why
        if callable(why):
            why = why()
            object.__setattr__(self, "why", why)
        return why

    def as_json(self, uid: str) -> dict:
        """The line ``afterview scan --json`` prints for this event."""
        return {
            "uid": uid,
            "interview": self.interview,
            "kind": self.kind,
            "confidence": round(self.confidence, 3),
            "company": self.company,
            "role": self.role,
            "stage": self.stage,
            "interviewers": [{"name": p.display_name(), "email": p.email} for p in self.people],
            "reasons": list(self.reasons),
        }


# the fields of a verdict with their defaults, for ``_no_interview``
_VERDICT_DEFAULTS = {f.name: f.default for f in fields(Detection) if f.default is not MISSING}


def _verdict(**values) -> Detection:
    """``Detection(**values)``, made in a third of the time: the ``__init__`` of a frozen dataclass sets each
    of its ten fields through ``object.__setattr__``; here its instance dictionary is filled at once (the
    same fields and values). Every event gets a verdict."""
    verdict = object.__new__(Detection)
    verdict.__dict__.update(_VERDICT_DEFAULTS, **values)
    return verdict


def _no_interview(confidence: float, why: Callable[[], tuple[str, ...]]) -> Detection:
    """``Detection(False, confidence, why=why)`` (most events get such a verdict)."""
    return _verdict(interview=False, confidence=confidence, why=why)


@dataclass(frozen=True)
class Evidence:
    """What detection found on one event before weighing it (what ``bench/fit_detection.py`` fits on)."""

    ruled_out: str | None  # "cancelled", "you declined" or "no interview wording": not weighed
    found: Found  # evidence name -> detail, with the extraction's evidence


def detect(event: CalendarEvent, me: Iterable[str], weights: Weights | None = None) -> Detection:
    """Classify ``event`` for the user whose addresses are ``me``.

    Returns a ``Detection``: for an interview, with its kind, company, role, stage, mode and the
    people met; always with a confidence and the reasons for the verdict, the weightiest evidence
    against first when it is not one. ``weights`` replaces the fitted weights (for fitting them).
    """
    weights = weights or WEIGHTS
    facts = EventFacts(event, me, _VOCABULARY)
    ruled_out = against.structural(facts)
    if ruled_out:
        return _not_an_interview(ruled_out)
    if not promising(facts):
        return _no_interview(0.0, partial(_silent_reasons, facts))
    found, informational = gather(facts)
    against.gather(facts, found)
    score = weights.score(found)
    if score + weights.most_added_by(EXTRACTION) < 0:
        return _no(found, score, weights)  # what extraction could add would not make it one
    company, role = _extraction(facts, found)
    score = weights.score(found)
    if score < 0:
        return _no(found, score, weights)
    stage = find_stage(facts, informational)
    referrer = find_referrer(event, facts.mine, (facts.text_f, facts.title_f))
    return _verdict(
        interview=True,
        confidence=confidence(score),
        kind="informational" if informational else "job",
        company=company,
        role=role,
        stage=stage,
        mode=find_mode(facts, stage),
        people=_without(people_met(facts), referrer, event),
        referrer=referrer,
        why=partial(_reasons_for, found, weights),
    )


def detect_calendar(events: Sequence[CalendarEvent], me: Iterable[str],
                    weights: Weights | None = None) -> list[Detection]:
    """Classify every event of one calendar (``detect`` on each), then read its interviews together:
    a company or role one interview does not say is taken from another interview of the same hiring
    process (``providers.detection.process``). What ``afterview scan`` prints and the benches score."""
    me = list(me)
    verdicts = [detect(event, me, weights) for event in events]
    found = [i for i, verdict in enumerate(verdicts) if verdict.interview]
    completions = completed([sighting_of(events[i], verdicts[i]) for i in found], me)
    for i, completion in zip(found, completions, strict=True):
        verdicts[i] = _spelled_out_elsewhere(events, i, with_process(verdicts[i], completion), me)
    _roles_an_agency_named(events, verdicts, found)
    _companies_named_inflected(events, verdicts, found, me)
    _meetings_a_recruiter_set_up(events, verdicts, found, me)
    _calls_about_a_post_of_their_kind(events, verdicts, found, me)
    processes = Continuing.of([(sighting_of(events[i], verdicts[i]), events[i].start, events[i].end)
                               for i in found], me)
    _organizers_met_again(events, verdicts, found, processes)
    if processes.organisations:
        verdicts = [verdict if verdict.interview else continued(event, verdict, processes)
                    for event, verdict in zip(events, verdicts, strict=True)]
    return verdicts


def _organizers_met_again(events: Sequence[CalendarEvent], verdicts: list[Detection], found: list[int],
                          processes: Continuing) -> None:
    """Count among the people met the organizer of a later round whose invitation says nothing (no description)
    when they interviewed the user with someone else in an earlier round of the same process: one of the
    interviewers sending the next round's invitation, with the next interviewer invited, is there too. A
    recruiter met alone at a screen, or an invitation that says whom the user meets, keeps its own reading."""
    for organisation, _start, _end in processes.organisations:
        rounds = sorted((found[k] for k in organisation.members), key=lambda i: events[i].start)
        for later, i in enumerate(rounds):
            organizer = events[i].organizer
            if not _says_nothing_of_its_people(events[i], verdicts[i], me=processes.me):
                continue
            if any(_met_with_someone_else(verdicts[j], organizer.email) for j in rounds[:later]):
                verdicts[i] = replace(verdicts[i], people=(*verdicts[i].people, organizer))


def _says_nothing_of_its_people(event: CalendarEvent, verdict: Detection, me: Sequence[str]) -> bool:
    """True when ``event``, an interview someone else organizes, has no description and leaves its organizer,
    a person, out of the people met."""
    organizer = event.organizer
    if organizer is None or event.description.strip() or not verdict.people:
        return False
    email = organizer.email.lower()
    return (email not in {address.lower() for address in me} and address_kind(organizer.email, organizer.name) ==
            "person" and all(person.email.lower() != email for person in verdict.people))


def _met_with_someone_else(verdict: Detection, email: str) -> bool:
    """True when ``email`` is among the people met at ``verdict``'s interview, beside someone else."""
    met = {person.email.lower() for person in verdict.people}
    return email.lower() in met and len(met) > 1


def _roles_an_agency_named(events: Sequence[CalendarEvent], verdicts: list[Detection], found: list[int]) -> None:
    """Give a job interview that names no role, set up by a recruitment agency's recruiter with their client, the one
    role that recruiter's other interviews of the calendar name (their own call about a "Travel Respiratory
    Therapist" post, then the interview with the hospital they put the user forward to): agencies form no hiring
    process of their own (``detection.process``), yet one recruiter's search is one post."""
    roles: dict[str, set[str]] = {}
    for i in found:
        verdict = verdicts[i]
        if verdict.kind == "job" and verdict.role:
            # (an agency named so, "Norte Executive Search", may write from a domain that does not say so, "norte-es")
            named_an_agency = names_an_agency(verdict.company or "")
            for address in sighting_of(events[i], verdict).addresses:
                if named_an_agency or agency_kind(address.rpartition("@")[2].lower()):
                    roles.setdefault(address.lower(), set()).add(verdict.role)
    for i in found if roles else ():
        verdict, organizer = verdicts[i], events[i].organizer
        named = roles.get(organizer.email.lower(), set()) if organizer is not None and not verdict.role else set()
        if verdict.kind == "job" and len(named) == 1:
            verdicts[i] = replace(verdict, role=next(iter(named)), why=partial(_with_reasons, verdict, (ROLE_REASON,)))


INFLECTED_REASON = "{}, another interview's company, named with a case ending (“{}”)"
_CAPITALISED = re.compile(r"\b[^\W\d_a-z][^\W\d_]{3,}")
_MOST_ENDING = 3  # the letters a case ending adds to a name: Croatian "Meridianu", Polish "Vistulonie"


def _companies_named_inflected(events: Sequence[CalendarEvent], verdicts: list[Detection], found: list[int],
                               me: list[str]) -> None:
    """Give an interview that names no company the company of another interview of the calendar whose name's
    first word its words write with a case ending ("surveyor u Meridianu" for "Meridian Classification"), the word
    the one its organisation's domain starts with (meridianclass.com): an informational chat with a friend working
    there, written in a language that declines names, says where they work only so."""
    stems: dict[str, str] = {}
    for i in found:
        company = verdicts[i].company
        first = company.split()[0] if company else ""
        if len(first) < 4 or not first.isalpha():
            continue
        labels = {domain_label(d) for d in organisation_domains(sighting_of(events[i], verdicts[i]).addresses, me)}
        if any(label.startswith(first.lower()) for label in labels):
            stems.setdefault(first, company)
    for i in found if stems else ():
        if verdicts[i].company:
            continue
        event = events[i]
        named = {(stems[stem], word) for word in _CAPITALISED.findall(f"{event.title}\n{event.description[:1500]}")
                 for stem in stems if word.startswith(stem) and _an_ending(word[len(stem):])}
        if len({company for company, _word in named}) == 1:
            company, word = next(iter(named))
            verdicts[i] = replace(verdicts[i], company=company, why=partial(
                _with_reasons, verdicts[i], (INFLECTED_REASON.format(company, word),)))


def _an_ending(letters: str) -> bool:
    """True when ``letters``, after a name, may be a case ending: a few small letters, or none."""
    return len(letters) <= _MOST_ENDING and (not letters or letters.islower())


CLIENT_MEETING_REASON = "a meeting with the client of {}, a recruiter whose call about a job is on this calendar"
_WORD = re.compile(r"\w+")


def _meetings_a_recruiter_set_up(events: Sequence[CalendarEvent], verdicts: list[Detection], found: list[int],
                                 me: list[str]) -> None:
    """Make an interview of the user's own note of a meeting with a recruitment agency's client that a recruiter of
    the calendar's job interviews set up ("Sam + client (Teams)", its notes "Client = Norvik Foods"): the title names
    the recruiter, the notes speak of the client, within weeks of the recruiter's own interview."""
    recruiters = _agency_recruiters(events, verdicts, found)
    for i, (event, verdict) in enumerate(zip(events, verdicts, strict=True)) if recruiters else ():
        if verdict.interview or event.organizer is not None or event.attendees or event.all_day or event.recurring:
            continue
        if not 0 < event.duration.total_seconds() / 60 <= _SHORT_MINUTES:
            continue
        names = {fold(word) for word in _WORD.findall(event.title)}
        recruiter = next((r for r in recruiters
                          if r[0] in names and abs(event.start - r[1]) <= _CLOSE_TO_ITS_INTERVIEWS), None)
        if recruiter is None:
            continue
        facts = EventFacts(event, me, _VOCABULARY)
        if "client" not in facts.title_hits and "client" not in facts.text_hits:
            continue
        against_it: Found = {}
        against.gather(facts, against_it)
        if against.structural(facts) or against_it:
            continue
        company, _why = find_company(facts)
        verdicts[i] = Detection(True, confidence(0.0), kind="job", company=company, role=recruiter[2],
                                mode=find_mode(facts, None), people=people_met(facts),
                                why=(CLIENT_MEETING_REASON.format(recruiter[0].title()),))


POST_OF_THEIR_KIND_REASON = ("your own note of a call from someone at {} about a post of the kind you interview for"
                             " (“{}”)")


def _calls_about_a_post_of_their_kind(events: Sequence[CalendarEvent], verdicts: list[Detection], found: list[int],
                                      me: list[str]) -> None:
    """Make an interview of the user's own note of a call with someone ("Skambutis – Giedrius") whose notes say they
    will call and name a company and a post of the kind the calendar's job interviews are for, its head word theirs
    ("Fotonika LT – gamybos inžinierius. Jis skambins." beside interviews for a "Lazerinių sistemų inžinierius"): a
    call about a job in the user's own trade, where a call with a plumber or a dentist names a trade the user does
    not interview for, and a chat the user sets up with someone of their trade is no call they wait for."""
    heads = {fold(verdicts[i].role.split()[-1]) for i in found if verdicts[i].kind == "job" and verdicts[i].role}
    for i, (event, verdict) in enumerate(zip(events, verdicts, strict=True)) if heads else ():
        if verdict.interview or event.organizer is not None or event.attendees or event.all_day or event.recurring:
            continue
        if not event.description or not 0 < event.duration.total_seconds() / 60 <= _SHORT_MINUTES:
            continue  # (the notes must name the company and the post: most of the user's own entries have none)
        if call_note(event.title) is None:
            continue
        facts = EventFacts(event, me, _VOCABULARY)
        post = facts.text_hits.get("role") or facts.title_hits.get("role")
        if not post or fold(post.split()[-1]) not in heads or "mode=phone" not in facts.text_hits:
            continue
        against_it: Found = {}
        against.gather(facts, against_it)
        company, _why = find_company(facts) if not (against.structural(facts) or against_it) else (None, None)
        if company:
            verdicts[i] = Detection(True, confidence(0.0), kind="job", company=company, role=find_role(facts, company),
                                    mode=find_mode(facts, None), people=people_met(facts),
                                    why=(POST_OF_THEIR_KIND_REASON.format(company, post),))


def _agency_recruiters(events: Sequence[CalendarEvent], verdicts: list[Detection],
                       found: list[int]) -> list[tuple[str, datetime, str | None]]:
    """(first name, when, role) of each recruiter at an agency the calendar's job interviews are with: the one
    who sent the invitation, or whom the user's own note of a call names."""
    recruiters = []
    for i in found:
        event, verdict = events[i], verdicts[i]
        if verdict.kind != "job":
            continue
        for address in sighting_of(event, verdict).addresses:
            if not agency_kind(address.rpartition("@")[2].lower()):
                continue
            person = next((p for p in (event.organizer, *event.attendees) if p is not None and p.email == address),
                          None)
            if person is not None:
                names = [person.name.split()[0]] if person.name and "@" not in person.name else []
            else:
                names = _called_in_note(event.title, verdict.company)
            recruiters += [(fold(name), event.start, verdict.role) for name in names if len(name) > 2]
    return recruiters


def _called_in_note(title: str, agency: str | None) -> list[str]:
    """The words of the user's own note of a call that may name the one called ("Call Khaled – Dunes Search":
    Khaled), the agency's own words left out."""
    call = call_note(title)
    if call is None:
        return []
    theirs = {fold(word) for word in _WORD.findall(agency or "")}
    said = f"{call.group('person') or ''} {call.groupdict().get('company') or ''}"
    return [word for word in _WORD.findall(said) if word[:1].isupper() and fold(word) not in theirs]


def _spelled_out_elsewhere(events: Sequence[CalendarEvent], at: int, verdict: Detection, me: list[str]) -> Detection:
    """``verdict`` with its company in full when the company holds an abbreviation ("DS Sever") that another
    event of the calendar writing an address at the interview's organisation spells out (an application's
    deadline "Dopravní stavby Sever (vedoucí projektant)" with kariera@dssever.cz), or when the company is only
    its domain's name ("Hwcrane") and such an event writes the name the domain abbreviates ("Hartwell & Crane")."""
    company = verdict.company
    if not company:
        return verdict
    abbreviated = " " in company and ACRONYM.search(company)
    domains = organisation_domains(sighting_of(events[at], verdict).addresses, me)
    if not abbreviated:
        domains = frozenset(d for d in domains if squash(domain_label(d)) == squash(company))
    for other in events if domains else ():
        people = " ".join(p.email for p in (other.organizer, *other.attendees) if p is not None)
        written = f"{other.title}\n{other.description}\n{other.location}"
        if other is events[at] or not any(f"@{domain}" in f"{written} {people}".lower() for domain in domains):
            continue
        full = spelled_out_in(written, company) if abbreviated else _name_a_domain_abbreviates(written, domains)
        if full:
            return replace(verdict, company=full, why=partial(_with_reasons, verdict, (FULL_NAME_REASON,)))
    return verdict


def _name_a_domain_abbreviates(text: str, domains: frozenset[str]) -> str | None:
    """The first name ``text`` writes that one of ``domains`` abbreviates ("Hartwell & Crane" for hwcrane.com), or
    shortens loosely when its last word says it names an organisation ("Brightwater Foundation" for bwfdn.org)."""
    for run in runs(text[:1500]):
        for domain in domains:
            for phrase in name_prefixes(run, domain_label(domain)[:1]):
                if abbreviates(domain, phrase) or (ends_as_an_organisation(phrase)
                                                   and abbreviates(domain, phrase, loose=True)):
                    return phrase
    return None


CONTINUATION_REASON = "a conversation with {}, whose interview is on this calendar"
_CLOSE_TO_ITS_INTERVIEWS = timedelta(days=45)
_SHORT_MINUTES = 120
# evidence against that a follow-up conversation may carry: a to-do word in the title of an invitation
# the organisation sent names their meeting ("Follow-up"), not the user's task
_THEIR_MEETING = frozenset({"deadline_in_title", "deadline_anywhere"})


@dataclass(frozen=True)
class Continuing:
    """The hiring processes of one calendar that an event may continue: each job interview process's
    organisation, and when its interviews are."""

    me: tuple[str, ...]
    organisations: tuple[tuple[Organisation, datetime, datetime], ...]
    # the processes each address of someone in them belongs to, in the order of ``organisations``
    by_address: dict[str, tuple[int, ...]] = field(default_factory=dict)

    @classmethod
    def of(cls, interviews: Sequence[tuple[Sighting, datetime, datetime]], me: Iterable[str]) -> Continuing:
        """The processes of ``interviews``: each one as its process sees it (names completed), its start
        and its end."""
        me = tuple(me)
        spans = []
        by_address: dict[str, list[int]] = {}
        for organisation in organisations([sighting for sighting, _start, _end in interviews], me):
            for address in organisation.addresses:
                by_address.setdefault(address, []).append(len(spans))
            spans.append((organisation, min(interviews[i][1] for i in organisation.members),
                          max(interviews[i][2] for i in organisation.members)))
        return cls(me, tuple(spans), {address: tuple(at) for address, at in by_address.items()})

    def of_someone_in(self, event: CalendarEvent) -> bool:
        """Whether someone on ``event`` is someone of a process, or its description may name one."""
        if "@" in event.description:
            return True
        organizer = event.organizer
        return (organizer is not None and organizer.email.lower() in self.by_address) or any(
            person.email.lower() in self.by_address for person in event.attendees)

    def with_address(self, address: str) -> list[tuple[Organisation, datetime, datetime]]:
        """The processes someone at ``address`` is in (one look up, not a walk over every process)."""
        return [self.organisations[at] for at in self.by_address.get(address.lower(), ())]


def continued(event: CalendarEvent, verdict: Detection, processes: Continuing) -> Detection:
    """``verdict`` on an event not found an interview, or an interview when the event continues a hiring
    process of its calendar: a short meeting the user attends, within weeks of its interviews, sent by a
    person of the process (met at its interviews, or who sent them) at its organisation, or the user's own
    entry with only such people, with nothing against an interview on it (a reference call with the same
    organisation is not the user's interview)."""
    if verdict.interview or event.all_day or not 0 < event.duration.total_seconds() / 60 <= _SHORT_MINUTES:
        return verdict
    if event.recurring:
        return verdict  # a weekly one-to-one is a standing meeting, no step of a hiring process
    if not processes.of_someone_in(event):
        return verdict  # (most events: no one on them is of any process, and nothing else could be)
    me = processes.me
    facts = EventFacts(event, me, _VOCABULARY)
    # the user's own note of a call or a meeting with someone, nobody invited, whose notes give the addresses of
    # those they talk to ("call w/ Sam"); not a test or a task of the process the notes give an address for
    own = event.organizer is None and not event.attendees
    noted = own and call_note(event.title) is not None
    # or their note of a step of the process ("Nile Crest – 2nd meeting w/ MD"), with someone new there perhaps
    stepped = own and not noted and _a_step_of_the_hiring(facts)
    if against.structural(facts) or not (facts.organizer_is_me or facts.me_attending is not None or noted
                                         or stepped):
        return verdict
    people = people_met(facts)
    organizer = facts.organizer
    theirs = organizer is not None and address_kind(organizer.email, organizer.name) == "person"
    # someone the user already met in the process (or who sent its invitations): a lunch set up with
    # someone new there is networking, an onboarding appointment is not part of the hiring
    whom = (organizer.email,) if theirs else tuple(p.email for p in people)
    if organizer is not None and not theirs:
        # a mailbox's invitation is no conversation, unless the organisation's scheduling mailbox sends it for
        # people of its own, one of them met in the process ("Next step: case discussion with Megan and Daniel")
        whom = _met_first(whom, processes) if _a_step_of_the_hiring(facts) else ()
        if not whom:
            return verdict
    sent_for = (organizer.email,) if organizer is not None and not theirs else ()  # the mailbox, at it too
    # a process every one of ``whom`` is in holds the first of them: only those are looked at, in order
    # (the user's own note may name someone new there beside them: "also talk to their ops lead")
    organisation = next((o for o, first, last in (processes.with_address(whom[0]) if whom else ())
                         if first - _CLOSE_TO_ITS_INTERVIEWS <= event.start <= last + _CLOSE_TO_ITS_INTERVIEWS
                         and belongs((*whom, *sent_for), o, me)
                         and (noted or sent_for or all(address.lower() in o.addresses for address in whom))),
                        None)
    if organisation is None and stepped and whom:
        organisation = next((o for o, first, last in processes.organisations
                             if first - _CLOSE_TO_ITS_INTERVIEWS <= event.start <= last + _CLOSE_TO_ITS_INTERVIEWS
                             and belongs(whom, o, me)), None)
    if organisation is None:
        return verdict
    found: Found = {}
    against.gather(facts, found)
    if set(found) - (_THEIR_MEETING if theirs else frozenset()):
        return verdict
    company = _named_by_itself(facts, organisation.company) or organisation.company
    reason_text = CONTINUATION_REASON.format(company or "the organisation")
    return Detection(True, confidence(0.0), kind="job", company=company, role=organisation.role,
                     mode=find_mode(facts, None), people=people, why=(reason_text,))


# the words an invitation or the user's note says a step of a hiring process in (its stage named or not)
_NEXT_STEP = re.compile(r"\b(?:next step|next stage|following step|final step|(?:2nd|second|3rd|third) meeting"
                        r"|nächste[rn]? (?:schritt|runde)|prochaine étape"
                        r"|(?:próxim[oa]|siguiente) (?:paso|etapa|fase)|volgende (?:stap|ronde)"
                        r"|prossim[oa] (?:fase|step)|następny etap|nästa steg|neste steg|næste skridt)\b",
                        re.IGNORECASE)


def _a_step_of_the_hiring(facts: EventFacts) -> bool:
    """True when the event's words say it is a step of a hiring process: a stage, or its next step."""
    hits = (*facts.title_hits, *facts.text_hits)
    return any(key.startswith("stage") for key in hits) or bool(
        _NEXT_STEP.search(facts.title) or _NEXT_STEP.search(facts.description[:1500]))


def _met_first(addresses: tuple[str, ...], processes: Continuing) -> tuple[str, ...]:
    """``addresses`` with the first one met in a process of the calendar put first; nothing when none was."""
    met = next((address for address in addresses if processes.with_address(address)), None)
    return (met, *(address for address in addresses if address != met)) if met else ()


def _named_by_itself(facts: EventFacts, theirs: str | None) -> str | None:
    """The company a conversation that continues a hiring process names itself, before ``theirs``, the one its
    process gives: the agency, when its recruiter keeps the client's name back (the client a later interview names
    is not yet who the user talks to); or another organisation than ``theirs`` (no word in common) that its title
    or text names and the address of someone on it spells (the client an agency's recruiter now names)."""
    company, why = find_company(facts)
    if company is None or why is None:
        return None
    if undisclosed_client(facts):
        return company
    named = "domain matches the company" in why or "a recruiter's client" in why  # (as company_finders says)
    if named and theirs and not {squash(w) for w in company.split()} & {squash(w) for w in theirs.split()}:
        return company
    return None


def sighting_of(event: CalendarEvent, verdict: Detection) -> Sighting:
    """An interview as its hiring process sees it: its names, and the addresses that say which
    organisation it is with (the people met, the organizer)."""
    organizer = (event.organizer.email,) if event.organizer is not None else ()
    return Sighting(verdict.company, verdict.role, verdict.kind, tuple(p.email for p in verdict.people) + organizer)


def with_process(verdict: Detection, completion: Completion) -> Detection:
    """``verdict`` with the company and role its hiring process gives, saying so among its reasons."""
    if not completion.changed:
        return verdict
    added = (COMPANY_REASON,) * completion.company_changed + (ROLE_REASON,) * completion.role_changed
    return replace(verdict, company=completion.company, role=completion.role,
                   why=partial(_with_reasons, verdict, added))


def _with_reasons(verdict: Detection, added: tuple[str, ...]) -> tuple[str, ...]:
    return verdict.reasons + added


def evidence_of(event: CalendarEvent, me: Iterable[str]) -> Evidence:
    """Everything detection finds on ``event``, the extraction's evidence included, unweighed."""
    facts = EventFacts(event, me, _VOCABULARY)
    ruled_out = against.structural(facts) or (None if promising(facts) else "no interview wording")
    if ruled_out:
        return Evidence(ruled_out, {})
    found, _informational = gather(facts)
    against.gather(facts, found)
    _extraction(facts, found)
    return Evidence(None, found)


# the company as the title names it: after a marker ("Interview at ..."), or with its legal form ("– Glas a Gwyn Cyf"),
# which names an organisation as surely, in every language
_NAMED_IN_THE_TITLE = frozenset({"company named in the title", "company registered in the title"})


def _extraction(facts: EventFacts, found: Found) -> tuple[str | None, str | None]:
    """The company and role, adding the evidence they give to ``found``."""
    company, company_reason = find_company(facts)
    role = find_role(facts, company)
    if company_reason and company_reason.startswith(("organizer domain", "attendee domain")):
        found["company_named_by_domain"] = company_reason
    elif company_reason in _NAMED_IN_THE_TITLE:
        found["company_named_in_title"] = company
    if role:
        found["names_a_role"] = role
    return company, role


def _without(people: tuple[Person, ...], referrer: Person | None, event: CalendarEvent) -> tuple[Person, ...]:
    """The people met, less the person who referred the user when only the text names them (one
    invited to the interview is met there too)."""
    if referrer is None or not referrer.email or any(p.email.lower() == referrer.email for p in event.attendees):
        return people
    return tuple(p for p in people if p.email.lower() != referrer.email)


@lru_cache(maxsize=64)
def _not_an_interview(why: str) -> Detection:
    """The verdict on an event ruled out for one reason; there are few reasons, so it is shared
    (a ``Detection`` is frozen)."""
    return Detection(False, 0.0, why=(why,))


def _silent_reasons(facts: EventFacts) -> tuple[str, ...]:
    """The one reason of an event nothing speaks for: the first kind of evidence against an interview
    its wording holds (most such events are never explained, so it is looked for when asked)."""
    return (against.first_kind(facts) or "no interview wording",)


def _no(found: Found, score: float, weights: Weights) -> Detection:
    """Not an interview, with its reasons worded when asked for."""
    return _no_interview(confidence(score), partial(_reasons_against, found, weights))


def _reasons_against(found: Found, weights: Weights) -> tuple[str, ...]:
    """The evidence against first (weightiest first), then what spoke for it."""
    against_it = sorted((weights.weights[name], name) for name in found if weights.weights[name] < 0)
    lead = [reason(name, found[name]) for weight, name in against_it if weight <= _STRONG_AGAINST]
    rest = [reason(name, found[name]) for weight, name in against_it if weight > _STRONG_AGAINST]
    for_it = [f"for it: {reason(name, found[name])}" for name in found if weights.weights[name] > 0]
    head = lead or ["not enough evidence"]
    return tuple(head + rest + for_it)


def _reasons_for(found: Found, weights: Weights) -> tuple[str, ...]:
    """An interview's reasons: the evidence for it as found, then what was weighed against it."""
    for_it = [reason(name, found[name]) for name in found if weights.weights[name] > 0]
    against_it = [f"weighed against: {reason(name, found[name])}" for name in found if weights.weights[name] < 0]
    return tuple(for_it + against_it)

