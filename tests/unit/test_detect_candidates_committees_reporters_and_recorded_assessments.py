"""Events where the user is not the candidate: a colleague's invitation to interview a candidate the title names
(invited from a personal address), a committee the user sits on to interview several candidates, a reporter's
interview for an article or a television segment, and a recorded assessment whose only interview word says no
interviewer will be there."""
from __future__ import annotations

from providers.detect import detect
from tests.unit.test_detect import ME, event, person


def test_a_colleagues_invitation_to_interview_a_candidate_the_title_names_is_the_hiring_side():
    colleague = person("rumen.todorov@pirinaudit.bg", "Румен Тодоров")
    candidate = person("martin.kolev.99@gmail.com", "Мартин Колев")
    found = detect(event("Интервю с кандидат – стажант одитор (Мартин Колев)",
                         "Ти и аз. Да му дадем задача с баланс.", organizer=colleague,
                         attendees=(colleague, candidate), minutes=60, location="Пирин Одит"), [ME])
    assert not found.interview


def test_the_same_in_english_is_the_hiring_side():
    colleague = person("dana.white@larchfield.com", "Dana White")
    candidate = person("tom.baker.91@gmail.com", "Tom Baker")
    found = detect(event("Interview with candidate – junior analyst (Tom Baker)", "CV in the shared drive.",
                         organizer=colleague, attendees=(colleague, candidate), minutes=60), [ME])
    assert not found.interview


def test_a_title_naming_the_user_as_the_candidate_stays_their_interview():
    recruiter = person("hr@larchfield.com", "Larchfield HR")
    found = detect(event("Interview with candidate – analyst (Casey Nguyen)",
                         "We look forward to meeting you for the analyst position.", organizer=recruiter,
                         attendees=(person("dana.white@larchfield.com", "Dana White"),), minutes=60), [ME])
    assert found.interview


def test_a_committee_interviewing_candidates_is_the_hiring_side():
    office = person("kadr@qalalayihe.az", "Kadrlar şöbəsi")
    colleague = person("elvin.mammadov@qalalayihe.az", "Elvin Məmmədov")
    found = detect(event("Stajyor namizədlərlə müsahibə (komissiya üzvü kimi)",
                         "4 namizəd. Komissiya: Elvin müəllim və mən.", organizer=office,
                         attendees=(colleague,), minutes=120), [ME])
    assert not found.interview


def test_an_interview_for_an_article_is_press():
    reporter = person("iva.marinova@pazarenpregled.bg", "Ива Маринова")
    found = detect(event("Интервю за „Пазарен преглед“ – новите акцизи",
                         "Кратко интервю за статия за акцизите. Цитат с име и длъжност.", organizer=reporter,
                         attendees=(reporter,), minutes=30), [ME])
    assert not found.interview


def test_a_television_segment_in_the_users_own_entry_is_press():
    found = detect(event("Günəş TV – müsahibə (park layihəsi)",
                         "Jurnalist Səbinə Kərimova. Parkın bərpası haqqında 2 dəqiqəlik süjet.",
                         me_too=False, minutes=30), [ME])
    assert not found.interview


def test_a_recorded_assessment_no_interviewer_attends_is_no_interview():
    mailbox = person("careers@brightwell.com", "Brightwell Careers")
    found = detect(event("Brightwell – recorded video assessment (one-way)",
                         "Record your answers before Friday 23:59. No interviewer will be present; a reviewer "
                         "watches them afterwards.", organizer=mailbox, minutes=60), [ME])
    assert not found.interview


def test_a_meeting_with_a_director_names_whom_the_user_meets_not_the_role():
    recruiter = person("elena.petrova@dunavtel.bg", "Елена Петрова")
    director = person("stoyan.iliev@dunavtel.bg", "Стоян Илиев")
    found = detect(event("Дунавтел – среща с търговския директор",
                         "Втори кръг за позицията Ръководител продажби. Аз няма да присъствам.",
                         organizer=recruiter, attendees=(director,), minutes=60), [ME])
    assert found.interview
    assert found.role == "Ръководител продажби"


def test_a_colleagues_invitation_whose_notes_name_an_invitee_the_candidate_is_the_hiring_side():
    colleague = person("owen.price@tidewaterfreight.com", "Owen Price")
    candidate = person("mia.shaw.2001@outlook.com", "Mia Shaw")
    found = detect(event("Interview - yard hand (me + Owen)", "Candidate: Mia Shaw. Truck licence? Weekend shifts?",
                         organizer=colleague, attendees=(candidate,), minutes=30, location="Yard office"), [ME])
    assert not found.interview


def test_notes_that_label_the_user_the_candidate_leave_it_their_interview():
    recruiter = person("owen.price@tidewaterfreight.com", "Owen Price")
    found = detect(event("Interview - yard supervisor", "Candidate: Casey Nguyen. Panel: Owen Price, Ana Ruiz.",
                         organizer=recruiter, attendees=(person("ana.ruiz@tidewaterfreight.com", "Ana Ruiz"),),
                         minutes=45), [ME])
    assert found.interview
