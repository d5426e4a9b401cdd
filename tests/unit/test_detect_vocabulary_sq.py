"""Albanian (``sq.toml``): an invitation to a job interview ("intervistë pune", "ju ftojmë në intervistë"), a
recruiter's telephone interview and the user's own note of a talk about a post are interviews; the kinds of
"intervistë" that are no job interview of the user's are not: a yearly appraisal with one's manager, a
newspaper's interview, the user's own interview of a candidate. An Italian journalist's "intervista" stays none.

Each test builds its own event; the assertions are on what detection returns, never on how it got there.
"""
from __future__ import annotations

import pytest

from providers.detect import detect
from tests.unit.test_detect import ME, event, person


def test_a_companys_invitation_is_an_interview_with_its_company_role_and_people():
    host = person("burime.njerezore@adriaport.example", "Elira Hoxha")
    manager = person("g.shehu@adriaport.example", "Gentian Shehu")
    found = detect(event("Intervistë pune – Adria Port sh.p.k.",
                         "E nderuar zonja Nguyen, faleminderit për aplikimin për pozicionin Inxhinier mirëmbajtjeje. "
                         "Ju ftojmë në intervistë në zyrat tona në Durrës. Do të takoni Elira Hoxha (Burime "
                         "Njerëzore) dhe Gentian Shehu, përgjegjës i mirëmbajtjes.", organizer=host,
                         attendees=(host, manager), minutes=60), [ME])
    assert found.interview and found.kind == "job"
    assert found.company in ("Adria Port", "Adriaport")
    assert found.role and found.role.startswith("Inxhinier mirëmbajtjeje")
    assert {p.name for p in found.people} >= {"Gentian Shehu"}


def test_a_recruiters_telephone_interview_is_a_phone_screen():
    host = person("a.krasniqi@talentet-ks.example", "Arta Krasniqi")
    found = detect(event("Intervistë telefonike – Kontrollor financiar",
                         "Përshëndetje, do t'ju telefonoj për një bisedë të shkurtër rreth pozicionit te klienti "
                         "ynë, një kompani e madhe logjistike në Prishtinë.", organizer=host, attendees=(host,),
                         minutes=30), [ME])
    assert found.interview and found.kind == "job"
    assert found.stage == "phone screen"


def test_the_users_own_note_of_a_talk_about_a_post_is_an_interview():
    found = detect(event("Bisedë me Arben (Drini Soft)", "Për pozicionin Zhvillues Java, jetëshkrimi gati.",
                         organizer=None, me_too=False, minutes=30), [ME])
    assert found.interview and found.kind == "job"
    assert found.company == "Drini Soft"


@pytest.mark.parametrize("title, description, host", [
    ("Vlerësimi vjetor i performancës – Blerina", "Objektivat për vitin e ardhshëm dhe trajnimet.",
     person("b.gashi@vlora-ndertim.example", "Blerina Gashi")),
    ("Intervistë për gazetën „Shekulli“", "Gazetari dhe fotografi vijnë në orën 10 për fabrikën e re.",
     person("pr@vlora-ndertim.example", "Marrëdhëniet me publikun")),
    ("Intervistë me kandidatin – Dritan M. (magazina)", "Zhvillojmë intervistën bashkë me Blerinën. Fleta e "
     "vlerësimit është në dosje.", person("hr@vlora-ndertim.example", "Burime Njerëzore")),
    ("Intervista al Corriere – nuovo stabilimento", "Il giornalista arriva alle 10 con il fotografo.",
     person("stampa@ceramichevalsesia.example", "Ufficio stampa")),
])
def test_an_appraisal_a_press_interview_or_the_users_own_interview_of_a_candidate_is_none(title, description, host):
    found = detect(event(title, description, organizer=host, attendees=(host,), minutes=45), [ME])
    assert not found.interview
