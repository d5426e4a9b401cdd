"""A French public employer's invitation before a recruitment panel ("vous convier devant le jury pour le poste
de ...") is a job interview, and the museum and archive titles it names are roles."""
from __future__ import annotations

import pytest

from providers.detect import detect
from tests.unit.test_detect import ME, event, person

RH = person("recrutement@archives-dordogne.fr", "Recrutement Archives")


@pytest.mark.parametrize("title, description, role", [
    ("Convocation – Conservateur adjoint", "Monsieur, nous vous invitons à vous présenter devant le jury pour le "
     "poste de Conservateur adjoint. Le jury sera composé de la directrice et du chef de service.",
     "Conservateur adjoint"),
    ("Convocation", "Vous êtes attendue devant un jury le 4 mars, pour le poste de Régisseuse des collections.",
     "Régisseuse des collections"),
])
def test_an_invitation_before_a_recruitment_panel_is_an_interview(title, description, role):
    found = detect(event(title, description, organizer=RH, attendees=(RH,)), [ME])
    assert found.interview and found.role == role
