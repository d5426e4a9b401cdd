"""An agency recruiter naming its client after a clause and a colon ("the client agreed to be named: it is
Contoso"), an agency in brackets after its recruiter's name heading the role on offer, and a named programme
that is itself an organisation ("Danube Rivers Programme"), not a unit of one ("Graduate Programme")."""
from __future__ import annotations

from providers.detect import detect
from tests.unit.test_detect import ME, event, person


def test_a_client_the_recruiter_may_now_name_after_a_colon_is_the_company_in_czech():
    recruiter = person("marta.kolarova@naborplus.example", "Marta Kolářová")
    panel = person("ondrej.vesely@lzjs.example", "Ondřej Veselý")
    found = detect(event("Pozvánka na pohovor – Fyzioterapeut",
                         "Dobrý den, pane Dvořáku,\nklient nám dovolil své jméno uvést: jde o Lázně Jeseník. "
                         "Zveme Vás na osobní pohovor v úterý v 9:00. Setkáte se s Ondřejem Veselým.\n"
                         "S pozdravem\nMarta Kolářová, Nábor Plus",
                         organizer=recruiter, attendees=(recruiter, panel), minutes=60), [ME])
    assert found.interview
    assert found.company == "Lázně Jeseník"


def test_a_client_the_recruiter_may_now_name_after_a_colon_is_the_company_in_english():
    recruiter = person("gail@northpointpeople.example", "Gail Fenwick")
    panel = person("tom.reid@hgfd.example", "Tom Reid")
    found = detect(event("Interview invitation – Production Planner",
                         "Hi Sam,\nthe client is happy for me to share their name now: it's Harrowgate Foods. "
                         "You'll meet Tom Reid on Thursday at 2pm.\nGail Fenwick, Northpoint People",
                         organizer=recruiter, attendees=(recruiter, panel), minutes=60), [ME])
    assert found.interview
    assert found.company == "Harrowgate Foods"


def test_the_role_after_an_agency_in_brackets_beside_its_recruiters_name_is_the_one_on_offer():
    recruiter = person("efua.mensah@lagoontalent.example", "Efua Mensah")
    found = detect(event("Call",
                         "Efua Mensah (Lagoon Talent Partners) – Plant Maintenance Supervisor, Dutch dairy group, "
                         "Tema site. Client name only after this call. She will ask about my notice period.",
                         organizer=person(ME, "Casey Nguyen"), attendees=(recruiter,), minutes=30), [ME])
    assert found.interview
    assert found.role == "Plant Maintenance Supervisor"


def test_a_programme_its_domain_names_is_the_organisation_in_full():
    panel = person("rashid.karimov@silkroadwater.example", "Rashid Karimov")
    coordinator = person("dilnoza.yusupova@silkroadwater.example", "Dilnoza Yusupova")
    found = detect(event("Interview – Silk Road Water Programme, Hydrology Specialist",
                         "Dear Casey,\nwe invite you to the second stage for the Hydrology Specialist position.\n"
                         "Panel: Rashid Karimov.\nDilnoza Yusupova",
                         organizer=coordinator, attendees=(panel,), location="Silk Road Water Programme, Tashkent",
                         minutes=60), [ME])
    assert found.interview
    assert found.company == "Silk Road Water Programme"


def test_a_graduate_programme_stays_a_scheme_of_the_company():
    recruiter = person("hana.berg@ostmark.example", "Hana Berg")
    found = detect(event("Interview – Ostmark Graduate Programme", "Hi Casey, your interview is booked.",
                         organizer=recruiter, attendees=(recruiter,), minutes=60), [ME])
    assert found.interview
    assert found.company == "Ostmark"


def test_a_programme_of_an_organisation_named_alone_too_is_no_organisation_of_its_own():
    recruiter = person("hana.berg@ostmark.example", "Hana Berg")
    found = detect(event("Interview: Programme Manager at Ostmark",
                         "Hi Casey, your interview for the Ostmark Programme is booked.",
                         organizer=recruiter, attendees=(recruiter,), minutes=60), [ME])
    assert found.interview
    assert found.company == "Ostmark"
