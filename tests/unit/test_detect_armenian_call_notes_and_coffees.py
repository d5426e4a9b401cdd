"""Armenian notes: a call with someone ("Զանգ Արամի հետ", "with" after the name) at a recruitment agency that keeps
its client's name back, its role after "Դերը՝" (Armenian marks a label with "՝"), and a coffee the user asked for to
get someone's advice."""
from __future__ import annotations

from providers.detect import detect
from providers.detection.call_notes import call_note
from tests.unit.test_detect import ME, event


def test_a_call_with_someone_names_them_before_the_word_for_with():
    call = call_note("Զանգ Արամի հետ – Ararat Talent")
    assert call is not None and call.group("person") == "Արամի" and call.group("topic") == "Ararat Talent"


def test_an_own_note_of_a_call_with_an_agencys_recruiter_is_an_interview():
    found = detect(event("Զանգ Արամի հետ – Ararat Talent",
                         "Արամ Պողոսյան, aram@ararattalent.am, +374 99 111 222\n"
                         "Հաճախորդի անունը չեն ասում, ապահովագրական ընկերություն է։ Դերը՝ Data Analyst, հիբրիդ",
                         me_too=False), [ME])
    assert found.interview and found.company == "Ararat Talent" and found.role.startswith("Data Analyst")


def test_a_coffee_to_ask_someones_advice_is_an_informational_interview():
    found = detect(event("Սուրճ Լիանայի հետ (Dilijan Soft) – խորհուրդ",
                         "Հարցնել, ինչպես է անցել product management-ի։ liana@dilijansoft.am", me_too=False), [ME])
    assert found.interview and found.kind == "informational"


def test_an_agency_that_keeps_its_clients_name_back_is_the_company_with_its_agency_word():
    found = detect(event("Զանգ Գայանեի հետ – Masis Recruitment",
                         "gayane@masis.am\nՀաճախորդի անունը դեռ չեն բացահայտում, լոգիստիկ ընկերություն։ "
                         "Դերը՝ Backend Developer", me_too=False), [ME])
    assert found.interview and found.company == "Masis Recruitment"
