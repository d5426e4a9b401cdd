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
from dataclasses import dataclass
from functools import lru_cache

from .domains import (
    NAME_ENDINGS, PUBLIC_BODIES, TOKEN, domain_label, label_forms, split_label, spelled_phrase, squash, tidy,
)
from .company_names import (
    LEGAL_FORM_AHEAD, LEGAL_FORM_SOMEWHERE, TIME_WORD, abbreviates, full_name_ahead, is_place, is_service,
    name_prefixes, runs, without_legal_form,
)
from .facts import EventFacts
from .lexicon import LEXICON
from .japanese import japanese_company, registered_company
from .role import split_parts
from .scanner import fold, trie_pattern
from .systems import FREEMAIL, is_no_reply, is_role_mailbox, system_of_domain

_MARKER_WORDS = ["at", "bei", "chez", "presso", "bij", "junto a", "ex", "formerly at", "former", "from", "für", "pour",
                 "na", "no", "en", "em"]  # pt/es "at": "na Pitanga Pagamentos", "en Yacaré Games"


def _marker(words: list[str]) -> re.Pattern:
    return re.compile(r"(?:\b(?:" + trie_pattern(words) + r")\s+|@\s*|\bex-)(?=[^\W\d_])", re.IGNORECASE)


# words after which a company is named ("at Contoso", "bei Fabrikam", "ex-Contoso")
_MARKER = _marker(_MARKER_WORDS)
_MARKER_OR_WITH = _marker(_MARKER_WORDS + ["with", "mit", "avec", "con", "com", "met", "for", "para", "per", "voor"])
# an agency recruiter's client: "our client Contoso", "Client: Contoso", "unserem Mandanten, der Contoso GmbH"
_CLIENT_MARKER = re.compile(
    r"\b(?:" + trie_pattern({p.rstrip(".").lower() for p in LEXICON.phrases("agency", "client")}) + r")\s*[:,]?\s+"
    r"(?:(?:der|die|das|the|la|le|el|o|a|het)\s+)?(?=[^\W\d_])",
    re.IGNORECASE,
)
_BRACKETS = re.compile(r"[(（]([^()（）]{2,40})[)）]")
_CONNECTORS = frozenset("& and of de du des la le del y e van der den von für und".split())
_NOT_COMPANIES = frozenset(
    "zoom teams microsoft google meet phone video onsite remote office hq tbd call interview interviews"
    " the a an my your our today tomorrow monday tuesday wednesday thursday friday saturday sunday"
    " whatsapp telegram signal slack skype discord linkedin webex hangouts facetime".split()
)
_ABBREVIATIONS = frozenset("st ste mt ft dr mr mrs ms".split())  # inside names: "St. Gallen", "Dr. Oetker"
_MAILBOX_WORDS = re.compile(
    r"\b(?:recruiting|recruitment|recruiter|talent acquisition|talent|careers?|jobs|hiring|hr|human resources"
    r"|people( ops| team)?|team|interviews?|scheduling|karriere|recrutement|recrutamento|rh|rrhh|selección"
    r"|seleção|selezione|reclutamento|werving|採用担当|採用|人事)\b",
    re.IGNORECASE,
)
_VIA = re.compile(r"\s+(?:via|through|über|par|vía|por|tramite)\s+\S+.*$", re.IGNORECASE)


@dataclass
class Candidate:
    """A name a finder proposes for the company, how much it trusts it, and why."""

    name: str
    score: float
    reason: str


def find_company(facts: EventFacts) -> tuple[str | None, str | None]:
    """(company, reason) for an interview, or (None, None) when nothing names one."""
    candidates = []
    # the most a candidate's score can rise when ranked: said in every text, a legal form after it
    # (only where a text writes one), a short form merged into it
    texts = [text for _place, text in _sources(facts) if text]
    with_legal = [text for text in texts if LEGAL_FORM_SOMEWHERE.search(text)]
    most_bonus = 0.4 * 3 + 0.1 + (1.5 if with_legal else 0.0)
    lead = -1.0  # the best score so far, when no longer name may spell it out (it is no acronym)
    for finder, best_it_gives in _FINDERS:
        # a finder whose best candidate, with every bonus, could not beat one found already is skipped
        if lead >= best_it_gives + most_bonus:
            continue
        found = finder(facts)
        if found:
            candidates += found
            top = max(found, key=lambda c: c.score)
            if top.score > lead:
                lead = -1.0 if _ACRONYM.search(top.name) else top.score
    if max((c.score for c in candidates), default=0.0) < 2.0:  # nothing better: the title's own words
        candidates += _from_title_words(facts)
    best = _best(facts, candidates, texts, with_legal)
    if best is None:
        return None, None
    name = best.name
    if not best.reason.startswith(("organizer domain", "attendee domain")):
        name = _written_in_full(facts, name)
    return without_legal_form(name), best.reason


