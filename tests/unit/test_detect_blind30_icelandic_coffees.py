"""Kinds learnt after an independent labelled set (blind30) was scored: the user's own Icelandic note of a coffee
with someone at another organisation, "með" shortened to "m/" ("Kaffi m/ Gunnari"), whose notes ask how that person
got where they are ("hvernig hann komst í ..."): an informational interview; and the user's note of a call whose
notes ask the salary range of a post ("spyrja um launabil"): a call about a job."""
from __future__ import annotations

from providers.detect import detect
from tests.unit.test_detect import ME, event


def test_an_icelandic_own_coffee_asking_how_someone_got_there_is_informational():
    found = detect(event("Kaffi m/ Gunnari (Straumvík Orka)",
                         "Spyrja um störf í vindorku og hvernig hann komst úr sveitarfélaginu í orkugeirann. "
                         "gunnar@straumvik.example", me_too=False, minutes=45), [ME])
    assert found.interview and found.kind == "informational"


def test_an_icelandic_own_coffee_with_a_friend_is_no_interview():
    found = detect(event("Kaffi m/ Gunnari", "Afmælisgjöf handa mömmu, skipuleggja sumarbústaðinn", me_too=False,
                         minutes=45), [ME])
    assert not found.interview


def test_an_icelandic_note_of_a_call_asking_the_salary_range_of_a_post_is_an_interview():
    found = detect(event("Þórunn - Jaðar", "Þórunn Helgadóttir, Jaðar Lagnir. Staða: Lagnahönnuður. Hún hringir. "
                         "thorunn@jadar.example\nspyrja um launabil og fjarvinnu", me_too=False, minutes=30), [ME])
    assert found.interview and found.kind == "job"
