"""The sentences of one note, slot by slot, in the note's language.

A ``NotePlan`` holds everything one note needs. Wordings are picked by ``digest`` (a SHA-256
of the interview) plus the person's ``rank`` among the people met, so recomposing gives the
same text and each person of a panel gets a different wording in every slot that has enough.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from providers.base import Person

from ..values import Candidate, InterviewFacts
from .details import is_title
from .phrases import Phrasebook
from .recipients import greeting_names
from .textutil import clean_line, trim_words, word_count

GREETING, THANKS, DETAIL, MORE, HINT, INTEREST, NEXT, CLOSING, STEP = range(9)
CARD_MAX_WORDS = 120
LONG_DETAIL_WORDS = 8
_CLOSE_PUNCT = re.compile(r"([?!])\.$")


@dataclass(frozen=True)
class NotePlan:
    """What one note to one person is made of."""

    book: Phrasebook
    facts: InterviewFacts
    candidate: Candidate
    person: Person
    rank: int
    digest: bytes
    details: tuple[str, ...]
    hint: tuple[str, str] | None
    timeline: str | None
    steps: tuple[str, ...]
    formal: bool = False
    greeting: str = ""  # the panel's one greeting form ("Dear {first},"); "" picks it from the book

    def pick(self, slot: int, options: tuple[str, ...]) -> str:
        """The wording for ``slot``: fixed per interview, shifted by the person's rank."""
        return options[(self.digest[slot] + self.rank) % len(options)]

    def refs(self) -> dict[str, str]:
        """The language's references to this interview's role and company."""
        return self.book.refs(self.facts.role, self.facts.company)


def email_text(plan: NotePlan) -> str:
    """The full text of the email: greeting, two paragraphs, closing and signature."""
    first = [_thanks(plan), *_detail_sentences(plan, limit=2)]
    second = [_interest(plan), *_next_sentences(plan)]
    return _assemble(plan, first, second, signature_lines(plan.candidate))


def card_text(plan: NotePlan) -> str:
    """The card version: one detail, shorter signature, at most ``CARD_MAX_WORDS`` words."""
    signature = [plan.candidate.name, plan.candidate.email or plan.candidate.phone]
    for budget in (18, 10):
        first = [_thanks(plan), *_detail_sentences(plan, limit=1, max_words=budget)]
        text = _assemble(plan, first, [_interest(plan), *_next_sentences(plan)], signature)
        if word_count(text) <= CARD_MAX_WORDS:
            return text
    return text


def closing_line(plan: NotePlan) -> str:
    """The closing line ("Best regards,"), fixed per interview and person like every wording."""
    return plan.pick(CLOSING, plan.book.closing)


def _assemble(plan: NotePlan, first: list[str], second: list[str], signature: list[str]) -> str:
    closing = closing_line(plan)
    lines = [greeting_line(plan), "", " ".join(s for s in first if s), "", " ".join(s for s in second if s), ""]
    lines += [closing, *(line for line in signature if line)]
    return "\n".join(lines)


def signature_lines(candidate: Candidate) -> list[str]:
    """The user's contact lines: name, email, phone, then their own signature lines."""
    extra = [clean_line(line)[:200] for line in (candidate.signature or "").splitlines()[:6]]
    lines = [" ".join(candidate.name.split()), candidate.email.strip(), candidate.phone.strip(), *extra]
    return [line for line in lines if line]


def greeting_line(plan: NotePlan) -> str:
    """The first line of the note: the panel's greeting form with this person's name."""
    names = greeting_names(plan.person)
    if names is None:
        return plan.book.greeting_bare
    form = plan.greeting or greeting_form(plan.book, plan.formal, plan.digest, [plan.person])
    first, full = names
    if "{first}" not in form and "{full}" in form and not _has_surname(full):
        form = form.replace("{full}", "{first}")
    return form.format(first=first, full=full)


def greeting_form(book: Phrasebook, formal: bool, digest: bytes, people: list[Person]) -> str:
    """The one greeting wording for every note of an interview: a panel is greeted alike, and by
    full names only when everyone's full name is known (never "Dear Ahmed Saleh" beside "Dear Lisa")."""
    options = book.greeting_formal if formal else book.greeting
    form = options[digest[GREETING] % len(options)]
    full_names = [greeting_names(p) for p in people]
    if "{full}" in form and not all(n is None or _has_surname(n[1]) for n in full_names):
        first = [o for o in (*options, *book.greeting) if "{first}" in o]
        form = first[digest[GREETING] % len(first)] if first else form.replace("{full}", "{first}")
    return form


def _has_surname(full: str) -> bool:
    return len([t for t in full.split() if not is_title(t)]) > 1


