"""The people the user meets in an interview: who will receive a thank-you note.

Attendees other than the user, leaving out rooms and resources, declined attendees, no-reply and
scheduling mailboxes, applicant-tracking addresses, and shared recruiting mailboxes when a person
is there. When the description holds a merged schedule (timed lines naming the interviewers),
the interviewers are the people it lists: attendees it names, and those it gives an address for.
When nobody is left, the organizer (a recruiter or a shared mailbox) is the one person, else an
address the description gives.
"""
from __future__ import annotations

import re
import unicodedata

from ..base import Person
from .domains import ARMENIAN_LETTER, GEORGIAN_LETTER, names_in_latin, squash
from .facts import EventFacts
from .scanner import fold
from .systems import address_kind
from .thai import names_in_thai
from .words import INTERVIEWERS_HEADING, SCHEDULER_TITLE, sender_stays_away, signs_off

_EMAIL = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
# the name written just before an address: "Ben Ode <ben@...>", "Ana Lima (ana@...)"
_NAME_BEFORE = re.compile(r"(?<![\w'’.-])([^\W\d_][\w'’.-]+(?:[ \t]+[^\W\d_][\w'’.-]+){0,3})"
                          r"[ \t]*[<(\[][ \t]*(?:mailto:)?$")
_TIME = re.compile(r"(?<!\d)\d{1,2}(?:[:.h]\d{2}\b|\s?[ap]m\b|時)", re.IGNORECASE)
# a line of the description that speaks of a time, an interview or whom it is with ("... ilə görüşəcəksiniz":
# Azerbaijani and Turkish write "with" after the names): the addresses on it are of people met
_SCHEDULE_LINE = re.compile(
    r"\d{1,2}[:.h]\d{2}|\d{1,2}\s?(?:am|pm)\b|interview|\bwith\b|panel|round|session|\bmit\b|\bavec\b"
    r"|\bcon\b|\bmet\b|面接|担当|haastattel|\bkanssa\b|pohovor|συνέντευξ|\bμε\b|\bil[əe]\b|müsahib|mülakat"
    r"|面試|面试|面談|面谈|\bсо\b|\bса\b|\bsa\b|\bкруг|\bkrug",
    re.IGNORECASE,
)
# a description that announces a schedule or a list of interviewers makes every line in it count
_SCHEDULE_BLOCK = re.compile(r"schedule|agenda|itinerary|interviewer|panel|ablauf|gremium|ausschuss|programme|programa"
                             r"|programma|planning|rooster|committee|commission|kommission|commissie|comité|comisión"
                             r"|commissione|comissão|スケジュール|日程|面接官|haastattel|aikataulu|pohovor|komise"
                             r"|harmonogram|συνέντευξ|πρόγραμμα|επιτροπή", re.IGNORECASE)
# someone listed who will not be there: "(unable to attend)", "helaas verhinderd"
_ABSENT = re.compile(
    r"unable to (?:attend|join|make it)|(?:can(?:no|')t|won't|will not)\s+(?:be able to\s+)?(?:be\s+)?"
    r"(?:attend|join|make it|there|on the call|joining|attending|present)"
    r"|verhinder[td]|empêché|no podrá|não poderá|non potrà|absent|\bnot\s+(?:attending|joining|present|taking part)\b"
    # someone else's absence: "(nimmt nicht teil)", "(ne participe pas)", "(no participa)", "(non partecipa)"
    r"|nimmt nicht teil|nicht anwesend|ne particip(?:e|era) pas|ne sera pas présente?"
    r"|\bno (?:particip|asist)(?:a|ará)\b|no estará presente|non partecip(?:a|erà)\b|non sarà presente"
    r"|não particip(?:a|ará)\b|não estará presente"
    r"|neemt niet deel|niet aanwezig"
    r"|nezúčastní|nebude přítomn|nemůže zúčastnit|ei pääse|ei osallistu|δεν θα (?:συμμετ|είναι παρ|μπορέσει)",
    re.IGNORECASE)
_ABSENT_WORDS = ("unable", "n't", "cannot", "will not", "verhinder", "empêch", "podrá", "poderá", "potrà", "absent",
                 "not attending", "not joining", "not present", "not taking part", "nimmt nicht", "nicht anwesend",
                 "ne particip", "ne sera pas", "no particip", "no asist", "no estará", "non partecip", "non sarà",
                 "não particip", "não estará", "niet deel", "niet aanwezig",
                 "nezúčastní", "nebude", "nemůže", "ei pääse", "ei osallistu", "δεν θα")
_NOT_MET = re.compile(
    r"contact|question|reach|reply|reschedul|coordinat|assistant|schedul|support|help|privacy|unsubscribe"
    r"|kontakt|fragen|questions|preguntas|dúvidas|domande|vragen|お問い合わせ|連絡|yhteyttä|kysy|dotaz"
    r"|επικοινων|ερωτήσ|απορί",
    re.IGNORECASE,
)

# the sender saying they will sit in too: "人事 高橋も同席いたします", "Maya will also join", "ich bin auch dabei",
# "Walt (cc'd) will sit in with me"
_SITS_IN = re.compile(
    r"も(?:同席|参加)|\b(?:will|'ll|shall)\s+(?:also\s+)?(?:join|sit in|attend|be joining|be sitting in)"
    r"(?:\s+(?:us|you|the call|the interview|the meeting))?\s+(?:too|as well)\b|\b(?:will|'ll)\s+also\s+"
    r"(?:join|sit in|attend|be joining|be sitting in|be there)\b|\b(?:will|'ll|shall)\s+(?:sit|be sitting)\s+in\b"
    r"|\b(?:nimmt|nehme)\s+(?:auch|ebenfalls)\s+teil"
    r"|\b(?:ist|bin)\s+(?:auch|ebenfalls)\s+dabei|\bsera(?:i)?\s+(?:également|aussi)\s+présente?\b"
    r"|\btambién\s+(?:estar[áé]|participar[áé])\b|\btambém\s+(?:estar[áe]i?|participar[áe]i?)\b"
    r"|\b(?:schuift|schuif)\s+ook\s+aan\b|\b(?:sarà\s+presente|parteciperà|prenderà\s+parte)\s+anche\b",
    re.IGNORECASE,
)
# "I'll also join", "私も同席": the sender is the one who sits in
_FIRST_PERSON = re.compile(r"(?:\b(?:i|ich|je|yo|eu|ik|io|minä|εγώ)|私|わたし)\s*$", re.IGNORECASE)
_CJK = re.compile(r"[\u3040-\u30ff\u3400-\u9fff]")
_THAI = re.compile(r"[\u0e01-\u0e4e]")
# a label and its colon starting a line ("Interviewers:", "■面接官：", "Jury :"): the label is short
_LABEL = re.compile(r"^([^:：\n]{1,30})[:：]")


