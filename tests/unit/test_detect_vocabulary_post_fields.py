"""A post named after its field ("Afisa Utafiti", research officer; "Afisa Mafunzo", training officer; "کارشناس
پژوهش", research expert; "سرپرست کارگاه", workshop supervisor; "ریسرچ آفیسر") is a job interview's role: the word
for research, training or a workshop in it is no evidence of a study or an event.

Each test builds its own event; the assertions are on what detection returns, never on how it got there.
"""
from __future__ import annotations

import pytest

from providers.detect import detect
from tests.unit.test_detect import ME, event, person


@pytest.mark.parametrize("title, description, host", [
    ("Usaili – Afisa Utafiti", "Unaalikwa kwenye usaili wa nafasi ya Afisa Utafiti.",
     person("ajira@tumesayansi.example", "Ajira")),
    ("Usaili – Afisa Mafunzo", "Unaalikwa kwenye usaili wa nafasi ya Afisa Mafunzo.",
     person("ajira@bandari.example", "Ajira")),
    ("مصاحبه شغلی – کارشناس پژوهش", "از شما برای مصاحبه حضوری دعوت می‌شود.",
     person("hr@pajoheshkadeh.example", "منابع انسانی")),
    ("مصاحبه شغلی – سرپرست کارگاه", "از شما برای مصاحبه حضوری دعوت می‌شود.",
     person("hr@sazeh.example", "منابع انسانی")),
    ("ملازمت کا انٹرویو – ریسرچ آفیسر", "آپ کو انٹرویو کے لیے مدعو کیا جاتا ہے۔",
     person("hr@policyinstitute.example", "HR")),
])
def test_a_job_interview_for_a_post_named_after_research_training_or_a_workshop_is_an_interview(
        title, description, host):
    found = detect(event(title, description, organizer=host, attendees=(host,), minutes=45), [ME])
    assert found.interview and found.kind == "job"
