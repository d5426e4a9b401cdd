"""Malayalam (``ml.toml``): a company's invitation to a job interview is an interview, with its company, role and
interviewer, also written with the older chillu spelling; a paper's interview and the user's own interviews of
candidates are not.

Each test builds its own event; the assertions are on what detection returns, never on how it got there.
"""
from __future__ import annotations

import pytest

from providers.detect import detect
from tests.unit.test_detect import ME, event, person


@pytest.mark.parametrize("invited", [
    "ഓഫീസിൽ വെച്ച് നടക്കുന്ന അഭിമുഖത്തിന് താങ്കളെ ക്ഷണിക്കുന്നു.",
    "ഓഫീസില്\u200d വെച്ച് നടക്കുന്ന അഭിമുഖത്തിന് താങ്കളെ ക്ഷണിക്കുന്നു.",  # the chillu spelled with a joiner
])
def test_a_companys_invitation_to_a_job_interview_is_an_interview(invited):
    hr = person("careers@periyar-spices.example", "എച്ച്ആർ വിഭാഗം")
    interviewer = person("a.varghese@periyar-spices.example", "ആനി വർഗീസ്")
    found = detect(event("അഭിമുഖം – Periyar Spices",
                         f"ബഹുമാനപ്പെട്ട ഉദ്യോഗാർത്ഥി,\nതാങ്കളുടെ അപേക്ഷയ്ക്ക് നന്ദി. തസ്തിക: Quality Analyst\n{invited} "
                         "ആനി വർഗീസ് അഭിമുഖം നടത്തും.",
                         organizer=hr, attendees=(hr, interviewer), minutes=60), [ME])
    assert found.interview and found.kind == "job"
    assert found.company == "Periyar Spices"
    assert found.role == "Quality Analyst"
    assert "a.varghese@periyar-spices.example" in {p.email for p in found.people}


@pytest.mark.parametrize("title, description", [
    ("അഭിമുഖം – പുതിയ ഫാക്ടറിയെക്കുറിച്ച് (പത്രം)", "റിപ്പോർട്ടറും ഫോട്ടോഗ്രാഫറും രാവിലെ പത്തിന് എത്തും."),
    ("ഉദ്യോഗാർത്ഥികളുമായി അഭിമുഖം – ഡ്രൈവർ തസ്തിക", "ഞാനും ജോസഫും മൂന്ന് ഉദ്യോഗാർത്ഥികളെ അഭിമുഖം ചെയ്യും. "
     "വിലയിരുത്തൽ ഫോം പൂരിപ്പിക്കുക."),
])
def test_a_press_interview_or_the_users_own_interviews_of_candidates_is_none(title, description):
    host = person("office@periyar-spices.example", "Office")
    found = detect(event(title, description, organizer=host, attendees=(host,), minutes=45), [ME])
    assert not found.interview