def people_met(facts: EventFacts) -> tuple[Person, ...]:
    """Who the user meets, in invitation order, each address once."""
    present = [p for p in facts.others
               if _is_person(p) and not facts.is_me_by_name(p) and not facts.is_my_address(p.email)]
    if len(present) > 1:  # one of them may be said not to come ("Suresh won't be joining", "I won't be on the call")
        absent = _said_absent(facts)
        away = (_sender_stays_away(facts) or any(_FIRST_PERSON.search(c) for c in absent)
                or _only_arranges(facts, present))
        sender = facts.organizer.email if facts.organizer and away else None
        present = [p for p in present if not _named_in(p, absent) and p.email != sender]
        if any(p.optional for p in present):  # "Julia is only there if contract questions come up"
            on_call = _said_only_if_needed(facts)
            present = [p for p in present if not (p.optional and _named_in(p, on_call))]
    listed = _listed_in_description(facts)
    # a shared mailbox is met only when no person is: not when the description names the interviewers
    organizer = facts.organizer
    writes_as_person = organizer is not None and address_kind(organizer.email, organizer.name) == "person"
    people = [p for p in present if address_kind(p.email, p.name) == "person"] or (
        [] if listed or writes_as_person else present)  # then the organizer is the one met (``_fallback``)
    scheduled = _named_in_schedule(facts.description, people)
    if scheduled:
        people = scheduled
    people += listed
    if not people:
        people = _fallback(facts)
    # (whether the sender stays away is read last: most descriptions list no interviewers, one look at the text)
    elif _organizer_sits_in(facts) or ((_listed_as_interviewer(facts, organizer) or _met_beside(facts, people)
                                        or _others_join_for_a_part(facts, people) or _listed_in_title(facts, people)
                                        or _others_also_take_part(facts, people)
                                        or _met_after_a_part(facts, people))
                                       and not _sender_stays_away(facts)):
        people.append(facts.organizer)
    unique: dict[str, Person] = {}
    for person in people:  # the same address twice: the fuller name ("Petros Halkias", not the text's "Petros")
        known = unique.get(person.email)
        if known is None or len(person.name.split()) > len(known.name.split()):
            unique[person.email] = person
    return tuple(unique.values())


def _listed_in_title(facts: EventFacts, people: list[Person]) -> bool:
    """True when the title's first part lists the first names of those who meet, joined by "/", "+" or "<>", the
    organizer's among them beside someone met ("Kagiso / Lorato / Onalenna - SkyPula"): the organizer is met too."""
    organizer = facts.organizer
    if organizer is None or not organizer.name or "@" in organizer.name:
        return False
    head = _TITLE_PART_END.split(facts.title, 1)[0]
    names = [part.strip().lower() for part in _NAMES_JOINED.split(head)]
    if len(names) < 2 or any(not name or len(name.split()) > 2 for name in names):
        return False
    listed = {name.split()[0] for name in names}
    first = organizer.name.split()[0].lower()
    return first in listed and any(p.name and p.name.split()[0].lower() in listed
                                   for p in people if p.email != organizer.email)


# what ends a title's first part, and what joins the names a title lists
_TITLE_PART_END = re.compile(r"\s[-–—|:]\s")
_NAMES_JOINED = re.compile(r"\s(?:/|\+|<>|&)\s")


def _sender_stays_away(facts: EventFacts) -> bool:
    """True when the organizer writes they will not be there ("I won't be joining")."""
    return facts.organizer is not None and facts.sender_stays_away


def _said_absent(facts: EventFacts) -> list[str]:
    """The clauses of the description that say someone will not be there ("Suresh won't be joining",
    "dr. Tim Bos (helaas verhinderd)"): from the start of the sentence to the words that say so."""
    text = facts.description
    if not text or not any(word in facts.text_f for word in _ABSENT_WORDS):
        return []
    return _absent_clauses(text)


def _absent_clauses(text: str) -> list[str]:
    """The clauses of ``text`` that say someone will not be there, lower-cased (see ``_said_absent``)."""
    if not _ABSENT.search(text):
        return []
    clauses = []
    for match in _ABSENT.finditer(text):  # (a clause ends at a semicolon: "(Lechner, Koller); HR takes no part")
        start = max(text.rfind(mark, 0, match.start()) for mark in (". ", "! ", "? ", "; ", "\n")) + 1
        clauses.append(text[start:match.start()].lower())
    return clauses


def _said_only_if_needed(facts: EventFacts) -> list[str]:
    """The clauses of the description that say someone joins only if needed ("Julia ist nur optional dabei, falls
    Fragen zum Vertrag kommen", "Tom joins only if legal questions come up"): an optional attendee they name is
    on call, not met."""
    text = facts.description
    if not text:
        return []
    clauses = []
    for match in _ONLY_IF_NEEDED.finditer(text):
        start = max(text.rfind(mark, 0, match.start()) for mark in (". ", "! ", "? ", "\n")) + 1
        clauses.append(text[start:match.start()].lower())
    return clauses


# the words that make someone's presence conditional or optional, or their place on the invitation a copy for
# information
_ONLY_IF_NEEDED = re.compile(
    r"\b(?:only if|only when|if needed|if necessary|if required|should (?:any )?\w+ questions"
    r"|nur (?:optional|bei bedarf|falls|wenn)|bei bedarf|falls nötig|optional dabei"
    r"|solo si|sólo si|si (?:es )?necesario|si hace falta|só se|apenas se|se necessário|seulement si|au besoin"
    r"|si nécessaire|alleen als|indien nodig|solo se|se necessario"
    # or is on the invitation only to be informed ("Aroha cc'd for info only", "is included for information")
    r"|for (?:info|information|visibility)|fyi|zur (?:info|kenntnis)|pour (?:info|information)|ter info"
    r"|para (?:información|conocimiento)|per conoscenza|na znanje|teadmiseks|žiniai)\b",
    re.IGNORECASE)


