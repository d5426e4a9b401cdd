"""The finders of company candidates, each with the highest score it gives (``FINDERS``): a recruiter's
client, what an organisation's domain spells or shortens, markers in the title and the description, an
institution, a recruiting mailbox's name, the domain itself, the user's own organisation, the venue,
and, as a last resort, the title's own words."""
from __future__ import annotations

import re
from functools import lru_cache

from .arabic import arabic_company, sounded_after_in
from .call_notes import CALL_COMPANY_FIRST, CALL_WITH, call_note, untimed
from .chinese import chinese_company, han_title_name, has_han, without_a_unit
from .company_names import (
    LEGAL_FORM_AHEAD,
    NAME_CONNECTORS,
    abbreviates,
    first_part_name,
    is_service,
    joins_words,
    lower_case_name,
    name_prefixes,
    runs,
    vowelless_name,
    without_legal_form,
    writes_a_legal_form,
)
from .company_text import (
    CLIENT_MARKER,
    CLIENT_REVEALED,
    MAILBOX_WORDS,
    MARKER,
    MARKER_OR_WITH,
    NOT_COMPANIES,
    TITLE_AT,
    VIA,
    Candidate,
    bracketed,
    capitalised_run,
    first_marked,
    interview_words,
    plausible,
    registered_from_first_word,
    sources,
    without_capitals,
    written_in_full,
)
from .domains import (
    NAME_ENDINGS,
    TOKEN,
    cyrillic_key,
    domain_label,
    ends_as_an_organisation,
    label_forms,
    name_form,
    spelled_phrase,
    split_label,
    squash,
    tidy,
    ukrainian_in_latin,
)
from .evidence import is_person_name, system
from .facts import EventFacts
from .japanese import japanese_company, registered_company
from .korean import korean_company
from .organisation_kinds import ORGANISATION_KINDS
from .role import split_parts
from .role_heads import practitioner
from .scanner import fold
from .systems import BOOKING, agency_kind, names_an_agency, system_of_domain
from .uncased import marked_name, spells_domain, uncased_company, writes_sounded_letters
from .words import UNDISCLOSED_CLIENT


def _people_met_domains(facts: EventFacts) -> frozenset[str]:
    """Domains of the attendees other than the organizer (who may only have set the meeting up)."""
    organizer = facts.organizer
    return frozenset(p.domain for p in facts.others if organizer is None or p.email != organizer.email)


_PLACE_BONUS = {"title": 0.3, "organizer's name": 0.2, "description": 0.1, "location": 0.0}


def _by_domain(facts: EventFacts) -> list[Candidate]:
    """Phrases whose letters spell an organisation's domain, or that it abbreviates ("Zuiderzee Foods"
    for zzfoods.nl), written in full when the text shows a longer name ("Nordhaven Shipping"). The
    domains are those of the people on the invitation, then those of addresses the description gives."""
    organizer_domain = facts.organizer.domain if facts.organizer else None
    met = _people_met_domains(facts)
    found = []
    # addresses the description gives name the company when nobody else on the invitation does
    domains = [(d, 6.0) for d in facts.naming_domains] or [(d, 5.5) for d in facts.written_domains]
    texts = [(place, text, None) for place, text in sources(facts) if text]
    for domain, base in domains:
        who = "organizer" if domain == organizer_domain else "attendee"
        found += _named_by(facts, domain, base + (0.5 if domain in met else 0.0), who, texts)
    return found


def _named_by(facts: EventFacts, domain: str, base: float, who: str, texts: list) -> list[Candidate]:
    """What ``domain`` spells or abbreviates in ``texts`` ([place, text, its runs (filled in once)])."""
    found = []
    forms = label_forms(domain)
    label = domain_label(domain)
    initial = label[:1]
    for place, text, _runs in texts:  # the first text that spells it (the others count when ranked)
        phrase = spelled_phrase(text, forms) or _vowelless(facts, text, label)
        if phrase and not facts.names_me(phrase.lower()) and not _across_parts(phrase) and not _only_in_links(
                text, phrase):
            in_full = written_in_full(facts, phrase)
            found.append(Candidate(in_full, base + _PLACE_BONUS[place],
                                   f"{who} domain matches the company in the {place}", read_ahead=in_full == phrase))
            break
    if found and not ACRONYM.search(found[0].name):  # (at most one was found so far)
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
    for place, text, _runs in texts if not found else ():  # "Institut rodinné terapie" for irt-brno
        phrase = lower_case_name(text, label)
        if phrase and not facts.names_me(phrase.lower()):
            return [Candidate(phrase, base + _PLACE_BONUS[place], f"{who} domain matches the company in the {place}")]
    if found or "-" not in label:
        return found
    for place, text, _runs in texts:  # nothing spelled or shortened: a name from the word the domain spells first
        phrase = _from_first_part(facts, text, label)
        if phrase and not facts.names_me(phrase.lower()):
            return [Candidate(written_in_full(facts, phrase), base + _PLACE_BONUS[place],
                              f"{who} domain matches the company in the {place}")]
    return found


def _only_in_links(text: str, phrase: str) -> bool:
    """True when ``text`` writes ``phrase`` only inside addresses and links ("h.said@glib-africa.org",
    "https://glib-africa.webex.com/glib-africa/"): the domain spelled, not the company's name written."""
    at = text.find(phrase)
    while at >= 0:
        end = at + len(phrase)
        if not (text[at - 1:at] in _LINK_MARKS or text[end:end + 1] in _LINK_MARKS and text[end + 1:end + 2].isalnum()):
            return False
        at = text.find(phrase, end)
    return True


_LINK_MARKS = frozenset("/@.")  # (not the empty string: a text's start or end is no link's)


def _across_parts(phrase: str) -> bool:
    """True when ``phrase`` runs across a mark between a title's parts: initials spelled across it ("Hospital
    Santa Aurora – primeira entrevista" for hsa-pe) are no name."""
    return " – " in phrase or " — " in phrase or " | " in phrase or " - " in phrase


def _vowelless(facts: EventFacts, text: str, label: str) -> str | None:
    """The name ``text`` writes whose first word the domain's ``label`` writes without vowels, up to a word
    that names the user, a mailbox ("Talent") or a meeting ("Interview")."""
    name = vowelless_name(text, label)
    return " ".join(_until_a_stop(facts, name.split())) if name else None


def _from_first_part(facts: EventFacts, text: str, label: str) -> str | None:
    """The name ``text`` writes from the word a hyphenated domain spells first ("Kaai Vastgoed" for kaai-re), up to
    a word that names the user, a mailbox or a meeting; at least two words (the one word is the domain's own)."""
    name = first_part_name(text, label)
    words = _until_a_stop(facts, name.split()) if name else []
    return " ".join(words) if len(words) > 1 else None


def _until_a_stop(facts: EventFacts, words: list[str]) -> list[str]:
    """The first of ``words`` and those after it up to one that names the user, a mailbox ("Talent") or a meeting
    ("Interview")."""
    keep = 1
    while keep < len(words) and not (facts.names_me(words[keep].lower()) or MAILBOX_WORDS.fullmatch(words[keep].lower())
                                     or words[keep].lower() in NOT_COMPANIES
                                     or facts.vocabulary.scan(fold(" " + words[keep]))):
        keep += 1
    return words[:keep]


# a word in capitals inside a spelled name ("Northstar GBS"): the text may give it in full elsewhere
# (with the capitals of the Latin letters Central European names write: "ŽIZ Západ", "ČD Cargo")
ACRONYM = re.compile(r"\b[A-ZÀ-ÖØ-ÞŠŽČŘĎŤŇĽĹŚŹŻŁĆŃĘĄŐŰĚŮ]{2,5}\b")


def _expanded(facts: EventFacts, domain: str, run: str) -> str | None:
    """The beginning of ``run`` the domain is a short form of, if any (strictly, or loosely where the
    text shows the phrase is a company's name: a legal form after it, a signature, said twice)."""
    run = run.strip(" .,&")
    one_word = [run] if " " not in run and squash(run)[:1] == domain_label(domain)[:1] else []
    first = run.split(None, 1)[0]
    if one_word or not joins_words(first):
        joined = []
    else:  # the first word alone, when it joins two ("СеверСвязь Проект" for sevsvyaz.ru)
        joined = [first] if squash(first)[:1] == domain_label(domain)[:1] else []
    for phrase in (name_prefixes(run, domain_label(domain)[:1]) or one_word) + joined:  # ("Kudimart" for kdmt.ng)
        if phrase.endswith(".") and (len(phrase.rsplit(None, 1)[-1]) > 4 or without_legal_form(phrase) == phrase):
            phrase = phrase[:-1]  # "Lakefront Search Partners. He can't...": a sentence's full stop, no "Co."
        loosely = abbreviates(domain, phrase, loose=True) and _named_as_company(facts, phrase)
        if abbreviates(domain, phrase) or loosely:
            return phrase if plausible(facts, phrase) else None
    return None