def _best(facts: EventFacts, candidates: list[Candidate], texts: list[str], with_legal: list[str]) -> Candidate | None:
    """The best candidate once merged by name, after leaving out systems, places, people and the
    user. A short form of another candidate's name ("Northstar GBS", "KRI") gives way to the full
    name; a name the title, the description, the location and the organizer's name agree on gains
    (``texts``: those four; ``with_legal``: those that write a legal form)."""
    merged: dict[str, Candidate] = {}
    for candidate in candidates:
        key = squash(without_legal_form(candidate.name))
        if not key or is_service(candidate.name):
            continue
        if key not in merged or candidate.score > merged[key].score:
            merged[key] = candidate
    for key, candidate in sorted(merged.items(), key=lambda item: len(item[0])):
        if len(merged) < 2 or not _SHORT_FORM.search(candidate.name):
            continue  # only a short form ("Northstar GBS", "KRI", "Zzfoods") gives way to a full name
        for other_key, other in list(merged.items()):
            if key in merged and len(other_key) > len(key) and _shortens(candidate.name, other.name):
                merged[other_key] = Candidate(other.name, max(candidate.score + 0.1, other.score), other.reason
                                              if other.score >= candidate.score else candidate.reason)
                del merged[key]
    ranked = []
    folded = [text.casefold() for text in texts]
    for candidate in merged.values():
        if candidate.score < 6 and is_place(candidate.name, facts.event.time_zone, texts):
            continue
        name = candidate.name.casefold()
        said = sum(1 for text in folded if name in text)
        legal = 1.5 if said and any(_legal_form_after(text, candidate.name) for text in with_legal) else 0.0
        ranked.append(Candidate(candidate.name, candidate.score + 0.4 * max(0, said - 1) + legal, candidate.reason))
    return max(ranked, key=lambda c: c.score, default=None)


# what a short form of a name looks like: a word in capitals, or a single word run together
_SHORT_FORM = re.compile(r"\b[A-Z]{2,6}\b|^[A-Z]?[a-z]+$")


def _legal_form_after(text: str, name: str) -> bool:
    """True when ``text`` writes ``name`` with a legal form after it ("Sahyadri Paints Ltd")."""
    at = text.find(name)
    while at >= 0:
        if LEGAL_FORM_AHEAD.match(text[at + len(name): at + len(name) + 12]):
            return True
        at = text.find(name, at + 1)
    return False


def _shortens(short: str, full: str) -> bool:
    """True when ``short`` is a short form of ``full``: its letters abbreviate it ("Northstar GBS",
    "KRI", "Zzfoods" for "Northstar Global Business Services", "Kelworth Royal Infirmary", "Zuiderzee Foods")."""
    squashed = squash(short)
    return len(squashed) >= 2 and abbreviates(f"{squashed}.x", full, loose=squashed.isalpha() and short[:1].isupper())


def _people_met_domains(facts: EventFacts) -> frozenset[str]:
    """Domains of the attendees other than the organizer (who may only have set the meeting up)."""
    organizer = facts.organizer
    return frozenset(p.domain for p in facts.others if organizer is None or p.email != organizer.email)


def _sources(facts: EventFacts) -> list[tuple[str, str]]:
    """(place, text) for the title, the organizer's name, the description's start and the location;
    computed once for an event."""
    sources = facts.__dict__.get("_company_sources")
    if sources is None:
        organizer = facts.organizer
        sources = [("title", facts.title)]
        if organizer and organizer.name:
            sources.append(("organizer's name", organizer.name))
        sources += [("description", facts.description[:1500]), ("location", facts.event.location)]
        facts.__dict__["_company_sources"] = sources
    return sources


