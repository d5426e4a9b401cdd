"""The vocabularies detection reads, one file per language in ``vocabulary/`` (``en.toml``, ``de.toml``...).

Each file has a section per kind of evidence (``[interview]``, ``[not_interview_in_title]``...) holding
lists of plain phrases; ``vocabulary/README.md`` says what each list is for and the little syntax a
phrase may use. The files are read once, when detection is first imported, and merged: a phrase
counts whatever file it is in. ``groups`` turns them into the tagged phrases the scanner matches in
one pass; the few lists that other parts look for on their own are read with ``phrases``.
"""
from __future__ import annotations

import hashlib
import tomllib
from dataclasses import dataclass
from pathlib import Path

from ..errors import ConfigError

VOCABULARY_DIR = Path(__file__).resolve().parent / "vocabulary"

# section -> the keys it may hold (None: any key, e.g. a stage's name or a kind of exclusion)
SECTIONS: dict[str, frozenset[str] | None] = {
    "interview": frozenset({"words", "in_context"}),
    "stage": None,
    "stage_hint": None,
    "informational": frozenset({"words", "in_context", "meeting", "career", "advice_asked", "questions", "answering",
                                "workplace"}),
    "job": frozenset({"words", "titles", "labels", "before_role", "after_role", "of_role"}),
    "application": frozenset({"internal", "yours", "to_candidate", "job_talk"}),
    "agency": frozenset({"client", "undisclosed", "revealed"}),
    "people": frozenset({"sitting_in", "with_me", "without_me", "schedulers", "interviewers"}),
    "mode": frozenset({"phone", "video", "onsite"}),
    "not_interview_in_title": None,
    "not_interview_anywhere": None,
    "cancelled": frozenset({"title", "description"}),
    "hiring_side": frozenset({"material", "candidate", "candidates"}),
    "press": frozenset({"media", "name_ends", "before_medium", "articles", "pieces", "outlet", "named", "asked",
                        "trades"}),
    "letter": frozenset({"sign_off"}),
    "plain": frozenset({"phrases"}),
    "meeting": frozenset({"routine", "supplier"}),
    "test": frozenset({"alone"}),  # read by ``evidence.py``: a test taken alone is evidence against (online_test)
    "referrer": frozenset({"by", "not_people"}),  # read by ``referrer.py`` after the verdict, never weighed
}


class VocabularyError(ConfigError, ValueError):
    """A vocabulary file that does not have the expected shape; the message says where."""


@dataclass(frozen=True)
class Lexicon:
    """Every language's phrases, merged: ``sections[section][key]`` lists them, first file first."""

    sections: dict[str, dict[str, tuple[str, ...]]]
    digest: str  # of the files' bytes: part of the detector's version

    def phrases(self, section: str, key: str) -> list[str]:
        """The phrases of one list, in every language."""
        return list(self.sections.get(section, {}).get(key, ()))

    def keys(self, section: str) -> dict[str, tuple[str, ...]]:
        """The lists of a section by key (a stage's name, a kind of exclusion)."""
        return dict(self.sections.get(section, {}))


def load(directory: Path = VOCABULARY_DIR) -> Lexicon:
    """Read and merge every ``*.toml`` file of ``directory``; a malformed file raises ``VocabularyError``."""
    # each list's phrases in the order first read, each once (a dictionary's keys: a list's look-up of every phrase
    # already in it cost a quarter of reading the vocabularies)
    merged: dict[str, dict[str, dict[str, None]]] = {}
    digest = hashlib.sha256()
    files = sorted(directory.glob("*.toml"))
    if not files:
        raise VocabularyError(f"no vocabulary files in {directory}")
    for path in files:
        raw = path.read_bytes()
        digest.update(path.name.encode() + b"\0" + raw + b"\0")
        try:
            data = tomllib.loads(raw.decode("utf-8"))
        except (UnicodeDecodeError, tomllib.TOMLDecodeError) as exc:
            raise VocabularyError(f"{path.name}: {exc}") from exc
        for section, lists in data.items():
            _check(path.name, section, lists)
            for key, phrases in lists.items():
                merged.setdefault(section, {}).setdefault(key, {}).update(dict.fromkeys(phrases))
    sections = {s: {k: tuple(v) for k, v in lists.items()} for s, lists in merged.items()}
    return Lexicon(sections, digest.hexdigest())


