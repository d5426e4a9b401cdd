"""How a company is written on an invitation: the texts that may name it, the runs of capitalised
words that may be its name, what cannot be one (people, units, references), and its name in full."""
from __future__ import annotations

import os
import re
from dataclasses import dataclass
from functools import lru_cache

from .company_names import LEGAL_FORM_AHEAD, TIME_WORD, full_name_ahead, is_place, names_a_region, without_legal_form
from .domains import (
    GEORGIAN_LETTER,
    NAME_ENDINGS,
    PUBLIC_BODIES,
    TOKEN,
    ends_as_an_organisation,
    kind_written_before,
    squash,
    tidy,
)
from .facts import EventFacts
from .japanese import posting_owner
from .lexicon import LEXICON
from .organisation_kinds import INSTITUTION_WORDS, ORGANISATION_KINDS, without_a_unit
from .role_heads import practitioner
from .scanner import Vocabulary, fold, phrase_start_pattern, trie_pattern
from .systems import is_no_reply, is_role_mailbox, names_an_agency, system_of_domain
from .words import kept_back

# pt/es "at": "na Pitanga Pagamentos", "en Yacaré Games"; "hos Bravida"; "ve společnosti", "στην εταιρεία";
# Vietnamese "tại", "tại công ty", "ở công ty"; Hebrew "בחברת" (at the company), "אצל" (at), "החברה:" (the company:);
# Thai "ทำงานที่" (works at); Italian "lavora in", "lavora per" (works at, for: "lavora in Vetreria Aurora")
_MARKER_WORDS = ["at", "bei", "chez", "presso", "lavora in", "lavora per", "bij", "junto a",
                 "ex", "formerly at", "former", "from", "für", "pour",
                 "na", "no", "en", "em", "hos", "ve společnosti", "do společnosti", "u společnosti",
                 "ve firmě", "στην εταιρεία", "της εταιρείας", "tại công ty", "ở công ty", "tại", "בחברת", "אצל",
                 "החברה:", "ทำงานที่", "ทำงานอยู่ที่"]


# Thai "ที่" ("at") as a word of its own, after a space or a Latin word ("Market Manager ที่ Tripnara"), not the end
# of a Thai word ("เจ้าหน้าที่", an officer)
_THAI_AT = r"(?<![\u0e00-\u0e7f])ที่\s*"


def _marker(words: list[str]) -> re.Pattern:
    # (Hebrew writes "at" and "from" as a letter joined to a foreign name by a hyphen: "ב-Contoso", "מ-Contoso")
    return re.compile(r"(?:" + phrase_start_pattern(words) + r"\s+|@\s*|(?<!\w)ex-|(?<!\w)[במ]-|" + _THAI_AT
                      + r")(?=[^\W\d_])",
                      re.IGNORECASE)


# words after which a company is named ("at Contoso", "bei Fabrikam", "ex-Contoso")
MARKER = _marker(_MARKER_WORDS)
_MARKER_OR_WITH_WORDS = _MARKER_WORDS + ["with", "mit", "avec", "con", "com", "met", "for", "para", "per", "voor",
                                         "cho", "với", "עם", "gyda", "efo"]
MARKER_OR_WITH = _marker(_MARKER_OR_WITH_WORDS)


def _first_words(words: list[str]) -> frozenset[str]:
    """The first words of the markers ``words``, lower-case, that a text of plain ASCII may hold (the others hold
    letters it has not). A text of plain ASCII holds a marker only where one of these is a word of its own (the
    marker's start is a word's start, a space follows it), where "@" is, or where "ex-" is."""
    firsts = frozenset(word.split()[0].lower() for word in words)
    ascii_firsts = frozenset(first for first in firsts if first.isascii())
    assert all(_WORD_RUN.fullmatch(first) for first in ascii_firsts)  # (what ``_may_hold_a_marker`` relies on)
    return ascii_firsts


_WORD_RUN = re.compile(r"\w+")
# what ``first_marked`` looks for before a pattern of markers: most titles and descriptions hold none
# (by the patterns' identity: a compiled pattern hashes its whole program each time it is looked up)
_MARKERS_FIRST_WORDS = {id(MARKER): _first_words(_MARKER_WORDS),
                        id(MARKER_OR_WITH): _first_words(_MARKER_OR_WITH_WORDS)}


def _may_hold_a_marker(text: str, markers: re.Pattern) -> bool:
    """False when ``text`` can hold none of the ``markers`` (``MARKER`` or ``MARKER_OR_WITH``): the quick look, a
    set of words, before the pattern, which the regex engine tries at every place of the text."""
    first_words = _MARKERS_FIRST_WORDS.get(id(markers))
    if first_words is None or not text.isascii() or "@" in text:
        return True
    lowered = text.lower()
    return "ex-" in lowered or not first_words.isdisjoint(_WORD_RUN.findall(lowered))