_PLACE_BONUS = {"title": 0.3, "organizer's name": 0.2, "description": 0.1, "location": 0.0}


def _by_domain(facts: EventFacts) -> list[Candidate]:
    """Phrases whose letters spell an organisation's domain, or that it abbreviates ("Zuiderzee Foods"
    for zzfoods.nl), written in full when the text shows a longer name ("Nordhaven Shipping"). The
    domains are those of the people on the invitation, then those of addresses the description gives."""
    organizer_domain = facts.organizer.domain if facts.organizer else None
    met = _people_met_domains(facts)
    found = []
    # addresses the description gives name the company when nobody else on the invitation does
    domains = [(d, 6.0) for d in facts.naming_domains] or [(d, 5.5) for d in _written_domains(facts)]
    texts = [(place, text, None) for place, text in _sources(facts) if text]
    for domain, base in domains:
        who = "organizer" if domain == organizer_domain else "attendee"
        found += _named_by(facts, domain, base + (0.5 if domain in met else 0.0), who, texts)
    return found


def _named_by(facts: EventFacts, domain: str, base: float, who: str, texts: list) -> list[Candidate]:
    """What ``domain`` spells or abbreviates in ``texts`` ([place, text, its runs (filled in once)])."""
    found = []
    forms = label_forms(domain)
    initial = domain_label(domain)[:1]
    written: dict[str, str] = {}
    for place, text, _runs in texts:  # the first text that spells it (the others count when ranked)
        phrase = spelled_phrase(text, forms)
        if phrase and not facts.names_me(phrase.lower()):
            if phrase not in written:
                written[phrase] = _written_in_full(facts, phrase)
            found.append(Candidate(written[phrase], base + _PLACE_BONUS[place],
                                   f"{who} domain matches the company in the {place}"))
            break
    if found and not any(_ACRONYM.search(c.name) for c in found):
        return found  # spelled as it is: no need to look for a longer name it shortens
    for index, (place, text, text_runs) in enumerate(texts):
        if text_runs is None:
            text_runs = runs(text[:1500])
            texts[index] = (place, text, text_runs)
        for run in text_runs:
            if initial.upper() not in run and initial not in squash(run):
                continue
            full = _expanded(facts, domain, run)
            if full:
                found.append(Candidate(full, base + 0.4 + _PLACE_BONUS[place],
                                       f"{who} domain matches the company in the {place} (written in full)"))
    return found


# a word in capitals inside a spelled name ("Northstar GBS"): the text may give it in full elsewhere
_ACRONYM = re.compile(r"\b[A-Z]{2,5}\b")


def _expanded(facts: EventFacts, domain: str, run: str) -> str | None:
    """The beginning of ``run`` the domain is a short form of, if any (strictly, or loosely where the
    text shows the phrase is a company's name: a legal form after it, a signature, said twice)."""
    for phrase in name_prefixes(run.strip(" .,&"), domain_label(domain)[:1]):
        if abbreviates(domain, phrase) or (abbreviates(domain, phrase, loose=True) and _named_as_company(facts, phrase)):
            return phrase if _plausible(facts, phrase) else None
    return None


def _named_as_company(facts: EventFacts, phrase: str) -> bool:
    said = 0
    for _place, text in _sources(facts):
        at = text.find(phrase) if text else -1
        while at >= 0:
            said += 1
            end = at + len(phrase)
            line_start, line_end = text.rfind("\n", 0, at) + 1, text.find("\n", end)
            line = text[line_start: line_end if line_end >= 0 else len(text)]
            if LEGAL_FORM_AHEAD.match(text[end:end + 12]) or " | " in line or "|" in line.strip()[:1]:
                return True
            at = text.find(phrase, end)
    return said >= 2


def _written_domains(facts: EventFacts) -> list[str]:
    """Domains of addresses the description gives ("marguerite.tessier@cedarvalehealth.ca"), not the
    user's, not free mail, not a system's, not already on the invitation."""
    if "@" not in facts.description:
        return []
    known = set(facts.company_domains) | set(facts.my_domains)
    found = []
    for domain in _ADDRESS_DOMAIN.findall(facts.description[:1500].lower()):
        if domain not in known and domain not in FREEMAIL and system_of_domain(domain) is None and domain not in found:
            found.append(domain)
    return found[:2]