# a telephone number: digits in groups ("0221 555 0187", "+49 30 1234567")
_PHONE = re.compile(r"(?:\+|\b)\d[\d /-]{6,}\d\b")


# the marks before a title's last part: "Coffee w/ Tomás – Northern Geothermal", "Alex Kim <> Pinecrest Mutual"
_LAST_PART_MARKS = (" – ", " — ", " - ", " | ", " <> ")


def _named_as_company(facts: EventFacts, phrase: str) -> bool:
    """True when the text shows ``phrase`` is a company's name: a legal form after it, a part of a title or a line
    set apart by "|", brackets in the title ("Coffee w/ Ana Roy (Tidewater Labs)"), the whole last part of the
    title after a dash or a pairing mark, the start of a contact line with a telephone number, said twice, or
    capitalised words the last of which says it names an organisation ("Harlow Foundation"; not "Onboarding role
    with Orchid Global Services", a sentence)."""
    if ends_as_an_organisation(phrase) and all(word[:1].isupper() for word in phrase.split()):
        return True
    said = 0
    for place, text in sources(facts):
        at = text.find(phrase) if text else -1
        while at >= 0:
            said += 1
            end = at + len(phrase)
            if place == "title" and text[at - 1:at] == "(" and text[end:end + 1] == ")" and at > 1:
                return True
            if place == "title" and text.endswith(phrase) and text[:at].endswith(_LAST_PART_MARKS):
                return True  # the title's last part, the other side: "Coffee w/ Tomás – Northern Geothermal"
            line_start, line_end = text.rfind("\n", 0, at) + 1, text.find("\n", end)
            line = text[line_start: line_end if line_end >= 0 else len(text)]
            if LEGAL_FORM_AHEAD.match(text[end:end + 12]) or " | " in line or "|" in line.strip()[:1]:
                return True
            if at == line_start and text[end:end + 2] == ", " and _PHONE.search(line, end - line_start):
                return True  # a contact line the user notes: "Brandt & Wolff Search, Eva Wolff, 030 ..."
            at = text.find(phrase, end)
    return said >= 2


def _title_markers(facts: EventFacts) -> list[Candidate]:
    """A company after a marker in the title ("Interview at Contoso"), in its brackets, or written the
    Japanese way; not the place a coffee is had at."""
    found = _markers(facts, "title", facts.title, 4.0)
    if not found and has_han(facts.title):
        found = _han_title_name(facts)
    if "chat?" in facts.title_hits and facts.event.location:
        found = [candidate for candidate in found if not _where_the_coffee_is(facts, candidate)]
    return found


def _han_title_name(facts: EventFacts) -> list[Candidate]:
    """A company a title writes in Chinese characters as a part of its own, which the notes, the location or the
    organizer's name write too: before a name an address spells in Latin letters ("dingfeng-prec.com.tw")."""
    elsewhere = "\n".join((facts.description[:1500], facts.event.location,
                           facts.organizer.name if facts.organizer and facts.organizer.name else ""))
    name = han_title_name(facts.title, elsewhere, lambda part: _names_no_job(facts, part) and plausible(facts, part))
    return [Candidate(name, 3.0, "company named in the title")] if name else []


def _names_no_job(facts: EventFacts, part: str) -> bool:
    """True when ``part`` holds no word of an interview, a stage, a job or a role."""
    return not facts.vocabulary.scan(part)


def _where_the_coffee_is(facts: EventFacts, candidate: Candidate) -> bool:
    """True when ``candidate``, marked in a title that names a coffee or a lunch ("Coffee @ Tim's w/ Gord"), is the
    place the location names first ("Tim Hortons, 16 Ave NE"): where they meet, not the organisation talked about."""
    place = facts.event.location.split(",")[0].split()
    return candidate.reason == "company named in the title" and bool(place) and \
        _bare_word(place[0]) == _bare_word(candidate.name.split()[0])


def _bare_word(word: str) -> str:
    """``word`` in lower case without a possessive ("Tim's": "tim")."""
    word = word.lower().strip(".,;:!?\"")
    return word[:-2] if word.endswith(("'s", "’s")) else word


def _description_markers(facts: EventFacts) -> list[Candidate]:
    """A company after a marker in the description ("your interview at Contoso"), or in the brackets after the
    person a coffee is with ("Coffee with Priya Nair (Fernhill Analytics)")."""
    description = facts.description[:1500]
    return (_markers(facts, "description", description, 3.5) + _coffee_line_brackets(facts)
            + _before_a_basque_ending(facts, description))


# a case ending Basque joins with a hyphen to a foreign or abbreviated name, as "at" or "of" ("Bizkaia Port
# Engineering-eko burua": the head at ..., "Acme Robotics-en lan egiten du": works at ...), and the capitalised
# words of the name before it
_BASQUE_ENDING = re.compile(r"(?<=\w)-(?:eko|ko|ean|an|en|n|etik|tik)(?![\w-])")
_CAPITALISED_BEFORE = re.compile(r"(?<![\w'’.&-])(?:[A-Z][\w'’.&]*[ \t]+){0,4}[A-Z][\w'’.&]*$")
# where a sentence starts: one capitalised word there may be any word ("Pre-n reading": no name)
_SENTENCE_START = re.compile(r"(?:^|[.!?:;\n])\s*$")


def _before_a_basque_ending(facts: EventFacts, text: str) -> list[Candidate]:
    """The organisation a Basque text names before a case ending it joins with a hyphen ("Bizkaia Port
    Engineering-eko bulego teknikoko burua")."""
    for ending in _BASQUE_ENDING.finditer(text) if "-" in text else ():
        name = _CAPITALISED_BEFORE.search(text, max(0, ending.start() - 60), ending.start())
        if name is None or " " not in name.group() and _SENTENCE_START.search(text, 0, name.start()):
            continue
        if plausible(facts, name.group()):
            return [Candidate(name.group(), 3.5, "company named in the description")]
    return []


# the tags of a coffee or a chat with someone ("coffee with", "Kaffee mit", "kahawa")
_COFFEE_TAGS = frozenset({"chat?", "info?"})


def _at_a_coffee(facts: EventFacts, text: str) -> bool:
    """True when ``text`` speaks of a coffee or a chat with someone ("Coffee with", "Kawa z", "Kahawa na")."""
    return not _COFFEE_TAGS.isdisjoint(facts.vocabulary.scan(fold(" " + text)))


def _before_brackets(text: str, name: str) -> bool:
    """True when brackets follow ``name`` in ``text`` ("Priya Nair (Fernhill Analytics)")."""
    at = text.find(name)
    return at >= 0 and text[at + len(name):].lstrip().startswith(("(", "（"))


def _person_at_a_coffee(facts: EventFacts, text: str, name: str) -> bool:
    """True when ``name``, marked on a line that opens with a coffee, is the person met, their organisation in the
    brackets after it ("Kahawa na Priya Nair (Fernhill Analytics)": Swahili "na" is "with", Portuguese's "at")."""
    line = next((line for line in text.splitlines() if name in line), "")
    return bool(_before_brackets(line, name)) and _opens_with_a_coffee_with(facts, line[:line.find(name) + len(name)])


def _coffee_line_brackets(facts: EventFacts) -> list[Candidate]:
    """The organisation in the brackets after the person a description's line of a coffee opens with, as a title
    writes it ("Coffee with Priya Nair (Fernhill Analytics)", "Kawa z Priyą Nair (Fernhill Analytics)"): the
    adviser's organisation. Other brackets in a description hold anything ("(US)", "(optional)", "Owen from Farnley
    Fulfilment (3PL)")."""
    for line in facts.description[:1500].splitlines():
        inner = bracketed(facts, line) if "(" in line or "（" in line else None
        if inner and _opens_with_a_coffee_with(facts, line.split(inner, 1)[0].rstrip(" (（¿")):
            return [Candidate(inner, 2.4, "company in the brackets after the person a coffee is with")]
    return []


