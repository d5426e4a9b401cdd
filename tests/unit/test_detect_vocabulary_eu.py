"""Basque (``eu.toml``): an invitation, a recruiter's phone screen and the user's own note of a call ("Deia –
Ane, 10:00") are interviews; the Basque kinds of "elkarrizketa" that are no job interview are not: the yearly
appraisal with one's manager, a newspaper's interview, the user interviewing a candidate.
"""
from __future__ import annotations

import pytest

from providers.detect import detect
from tests.unit.test_detect import ME, event, person

MAIALEN = person("maialen.etxeberria@urolaelektro.example", "Maialen Etxeberria")
JON = person("jon.agirre@urolaelektro.example", "Jon Agirre")


def test_a_company_invitation_is_a_job_interview_with_its_company_and_people():
    found = detect(event("Lan-elkarrizketa – Urola Elektro",
                         "Kaixo! Eskerrik asko zure hautagaitzagatik. Lanpostua: Mantentze ingeniaria. Gure "
                         "bulegoetan izango da, Maialen Etxeberria eta Jon Agirrerekin.",
                         organizer=MAIALEN, attendees=(MAIALEN, JON), minutes=60), [ME])
    assert found.interview and found.kind == "job"
    assert found.company == "Urola Elektro"
    assert {p.email for p in found.people} >= {MAIALEN.email, JON.email}


def test_a_recruiters_phone_interview_is_a_phone_screen():
    recruiter = person("ane@bizkaiatalent.example", "Ane Urrutia")
    found = detect(event("Telefono bidezko elkarrizketa – Bizkaia Talent",
                         "Deituko dizut gure bezero baten lanpostu bati buruz hitz egiteko.",
                         organizer=recruiter, attendees=(recruiter,), minutes=20), [ME])
    assert found.interview and found.stage == "phone screen" and found.mode == "phone"


def test_the_users_note_of_a_call_about_a_post_is_an_interview():
    found = detect(event("Deia – Ane, 10:00", "Goierri Makinak – lanpostua: sukaldari laguntzailea. "
                         "ane@goierrimakinak.example", organizer=None, me_too=False, minutes=30), [ME])
    assert found.interview and found.kind == "job"


@pytest.mark.parametrize("title, description, host", [
    ("Urteko ebaluazio-elkarrizketa – Itziar", "Datorren urteko helburuak eta prestakuntza.",
     person("itziar.l@urolaelektro.example", "Itziar Lasa")),
    ("Elkarrizketa Berria egunkariarentzat", "Kazetari bat etorriko da 11etan, gure argazkilaria 12etan.",
     person("komunikazioa@urolaelektro.example", "Komunikazioa")),
    ("Elkarrizketa hautagaiarekin – administrari postua", "Ebaluazio-orria partekatutako karpetan. Hiru hautagai "
     "elkarrizketatuko ditugu.", person("pertsonak@urolaelektro.example", "Pertsonak")),
])
def test_an_appraisal_a_press_interview_or_the_users_own_interview_of_a_candidate_is_none(title, description, host):
    found = detect(event(title, description, organizer=host, attendees=(host,), minutes=45), [ME])
    assert not found.interview
