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


def test_the_people_named_with_their_addresses_are_met_when_the_sender_stays_away():
    sender = person("sevda.kazimova@daglarenerji.az", "Sevda Kazımova")
    found = detect(event("Müsahibə – Dağlar Enerji (2-ci mərhələ)",
                         "Kamran bəy, 2-ci mərhələdə Elçin Rzayev (baş direktor, elchin.rzayev@daglarenerji.az) və "
                         "Orxan Əliyev (orxan.aliyev@daglarenerji.az) ilə görüşəcəksiniz. Mən iştirak "
                         "etməyəcəyəm.\nSevda", organizer=sender, minutes=90), [ME])
    assert found.interview
    assert {p.email for p in found.people} == {"elchin.rzayev@daglarenerji.az", "orxan.aliyev@daglarenerji.az"}
