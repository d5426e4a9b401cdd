"""The people an Azerbaijani invitation says the user meets: the sender who writes that they take part ("mən və
... iştirak edəcəyik"), and the people the sender names with their addresses when they will not be there."""
from __future__ import annotations

from providers.detect import detect
from tests.unit.test_detect import ME, event, person


def test_the_sender_who_takes_part_is_met():
    sender = person("sevda.kazimova@daglarenerji.az", "Sevda Kazımova")
    director = person("orxan.aliyev@daglarenerji.az", "Orxan Əliyev")
    found = detect(event("Müsahibə – Dağlar Enerji", "Hörmətli Kamran bəy,\n\nBaş mühəndis vəzifəsi üçün "
                         "müsahibəyə dəvət edirik. Müsahibədə mən və texniki direktorumuz Orxan Əliyev iştirak "
                         "edəcəyik.\n\nHörmətlə,\nSevda Kazımova", organizer=sender, attendees=(director,),
                         minutes=60), [ME])
    assert found.interview
    assert {p.email for p in found.people} == {sender.email, director.email}