def _named_in(person: Person, clauses: list[str]) -> bool:
    """True when one of ``clauses`` names ``person``."""
    if not clauses or not person.name or "@" in person.name:
        return False
    words = [w for w in re.findall(r"[^\W\d_]+", person.name.lower()) if len(w) > 2]
    return any(word in clause and re.search(r"\b" + re.escape(word) + r"\b", clause)
               for clause in clauses for word in words)


def _organizer_sits_in(facts: EventFacts) -> bool:
    """True when the organizer, a person, writes that they will sit in on the interview too."""
    organizer = facts.organizer
    if organizer is None or address_kind(organizer.email, organizer.name) != "person":
        return False
    if "with-me" in facts.text_hits:  # "a conversation with Wouter Brinkman and me", "et moi-même"
        return not _away_in_the_same_sentence(facts.text_f, facts.text_hits["with-me"])
    if "together" in facts.text_f and _WE_DO_TOGETHER.search(facts.text_f):
        return True
    if any(word in facts.text_f for word in _WITH_ME_WORDS) and _A_PART_WITH_ME.search(facts.text_f):
        return True  # "prova técnica comigo, depois conversa com o Sr. Resende": the sender holds the test
    if "sits-in" not in facts.text_hits:
        return False
    names = [word for word in organizer.name.split() if len(word) > 1 and "@" not in word]
    for match in _SITS_IN.finditer(facts.description):
        before = facts.description[max(0, match.start() - 30): match.start()]
        if _FIRST_PERSON.search(before) or any(name in before for name in names):
            return True
        if match.group().startswith("も同席") and not facts.sender_stays_away:
            return True  # "山本も同席いたします": a colleague sits in with the sender, who is there too
    return False


def _away_in_the_same_sentence(text_f: str, phrase: str) -> bool:
    """True when the sentence of folded ``text_f`` that holds ``phrase`` also has the sender say they will not be
    there ("I won't join this one – just ask for me at reception"): the sender is found before or after, not met."""
    at = text_f.find(phrase)
    return at >= 0 and sender_stays_away(_sentence_at(text_f, at, at + len(phrase)))


_SENTENCE_MARKS = (". ", "! ", "? ", "\n")


# the sender's "we" doing something with the user at the meeting ("We'll also look at a short case together"),
# not putting something together
_WE_DO_TOGETHER = re.compile(r"\bwe(?:'ll| will| shall)\b[^.!?\n]{0,60}?(?<!\bput )(?<!\bpull )(?<!\bbring )"
                             r"\btogether\b")


# a part of the interview the sender says is with them ("a technical test with me, then a chat with Dana", "prova
# técnica comigo", "una prueba conmigo"); the scanner's phrases cannot hold it, the test's own words being one
_WITH_ME_WORDS = ("with me", "comigo", "conmigo")
_A_PART_WITH_ME = re.compile(r"\b(?:test|interview|chat|conversation|prova|teste|entrevista|conversa|prueba|charla"
                             r"|conversación)\b[^.;:!?\n]{0,25}?\b(?:with me|comigo|conmigo)\b")


def _others_join_for_a_part(facts: EventFacts, people: list[Person]) -> bool:
    """True when everyone met but the organizer, a person, is said to join for a part of it ("Hannah will join for
    the presentation part"): someone is there for the rest, the organizer who writes so."""
    organizer = facts.organizer
    text = facts.description
    if organizer is None or "join" not in text or address_kind(organizer.email, organizer.name) != "person":
        return False
    joining = {word for match in _JOINS_FOR_A_PART.finditer(text)
               for word in _WORDS.findall(text[max(0, match.start() - 40):match.start()].lower())}
    return bool(joining) and all(p.name and p.name.split()[0].lower() in joining
                                 for p in people if p.email != organizer.email)


def _others_also_take_part(facts: EventFacts, people: list[Person]) -> bool:
    """True when everyone met but the organizer, a person, is said to take part too, named after the words that say
    so ("Al colloquio parteciperà anche Marco Rossi", "También participará Omar"): someone is there whom they join,
    the organizer who writes so. (Named before them, "Maya will also join" may only add Maya to a call the sender
    booked.)"""
    organizer = facts.organizer
    if organizer is None or "sits-in" not in facts.text_hits:
        return False
    if address_kind(organizer.email, organizer.name) != "person":
        return False
    others = [p for p in people if p.email != organizer.email]
    text = facts.description
    said = [text[m.end():_sentence_end(text, m.end())] for m in _SITS_IN.finditer(text)]
    return bool(others) and all(any(_writes_name(sentence, p) for sentence in said) for p in others)


def _sentence_at(text: str, start: int, end: int) -> str:
    """The sentence of ``text`` that holds its span from ``start`` to ``end``."""
    return text[max(text.rfind(mark, 0, start) for mark in _SENTENCE_MARKS) + 1:_sentence_end(text, end)]


def _sentence_end(text: str, at: int) -> int:
    """Where the sentence of ``text`` that goes on at ``at`` ends."""
    return min((end for end in (text.find(mark, at) for mark in _SENTENCE_MARKS) if end >= 0), default=len(text))


def _met_after_a_part(facts: EventFacts, people: list[Person]) -> bool:
    """True when the organizer, a person, writes that the user meets everyone else after another part of the
    interview ("Technical deep dive + meet Dana Ruiz (CFO)", "site tour, then meet Tom"): the organizer holds
    that part."""
    organizer = facts.organizer
    if organizer is None or "meet" not in facts.text_f + facts.title_f or address_kind(
            organizer.email, organizer.name) != "person":
        return False
    others = [p for p in people if p.email != organizer.email and p.name and "@" not in p.name]
    after = [text[m.end():m.end() + 60] for text in (facts.title, facts.description)
             for m in _MEET_AFTER_A_PART.finditer(text)]
    return bool(others) and all(any(_writes_name(text, p) for text in after) for p in others)