_ADDRESS_DOMAIN = re.compile(r"[\w.+-]+@([\w-]+(?:\.[\w-]+)+)")


def _written_in_full(facts: EventFacts, phrase: str) -> str:
    """``phrase`` with the name endings it has elsewhere on the invitation: a title's "(ICU, Mercy Quay)"
    is "Mercy Quay Hospital" when the description writes it so, "Nordhaven" is "Nordhaven Shipping"."""
    for _place, text in _sources(facts):
        longer = full_name_ahead(text, phrase) if text else None
        if longer:
            return _with_article(facts, longer)
    phrase = _with_article(facts, phrase)
    for _place, text in _sources(facts):
        if text and f" of {phrase}" in text:  # "Glenhaven" is "City of Glenhaven" in the description
            body = next((b for b in PUBLIC_BODIES if f"{b} of {phrase}" in text), None)
            if body:
                return f"{body} of {phrase}"
        at = text.find(phrase) if text else -1
        while at >= 0:
            position, endings = at + len(phrase), []
            while len(endings) < 3 and (word := _NEXT_WORD.match(text, position)) and (
                    word.group(1).lower() in NAME_ENDINGS):
                endings.append(word.group(1))
                position = word.end()
            if endings:
                return f"{phrase} {' '.join(endings)}"
            at = text.find(phrase, at + 1)
    return phrase


_NEXT_WORD = re.compile(r"[ \t]+([A-Z][\w'’]*)")
_THE = re.compile(r"(?:[|–—]\s*|\bat\s+)(The|De|La|Le|El|Il|Der|Die|Das|Het)\s+$")


def _with_article(facts: EventFacts, phrase: str) -> str:
    """``phrase`` with the article that starts the name where a signature or an address writes it
    ("Executive Chef | The Gilded Lantern Hotel")."""
    for _place, text in _sources(facts):
        at = text.find(phrase) if text else -1
        while at > 0:
            if text[at - 1] == " ":  # an article is a word before it
                article = _THE.search(text, max(0, at - 12), at)
                if article:
                    return f"{article.group(1)} {phrase}"
            at = text.find(phrase, at + 1)
    return phrase


def _title_markers(facts: EventFacts) -> list[Candidate]:
    """A company after a marker in the title ("Interview at Contoso"), in its brackets, or written the
    Japanese way."""
    return _markers(facts, "title", facts.title, 4.0)


def _description_markers(facts: EventFacts) -> list[Candidate]:
    """A company after a marker in the description ("your interview at Contoso")."""
    return _markers(facts, "description", facts.description[:1500], 3.5)


def _markers(facts: EventFacts, place: str, text: str, score: float) -> list[Candidate]:
    found = []
    if not text.isascii():
        description = facts.description[:1500]
        registered = None if description.isascii() else registered_company(description)
        phrase = japanese_company(text, place, lambda p: _plausible(facts, p), registered)
        if phrase:
            found.append(Candidate(phrase, score + 0.5, f"company named in the {place}"))
    if not facts.agency_domains:  # an agency's recruiter names its client: see _agency_client
        marked = _first_marked(facts, text, _MARKER)
        if marked:
            found.append(Candidate(marked, score, f"company named in the {place}"))
    if place == "title":  # brackets in descriptions hold anything: "(US)", "(optional)"
        bracketed = _bracketed(facts, text)
        if bracketed:  # "(¿Quetzal Analytics?)": the user's own guess at the company
            guess = facts.event.organizer is None and (f"{bracketed}?" in text or f"{bracketed} ?" in text)
            found.append(Candidate(bracketed, 5.0 if guess else 2.5, "company in the title's brackets"))
    return found


def _agency_client(facts: EventFacts) -> list[Candidate]:
    """The client a recruiter recruits for: "our client Contoso", "onze opdrachtgever Brabantse
    Koffiebranderij", or the company an organisation that reads like an agency names."""
    found = []
    if facts.agency_suspects:
        client = _client_of_suspected_agency(facts)
        if client:
            found.append(Candidate(client, 9.0, "company named in the text, set up by a recruitment agency"))
    for place, text, hits in (("title", facts.title, facts.title_hits),
                              ("description", facts.description[:1500], facts.text_hits)):
        client = _first_marked(facts, text, _CLIENT_MARKER) if "client" in hits else None
        if client:
            found.append(Candidate(client, 7.0, f"company named in the {place}, a recruiter's client"))
        elif facts.agency_domains:  # an agency recruiter's "Interview with Contoso": the company is the client
            client = _first_marked(facts, text, _MARKER_OR_WITH)
            if client:
                found.append(Candidate(client, 8.0, f"company named in the {place}"))
    return found


