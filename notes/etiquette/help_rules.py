"""The checks of a note of thanks for help with no interview behind it (a ``NoteKind`` of ``HELP``).

The rules every note follows still hold: no call or text (C3), no gift (C4), one reachable person
(W1, F1), thanks by name (P1), the user's contact lines (P5), no placeholder (F2), names as
written (F3), length (F4), tone (F5), no new claims (F7). An interview's own rules do not: no
timing (the user writes it when they choose), no interest in a role (P3) nor next steps of a
hiring process (P4). In their place:

- H1 the help named (block): the note says what the person did, not thanks in general;
- H2 a networking note does not read as an interview thank-you (warn): no "interview", "the
  role", "next steps in the process" (the user's own words for the help do not count);
- H3 a referral note never asks for more than it thanks for (block): no second request, such as
  "could you also", "put in a word again", "any other openings";
- H4 a reference note thanks them for speaking for the user (warn); it may promise to share
  the outcome;
- F6 the subject says thank you (warn).

"Other" help is plain thanks: the rules every note follows and H1.
"""
from __future__ import annotations

import re
from functools import lru_cache

from ..statuses import NoteKind
from ..values import Candidate, Finding, InterviewFacts
from ..writing.details import first_name
from ..writing.phrases import template_words
from ..writing.recipients import known_name
from ..writing.textutil import fold
from ..writing.thanks import thanks_words
from . import content_rules as content, form_rules as form
from .claims import check_claims
from .lexicon import lexicon
from .reading import Reading, record_names

_ACRONYM = re.compile(r"\b[A-Z][A-Z0-9]{1,5}\b")

# H2: what makes a note read as the thanks after an interview
INTERVIEW_WORDING = {
    "en": re.compile(r"\binterview\w*|\bthe (?:[\w-]+ )?(?:role|position)\b|\bnext steps? in the (?:hiring )?process"
                     r"|\bhiring process\b|\byour (?:hiring )?team's decision\b"),
    "de": re.compile(r"vorstellungsgespräch|bewerbungsgespräch|\binterview\w*|\bdie stelle\b|\bdie position\b"
                     r"|nächsten schritte im (?:bewerbungs)?(?:prozess|verfahren)|bewerbungsprozess|auswahlverfahren"),
    "fr": re.compile(r"\bentretiens?\b|\ble poste\b|prochaines étapes du (?:processus|recrutement)"
                     r"|processus de recrutement"),
    "es": re.compile(r"\bentrevistas?\b|\bel puesto\b|próximos pasos del proceso|proceso de selección"),
}
# H3: a second request in a referral note
SECOND_ASK = {
    "en": re.compile(
        r"\b(?:could|would|can|will) you (?:please )?(?:also|again|as well)\b|\bwould you mind\b"
        r"|\b(?:could|would|can|will) you (?:please )?(?:introduce|connect|refer|recommend|forward|pass|send|share"
        r"|put|check|ask|find|look|keep)\b"
        r"|\bput(?:ting)? in (?:a|another) (?:good )?word (?:again|as well|elsewhere)\b|\bin a word again\b"
        r"|\bany (?:other|more) (?:openings?|roles?|positions?|jobs?|vacancies|opportunities|contacts)\b"
        r"|\banother (?:referral|introduction|favou?r|recommendation)\b|\bone more favou?r\b"
        r"|\b(?:refer|recommend|introduce) me (?:again|elsewhere|to (?:anyone|someone|others?) (?:else)?)"
        r"|\bif you (?:hear|know) of any(?:thing)? (?:other|else)\b|\bkeep me in mind for\b"
        r"|\b(?:pass (?:along|on)|forward) my (?:cv|resume|résumé)\b"),
    "de": re.compile(
        r"\b(?:könnten|würden|können) sie (?:bitte )?(?:mich |mir )?(?:auch|noch einmal|nochmal|erneut)\b"
        r"|noch (?:ein|einmal ein) gutes wort|\b(?:andere|weitere) (?:offene )?stellen\b|noch eine empfehlung"
        r"|(?:einen )?weiteren gefallen|meinen lebenslauf (?:weiterleiten|weitergeben)"),
    "fr": re.compile(
        r"pourriez-vous (?:aussi|également|encore|de nouveau)|pourriez-vous (?:me présenter|transmettre|faire suivre"
        r"|me recommander)|d'autres (?:postes|offres|opportunités|contacts)|un autre service"
        r"|une autre recommandation|(?:glisser|dire) (?:à nouveau |encore )un (?:bon )?mot"),
    "es": re.compile(
        r"podría(?:s)? (?:usted )?(?:también|de nuevo|otra vez)|¿?podría (?:presentarme|recomendarme|reenviar|pasar)"
        r"|otras (?:vacantes|ofertas|oportunidades|posiciones)|otro favor|otra recomendación"
        r"|(?:decir|dar) (?:otra vez |de nuevo )?una buena palabra (?:otra vez|de nuevo)"),
}
# H4: thanks for speaking for the user
SPOKE_FOR_ME = {
    "en": re.compile(r"\breferences?\b|\bon my behalf\b|\bvouch\w*|\brecommend\w*|\bgood word\b|\bput in a word\b"
                     r"|\bspo(?:ke|ken|eaking|eak) (?:for|up for|highly of|with|to)\b"),
    "de": re.compile(r"referenz|für mich (?:gesprochen|eingesetzt|ausgesprochen)|empfehl\w*|empfohlen|verbürgt"
                     r"|gutes wort"),
    "fr": re.compile(r"référence|en ma faveur|recommand\w*|parl\w+ de moi|appuy\w+"),
    "es": re.compile(r"referencia|en mi favor|recomend\w*|habl\w+ (?:bien )?de mí|aval\w*"),
}


