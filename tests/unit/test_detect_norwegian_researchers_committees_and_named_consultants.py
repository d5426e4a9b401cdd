"""Norwegian posts and notes: a researcher ("forsker", "seniorforsker") heads a role; the interview committee
("Intervjukomiteen består av:") lists who the user meets, with their titles, not the post; a title before the name of
someone whose address the notes give ("Rådgiver Eva Lunde, eva.lunde@...") is that person's; and "Stilling:" labels
the post."""
from __future__ import annotations

import pytest

from providers.detect import detect
from tests.unit.test_detect import ME, event, person

MAILBOX = person("rekruttering@nordkyst.no", "Nordkyst Sjømat – rekruttering")


@pytest.mark.parametrize("title, role", [
    ("Intervju – stillingen som forsker ved havklimagruppen", "forsker"),
    ("Intervju – Seniorforsker, marin økologi", "seniorforsker"),
])
def test_a_researcher_heads_a_norwegian_role(title, role):
    found = detect(event(title, "Vi viser til din søknad og inviterer deg til intervju.", organizer=MAILBOX), [ME])
    assert found.interview and role in (found.role or "").lower()


def test_the_interview_committee_lists_people_not_the_post():
    found = detect(event("Intervju hos Nordkyst Sjømat",
                         "Hei,\n\nVi viser til din søknad og inviterer deg til intervju.\n\nIntervjukomiteen består "
                         "av:\n- Avdelingsleder Kari Holm (kari.holm@nordkyst.no)\n- Seniorrådgiver Jon Berg "
                         "(jon.berg@nordkyst.no)\n\nMed vennlig hilsen\nNordkyst Sjømat", organizer=MAILBOX), [ME])
    assert found.interview and found.role is None


@pytest.mark.parametrize("description", [
    "Rådgiver Eva Lunde, eva.lunde@nordrekrutt.no, tlf. 900 11 222. Hun ringer meg om en stilling i havbruk.",
    "Recruiter Dana Ortiz, dana.ortiz@brightpath.com, 0412 000 111. She'll ring me about a confidential search.",
])
def test_a_title_before_the_name_of_someone_whose_address_is_written_is_no_role(description):
    found = detect(event("Telefonsamtale – rekrutterer", description, organizer=person(ME, "Casey Nguyen"),
                         me_too=False, minutes=30), [ME])
    assert found.role is None or "Lunde" not in found.role and "Ortiz" not in found.role


def test_stilling_labels_the_post_in_notes():
    found = detect(event("Telefon – Kystkraft Rekruttering",
                         "Rådgiver Eva Lunde, eva.lunde@nordrekrutt.no, tlf. 900 11 222. Stilling: driftsleder hos en "
                         "av våre kunder. Hun ringer meg.", organizer=person(ME, "Casey Nguyen"), me_too=False,
                         minutes=30), [ME])
    assert found.interview and (found.role or "").lower() == "driftsleder"


def test_the_employer_after_a_labelled_role_is_no_part_of_it():
    found = detect(event("Phone call – Brightpath Recruitment",
                         "Recruiter Dana Ortiz, dana.ortiz@brightpath.com. Role: Operations Manager at one of our "
                         "clients. She will ring me.", organizer=person(ME, "Casey Nguyen"), me_too=False,
                         minutes=30), [ME])
    assert found.interview and found.role == "Operations Manager"