def _opens_with_a_coffee_with(facts: EventFacts, before: str) -> bool:
    """True when ``before``, what a line writes before brackets, is a coffee's few words and then a person's
    capitalised name ("Coffee with Priya Nair", "Kahve: Priya Nair"), not a sentence ("Owen from Farnley ...")."""
    words = before.split()
    name = len(words)
    while name > 0 and len(words) - name < 3 and words[name - 1][:1].isupper() \
            and not words[name - 1].endswith((":", "：")):  # ("Kahve: Priya Nair")
        name -= 1
    opening = words[:name]
    return 0 < name < len(words) and len(opening) <= 4 and _at_a_coffee(facts, " ".join(opening))


def _writes_aa(text: str) -> bool:
    """True when ``text`` holds an "å", as "på" does: ``TITLE_AT`` is tried only then (it is slow on long text)."""
    return "å" in text or "Å" in text


def _markers(facts: EventFacts, place: str, text: str, score: float) -> list[Candidate]:
    found = []
    if not text.isascii():
        description = facts.description[:1500]
        registered = None if description.isascii() else registered_company(description)
        phrase = (japanese_company(text, place, lambda p: plausible(facts, p), registered)
                  or korean_company(text, place, lambda p: plausible(facts, p), _names_invited(facts),
                                    f"{facts.title}\n{facts.description}")
                  or arabic_company(text, lambda p: plausible(facts, p))
                  or chinese_company(text, lambda p: plausible(facts, p))
                  or _registered_in_quotes(text, facts)
                  or uncased_company(text, lambda p: plausible(facts, p))
                  or _sounded_after_a_marker(facts, text))
        if phrase:
            found.append(Candidate(without_a_unit(phrase), score + 0.5, f"company named in the {place}"))
    if not facts.agency_domains:  # an agency's recruiter names its client: see _agency_client
        marked = first_marked(facts, text, MARKER) or (_writes_aa(text) and first_marked(facts, text, TITLE_AT))
        if marked and not _person_at_a_coffee(facts, text, marked):
            found.append(Candidate(marked, score, f"company named in the {place}"))
    named = _after_a_company_word(facts, text) if "Cwmni" in text else None
    if named:
        found.append(Candidate(named, score, f"company named in the {place}"))
    if place == "title":  # brackets in descriptions hold anything: "(US)", "(optional)"
        inner = bracketed(facts, text)
        if inner and " " in inner and has_han(inner):
            inner = without_a_unit(inner)
        if inner:  # "(¿Quetzal Analytics?)": the user's own guess at the company
            own = facts.event.organizer is None and not facts.others
            guess = own and (f"{inner}?" in text or f"{inner} ?" in text)
            # the user's own note of a call: the brackets after the person hold their company as the user
            # writes it, "Call: Grace Teo (Peak Search Asia)", beyond what an address spells (peaksearch.asia)
            call = call_note(text) if own and not guess else None
            named = call is not None and call.group("company") == inner and not _notes_spell_another(facts, inner)
            found.append(Candidate(inner, 6.0 if named else 5.0 if guess else 2.5, "company in the title's brackets"))
    return found


def _sounded_after_a_marker(facts: EventFacts, text: str) -> str | None:
    """A name in Devanagari or Hebrew letters after "at" ("your interview at गंगा पैकेजिंग", "ראיון אצל ארבל
    סחר") when the domain of someone invited sounds as it does (gangapack.in, arbel-trade.co.il), or in Arabic
    letters after "در" or "في" (``sounded_after_in``): no capital shows such a name, and a person's name, a town or a
    post may follow those words as well."""
    labels = [domain_label(domain) for domain in facts.naming_domains]
    if not writes_sounded_letters(text):
        # a name in Arabic letters after "در" (at): the user's own note gives the address of the person met
        # ("Engineering Manager در رهنو", sina@rahnow.ir)
        labels = labels or [domain_label(domain) for domain in facts.written_domains]
        return sounded_after_in(text, labels, lambda p: plausible(facts, p)) if labels else None
    if not labels:
        return None
    for marker in MARKER.finditer(text):  # (not "with": a person is met with as often)
        name = marked_name(text[marker.end():])
        if name and any(spells_domain(name, label) for label in labels) and plausible(facts, name):
            return name
    return None


def _company_word_in_names(facts: EventFacts) -> list[Candidate]:
    """The company the organizer's name or the location writes with the word for a company or a legal form, in the
    letters of Arabic, Persian, Urdu or Pashto ("منابع انسانی شرکت کاوشگران", the HR of Kavoshgaran): the name as
    written, before any a domain spells in Latin letters."""
    organizer = facts.organizer
    found = []
    for place, text in (("organizer's name", organizer.name if organizer else ""), ("location", facts.event.location)):
        phrase = arabic_company(text, lambda p: plausible(facts, p)) if text and not text.isascii() else None
        if phrase:
            found.append(Candidate(phrase, 3.5, f"company named in the {place}"))
    return found


# the word for a company that starts a Welsh company's name ("Cwmni Bryn Glas Cyf", "Cwmni Theatr Maldwyn")
_COMPANY_WORD = re.compile(r"(?<![\w-])Cwmni[ \t]+(?=[A-ZÀ-Þ])")


def _after_a_company_word(facts: EventFacts, text: str) -> str | None:
    """The name ``text`` writes with the word for a company before it, the word part of it: "Cwmni Bryn Glas" of
    "gyda Cwmni Bryn Glas Cyf", whatever a marker before it."""
    for found in _COMPANY_WORD.finditer(text):
        run = capitalised_run(text[found.end():])
        if run and plausible(facts, run):
            return f"{found.group().strip()} {run}"
    return None


def _registered_in_quotes(text: str, facts: EventFacts) -> str | None:
    """The name in quotes after a legal form of the former Soviet states ("ТОО «ЭкоКоррозия»", "ООО «Вектор»",
    Ukrainian "ТОВ «Граніт»", Georgian "შპს „ქართლი ტექი“"): how Russian, Kazakh, Ukrainian and Georgian texts
    write a company; or before a Bulgarian, Macedonian or Serbian one ("„Сребърна Пчела“ ЕООД", "«Охридски Бисер»
    ДООЕЛ")."""
    if "«" not in text and "\"" not in text and "“" not in text:
        return None
    for found in _QUOTED_AFTER_FORM.finditer(text):
        name = (found.group("name") or found.group("before")).strip()
        if plausible(facts, name):
            return name
    return None


# Russian, Kazakh, Ukrainian and Georgian legal forms, and the quoted name after them (Georgian "შპს „ქართლი ტექი“",
# limited liability; "სს", joint-stock); the quoted name before a Bulgarian, Macedonian or Serbian one
_QUOTED_AFTER_FORM = re.compile(r"(?<!\w)(?:ТОО|ООО|ОАО|ЗАО|ПАО|НАО|АО|АҚ|ЖШС|ТОВ|ПрАТ|ПАТ|ФОП|შპს|სს)\s*[«\"“„]"
                                r"(?P<name>[^»\"”“\n]{2,60})[»\"”“]"
                                r"|[«\"“„](?P<before>[^«»\"”“„\n]{2,60})[»\"”“]\s*(?:ЕООД|ООД|ЕАД|АД|ДООЕЛ|ДОО|ЕТ)(?!\w)")


def _notes_spell_another(facts: EventFacts, inner: str) -> bool:
    """True when the notes write the organisation of an address they give, whose domain spells another name than
    ``inner`` ("Call with Jinu (Abu Dhabi)", its notes "Lead Engineer at Dunes Gas Company, jinu@dunesgas.ae"):
    the brackets of the user's call note then hold where the person is, not their company."""
    squashed = squash(inner)
    for domain in facts.written_domains:
        label = domain_label(domain)
        if label in squashed or squashed in label or squashed[:4] == label[:4]:
            return False  # the brackets write the name the address spells, in full or shortened ("Peak Search Asia")
        if spelled_phrase(facts.description, label_forms(domain)):
            return True
    return False


def _names_invited(facts: EventFacts) -> list[str]:
    """The names of the people invited, the user left out."""
    return [p.name for p in (facts.organizer, *facts.others) if p is not None and p.name]


def undisclosed_client(facts: EventFacts) -> bool:
    """True when a recruiter says the employer's name is kept back ("client undisclosed", "Mandant vertraulich")."""
    if "client" not in facts.title_hits and "client" not in facts.text_hits:
        return False  # (the cheap look first: most events speak of no client)
    return bool(UNDISCLOSED_CLIENT.search(facts.title_f) or UNDISCLOSED_CLIENT.search(facts.text_f[:1500]))


