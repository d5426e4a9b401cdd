"""The role: call notes in Czech write what the employer looks for after "Hledají:" or "Hledáme:" ("Hledají:
projektant trakčního vedení"), as a label."""
from __future__ import annotations

import pytest

from providers.detect import detect
from tests.unit.test_detect import ME, event, person


@pytest.mark.parametrize("label", ["Hledají", "Hledáme"])
def test_the_role_follows_what_they_look_for(label):
    caller = person("jana.kralova@trakcestav.example", "Jana Králová")
    notes = (f"Jana Králová, vedoucí útvaru, Trakce Stav Ostrava a.s. {label}: projektant trakčního vedení. Lokalita: Ostrava "
             "nebo z domova. Volá ona, připravit si reference.")
    found = detect(event("Jana K. – telefonát", notes, organizer=None, attendees=(caller,)), [ME])
    assert found.interview
    assert found.role == "projektant trakčního vedení"
