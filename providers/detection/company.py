"""The company an interview is with, as a person would write it.

Text first: a phrase in the title or description whose letters spell an organizer or attendee
domain ("Margie's Travel" for margiestravel.com, "Alpine Ski House" for ash.de), then a phrase
after "at", "@", "bei", "chez"... or in brackets, then the name of a recruiting mailbox. The
domain itself is the fallback ("adventure-works.com" -> "Adventure Works").
"""
from __future__ import annotations

import re
from functools import lru_cache

from .domains import (
    NAME_ENDINGS,
    PUBLIC_BODIES,
    TOKEN,
    domain_label,
    label_forms,
    spelled_phrase,
    split_label,
    squash,
    tidy,
)
from .facts import EventFacts
from .japanese import japanese_company, registered_company
from .role import split_parts
from .scanner import fold, trie_pattern
from .systems import is_no_reply, is_role_mailbox, system_of_domain

_MARKER_WORDS = ["at", "bei", "chez", "presso", "bij", "junto a", "ex", "formerly at", "former", "from", "für", "pour",
                 "na", "no", "en", "em"]  # pt/es "at": "na Pitanga Pagamentos", "en Yacaré Games"


def _marker(words: list[str]) -> re.Pattern:
    return re.compile(r"(?:\b(?:" + trie_pattern(words) + r")\s+|@\s*|\bex-)(?=[^\W\d_])", re.IGNORECASE)


