"""The user's own entry saying they interview together with a colleague ("Jeg og Siri intervjuer", "Me and Tom
interviewing") is the hiring side; an interview in a family immigration case is an official's, not a job's."""
from __future__ import annotations

import pytest

from providers.detect import detect
from tests.unit.test_detect import CASEY, ME, event, person


@pytest.mark.parametrize("title, description", [
    ("Intervjuer lærlinger 2027 – verkstedet", "Jeg og Kåre (verksmester) intervjuer 4 kandidater til lærlingplass. "
     "09:00 Sander, 09:45 Nora, 10:30 Emil."),
    ("Intervjuer lærlinger 2027 – verkstedet", "Vi intervjuer fire søkere i dag. 09:00 Sander, 09:45 Nora."),
    ("Picker interviews – orchard", "Me and Kåre (foreman) interviewing for 4 picker posts. 9:00 Sam, 9:45 Nora."),
])
def test_the_user_interviewing_together_with_someone_is_on_the_hiring_side(title, description):
    found = detect(event(title, description, organizer=CASEY, me_too=False, minutes=180,
                         attendees=(person("kare@nordvikmek.no", "Kåre Lien"),), location="Nordvik Mek, verkstedet"),
                   [ME])
    assert not found.interview


def test_the_user_interviewing_with_an_employer_in_their_own_entry_stays_a_candidate():
    found = detect(event("Intervju – Nordvik Mek", "Jeg og Kåre intervjuer hos Nordvik Mek kl 10. Ta med vitnemål.",
                         organizer=CASEY, me_too=False, minutes=60,
                         attendees=(person("kare@nordvikmek.no", "Kåre Lien"),)), [ME])
    assert found.interview


@pytest.mark.parametrize("title", [
    "Intervju familiegjenforening (Kofi)", "Family reunification interview – Kofi", "Asylintervju – Kofi",
])
def test_an_interview_in_a_family_immigration_case_is_no_job_interview(title):
    found = detect(event(title, "Begge må møte. Ta med pass og vigselsattest.", organizer=CASEY, me_too=False,
                         minutes=90, location="Politihuset, Bodø"), [ME])
    assert not found.interview