def _check(name: str, section: str, lists) -> None:
    if section not in SECTIONS:
        raise VocabularyError(f"{name}: unknown section [{section}] (known: {', '.join(SECTIONS)})")
    if not isinstance(lists, dict):
        raise VocabularyError(f"{name}: [{section}] must hold lists of phrases")
    allowed = SECTIONS[section]
    for key, phrases in lists.items():
        if allowed is not None and key not in allowed:
            raise VocabularyError(f"{name}: unknown list {section}.{key} (known: {', '.join(sorted(allowed))})")
        if not isinstance(phrases, list) or not all(isinstance(p, str) and p.strip() for p in phrases):
            raise VocabularyError(f"{name}: {section}.{key} must be a list of non-empty phrases")


def groups(lexicon: Lexicon) -> dict[str, list[str]]:
    """The tagged phrases the scanner looks for in every event, tag -> phrases.

    Tags: ``interview``/``interview?``, ``stage``/``stage?`` and ``stage=<name>``, ``info``/``info?``,
    ``chat?``, ``career``, ``ask``, ``ask?``, ``answer``, ``job``, ``role``, ``sits-in``, ``with-me``, ``mode=<how>``,
    ``x:<kind>`` (evidence against, in a title) and ``x!:<kind>`` (anywhere), ``cancelled`` and
    ``cancelled:title``, ``hiring``, ``candidate``, ``candidates``, ``medium``, ``routine``,
    ``supplier``, ``client`` and ``plain``.
    """
    tags: dict[str, list[str]] = {}

    def put(tag: str, phrases) -> None:
        tags.setdefault(tag, []).extend(phrases)

    simple = {
        ("interview", "words"): "interview", ("interview", "in_context"): "interview?",
        ("informational", "words"): "info", ("informational", "in_context"): "info?",
        ("informational", "meeting"): "chat?", ("informational", "career"): "career",
        ("informational", "advice_asked"): "ask", ("informational", "questions"): "ask?",
        ("informational", "answering"): "answer",
        ("job", "words"): "job", ("job", "titles"): "role",
        ("people", "sitting_in"): "sits-in", ("people", "with_me"): "with-me",
        ("cancelled", "title"): "cancelled:title", ("cancelled", "description"): "cancelled",
        ("hiring_side", "material"): "hiring", ("hiring_side", "candidate"): "candidate",
        ("hiring_side", "candidates"): "candidates", ("plain", "phrases"): "plain",
        ("meeting", "routine"): "routine", ("meeting", "supplier"): "supplier", ("agency", "client"): "client",
    }
    for (section, key), tag in simple.items():
        put(tag, lexicon.phrases(section, key))
    for strength, tag in (("stage", "stage"), ("stage_hint", "stage?")):
        for name, phrases in lexicon.keys(strength).items():
            put(f"stage={name}", phrases)
            put(tag, phrases)
    for how, phrases in lexicon.keys("mode").items():
        put(f"mode={how}", phrases)
    for kind, phrases in lexicon.keys("not_interview_in_title").items():
        put(f"x:{kind}", phrases)
    for kind, phrases in lexicon.keys("not_interview_anywhere").items():
        put(f"x!:{kind}", phrases)
    put("medium", [p if p.endswith(".") else f"{p}." for p in lexicon.phrases("press", "media")
                   + lexicon.phrases("press", "name_ends")])
    put("piece", lexicon.phrases("press", "pieces"))
    return tags


LEXICON = load()
