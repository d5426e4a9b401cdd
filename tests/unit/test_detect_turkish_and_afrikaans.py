"""Invitations in Turkish and Afrikaans: interviews, a coffee to ask about a team, and what only
borrows the words (a press röportaj, an exit interview, maintenance in Dutch)."""
from __future__ import annotations

import pytest

from providers.detect import detect
from tests.unit.test_detect import CASEY, ME, event, person, said

AYSE = person("ayse.demir@bosphorus-tech.example", "Ayşe Demir")
PIETER = person("pieter@karoo-wyn.example", "Pieter du Toit")


@pytest.mark.parametrize("title", ["Mülakat – Yazılım Geliştirici", "İş görüşmesi – Bosphorus Tech"])
def test_a_turkish_invitation_to_an_interview_is_one(title):
    found = detect(event(title, "Merhaba, Yazılım Geliştirici pozisyonuna yaptığınız başvuru için teşekkür ederiz.",
                         organizer=AYSE, attendees=(AYSE,)), [ME])
    assert found.interview and found.kind == "job"


def test_a_turkish_coffee_the_user_arranged_to_ask_about_a_career_is_informational():
    found = detect(event("Kahve – Ayşe (Bosphorus Tech)", "Sorular:\n- ekip nasıl?\n- kariyer geçişi nasıl oldu?",
                         organizer=CASEY, attendees=(AYSE,)), [ME])
    assert found.interview and found.kind == "informational"


def test_a_turkish_press_interview_is_not_a_job_interview():
    found = detect(event("Röportaj – Ekonomi Dergisi", "Söyleşi yaklaşık 30 dakika sürecek.",
                         organizer=AYSE, attendees=(AYSE,)), [ME])
    assert not found.interview and said(found, "press")


def test_an_afrikaans_invitation_to_an_interview_is_one():
    found = detect(event("Onderhoud – Finansiële Beampte",
                         "Goeie dag\n\nDankie vir jou aansoek vir die pos van Finansiële Beampte. Ons nooi jou graag "
                         "uit vir 'n onderhoud by ons kantoor.\n\nVriendelike groete\nPieter",
                         organizer=PIETER, attendees=(PIETER,)), [ME])
    assert found.interview and found.kind == "job"


def test_an_afrikaans_exit_interview_is_an_employee_review():
    found = detect(event("Uittree-onderhoud met MH", "Laaste dag volgende week.", organizer=PIETER,
                         attendees=(PIETER,)), [ME])
    assert not found.interview and said(found, "employee review")


def test_dutch_maintenance_is_no_afrikaans_interview():
    garage = person("planning@garage-jansen.example", "Garage Jansen")
    found = detect(event("Onderhoud auto – Garage Jansen", "Grote beurt, distributieriem vervangen.",
                         organizer=garage, attendees=(garage,)), [ME])
    assert not found.interview