# Nordic "på" ("at") names an employer after a job title ("producent på Vindla Media", "elektriker på Trøndelag
# Elektro"); after other words it is mostly a place or a tool ("på Teams", "byggeplassen vår på Løren")
_TITLE_WORDS = {p.lstrip("~").rstrip(".").lower() for p in LEXICON.phrases("job", "titles")}
TITLE_AT = re.compile(r"\b\w*(?:" + trie_pattern(_TITLE_WORDS) + r")\w*\s+på\s+(?=[^\W\d_])", re.IGNORECASE)
# an agency recruiter's client: "our client Contoso", "Client: Contoso", "unserem Mandanten, der Contoso GmbH"
CLIENT_MARKER = re.compile(
    r"\b(?:" + trie_pattern({p.rstrip(".").lower() for p in LEXICON.phrases("agency", "client")}) + r")\s*[:,]?\s+"
    r"(?!is\s+an?\s)"  # "Client is a Nordic bank": described, not named
    r"(?:(?:is|ist|est|es|é)\s+)?"  # "Client is Oakmere Data Corp."
    r"(?:(?:der|die|das|the|la|le|el|o|a|het)\s+)?(?=[^\W\d_])",
    re.IGNORECASE,
)
# a client the recruiter says it may now name, named after that clause and a colon or a dash: "the client agreed to
# be named: it is Contoso", "klient souhlasil se zveřejněním: jde o Sanatorium ..."
CLIENT_REVEALED = re.compile(
    r"\b(?:" + trie_pattern({p.rstrip(".").lower() for p in LEXICON.phrases("agency", "client")}) + r")"
    r"[^.!?;:\n]{1,60}(?::\s*|\s[–—-]\s*)"
    r"(?:" + trie_pattern({p.rstrip(".").lower() for p in LEXICON.phrases("agency", "revealed")}) + r")\s+"
    r"(?:(?:der|die|das|the|la|le|el|o|a|het)\s+)?(?=[^\W\d_])",
    re.IGNORECASE,
)
BRACKETS = re.compile(r"[(（]([^()（）]{2,40})[)）]")
CONNECTORS = frozenset("& and of de du des la le del y e van der den von für und".split())
NOT_COMPANIES = frozenset(
    "zoom teams microsoft google meet phone video onsite remote office hq tbd call interview interviews"
    " the a an my your our today tomorrow monday tuesday wednesday thursday friday saturday sunday"
    " whatsapp telegram signal slack skype discord linkedin webex hangouts facetime"
    # the French note's short form for a phone call ("Tél. M. Lejeune")
    " tél tel".split()
) | frozenset(  # a public body's building, where its interviews are held: "at City Hall"
    {"city hall", "town hall", "county hall", "village hall", "borough hall", "civic center", "civic centre"})
_ABBREVIATIONS = frozenset("st ste mt ft dr mr mrs ms".split())  # inside names: "St. Gallen", "Dr. Oetker"
MAILBOX_WORDS = re.compile(
    r"\b(?:recruiting|recruitment|recruiter|talent acquisition|talent|careers?|jobs|hiring|hr|human resources"
    r"|people( ops| team)?|team|interviews?|scheduling|karriere|recrutement|recrutamento|rh|rrhh|selección"
    r"|seleção|selezione|reclutamento|werving|採用担当|採用|人事"
    # Persian and Arabic: (the unit of) human resources, recruitment ("منابع انسانی دیجی‌کالا", "الموارد البشرية")
    r"|(?:واحد\s+)?منابع\s+انسانی|جذب\s+و\s+استخدام|(?:قسم\s+)?الموارد\s+البشرية|التوظيف"
    # Russian: the personnel department, recruitment
    r"|отдел\s+кадров|подбор\s+персонала|рекрутинг)\b",
    re.IGNORECASE,
)
VIA = re.compile(r"\s+(?:via|through|über|par|vía|por|tramite)\s+\S+.*$", re.IGNORECASE)


@dataclass
class Candidate:
    """A name a finder proposes for the company, how much it trusts it, and why."""

    name: str
    score: float
    reason: str
    # the name as ``written_in_full`` left it, no longer name found after it: the words after it need no second look
    read_ahead: bool = False


def sources(facts: EventFacts) -> list[tuple[str, str]]:
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


def written_in_full(facts: EventFacts, phrase: str) -> str:
    """``phrase`` as the invitation writes it in full: a title's "(ICU, Mercy Quay)" is "Mercy Quay
    Hospital" when the description writes it so, "Nordhaven" is "Nordhaven Shipping", "Glenhaven" is
    "City of Glenhaven", "Gilded Lantern Hotel" is "The Gilded Lantern Hotel" in a signature, "Wasserbrücke"
    is "Stiftung Wasserbrücke" when a text writes the kind of organisation before it."""
    ahead = _written_ahead(facts, phrase)
    if ahead.startswith(phrase) and phrase[:1].isupper():  # (not when the text writes an article or a body before it)
        return kind_written_before([text for _place, text in sources(facts) if text], ahead) or ahead
    return ahead


def _written_ahead(facts: EventFacts, phrase: str) -> str:
    """``phrase`` with the words the invitation writes after it (or an article or a public body before it)."""
    article = ""
    titled = _title_part(facts, phrase) if facts.title.startswith(phrase + " ") else _later_title_part(facts, phrase)
    if titled:
        return titled
    for _place, text in sources(facts):
        at = text.find(phrase) if text else -1
        if at < 0:
            continue
        if f" of {phrase}" in text:
            body = next((b for b in PUBLIC_BODIES if f"{b} of {phrase}" in text), None)
            if body:
                return f"{body} of {phrase}"
        while at >= 0:
            if not article and at and text[at - 1] == " ":
                found = _THE.search(text, max(0, at - 12), at)
                article = f"{found.group(1)} " if found else ""
            longer = full_name_ahead(text, phrase, at)
            if longer:
                return article + longer
            at = text.find(phrase, at + 1)
    return article + (_always_goes_on(facts.description[:1500], phrase, facts.title) or phrase)