# "… + meet", "…, then meet", "… followed by meeting": meeting someone after another part
_MEET_AFTER_A_PART = re.compile(r"(?:\s\+|\bthen|\bfollowed by)\s+(?:you(?:'ll| will)\s+)?meet(?:ing)?\s+(?:with\s+)?",
                                re.IGNORECASE)


# "Hannah will join for the presentation part", "Tom will join us for the last half hour"
_JOINS_FOR_A_PART = re.compile(r"\b(?:will|'ll|’ll)\s+(?:also\s+)?join\s+(?:us\s+|you\s+)?for\b", re.IGNORECASE)
_WORDS = re.compile(r"\w+")


def _met_beside(facts: EventFacts, people: list[Person]) -> bool:
    """True when the organizer, a person, is named beside someone met after the word for "with" ("then discuss
    it with Pieter and Jacques Fortuin", "un entretien avec Claire et Marc"), or joined to them by "and" ("questions
    from Pieter and Jacques", "Pieter (partner) en Jacques (HR) tonen je het kantoor"): they are met too."""
    organizer = facts.organizer
    if organizer is None or not organizer.name or "@" in organizer.name or not people or not facts.description:
        return False
    if address_kind(organizer.email, organizer.name) != "person" or not _may_write_name(facts.description, organizer):
        return False
    for match in (*_WITH_NAMES.finditer(facts.description), *_JOINED_NAMES.finditer(facts.description)):
        names = match.group("names")
        if _writes_name(names, organizer) and any(
                p.email != organizer.email and _writes_name(names, p) for p in people):
            return True
    return False


# the names after the word for "with", up to the end of the clause, with the titles in brackets after them: "with
# Pieter and Jacques Fortuin (Chief Actuary)", "with Thibault (Head of Department) + Olivia" (looked for only where
# one of those words' first letters comes: the regex engine then skips the other places at once)
_WITH_NAMES = re.compile(r"(?=[wmaczbd])\b(?:with|mit|avec|con|com|met|med|z|cu|bersama|dengan)\s+"
                         r"(?P<names>(?:[^.;:!?\n()]|\([^.;:!?\n()]{1,50}\)){1,80})",
                         re.IGNORECASE)
# two people's names joined by "and", each perhaps with their title in brackets: "questions from Anna Berg and Ole
# Dahl", "Jesper (head vet) og Lone (ward manager) show you round", "Dan (director juridic) și Alina (HR)", "Rahim
# dan Siti", "Nagy Eszternek és Fekete Lászlónak" (Hungarian endings go on the name: the name is still written),
# "Marina + Ricardo Brandão", "Віктор Гриценко (CFO) та Юлія", "Niamh plus our CFO Tom Reilly"
# (Romanian capitals with a comma below, "Șerban", "Țurcanu", lie beyond the other accented ones)
_NAME = (r"(?-i:[A-ZÀ-ÖØ-ÞĀ-ŽȘȚА-ЯІЇЄҐԱ-Ֆ][\w'’-]+(?:[ \t]+(?:(?:van|von|de|den|der|da|di|du|le|la)[ \t]+)*"
         r"[A-ZÀ-ÖØ-ÞĀ-ŽȘȚА-ЯІЇЄҐԱ-Ֆ][\w'’-]+){0,2})")
_JOINED_NAMES = re.compile(rf"(?P<names>{_NAME}(?:[ \t]*\([^()\n]{{1,50}}\))?[ \t]+"
                           rf"(?:and|plus|og|en|und|et|och|ja|y|e|și|şi|si|dan|és|та|і|й|\+|&)[ \t]+"
                           rf"(?:(?:our|my|their)[ \t]+)?{_NAME})",
                           re.IGNORECASE)


def _only_arranges(facts: EventFacts, present: list[Person]) -> bool:
    """True when the organizer signs as someone who arranges interviews ("Recruiting Coordinator"),
    introduces the call as one with another person there, and says nothing of being there too."""
    organizer = facts.organizer
    if organizer is None or not organizer.name or "@" in organizer.name or "with-me" in facts.text_hits:
        return False
    others = [p for p in present if p.email != organizer.email]
    if not others or not any(_writes_name(facts.description, p) for p in others):
        return False
    return (_signs_as_scheduler(facts, organizer) and not _organizer_sits_in(facts)
            and not _listed_as_interviewer(facts, organizer))


def _signs_as_scheduler(facts: EventFacts, person: Person) -> bool:
    """True when the description writes ``person``'s name with the title of someone who arranges interviews on the
    same line or the next ("Dana Reyes\nRecruiting Coordinator", "Julie Masson, Assistante RH")."""
    if not person.name or "@" in person.name:
        return False
    lines = facts.description.splitlines()
    name = person.name.lower()
    return any(name in line.lower() and SCHEDULER_TITLE.search(fold(" ".join(lines[at:at + 2]))) is not None
               for at, line in enumerate(lines))


def _listed_as_interviewer(facts: EventFacts, person: Person | None) -> bool:
    """True when ``person`` is named in a list under an interviewers' heading ("Gesprächspartner:",
    "面接官：...", "Panel: Mo and Sunil"): on the heading's line, or the lines up to a blank one."""
    if person is None or not person.name or address_kind(person.email, person.name) != "person":
        return False  # (a remembered answer: before the look at the text)
    if not facts.writes_interviewers_heading:
        return False  # (most descriptions have no interviewers' heading at all: one look at the folded text)
    lines = _EMAIL.sub(" ", facts.description).splitlines()  # "Olu Bello (olu.bello@fabrikam.com)" names no Fabrikam
    for at, line in enumerate(lines):
        label = _LABEL.match(line.strip())
        # (the label with its colon: a heading may be listed with it, "výberová komisia:")
        if label is None or not INTERVIEWERS_HEADING.search(fold(label.group(0))):
            continue
        listed = [line.strip()[label.end():]]
        for following in lines[at + 1: at + 12]:
            if not following.strip() or _LABEL.match(following.strip()) or signs_off(following):
                break
            listed.append(following)
        listing = "\n".join(listed)  # ("Scheduled by Tom Weller (not attending)" under the interviewer's line)
        if _writes_name(listing, person) and not _named_in(person, _absent_clauses(listing)):
            return True
    return _named_after_heading(lines, person)


