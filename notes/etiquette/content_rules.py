"""Checks of what a note says (ETIQUETTE P1–P5) and of who it goes to ("who gets a note").

Each check takes a ``Reading`` and returns findings; a finding's message tells the user what
to do, in plain words.
"""
from __future__ import annotations

import re
from functools import lru_cache

from ..values import Candidate, Finding, InterviewFacts
from ..writing.details import first_name
from ..writing.phrases import template_words
from ..writing.recipients import is_no_reply, known_name
from ..writing.textutil import contains_phrase, fold, words
from .lexicon import lexicon
from .reading import Reading, invitation_words, record_names

_ACRONYM = re.compile(r"\b[A-Z][A-Z0-9]{1,5}\b")
_NON_DIGIT = re.compile(r"\D")


def check_thanks(r: Reading, facts: InterviewFacts) -> list[Finding]:
    """P1: thanks for their time, to the person by name."""
    name = known_name(r.note.to)
    findings = []
    if not r.any("thanks"):
        findings.append(Finding("P1", "warn", f"Thank {first_name(name) or 'them'} for their time."))
    if not name:
        if r.greeting or "needs-name" in r.note.flags:
            who = r.note.to.email or "this person"
            findings.append(Finding("P1", "warn", f"The invitation gives no name for {who}: greet them by name."))
        return findings
    seen = f"{r.greeting}\n{r.prose}".lower()
    tokens = {w.lower() for w in (*words(r.greeting), *r.prose_words)}
    if name.lower() not in seen and not any(p.lower() in tokens for p in name.split() if len(p) > 1):
        findings.append(Finding("P1", "warn", f"Greet {first_name(name) or name} by name."))
    return findings


def check_detail(r: Reading, facts: InterviewFacts, candidate: Candidate) -> list[Finding]:
    """P2: something specific from this conversation, not only what the invitation said."""
    if _specific_words(r, facts, candidate):
        return []
    hint = ("Add something specific you remember from this conversation — a topic, a project, "
            "a question they asked — in the details, or write it into the note.")
    return [Finding("P2", "block", hint)]


def _specific_words(r: Reading, facts: InterviewFacts, candidate: Candidate) -> set[str]:
    invitation = invitation_words(facts.title, facts.description, facts.location)
    common = _common_words(tuple(lex.code for lex in r.lexicons))
    names = {part for name in record_names(facts, candidate) for part in fold(name).replace("'", " ").split()}
    written = {w.lower(): w for w in r.prose_words}
    found = set()
    for lowered in set(written) - common - invitation:
        for part in lowered.split("'"):
            if len(part) < 4 and not _ACRONYM.fullmatch(written[lowered]):
                continue
            if part in common or part in invitation or fold(part) in names or part.rstrip("s") in common:
                continue
            found.add(part)
    return found


@lru_cache(maxsize=16)
def _common_words(codes: tuple[str, ...]) -> frozenset[str]:
    """Words that never make a detail specific in these languages: function words, the words every
    thank-you note uses, and the composer's own wordings."""
    known: set[str] = set()
    for code in codes:
        lex = lexicon(code)
        known |= lex.stopwords | lex.generic | template_words(code)
    return frozenset(known)


def check_interest(r: Reading, facts: InterviewFacts) -> list[Finding]:
    """P3: continued interest in the role, named, at the company, named (or, for advice, appreciation)."""
    if facts.kind == "informational":
        if r.any("advice"):
            return []
        return [Finding("P3", "warn", "Say what their advice meant to you and how it helps your search.")]
    named = [
        not facts.role or facts.role.casefold() in r.prose.casefold(),
        not facts.company or contains_phrase(r.prose, facts.company),
    ]
    if r.any("interest") and all(named):
        return []
    target = f"the {facts.role} role" if facts.role else "the role"
    target += f" at {facts.company}" if facts.company else ""
    hint = f"Say that you are still interested in {target}"
    hint += "." if all(named) else ", naming the role and the company as the invitation does."
    return [Finding("P3", "warn", hint)]


def check_next_steps(r: Reading, facts: InterviewFacts) -> list[Finding]:
    """P4: the timeline they gave, or that the user looks forward to the next steps."""
    if facts.kind == "informational":
        if r.any("own_step"):
            return []
        return [Finding("P4", "warn", "Say what you will do next with their advice.")]
    if r.any("next_steps"):
        return []
    return [Finding("P4", "warn", "Mention the next steps: the timeline they gave, "
                    "or that you look forward to hearing from them.")]


def check_contact(r: Reading, candidate: Candidate) -> list[Finding]:
    """P5: the user's name plus email and/or phone in the signature."""
    if not candidate.name.strip():
        return [Finding("P5", "warn", "Add your name to your Afterview profile so notes are signed.")]
    if not candidate.email.strip() and not candidate.phone.strip():
        return [Finding("P5", "warn", "Add an email address or phone number to your profile for the signature.")]
    tail = r.signature or "\n".join(r.text.strip().split("\n")[-8:])
    has_name = fold(candidate.name.strip()) in fold(tail)
    has_email = bool(candidate.email.strip()) and candidate.email.strip().lower() in r.text.lower()
    has_phone = not has_email and _has_phone(candidate.phone, r.text)
    if has_name and (has_email or has_phone):
        return []
    return [Finding("P5", "warn", "Sign with your name and your email or phone so they can reach you.")]


def _has_phone(phone: str, text: str) -> bool:
    if phone.strip() and phone.strip() in text:
        return True
    digits = _NON_DIGIT.sub("", phone)
    return len(digits) >= 6 and digits in _NON_DIGIT.sub("", text)


def check_recipient(r: Reading, facts: InterviewFacts, candidate: Candidate) -> list[Finding]:
    """Who gets a note: someone met on the hiring side, reachable, not the user."""
    to = r.note.to
    label = known_name(to) or to.email or "this person"
    if not to.email or "@" not in to.email:
        return [Finding("W1", "warn", f"Add the email address of {label}.")]
    if candidate.email and to.email.lower() == candidate.email.lower():
        return [Finding("W1", "warn", "This note is addressed to you: send it to the person you met.")]
    if is_no_reply(to):
        return [Finding("W1", "warn", f"{to.email} does not read replies: send the note to the person you met.")]
    if to.response == "declined" or to.resource:
        return [Finding("W1", "warn", f"{label} did not attend: send notes only to the people you met.")]
    if "needs-address" in r.note.flags:
        return [Finding("W1", "warn", f"No interviewer address was on the invitation, so this goes to {label}. "
                        "Put in the address of the person you spoke with, if you have it.")]
    return []

