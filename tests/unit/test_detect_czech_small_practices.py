"""Czech text of small practices and their candidates: a founder thanking for interest in a post and asking for a
call about the candidate's practice, a next step where the candidate presents and meets the team, are interviews;
an interview the user holds with a student is not. The role follows "zájem o místo"; a counsellor heads a role."""
from __future__ import annotations

from providers.detect import detect
from tests.unit.test_detect import ME, event, person

KAREL = person("karel@sportis.example", "Karel Dvořák")
OWNER = person(ME, "Casey Nguyen")
STUDENT = person("484211@mail.vsb.example", "Jan Kratochvíl")


def test_thanks_for_interest_in_a_post_and_a_call_about_the_candidates_practice_is_an_interview():
    found = detect(event("Sportis × Casey", "Ahoj, díky za zájem o místo Fyzioterapeutka. Pojďme si na chvilku "
                         "zavolat, řeknu ti víc o Sportisu a ty mi o své praxi.\nKarel, majitel",
                         organizer=KAREL, attendees=(KAREL,), minutes=30), [ME])
    assert found.interview and found.role == "Fyzioterapeutka"


def test_a_next_step_where_the_candidate_presents_and_meets_the_team_is_an_interview():
    found = detect(event("Sportis: ukázka terapie + setkání s týmem", "Další krok: předvedeš krátkou ukázku terapie "
                         "Pavlovi a mně, pak se potkáš s týmem.", organizer=KAREL, attendees=(KAREL,), minutes=90),
                   [ME])
    assert found.interview


def test_an_interview_the_user_holds_with_a_student_is_no_interview_of_theirs():
    found = detect(event("Vedu pohovor: praktikant účetnictví (p. Kratochvíl)", "Pohovor se studentem na letní "
                         "praxi u nás v kanceláři. Vedu já.", organizer=OWNER, attendees=(STUDENT,), me_too=False,
                         minutes=45), [ME])
    assert not found.interview


def test_a_counsellor_heads_a_role():
    found = detect(event("Northwind Care – competency interview", "Dear Casey, please find the details of your "
                         "competency interview for the Wellbeing Counsellor (remote) role.",
                         organizer=person("talent@northwindcare.example", "Northwind Care Talent"), minutes=60), [ME])
    assert found.interview and found.role == "Wellbeing Counsellor"


def test_a_domain_of_initials_names_an_institute_written_in_lower_case_after_its_first_word_not_the_cafe():
    found = detect(event("Kafe s Petrem Malým", "Petr (petr.maly@cdz-olomouc.example) učí v Centrum duševního "
                         "zdraví, Olomouc. Chci se zeptat, jak vypadá práce u nich a jestli hledají posilu do týmu.",
                         organizer=None, me_too=False, location="Kavárna Modrá, Horní náměstí", minutes=60), [ME])
    assert found.interview and found.company == "Centrum duševního zdraví"


def test_lower_case_name_needs_a_word_that_heads_an_institution():
    from providers.detection.company_names import lower_case_name
    assert lower_case_name("Ask before copying the file.", "abc-lab") is None
