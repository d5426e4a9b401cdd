"""A vocabulary of tagged phrases matched in one pass over a text.

Detection looks for a few hundred phrases in eight languages in every event. Matching them one
regular expression at a time costs too much per event, so the phrases are compiled into a single
expression shaped like a trie (common prefixes shared), which the regex engine walks once.

Phrase syntax, in the vocabulary files (``vocabulary/*.toml``):

- ``phrase`` must start at a word boundary and may be followed by more letters (``interview``
  matches "interviews", "interviewing");
- ``phrase.`` must also end at a word boundary (``due.`` does not match "duet");
- ``~phrase`` may start inside a word (``~interview`` matches German "Telefoninterview").

Phrases in Japanese, Chinese, Thai, Lao, Burmese and Khmer (no spaces between words) never need boundaries; the
vowel signs and viramas of the Indic scripts are letters of a word, so a phrase neither starts nor ends at one, and
a zero-width joiner inside a word is the word without it. Accented phrases also match their unaccented spelling,
and German umlauts their ``ae``/``oe``/``ue`` spelling. A phrase with marks
below its letters (Yoruba "ọ̀", "ẹ́") also matches its spelling without the tones above them, and an Ethiopic
phrase its spelling with the letters that sound alike ("ስራ" for "ሥራ").
"""
from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Iterable, Iterator, Mapping
from dataclasses import dataclass
from functools import lru_cache, partial

# scripts written without spaces between words (Thai, Lao, Burmese, Khmer, Japanese, Chinese): a phrase in them may
# start and end anywhere, and keeps its marks (Thai vowels and tones are combining marks, not accents)
_UNSPACED = re.compile(r"[\u0e00-\u0eff\u1000-\u109f\u1780-\u17ff\u19e0-\u19ff\u3040-\u30ff\u3400-\u9fff\uff00-\uffef]")
# the vowel signs, viramas and nasal marks of the Indic scripts (Devanagari to Sinhala): marks to Unicode, so no word
# characters to the regex engine, yet inside a word ("संपदा", "ಹುದ್ದೆ"); a phrase must not start or end next to one
_INDIC = (0x0900, 0x0e00)
_INDIC_MARKS = "".join(chr(c) for c in range(*_INDIC) if unicodedata.category(chr(c)).startswith("M"))
_NOT_AFTER_MARK = f"(?<![{_INDIC_MARKS}])"
_WORD_ENDS = f"(?![\\w{_INDIC_MARKS}])"
# a joiner typed inside a word changes how it is drawn, not the word: Sinhala's rakaransaya and yansaya ("ශ්‍රී"),
# and Malayalam's older spelling of a chillu letter (consonant, virama, joiner) for the letter itself ("ന്‍", "ൻ");
# nor does the zero-width space Khmer text marks its word breaks with, which a reader never sees
_CHILLU = (("ണ്\u200d", "ൺ"), ("ന്\u200d", "ൻ"), ("ര്\u200d", "ർ"), ("ല്\u200d", "ൽ"), ("ള്\u200d", "ൾ"),
           ("ക്\u200d", "ൿ"))
_UMLAUTS = str.maketrans({"ä": "ae", "ö": "oe", "ü": "ue", "ß": "ss"})
# Romanian s and t with a comma below, and with the cedilla older keyboards type for them: either spelling of a
# phrase matches both
_CEDILLA = str.maketrans({"ș": "ş", "ț": "ţ", "ş": "ș", "ţ": "ț"})
# Persian and Urdu "ی" and "ک", and Urdu "ہ", as an Arabic keyboard types them ("ي", "ك", "ه"): a Persian or Urdu
# phrase matches both spellings
_ARABIC_KEYBOARD = str.maketrans({"ی": "ي", "ک": "ك", "ہ": "ه"})
_PERSIAN_LETTERS = re.compile("[یکہ]")
# typographic variants folded before matching, so vocabularies only hold the plain forms
# (replaced one by one: ``str.translate`` looks every character of a non-ASCII text up, many times slower);
# Hebrew's own hyphen, geresh and gershayim ("ב־", "קואצ׳ינג", "מנכ״ל") are typed as plain ones too; the
# zero-width non-joiner that Persian and Urdu write inside a word ("مصاحبه‌کننده") is read as the space many type
# Ethiopic letters that sound alike and are written for one another ("ሥራ" and "ስራ", "ኃላፊ", "ሐላፊ" and "ሀላፊ",
# "ፀሐፊ" and "ጸሀፊ", "ዓመት" and "አመት"), each series of syllables (one per vowel order) read as one; and the
# Ethiopic word space, preface colon, full stop and commas read as their plain marks
_ETHIOPIC = re.compile(r"[\u1200-\u137f]")
_ETHIOPIC_ALIKE = str.maketrans(
    {**{chr(0x1210 + i): chr(0x1200 + i) for i in range(7)},  # ሐ ... ሖ as ሀ ... ሆ
     **{chr(0x1280 + i): chr(0x1200 + i) for i in range(7)},  # ኀ ... ኆ as ሀ ... ሆ
     **{chr(0x1220 + i): chr(0x1230 + i) for i in range(8)},  # ሠ ... ሧ as ሰ ... ሷ
     **{chr(0x12d0 + i): chr(0x12a0 + i) for i in range(7)},  # ዐ ... ዖ as አ ... ኦ
     **{chr(0x1340 + i): chr(0x1338 + i) for i in range(7)},  # ፀ ... ፆ as ጸ ... ጾ
     "\u1203": "\u1200", "\u1213": "\u1200", "\u1283": "\u1200",  # ሃ ሓ ኃ sound as ሀ
     "\u12a3": "\u12a0", "\u12d3": "\u12a0",  # ኣ ዓ sound as አ
     "፡": " ", "፦": ":", "።": ".", "፣": ",", "፥": ",", "፤": ";"})