def _agency_itself(facts: EventFacts) -> list[Candidate]:
    """The agency, when its recruiter keeps the client's name back: its name as its domain spells it
    ("Talento Sur" for talentosur.com.ar, with an agency's word after it: "Harbourline Talent"), or as the
    text writes an agency's name ("Lindqvist Personalberatung" in a signature, for lqpb.at)."""
    if not undisclosed_client(facts):
        return []
    organizer = facts.organizer.domain if facts.organizer else None
    # (the user's own note writes the recruiter's address: "Riaan – riaan@kaapsesearch.co.za")
    domains = facts.company_domains or facts.written_domains
    domains = sorted(domains, key=lambda d: (d not in facts.agencies[0] | facts.agencies[1], d != organizer))[:1]
    texts = [(place, text, None) for place, text in sources(facts) if text]
    found = []
    for domain in domains:
        for named in _named_by(facts, domain, 9.5, "the agency's", texts):
            found.append(Candidate(_with_agency_word(facts, named.name), named.score, UNDISCLOSED_REASON))
    label = domain_label(domains[0]) if domains else ""
    for _place, text in sources(facts):
        for run in runs(text[:1500]) if text and not found else ():
            words = run.split()
            ends = [i for i, word in enumerate(words) if names_an_agency(word) or word.lower() in AGENCY_WORDS]
            if not ends or ends[0] == 0:
                continue
            start = _where_the_domain_begins(words[:ends[0]], label)
            if plausible(facts, " ".join(words[start:ends[0] + 1])):
                found.append(Candidate(" ".join(words[start:ends[0] + 1]), 9.0, UNDISCLOSED_REASON))
    return found


def _where_the_domain_begins(words: list[str], label: str) -> int:
    """The index of the first of ``words`` that begins the domain's ``label`` ("Hestia" of hestia-recrutement), when a
    later word does: the words before it are the title's own ("Appel", "Call"), no part of the agency's name; else 0."""
    for at, word in enumerate(words):
        letters = squash(word)
        if len(letters) >= 3 and label.startswith(letters):
            return at
    return 0


UNDISCLOSED_REASON = "the agency itself: its recruiter keeps the client's name back"
# words that end an agency's name ("Northgate Talent", "Brightwell Recruitment"), when it is known to be one
AGENCY_WORDS = frozenset(
    "talent recruitment recruiting staffing search personnel manpower headhunters placement recrutement"
    " rekruttering rekrytering rekrutering bemanning bemanding rekrytointi werving personalberatung"
    " personalvermittlung reclutamiento recrutamento reclutamento"
    " рекрутинг рекрутмент персонал хедхантинг".split())


def _with_agency_word(facts: EventFacts, name: str) -> str:
    """``name`` with the agency's word the text writes after it ("Harbourline Talent"), if it does; as the title
    writes it when it names the agency without the word ("Call – Harbourline (client confidential)"): the event's
    name is the user's or the sender's own name for the agency, the signature's the full one."""
    if _title_writes_bare(facts.title, name):
        return name
    for _place, text in sources(facts):
        at = text.find(name + " ") if text else -1
        if at >= 0:
            following = text[at + len(name) + 1:].split(None, 1)
            word = following[0].rstrip(",.;:)") if following else ""  # ("Orbis Recruitment, ian@...")
            if word.lower() in AGENCY_WORDS:
                return f"{name} {word}"
    return name


def _title_writes_bare(title: str, name: str) -> bool:
    """True when ``title`` writes ``name`` as a whole name with no agency's word after it, and not after a
    capitalised word (as a surname ends "Call Katrin Brunner", where "Brunner Personalberatung" is the agency), nor
    in the brackets after one: a call note's brackets hold the person's firm as the user shortens it ("Call Ian
    (Orbis)" beside "Ian Shaw, Orbis Recruitment" in the notes)."""
    at = title.find(name)
    if at < 0:
        return False
    following = title[at + len(name):]
    if following[:1].isalnum():
        return False
    after = following.split(None, 1)
    if after and after[0].lower() in AGENCY_WORDS:
        return False
    before = title[:at].rstrip().removesuffix("(").split()  # a call note's brackets: "Call Ian (Orbis)"
    return not (before and before[-1][:1].isupper() and before[-1][-1:].isalpha())


def _agency_client(facts: EventFacts) -> list[Candidate]:
    """The client a recruiter recruits for: "our client Contoso", "onze opdrachtgever Brabantse
    Koffiebranderij", or the company an organisation that reads like an agency names."""
    found = []
    if undisclosed_client(facts):
        return found  # "our client is a Series B fintech": described, not named (see _agency_itself)
    if facts.agency_suspects:
        client = _client_of_suspected_agency(facts)
        if client:
            found.append(Candidate(client, 9.0, "company named in the text, set up by a recruitment agency"))
    commissioning = _commissioning(facts)
    if commissioning:
        found.append(Candidate(commissioning, 8.0, "company that commissioned the assessment"))
    for place, text, hits in (("title", facts.title, facts.title_hits),
                              ("description", facts.description[:1500], facts.text_hits)):
        client = _client_named(facts, text) if "client" in hits else None
        if client:
            found.append(Candidate(client, 7.0, f"company named in the {place}, a recruiter's client"))
        elif facts.agency_domains:  # an agency recruiter's "Interview with Contoso": the company is the client
            client = first_marked(facts, text, MARKER_OR_WITH)
            if client:
                found.append(Candidate(client, 8.0, f"company named in the {place}"))
    return found


def _client_named(facts: EventFacts, text: str) -> str | None:
    """The client ``text`` names: after the word for it ("our client Contoso"), or after saying it may be named
    ("the client agreed to be named: it is Contoso")."""
    return first_marked(facts, text, CLIENT_MARKER) or first_marked(facts, text, CLIENT_REVEALED)


def _commissioning(facts: EventFacts) -> str | None:
    """The organisation a sentence of the description starts with that commissioned the sender's firm ("Centro
    Médico Norte SpA nos encargó la evaluación psicolaboral", "Fabrikam has asked us to assess ..."): an outside
    assessor or recruiter writes, the company hiring is the one that asked them."""
    text = facts.description[:1500]
    if not _COMMISSIONED_US_WORDS.search(text):
        return None  # (nearly every description: one quick look)
    for found in _COMMISSIONED_US.finditer(text):
        name = without_legal_form(found.group("name").strip(" ,"))
        if plausible(facts, name):
            return name
    return None


# the words that say an organisation asked the sender's firm to assess or recruit for it
_ASKED_US = (r"(?:nos encarg|nos ha encargado|nos contrat|has (?:asked|commissioned|engaged) us|commissioned us"
             r"|engaged us|hat uns (?:beauftragt|gebeten|mandatiert)|nos encomendou|nos contratou"
             r"|nous a (?:confié|mandaté|chargés))")
# (the words are looked for only where one of their first letters comes: one test, not a branch for each)
_COMMISSIONED_US_WORDS = re.compile(r"\b(?=[nhce])" + _ASKED_US, re.IGNORECASE)
# such a sentence, the organisation's capitalised name starting it ("Fabrikam Ltd has asked us ...")
_COMMISSIONED_US = re.compile(r"(?:^|[.!?:]\s+|\n)(?P<name>(?-i:[A-ZÀ-Þ][\w'’&-]*)(?:[ \t]+(?:de|del|da|do|of|&|und"
                              r"|et|y|e|(?-i:[A-ZÀ-Þ][\w'’&.-]*))){0,6})[ \t,]+" + _ASKED_US, re.IGNORECASE)


def _client_of_suspected_agency(facts: EventFacts) -> str | None:
    """The company an organisation that reads like an agency names as the one to meet ("Interview with
    Contoso", "bei Fabrikam"), when that is not the organisation itself."""
    own = [label_forms(domain) for domain in facts.agency_suspects]
    for text in (facts.title, facts.description[:1500]):
        for markers in (CLIENT_MARKER, MARKER_OR_WITH):
            for marker in markers.finditer(text):
                phrase = capitalised_run(text[marker.end():])
                if phrase and not any(spelled_phrase(phrase, forms) for forms in own) and plausible(facts, phrase):
                    return phrase
    return None