def _named_after_heading(lines: list[str], person: Person) -> bool:
    """True when a sentence names ``person`` after an interviewers' heading it writes inline, with no
    colon ("You'll meet Ville, Iida and Joonas.", "Mukana Ville, Iida ja Joonas."), and says nobody is absent."""
    for line in lines:
        for sentence in _SENTENCE_END.split(line):
            folded = fold(sentence)
            heading = INTERVIEWERS_HEADING.search(folded)
            if heading and not _ABSENT.search(sentence) and _writes_name(folded[heading.end():], person):
                return True
    return False


_SENTENCE_END = re.compile(r"(?<=[.!?;])\s+")
_MARKS_AFTER = re.compile(r"\W+$")  # the marks a word of a name ends with ("Mo," of "Mo, Sunil"): no part of it
# a courtesy title, perhaps with an academic one, before a family name ("Herr Dr. Ohlsen", "Mrs Whitford", "Sra. Paz")
_COURTESY = r"(?<!\w)(?:(?:mr|mrs|ms|miss|mx|herrn?|frau|mme|sr|sra|srta|dr|prof)\.?\s+)+"


def _may_write_name(text: str, person: Person) -> bool:
    """False when no part of ``text`` can write ``person``'s name (``_writes_name``): none of the words it
    looks for is in it (most texts name someone else, if anyone)."""
    words = person.name.lower().split()
    if not words:
        return False
    lowered = names_in_latin(text) if _ARMENIAN_OR_GEORGIAN.search(text) else text.lower()
    first = _MARKS_AFTER.sub("", words[0])
    return first in lowered or words[-1] in lowered or _THAI.search(text) is not None


# letters whose names are written in Latin ones in invitations' headers ("Hovhannes Karapetyan", "Irakli Japaridze")
_ARMENIAN_OR_GEORGIAN = re.compile(f"{ARMENIAN_LETTER.pattern}|{GEORGIAN_LETTER.pattern}")


def _writes_name(text: str, person: Person) -> bool:
    """True when ``text`` writes ``person``'s full name, the first word of it ("Mo", "松本"), or, for a name of
    three words or more, the words after the first (the given name of "Tan Wei Ling", "Nguyễn Minh Tuấn")."""
    name = person.name.lower().strip()
    if not name:
        return False
    lowered = text.lower()
    words = name.split()
    first = _MARKS_AFTER.sub("", words[0])
    if name in lowered:
        return True
    # (each pattern below is built from a name: it is built only when the text holds the name at all)
    given = " ".join(words[1:])
    if len(words) >= 3 and given in lowered and re.search(r"(?<!\w)" + re.escape(given) + r"(?!\w)", lowered):
        return True
    if (len(words) >= 2 and len(words[-1]) > 2 and words[-1] in lowered
            and re.search(_COURTESY + re.escape(words[-1]) + r"(?!\w)", lowered)):
        return True  # the family name after a courtesy title: "Herr Ohlsen", "Ms Whitford", "Dr. Brandt"
    if len(first) < 2:
        return False
    if _CJK.search(first):  # Japanese writes no spaces around a name: "人事部小林"
        return first in lowered
    if first in lowered and re.search(r"(?<!\w)" + re.escape(first) + r"(?!\w)", lowered):
        return True
    if name.isascii() and _ARMENIAN_OR_GEORGIAN.search(text):
        # "ირაკლი ჯაფარიძე" for a header's "Irakli Japaridze", "Արմեն Ղազարյան" for "Armen Ghazaryan"
        return _writes_name(names_in_latin(text), person)
    return _THAI.search(text) is not None and first.isascii() and names_in_thai(text, first)  # "คุณสุดา": Suda


def _named_in_schedule(description: str, people: list[Person]) -> list[Person]:
    """The attendees a merged schedule names, when it names at least two of them."""
    if len(people) < 2 or not description:
        return []  # most interviews have one interviewer: no schedule can name two
    lowered = description.lower()
    if sum(1 for p in people if p.name.split()[:1] and p.name.split()[0].lower() in lowered) < 2:
        return []  # it cannot name two of them: no need to look for times
    timed = [line.lower() for line in description.splitlines() if _TIME.search(line)]
    if len(timed) < 2:
        return []
    named = [p for p in people if p.name and any(_names(line, p.name.lower()) for line in timed
                                                 if not (p.optional and _WELCOME.search(line)))]
    return named if len(named) >= 2 else []


# a schedule's line where the candidate is met at the door ("13:00 Welcome (Liis will meet you at reception)"): an
# optional attendee named only there greets the candidate, and is not one of the people met (a "Welcome with Liam"
# of its own is a conversation)
_WELCOME = re.compile(r"\b(?:reception|front desk|lobby|foyer)\b")


def _names(line: str, name: str) -> bool:
    if name in line:
        return True
    first = name.split()[0] if name.split() else ""
    return len(first) > 2 and first in line and re.search(r"\b" + re.escape(first) + r"\b", line) is not None


def _is_person(person: Person) -> bool:
    if person.resource or person.informed_only or person.response == "declined":
        return False
    return address_kind(person.email, person.name) != "thing"


