"""A pasted forward whose sender writes "Tariq (our COO) and I would love to …": the colleague its "Cc:" line
copies meets the user with the sender, whatever words come between the name and "and I"."""
from __future__ import annotations

import pytest

from providers.detect import detect
from tests.unit.test_detect import ME, event


@pytest.mark.parametrize("title, description, colleague", [
    ("Fwd: Brindle – Monday", "---------- Forwarded message ---------\nFrom: Nadia Rahman <nadia@brindle.example>\n"
     "Subject: Data Analyst – next step\nTo: <casey.n@oldjob.example>\nCc: Tariq Aziz <tariq.aziz@brindle.example>\n\n"
     "Hi Casey,\nTariq (our COO) and I would love to hear more about your background on Monday at 10am.\n\n"
     "Nadia", "tariq.aziz@brindle.example"),
    ("WG: Gespräch Montag", "-----Ursprüngliche Nachricht-----\nVon: Huber Lena <l.huber@lindenhof.example>\n"
     "An: Nguyen Casey <casey@altfirma.example>\nCc: Berger Anna <a.berger@lindenhof.example>\nBetreff: Einladung "
     "– Controller\n\nSehr geehrte Frau Nguyen,\n\nFrau Berger (Leitung Finanzen) und ich würden uns freuen, Sie am "
     "Montag um 10 Uhr kennenzulernen.\n\nLena Huber", "a.berger@lindenhof.example"),
])
def test_the_colleague_the_sender_meets_the_user_with_is_met(title, description, colleague):
    found = detect(event(title, description, me_too=False, minutes=60), [ME])
    assert found.interview and colleague in [p.email for p in found.people]
