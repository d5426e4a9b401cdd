"""Kinds learnt after an independent labelled set (blind28) was scored: the titles of assessors, registered
veterinary nurses, French operators, German compounds headed by "Mitarbeiter" and the posts of an operating theatre;
a meeting link whose code spells a title's abbreviation; an agency forwarding an employer's invitation to the people
it copies; a temporary work agency; "Therapy" ending a company's name; a note shortening a phone interview; a French
note of a call; and scores asked back from the panel."""
from __future__ import annotations

from dataclasses import replace
from datetime import timedelta

from providers.detect import detect, detect_calendar
from tests.unit.test_detect import ME, event, person

_HR = person("people@northmoor.example", "Northmoor People Team")
_LEAD = person("r.gale@northmoor.example", "Rhian Gale")


def _invitation(title: str, description: str = ""):
    return detect(event(title, description, organizer=_HR, attendees=(_LEAD,)), [ME])


def test_an_assessor_heads_a_title():
    found = _invitation("Interview Invitation – Motor Claims Assessor")
    assert found.interview and "Claims Assessor" in (found.role or "")


def test_a_registered_veterinary_nurse_as_the_profession_shortens_it():
    found = _invitation("Interview: Senior Ward RVN (Orthopaedics)")
    assert found.interview and "Ward RVN" in (found.role or "")


def test_a_french_operator_after_poste_d():
    found = _invitation("Entretien – Northmoor",
                        "Bonjour,\nNous vous invitons à un entretien pour le poste d'Opérateur de conditionnement.")
    assert found.interview and found.role == "Opérateur de conditionnement"


def test_a_german_compound_headed_by_mitarbeiter():
    found = _invitation("Vorstellungsgespräch – Lagermitarbeiter/in Versand (m/w/d)")
    assert found.interview and found.role == "Lagermitarbeiter/in Versand"


def test_a_meeting_links_code_is_no_role():
    found = _invitation("Haastattelu – Northmoor",
                        "Tervetuloa haastatteluun.\nJoin with Google Meet: https://meet.google.com/rvn-abcd-xyz")
    assert found.interview and found.role is None


_FORWARD = ("---------- Forwarded message ---------\nFrom: Tom Reilly <tom@brightside-staffing.example>\n"
            "Date: Thu, 2 Oct 2025 at 16:12\nSubject: Nordlicht – second interview\nTo: Casey Nguyen <{me}>\n"
            "Cc: Katrin Vogel <k.vogel@nordlicht.example>, Jonas Brandt <j.brandt@nordlicht.example>\n\n"
            "Hi Casey,\n\nGreat news: Nordlicht would like to see you again for a second interview on Tuesday at 9am, "
            "with Katrin Vogel (Head of QA) and Jonas Brandt.{more}\n\nTom")


def test_an_agency_forwarding_the_employers_invitation_is_not_met_there():
    found = detect(event("Nordlicht 2nd interview", _FORWARD.format(me=ME, more="")), [ME])
    assert found.interview
    assert {p.email for p in found.people} == {"k.vogel@nordlicht.example", "j.brandt@nordlicht.example"}


def test_an_agency_that_joins_the_interview_is_met_there_too():
    found = detect(event("Nordlicht 2nd interview", _FORWARD.format(me=ME, more=" I will also be there.")),
                   [ME])
    assert "tom@brightside-staffing.example" in {p.email for p in found.people}


def test_a_temporary_work_agency_forms_no_process_with_its_clients():
    consultant = person("lotte@flexuitzend.example", "Lotte de Vries")
    manager = person("b.smit@koelwerk.example", "Bram Smit")
    call = event("Bellen met Lotte – Flex Uitzend", "Vacature: Orderpicker bij een klant in Venlo. Ze vertelt de naam "
                 "na het gesprek.", organizer=consultant, attendees=(consultant,), minutes=30)
    first = event("Sollicitatiegesprek bij Koelwerk", "Hoi! De klant is Koelwerk. Je eerste gesprek is met Bram Smit "
                  "voor de functie van Teamleider Magazijn.", organizer=consultant, attendees=(manager,))
    second = event("Koelwerk 2e gesprek", "Tot dinsdag!", organizer=manager, attendees=(manager,))
    week = timedelta(days=7)
    first = replace(first, event_id="evt-2", start=first.start + week, end=first.end + week)
    second = replace(second, event_id="evt-3", start=second.start + 2 * week, end=second.end + 2 * week)
    verdicts = detect_calendar([call, first, second], [ME])
    assert verdicts[1].role == "Teamleider Magazijn"
    assert verdicts[2].interview and verdicts[2].role == "Teamleider Magazijn"


def test_therapy_after_the_name_a_domain_spells_is_part_of_the_companys_name():
    system = person("harbrookgene@myworkday.com", "Harbrook Talent Acquisition")
    lead = person("ines.roux@harbrookgene.example", "Ines Roux")
    found = detect(event("Interview: Process Development Scientist",
                         "Dear Sam,\n\nThank you for applying to Harbrook Gene Therapy (Leiden site). Your first "
                         "interview is confirmed.", organizer=system, attendees=(lead,)), [ME])
    assert found.interview and found.company == "Harbrook Gene Therapy"


def test_a_phone_interview_as_a_note_shortens_it():
    found = detect(event("Ph int – Harbour Vets 09:15", "Practice manager calling my mobile.", me_too=False,
                         minutes=30), [ME])
    assert found.interview and found.company == "Harbour Vets" and found.stage == "phone screen"


def test_a_french_note_of_a_call_whose_notes_start_with_the_employer_and_the_post():
    found = detect(event("Tél. Mme Lambert 10h30", "Brasserie du Condroz (Ciney) – poste de comptable. Elle "
                         "m'appellera sur mon portable.", me_too=False, minutes=30), [ME])
    assert found.interview and found.company == "Brasserie du Condroz"


def test_a_french_note_of_a_call_about_no_job_is_none():
    found = detect(event("Tél. M. Dubois 9h", "Couvreur – devis pour la toiture. Il rappelle sur le GSM.",
                         me_too=False, minutes=30), [ME])
    assert not found.interview


def test_scores_asked_back_from_the_user_put_them_on_the_panel():
    manager = person("d.okafor@kingsweston-dental.example", "Dami Okafor")
    found = detect(event("Interviews – Dental Nurse", "Two candidates this afternoon (1pm, 2pm). You take the "
                         "chairside questions. Scores to me by Monday please.\nDami", organizer=manager,
                         attendees=(manager,), minutes=120), [ME])
    assert not found.interview


def test_a_post_in_an_operating_theatre_is_no_play():
    found = _invitation("Interview: Senior Theatre Practitioner (Day Surgery)")
    assert found.interview and "Theatre Practitioner" in (found.role or "")


def test_a_requisitions_label_in_brackets_is_no_part_of_the_role():
    found = _invitation("Interview invitation", "We are delighted to invite you to an interview for the role of "
                        "Underwriting Assistant (Job Requisition R-20931).")
    assert found.interview and found.role == "Underwriting Assistant"
