"""Kinds learnt after an independent labelled set (blind30) was scored: an Icelandic invitation that names the post
after "staðan er" (the position is), "vegna starfsins" or "vegna stöðunnar" (regarding the job, the position),
including a head's post ("Yfirmaður ...", "Sérfræðingur í ..."); and a Nordic front desk's mailbox (Icelandic
"mottaka@", Norwegian "resepsjon@") on an interview invitation, which nobody meets as an interviewer."""
from __future__ import annotations

import pytest

from providers.detect import detect
from tests.unit.test_detect import ME, event, person


@pytest.mark.parametrize("sentence, role", [
    ("Staðan er Yfirmaður viðhaldsdeildar.", "Yfirmaður viðhaldsdeildar"),
    ("Þér er boðið í viðtal vegna starfsins Sérfræðingur í landmælingum.", "Sérfræðingur í landmælingum"),
    ("Þú hittir Jón Ólafsson vegna stöðunnar Yfirmaður fjármálasviðs.", "Yfirmaður fjármálasviðs"),
])
def test_an_icelandic_invitation_names_the_post_after_its_word(sentence, role):
    host = person("hulda@skerjafold.example", "Hulda Pétursdóttir")
    found = detect(event("Atvinnuviðtal – Skerjafold", f"Sæl Anna,\n\n{sentence}\n\nKveðja,\nHulda",
                         organizer=host, attendees=(host,), minutes=60), [ME])
    assert found.interview
    assert (found.role or "").startswith(role)


@pytest.mark.parametrize("desk", [
    person("mottaka@skerjafold.example", "Móttaka Skerjafold", optional=True),
    person("resepsjon@fjordkraft.example", "Fjordkraft Resepsjon", optional=True),
])
def test_a_nordic_front_desk_mailbox_is_nobody_met(desk):
    organizer = person("hulda@skerjafold.example", "Hulda Pétursdóttir")
    lead = person("bjarki@skerjafold.example", "Bjarki Einarsson")
    found = detect(event("Atvinnuviðtal – Skerjafold", "Sæl Anna, við bjóðum þér í viðtal.", organizer=organizer,
                         attendees=(organizer, lead, desk)), [ME])
    assert found.interview
    assert desk.email not in [p.email for p in found.people]
