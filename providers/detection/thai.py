"""How Thai text names people written elsewhere in Latin letters, and the role it writes in Thai.

A pasted message's copy line writes "Suda Chaiyaporn <suda.c@...>" and its Thai text "คุณสุดา ไชยพร": the
same person, in two scripts. Thai names a person after an honorific (คุณ, พี่, น้อง), and the Latin spelling
follows the sounds of the Thai consonants (the Royal Thai General System), so the first consonant sounds of the
Thai given name and of the Latin one agree ("สุดา": s, d; "Suda": s, d).
"""
from __future__ import annotations

import re
from collections.abc import Iterator

# the honorifics Thai writes before a given name: Khun, an older (Phi) or younger (Nong) colleague, Than
_NAMED = re.compile(r"(?:คุณ|พี่|น้อง|ท่าน)\s?(?P<name>[\u0e01-\u0e4e]{2,20})")
# the sound each Thai consonant starts a syllable with, as Latin letters write it (aspirated ones without "h":
# Latin spellings drop it as often as they keep it, "Chaiyaporn" for ไชยพร); อ carries a vowel and sounds none
_SOUNDS = dict(zip(
    "กขฃคฅฆงจฉชซฌญฎฏฐฑฒณดตถทธนบปผฝพฟภมยรลวศษสหฬฮ",
    "k k k k k k ng ch ch ch s ch y d t t t t n d t t t t n b p p f p f p m y r l w s s s h l h".split(),
    strict=True))
# the same sounds in a Latin spelling, two letters first ("ch", "ng"); vowels and a lone "h" sound none
_LATIN_SOUND = re.compile(r"ch|ng|kh|ph|th|[bcdfgjklmnpqrstvwxyz]")
_LATIN_AS_THAI = {"kh": "k", "ph": "p", "th": "t", "g": "k", "j": "ch", "c": "k", "v": "w", "q": "k", "x": "s",
                  "z": "s"}


def _thai_sounds(name: str) -> list[str]:
    return [_SOUNDS[ch] for ch in name if ch in _SOUNDS]


def _latin_sounds(name: str) -> list[str]:
    return [_LATIN_AS_THAI.get(sound, sound) for sound in _LATIN_SOUND.findall(name.lower())]


def names_in_thai(text: str, given_name: str) -> bool:
    """True when ``text`` names, after a Thai honorific, someone whose given name ``given_name`` (in Latin
    letters) spells: their first two consonant sounds agree ("คุณสุดา" for "Suda", "คุณอริสา" for "Arisa")."""
    latin = _latin_sounds(given_name)[:2]
    if len(latin) < 2:
        return False  # one sound agrees with too many names
    return any(_thai_sounds(match.group("name"))[:2] == latin for match in _NAMED.finditer(text))


# a role written in Thai after "ตำแหน่ง" (position), to the next space or mark: "ตำแหน่งเจ้าหน้าที่บัญชี วันจันทร์"
_FRAMED_ROLE = re.compile(r"ตำแหน่ง(?:งาน)?\s?(?P<role>[\u0e01-\u0e4e]{2,40})")
# where such a role ends with no space: "your", "which you", and the polite particles that end a sentence
# ("ตำแหน่งนักบัญชีของคุณค่ะ": your accountant post)
_ROLE_ENDS = re.compile("ของคุณ|ของท่าน|ที่คุณ|ที่ท่าน|ค่ะ|ครับ")


def thai_framed_roles(text: str) -> Iterator[str]:
    """The Thai words ``text`` frames as a role after "ตำแหน่ง", in order (a role in Latin letters after it is read
    as other languages' are)."""
    for match in _FRAMED_ROLE.finditer(text):
        yield _ROLE_ENDS.split(match.group("role"), 1)[0]
