"""The checks of the notes that follow an interview: a referrer's update and the one follow-up.

They share the rules of form with a thank-you (no placeholders F2, a professional tone F5, no call or
text C3, no gifts C4) and have one rule each:

- **U1 nothing confidential to a referrer** (warn): the update says the interview took place, not
  what happened there. Named: the people met (their names are the company's to share), the questions
  asked, pay, and how it went ("it went well", "I nailed it").
- **U2 a follow-up does not press** (warn): no "urgent", "as soon as possible", deadlines or
  ultimatums; one polite question, answered when it suits them.
"""
from __future__ import annotations

import re

from ..statuses import NoteKind
from ..values import Candidate, Finding, InterviewFacts, NoteText
from ..writing.recipients import known_name
from . import form_rules as form
from .checks import ordered
from .reading import read_note

_QUESTIONS = re.compile(
    r"\b(?:asked (?:me|about)|they asked|questions?\b|case study|coding (?:task|exercise)|whiteboard|"
    r"(?:hat|haben) (?:mich )?gefragt|fragen?\b|fallstudie|"
    r"m'(?:a|ont) demandé|questions?\b|étude de cas|"
    r"me (?:preguntaron|preguntó)|preguntas?\b|caso práctico)",
    re.IGNORECASE,
)
_PAY = re.compile(
    r"(?:\b(?:salary|compensation|pay (?:range|band)|bonus|equity|stock options|per (?:year|annum)|"
    r"gehalt|vergütung|jahresgehalt|salaire|rémunération|prime|salario|sueldo|remuneración)\b|"
    r"[$€£]\s?\d|\d\s?(?:[$€£]|k\b|eur\b|usd\b|gbp\b))",
    re.IGNORECASE,
)
_IMPRESSIONS = re.compile(
    r"\b(?:went (?:really |very )?(?:well|great|badly|poorly|fine)|nailed it|i think (?:i|they)|"
    r"(?:i'm|i am) (?:optimistic|confident|hopeful|worried)|impressed|they liked|did(?:n't| not) go|"
    r"good feeling|bad feeling|chemistry|"
    r"lief (?:sehr |richtig )?(?:gut|schlecht)|gutes gefühl|schlechtes gefühl|zuversichtlich|"
    r"s'est (?:très |plutôt )?(?:bien|mal) passé|bon feeling|confiant|"
    r"(?:fue|salió) (?:muy )?(?:bien|mal)|buena sensación|optimista)",
    re.IGNORECASE,
)
_PRESSING = re.compile(
    r"\b(?:urgent(?:ly)?|asap|as soon as possible|immediately|right away|final reminder|deadline|"
    r"other offers?|dringend|umgehend|sofort|schnellstmöglich|frist|anderes angebot|"
    r"urgent|au plus vite|immédiatement|dernier rappel|autre offre|"
    r"urgente|cuanto antes|de inmediato|inmediatamente|último aviso|otra oferta)\b",
    re.IGNORECASE,
)


def check_update(note: NoteText, kind: str, facts: InterviewFacts, candidate: Candidate) -> list[Finding]:
    """Findings for a note that follows an interview (``kind``: a ``NoteKind``), composed or edited."""
    r = read_note(note, facts, candidate)
    findings = [*form.check_placeholders(r), *form.check_tone(r), *form.check_no_call(r), *form.check_no_gift(r)]
    if kind == NoteKind.REFERRER_UPDATE:
        findings += check_confidential(note, facts)
    elif kind == NoteKind.FOLLOW_UP:
        findings += check_pressing(note)
    return ordered(findings)


def check_confidential(note: NoteText, facts: InterviewFacts) -> list[Finding]:
    """U1: a referrer hears that the interview took place, nothing of what happened in it."""
    text = note.body_text
    said = []
    met = [name for name in (_names(p) for p in facts.people if p.email != note.to.email) if name]
    named = [name for names in met for name in names if re.search(rf"\b{re.escape(name)}\b", text)]
    if named:
        said.append(f"who you met ({', '.join(dict.fromkeys(named))})")
    if _QUESTIONS.search(text):
        said.append("the questions asked")
    if _PAY.search(text):
        said.append("pay")
    if _IMPRESSIONS.search(text):
        said.append("how it went")
    if not said:
        return []
    return [Finding("U1", "warn", "Keep the interview itself between you and the company: leave out "
                    + ", ".join(said) + ". Say that it took place and thank them for the referral.")]


def check_pressing(note: NoteText) -> list[Finding]:
    """U2: one polite follow-up, never pressing."""
    found = _PRESSING.search(note.body_text) or _PRESSING.search(note.subject)
    if not found:
        return []
    return [Finding("U2", "warn", f"Ask without pressing: leave out “{found.group(0)}”, and let them answer "
                    "when it suits them.")]


def _names(person) -> tuple[str, ...]:
    """The names of a person met as a note might write them: full name and first name."""
    name = known_name(person).strip()
    if not name or "@" in name:
        return ()
    first = name.split()[0]
    return (name, first) if len(first) > 2 else (name,)
