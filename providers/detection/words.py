"""The vocabulary lists that detection looks for on their own, outside the one-pass scan: compiled
once from ``vocabulary/*.toml`` (see ``lexicon``)."""
from __future__ import annotations

import re
from functools import lru_cache

from .lexicon import LEXICON
from .scanner import fold, phrase_regex, spellings, trie_pattern

# an application to a role in one's own organisation: colleagues interview the user, who is the candidate
INTERNAL_MOBILITY = phrase_regex(LEXICON.phrases("application", "internal"))
# the description speaks to the candidate about their own application
YOUR_APPLICATION = phrase_regex(LEXICON.phrases("application", "yours"))
# an invitation written to the candidate: the user is the one interviewed
SPEAKS_TO_CANDIDATE = phrase_regex(LEXICON.phrases("application", "to_candidate"))
# a talk given as part of an application: a seminar announcement that is the user's job talk
JOB_TALK = phrase_regex(LEXICON.phrases("application", "job_talk"))
# a team or a hiring process: what an asked-for piece of advice is about when it is about work
WORKPLACE = phrase_regex(LEXICON.phrases("informational", "workplace"))


def _alternation(phrases: list[str]) -> str:
    return trie_pattern({form for p in phrases for form in spellings(p.rstrip(".").lower())})


# a medium after a preposition ("for the magazine", "für das Magazin", "pour la radio") in a title:
# a press interview; the bare noun is not enough, as magazines and papers are companies too
PRESS_MEDIUM = re.compile(
    r"\b(?:" + _alternation(LEXICON.phrases("press", "before_medium")) + r")\s+"
    r"(?:(?:" + _alternation(LEXICON.phrases("press", "articles")) + r")\s+)?"
    r"(?:" + _alternation(LEXICON.phrases("press", "media")) + r")\b(?!-\w)"  # not "tv-produktion", "radio-show"
    # or a paper's name that ends in the word for one ("interview til Bugtens Avis"): never that word alone
    r"|\b(?:" + _alternation(LEXICON.phrases("press", "before_medium")) + r")\s+[^\W\d_][\w'’-]*\s+"
    r"(?:" + _alternation(LEXICON.phrases("press", "name_ends")) + r")\b(?!-\w)"
)
# the piece a reporter is writing, after a preposition, an article and up to three words ("for the acequia story",
# "for the Sunday bond explainer."), ending a sentence or going on with what it is about; no product's "user story"
PRESS_PIECE = re.compile(
    r"\b(?:" + _alternation(LEXICON.phrases("press", "before_medium")) + r")\s+"
    r"(?:" + _alternation(LEXICON.phrases("press", "articles")) + r")\s+(?:[^\W\d_][\w'’-]*\s+){0,3}?(?<!user )"
    r"(?:" + _alternation(LEXICON.phrases("press", "pieces")) + r")\b(?=[ \t]*(?:$|[.,;:!?)\n])|\s+(?:on|about)\b)",
    re.IGNORECASE,
)
# the closing line of a letter ("Kind regards", "Met vriendelijke groet"): what follows is a signature
_SIGN_OFF = phrase_regex(LEXICON.phrases("letter", "sign_off"), anchored=True)


def signs_off(line: str) -> bool:
    """True for a letter's closing line: short, and a closing phrase ("Kind regards", not "Thank you
    for applying to ...")."""
    return len(line.split()) <= 4 and _SIGN_OFF.match(fold(line)) is not None


# the sender saying they will not be there ("I won't be joining", "私は同席いたしません")
SENDER_STAYS_AWAY = phrase_regex(LEXICON.phrases("people", "without_me"))
# the same English first person's words after "and" in a sentence of theirs ("I'll set it up and won't join")
_AWAY_AFTER_AND = re.compile(r"\bi\b[^.!?\n]{0,60}?\band\s+(?:" + _alternation(
    [p[2:] for p in LEXICON.phrases("people", "without_me") if p.startswith("i ")]) + r")\b")


# the German first person saying it, with what it stays away from between ("Ich selbst bin beim Gespräch nicht
# dabei", "ich werde am Termin nicht teilnehmen")
_AWAY_IN_GERMAN = re.compile(r"\bich(?: selbst)? (?:bin|werde)\b[^.!?;\n]{0,40}? nicht (?:dabei|anwesend|teilnehmen)\b")


def sender_stays_away(text_f: str) -> bool:
    """True when folded ``text_f`` has its sender say they will not be there (``SENDER_STAYS_AWAY``), also
    with their verb after "and" ("I'll just set it up and won't join") or what they stay away from between
    ("ich bin beim Gespräch nicht dabei")."""
    return SENDER_STAYS_AWAY.search(text_f) is not None or (" and " in text_f and _AWAY_AFTER_AND.search(text_f)
                                                           is not None) or (
        " nicht " in text_f and _AWAY_IN_GERMAN.search(text_f) is not None)


# a recruiter keeping the employer's name back: a word for the client next to one for undisclosed ("client
# undisclosed", "cliente confidencial", "vertraulicher Mandant", "the client's name is confidential"), or in brackets
# after the words describing the client, in the same sentence ("my client is a logistics group (confidential for now)")
_CLIENT = _alternation(LEXICON.phrases("agency", "client"))
_UNDISCLOSED = _alternation(LEXICON.phrases("agency", "undisclosed"))
_BETWEEN = r"[^\w.!?;\n]+"  # (within one sentence)
UNDISCLOSED_CLIENT = re.compile(rf"\b(?:{_CLIENT})\b(?:'s)?(?:{_BETWEEN}\w+){{0,3}}?{_BETWEEN}(?:{_UNDISCLOSED})\b"
                                rf"|\b(?:{_UNDISCLOSED}){_BETWEEN}(?:\w+{_BETWEEN})?(?:{_CLIENT})\b"
                                rf"|\b(?:{_CLIENT})\b[^.!?;\n()]{{1,80}}\(\s*(?:{_UNDISCLOSED})\b")



# the single words that say a search or its client is kept confidential, in every language the vocabularies cover
# ("Confidential", "confidencial", "cyfrinachol"; a phrase ending in "." is a whole word, others go on), and the
# inflections met beside a title that the vocabularies' phrases about a client do not hold
_KEPT_BACK_PHRASES = [p for p in LEXICON.phrases("agency", "undisclosed") if " " not in p.rstrip(".")]
_KEPT_BACK_WORD = re.compile(
    "(?:" + _alternation([p for p in _KEPT_BACK_PHRASES if p.endswith(".")]) + ")"
    "|(?:" + _alternation([p for p in _KEPT_BACK_PHRASES if not p.endswith(".")]) + r")\w*")
_KEPT_BACK_FORMS = frozenset("vertrauliche poufne poufna".split())


@lru_cache(maxsize=4096)
def kept_back(word: str) -> bool:
    """True when ``word`` says that a search or its client is kept confidential ("Confidential", "vertraulich")."""
    folded = fold(word.strip(" .,;:()[]"))
    return folded in _KEPT_BACK_FORMS or _KEPT_BACK_WORD.fullmatch(folded) is not None

# a title of someone who arranges interviews without holding them ("Recruiting Coordinator")
SCHEDULER_TITLE = phrase_regex(LEXICON.phrases("people", "schedulers"))
# the heading a list of interviewers follows ("Your interviewers:", "Gesprächspartner:", "面接官：")
INTERVIEWERS_HEADING = phrase_regex(LEXICON.phrases("people", "interviewers"))