# the end of a title's first part: "Mareia Cosméticos – entrevista"
_PART_END = re.compile(r"[ \t]+[-–—|/][ \t]|[ \t]*[:(]")
# one or two capitalised words after a name, to the end of that part
_PART_WORDS = re.compile(r"(?:[ \t]+[A-Z\u00c0-\u00de][\w'’&-]*){1,2}")


def _title_part(facts: EventFacts, phrase: str) -> str | None:
    """The title's first part, when it is ``phrase`` and a word or two more that name no interview,
    stage, role, mailbox or person: the company as the user writes it ("Mareia Cosméticos – entrevista"
    for a domain's "Mareia")."""
    title = facts.title
    more = _PART_WORDS.match(title, len(phrase))
    if not more or not _PART_END.match(title, more.end()):
        return None
    return title[:more.end()] if _names_nothing_else(facts, more.group(0)) else None


# the start of a later part of a title: after a spaced dash or bar, a colon or an opening bracket
_PART_START = re.compile(r"(?:[ \t][-–—|][ \t]|[:(][ \t]*)$")
# the end of a title or of its brackets
_LAST_PART_END = re.compile(r"[ \t]*(?:\)|$)")


def _later_title_part(facts: EventFacts, phrase: str) -> str | None:
    """A later part of the title, when it is ``phrase`` and a word or two more that name no interview, stage, role,
    mailbox or person, up to the title's end or the part's: the company as the user writes it, in the brackets after
    a person's name ("Lunch w/ Dr Obi (Tarn Geomatics) - advice"), or ending in the kind of firm it is ("Interview:
    Survey Lead - Kestrel Drone Mapping"); not a branch's town ("F&B Manager (Alpenrose Davos)")."""
    title = facts.title
    at = title.find(phrase + " ")
    if at <= 0 or not _PART_START.search(title, 0, at):
        return None
    more = _PART_WORDS.match(title, at + len(phrase))
    if not more or not (_LAST_PART_END.match(title, more.end()) or _PART_END.match(title, more.end())):
        return None
    before = title[:at].rstrip()
    if before.endswith("("):
        person = before[:-1].split()[-1:] or [""]  # the word before the bracket: a person's name
        named = person[0][:1].isupper() and not facts.vocabulary.scan(fold(person[0])) and not practitioner(
            fold(person[0]))
    else:
        named = more.group(0).split()[-1].lower() in ORGANISATION_KINDS
    return title[at:more.end()] if named and _names_nothing_else(facts, more.group(0)) else None


def _names_nothing_else(facts: EventFacts, more: str) -> bool:
    """True when ``more``, capitalised words after a name, name no mailbox, person, unit (a department of the
    company: "Halden Foods Flight Dept"), town or anything the vocabulary knows (an interview, a stage, a role)."""
    words = more.split()
    if any(MAILBOX_WORDS.fullmatch(w) or w.lower() in NOT_COMPANIES or w.lower() in facts.name_words_of_others
           for w in words) or words[-1].lower().rstrip(".") in _UNIT_ENDINGS:
        return False
    folded = fold(more)
    return not (facts.vocabulary.scan(folded) or practitioner(folded)
                or is_place(" ".join(words), facts.event.time_zone, []))


def _always_goes_on(text: str, phrase: str, title: str = "") -> str | None:
    """``phrase`` with the capitalised words (up to three) the description writes after it every time, at least
    twice ("Kazemachi Mobility has invited you ... Kazemachi Mobility Talent Acquisition": "Kazemachi Mobility"
    for a title's "Kazemachi"; "The Riverleaf Khao Yai" twice for a domain's "Riverleaf"); a mailbox's word
    ("Recruiting", "Team") or a legal form is no part of it. A title that writes the phrase and those words counts
    as one more time ("Wawancara – Harbor Lane Digital")."""
    if not phrase or text.count(phrase) + (phrase in title) < 2:
        return None  # most names are written once, if at all: no pattern to build
    in_title = {tuple(words) for words in _words_after(title, phrase) if words}
    if text.count(phrase) + len(in_title) < 2 or len(in_title) > 1:
        return None
    following = [list(words) for words in in_title] + _words_after(text, phrase)
    common = os.path.commonprefix(following) if following else []  # (of lists: the words they all start with)
    words = []
    for at, word in enumerate(common):
        if word.isupper() or MAILBOX_WORDS.fullmatch(word) or word.lower() in NOT_COMPANIES or LEGAL_FORM_AHEAD.match(
                " ".join(common[at:at + 2])):
            break  # a legal form ("DAC", "Pvt" of "Pvt. Ltd.", "Private Limited") or a mailbox's word
        words.append(word)
    return f"{phrase} {' '.join(words)}" if words else None


