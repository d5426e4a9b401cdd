"""The role a recruiter's phone screen names in its notes ends where the sentence goes on about the application: "which
you applied for" (Swahili, Kinyarwanda, Greek), "your" and a polite particle joined to a Thai role, and Tagalog's
"as" after the word for the post is no part of it.

Each test builds its own event; the assertions are on what detection returns, never on how it got there.
"""
from __future__ import annotations

import pytest

from providers.detect import detect
from tests.unit.test_detect import ME, event, person


@pytest.mark.parametrize("title, notes, role", [
    ("Mahojiano ya simu", "Ningependa kuzungumza nawe kuhusu nafasi ya Mhandisi wa Maji uliyoomba mwezi uliopita.",
     "Mhandisi wa Maji"),
    ("Ikiganiro kuri telefoni", "Turifuza kuganira nawe ku mwanya wa Umushoferi wasabye.", "Umushoferi"),
    ("Τηλεφωνική συνέντευξη", "Θα θέλαμε να μιλήσουμε για τη θέση Μηχανικός Λογισμικού που κάνατε αίτηση.",
     "Μηχανικός Λογισμικού"),
    ("สัมภาษณ์ทางโทรศัพท์", "ขอโทรคุยเรื่องใบสมัครตำแหน่งวิศวกรของคุณครับ", "วิศวกร"),
    ("Phone interview", "Gusto ka naming makausap tungkol sa posisyon bilang Branch Cashier.", "Branch Cashier"),
])
def test_the_role_of_a_recruiters_call_ends_where_the_sentence_goes_on(title, notes, role):
    recruiter = person("joy@marisolfoods.example", "Joy Tan")
    found = detect(event(f"{title} — Marisol Foods", notes, organizer=recruiter, attendees=(recruiter,), minutes=20),
                   [ME])
    assert found.interview and found.role == role