def _call_note_client(facts: EventFacts) -> list[Candidate]:
    """The client of the user's own note of a call with a go-between: "Call w/ Ines (Brightpath) – Norvik
    Foods", "Anruf mit Frau Maier (Huber & Co) bzgl. Stelle bei Alpenmilch". The brackets (or "@") name the
    caller's employer; an organisation the call is about, other than that one, is the employer hiring, when
    the caller's side reads like an agency or the notes name that organisation again (its full name)."""
    if facts.event.organizer is not None or facts.others:
        return []  # someone else's invitation is no note of the user's
    call = call_note(facts.title)
    employer = call and (call.group("company") or call.group("at"))
    topic = call and call.group("topic")
    if call and not employer and topic:  # "Call w/ Ines - Brightpath Recruitment re Norvik Foods"
        employer, topic = _agency_before_about(topic)
    employer = employer or (call and _agency_in_notes(facts))
    if not employer or not topic:
        return []
    client = capitalised_run(topic)
    if client != topic.strip(" .,;"):
        client = first_marked(facts, topic, MARKER_OR_WITH)
    if not client or not plausible(facts, client):
        return []
    mine, theirs = squash(employer), squash(client)
    if not theirs or theirs in mine or mine in theirs or _short_for(client, employer):
        return []
    said_again = client.casefold() in facts.description.casefold()
    if not said_again and not _agency_side(facts, employer):
        return []
    return [Candidate(client, 7.0, "company named in the title, a recruiter's client")]


# "re" or "about" between the agency a topic names first and the client the call is about
_ABOUT_CLIENT = re.compile(r"\s+(?:re|about|for)\b:?\s+")


def _agency_before_about(topic: str) -> tuple[str | None, str]:
    """(agency, what the call is about) when a call's topic names a recruitment agency and then, after "re", what
    the call is about ("Brightpath Recruitment re Norvik Foods"); else (None, ``topic``)."""
    parts = _ABOUT_CLIENT.split(topic, maxsplit=1)
    if len(parts) < 2:
        return None, topic
    agency = parts[0].strip(" .,;")
    if capitalised_run(agency) != agency or not (names_an_agency(agency)
                                                 or agency.rsplit(None, 1)[-1].lower() in AGENCY_WORDS):
        return None, topic
    return agency, parts[1]


def _short_for(short: str, name: str) -> bool:
    """True when ``short``, one word, is the user's short form of ``name`` or of its last words ("Medstaff" for
    "Tideline Medical Staffing", "Harbourtalent" for "Harbour Talent Partners"): the caller's firm, no client."""
    if " " in short.strip():
        return False
    words = name.split()
    return any(abbreviates(f"{squash(short)}.x", " ".join(words[at:]), loose=True) for at in range(len(words)))


def _atop_call_notes(facts: EventFacts) -> list[Candidate]:
    """The organisation the notes of the user's own call begin with, before a dash and the job the call is about
    ("Laboratoires de Hesbaye (Waremme) – poste laborantine", "Kessler Logistik – Stelle als Disponent", the town
    after a comma or in brackets: "Furlan Logistika, Sežana – deklarant/ka"), when the
    title names only the caller ("Tél. M. Lejeune 14h")."""
    if facts.event.organizer is not None or facts.others or " " not in facts.description:
        return []
    line = facts.description.strip().split("\n", 1)[0]
    head, dash, topic = _at_first_dash(line)
    if not dash or not _JOB_TAGS.intersection(facts.vocabulary.scan(fold(topic))):
        return []
    call = call_note(facts.title)
    if call is None or call.group("company") or call.group("at"):
        return []
    head = head.split("(", 1)[0].strip()  # "(Waremme)": the town the organisation is in
    name, comma, town = head.partition(",")  # "Furlan Logistika, Sežana": the town after a comma
    if comma and capitalised_run(town.strip()) == town.strip() and len(town.split()) <= 2:
        head = name.strip()
    name = capitalised_run(head)
    if not name or name != head or not plausible(facts, name):
        return []
    return [Candidate(name, 3.0, "company named atop the notes of a call")]


def _called_organisation(facts: EventFacts) -> list[Candidate]:
    """The organisation the user's own note of a call writes between the call word and the person ("zvans Zobu
    studija Teika – Agnese", "Call Harborline Dental – Priya"): the name as the user writes it, its lower-case
    words included (Latvian "studija", "klīnika" inside a name)."""
    if facts.event.organizer is not None or facts.others:
        return []
    call = call_note(facts.title)
    if call is None or call.re is not CALL_COMPANY_FIRST or not plausible(facts, call.group("company")):
        return []
    return [Candidate(call.group("company"), 5.0, "company named in the title of a call")]


def _at_first_dash(line: str) -> tuple[str, str, str]:
    """``line`` split at its first spaced dash (" – ", " - ", " — "), as ``str.partition`` splits."""
    found = [(at, dash) for dash in (" – ", " - ", " — ") if (at := line.find(dash)) >= 0]
    if not found:
        return line, "", ""
    at, dash = min(found)
    return line[:at], dash, line[at + len(dash):]


_JOB_TAGS = frozenset({"job", "role"})


def _talked_about(facts: EventFacts) -> list[Candidate]:
    """The organisation a talk with someone is about, as the title writes it after a dash ("Conversa com a Lúcia –
    Escola Mar Azul", "Розмова з Андрієм – Транслайн Карго"): the name the user or the sender writes, beyond the
    guess a domain's letters give (mar-azul.edu.br as "Mar Azul") when they spell no name of the text."""
    title = facts.title
    if " – " not in title and " - " not in title and " — " not in title:
        return []  # (most titles: no dash, no pattern to try)
    call = CALL_WITH.match(untimed(title))  # ("Zəng – Orxan – Azərsu ASC 15:00": the time is no part of the name)
    topic = call and not call.group("company") and not call.group("at") and call.group("topic")
    if not topic:
        return []
    topic = topic.strip(" .,;")
    # (a script without capitals, Persian or Georgian, writes a name in the letters of any word: "آرین پخش")
    uncased = without_capitals(topic) and len(topic.split()) <= 3
    name = topic if uncased else capitalised_run(topic)
    if not name or name != topic or not plausible(facts, name):
        return []
    return [Candidate(name, 2.6, "company named in the title, after a talk with someone")]


def _registered_in_title(facts: EventFacts) -> list[Candidate]:
    """A part of the title that is a name and its legal form ("Interview: Site Engineer (EIT) – Red River
    Engineering Ltd.", "अन्तर्वार्ता – हिमालय सफ्टवेयर प्रा. लि."): a registered name is an organisation's, whatever the
    title's brackets hold."""
    if not writes_a_legal_form(facts.title):
        return []
    # (Hindi and Nepali "प्रा. लि." holds the ". " that ends a sentence: kept whole, as "प्रा.लि.")
    for part in split_parts(facts.title.replace("प्रा. लि", "प्रा.लि")):
        words = part.split()
        uncased = without_capitals(part)  # a script without capitals: Devanagari, Tamil, Bangla, Georgian...
        if not uncased and capitalised_run(part.strip()) != part.strip().rstrip("."):
            continue  # (a sentence's words in lower case: no name)
        for end in range(1, len(words)):
            rest = " ".join(words[end:])
            form = LEGAL_FORM_AHEAD.match(rest)
            name = " ".join(words[:end])
            if form and not rest[form.end():].strip(" .") and plausible(facts, name):
                return [Candidate(name, 4.5, "company registered in the title")]
    return []


def _registered_in_notes(facts: EventFacts) -> list[Candidate]:
    """The company the user's own note writes with its legal form ("Kyaddondo Microfinance Ltd – he will call"):
    a registered name is no person's and no place's, whatever the title says of the caller."""
    if facts.event.organizer is not None or facts.others or not writes_a_legal_form(facts.description[:1500]):
        return []
    for line in facts.description[:1500].splitlines():
        for run in runs(line):
            words = run.split()
            start = 0
            for end in range(1, len(words)):
                if words[end - 1][:1].islower() and words[end - 1] not in NAME_CONNECTORS:
                    start = end  # "Shortlisted for Sahyadri Paints Ltd": the name starts after "for"
                name = " ".join(words[start:end])
                rest = " ".join(words[end:])
                if name and LEGAL_FORM_AHEAD.match(rest) and not LEGAL_FORM_AHEAD.match(f"{name} {rest}") and \
                        plausible(facts, name):  # (the legal form's own first word, "Unipessoal Lda.", is none)
                    return [Candidate(name, 3.0, "company registered in your notes")]
    return []