# the marks written above letters (tones) and below them (Yoruba's "ẹ", "ọ", "ṣ"): many write the marks below and
# leave the tones off ("ifọrọwanilẹnuwo"), and some type the vertical line below for the dot
_ABOVE, _BELOW = 230, 220
_DOT_BELOW, _LINE_BELOW = "\u0323", "\u0329"
_FOLD = (("’", "'"), ("‘", "'"), ("\u00a0", " "), ("‐", "-"), ("‑", "-"), ("＿", "_"), ("　", " "), ("־", "-"),
         ("׳", "'"), ("״", '"'), ("\u200c", " "))


_NOTHING = r"(?!)"  # a pattern that matches nothing: an empty list of phrases
SHORT_TEXT = 160  # characters: a title, a name, a role

# The alphabets a text is written in, narrowest first: plain ASCII; Latin letters (accents included) with
# typographic punctuation ("Vorstellungsgespräch – Contoso"); any. A phrase holding a letter outside a
# text's alphabet cannot be found in it, so each text is matched against only the phrases written in its
# alphabet: the same matches, in fewer steps (the Greek, Arabic, Hangul and Japanese phrases are most of
# the branches of the whole tries, and a branch the engine tries costs even when its letter is absent).
ASCII, LATIN, ANY = 0, 1, 2
_BEYOND_LATIN = re.compile(r"[^\x00-\u024f\u2000-\u206f]")


def alphabet(text: str) -> int:
    """``ASCII``, ``LATIN`` or ``ANY``: the narrowest alphabet ``text`` is written in."""
    if text.isascii():
        return ASCII
    return LATIN if _BEYOND_LATIN.search(text) is None else ANY


def _written_in(words: Iterable[str], tier: int) -> list[str]:
    """Those of ``words`` written in alphabet ``tier`` (all of them for ``ANY``)."""
    return [word for word in words if alphabet(word) <= tier]


@dataclass(frozen=True, slots=True)
class _Term:
    tags: tuple[str, ...]
    bounded_start: bool
    bounded_end: bool


def fold(text: str) -> str:
    """Lower-case ``text`` and fold typographic quotes, dashes and spaces to plain ones."""
    lowered = text.lower()
    if lowered.isascii():
        return lowered
    for typographic, plain in _FOLD:
        if typographic in lowered:
            lowered = lowered.replace(typographic, plain)
    if _ETHIOPIC.search(lowered):
        lowered = lowered.translate(_ETHIOPIC_ALIKE)
    return _without_joiners(lowered)


def _without_joiners(text: str) -> str:
    """``text`` without its zero-width joiners and spaces, a Malayalam chillu spelled with a joiner as the letter."""
    if "\u200b" in text:
        text = text.replace("\u200b", "")
    if "\u200d" not in text:
        return text
    for spelled, letter in _CHILLU:
        text = text.replace(spelled, letter)
    return text.replace("\u200d", "")


def split_terms(spec: str) -> list[str]:
    """The phrases of a ``"a | b | c"`` vocabulary string."""
    return [term.strip() for term in spec.split("|") if term.strip()]