# up to three capitalised words after a name
_NEXT_WORDS = re.compile(r"(?:[ \t]+[A-Z][\w'’&-]*){0,3}")


def _words_after(text: str, phrase: str) -> list[list[str]]:
    """The capitalised words (up to three) after each time ``text`` writes ``phrase`` as whole words, in order.
    Found with ``str.find``: a pattern built from each name would be compiled anew for nearly every event."""
    found = []
    at = text.find(phrase)
    while at >= 0:
        end = at + len(phrase)
        if (at == 0 or not _word_character(text[at - 1])) and (end == len(text) or not _word_character(text[end])):
            words = _NEXT_WORDS.match(text, end).group()
            found.append(words.split())
            at = text.find(phrase, end + len(words))
        else:
            at = text.find(phrase, at + 1)
    return found


def _word_character(char: str) -> bool:
    return char.isalnum() or char == "_"  # what a pattern's \w matches


def registered_in_full(facts: EventFacts, phrase: str, read_ahead: bool = False) -> str:
    """``phrase``, a name a domain spells, with the words the invitation writes between it and a legal form
    ("Kraftbyggarna Norden" of "Kraftbyggarna Norden AB" for kraftbyggarna.se); else ``phrase``. With
    ``read_ahead``, ``written_in_full`` found no longer name after it: nor would a legal form show one."""
    for _place, text in () if read_ahead else sources(facts):
        if text and phrase in text:
            longer = full_name_ahead(text, phrase, legal_only=True)
            if longer:
                return longer
    return registered_from_first_word(facts, phrase) or phrase


def kind_in_full(facts: EventFacts, phrase: str, read_ahead: bool = False) -> str:
    """``phrase``, a name a domain spells, with the words after it that say what kind of firm it is, when the
    invitation writes them ("Orrin Shipping" of "Orrin" for orrin.com, "Nexa Legal" for nxa.ro), or with the
    country its domain ends in, as the name is written ("Talento Social MX" for talentosocial.mx); else ``phrase``.
    With ``read_ahead``, ``written_in_full`` found no longer name after it: only the country is looked for."""
    countries = {domain.rpartition(".")[2].upper() for domain in facts.company_domains or facts.written_domains}
    for _place, text in sources(facts):
        if text and phrase in text:
            longer = None if read_ahead else full_name_ahead(text, phrase, kind_only=True)
            if longer:
                return longer
            for country in countries if len(countries) == 1 else ():
                with_country = f"{phrase} {country}"
                at = text.find(with_country)
                end = at + len(with_country)
                if len(country) == 2 and at >= 0 and not text[end:end + 1].isalnum():
                    return with_country
    return phrase


def marked_in_full(facts: EventFacts, word: str) -> str:
    """``word``, a name of one word a domain spells, as the name the title or the description writes after "at"
    (or "bei", "chez"...) when that name begins with it ("Nordlyd Hearing" of "your application at Nordlyd
    Hearing" for nordlyd.com.au); else ``word``."""
    for text in (facts.title, facts.description[:1500]):
        marked = first_marked(facts, text, MARKER) if word in text else None
        if marked and marked.startswith(word + " ") and not names_a_region(marked[len(word):]):
            return marked  # (not "Fabrikam Italia": the group's company of a country, named as the group)
    return word


def registered_from_first_word(facts: EventFacts, phrase: str) -> str | None:
    """The name the invitation writes before a legal form whose first word is the first word of ``phrase``,
    a domain's name, and whose later words are written in lower case, as Czech, Polish and French names
    write them ("Vltavská inženýrská" of "Vltavská inženýrská, a.s." for vltavska-ing.cz, "Mazowieckie drogi
    krajowe S.A." for mazowieckie-drogi.pl): a domain spells such a name only in part. ``None`` otherwise."""
    first = squash(phrase.split()[0]) if phrase.split() else ""
    if len(first) < 3:
        return None
    for _place, text in sources(facts):
        for form in _LEGAL_WORD_AT.finditer(text or ""):
            before = text[max(0, form.start() - 60):form.start()].rstrip(" ,")
            name = _NAME_SEPARATOR.split(before)[-1].strip()
            words = name.split()
            if (1 < len(words) <= 6 and words[0][:1].isupper() and squash(words[0]) == first
                    and any(word[:1].islower() for word in words[1:])):
                return name
    return None


# a legal form written after a name ("..., a.s.", " Sp. z o.o.", " S.A."), and what ends the text before a name
_LEGAL_WORD_AT = re.compile(r"(?<=[\s,])(?:a\.\s?s\.|s\.\s?r\.\s?o\.|spol\.\s?s\s?r\.\s?o\.|sp\.\s?z\s?o\.\s?o\."
                            r"|S\.\s?A\.?|SA\b|SARL\b|S\.\s?A\.\s?S\.?|SAS\b|AG\b|GmbH\b)")
_NAME_SEPARATOR = re.compile(r"[,;:|()\[\]\n–—]|\s-\s|\.\s")