def _agency_in_notes(facts: EventFacts) -> str | None:
    """The agency the notes of a call name with an agency's word ("Morven Ives, Lochan Talent (morven@…)"), when
    the title names the caller only ("Call Morven re Kelso Foods")."""
    for run in runs(facts.description[:300]) if "@" in facts.description else ():
        words = run.split()
        if len(words) > 1 and words[-1].lower() in AGENCY_WORDS:
            return run
    return None


def _agency_side(facts: EventFacts, employer: str) -> bool:
    """True when the caller's employer reads like a recruitment agency: by its name, or by an address the
    notes give ("…@quetzaltalent.com")."""
    return (names_an_agency(employer) or employer.rsplit(None, 1)[-1].lower() in AGENCY_WORDS
            or any(agency_kind(domain) for domain in facts.written_domains))


_NAME_WORD = r"(?:St\.|[A-Z][\w'’-]+)"
# "Harrowfield General Hospital", "Lakeshore Health Centre", "Universität Wendelstein", "University of Lamna"
_INSTITUTION = re.compile(
    rf"\b(?:{_NAME_WORD}\s+){{1,4}}?(?:(?:General|University|Royal|Private|Children's|Regional|Community)\s+)*"
    r"(?:Hospital|Infirmary|Clinic|Health Cent(?:re|er)|Medical Cent(?:re|er)|Medical Practice|Dental Practice"
    r"|Hospice|Institute)\b"
    r"|\b(?:University|Universität|Universite|Université|Università|Universidad|Universidade|Universiteit|Hochschule"
    rf"|Institut|Instituto|Istituto)(?:\s+(?:of|de|di|du|des|der|van|do|da|for|für))?(?:\s+{_NAME_WORD}){{1,3}}"
)


# what a location's first place is when it is no company: a meeting's link or room, or a building named for itself
# ("Wharf Tower", "Menara Seri", "Wisma Jaya", "Plaza Norte"), which lets floors to many companies
_VENUE_NOISE = re.compile(r"\d|https?:|www\.|zoom|teams|meet|google|webex|phone|telefon|online|remote|home|room|raum"
                          r"|salle|sala|zaal|building|floor|suite|office|bureau|büro|oficina|escritório"
                          r"|\b(?:towers?|plaza|menara|wisma|bangunan|kompleks|torre|turm|mall)\b", re.IGNORECASE)


# the words a café's, a bar's or a restaurant's name opens with
_EATERY = re.compile(r"(?:caf[eé]|caff[eè]|coffee|kaffee|kafe|kafetegi|bar|pub|restaurant|restaurante|ristorante"
                     r"|trattoria|brasserie|bistro|bistrot|teahouse|jatetxe|taberna)\b", re.IGNORECASE)


def _over_a_coffee(facts: EventFacts) -> bool:
    """True when the title names a coffee or a meal with someone, and no interview ("Coffee with Sam")."""
    hits = facts.title_hits
    return not _COFFEE_TAGS.isdisjoint(hits) and "interview" not in hits and "job" not in hits


def _venue(facts: EventFacts) -> list[Candidate]:
    """The place the location names first ("Casa Amparo, Carrer de la Reina 61"): often the
    employer's own premises, a candidate when the text says it too."""
    location = facts.event.location
    first = location.split(",")[0].split(" – ")[0].split(" - ")[0].strip() if location else ""
    if not first or _VENUE_NOISE.search(first) or first == location.strip() and "," not in location:
        return []
    phrase = capitalised_run(first)
    if not phrase or phrase != first or len(phrase.split()) > 5 or not plausible(facts, phrase):
        return []
    if _EATERY.match(phrase) and _over_a_coffee(facts):
        return []  # "Kaffee mit Jonas" at "Café Luitpold": where they meet, not where either works
    # the title writing the place's initials ("RRE - technical interview" at "Red River Engineering, 200 Main St")
    # says the place is the organisation the interview is with
    initials = "".join(word[0] for word in phrase.split() if word[:1].isupper())
    if len(initials) >= 2 and initials in ACRONYM.findall(facts.title):
        return [Candidate(phrase, 3.0, "company named in the location, its initials in the title")]
    return [Candidate(phrase, 1.5, "company named in the location")]


def _named_institution(facts: EventFacts) -> list[Candidate]:
    """A hospital, clinic, university or institute named in full (staff of the NHS and of many
    universities write from shared or unrelated domains)."""
    for place, text in sources(facts):
        for match in _INSTITUTION.finditer(text or ""):
            phrase = tidy(match.group())
            if plausible(facts, phrase):
                return [Candidate(phrase, 3.5, f"institution named in the {place}")]
    return []


def _from_mailbox_name(facts: EventFacts) -> list[Candidate]:
    """The company a recruiting team's name holds ("Lantau Ridge Capital Campus Recruiting"), or the
    one an applicant-tracking system sends in the name of ("Ventos do Sul Energia (via Gupy)")."""
    organizer = facts.organizer
    if organizer is None or not organizer.name or "@" in organizer.name:
        return []
    via = VIA.search(organizer.name)
    if not MAILBOX_WORDS.search(organizer.name) and not (via and facts.sender_system):
        return _sent_in_the_name_of(facts, organizer.name, organizer.domain)
    name = MAILBOX_WORDS.sub(" ", VIA.sub("", organizer.name))
    name = " ".join(name.split()).strip(" -–|,&")
    if len(squash(name)) < 2 or name.lower() in NOT_COMPANIES:
        return []
    return [Candidate(name, 3.0, "company from the recruiting mailbox's name")]


def _sent_in_the_name_of(facts: EventFacts, name: str, domain: str) -> list[Candidate]:
    """The company a hiring system's invitation carries as its sender's name ("Grand Hotel Lago Ceresio"
    <no-reply@teamtailor.com>), unless that is the system's own name or a person's."""
    if not system_of_domain(domain) or is_service(name) or not plausible(facts, name):
        return []
    if is_person_name(name) and NAME_ENDINGS.isdisjoint(name.lower().split()):
        return []  # a recruiter's name; "Grand Hotel Lago Ceresio" reads as one too, but for "Hotel"
    return [Candidate(name, 3.0, "company a hiring system sends the invitation in the name of")]


def _from_domain(facts: EventFacts) -> list[Candidate]:
    """The company a domain names, as a person would write it ("tailspintoys.com": "Tailspin Toys"): the domains of
    the people invited, or, when the export lists nobody, of the host's address a booking page's description gives
    ("Host: Dana Reyes (dana@contoso.io)"); or, with nobody else to name, the recruitment agency's own
    ("Northbridge Search" for northbridge-search.com): while no client is named, the agency is whom the user thanks
    (a client named anywhere outranks this)."""
    domains = facts.naming_domains or _booking_host_domain(facts)
    if not domains:
        return _agency_from_domain(facts)
    met = _people_met_domains(facts)
    found = []
    for rank, domain in enumerate(domains[:3]):
        company = _domain_company(domain)
        if company is not None:
            company = (registered_from_first_word(facts, company) or _written_with_a_tail(facts, domain_label(domain))
                       or company)
            whose = ("the organizer's" if facts.organizer and facts.organizer.domain == domain
                     else "an attendee's" if domain in facts.company_domains else "an address in the description's")
            score = 2.0 - 0.1 * rank + (0.3 if domain in met else 0.0) if domain in facts.company_domains else 0.5
            reason = f"company from {whose} domain"
            found.append(Candidate(company, score, reason))
    return found


def _agency_from_domain(facts: EventFacts) -> list[Candidate]:
    """The recruitment agency on the event, as a text spells its domain ("IT Regrut" for itregrut.rs) or else as
    its domain reads ("Northbridge Search" for northbridge-search.com), the organizer's first: below anything
    else a text names, the title's own words included."""
    organizer = facts.organizer.domain if facts.organizer else None
    domain = min(facts.agency_domains, key=lambda d: (d != organizer, d), default=None)
    if domain is None:
        return []
    texts = [(place, text, None) for place, text in sources(facts) if text]
    spelled = _named_by(facts, domain, 1.0, "the agency's", texts)
    company = spelled[0].name if spelled else _domain_company(domain)
    return [Candidate(company, 1.5, "company from the recruitment agency's domain")] if company else []


def _booking_host_domain(facts: EventFacts) -> tuple[str, ...]:
    """The domain of the first address the description of a booking page's meeting gives, when nobody of another
    organisation is on the invitation (an export that leaves the invitation's people out)."""
    if facts.company_domains or not facts.written_domains:
        return ()
    booked = system(facts)[0]
    return facts.written_domains[:1] if booked and booked[1] == BOOKING else ()