def _listed_in_description(facts: EventFacts) -> list[Person]:
    if "@" not in facts.description:
        return []
    found = []
    senders = []
    block = bool(_SCHEDULE_BLOCK.search(facts.description))
    # the lines from an interviewers' heading to a blank line list them too ("You will meet:\n- Omar Haddad ...")
    heading = not block and facts.writes_interviewers_heading
    under_heading = False
    for line in facts.description.splitlines():
        if signs_off(line):
            break
        if heading:
            starts = INTERVIEWERS_HEADING.search(fold(line)) is not None
            under_heading = bool(line.strip()) and (under_heading or starts)
        if "@" not in line or _NOT_MET.search(line) or not (block or under_heading or _SCHEDULE_LINE.search(line)):
            continue
        from_line = _FROM_LINE.match(line) is not None
        if _ABSENT.search(line) or from_line and facts.sender_stays_away:
            continue  # (the sender of a pasted message who writes they won't be there is not listed)
        for match in _EMAIL.finditer(line):
            person = _addressed(line, match)
            if person.email not in facts.mine and address_kind(person.email) == "person" and not facts.is_my_address(
                    person.email):
                found.append(_as_invited(facts, person))
                if from_line:
                    senders.append(found[-1])
    if senders and "with-me" not in facts.text_hits and "sits-in" not in facts.text_hits and any(
            _listed_as_interviewer(facts, p) for p in found if p not in senders):
        # the pasted message names the interviewers and not its sender, who arranges it ("The panel will be ...")
        found = [p for p in found if p not in senders or _listed_as_interviewer(facts, p)]
    return found


def _as_invited(facts: EventFacts, person: Person) -> Person:
    """``person``, read from the text, as the invitation names them when it does ("Petros Halkias" for the
    "Petros (p.halkias@...)" a schedule writes)."""
    for invited in (facts.organizer, *facts.others):
        if invited is not None and invited.email.lower() == person.email and len(invited.name.split()) > len(
                person.name.split()) and "@" not in invited.name:
            return invited
    return person


def _addressed(text: str, match: re.Match) -> Person:
    """The person at an address found in ``text``, with the name written before it if there is one."""
    found = _NAME_BEFORE.search(text, max(0, match.start() - 60), match.start())
    # "Coding with Ana Lima (...)": the name is the capitalised end
    name = _capitalised_end(found.group(1).split() if found else [])
    email = match.group().lower()
    local = [token for token in _LOCAL_PARTS.split(email.partition("@")[0]) if token]
    if not name:  # "Fatima El Amrani (Teamleider Service, f.elamrani@…)": the title opens the brackets
        name = _named_before_brackets(text, match.start(), local)
    if not any(_spells(word, local) for word in name):
        # "- Mikael Berg, Commercial Director Baltics & Finland (mikael.berg@…)": a title stands before the address;
        # the name is the part of the line the address spells
        line_start = text.rfind("\n", 0, match.start()) + 1
        for part in text[line_start:match.start()].split(","):
            # ("Interviewer: Chidi Okonkwo", "... and Sarah Botha, Plant Manager (s.botha@…)")
            words = _capitalised_end(part.rpartition(":")[2].split())
            if words and any(_spells(word, local) for word in words):
                return Person(email=email, name=" ".join(words))
    return Person(email=email, name=" ".join(name))


# the lower-case words inside a family name ("Gerhard van Wyk", "Ana de Souza", "Luca di Marco")
_NAME_PARTICLES = frozenset("van den der de del della di da das do dos du la le von zu ter ten te vom".split())


def _capitalised_end(words: list[str]) -> list[str]:
    """The capitalised words ``words`` end with, and the particles between them ("... with Gerhard van Wyk": Gerhard
    van Wyk)."""
    name: list[str] = []
    for at in range(len(words) - 1, -1, -1):
        if not words[at][0].isupper() and not (name and _inside_a_name(words, at)):
            break
        name.insert(0, words[at])
    return name


def _inside_a_name(words: list[str], at: int) -> bool:
    """True when ``words[at]`` is a particle with a capitalised word before it, past other particles ("Marta van
    der Berg")."""
    while at > 0 and words[at] in _NAME_PARTICLES:
        at -= 1
    return words[at][0].isupper()


def _named_before_brackets(text: str, at: int, local: list[str]) -> list[str]:
    """The capitalised words written right before the bracket an address at ``at`` sits in, after a title ("Ana
    Lima (Head of Sales, ana.lima@…)"), when the address spells one of them; else none."""
    line_start = text.rfind("\n", 0, at) + 1
    opening = text.rfind("(", line_start, at)
    if opening < 0 or ")" in text[opening:at]:
        return []
    before = _NAME_BEFORE.search(text[max(line_start, opening - 60):opening + 1])
    words: list[str] = []
    for word in reversed(before.group(1).split() if before else []):
        if not word[0].isupper():
            break
        words.insert(0, word)
    return words if any(_spells(word, local) for word in words) else []


_LOCAL_PARTS = re.compile(r"[._+-]+")
_LIST_MARK = re.compile(r"^[\s\-–—•*·]+")


def _spells(word: str, local: list[str]) -> bool:
    """True when an address's local part (its ``local`` pieces) spells ``word`` of a name: "berg" of mikael.berg,
    "smith" of jsmith."""
    letters = squash(word)
    return bool(letters) and any(letters == token or len(letters) >= 3 and letters in token for token in local)


_ASSESSMENT_DAY = 180  # minutes: longer events with only a team's mailbox are assessment days


def _fallback(facts: EventFacts) -> list[Person]:
    organizer = facts.organizer
    kind = address_kind(organizer.email, organizer.name) if organizer else "thing"
    if kind == "person":  # a recruiter, or someone who pasted or forwarded the invitation with its copies
        if "@" in facts.description and facts.sender_stays_away:
            return _copied_and_coming(facts, organizer, sender_away=True) or [organizer]
        return [organizer, *_copied_and_coming(facts, organizer)] if "@" in facts.description else [organizer]
    if kind == "team" and facts.minutes <= _ASSESSMENT_DAY:
        return _named_colleagues(facts, organizer) or [organizer]  # else a team's mailbox a recruiter calls from
    if kind == "team":
        return []  # an assessment day's team: the assessors are not named
    for match in _EMAIL.finditer(facts.description):
        person = _addressed(facts.description, match)
        if person.email not in facts.mine and _is_person(person) and not _my_other_address(facts, person):
            if address_kind(person.email, person.name) == "team":  # a team's mailbox sent the pasted message:
                copied = _copied_and_coming(facts, person, sender_away=True)  # the people it copies and names
                if copied:
                    return copied
                continue  # a mailbox the notes give for queries ("For queries: recruitment@…") is no one met
            if facts.sender_stays_away:  # the pasted message's sender writes they won't be there
                return _copied_and_coming(facts, person, sender_away=True) or [person]
            if _copies_only_others(facts, person):  # an agency's consultant forwarding the employer's invitation
                copied = _copied_and_coming(facts, person, sender_away=True)
                if copied:
                    return copied
            colleagues = _named_colleagues(facts, person)
            if colleagues and _only_passes_on(facts, person):
                return colleagues
            return [person, *colleagues, *_copied_and_coming(facts, person)]
    return []