def _strip_accents(term: str) -> str:
    decomposed = unicodedata.normalize("NFKD", term)
    if decomposed.isascii():
        return decomposed  # no mark to drop (most phrases: a character at a time costs the vocabularies' import)
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


def spellings(term: str) -> set[str]:
    """``term`` and its spellings without accents, with umlauts as ``ae``/``oe``/``ue``, and a Persian or Urdu
    term as an Arabic keyboard types it."""
    if term.isascii() or _UNSPACED.search(term):
        return {term}  # (plain ASCII, most phrases: no accent, umlaut, mark or other letter to spell otherwise)
    term = _typed_plain(unicodedata.normalize("NFC", term))  # as ``fold`` reads the text it is looked for in
    forms = {term, term.translate(_CEDILLA), _strip_accents(term), term.translate(_UMLAUTS),
             _strip_accents(term.translate(_UMLAUTS))}
    if _ETHIOPIC.search(term):
        forms.add(term.translate(_ETHIOPIC_ALIKE))
    forms |= _below_marks_kept(term)
    return forms | {form.translate(_ARABIC_KEYBOARD) for form in forms} if _PERSIAN_LETTERS.search(term) else forms


def _typed_plain(term: str) -> str:
    """``term`` with the typographic variants ``fold`` reads as plain ones (a joiner inside a Telugu or Persian
    phrase as the space it is in the text)."""
    for typographic, plain in _FOLD:
        if typographic in term:
            term = term.replace(typographic, plain)
    return term


def _below_marks_kept(term: str) -> set[str]:
    """``term`` without its tones (the marks above letters) but with the marks below them, and each of these with
    the vertical line below for the dot below; nothing for a term without marks below."""
    decomposed = unicodedata.normalize("NFD", term)
    marks = {unicodedata.combining(ch) for ch in decomposed}
    if _BELOW not in marks:
        return set()
    forms = {decomposed, "".join(ch for ch in decomposed if unicodedata.combining(ch) != _ABOVE)}
    forms |= {form.replace(_DOT_BELOW, _LINE_BELOW) for form in forms}
    return {unicodedata.normalize("NFC", form) for form in forms}


def trie_pattern(words: Iterable[str], bounded_ends: frozenset[str] = frozenset()) -> str:
    """A regular expression matching exactly ``words``, with their common prefixes shared.

    Words in ``bounded_ends`` match only where a word ends (not followed by a letter or digit).
    """
    trie: dict = {}
    for word in words:
        node = trie
        for ch in word:
            node = node.setdefault(ch, {})
        node[""] = word in bounded_ends
    return _node_pattern(trie)


def word_start_pattern(words: Iterable[str], bounded_ends: frozenset[str] = frozenset()) -> str:
    """``\\b`` and ``trie_pattern(words, bounded_ends)`` as one group: ``words`` where a word starts.

    The same matches, written for speed: a word that starts with a letter or digit is looked for only
    where a word starts (``\\b``, which the regex engine tells at once inside a word, where most places
    are) and one of the letters the words start with comes next (so the trie is not entered after a
    word's end). On the bench's titles and descriptions the vocabulary's pass takes a third less time
    than with a look-behind for the start, which costs the engine more than ``\\b`` at every place it is
    tried, and a tenth to a sixth less than with ``\\b`` alone.
    """
    words = set(words)
    initial = {word for word in words if _WORD_CHAR.match(word)}
    branches = []
    if initial:
        # (before a letter or digit, \b is "no letter or digit before": the start of a word; an Indic one also
        # has no vowel sign or virama before it)
        indic = {word for word in initial if _INDIC[0] <= ord(word[0]) < _INDIC[1]}
        for group, before in ((initial - indic, ""), (indic, _NOT_AFTER_MARK)):
            if group:
                firsts = "".join(sorted({re.escape(word[0]) for word in group}))
                branches.append(f"\\b{before}(?=[{firsts}])" + trie_pattern(group, bounded_ends))
    if words - initial:  # ("(m/w/d": \b there means a word right before it)
        branches.append(r"\b" + trie_pattern(words - initial, bounded_ends))
    return "(?:" + "|".join(f"(?:{branch})" for branch in branches) + ")" if branches else _NOTHING


_WORD_CHAR = re.compile(r"\w")


def phrase_start_pattern(words: Iterable[str]) -> str:
    """``words`` where a word starts (``word_start_pattern``), and those written in a script without spaces
    between words (Thai, Japanese) anywhere: "ตำแหน่ง" in "สนใจตำแหน่ง"."""
    words = set(words)
    unspaced = {word for word in words if _UNSPACED.search(word)}
    branches = [word_start_pattern(words - unspaced)] if words - unspaced else []
    if unspaced:
        branches.append(trie_pattern(unspaced))
    return "(?:" + "|".join(branches) + ")" if branches else _NOTHING


