"""The company as the title names it, when the invitation's registered or signed name only adds a word that says it
is a firm, not what it does ("Trading", "Services", "Group", "Recruitment" before "Ltd"): "Marlow Tea" of a title's
"Interview – Marlow Tea" beside "Marlow Tea Trading Ltd". A word that says what it does stays ("Harrow Pet Foods")."""
from __future__ import annotations

from providers.detect import detect
from tests.unit.test_detect import ME, event, person


def test_a_registered_trading_company_is_the_titles_name():
    coordinator = person("ines.vos@marlowtea.example", "Ines Vos")
    buyer = person("o.mensah@marlowtea.example", "Ofori Mensah")
    found = detect(event("Interview – Marlow Tea | Senior Tea Buyer",
                         "Hello Casey,\n\nThank you for applying for the Senior Tea Buyer role at Marlow Tea Trading "
                         "Ltd. Your first interview is with Ofori Mensah, Head of Sourcing.\n\nInes Vos",
                         organizer=coordinator, attendees=(buyer,)), [ME])
    assert found.interview
    assert found.company == "Marlow Tea"


def test_a_services_company_signing_with_its_legal_form_is_the_titles_name():
    partner = person("sam.ode@kestrelfreight.example", "Sam Ode")
    lead = person("r.hale@kestrelfreight.example", "Rhona Hale")
    found = detect(event("Kestrel Freight: Interview Invitation - Route Planner",
                         "Hi Casey,\n\nWe would like to invite you to a first interview for the Route Planner role. "
                         "You'll meet Rhona Hale, Planning Lead.\n\nKind regards,\nSam\nKestrel Freight Services Ltd",
                         organizer=partner, attendees=(lead,)), [ME])
    assert found.interview
    assert found.company == "Kestrel Freight"


def test_a_group_its_signature_names_is_the_titles_name():
    head = person("s.karim@meghnatextiles.example", "Shirin Karim")
    found = detect(event("Viva – Meghna Textiles (Production Planner)",
                         "Dear Casey,\n\nWith reference to your application for the post of Production Planner, you "
                         "are requested to appear before the interview board on 3 March at 10:00 am.\n\n"
                         "Shirin Karim\nHead of HR\nMeghna Textiles Group",
                         organizer=head, location="Meghna Textiles Group, Head Office, Banani"), [ME])
    assert found.interview
    assert found.company == "Meghna Textiles"


def test_a_word_for_what_the_firm_does_stays():
    recruiter = person("d.lowe@harrowpet.example", "Dana Lowe")
    found = detect(event("Interview – Harrow Pet | Quality Technician",
                         "Hi Casey,\n\nThank you for applying to Harrow Pet Foods Ltd. Your interview is with "
                         "Dana Lowe, Quality Manager.", organizer=recruiter), [ME])
    assert found.interview
    assert found.company == "Harrow Pet Foods"


def test_a_trading_name_the_text_writes_without_a_legal_form_stays():
    coordinator = person("talent@veldegrain.example", "Talent Acquisition")
    lead = person("a.roux@veldegrain.example", "Anouk Roux")
    found = detect(event("Velde Grain - Panel interview (round 2)",
                         "Freight Analyst - Velde Grain Trading, second round.\nPanel: Anouk Roux "
                         "(a.roux@veldegrain.example).", organizer=coordinator, attendees=(lead,)), [ME])
    assert found.interview
    assert found.company == "Velde Grain Trading"


def test_an_agency_is_named_in_full():
    recruiter = person("ola@ostaratalent.example", "Ola Berg")
    found = detect(event("Call – Ola (Ostara Talent) re: Site Manager",
                         "Ola Berg, Ostara Talent Services Ltd - ola@ostaratalent.example. Client confidential "
                         "for now. Ask about the rota.", organizer=recruiter), [ME])
    assert found.company == "Ostara Talent Services"