def _only_passes_on(facts: EventFacts, sender: Person) -> bool:
    """True when the sender of a message pasted into the notes signs as someone who arranges interviews ("HR
    Assistant") and does not write that they take part: the colleagues the message names are the ones met."""
    return ("with-me" not in facts.text_hits and "sits-in" not in facts.text_hits
            and _signs_as_scheduler(facts, sender))


_UMLAUTS = str.maketrans({"ä": "ae", "ö": "oe", "ü": "ue", "Ä": "Ae", "Ö": "Oe", "Ü": "Ue", "ß": "ss"})


def _named_colleagues(facts: EventFacts, first: Person) -> list[Person]:
    """The other addresses the notes give at ``first``'s organisation (a person's, or a team's mailbox) whose family
    names, the address's last part, the notes also write ("questions from Raj Sandhu and Claire Oyelaran ...
    r.sandhu@..., c.oyelaran@...", "Gespräch mit Frau Dr. Kuhlmann ... r.kuhlmann@..."), or whose given names,
    its first part, they write as a name ("Walk Priya + Mei through the demo ... mei.tanaka@..."): the people
    met. A contact address the notes do not name gives no one."""
    domain = first.email.rpartition("@")[2].lower()
    text = facts.description
    others = [match for match in _EMAIL.finditer(text)
              if match.group().lower() != first.email.lower() and match.group().lower().endswith("@" + domain)]
    if not others:
        return []
    notes = _EMAIL.sub(" ", text)
    words = _spelled_words(notes)
    names = set(_WORD.findall(notes))  # as written: "Mei" is a name, "will" is no "Will"
    found = []
    for match in others:
        # a first name or initial then a family name ("c.oyelaran"): a lone first name ("jonas@") may be copied
        parts = [part for part in _ADDRESS_PARTS.split(match.group().lower().partition("@")[0]) if part]
        person = _as_invited(facts, _addressed(text, match))
        named = len(parts) >= 2 and (len(parts[-1]) >= 3 and parts[-1] in words
                                     or len(parts[0]) >= 3 and parts[0].capitalize() in names
                                     or _family_name_joined(person.name, parts[-1])) or _full_name_before(
            text, match, parts) or _header_name_in_message(text, person, parts) or _written_as_mail_names(text, match)
        if named and address_kind(person.email, person.name) == "person" and person.email not in facts.mine:
            found.append(person)
    return found


def _family_name_joined(name: str, last: str) -> bool:
    """True when an address's ``last`` part joins the words of a family name the notes write before it with a
    particle ("Gerhard van Wyk (g.vanwyk@…)", "Ana de Souza (ana.desouza@…)")."""
    words = name.split()
    return len(words) >= 3 and any(words[at] in _NAME_PARTICLES and squash("".join(words[at:])) == last
                                   for at in range(1, len(words) - 1))


def _full_name_before(text: str, match: re.Match, parts: list[str]) -> bool:
    """True when the notes write a full name right before an address of one part, and the address spells the name's
    first word ("project lead Marco Sze marco@..."), or its initial and family name ("ops lead Lise Gagnon
    (lgagnon@...)"): the person is named, not only copied."""
    if len(parts) != 1 or len(parts[0]) < 3:
        return False
    written = _BARE_NAME_BEFORE.search(text, max(0, match.start() - 60), match.start())
    if written is None:
        return False
    given, family = squash(written.group(1)), squash(written.group(2))
    return parts[0] in (given, given[:1] + family)


def _header_name_in_message(text: str, person: Person, parts: list[str]) -> bool:
    """True when a pasted message's header gives ``person`` a given and a family name for an address of one part
    that spells them ("Cc: Rafael Montoya <rmontoya@...>"), and the message under the header writes the family
    name ("Dr. Rafael Montoya (Principal Investigator) ... would like to meet with you"): the person is named."""
    words = person.name.split()
    if len(parts) != 1 or len(words) != 2 or "\n" not in text:
        return False
    given, family = squash(words[0]), squash(words[1])
    if len(family) < 3 or parts[0] not in (given + family, given[:1] + family):
        return False
    message = _HEADER_LINE.sub("", _EMAIL.sub(" ", text))
    return family in _spelled_words(message)


def _written_as_mail_names(text: str, match: re.Match) -> bool:
    """True when the notes write a name right before the address in angle brackets, as mail names a person ("Madina
    <madina@...>", "ও রুমানা <rumana@...>"), in whatever letters, in a sentence of the message: the person is named,
    not only copied (a "Cc: Jonas Lang <jonas@...>" line copies them)."""
    line_start = text.rfind("\n", 0, match.start()) + 1
    if _MAIL_HEADER_LABEL.match(text, line_start):
        return False
    return _MAIL_NAME_BEFORE.search(text, max(line_start, match.start() - 40), match.start()) is not None


# a word, then the angle bracket an address opens with: "Мадина <", "Anila Kolën <"
_MAIL_NAME_BEFORE = re.compile(r"[^\W\d_][\w\u0900-\u0dff\u200c'’-]*[ \t]*<$")
# a mail header's line, a short label and a colon, in any language: "Cc:", "Kimdan:", "Кімнен:"
_MAIL_HEADER_LABEL = re.compile(r"[ \t]*[^\W\d_][\w \t]{0,20}:")


# a given and a family name, capitalised, written right before an address, perhaps with a bracket
_BARE_NAME_BEFORE = re.compile(r"(?<![\w'’.-])([A-Z][\w'’-]+)[ \t]+([A-Z][\w'’-]+)[ \t]*\(?$")


_ADDRESS_PARTS = re.compile(r"[._+-]|\d+")
_WORD = re.compile(r"\w+")