# each character of a trie as a pattern writes it: looked up, not escaped again (the vocabularies' tries have
# hundreds of thousands of nodes, and ``re.escape`` was a sixth of building them at import)
_ESCAPED: dict[str, str] = {}


def _escaped(ch: str) -> str:
    escaped = _ESCAPED.get(ch)
    if escaped is None:
        escaped = _ESCAPED[ch] = re.escape(ch)
    return escaped


def _node_pattern(node: dict) -> str:
    # a run of nodes with one letter after each and no word ending in them (most of a trie's nodes) is its letters
    run = []
    while len(node) == 1:
        ch = next(iter(node))
        if not ch:
            break
        run.append(_escaped(ch))
        node = node[ch]
    return "".join(run) + _fork_pattern(node) if run else _fork_pattern(node)


def _fork_pattern(node: dict) -> str:
    """The pattern of a node where the trie forks or a word ends."""
    branches = [_escaped(ch) + _node_pattern(child) for ch, child in sorted(node.items()) if ch]
    if "" in node and node[""]:  # a word ends here, at a word boundary only
        branches.append(_WORD_ENDS)
    if not branches:
        return ""
    body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
    if "" in node and not node[""]:  # a word ends here: longer continuations stay optional (and greedy)
        return "(?:" + body + ")?"
    return body


def _parsed(phrase: str) -> tuple[str, bool, bool]:
    """(phrase, must start a word, must end a word) for a phrase written in the vocabulary syntax."""
    start = not phrase.startswith("~")
    end = phrase.endswith(".") and len(phrase) > 1
    core = _without_joiners(phrase.lstrip("~").rstrip(".") if end else phrase.lstrip("~"))
    unspaced = bool(_UNSPACED.search(core))
    return core.lower(), start and not unspaced, end and not unspaced


class _Deferred:
    """The pattern of the widest alphabet (``ANY``), written and compiled when a text first needs it: it holds
    every script's phrases, costs most of the vocabularies' building and compiling, and most calendars never need
    it. Once compiled, it takes its own place in ``patterns`` (indexed by alphabet)."""

    __slots__ = ("_write", "_source", "patterns")

    def __init__(self, write: Callable[[], str], patterns: list):
        self._write, self._source, self.patterns = write, None, patterns

    @property
    def pattern(self) -> str:
        if self._source is None:
            self._source = self._write()
        return self._source

    def compiled(self) -> re.Pattern:
        compiled = re.compile(self.pattern)
        self.patterns[ANY] = compiled
        return compiled

    def search(self, *args) -> re.Match | None:
        return self.compiled().search(*args)

    def match(self, *args) -> re.Match | None:
        return self.compiled().match(*args)

    def finditer(self, *args) -> Iterator[re.Match]:
        return self.compiled().finditer(*args)

    def findall(self, *args) -> list:
        return self.compiled().findall(*args)


def _by_alphabet(source: Callable[[int], str]) -> list:
    """The patterns ``source`` writes for each alphabet (ASCII, LATIN, ANY), the widest one written and compiled
    when first used. (Latin letters are written in most calendars: deferring their patterns would only move their
    compiling from the import to the first event written in them.)"""
    patterns: list = [re.compile(source(ASCII)), re.compile(source(LATIN)), None]
    patterns[ANY] = _Deferred(partial(source, ANY), patterns)
    return patterns


class PhraseRegex:
    """A regular expression of phrases (``phrase_regex``), with ``search``, ``match`` and ``finditer``.

    Each text is matched with an expression of only the phrases written in its alphabet (``alphabet``):
    in plain ASCII, the most common, the regex engine walks it in half to two thirds of the steps (a
    phrase that may start inside a word, "~panel.", among phrases in Arabic and Japanese, is otherwise
    tried against all of them at every character).
    """

    __slots__ = ("_by_alphabet",)

    def __init__(self, by_alphabet: list):
        self._by_alphabet = by_alphabet  # indexed by ``alphabet``: ASCII, LATIN, ANY (``_by_alphabet``)

    @property
    def pattern(self) -> str:
        return self._by_alphabet[ANY].pattern

    def search(self, text: str, *span: int) -> re.Match | None:
        return self._by_alphabet[alphabet(text)].search(text, *span)

    def match(self, text: str, *span: int) -> re.Match | None:
        return self._by_alphabet[alphabet(text)].match(text, *span)

    def finditer(self, text: str, *span: int) -> Iterator[re.Match]:
        return self._by_alphabet[alphabet(text)].finditer(text, *span)