def _client_of_suspected_agency(facts: EventFacts) -> str | None:
    """The company an organisation that reads like an agency names as the one to meet ("Interview with
    Contoso", "bei Fabrikam"), when that is not the organisation itself."""
    own = [label_forms(domain) for domain in facts.agency_suspects]
    for text in (facts.title, facts.description[:1500]):
        for markers in (_CLIENT_MARKER, _MARKER_OR_WITH):
            for marker in markers.finditer(text):
                phrase = _capitalised_run(text[marker.end():])
                if phrase and not any(spelled_phrase(phrase, forms) for forms in own) and _plausible(facts, phrase):
                    return phrase
    return None


def _first_marked(facts: EventFacts, text: str, markers: re.Pattern) -> str | None:
    for marker in markers.finditer(text):
        phrase = _capitalised_run(text[marker.end():])
        if phrase and _plausible(facts, phrase):
            return phrase
    return None


def _bracketed(facts: EventFacts, text: str) -> str | None:
    for match in _BRACKETS.finditer(text):
        inner = match.group(1).strip(" ?¿")  # "(Contoso?)", "(¿Contoso?)": the user's guess at the company
        phrase = _capitalised_run(inner) if inner.isascii() else inner
        if phrase and phrase == inner and _plausible(facts, phrase):
            return phrase
    return None


def _capitalised_run(text: str) -> str | None:
    words: list[str] = []
    end = 0
    for match in TOKEN.finditer(text[:80]):
        if words and not text[end:match.start()].isspace():
            break  # a bracket or a dash between words: "Contoso (Seattle)", "Contoso – Data"
        end = match.end()
        word = match.group()
        if TIME_WORD.match(word):
            break  # "Trattoria Sette Ponti 3pm": a time ends the name
        if word[0].isupper() or word[0].isdigit():
            words.append(word)
        elif word.lower() in _CONNECTORS and words:
            words.append(word)
        else:
            break
        if len(words) >= 5 or text[match.end(): match.end() + 1] in (",", ".", ")", ":", ";"):
            break
        if word[-1] == "." and _ends_sentence(word):
            break
    while words and words[-1].lower() in _CONNECTORS:
        words.pop()
    return tidy(" ".join(words)) if words else None


def _ends_sentence(word: str) -> bool:
    """True for a word that closes a sentence ("Analytics."), not an initial or abbreviation ("J.", "S.A.")."""
    bare = word[:-1]
    return len(bare) > 1 and "." not in bare and bare.lower() not in _ABBREVIATIONS


def _plausible(facts: EventFacts, phrase: str) -> bool:
    lowered = phrase.lower()
    if lowered in _NOT_COMPANIES or len(squash(phrase)) < 3:
        return False
    if _REFERENCE.search(phrase) or _units_only(lowered) or lowered.split()[0] in _YOURS:
        return False  # "Job Ref 284-KRI-26-0117", "Surgical Division", "NHS Foundation"
    hits = facts.vocabulary.scan(fold(phrase))
    if "role" in hits or any(tag.startswith(("interview", "stage", "info")) for tag in hits):
        return False
    if any(found == lowered and tag.startswith(("mode=", "career")) for tag, found in hits.items()):
        return False  # "（オンライン）", "(Karriere)": how or what the meeting is about
    return not _is_person(facts, phrase)


# a reference number ("284-KRI-26-0117", "JR104233") or the words that announce one
_REFERENCE = re.compile(r"\b(?:job )?(?:ref|reference|req|requisition|vacancy|posting|id)\b\.?\s*:?\s*\S*\d"
                        r"|\b\w*\d\w*-\w*\d|\b\d{4,}\b|\b[A-Z]{1,4}-\d{1,4}\b", re.IGNORECASE)