def _spelled_words(text: str) -> set[str]:
    """The words of ``text``, lower-cased, also as an address spells them: "Ateş" as "ates", "Müller" as "mueller"
    and "muller"."""
    words = set(_WORD.findall(fold(text)))
    if text.isascii():
        return words
    return words | {word.translate(_UMLAUTS) for word in words} | {
        "".join(ch for ch in unicodedata.normalize("NFKD", word) if not unicodedata.combining(ch)) for word in words}


def _my_other_address(facts: EventFacts, person: Person) -> bool:
    """True when ``person``, read from the text, is the user under their full name at another address
    (the user forwarding an invitation to their calendar from their personal mail)."""
    return len(person.name.split()) > 1 and facts.names_me(fold(person.name)) or facts.is_my_address(person.email)


def _copied_and_coming(facts: EventFacts, sender: Person, sender_away: bool = False) -> list[Person]:
    """The people a forwarded invitation's "Cc:" line copies whom its message says will be there too
    ("Mon mari Jean-Marc sera aussi présent"), or whom it names at all when the sender says they will
    not be there ("una entrevista con el Ing. Jorge Medina. Yo no estaré presente")."""
    text = facts.description
    with_sender = "with-me" in facts.text_hits  # "…と一緒に", "with me and Sunil", "윤하늘 선생님과 함께 면접"
    if ("sits-in" not in facts.text_hits and not with_sender and not sender_away) or not _CC_LINE.search(text):
        return []
    coming = [text[max(0, m.start() - 60): m.start()] for m in _SITS_IN.finditer(text)]
    if with_sender or sender_away:
        coming.append(_HEADER_LINE.sub("", text))  # the message, not its header, names them
    found = []
    for line in _CC_LINE.finditer(text):
        for match in _EMAIL.finditer(line.group()):
            person = _addressed(line.group(), match)
            named = _HEADER_NAME.search(line.group(), 0, match.start())  # "참조: 윤하늘 <...>": any script
            if named and not person.name:
                person = Person(email=person.email, name=named.group("name").strip())
            if person.email not in facts.mine and person.email != sender.email and _is_person(person) and not \
                    facts.is_my_address(person.email) and any(
                    _writes_name(clause, person) for clause in coming):
                found.append(person)
    return found


def _copies_only_others(facts: EventFacts, sender: Person) -> bool:
    """True when the copy line of a message pasted into the notes copies only people at other organisations than
    its sender's, and the sender does not say they join: a recruitment agency's consultant, or a friend, forwarding
    the employer's invitation to its interviewers ("Cc : Anne Dubois <a.dubois@client...>") passes it on and is
    not met there."""
    if "with-me" in facts.text_hits or "sits-in" in facts.text_hits:
        return False
    domain = sender.email.rpartition("@")[2]
    copied = [match.group().lower() for line in _CC_LINE.finditer(facts.description)
              for match in _EMAIL.finditer(line.group())]
    return bool(copied) and all(address.rpartition("@")[2] != domain for address in copied)


# the copy line of a forwarded message's header: "Cc: Jean-Marc Aebischer <jm@...>", "Kopie:", "Copie à :", "Kopia:",
# and as Turkish, Finnish, Polish, Hebrew, Arabic, Thai, Malay and Hungarian mail programs write it: "Bilgi:", "Kopio:",
# "DW:" (do wiadomości), "עותק:", "نسخة إلى:", "สำเนาถึง:", "Sk:" (salinan kepada), "Másolatot kap:", Ukrainian "Копія:",
# Serbian "Kopija:", "Копија:", Georgian "ასლი:"
_CC_LINE = re.compile(r"^[ \t>]*(?:cc|kopie|kopia|kopi|kopio|bilgi|dw|copie à|copia|cópia|참조|עותק|نسخة إلى|نسخة"
                      r"|สำเนาถึง|sk|másolatot kap|másolat|копія|kopija|копија|ასლი)[ \t]*:.*$",
                      re.IGNORECASE | re.MULTILINE)
# a name written before an address in brackets in a header line: "Cc: Jean-Marc Aebischer <jm@...>"
_HEADER_NAME = re.compile(r"(?:^|[:,;])[ \t>]*(?P<name>[^<>:,;\n]+?)[ \t]*<$")
# the sender's line of a forwarded message's header: "From: Ana Lima <ana@...>", "De :", "Von:", "差出人：", Georgian
# "ვისგან:"
_FROM_LINE = re.compile(r"[ \t>]*(?:from|von|de|da|van|od|kimden|gönderen|expéditeur|afzender|från|fra|lähettäjä|feladó"
                        r"|差出人|送信者|보낸사람|发件人|寄件者|מאת|من|dari|จาก|daripada|de la|від|од"
                        r"|ვისგან)[ \t]*[:：]",
                        re.IGNORECASE)
# the lines of a forwarded message's header: who sent it, to whom, copied, its subject and date
_HEADER_LINE = re.compile(r"^[ \t>]*(?:from|to|cc|subject|date|von|an|betreff|de|à|objet|da|a|oggetto|data|de|para"
                          r"|assunto|enviado|från|fra|till|til|kopia|kopi|ämne|emne|skickat|sendt|datum|dato"
                          r"|kimden|kime|bilgi|konu|tarih|gönderildi|lähettäjä|vastaanottaja|kopio|aihe|lähetetty"
                          r"|od|do|dw|temat|wysłano|komu|kopie|předmět|odesláno"
                          r"|보낸사람|받는사람|참조|제목|날짜|מאת|אל|עותק|נושא|נשלח|תאריך"
                          r"|من|إلى|الى|نسخة إلى|نسخة|الموضوع|التاريخ|dari|kepada|subjek|tanggal"
                          r"|จาก|ถึง|สำเนาถึง|เรื่อง|ส่ง|วันที่"
                          r"|daripada|dihantar|sk|tarikh|de la|către|catre|subiect|trimis"
                          r"|feladó|címzett|másolatot kap|másolat|tárgy|elküldve|dátum"
                          r"|від|кому|копія|тема|дата|надіслано"
                          r"|za|kopija|predmet|poslato|од|за|копија|предмет|датум|послато"
                          r"|ვისგან|ვის|ასლი|თემა|თარიღი)[ \t]*:.*$",
                          re.IGNORECASE | re.MULTILINE)