def _written_with_a_tail(facts: EventFacts, label: str) -> str | None:
    """The name the description writes whose word a domain's ``label`` starts with, the rest a short tail ("Clínica
    Ecoar" for ecoarfono.com.br), or spells in Latin letters ("Клініки Мальва" for malva.clinic); with the word for
    an institution the text writes before it. A name made of the label's letters is only a guess beside it."""
    text = facts.description[:1500]
    if len(label) < 4 or not text:
        return None
    for match in _NAME_WORD.finditer(text):
        word = match.group()
        if not word[0].isupper():
            continue
        key = squash(word if word.isascii() else ukrainian_in_latin(word.lower()))
        if len(key) < 4 or not label.startswith(key) or len(label) - len(key) > 4:
            continue
        before = text[:match.start()].rstrip().rsplit(None, 1)
        if before and before[-1][:1].isupper() and squash(before[-1]).startswith(_INSTITUTION_STEMS):
            return f"{before[-1]} {word}"
        return word
    return None


_NAME_WORD = re.compile(r"(?<![\w@./-])[^\W\d_][\w'’-]{3,}(?![\w@])")
# the first letters of the words for an institution that goes before its name ("Clínica", "Clinic", "Клініки")
_INSTITUTION_STEMS = ("clinic", "clinik", "klinik", "hospit", "escola", "school", "colegi", "colleg", "instit",
                      "клінік", "лікарн", "школ", "ліце", "інстит")


def _own_organisation(facts: EventFacts) -> list[Candidate]:
    """The user's own organisation, for an interview only colleagues are on (an internal application)."""
    if facts.company_domains or not facts.my_domains:
        return []
    found = []
    for domain in dict.fromkeys(d for _person, d in facts.everyone_else if d in facts.my_domains):
        named = _named_by(facts, domain, 1.5, "your", [(p, t, None) for p, t in sources(facts) if t])
        found += [Candidate(c.name, c.score, "your own organisation (an interview inside it)") for c in named]
        company = _domain_company(domain)
        if company and not named:
            found.append(Candidate(company, 1.2, "your own organisation (an interview inside it)"))
    return found


@lru_cache(maxsize=16384)
def _domain_company(domain: str) -> str | None:
    """The company a domain names as a person would write it: "tailspintoys.com" -> "Tailspin Toys"."""
    label = name_form(domain)  # "litwareinc" -> "litware"
    if len(label) < 3:
        return None  # "mn.gov", "hp.com": letters, not a name a person would write
    hyphenated = [w for w in domain_label(domain).split("-") if w]
    words = hyphenated if len(hyphenated) > 1 else split_label(label)
    if len(words) == 1 and len(words[0]) <= 3:
        return words[0].upper()  # "ibm.com" -> "IBM"
    return " ".join(w.capitalize() for w in words)


# "with" (and "and"), after which a title names a person: Croatian, Serbian, Czech and Slovak "s", "sa", "se",
# Polish and Slovene "z", "ze" ("Kava s Martinom", the name declined)
_WITH = frozenset("with w/ mit avec con com met con and y und et e en s sa se z ze".split())


def from_title_words(facts: EventFacts) -> list[Candidate]:
    """Capitalised words of the title that are not interview words, people or a role.

    The last resort, for events nobody else is on ("Contoso onsite"); a name after "with" is
    taken for a person.
    """
    if _PERSON_TITLE.match(facts.title) or _two_people(facts.title):
        return []  # "Marguerite Tessier": the title is someone's name
    people = {w.lower() for p in (facts.organizer, *facts.others) if p and p.name for w in p.name.split()}
    title = facts.title.replace(",", " | ")
    if "/" in title:  # "call w/ Ingrid": the shorthand for "with" before a person
        title = _WITH_SHORTHAND.sub("with ", title)
    segments = split_parts(title)
    named = people | _first_names_of_mailboxes(facts)
    if not title.isascii() and named:
        named |= _spelled_in_other_letters(segments, named)
    noise = interview_words(facts.vocabulary) | named | facts.my_name_words
    # a part that names only the person met ("Goran – Elmak ESCO"): the part beside it names where they work,
    # before the place they meet at ("Café London")
    score = 1.6 if len(segments) > 1 and any(_names_a_person(segment, named, noise) for segment in segments) else 1.0
    reason = "company named beside a person in the title" if score > 1.0 else "company guessed from the title's words"
    guess = None
    for segment in segments:
        words = TOKEN.findall(segment)
        registered = _registered_words(words, noise, facts)
        run = registered or _capitalised_words(words, noise)
        phrase = tidy(" ".join(run))
        if not phrase or is_service(phrase) or _names_a_field(words, run):
            continue  # "HireVue video interview – Straits Meridian": the company comes after the system
        if not registered and " " not in phrase and _BASQUE_WITH.search(phrase):
            continue  # "Kafea Mikelekin": Basque's "with" ends the person's name, "with Mikel"
        if not registered and _beside_a_job_title(facts, words, run):
            continue  # "Plant Manager", "Leiter Einkauf": a job title's words; "Tom Driver": a person's
        if not registered and (facts.written_as_someone(phrase) and not ends_as_an_organisation(phrase)
                               or _after_a_first_name(words, run, people)):
            continue  # "Rhys Whitlock" of "Interview with Rhys Whitlock", or after an invited "Rhys": a person
        if guess is not None:  # a lone word before a comma: the firm after it, if it reads as one
            return [Candidate(phrase if _firm_after_a_first_name(facts.title, guess, phrase) else guess, score,
                              reason)]
        if plausible(facts, phrase):
            if " " in phrase or f"{phrase}, " not in facts.title:
                return [Candidate(phrase, score, reason)]
            guess = phrase
    return [Candidate(guess, score, reason)] if guess else []


def _spelled_in_other_letters(segments: list[str], names: set[str] | frozenset[str]) -> set[str]:
    """The title's words, written in other letters than Latin ones or with accents, that spell one of the ``names``
    of the people on the event (Latin letters, from their name or their address): "Горан" for goran.petrovski@,
    "Γιώργος" for giorgos@, compared through ``cyrillic_key`` so that either scheme of writing them matches."""
    keys = {cyrillic_key(squash(name)) for name in names if len(name) > 2}
    found = set()
    for segment in segments:
        for word in TOKEN.findall(segment):
            if word[:1].isupper() and not word.isascii():
                bare = word.strip(".'’-&").lower()
                if bare not in names and cyrillic_key(squash(bare)) in keys:
                    found.add(bare)
    return found


def _names_a_person(segment: str, named: set[str] | frozenset[str], noise: frozenset[str] | set[str]) -> bool:
    """True when the title's ``segment`` names someone on the event and nothing else its capitalised words could
    name ("Goran", "Coffee with Ana"): the person met."""
    capitalised = [word.strip(".'’-&").lower() for word in TOKEN.findall(segment) if word[:1].isupper()]
    return any(word in named for word in capitalised) and all(word in noise for word in capitalised)


def _firm_after_a_first_name(title: str, word: str, then: str) -> bool:
    """True when ``title`` writes a lone ``word``, a comma and ``then``, a name ending in the kind of organisation it
    is ("ph int - Niamh, Glenholm Care"): a note names the person, then where they work."""
    return f"{word}, {then}" in title and " " in then and then.rsplit(None, 1)[-1].lower() in ORGANISATION_KINDS


_WITH_SHORTHAND = re.compile(r"\b[Ww]/\s*")
_BASQUE_WITH = re.compile(r"\w{2}r?ekin$")
_TWO_NAMES = re.compile(r"^(.+?)\s+(?:and|und|et|y|e|en|&)\s+(.+)$")


def _two_people(title: str) -> bool:
    """True when ``title`` is two people's names, as a booking page titles a meeting ("Dana Reyes and Sam Ortiz"):
    the invitee and the host, whoever the export leaves off the invitation."""
    pair = _TWO_NAMES.match(title)
    return pair is not None and is_person_name(pair.group(1)) and is_person_name(pair.group(2))
# a person's address as the description writes it, first name and surname ("ingrid.holm@brightpath.example")
_PERSONAL_MAILBOX = re.compile(r"(?<![\w.+-])([^\W\d_]{2,})[._]([^\W\d_]{2,})@([\w-]+)")


