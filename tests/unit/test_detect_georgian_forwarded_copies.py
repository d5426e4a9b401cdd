"""A Georgian mail program's forwarded header ("ვისგან:", "ასლი:") copies the interviewers with their names in Latin
letters while the message names them in Georgian letters ("ლევან ქავთარაძე" for "Levan Kavtaradze"); the agency's
consultant who sent it writes they won't be there: the people met are the copied ones.

Each test builds its own event; the assertions are on what detection returns, never on how it got there.
"""
from __future__ import annotations

from providers.detect import detect
from tests.unit.test_detect import ME, event


def test_the_copied_interviewers_named_in_georgian_letters_are_met_and_not_the_consultant():
    found = detect(event(
        "Adjara Foods — გასაუბრება",
        "---------- გადაგზავნილი შეტყობინება ---------\n"
        "ვისგან: Tamta Gogua <tamta@peoplefirst.example>\n"
        "თემა: გაყიდვების მენეჯერი — შეხვედრა\n"
        "ასლი: Levan Kavtaradze <l.kavtaradze@adjarafoods.example>, Maia Shengelia <maia.sh@adjarafoods.example>\n\n"
        "კლიენტი არის Adjara Foods. შეხვედრაზე იქნებიან ლევან ქავთარაძე (CEO) და მაია შენგელია (HR). "
        "მე არ დავესწრები.", organizer=None, me_too=False, minutes=60), [ME])
    assert found.interview
    assert {p.email for p in found.people} == {"l.kavtaradze@adjarafoods.example", "maia.sh@adjarafoods.example"}
