"""A domain that writes a name's first word without its vowels ("vlr" for Velora Capital): the company is the
name the text writes from that word, and the other interviews of the process take it."""
from __future__ import annotations

from dataclasses import replace
from datetime import timedelta

import pytest

from providers.detect import detect, detect_calendar
from providers.detection.company_names import abbreviates
from tests.unit.test_detect import ME, event, person

SIMONE = person("simone.ferraz@vlr.example", "Simone Ferraz")
ARJUN = person("arjun.mehta@vlr.example", "Arjun Mehta")


@pytest.mark.parametrize("title, description", [
    ("Velora Capital – case interview", "Present your portfolio review to our CFO and me."),
    ("Casey x Simone – Velora Capital", "Great to e-meet you! 45 minutes about the analyst role. "
                                        "I lead Talent at Velora Capital."),
    ("Velora Capital x Casey", "Thanks for applying to Velora Capital! This is a 30-minute recruiter screen."),
])
def test_a_name_whose_first_word_the_domain_writes_without_vowels_is_the_company(title, description):
    found = detect(event(title, description, organizer=SIMONE, attendees=(SIMONE, ARJUN), minutes=45), [ME])
    assert found.interview and found.company == "Velora Capital"


def test_a_word_ending_in_a_vowel_is_written_to_its_last_consonant():
    assert abbreviates("mrn.example", "Marina")
    assert not abbreviates("mrn.example", "Marin Partners")


def test_an_interview_naming_no_company_takes_the_name_the_process_writes_from_the_vowelless_domain():
    screen = event("Velora Capital – recruiter screen", "Thanks for applying for the Credit Analyst role.",
                   organizer=SIMONE, attendees=(SIMONE,), minutes=30)
    final = replace(event("VC – final chat with our CIO", "Final round for the Credit Analyst role, 45 minutes.",
                          organizer=SIMONE, attendees=(ARJUN,), minutes=45), event_id="evt-2",
                    start=screen.start + timedelta(days=7), end=screen.end + timedelta(days=7))
    both = detect_calendar([screen, final], [ME])
    assert [verdict.company for verdict in both] == ["Velora Capital", "Velora Capital"]


def test_a_domain_that_writes_the_first_word_without_vowels_then_the_next_words_initial_names_both_words():
    dusan = person("dusan.kovac@krlm.example", "Dušan Kovač")
    found = detect(event("Koral Media – tehnički intervju", "Šaljem poziv za tehnički intervju za poziciju "
                         "Video montažer.", organizer=dusan, attendees=(dusan,), minutes=60), [ME])
    assert found.interview and found.company == "Koral Media"


def test_a_name_ending_in_y_keeps_its_y_in_a_domain_written_without_the_other_vowels():
    maren = person("maren.holt@brkly.example", "Maren Holt")
    found = detect(event("Barkly x Casey", "Thanks for applying to Barkly! This is a 30-minute recruiter screen.",
                         organizer=maren, attendees=(maren,), minutes=30), [ME])
    assert found.interview and found.company == "Barkly"
    assert not abbreviates("brkly.example", "Barkla")


def test_a_short_domain_ending_in_x_for_the_names_closing_sound_is_that_name():
    jonas = person("jonas@wlx.example", "Jonas Beck")
    found = detect(event("Waldluchs <> Casey", "Hi Casey, quick intro call about the Partnerships Manager role - "
                         "I'll tell you about Waldluchs and the team in Munich.", organizer=jonas,
                         attendees=(jonas,), minutes=30), [ME])
    assert found.interview and found.company == "Waldluchs"
    assert not abbreviates("wlx.example", "Waldhaus", loose=True)