def check_help_note(r: Reading, facts: InterviewFacts, candidate: Candidate, kind: str) -> list[Finding]:
    """Findings for one note of thanks for help of ``kind``, composed or edited."""
    return [
        *form.check_no_call(r),
        *form.check_no_gift(r),
        *content.check_recipient(r, facts, candidate),
        *check_thanks(r, facts),
        *check_help_named(r, facts, candidate),
        *check_not_an_interview(r, facts, kind),
        *check_no_second_ask(r, kind),
        *check_spoke_for_me(r, kind),
        *content.check_contact(r, candidate),
        *form.check_one_person(r),
        *form.check_placeholders(r),
        *form.check_names(r, facts, candidate),
        *form.check_length(r),
        *form.check_tone(r),
        *form.check_device_signature(r),
        *check_subject(r),
        *check_claims(r, facts, candidate),
    ]


def check_thanks(r: Reading, facts: InterviewFacts) -> list[Finding]:
    """P1: thanks, to the person by name (for their help: their time is not the point here)."""
    return [Finding(f.rule, f.severity, f.message.replace("for their time", "for their help"))
            for f in content.check_thanks(r, facts)]


def check_help_named(r: Reading, facts: InterviewFacts, candidate: Candidate) -> list[Finding]:
    """H1: what the person did is in the note, in words of its own (not only thanks in general)."""
    codes = tuple(lex.code for lex in r.lexicons)
    common = _common_words(codes)
    names = {part for name in record_names(facts, candidate) for part in fold(name).replace("'", " ").split()}
    for word in r.prose_words:
        lowered = word.lower()
        for part in lowered.split("'"):
            if (len(part) >= 4 or _ACRONYM.fullmatch(word)) and part not in common and part.rstrip("s") not in common \
                    and fold(part) not in names:
                return []
    who = first_name(known_name(r.note.to)) or "they"
    return [Finding("H1", "block", f"Say what {who} did for you — the referral, the introduction, the advice, "
                    "in your own words — so the note thanks them for it and not only in general.")]


@lru_cache(maxsize=16)
def _common_words(codes: tuple[str, ...]) -> frozenset[str]:
    known: set[str] = set()
    for code in codes:
        lex = lexicon(code)
        known |= lex.stopwords | lex.generic | template_words(code) | thanks_words(code)
    return frozenset(known)


def _beyond_details(table: dict[str, re.Pattern], r: Reading, facts: InterviewFacts) -> str | None:
    """The first of ``table``'s phrases the note says more often than the user's own words for the
    help do (they may name an interview the help was for)."""
    details = (facts.details or "").lower()
    for lex in r.lexicons:
        pattern = table.get(lex.code)
        found = pattern.findall(r.low) if pattern else []
        if len(found) > len(pattern.findall(details)):
            return found[0]
    return None


def _found(table: dict[str, re.Pattern], r: Reading, text: str) -> str | None:
    for lex in r.lexicons:
        pattern = table.get(lex.code)
        match = pattern.search(text) if pattern else None
        if match:
            return match.group(0)
    return None


def check_not_an_interview(r: Reading, facts: InterviewFacts, kind: str) -> list[Finding]:
    """H2: a networking note reads as thanks for the person's help, not as an interview thank-you."""
    if kind != NoteKind.NETWORKING:
        return []
    found = _beyond_details(INTERVIEW_WORDING, r, facts)
    if found is None:
        return []
    return [Finding("H2", "warn", f"“{found}” makes this read like an interview thank-you: thank them for the "
                    "conversation or the introduction itself, and say what you will do with it.")]


def check_no_second_ask(r: Reading, kind: str) -> list[Finding]:
    """H3: a referral note thanks, and asks for nothing more."""
    if kind != NoteKind.REFERRAL:
        return []
    found = _found(SECOND_ASK, r, r.low)
    if found is None:
        return []
    return [Finding("H3", "block", f"Leave out “{found.strip()}”: a note thanking for a referral asks for nothing "
                    "more. Promise to tell them how it goes instead.")]


def check_spoke_for_me(r: Reading, kind: str) -> list[Finding]:
    """H4: a reference note thanks them for speaking for the user."""
    if kind != NoteKind.REFERENCE or _found(SPOKE_FOR_ME, r, r.low):
        return []
    return [Finding("H4", "warn", "Thank them for speaking for you as your reference; you may promise to tell "
                    "them how it turns out.")]


def check_subject(r: Reading) -> list[Finding]:
    """F6 (email): a subject that says thank you."""
    if r.note.channel != "email" or r.any("thanks", r.note.subject):
        return []
    return [Finding("F6", "warn", "Say thank you in the subject, e.g. “Thank you for the referral”.")]
