"""Kinds learnt after an independent labelled set (blind34) was scored: the people met named with their addresses
in a line of the notes that speaks of the interview or of whom it is with in Chinese ("面試：與 ...") or in
Macedonian and Serbian ("разговор со ...", "втор круг"), when a recruiting mailbox sends the invitation."""
from __future__ import annotations

from providers.detect import detect
from tests.unit.test_detect import ME, event, person


def test_the_people_a_chinese_line_about_the_interview_names_are_met():
    hr = person("recruit@lanting-elec.example", "蘭亭電子 人資處")
    found = detect(event("蘭亭電子 三面", "第三階段面試：與 財務長 陳立德（chen.ld@lanting-elec.example）面談，人資不陪同。",
                         organizer=hr, attendees=(), minutes=60), [ME])
    assert found.interview
    assert [p.email for p in found.people] == ["chen.ld@lanting-elec.example"]


def test_the_people_a_macedonian_or_serbian_line_about_the_round_names_are_met():
    hr = person("hr@vodenergo.example", "Воденерго – Човечки ресурси")
    for text in ("Втор круг: средба со финансискиот директор Петар Илиевски (p.ilievski@vodenergo.example).",
                 "Razgovor sa direktorkom Jelenom Marić (j.maric@vodenergo.example), drugi krug."):
        found = detect(event("Воденерго – втор круг", text, organizer=hr, attendees=(), minutes=60), [ME])
        assert found.interview, text
        assert [p.email for p in found.people] == [text.split("(")[1].split(")")[0]], text
