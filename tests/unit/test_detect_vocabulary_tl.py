"""Tagalog / Filipino (``tl.toml``): an invitation to a "panayam sa trabaho", a recruiter's "panayam sa telepono"
and the user's own "Tawag kay ..." note about a post are interviews; a yearly appraisal ("pagtatasa ng pagganap"),
a radio station's "panayam" and the user's own "panayam sa aplikante" are not.

Each test builds its own event; the assertions are on what detection returns, never on how it got there.
"""
from __future__ import annotations

import pytest

from providers.detect import detect
from tests.unit.test_detect import ME, event, person


def test_a_companys_invitation_to_a_panayam_sa_trabaho_is_an_interview():
    hr = person("hr@sampagitabakery.example", "HR Sampagita Bakery")
    lorna = person("lorna.ramos@sampagitabakery.example", "Lorna Ramos")
    found = detect(event("Panayam sa Trabaho – Sampagita Bakery Corp.",
                         "Magandang araw po! Salamat sa inyong aplikasyon para sa posisyong Production Supervisor. "
                         "Inaanyayahan namin kayo sa isang panayam sa aming tanggapan sa Pasig. Makakausap ninyo si "
                         "Gng. Lorna Ramos. Magdala po ng resume at valid ID.",
                         organizer=hr, attendees=(hr, lorna), minutes=60), [ME])
    assert found.interview and found.kind == "job"
    assert found.company == "Sampagita Bakery"
    assert found.role == "Production Supervisor"
    assert "Lorna Ramos" in [p.name for p in found.people]


def test_a_recruiters_phone_panayam_for_a_client_is_a_phone_screen():
    joanna = person("joanna@bituinmanpower.example", "Joanna Reyes")
    found = detect(event("Panayam sa telepono – Bituin Manpower",
                         "Hi po! Tatawagan ko kayo bukas ng 10 AM para sa maikling panayam tungkol sa bakanteng "
                         "posisyon na Customer Service Representative sa aming kliyente sa Makati.",
                         organizer=joanna, attendees=(joanna,), minutes=20), [ME])
    assert found.interview and found.kind == "job"
    assert found.stage == "phone screen"
    assert found.role == "Customer Service Representative"


def test_a_final_panayam_names_the_stage():
    host = person("recruitment@malasakithealth.example", "Malasakit Health Recruitment")
    found = detect(event("Final na panayam – Malasakit Health", "Kumusta! Pumasa kayo sa unang panayam. Posisyon: "
                         "Staff Nurse.", organizer=host, attendees=(host,), minutes=45), [ME])
    assert found.interview and found.stage == "final"


def test_the_users_own_note_of_a_call_about_a_post_is_an_interview():
    found = detect(event("Tawag kay Ma'am Joy (Mabini Savings Bank)", "Posisyon: Branch Cashier. Ihanda ang CV.",
                         organizer=None, me_too=False, minutes=30), [ME])
    assert found.interview and found.kind == "job"
    assert found.company == "Mabini Savings Bank"


def test_a_call_note_about_no_job_is_none():
    found = detect(event("Tawag kay Tita Joy (Mabini)", "Birthday ni Lola, pag-usapan ang handaan.",
                         organizer=None, me_too=False, minutes=30), [ME])
    assert not found.interview


@pytest.mark.parametrize("title, description, host", [
    ("Taunang pagtatasa ng pagganap – Marites", "Pag-usapan natin ang iyong mga layunin para sa susunod na taon.",
     person("marites.s@sampagitabakery.example", "Marites Santos")),
    ("Panayam sa DZMM – bagong planta", "Kakapanayamin ka ng reporter tungkol sa bagong planta. Live sa radyo, "
     "8 ng umaga.", person("pr@sampagitabakery.example", "Corporate Communications")),
    ("Panayam sa aplikante – Jericho D. (cashier)", "Kami ni Ana ang mag-iinterview. Sagutan ang evaluation form "
     "pagkatapos ng panayam.", person("hr@sampagitabakery.example", "HR")),
    ("Panayam para sa tesis – Prof. Santos", "Bilang respondente sa aking pananaliksik tungkol sa mga OFW.",
     person("jmsantos@up.example", "Jose Santos")),
])
def test_an_appraisal_a_press_panayam_the_users_own_interview_of_an_applicant_or_a_study_is_none(
        title, description, host):
    found = detect(event(title, description, organizer=host, attendees=(host,), minutes=45), [ME])
    assert not found.interview