# "Ihre Bewerbung", "your application": a phrase about the user, not an organisation
_YOURS = frozenset("your ihre ihr ihrer deine dein votre vos ta tu tus su sus sua seu teu je jouw uw".split())
# parts of an organisation, and the words that only say what kind of organisation it is
_UNITS = frozenset("division department directorate ward unit team office services service abteilung département"
                   " departamento dipartimento afdeling nhs foundation trust".split())
_UNIT_ENDINGS = frozenset("division department directorate ward unit abteilung département departamento dipartimento"
                          " afdeling".split())


def _units_only(lowered: str) -> bool:
    words = lowered.split()
    return bool(words) and (words[-1] in _UNIT_ENDINGS or all(word in _UNITS for word in words))


def _is_person(facts: EventFacts, phrase: str) -> bool:
    """True when ``phrase`` is the user's name or the name of someone on the invitation."""
    lowered = phrase.lower()
    if facts.names_me(lowered):
        return True
    for person in (facts.organizer, *facts.others):
        if person is None or not person.name or is_role_mailbox(person.email) or is_no_reply(person.email):
            continue
        name = person.name.lower()
        if system_of_domain(person.domain) is None and (lowered == name or lowered.startswith(name + " ")):
            return True  # "Nathalie Girard Talent Acquisition" is a person and their team
    return False


_NAME_WORD = r"(?:St\.|[A-Z][\w'’-]+)"
# "Harrowfield General Hospital", "Lakeshore Health Centre", "Universität Wendelstein", "University of Lamna"
_INSTITUTION = re.compile(
    rf"\b(?:{_NAME_WORD}\s+){{1,4}}?(?:(?:General|University|Royal|Private|Children's|Regional|Community)\s+)*"
    r"(?:Hospital|Infirmary|Clinic|Health Cent(?:re|er)|Medical Cent(?:re|er)|Medical Practice|Dental Practice"
    r"|Hospice|Institute)\b"
    r"|\b(?:University|Universität|Universite|Université|Università|Universidad|Universidade|Universiteit|Hochschule"
    rf"|Institut|Instituto|Istituto)(?:\s+(?:of|de|di|du|des|der|van|do|da|for|für))?(?:\s+{_NAME_WORD}){{1,3}}"
)


_VENUE_NOISE = re.compile(r"\d|https?:|www\.|zoom|teams|meet|google|webex|phone|telefon|online|remote|home|room|raum"
                          r"|salle|sala|zaal|building|floor|suite|office|bureau|büro|oficina|escritório", re.IGNORECASE)


def _venue(facts: EventFacts) -> list[Candidate]:
    """The place the location names first ("Casa Amparo, Carrer de la Reina 61"): often the
    employer's own premises, a candidate when the text says it too."""
    location = facts.event.location
    first = location.split(",")[0].split(" – ")[0].split(" - ")[0].strip() if location else ""
    if not first or _VENUE_NOISE.search(first) or first == location.strip() and "," not in location:
        return []
    phrase = _capitalised_run(first)
    if not phrase or phrase != first or len(phrase.split()) > 5 or not _plausible(facts, phrase):
        return []
    return [Candidate(phrase, 1.5, "company named in the location")]


def _named_institution(facts: EventFacts) -> list[Candidate]:
    """A hospital, clinic, university or institute named in full (staff of the NHS and of many
    universities write from shared or unrelated domains)."""
    for place, text in _sources(facts):
        for match in _INSTITUTION.finditer(text or ""):
            phrase = tidy(match.group())
            if _plausible(facts, phrase):
                return [Candidate(phrase, 3.5, f"institution named in the {place}")]
    return []


def _from_mailbox_name(facts: EventFacts) -> list[Candidate]:
    """The company a recruiting team's name holds ("Lantau Ridge Capital Campus Recruiting"), or the
    one an applicant-tracking system sends in the name of ("Ventos do Sul Energia (via Gupy)")."""
    organizer = facts.organizer
    if organizer is None or not organizer.name or "@" in organizer.name:
        return []
    via = _VIA.search(organizer.name)
    if not _MAILBOX_WORDS.search(organizer.name) and not (via and facts.sender_system):
        return []
    name = _MAILBOX_WORDS.sub(" ", _VIA.sub("", organizer.name))
    name = " ".join(name.split()).strip(" -–|,&")
    if len(squash(name)) < 2 or name.lower() in _NOT_COMPANIES:
        return []
    return [Candidate(name, 3.0, "company from the recruiting mailbox's name")]