def spelled_out(facts: EventFacts, acronym: str) -> str | None:
    """The name the invitation writes whose initials are ``acronym`` ("Municipal Infrastructure Finance
    Agency" for "MIFA"); words that join a name ("of", "and", "für") have no initial of their own."""
    letters = acronym.lower()
    for _place, text in sources(facts):
        if not text or len(text) < 3 * len(letters):
            continue
        for run in _CAPITALISED_RUN.finditer(text):
            words = [w for w in _RUN_WORD.finditer(run.group()) if w.group().lower() not in CONNECTORS]
            for i in range(len(words) - len(letters) + 1):
                chosen = words[i:i + len(letters)]
                if "".join(w.group()[0] for w in chosen).lower() == letters:
                    return run.group()[chosen[0].start():chosen[-1].end()]
    return _spelled_out_alone(facts, letters)


def _spelled_out_alone(facts: EventFacts, letters: str) -> str | None:
    """The name a line of the description, or the location before its first comma, writes alone whose words'
    initials are ``letters``, its later words in lower case as Baltic and Slavic names write them ("Lazerinių
    tyrimų institutas" for "LTI"): set apart, it is a name, not a sentence."""
    lines = facts.description[:1500].splitlines() + [facts.event.location.partition(",")[0]]
    for line in lines:
        words = [word for word in line.split() if word.lower() not in CONNECTORS]
        if (len(words) == len(letters) > 1 and words[0][:1].isupper() and all(word.isalpha() for word in words)
                and "".join(word[0] for word in words).lower() == letters):
            return " ".join(line.split())
    return None


def spelled_out_in(text: str, short: str) -> str | None:
    """The name ``text`` writes whose words' initials are the abbreviation ``short`` holds, going on with
    ``short``'s other words ("Dopravní stavby Sever" for "DS Sever", "Hellenic Bulk Carriers Piraeus" for
    "HBC Piraeus"); its later words may be written in lower case. ``None`` when it writes none."""
    pattern = _spelled_out_pattern(short)
    found = pattern.search(text) if pattern is not None and text else None
    return found.group() if found else None


@lru_cache(maxsize=256)
def _spelled_out_pattern(short: str) -> re.Pattern | None:
    words = short.split()
    if len(words) < 2 or sum(1 for word in words if _ABBREVIATION.fullmatch(word)) != 1:
        return None  # a name of two words or more, one of them an abbreviation: "DS Sever", "HBC Piraeus"
    parts = []
    for word in words:
        if _ABBREVIATION.fullmatch(word):  # its first word capitalised, the others in either case
            initials = [rf"[{letter}{letter.lower() if at else ''}][^\W\d_]+" for at, letter in enumerate(word)]
            parts.append(_JOIN.join(initials))
        else:
            parts.append(re.escape(word))
    return re.compile(r"(?<![\w-])" + r"\s+".join(parts) + r"(?![\w-])")


_ABBREVIATION = re.compile(r"[A-ZÀ-ÖØ-ÞŠŽČŘĎŤŇĽĹŚŹŻŁĆŃĘĄŐŰĚŮ]{2,5}")  # (as ``company_finders.ACRONYM``)
# between the words of a name its initials spell: a space, or a small word with no initial of its own
_JOIN = r"\s+(?:(?:of|and|for|the|de|du|des|der|und|van|von|la|le|el|di|del|a|i|y|e|et|och|og|ja)\s+)?"


_CAPITALISED_RUN = re.compile(r"[A-Z][\w'’-]*(?:[ \t]+(?:(?:of|and|for|&|de|du|des|der|für|und|van|von)[ \t]+)?"
                              r"[A-Z][\w'’-]*)+")
_RUN_WORD = re.compile(r"[^\s]+")


_THE = re.compile(r"(?:[|–—]\s*|\bat\s+)(The|De|La|Le|El|Il|Der|Die|Das|Het)\s+$")


def first_marked(facts: EventFacts, text: str, markers: re.Pattern) -> str | None:
    """The first plausible name ``text`` writes after one of the ``markers``."""
    if not _may_hold_a_marker(text, markers):
        return None
    # the finders read the title and the description for the same markers that writing a name in full reads them
    # for again: each answer is kept for the event
    known = facts.__dict__.setdefault("_first_marked", {})
    key = (text, id(markers))  # (the patterns are the module's own, kept for good: see _MARKERS_FIRST_WORDS)
    if key not in known:
        known[key] = _first_marked(facts, text, markers)
    return known[key]


def _first_marked(facts: EventFacts, text: str, markers: re.Pattern) -> str | None:
    for marker in markers.finditer(text):
        if _OWN_JOB_BEFORE.search(text, max(0, marker.start() - 24), marker.start()):
            continue  # "notice period at Meghna": the user's own employer, not the one they meet
        if _PASSED_ON_BEFORE.search(text, max(0, marker.start() - 24), marker.start()) and text[
                marker.start():marker.start() + 4].lower() == "from":
            continue  # "got my CV from Winnie": who passed the CV on, a person
        phrase = capitalised_run(text[marker.end():])
        phrase = without_a_unit(phrase) if phrase else None  # "at Halvorsen Foods Flight Dept"
        if phrase and plausible(facts, phrase):
            return phrase
    return None


# the words before "at" that make what follows the user's current employer ("Notice period at Meghna", "currently
# at Contoso", "Kündigungsfrist bei ...", "preaviso en ...")
_OWN_JOB_BEFORE = re.compile(r"(?:notice(?: period)?|currently(?: working| employed)?|kündigungsfrist|preaviso"
                             r"|aviso prévio|préavis|opzegtermijn|uppsägningstid|oppsigelsestid|opsigelsesperiode)\s*$",
                             re.IGNORECASE)

