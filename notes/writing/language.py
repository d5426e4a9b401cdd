"""The language of a note: the user's choice, else the invitation's, else English.

Detection is a small word-list vote over the invitation's title and description: fast, with no
model and no download, and good enough to tell English, German, French and Spanish apart.
"""
from __future__ import annotations

import re

from ..values import Candidate, InterviewFacts

SUPPORTED = ("en", "de", "fr", "es")
DEFAULT = "en"

# Words frequent in one language and rare in the other three: articles, pronouns,
# prepositions, and the words invitations to interviews use.
_MARKERS = {
    "en": (
        "the and with for your you our we will interview meeting join call round this that "
        "about position role team looking forward please are is be at on from hiring manager"
    ),
    "de": (
        "und der die das mit für ihr ihre ihnen sie wir uns auf gespräch vorstellungsgespräch "
        "bewerbung ist nicht freuen termin stelle bei zum zur im ein eine einladung herzlich "
        "ansprechpartner ansprechpartnerin vielen dank"
    ),
    "fr": (
        "le les et avec pour vous votre vos nous entretien embauche poste est une des du au "
        "rendez-vous chez candidature rencontre merci bonjour sur dans"
    ),
    "es": (
        "el los las y con para usted su sus nosotros entrevista trabajo puesto es una del al "
        "cita candidatura gracias hola sobre equipo"
    ),
}
_VOTES: dict[str, tuple[str, ...]] = {}
for _lang, _words in _MARKERS.items():
    for _word in _words.split():
        _VOTES[_word] = (*_VOTES.get(_word, ()), _lang)
_LETTERS = {"de": "äöüß", "fr": "èêàçùœâî", "es": "ñ¿¡"}
_TOKEN = re.compile(r"[^\W\d_]+(?:-[^\W\d_]+)?")
_SAMPLE = 4000  # characters read: the start of an invitation says enough


def detect_language(text: str) -> str:
    """The most likely of ``SUPPORTED`` for ``text``; English when nothing points elsewhere."""
    sample = text[:_SAMPLE].lower()
    scores = dict.fromkeys(SUPPORTED, 0.0)
    for token in _TOKEN.findall(sample):
        for lang in _VOTES.get(token, ()):
            scores[lang] += 1
    for lang, letters in _LETTERS.items():
        if any(letter in sample for letter in letters):
            scores[lang] += 1.5
    best = max(SUPPORTED, key=lambda lang: (scores[lang], lang == DEFAULT))
    return best if scores[best] > 0 else DEFAULT


def invitation_language(facts: InterviewFacts) -> str:
    """The language the invitation is written in."""
    return detect_language(f"{facts.title}\n{facts.description}")


def note_language(facts: InterviewFacts, candidate: Candidate) -> str:
    """The language to write in: the user's choice when supported, else the invitation's."""
    chosen = (candidate.language or "").strip().lower()[:2]
    if chosen in SUPPORTED:
        return chosen
    return invitation_language(facts)