# words after which a company is named ("at Contoso", "bei Fabrikam", "ex-Contoso")
_MARKER = _marker(_MARKER_WORDS)
_MARKER_OR_WITH = _marker(_MARKER_WORDS + ["with", "mit", "avec", "con", "com", "met", "for", "para", "per", "voor"])
# an agency recruiter's client: "our client Contoso", "Client: Contoso", "unserem Mandanten, der Contoso GmbH"
_CLIENT_MARKER = re.compile(
    r"\b(?:client|cliente|mandanten?|kunden?|klant)\s*[:,]?\s+(?:(?:der|die|das|the|la|le|el|o|a|het)\s+)?"
    r"(?=[^\W\d_])",
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


def find_company(facts: EventFacts) -> tuple[str | None, str | None]:
    """(company, reason) for an interview, or (None, None) when nothing names one."""
    if facts.agency_suspects:
        client = _client_of_suspected_agency(facts)
        if client:
            return client, "company named in the text, set up by a recruitment agency"
    for finder in (_spelled_by_domain, _after_marker, _named_institution, _from_mailbox_name, _from_domain,
                   _own_organisation, _from_title_words):
        company, reason = finder(facts)
        if company:
            return (_written_in_full(facts, company) if finder is not _spelled_by_domain else company), reason
    return None, None


def _sources(facts: EventFacts) -> list[tuple[str, str]]:
    organizer = facts.organizer
    sources = [("title", facts.title)]
    if organizer and organizer.name:
        sources.append(("organizer's name", organizer.name))
    sources += [("description", facts.description[:1500]), ("location", facts.event.location)]
    return sources


def _spelled_by_domain(facts: EventFacts) -> tuple[str | None, str | None]:
    organizer_domain = facts.organizer.domain if facts.organizer else None
    for domain in facts.naming_domains:
        forms = label_forms(domain)
        for place, text in _sources(facts):
            phrase = spelled_phrase(text, forms)
            if phrase and not facts.names_me(phrase.lower()):
                who = "organizer" if domain == organizer_domain else "attendee"
                return _written_in_full(facts, phrase), f"{who} domain matches the company in the {place}"
    return None, None


def _written_in_full(facts: EventFacts, phrase: str) -> str:
    """``phrase`` with the name endings it has elsewhere on the invitation: a title's "(ICU, Mercy Quay)"
    is "Mercy Quay Hospital" when the description writes it so."""
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


def _after_marker(facts: EventFacts) -> tuple[str | None, str | None]:
    description = facts.description[:1500]
    registered = None if description.isascii() else registered_company(description)
    for place, text in (("title", facts.title), ("description", description)):
        phrase = None if text.isascii() else japanese_company(text, place, lambda p: _plausible(facts, p), registered)
        phrase = phrase or _marked(facts, text)
        if not phrase and place == "title":  # brackets in descriptions hold anything: "(US)", "(optional)"
            phrase = _bracketed(facts, text)
        if phrase:
            return phrase, f"company named in the {place}"
    return None, None


def _marked(facts: EventFacts, text: str) -> str | None:
    if not facts.agency_domains:
        return _first_marked(facts, text, _MARKER)
    # an agency recruiter's "our client Contoso", "Interview with Contoso": the company is the client
    return _first_marked(facts, text, _CLIENT_MARKER) or _first_marked(facts, text, _MARKER_OR_WITH)


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
        if word[0].isupper() or word[0].isdigit() or word.lower() in _CONNECTORS and words:
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


def _named_institution(facts: EventFacts) -> tuple[str | None, str | None]:
    """A hospital, clinic, university or institute named in full, when no domain spells the company
    (staff of the NHS and of many universities write from shared or unrelated domains)."""
    for place, text in _sources(facts):
        for match in _INSTITUTION.finditer(text or ""):
            phrase = tidy(match.group())
            if _plausible(facts, phrase):
                return phrase, f"institution named in the {place}"
    return None, None


def _from_mailbox_name(facts: EventFacts) -> tuple[str | None, str | None]:
    organizer = facts.organizer
    if organizer is None or not organizer.name or not _MAILBOX_WORDS.search(organizer.name):
        return None, None
    name = _MAILBOX_WORDS.sub(" ", _VIA.sub("", organizer.name))
    name = " ".join(name.split()).strip(" -–|,&")
    if len(squash(name)) < 2 or name.lower() in _NOT_COMPANIES:
        return None, None
    return name, "company from the recruiting mailbox's name"


def _from_domain(facts: EventFacts) -> tuple[str | None, str | None]:
    domains = facts.naming_domains
    if not domains:
        return None, None
    domain = domains[0]
    company = _domain_company(domain)
    if company is None:
        return None, None
    who = "organizer" if facts.organizer and facts.organizer.domain == domain else "an attendee"
    return company, f"company from {who}'s domain".replace("organizer's", "the organizer's")


def _own_organisation(facts: EventFacts) -> tuple[str | None, str | None]:
    """The user's own organisation, for an interview only colleagues are on (an internal application)."""
    if facts.company_domains or not facts.my_domains:
        return None, None
    for _person, domain in facts.everyone_else:
        if domain in facts.my_domains:
            forms = label_forms(domain)
            spelled = (spelled_phrase(text, forms) for _place, text in _sources(facts))
            company = next((phrase for phrase in spelled if phrase), None) or _domain_company(domain)
            if company:
                return company, "your own organisation (an interview inside it)"
    return None, None


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


def _from_title_words(facts: EventFacts) -> tuple[str | None, str | None]:
    """Capitalised words of the title that are not interview words, people or a role.

    The last resort, for events nobody else is on ("Contoso onsite"); a name after "with" is
    taken for a person.
    """
    people = {w.lower() for p in (facts.organizer, *facts.others) if p and p.name for w in p.name.split()}
    noise = interview_words(facts.vocabulary) | people | facts.my_name_words
    for segment in split_parts(facts.title.replace(",", " | ")):
        phrase = tidy(" ".join(_capitalised_words(TOKEN.findall(segment), noise)))
        if phrase and _plausible(facts, phrase):
            return phrase, "company named in the title"
    return None, None


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


@lru_cache(maxsize=4)
def interview_words(vocabulary) -> frozenset[str]:
    """Single words of the vocabulary's interview, stage, job and mode phrases ("interview", "screen")."""
    return vocabulary.words_of(("interview", "interview?", "stage", "stage?", "info", "info?", "job", "mode=",
                                "x:", "x!:", "role"))