# the words before "from" that make what follows the person who passed the user's CV, number or name on
_PASSED_ON_BEFORE = re.compile(r"\b(?:cv|résumé|resume|details|number|contact|name|referral|recommendation)\s*$",
                               re.IGNORECASE)


def bracketed(facts: EventFacts, text: str) -> str | None:
    if "(" not in text and "（" not in text:
        return None
    for match in BRACKETS.finditer(text):
        inner = match.group(1).strip(" ?¿")  # "(Contoso?)", "(¿Contoso?)": the user's guess at the company
        if not inner.isascii():
            inner = posting_owner(inner) or inner  # "（関西モビリティの求人）": the company whose opening it is
        phrase = capitalised_run(inner) if inner.isascii() or _cased(inner) else inner
        if phrase and phrase == inner and plausible(facts, phrase):
            return phrase
    return None


def _cased(text: str) -> bool:
    """True when every letter of ``text`` has a case (Latin, Greek, Cyrillic): a name there is capitalised, so
    "(online, tiếng Anh)" is a note on the meeting. Scripts without case (Chinese, Arabic) are taken whole."""
    letters = [ch for ch in text if ch.isalpha()]
    return bool(letters) and all(ch.isupper() or ch.islower() for ch in letters)


def without_capitals(text: str) -> bool:
    """True when ``text`` is written in a script without capitals (Devanagari, Persian, Georgian), where a name is
    written in the letters of any word ("आरोग्य", "آرین پخش", "ნიკორა"). Unicode maps Georgian letters to the
    Mtavruli capitals, yet Georgian starts no name with one."""
    rest = GEORGIAN_LETTER.sub("", text)
    return rest.lower() == rest.upper()


def capitalised_run(text: str) -> str | None:
    words: list[str] = []
    end = 0
    for match in TOKEN.finditer(text[:80]):
        gap = text[end:match.start()]
        if words and (not gap.isspace() or "\n" in gap):
            break  # a bracket or a dash between words: "Contoso (Seattle)", "Contoso – Data"; a line's end
        end = match.end()
        word = match.group()
        if TIME_WORD.match(word):
            break  # "Trattoria Sette Ponti 3pm": a time ends the name
        if word[0].isupper() or word[0].isdigit() or word.lower() in CONNECTORS and words:
            words.append(word)
        elif words and function_word_inside_a_name(word, text, match.end()):
            words.append(word)  # "Tir a Môr Cyf": Welsh "a" (and) inside a registered name
        else:
            break
        if word.endswith(("'s", "’s")) and _owns_what_follows(text, match.end()):
            if words[1:]:  # (a one-word name may be written so: "McDonald's")
                words[-1] = word[:-2]  # "Bow Valley Transit Authority's Spring Gardens garage": whose garage it is
            break
        if len(words) >= 5 or text[match.end(): match.end() + 1] in (",", ".", ")", ":", ";"):
            break
        if word[-1] == "." and (_ends_sentence(word) or without_legal_form("Name " + word) == "Name"):
            break  # a sentence ends, or a legal form ends the name ("... Αιγαίο Logistics Α.Ε. Στη συνέντευξη")
    while words and words[-1].lower() in CONNECTORS:
        words.pop()
    return tidy(" ".join(words)) if words else None


def function_word_inside_a_name(word: str, text: str, end: int) -> bool:
    """True when ``word``, a short word in lower case ending at ``end`` of ``text``, sits between capitalised words
    that go on to a legal form: a function word of the name's own language ("Tir a Môr Cyf", "Pont y Felin Cyf",
    "Casa do Pão Lda"), whatever another language's vocabulary makes of it."""
    if len(word) > 3 or not word.isalpha() or not text[end:end + 1].isspace():
        return False
    rest = capitalised_run(text[end:].lstrip(" \t")) if text[end:end + 1] in " \t" else None
    return bool(rest) and rest[:1].isupper() and without_legal_form(rest) != rest


def _owns_what_follows(text: str, at: int) -> bool:
    """True when a possessive ending at ``at`` is followed, a space apart, by a capitalised word that names what the
    owner has ("Authority's Spring Gardens garage"), not by one that ends the names of institutions ("Children's
    Hospital"), where the possessive is part of the name."""
    after = TOKEN.match(text, at + 1) if text[at:at + 1] == " " else None
    return after is not None and after.group()[:1].isupper() and after.group().rstrip(".").lower() not in NAME_ENDINGS


def _ends_sentence(word: str) -> bool:
    """True for a word that closes a sentence ("Analytics."), not an initial or abbreviation ("J.", "S.A.")."""
    bare = word[:-1]
    return len(bare) > 1 and "." not in bare and bare.lower() not in _ABBREVIATIONS


def plausible(facts: EventFacts, phrase: str) -> bool:
    return _may_name_a_company(facts.vocabulary, phrase) and not is_person(facts, phrase)


