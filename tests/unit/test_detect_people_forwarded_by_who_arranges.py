"""The people met: a message pasted into the notes by someone who arranges interviews ("HR Assistant"), copying and
naming the colleagues who will meet the user, gives those colleagues, not its sender."""
from __future__ import annotations

import pytest

from providers.detect import detect
from tests.unit.test_detect import ME, event

_ENGLISH = ("---------- Forwarded message ---------\nFrom: Nadia Petrov <npetrov@brightwater.example>\n"
            "To: <casey.nguyen@proton.me>\nCc: Omar Haddad <ohaddad@brightwater.example>, Lena Fox "
            "<lfox@brightwater.example>\nSubject: Interview – Lab Technician\n\nDear Casey,\n\nThank you for applying "
            "to the Lab Technician position. Dr. Omar Haddad (Lab Director) and Lena Fox (Senior Technician), copied "
            "here, would like to meet with you on Friday at 10 AM.\n\nKind regards,\nNadia Petrov\n{title}\n"
            "Brightwater Labs")
_FRENCH = ("-----Message d'origine-----\nDe : Nadia Petrov <nadia.petrov@brightwater.example>\nÀ : "
           "casey.nguyen@proton.me\nCc : Omar Haddad <omar.haddad@brightwater.example>; Lena Fox "
           "<lena.fox@brightwater.example>\nObjet : Entretien – Technicien de laboratoire\n\nMadame,\n\nNous avons "
           "le plaisir de vous convier à un entretien vendredi à 10h avec M. Omar Haddad, directeur, et Mme Lena Fox, "
           "en copie de ce message.\n\nBien cordialement,\nNadia Petrov\n{title} – Brightwater Labs")


@pytest.mark.parametrize("message, title", [(_ENGLISH, "HR Assistant"), (_ENGLISH, "HR Generalist"),
                                            (_FRENCH, "Assistante RH")])
def test_the_colleagues_a_forwarded_message_names_are_met_not_its_sender_who_arranges(message, title):
    found = detect(event("Fwd: Interview – Brightwater Labs", message.format(title=title), organizer=None,
                         attendees=(), me_too=False), [ME])
    assert found.interview
    assert sorted(p.email.partition("@")[0] for p in found.people) in (["lena.fox", "omar.haddad"], ["lfox", "ohaddad"])


def test_a_forwarded_messages_sender_who_does_not_arrange_is_met_with_them():
    found = detect(event("Fwd: Interview – Brightwater Labs", _ENGLISH.format(title="Head of Quality"),
                         organizer=None, attendees=(), me_too=False), [ME])
    assert found.interview
    assert sorted(p.email for p in found.people) == ["lfox@brightwater.example", "npetrov@brightwater.example",
                                                     "ohaddad@brightwater.example"]
