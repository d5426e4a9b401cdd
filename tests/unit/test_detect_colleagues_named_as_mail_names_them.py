"""A pasted invitation that names a colleague of its sender in a sentence as mail names a person, "Гүлім
<gulim@...>", in whatever letters: the colleague is met; one only copied on a "Cc:" line is not."""
from __future__ import annotations

import pytest

from providers.detect import detect
from tests.unit.test_detect import ME, event


@pytest.mark.parametrize("description, colleague", [
    ("---------- Forwarded message ---------\nКімнен: Нұрлан Әбенов <nurlan.abenov@saryarqa.kz>\nСізді менеджер "
     "лауазымына сұхбатқа шақырамыз. Сұхбатқа Нұрлан Әбенов және Гүлім <gulim@saryarqa.kz> қатысады.",
     "gulim@saryarqa.kz"),
    ("---------- Forwarded message ---------\nFrom: Pradeep Menon <pradeep.menon@velorafoods.in>\nYou are invited to "
     "interview for Quality Lead. Pradeep Menon and Anu <anu@velorafoods.in> will be there.", "anu@velorafoods.in"),
])
def test_a_colleague_a_pasted_invitation_names_as_mail_names_a_person_is_met(description, colleague):
    found = detect(event("Fwd: Interview – Sary Arqa", description, organizer=None, minutes=60), [ME])
    assert found.interview and colleague in {p.email for p in found.people}


def test_a_colleague_only_copied_with_a_bare_address_is_not_met():
    found = detect(event("Fwd: Interview – Velora Foods",
                         "---------- Forwarded message ---------\nFrom: Pradeep Menon <pradeep.menon@velorafoods.in>\n"
                         "You are invited to interview for Quality Lead with Pradeep Menon.\nCc: anu@velorafoods.in",
                         organizer=None, minutes=60), [ME])
    assert found.interview and "anu@velorafoods.in" not in {p.email for p in found.people}