@lru_cache(maxsize=16384)
def _may_name_a_company(vocabulary: Vocabulary, phrase: str) -> bool:
    """What ``plausible`` asks of the phrase alone (the same phrases come on event after event)."""
    lowered = phrase.lower()
    if lowered in NOT_COMPANIES or len(squash(phrase)) < 3:
        return False
    if _REFERENCE.search(phrase) or _units_only(lowered) or lowered.split()[0] in _YOURS:
        return False  # "Job Ref 284-KRI-26-0117", "Surgical Division", "NHS Foundation"
    if phrase.split(None, 1)[0].rstrip(".") in _COURTESY_TITLES and " " in phrase:
        return False  # "Me Josée Lemieux", "Frau Dr. Kuhlmann": a person addressed by title
    if " " not in phrase.strip() and practitioner(fold(phrase)) == fold(phrase).strip():
        return False  # "Hydrologist" of "an interview for Hydrologist 2": a job title, no organisation
    if all(kept_back(word) for word in phrase.split()):
        return False  # "(Confidential)", "(vertraulich)": the search is kept back, no name is given
    hits = vocabulary.scan(fold(phrase))
    last = lowered.rsplit(None, 1)[-1]
    if "role" in hits and (last in INSTITUTION_WORDS or _firm_of(fold(phrase), hits["role"])
                           or (" " in lowered and names_an_agency(last))):
        # "Al Noor Specialist Hospital"; "Meridian Legal Staffing", whose last word starts as a job title
        # another language writes ("staf")
        hits = {tag: found for tag, found in hits.items() if tag != "role"}
    if "stage?" in hits and _ends_with_agency_word(lowered, hits["stage?"]):
        # "卓越獵頭": the word for a headhunter (a recruiter's screen) ends a search firm's name
        hits = {tag: found for tag, found in hits.items() if not tag.startswith("stage")}
    if "role" in hits or any(tag.startswith(("interview", "stage", "info")) for tag in hits):
        return False
    if practitioner(last) and not ends_as_an_organisation(lowered):
        return False  # "Senior Sonographer", "Paediatric Dietitian": a profession known by its ending heads a title
    # "（オンライン）", "(Karriere)": how or what the meeting is about
    return not any(found == lowered and tag.startswith(("mode=", "career")) for tag, found in hits.items())


def _ends_with_agency_word(lowered: str, word: str) -> bool:
    """True when ``lowered``, a phrase, ends in ``word`` and more comes before it, ``word`` being what an agency calls
    itself ("卓越獵頭", "Summit Headhunters"); not "卓越獵頭推薦", recommended by one."""
    last = lowered.rsplit(None, 1)[-1]
    return lowered != word and (last.endswith(word) or last.startswith(word)) and names_an_agency(word)


def _firm_of(folded: str, title: str) -> bool:
    """True when ``folded``, a name of two words or more, ends in the plural of the job title ``title`` it holds, or in
    the kind of firm its work makes ("Engineering" of "engineer"), and holds no other: a firm of those professionals
    ("Schelde Architecten", "Lindqvist Arkitekter", "Moss Engineers", "Red River Engineering")."""
    words = folded.split()
    last = words[-1] if len(words) > 1 else ""
    title = title.strip()
    ending = last[len(title):]
    return last.startswith(title) and (ending in _PLURAL_ENDINGS or (ending and last in ORGANISATION_KINDS)) and (
        title not in " ".join(words[:-1]))


# (and the English "s" Cyrillic letters write in a borrowed name: "Аналитикс", "Девелоперс")
_PLURAL_ENDINGS = frozenset({"s", "es", "n", "en", "er", "e", "i", "с"})


# a reference number ("284-KRI-26-0117", "JR104233") or the words that announce one
_REFERENCE = re.compile(r"\b(?:job )?(?:ref|reference|req|requisition|vacancy|posting|id)\b\.?\s*:?\s*\S*\d"
                        r"|\b\w*\d\w*-\w*\d|\b\d{4,}\b|\b[A-Z]{1,4}-\d{1,4}\b", re.IGNORECASE)
# the titles a person is addressed by, as written before their name (a lawyer's "Me", for Maître); not "Mr" or "Dr",
# which start companies' names too ("Mr Price", "Dr. Oetker")
_COURTESY_TITLES = frozenset("Me Maître Maitre Mme Mlle Mrs Ms Herr Frau Sra Srta".split())
# "Ihre Bewerbung", "your application": a phrase about the user, not an organisation
_YOURS = frozenset("your ihre ihr ihrer deine dein votre vos ta tu tus su sus sua seu teu je jouw uw".split())
# parts of an organisation, and the words that only say what kind of organisation it is
_UNITS = frozenset("division department directorate ward unit team office services service abteilung département"
                   " departamento dipartimento afdeling nhs foundation trust".split())
_UNIT_ENDINGS = frozenset("division department dept directorate ward unit abteilung département departamento"
                          " dipartimento afdeling".split())


def _units_only(lowered: str) -> bool:
    words = lowered.split()
    return bool(words) and (words[-1] in _UNIT_ENDINGS or all(word in _UNITS for word in words))


def is_person(facts: EventFacts, phrase: str) -> bool:
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
    return "@" in facts.description and _names_of_written_addresses(phrase, facts.description[:1500])