def _first_names_of_mailboxes(facts: EventFacts) -> frozenset[str]:
    """The first names of the "first.last@" addresses the description gives, whose domain does not spell them:
    a title's word that is one names the person the user talks to ("call w/ Ingrid"), not a company."""
    if "@" not in facts.description:
        return frozenset()
    # (the words that end many firms' names are no part of the name a domain spells: "ana" of "ana.ilic@" is no part
    # of "bgrid-analytics")
    return frozenset(first for first, _last, label in _PERSONAL_MAILBOX.findall(facts.description[:1500].lower())
                     if first not in split_label(label)[0])


def _after_a_first_name(words: list[str], run: list[str], people: set[str]) -> bool:
    """True when the title's capitalised ``run`` of ``words`` comes right after a capitalised word of the name of
    someone invited ("Whitlock" after "Rhys", who is on the invitation): the rest of their name."""
    at = words.index(run[0]) if run and run[0] in words else 0
    return at > 0 and words[at - 1][:1].isupper() and words[at - 1].strip(".'’-&").lower() in people


def _beside_a_job_title(facts: EventFacts, words: list[str], run: list[str]) -> bool:
    """True when the title's capitalised ``run`` of ``words`` comes right before or after the word that heads a job
    title ("Plant" of "Plant Manager", "Einkauf" of "Leiter Einkauf"): the title's own words, or a name whose surname
    is a trade's ("Tom Driver"), no company's."""
    at = words.index(run[0]) if run and run[0] in words else -1
    if at < 0:
        return False
    beside = words[at + len(run):at + len(run) + 1] + words[at - 1:at] if at else words[at + len(run):at + len(run) + 1]
    if at >= 2 and words[at - 1].lower() in _OF:
        # "Finance" of "Head of Finance", "Director of Engineering": the field a title heads
        beside.append(f"{words[at - 2]} {words[at - 1]}")
    for word in beside:
        folded = fold(word)
        if word[:1].isupper() and ("role" in facts.vocabulary.scan(folded) or practitioner(folded)):
            return True
    return False


# "of", between the word that heads a job title and the field it heads ("Head of Finance", "Directeur de la Stratégie")
_OF = frozenset("of de".split())
# the openings a field of work has: "Finance Roles", "Sales Positions" name what is talked about, not who
_OPENINGS = frozenset("roles positions openings vacancies opportunities jobs vacatures stellen positionen".split())


def _names_a_field(words: list[str], run: list[str]) -> bool:
    """True when the title's capitalised ``run`` is followed by a word for openings ("Finance Roles")."""
    at = words.index(run[0]) + len(run) if run and run[0] in words else len(words)
    return at < len(words) and words[at].lower().strip(".,") in _OPENINGS


def _registered_words(words: list[str], noise: frozenset[str], facts: EventFacts) -> list[str]:
    """The words of a name the title writes with its legal form ("Ty a Gardd Cyf", "HR Solutions Kft"), from its
    first capitalised word that is no interview word by itself: a word another language's phrase holds ("ty" of
    Vietnamese "công ty") or a function word of the name's own language ("a") is part of it; else none."""
    if not writes_a_legal_form(" ".join(words)):
        return []  # (most titles write none)
    for i, word in enumerate(words):
        if not word[0].isupper() or word.strip(".'’-&").lower() in facts.name_words_of_others:
            continue
        if i and words[i - 1].lower() in _WITH and not ACRONYM.fullmatch(word):
            continue  # "with Ffion ...": a person
        if word.strip(".'’-&").lower() in noise and facts.vocabulary.scan(fold(word)):
            continue  # "Interview", "Cyfweliad": what the meeting is
        run = capitalised_run(" ".join(words[i:]))
        if run and without_legal_form(run) != run and run.split()[0] == word:
            return run.split()
        return []
    return []


def _capitalised_words(words: list[str], noise: frozenset[str]) -> list[str]:
    run: list[str] = []
    person = False  # the words after "with" of a person's name ("with Joe Smith"): no company's
    for i, word in enumerate(words):
        bare = word.strip(".'’-&").lower()
        # (a word in capitals after "with" is an organisation's initials, not a first name: "with IT Regrut")
        after_with = i > 0 and words[i - 1].lower() in _WITH and not ACRONYM.fullmatch(word)
        person = word[0].isupper() and not run and (after_with or person)
        if word[0].isupper() and (bare not in noise or not run and _opens_a_name(words, i, noise)) and not person:
            run.append(word)
        elif run and word[0].isupper() and bare in AGENCY_WORDS:
            run.append(word)  # the word that ends an agency's name ("Garonne Finance Recrutement")
        elif run and i == len(words) - 1 and bare in ORGANISATION_KINDS:
            run.append(word)  # the kind ending the name, in the small letter Slavic names write it ("Moravska banka")
            break
        elif run and _goes_on_with_a_name(run, words, i, noise):
            run.append(word)  # "Bank of", "Benki ya", "Clinique des" before the name; "Mwanga Tea" before "Estates"
        elif run:
            break
    return run


# the words that join an institution's kind to its name ("Bank of Valletta", "Benki ya Mwanga", "Clinique des
# Tilleuls", "Szpital Miejski w Toruniu"), and the Maltese article joined to the name ("Bank tal-Gżira")
_NAME_LINKS = frozenset("of the de des du la le los las del da do dos das di della dei van der ya wa cha za w we na"
                        " ng ta' ta’".split())
_JOINED_ARTICLE = re.compile(r"ta[lndrstxzżċ]?['’-](?=\w)", re.IGNORECASE)
# the kinds of institution that open a name and take "of" before the rest of it, in the languages titles write
_OPENING_KINDS = frozenset(
    "bank banque banco banca benki bangko hospital hôpital hopital hospitali ospedale szpital lopital clinic"
    " clinique clínica clinica klinik school école ecole escuela escola shule szkoła skola lekòl college collège"
    " colegio colégio lycée liceo hotel hôtel museum musée museo fondation fundación fundação foundation"
    " cooperativa coopérative kampuni chuo ministry ministère ministerio".split()
)


def _opens_a_name(words: list[str], at: int, noise: frozenset[str]) -> bool:
    """True when ``words[at]``, a word of the vocabulary's phrases, is an institution's kind that opens the name
    after it ("Colegio San Rafael", "School of Nursing"): not when an interview's words follow ("School interview")."""
    if words[at].lower() not in _OPENING_KINDS or at + 1 >= len(words):
        return False
    nxt = words[at + 1]
    return (nxt[:1].isupper() and nxt.strip(".'’-&").lower() not in noise
            or _goes_on_with_a_name(words[at:at + 1], words, at + 1, noise))


def _goes_on_with_a_name(run: list[str], words: list[str], at: int, noise: frozenset[str]) -> bool:
    """True when ``words[at]``, after the capitalised ``run``, is no end of the name: a word joining an institution's
    kind to the name that follows ("Bank of Valletta"), or a capitalised word of the vocabulary's phrases between
    two words of the name ("Mwanga Tea Estates"), where a word of an interview's name ends it ("Acme Phone Screen")."""
    word = words[at]
    bare = word.lower()
    if run[0].lower() in _OPENING_KINDS:
        joined = _JOINED_ARTICLE.match(word) if len(run) == 1 else None
        if joined:
            return word[joined.end()].isupper()
        if bare in _NAME_LINKS:
            nxt = next((w for w in words[at + 1:] if w.lower() not in _NAME_LINKS), "")
            return nxt[:1].isupper() and nxt.strip(".'’-&").lower() not in noise
    if not word[:1].isupper() or at + 1 >= len(words):
        return False
    nxt = words[at + 1]
    return nxt[:1].isupper() and nxt.strip(".'’-&").lower() not in noise and not ACRONYM.fullmatch(word)


_PERSON_TITLE = re.compile(
    r"^[A-Z][a-zà-ÿ'’-]+(?:\s+(?:van|von|de|der|den|da|del|di|du|le|la)?\s*[A-Z][a-zà-ÿ'’-]+){1,2}$"
)
# each finder, and the highest score it gives (its candidates' bonuses come on top: _MOST_BONUS)
FINDERS = ((_agency_itself, 9.5), (_agency_client, 9.0), (_by_domain, 7.3), (_call_note_client, 7.0),
           (_title_markers, 5.0), (_called_organisation, 5.0), (_registered_in_title, 4.5),
           (_description_markers, 4.0), (_named_institution, 3.5), (_company_word_in_names, 3.5),
           (_registered_in_notes, 3.0),
           (_from_mailbox_name, 3.0), (_atop_call_notes, 3.0),
           (_talked_about, 2.6), (_from_domain, 2.3), (_own_organisation, 7.3), (_venue, 1.5))