def _from_domain(facts: EventFacts) -> list[Candidate]:
    domains = facts.naming_domains
    if not domains:
        return []
    met = _people_met_domains(facts)
    found = []
    for rank, domain in enumerate(domains[:3]):
        company = _domain_company(domain)
        if company is not None:
            who = "organizer" if facts.organizer and facts.organizer.domain == domain else "an attendee"
            score = 2.0 - 0.1 * rank + (0.3 if domain in met else 0.0)
            found.append(Candidate(company, score, f"company from {who}'s domain".replace("organizer's", "the organizer's")))
    return found


def _own_organisation(facts: EventFacts) -> list[Candidate]:
    """The user's own organisation, for an interview only colleagues are on (an internal application)."""
    if facts.company_domains or not facts.my_domains:
        return []
    found = []
    for domain in dict.fromkeys(d for _person, d in facts.everyone_else if d in facts.my_domains):
        named = _named_by(facts, domain, 1.5, "your", [(p, t, None) for p, t in _sources(facts) if t])
        found += [Candidate(c.name, c.score, "your own organisation (an interview inside it)") for c in named]
        company = _domain_company(domain)
        if company and not named:
            found.append(Candidate(company, 1.2, "your own organisation (an interview inside it)"))
    return found


@lru_cache(maxsize=4096)
def _domain_company(domain: str) -> str | None:
    """The company a domain names as a person would write it: "tailspintoys.com" -> "Tailspin Toys"."""
    label = min(label_forms(domain), key=len)  # "litwareinc" -> "litware"
    if len(label) < 3:
        return None  # "mn.gov", "hp.com": letters, not a name a person would write
    hyphenated = [w for w in domain_label(domain).split("-") if w]
    words = hyphenated if len(hyphenated) > 1 else split_label(label)
    if len(words) == 1 and len(words[0]) <= 3:
        return words[0].upper()  # "ibm.com" -> "IBM"
    return " ".join(w.capitalize() for w in words)


_WITH = frozenset("with w/ mit avec con com met con and y und et e en".split())


def _from_title_words(facts: EventFacts) -> list[Candidate]:
    """Capitalised words of the title that are not interview words, people or a role.

    The last resort, for events nobody else is on ("Contoso onsite"); a name after "with" is
    taken for a person.
    """
    if _PERSON_TITLE.match(facts.title):
        return []  # "Marguerite Tessier": the title is someone's name
    people = {w.lower() for p in (facts.organizer, *facts.others) if p and p.name for w in p.name.split()}
    noise = interview_words(facts.vocabulary) | people | facts.my_name_words
    for segment in split_parts(facts.title.replace(",", " | ")):
        phrase = tidy(" ".join(_capitalised_words(TOKEN.findall(segment), noise)))
        if phrase and _plausible(facts, phrase):
            return [Candidate(phrase, 1.0, "company guessed from the title's words")]
    return []


def _capitalised_words(words: list[str], noise: frozenset[str]) -> list[str]:
    run: list[str] = []
    for i, word in enumerate(words):
        bare = word.strip(".'’-&").lower()
        after_with = i > 0 and words[i - 1].lower() in _WITH
        if word[0].isupper() and bare not in noise and (run or not after_with):
            run.append(word)
        elif run:
            break
    return run


_PERSON_TITLE = re.compile(r"^[A-Z][a-zà-ÿ'’-]+(?:\s+(?:van|von|de|der|den|da|del|di|du|le|la)?\s*[A-Z][a-zà-ÿ'’-]+){1,2}$")
# each finder, and the highest score it gives (its candidates' bonuses come on top: _MOST_BONUS)
_FINDERS = ((_agency_client, 9.0), (_by_domain, 7.3), (_title_markers, 5.0), (_description_markers, 4.0),
            (_named_institution, 3.5), (_from_mailbox_name, 3.0), (_from_domain, 2.3), (_own_organisation, 7.3),
            (_venue, 1.5))


@lru_cache(maxsize=4)
def interview_words(vocabulary) -> frozenset[str]:
    """Single words of the vocabulary's interview, stage, job and mode phrases ("interview", "screen")."""
    return vocabulary.words_of(("interview", "interview?", "stage", "stage?", "info", "info?", "job", "mode=",
                                "x:", "x!:", "role"))