# what joins two people's names ("questions from Raj Sandhu and Claire Oyelaran")
_NAME_JOINS = (" and ", " & ", " et ", " und ", " y ", " e ", " en ", " og ", " och ")
# an address's name part ("r.sandhu", "claire-oyelaran2") before its "@"
_ADDRESS_NAME = re.compile(r"([\w.+-]+)@[\w-]+\.")
_ADDRESS_NAME_PARTS = re.compile(r"[._+-]|\d+")


@lru_cache(maxsize=4096)
def _names_of_written_addresses(phrase: str, description: str) -> bool:
    """True when ``phrase`` is one or more people's names ("Raj Sandhu and Claire Oyelaran") whose family names
    the addresses the description gives spell ("r.sandhu@...", "c.oyelaran@..."): people, not a company."""
    parts = [phrase]
    for join in _NAME_JOINS:
        parts = [piece for part in parts for piece in part.split(join)]
    names = [part.split() for part in parts]
    families = [_family_name(words) for words in names]
    if not all(2 <= len(words) - len(family) + 1 <= 3 for words, family in zip(names, families, strict=True)):
        return False
    spelled = {word for local in _ADDRESS_NAME.findall(fold(description))
               for word in _ADDRESS_NAME_PARTS.split(local) if len(word) >= 3}
    return all(fold(family[-1]) in spelled or fold("".join(family)) in spelled for family in families)


# the small words a family name may start with ("van den Berg", "de la Fuente", "von der Heide", "da Silva")
_NAME_PARTICLES = frozenset("van den der de del della di da das do dos du la le von zu ter ten te vom".split())


def _family_name(words: list[str]) -> list[str]:
    """The family name that ends a person's ``words``, with the small words it starts with ("van der Meer")."""
    at = len(words) - 1
    while at > 1 and words[at - 1] in _NAME_PARTICLES:
        at -= 1
    return words[at:]


@lru_cache(maxsize=4)
def interview_words(vocabulary) -> frozenset[str]:
    """Single words of the vocabulary's interview, stage, job and mode phrases ("interview", "screen"), and its words
    for a coffee, a lunch or a chat ("Lunsj", "Frokost"): a meeting's name, never a company's."""
    return vocabulary.words_of(("interview", "interview?", "stage", "stage?", "info", "info?", "job", "mode=",
                                "x:", "x!:", "role")) | vocabulary.single_words_of(("chat?",))


# the last words of a name that are often shortened, and how the name writes them in full
_SHORTENED_WORDS = {
    "co-op": ("Co-operative", "Cooperative", "Co-Operative"), "coop": ("Co-operative", "Cooperative"),
    "intl": ("International",), "int'l": ("International",), "bros": ("Brothers",), "assoc": ("Association",),
    "assn": ("Association",), "univ": ("University",), "mfg": ("Manufacturing",), "svcs": ("Services",),
    # the trade's own short forms: diagnostics and therapeutics firms, drug makers, technology and management firms
    "dx": ("Diagnostics",), "tx": ("Therapeutics",), "pharma": ("Pharmaceuticals",),
    "tech": ("Technologies", "Technology"), "mgmt": ("Management",), "grp": ("Group",),
}
# capitalised words (up to two) that end a line after a name: the rest of a signature's name
_LINE_ENDING_WORDS = re.compile(r"(?:[ \t]+[A-Z][\w'’&-]*){1,2}[ \t.]*(?=\n|$)")


def _cut_word_in_full(texts: list[str], stem: str, last: str) -> str:
    """``stem`` and ``last``, a capitalised word a title cuts short ("Highveld Plat"), as one of ``texts`` writes the
    name with that word whole ("Highveld Platinum, Shaft 3"); else the name as it is."""
    name = f"{stem} {last}"
    if len(last) < 3 or not last[:1].isupper() or not last.isalpha():
        return name
    for text in texts:
        at = text.find(name)
        while at >= 0:
            whole = _WORD_GOES_ON.match(text, at + len(name))
            if whole:
                return name + whole.group()
            at = text.find(name, at + 1)
    return name


# the rest of a word (in lower case) that goes on after a name's last letters
_WORD_GOES_ON = re.compile(r"[a-z]{2,}(?![\w'’-])")


def shortened_word_in_full(texts: list[str], name: str) -> str:
    """``name`` written in full when its last word is a short form ("Co-op", "Intl") and one of ``texts`` writes the
    same name with the word in full ("Clare Valley Cooperative Winery" for "Clare Valley Co-op"), with the capitalised
    words after it that end a signature's line or end names; else ``name``."""
    stem, _, last = name.rpartition(" ")
    forms = _SHORTENED_WORDS.get(last.rstrip(".").lower()) if stem else None
    if not forms:
        return _cut_word_in_full(texts, stem, last.rstrip(".")) if stem else name
    for full in forms:
        written = f"{stem} {full}"
        for text in texts:
            at = text.find(written)
            if at < 0:
                continue
            end = at + len(written)
            if end < len(text) and (text[end].isalnum() or text[end] in "-'’"):
                continue  # the word goes on: not the same word
            longer = full_name_ahead(text, written, at)
            if longer:
                return longer
            rest = _LINE_ENDING_WORDS.match(text, end)
            return written + rest.group().rstrip(" \t.") if rest else written
    return name