def _thanks(plan: NotePlan) -> str:
    options = plan.book.thanks_advice if plan.facts.kind == "informational" else plan.book.thanks
    return plan.pick(THANKS, options)


def _detail_sentences(plan: NotePlan, limit: int, max_words: int = 0) -> list[str]:
    details = list(plan.details[:limit])
    if not details:
        return [_hint_sentence(plan)]
    if max_words:
        details = [trim_words(d, max_words, 12 * max_words)[0] for d in details]
    details = [_without_about(d) for d in details]
    sentences = [_with_detail(plan, DETAIL, _detail_options(plan, details[0]), details[0])]
    book = plan.book
    for extra in details[1:]:
        more = book.detail_more_clause if _is_clause(book, extra) and book.detail_more_clause else book.detail_more
        sentences.append(_with_detail(plan, MORE, more, extra))
    return sentences


def _detail_options(plan: NotePlan, detail: str) -> tuple[str, ...]:
    """The wordings that fit ``detail``: a clause ("we talked about pricing") gets its own, a noun
    phrase reads after "about"; the rest after a colon, where the language has no better way."""
    book = plan.book
    if book.detail_clause and _is_clause(book, detail):
        return book.detail_clause
    options = book.detail_colon
    if book.detail_about and (not options or _lead(detail) in book.determiners):
        options = book.detail_about + options
    if len(detail.split()) > LONG_DETAIL_WORDS:  # a long detail reads best at the end of its sentence
        options = tuple(o for o in options if o.endswith("{d}.")) or options
    return options


def _lead(detail: str) -> str:
    return re.split(r"['’\s]", detail.lower(), maxsplit=1)[0]


def _is_clause(book: Phrasebook, detail: str) -> bool:
    return _lead(detail) in book.clause_starts and len(detail.split()) > 1


def _without_about(detail: str) -> str:
    """"about the ledger" -> "the ledger": the wording says "about" already."""
    head, _, rest = detail.partition(" ")
    return rest if head.lower() in ("about", "regarding", "re:") and rest else detail


def _with_detail(plan: NotePlan, slot: int, options: tuple[str, ...], detail: str) -> str:
    sentence = plan.pick(slot, options).format(d=lower_first(detail, plan.book))
    return _CLOSE_PUNCT.sub(r"\1", sentence)


def lower_first(text: str, book: Phrasebook) -> str:
    """``text`` with a capitalised function word at its start put in lower case, to follow a colon."""
    lead = re.split(r"['’\s]", text, maxsplit=1)[0]
    if lead.lower() in book.lower_first and lead[:1].isupper() and lead[1:] == lead[1:].lower():
        return text[:1].lower() + text[1:]
    return text


def _hint_sentence(plan: NotePlan) -> str:
    book = plan.book
    if plan.hint is None:
        none = book.detail_none_advice if plan.facts.kind == "informational" else book.detail_none
        return plan.pick(HINT, none)
    kind, value = plan.hint
    if kind == "title":
        return plan.pick(HINT, book.detail_title).format(title=value)
    if kind == "team":
        return plan.pick(HINT, book.detail_team).format(team=value)
    return plan.pick(HINT, book.detail_agenda).format(activity=lower_first_word(value, book))


def lower_first_word(value: str, book: Phrasebook) -> str:
    """An agenda item as it reads inside a sentence ("System design" -> "system design")."""
    if book.code == "de" or len(value) < 2 or not value[1:2].islower():
        return value
    return value[:1].lower() + value[1:]


def _interest(plan: NotePlan) -> str:
    options = plan.book.appreciation if plan.facts.kind == "informational" else plan.book.interest
    return plan.pick(INTEREST, options).format(**plan.refs())


def _next_sentences(plan: NotePlan) -> list[str]:
    book = plan.book
    steps = [_step_sentence(plan, step) for step in plan.steps[:1]]
    if plan.facts.kind == "informational":
        return steps or [plan.pick(NEXT, book.next_mine)]
    if plan.timeline:
        return [*steps, plan.pick(NEXT, book.next_when).format(when=plan.timeline)]
    return [*steps, plan.pick(NEXT, book.next_open)]


def _step_sentence(plan: NotePlan, step: str) -> str:
    book = plan.book
    match = book.step_line.match(step)
    rest = step[match.end():] if match else ""
    if rest.lstrip().startswith(":"):
        text = rest.lstrip()[1:].strip()
        return _CLOSE_PUNCT.sub(r"\1", book.step_other.format(step=text))
    text = lower_first(step, book)
    return _CLOSE_PUNCT.sub(r"\1", book.step_first_person.format(step=text))