def phrase_regex(phrases: Iterable[str], anchored: bool = False) -> PhraseRegex:
    """One regular expression finding any of ``phrases`` (vocabulary syntax, every spelling) in folded
    text; with ``anchored``, only at the start of the text, after blanks."""
    at_words, anywhere, ends = set(), set(), set()
    for phrase in phrases:
        core, start, end = _parsed(phrase)
        forms = spellings(core)
        (at_words if start else anywhere).update(forms)
        if end:
            ends.update(forms)
    return PhraseRegex(_by_alphabet(lambda tier: _phrase_pattern(
        set(_written_in(at_words, tier)), set(_written_in(anywhere, tier)), frozenset(ends), anchored)))


def _phrase_pattern(at_words: set[str], anywhere: set[str], ends: frozenset[str], anchored: bool) -> str:
    branches = []
    if at_words:
        branches.append(word_start_pattern(at_words, ends))
    if anywhere:
        branches.append(trie_pattern(anywhere, ends))
    body = "|".join(f"(?:{b})" for b in branches) or _NOTHING
    return r"^\s*(?:" + body + ")" if anchored else body


class Vocabulary:
    """Tagged phrases; ``scan`` returns, for each tag, the first phrase found with it."""

    def __init__(self, groups: Mapping[str, Iterable[str]]):
        terms: dict[str, _Term] = {}
        for tag, phrases in groups.items():
            for phrase in phrases:
                self._add(terms, tag, phrase)
        self._tags = {word: term.tags for word, term in terms.items()}
        self._found = {word: dict.fromkeys(term.tags, word) for word, term in terms.items()}
        ends = frozenset(word for word, term in terms.items() if term.bounded_end)
        # two passes: phrases that start a word are only tried where a word starts (\b), which is
        # most of the saving; the few that may start inside a word (and Japanese) are tried everywhere;
        # each pass with the phrases written in the text's alphabet (``alphabet``), indexed by it
        at_words = [w for w, t in terms.items() if t.bounded_start]
        inside = [w for w, t in terms.items() if not t.bounded_start]
        self._at_words = _by_alphabet(lambda tier: word_start_pattern(_written_in(at_words, tier), ends))
        self._anywhere = _by_alphabet(lambda tier: trie_pattern(_written_in(inside, tier), ends) or _NOTHING)
        # short texts (titles, candidate names and roles) recur: recurring meetings, the same company
        # and role on every event of a process; their tags are remembered (bounded, read-only)
        self._scan_short = lru_cache(maxsize=16384)(self._scan)

    @staticmethod
    def _add(terms: dict[str, _Term], tag: str, phrase: str) -> None:
        core, start, end = _parsed(phrase)
        for spelling in spellings(core):
            old = terms.get(spelling)
            if old is None:
                terms[spelling] = _Term((tag,), start, end)
            else:  # the same words in two lists: the looser boundaries hold for both
                tags = old.tags if tag in old.tags else old.tags + (tag,)
                terms[spelling] = _Term(tags, old.bounded_start and start, old.bounded_end and end)

    def words_of(self, tag_prefixes: tuple[str, ...]) -> frozenset[str]:
        """Every single word of the phrases whose tags start with one of ``tag_prefixes``."""
        return frozenset(
            word
            for phrase, tags in self._tags.items()
            if any(tag.startswith(tag_prefixes) for tag in tags)
            for word in re.findall(r"\w+", phrase)
        )

    def single_words_of(self, tag_prefixes: tuple[str, ...]) -> frozenset[str]:
        """The phrases of one word whose tags start with one of ``tag_prefixes``."""
        return frozenset(phrase for phrase, tags in self._tags.items()
                         if phrase.isalpha() and any(tag.startswith(tag_prefixes) for tag in tags))

    def scan(self, text: str) -> dict[str, str]:
        """Tags found in ``text`` (already folded), each with the first phrase that carried it.
        The answer may be shared with other callers: read it, never change it."""
        return self._scan_short(text) if len(text) <= SHORT_TEXT else self._scan(text)

    def _scan(self, text: str) -> dict[str, str]:
        tier = alphabet(text)
        words = self._anywhere[tier].findall(text)
        words += self._at_words[tier].findall(text)
        found: dict[str, str] = {}
        for word in reversed(words):  # later words first, so that the first phrase of a tag wins
            found.update(self._found[word])
        return found
