"""Danish and Flemish invitations: Danish titles that are compounds of a job word, a title that starts with an
interview word, the people met beside the one who sent the invitation, a recruiting team's mailbox, firms named after
their profession, domains that shorten a name, and a newspaper named with its word for one."""
from __future__ import annotations

import pytest

from providers.detect import detect
from tests.unit.test_detect import ME, event, person

BO = person("bo.holm@fjordsikring.example", "Bo Holm")
SARA = person("sara.friis@fjordsikring.example", "Sara Friis")


@pytest.mark.parametrize("title, role", [
    ("Kvægdyrlæge", "Kvægdyrlæge"),
    ("Bilskadebehandler", "Bilskadebehandler"),
])
def test_a_danish_title_compounded_from_a_job_word_is_the_role(title, role):
    found = detect(event("Fjordsikring – samtale", f"Hej Anne\n\nTak for din ansøgning på stillingen som {title}. "
                         "Vi vil gerne invitere dig til en første samtale.", organizer=BO, attendees=(BO, SARA),
                         minutes=60), [ME])
    assert found.interview and found.role == role


def test_a_title_starting_with_technical_keeps_the_word():
    lead = person("ruth.okafor@meridian-labs.example", "Ruth Okafor")
    found = detect(event("Meridian Labs | Technical Support Engineer – first interview", "Thank you for applying "
                         "for the Technical Support Engineer, Benelux position.", organizer=lead, attendees=(lead,),
                         minutes=45), [ME])
    assert found.interview and found.role.startswith("Technical Support Engineer")
