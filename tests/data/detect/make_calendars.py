"""Writes the labelled test calendars in this folder (``python tests/data/detect/make_calendars.py``).

Each folder holds ``calendar.ics``, ``labels.jsonl`` and ``me.txt`` in the format of the shared
dev corpus, so ``python bench/corpus.py tests/data/detect/candidate`` scores them the same way.
They cover what the dev corpus lacks: other languages, applicant-tracking and booking-page
shapes (Lever, Ashby, Workday, Calendly, Cal.com, Odoo, Frappe HRMS), rooms and resources,
optional and declined attendees, shared mailboxes, merged schedules, name-only titles, and a
user with a work address who is on the hiring side of other events.
"""
from __future__ import annotations

import json
import pathlib
from datetime import datetime, timedelta

HERE = pathlib.Path(__file__).resolve().parent


def esc(text: str) -> str:
    """``text`` escaped for an iCalendar TEXT value."""
    return text.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\n", "\\n")


def person(kind: str, p: tuple) -> str:
    """An ORGANIZER or ATTENDEE line from (name, email, "partstat=...", "role=...", "cutype=...")."""
    name, email, *rest = p
    opts = dict(partstat="ACCEPTED", role="REQ-PARTICIPANT")
    for r in rest:
        k, v = r.split("=")
        opts[k] = v
    params = [f'CN="{name}"'] if name else []
    if kind == "ATTENDEE":
        if "cutype" in opts:
            params.append(f"CUTYPE={opts['cutype']}")
        params += [f"PARTSTAT={opts['partstat']}", f"ROLE={opts['role']}"]
    return f"{kind};{';'.join(params)}:mailto:{email}" if params else f"{kind}:mailto:{email}"


def write(directory: pathlib.Path, me: tuple[str, ...], events: list[dict], start=datetime(2026, 4, 6, 9, 0)) -> None:
    """calendar.ics, labels.jsonl and me.txt for ``events`` (dicts; ``label`` marks interviews)."""
    d = pathlib.Path(directory)
    d.mkdir(parents=True, exist_ok=True)
    lines = ["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//Afterview tests//detect//EN", "X-WR-CALNAME:Job search"]
    labels = []
    for i, ev in enumerate(events):
        when = start + timedelta(days=i // 3, hours=(i % 3) * 3)
        lines += ["BEGIN:VEVENT", f"UID:{ev['uid']}", f"SUMMARY:{esc(ev['title'])}", "DTSTAMP:20260301T120000Z"]
        if ev.get("all_day"):
            lines += [f"DTSTART;VALUE=DATE:{when:%Y%m%d}", f"DTEND;VALUE=DATE:{when + timedelta(days=1):%Y%m%d}"]
        else:
            lines += [f"DTSTART:{when:%Y%m%dT%H%M%S}Z", f"DTEND:{when + timedelta(minutes=ev.get('minutes', 45)):%Y%m%dT%H%M%S}Z"]
        if ev.get("description"):
            lines.append(f"DESCRIPTION:{esc(ev['description'])}")
        if ev.get("location"):
            lines.append(f"LOCATION:{esc(ev['location'])}")
        if ev.get("status"):
            lines.append(f"STATUS:{ev['status']}")
        if ev.get("organizer"):
            lines.append(person("ORGANIZER", ev["organizer"]))
        for a in ev.get("attendees", []):
            lines.append(person("ATTENDEE", a))
        lines.append("END:VEVENT")
        label = {"uid": ev["uid"], "interview": bool(ev.get("label"))}
        if ev.get("label"):
            lab = ev["label"]
            label.update(kind=lab.get("kind", "job"), company=lab.get("company"), role=lab.get("role"),
                         stage=lab.get("stage"), interviewers=lab.get("interviewers", []))
        labels.append(label)
    lines.append("END:VCALENDAR")
    (d / "calendar.ics").write_text("\r\n".join(lines) + "\r\n", encoding="utf-8")
    (d / "labels.jsonl").write_text("".join(json.dumps(label, ensure_ascii=False) + "\n" for label in labels), encoding="utf-8")
    (d / "me.txt").write_text(" ".join(me) + "\n", encoding="utf-8")


# ----------------------------------------------------------------- the user is a candidate
CANDIDATE_ME = ("jo.berg@outlook.com",)
JO = ("Jo Berg", "jo.berg@outlook.com")
CANDIDATE = [
 dict(uid="cand-01", title="Interview with Fourth Coffee", organizer=("Fourth Coffee", "no-reply@hire.lever.co"),
      attendees=[("Dan Park", "dan.park@fourthcoffee.com"), JO],
      description="Hi Jo,\nYou're confirmed for your interview for Barista Trainer at Fourth Coffee.\nInterviewers: Dan Park\nJoin: https://meet.google.com/abc-defg-hij",
      label=dict(company="Fourth Coffee", role="Barista Trainer", interviewers=["dan.park@fourthcoffee.com"])),
 dict(uid="cand-02", title="Jo Berg <> Relecloud | Technical Screen", organizer=("Relecloud Recruiting", "no-reply@ashbyhq.com"),
      attendees=[("Mia Chen", "mia.chen@relecloud.com"), JO],
      description="Scheduled via Ashby.\nPosition: Backend Engineer\nMeeting link: https://relecloud.zoom.us/j/555",
      label=dict(company="Relecloud", role="Backend Engineer", interviewers=["mia.chen@relecloud.com"])),
 dict(uid="cand-03", title="Interview for R-104233 Financial Analyst", organizer=("Contoso Pharmaceuticals", "contosopharma@myworkday.com"),
      attendees=[("Lena Meyer", "l.meyer@contosopharma.com"), JO],
      description="Contoso Pharmaceuticals would like to meet you for the Financial Analyst position.\nInterviewer: Lena Meyer (Finance Director)",
      label=dict(company="Contoso Pharmaceuticals", role="Financial Analyst", interviewers=["l.meyer@contosopharma.com"])),
 dict(uid="cand-04", title="Phone Screen between Priya Shah and Jo Berg", minutes=30, organizer=("Priya Shah", "priya.shah@graphicdesigninstitute.com"),
      attendees=[("Priya Shah", "priya.shah@graphicdesigninstitute.com"), JO],
      description="Event Name: Phone Screen\n\nPlease share your portfolio before the call about the Junior Designer role at Graphic Design Institute.\n\nPowered by Calendly.com\nNeed to make changes to this event?\nCancel: https://calendly.com/cancellations/abc\nReschedule: https://calendly.com/reschedulings/abc",
      label=dict(company="Graphic Design Institute", role="Junior Designer", interviewers=["priya.shah@graphicdesigninstitute.com"])),
 dict(uid="cand-05", title="30 Min Meeting between Tomás Ruiz and Jo Berg", minutes=30, organizer=("Tomás Ruiz", "tomas.ruiz@lamnahealthcare.com"),
      attendees=[("Tomás Ruiz", "tomas.ruiz@lamnahealthcare.com"), JO],
      description="What: 30 Min Meeting between Tomás Ruiz and Jo Berg\nInvitee Time Zone: Europe/Stockholm\nAdditional notes: Intro chat about the Product Designer position at Lamna Healthcare.\nNeed to make a change? https://cal.com/reschedule/abc",
      label=dict(company="Lamna Healthcare", role="Product Designer", interviewers=["tomas.ruiz@lamnahealthcare.com"])),
 dict(uid="cand-06", title="Onsite Interview: Jo Berg - Senior Data Engineer", minutes=180, organizer=("Wingtip Toys Interviews", "interviews@wingtiptoys.com"),
      attendees=[("Ana Lima", "ana.lima@wingtiptoys.com"), ("Ben Ode", "ben.ode@wingtiptoys.com"),
                 ("WT-HQ-4-Oak (6)", "c_1889abc@resource.calendar.google.com", "cutype=ROOM"),
                 ("Conference Room Maple", "conf-maple@wingtiptoys.com"),
                 ("Cara Diaz", "cara.diaz@wingtiptoys.com", "role=OPT-PARTICIPANT"), JO],
      description="Agenda:\n10:00 Coding - Ana Lima\n11:00 System design - Ben Ode\nPlease check in at reception.",
      location="Wingtip Toys HQ, 500 Market St, Floor 4",
      label=dict(company="Wingtip Toys", role="Senior Data Engineer", interviewers=["ana.lima@wingtiptoys.com", "ben.ode@wingtiptoys.com"])),
 dict(uid="cand-07", title="Jo Berg", organizer=("Marc Dubois", "marc.dubois@litwareinc.com"),
      attendees=[("Marc Dubois", "marc.dubois@litwareinc.com"), JO],
      description="Interview for the Functional Consultant position.\nJoin the video call: https://litwareinc.odoo.com/calendar/join_videocall/xyz\nAccept: https://litwareinc.odoo.com/calendar/meeting/accept?token=abc",
      label=dict(company="Litware Inc", role="Functional Consultant", interviewers=["marc.dubois@litwareinc.com"])),
 dict(uid="cand-08", title="Interview HR-INT-2026-0042: Technical Round", organizer=("Tailwind Traders HR", "hr@tailwindtraders.com"),
      attendees=[("Kofi Mensah", "kofi.mensah@tailwindtraders.com"), JO],
      description="Interview Round: Technical Round\nJob Applicant: Jo Berg\nDesignation: Software Developer\nhttps://erp.tailwindtraders.com/app/interview/HR-INT-2026-0042",
      label=dict(company="Tailwind Traders", role="Software Developer", interviewers=["kofi.mensah@tailwindtraders.com"])),
 dict(uid="cand-09", title="Telefoninterview: Junior Entwickler (m/w/d) bei Fabrikam", minutes=30, organizer=("Fabrikam Karriere", "karriere@fabrikam.de"),
      attendees=[("Jonas Schulz", "j.schulz@fabrikam.de"), JO],
      description="Guten Tag, wir rufen Sie zum vereinbarten Termin an.",
      label=dict(company="Fabrikam", role="Junior Entwickler", interviewers=["j.schulz@fabrikam.de"])),
 dict(uid="cand-10", title="Sollicitatiegesprek Adviseur Klantenservice - Contoso", minutes=60, organizer=("Contoso Werving", "werving@contoso.nl"),
      attendees=[("Pieter de Vries", "p.devries@contoso.nl"), JO],
      description="Tweede gesprek op ons kantoor in Utrecht.", location="Contoso, Stationsplein 12, Utrecht",
      label=dict(company="Contoso", role="Adviseur Klantenservice", interviewers=["p.devries@contoso.nl"])),
 dict(uid="cand-11", title="Colloquio conoscitivo con Adatum - Analista Dati", organizer=("Adatum Selezione", "selezione@adatum.it"),
      attendees=[("Giulia Romano", "giulia.romano@adatum.it"), JO],
      label=dict(company="Adatum", role="Analista Dati", interviewers=["giulia.romano@adatum.it"])),
 dict(uid="cand-12", title="Entrevista - Desenvolvedora Front-end | Tailspin Toys", organizer=("Tailspin Toys", "recrutamento@tailspintoys.com.br"),
      attendees=[("Ana Souza", "ana.souza@tailspintoys.com.br"), JO],
      label=dict(company="Tailspin Toys", role="Desenvolvedora Front-end", interviewers=["ana.souza@tailspintoys.com.br"])),
 dict(uid="cand-13", title="【一次面接】株式会社ノースウィンド｜バックエンドエンジニア", minutes=60, organizer=("ノースウィンド 採用担当", "saiyo@northwind.co.jp"),
      attendees=[("山田 太郎", "taro.yamada@northwind.co.jp"), JO],
      description="オンライン面接のご案内です。\nhttps://zoom.us/j/123",
      label=dict(company="株式会社ノースウィンド", role="バックエンドエンジニア", interviewers=["taro.yamada@northwind.co.jp"])),
 dict(uid="cand-14", title="Entretien informatif avec Julie Martin (Fabrikam)", minutes=30, organizer=JO,
      attendees=[("Julie Martin", "julie.martin@fabrikam.fr"), JO],
      label=dict(kind="informational", company="Fabrikam", interviewers=["julie.martin@fabrikam.fr"])),
 dict(uid="cand-15", title="Entrevista telefónica - Contoso - Ejecutivo de Ventas", minutes=30, organizer=("Contoso RRHH", "rrhh@contoso.es"),
      attendees=[JO],
      label=dict(company="Contoso", role="Ejecutivo de Ventas", interviewers=["rrhh@contoso.es"])),
 dict(uid="cand-16", title="Phone screen with Relecloud", minutes=30, organizer=("Relecloud Talent", "talent@relecloud.com"),
      attendees=[JO], description="We'll call you at the number on your application.",
      label=dict(company="Relecloud", interviewers=["talent@relecloud.com"])),
 dict(uid="cand-17", title="Virtual onsite — Proseware", minutes=150, organizer=("Proseware Recruiting", "recruiting@proseware.io"),
      attendees=[JO],
      description="Your schedule (all times Eastern):\n10:00–10:45 Coding — Ana Lima (ana.lima@proseware.io)\n11:00–11:45 System design — Ben Ode <ben.ode@proseware.io>\n12:00–12:30 Values interview — Cara Diaz (cara.diaz@proseware.io)\nRole: Platform Engineer\nQuestions? Contact recruiting@proseware.io\nJoin: https://proseware.zoom.us/j/777",
      label=dict(company="Proseware", role="Platform Engineer", interviewers=["ana.lima@proseware.io", "ben.ode@proseware.io", "cara.diaz@proseware.io"])),
 dict(uid="cand-18", title="Daniel Kim", organizer=("Daniel Kim", "daniel.kim@fabrikamfiber.com"),
      attendees=[("Daniel Kim", "daniel.kim@fabrikamfiber.com"), JO],
      description="Hiring manager interview for the Data Engineer role. Daniel leads the data platform team at Fabrikam Fiber.",
      label=dict(company="Fabrikam Fiber", role="Data Engineer", interviewers=["daniel.kim@fabrikamfiber.com"])),
 dict(uid="cand-19", title="Panel interview — Coho Vineyard (Assistant Winemaker)", minutes=90, organizer=("Coho Vineyard HR", "hr@cohovineyard.com"),
      attendees=[("Rosa Diaz", "rosa.diaz@cohovineyard.com"), ("Tim Cole", "tim.cole@cohovineyard.com", "partstat=DECLINED"),
                 ("Ivy Ng", "ivy.ng@cohovineyard.com", "partstat=NEEDS-ACTION"), ("Jo Berg", "jo.berg@outlook.com", "partstat=TENTATIVE")],
      label=dict(company="Coho Vineyard", role="Assistant Winemaker", interviewers=["rosa.diaz@cohovineyard.com", "ivy.ng@cohovineyard.com"])),
 dict(uid="cand-20", title="Interview: UX Researcher at Humongous Insurance", organizer=("Humongous Insurance Talent", "talent@humongousinsurance.com"),
      attendees=[("Omar Haddad", "omar.haddad@humongousinsurance.com"), JO], location="Microsoft Teams Meeting",
      description="Microsoft Teams meeting\nJoin on your computer: https://teams.microsoft.com/l/meetup-join/abc",
      label=dict(company="Humongous Insurance", role="UX Researcher", interviewers=["omar.haddad@humongousinsurance.com"])),
 dict(uid="cand-21", title="Interview at Alpine Ski House (in person)", minutes=60, location="Alpine Ski House, 12 Bergstraße, Innsbruck",
      label=dict(company="Alpine Ski House", interviewers=[])),
 dict(uid="cand-22", title="Coffee chat with Sam — career advice (Datum)", minutes=30, organizer=JO,
      attendees=[("Sam Rivers", "sam.rivers@gmail.com"), JO],
      description="Sam worked at Datum for six years; I want to learn about their data team.",
      label=dict(kind="informational", company="Datum", interviewers=["sam.rivers@gmail.com"])),
 dict(uid="cand-23", title="Contoso Interview - Jo Berg - Hiring Manager", organizer=("Contoso via Greenhouse", "no-reply@greenhouse.io"),
      attendees=[("Lisa Tran", "lisa.tran@contoso.com"), ("Contoso Recruiting", "recruiting@contoso.com", "role=OPT-PARTICIPANT"), JO],
      description="Interview for Customer Success Manager\nInterviewer: Lisa Tran, Head of Customer Success",
      label=dict(company="Contoso", role="Customer Success Manager", interviewers=["lisa.tran@contoso.com"])),
 dict(uid="cand-24", title="カジュアル面談（ウッドグローブ銀行）", minutes=30, organizer=("佐藤 花子", "hanako.sato@woodgrovebank.jp"),
      attendees=[("佐藤 花子", "hanako.sato@woodgrovebank.jp"), JO],
      label=dict(company="ウッドグローブ銀行", interviewers=["hanako.sato@woodgrovebank.jp"])),
 dict(uid="cand-25", title="Zweitgespräch – Alpine Ski House", minutes=60, organizer=("Eva Huber", "eva.huber@alpineskihouse.at"),
      attendees=[("Eva Huber", "eva.huber@alpineskihouse.at"), JO],
      description="Stelle: Marketing Manager (m/w/d)\nOrt: Innsbruck",
      label=dict(company="Alpine Ski House", role="Marketing Manager", interviewers=["eva.huber@alpineskihouse.at"])),
 # not interviews
 dict(uid="cand-101", title="Mock interview with Jordan (Pramp)", attendees=[("Jordan", "jordan.k@gmail.com"), JO], organizer=JO),
 dict(uid="cand-102", title="Press interview: TechCrunch", attendees=[("Amy Lo", "amy.lo@techcrunch.com"), JO], organizer=("Amy Lo", "amy.lo@techcrunch.com")),
 dict(uid="cand-103", title="Interview with journalist from The Seattle Times", attendees=[("Ben Cho", "ben.cho@seattletimes.com"), JO], organizer=("Ben Cho", "ben.cho@seattletimes.com")),
 dict(uid="cand-104", title="User interview - onboarding research", organizer=JO, attendees=[("Kim", "kim@northwindtraders.com"), JO]),
 dict(uid="cand-105", title="Webinar: Acing the behavioral interview", organizer=("CareerHub Events", "events@careerhub.io"), attendees=[JO], minutes=60),
 dict(uid="cand-106", title="Interview Skills Workshop", location="Central Library, room 2", minutes=120),
 dict(uid="cand-107", title="Watch The Interview (2014)", minutes=120),
 dict(uid="cand-108", title="Reading: “Interview with the Vampire”", minutes=60),
 dict(uid="cand-109", title="Hold for Fabrikam onsite", minutes=180),
 dict(uid="cand-110", title="Placeholder - interview TBC", organizer=("GoodTime", "scheduling@goodtime.io"), attendees=[("Jo Berg", "jo.berg@outlook.com", "partstat=TENTATIVE")]),
 dict(uid="cand-111", title="Send thank-you notes to Northwind interviewers", minutes=15),
 dict(uid="cand-112", title="Reminder: Contoso interview tomorrow", minutes=0),
 dict(uid="cand-113", title="Career coaching: interview prep", attendees=[("Pat Reyes", "pat@brightpathcoaching.com"), JO], organizer=("Pat Reyes", "pat@brightpathcoaching.com")),
 dict(uid="cand-114", title="Exit interview", organizer=("HR", "hr@oldcompany.com"), attendees=[JO], minutes=30),
 dict(uid="cand-115", title="Visa interview at the US consulate", minutes=60, location="US Consulate, Dag Hammarskjölds Väg 31"),
 dict(uid="cand-116", title="Vorstellungsgespräch üben mit Lisa", attendees=[("Lisa", "lisa.m@web.de"), JO], organizer=JO),
 dict(uid="cand-117", title="Simulacro de entrevista con mi mentora", attendees=[("Carmen", "carmen.r@gmail.com"), JO], organizer=JO),
 dict(uid="cand-118", title="Cancelled: Interview with Litware", organizer=("Marc Dubois", "marc.dubois@litwareinc.com"), attendees=[("Marc Dubois", "marc.dubois@litwareinc.com"), JO]),
 dict(uid="cand-119", title="Interview - Contoso", organizer=("Lisa Tran", "lisa.tran@contoso.com"), attendees=[("Lisa Tran", "lisa.tran@contoso.com"), ("Jo Berg", "jo.berg@outlook.com", "partstat=DECLINED")]),
 dict(uid="cand-120", title="面接対策セミナー", minutes=90, organizer=("キャリアセンター", "career@univ.ac.jp"), attendees=[JO]),
 dict(uid="cand-121", title="Interview the new nanny candidates", organizer=JO, minutes=90),
 dict(uid="cand-122", title="Recording: Career Changers podcast (guest)", organizer=("Career Changers", "hello@careerchangers.fm"), attendees=[JO], minutes=60),
 dict(uid="cand-123", title="Deadline: application for Contoso Data Analyst", all_day=True),
 dict(uid="cand-124", title="Coffee with Jordan", attendees=[("Jordan", "jordan.k@gmail.com"), JO], organizer=JO, minutes=30),
 dict(uid="cand-125", title="Follow up with Fabrikam about interview feedback", minutes=15),
 dict(uid="cand-126", title="Entretien annuel avec ma manager", organizer=("Claire", "claire@ancien-employeur.fr"), attendees=[JO]),
 dict(uid="cand-127", title="Colloquio con la maestra di Luca", minutes=20),
 dict(uid="cand-128", title="Sollicitatietraining bij het UWV", minutes=120),
 dict(uid="cand-129", title="Job interview tips (YouTube live)", minutes=60),
 dict(uid="cand-130", title="最終面接（ノースウィンド）", status="CANCELLED", organizer=("山田 太郎", "taro.yamada@northwind.co.jp"), attendees=[("山田 太郎", "taro.yamada@northwind.co.jp"), JO]),
 dict(uid="cand-131", title="Informational interview prep", minutes=30),
 dict(uid="cand-132", title="Lunch with Priya (Contoso)", attendees=[("Priya", "priya@contoso.com"), JO], organizer=JO, minutes=60),
 dict(uid="cand-133", title="Podcast: interviewing tips for engineers", minutes=45),
 dict(uid="cand-134", title="Interview — The Last of Us S2 watch party", minutes=120),
 dict(uid="cand-135", title="Career fair — Stockholm", minutes=240, location="Stockholmsmässan"),
 dict(uid="cand-136", title="Team offsite planning", attendees=[("Ops", "ops@volunteer-org.se"), JO], organizer=("Ops", "ops@volunteer-org.se")),
]

# ------------------------------------------- a user with a work address, on both sides
EMPLOYEE_ME = ("sam.lee@contoso.com", "sam.lee.career@outlook.com")
WORK = ("Sam Lee", "sam.lee@contoso.com")
HOME = ("Sam Lee", "sam.lee.career@outlook.com")
EMPLOYEE = [
 dict(uid="emp-101", title="Interview: Priya Raman - Senior Backend Engineer", organizer=("Contoso Recruiting", "recruiting@contoso.com"),
      attendees=[WORK, ("Kai Wong", "kai.wong@contoso.com"), ("Priya Raman", "priya.raman@gmail.com")]),
 dict(uid="emp-102", title="Interview with Jose Alvarez (Product Manager)", organizer=("Greenhouse", "no-reply@greenhouse.io"),
      attendees=[WORK, ("Jose Alvarez", "jose.alvarez@yahoo.com")],
      description="Interview kit: https://app.greenhouse.io/guides/123\nPlease submit your scorecard within 24 hours."),
 dict(uid="emp-103", title="Debrief: Priya Raman", organizer=("Contoso Recruiting", "recruiting@contoso.com"), attendees=[WORK, ("Kai Wong", "kai.wong@contoso.com")], minutes=30),
 dict(uid="emp-104", title="Panel - candidate: Lee Chang", organizer=("Kai Wong", "kai.wong@contoso.com"),
      attendees=[WORK, ("Kai Wong", "kai.wong@contoso.com"), ("Lee Chang", "lee.chang@fabrikam.com")], minutes=60),
 dict(uid="emp-105", title="Performance review with Kai", organizer=("Kai Wong", "kai.wong@contoso.com"), attendees=[WORK, ("Kai Wong", "kai.wong@contoso.com")]),
 dict(uid="emp-106", title="Exit interview - HR", organizer=("Contoso HR", "hr@contoso.com"), attendees=[WORK], minutes=30),
 dict(uid="emp-107", title="Interview training for new interviewers", organizer=("Contoso Learning", "learning@contoso.com"), attendees=[WORK], minutes=90),
 dict(uid="emp-108", title="Candidate sourcing sync", organizer=("Contoso Recruiting", "recruiting@contoso.com"), attendees=[WORK], minutes=30),
 dict(uid="emp-109", title="Interview - Tom Baker (Data Analyst candidate)", organizer=WORK, attendees=[WORK, ("Tom Baker", "tom.baker@gmail.com")]),
 dict(uid="emp-110", title="Interviewing: Kevin Liu (Backend)", organizer=("Kai Wong", "kai.wong@contoso.com"),
      attendees=[WORK, ("Kai Wong", "kai.wong@contoso.com"), ("Kevin Liu", "kevin.liu@gmail.com")]),
 dict(uid="emp-01", title="Final round — Adatum (Staff Engineer)", minutes=120, organizer=("Adatum Talent", "talent@adatum.com"),
      attendees=[HOME, ("Noor Ali", "noor.ali@adatum.com"), ("Raj Patel", "raj.patel@adatum.com")],
      label=dict(company="Adatum", role="Staff Engineer", interviewers=["noor.ali@adatum.com", "raj.patel@adatum.com"])),
 dict(uid="emp-02", title="Sam Lee <> Relecloud | Hiring Manager", organizer=("Relecloud", "no-reply@ashbyhq.com"),
      attendees=[HOME, ("Mia Chen", "mia.chen@relecloud.com")], description="Role: Engineering Manager, Platform",
      label=dict(company="Relecloud", role="Engineering Manager, Platform", interviewers=["mia.chen@relecloud.com"])),
 dict(uid="emp-03", title="Informational chat with Dana (Fabrikam)", minutes=30, organizer=HOME,
      attendees=[HOME, ("Dana White", "dana.white@fabrikam.com")],
      label=dict(kind="informational", company="Fabrikam", interviewers=["dana.white@fabrikam.com"])),
 dict(uid="emp-04", title="Vorstellungsgespräch Fabrikam – Teamleiter IT", minutes=60, organizer=("Fabrikam Karriere", "karriere@fabrikam.de"),
      attendees=[HOME, ("Jonas Schulz", "j.schulz@fabrikam.de")],
      label=dict(company="Fabrikam", role="Teamleiter IT", interviewers=["j.schulz@fabrikam.de"])),
]


# ------------------------------------------ shapes written apart from the detector's vocabulary
VARIED_ME = ("casey.nguyen@proton.me",)
CASEY = ("Casey Nguyen", "casey.nguyen@proton.me")
VARIED = [
 dict(uid="var-01", title="Fabrikam <> Casey Nguyen: Recruiter Screen", minutes=30, organizer=("Fabrikam", "scheduling@hire.lever.co"),
      attendees=[("Hana Ito", "hana.ito@fabrikam.com"), CASEY],
      label=dict(company="Fabrikam", interviewers=["hana.ito@fabrikam.com"])),
 dict(uid="var-02", title="Interview Scheduled: JR-0042871 - Senior Accountant", organizer=("Fabrikam", "fabrikam@myworkday.com"),
      attendees=[CASEY],
      description="Dear Casey,\nYour interview for Senior Accountant (JR-0042871) at Fabrikam Inc. has been scheduled.\nInterviewers: Olu Bello (olu.bello@fabrikam.com)\nLocation: Microsoft Teams",
      label=dict(company="Fabrikam", role="Senior Accountant", interviewers=["olu.bello@fabrikam.com"])),
 dict(uid="var-03", title="Interview between Grace Liu and Casey Nguyen", minutes=30, organizer=("Grace Liu", "grace@tailspintoys.com"),
      attendees=[("Grace Liu", "grace@tailspintoys.com"), CASEY],
      description="Event type: Interview\nScheduled with Calendly: https://calendly.com/grace-tailspin/interview",
      label=dict(company="Tailspin Toys", interviewers=["grace@tailspintoys.com"])),
 dict(uid="var-04", title="Recruiter Screen between Contoso Talent and Casey Nguyen", minutes=30, organizer=("Contoso Talent", "talent@contoso.com"),
      attendees=[CASEY], description="Booked with https://cal.com/contoso-talent/screen",
      label=dict(company="Contoso", interviewers=["talent@contoso.com"])),
 dict(uid="var-05", title="Colloquio tecnico - Sviluppatore Java presso Fabrikam Italia", minutes=60, organizer=("Giulia Bianchi", "giulia.bianchi@fabrikam.it"),
      attendees=[("Giulia Bianchi", "giulia.bianchi@fabrikam.it"), CASEY],
      label=dict(company="Fabrikam", role="Sviluppatore Java", interviewers=["giulia.bianchi@fabrikam.it"])),
 dict(uid="var-06", title="Kennismakingsgesprek Wingtip Toys (functie: Data-analist)", minutes=45, organizer=("Sanne Bakker", "sanne.bakker@wingtiptoys.nl"),
      attendees=[("Sanne Bakker", "sanne.bakker@wingtiptoys.nl"), CASEY],
      label=dict(company="Wingtip Toys", role="Data-analist", interviewers=["sanne.bakker@wingtiptoys.nl"])),
 dict(uid="var-07", title="Entrevista com a Contoso - vaga de Analista de Marketing", organizer=("Contoso Recrutamento", "recrutamento@contoso.com.br"),
      attendees=[("Bruno Lima", "bruno.lima@contoso.com.br"), CASEY],
      label=dict(company="Contoso", role="Analista de Marketing", interviewers=["bruno.lima@contoso.com.br"])),
 dict(uid="var-08", title="二次面接（株式会社ウッドグローブ）", minutes=60, organizer=("人事部", "jinji@woodgrove.co.jp"),
      attendees=[("鈴木 一郎", "ichiro.suzuki@woodgrove.co.jp"), CASEY],
      label=dict(company="株式会社ウッドグローブ", interviewers=["ichiro.suzuki@woodgrove.co.jp"])),
 dict(uid="var-09", title="Maria Garcia / Casey Nguyen", organizer=("Maria Garcia", "maria.garcia@litware.com"),
      attendees=[("Maria Garcia", "maria.garcia@litware.com"), CASEY],
      description="Interview for the Account Executive role at Litware.",
      label=dict(company="Litware", role="Account Executive", interviewers=["maria.garcia@litware.com"])),
 dict(uid="var-10", title="Tailwind Traders x Casey Nguyen", minutes=30, organizer=("Noah Fischer", "noah.fischer@tailwindtraders.com"),
      attendees=[("Noah Fischer", "noah.fischer@tailwindtraders.com"), CASEY],
      description="Looking forward to our chat about the Growth Marketer role!",
      label=dict(company="Tailwind Traders", role="Growth Marketer", interviewers=["noah.fischer@tailwindtraders.com"])),
 dict(uid="var-11", title="Onsite – Day 2 – Adatum", minutes=240, organizer=("Adatum Recruiting", "recruiting@adatum.com"),
      attendees=[("Ines Costa", "ines.costa@adatum.com"), ("Luca Moretti", "luca.moretti@adatum.com"),
                 ("Adatum HQ 3F Boardroom", "boardroom-3f@adatum.com", "cutype=RESOURCE"), CASEY],
      location="Adatum HQ, 1 Harbour Rd",
      label=dict(company="Adatum", interviewers=["ines.costa@adatum.com", "luca.moretti@adatum.com"])),
 dict(uid="var-12", title="Interview Confirmation: Casey Nguyen for Solutions Architect", organizer=("Lamna Healthcare Recruiting", "no-reply@us.greenhouse-mail.io"),
      attendees=[("Eli Brooks", "eli.brooks@lamnahealthcare.com"), CASEY],
      label=dict(company="Lamna Healthcare", role="Solutions Architect", interviewers=["eli.brooks@lamnahealthcare.com"])),
 dict(uid="var-13", title="Technical screen", minutes=60, organizer=("Omar Said", "omar.said@adatum.com"),
      attendees=[("Omar Said", "omar.said@adatum.com"), CASEY],
      description="Join with Google Meet: https://meet.google.com/xyz-abcd-efg\nJoin by phone (US) +1 555-0100 PIN: 123",
      label=dict(company="Adatum", interviewers=["omar.said@adatum.com"])),
 dict(uid="var-14", title="Café virtual con Lucía (Woodgrove Bank) - consejos de carrera", minutes=30, organizer=CASEY,
      attendees=[("Lucía Gómez", "lucia.gomez@woodgrovebank.es"), CASEY],
      label=dict(kind="informational", company="Woodgrove Bank", interviewers=["lucia.gomez@woodgrovebank.es"])),
 dict(uid="var-15", title="Call with Maria from Fabrikam", minutes=30, organizer=("Maria Lopez", "maria.lopez@fabrikam.com"),
      attendees=[CASEY], description="Maria is the recruiter for the Data Scientist role.",
      label=dict(company="Fabrikam", role="Data Scientist", interviewers=["maria.lopez@fabrikam.com"])),
 dict(uid="var-16", title="Second interview", minutes=60, organizer=("Interview Calendar", "c_9f2e1@group.calendar.google.com"),
      attendees=[("Tom Reed", "tom.reed@proseware.io"), ("Zoe Kim", "zoe.kim@proseware.io"), CASEY],
      description="Proseware | Second interview for Support Engineer\nhttps://proseware.zoom.us/j/88",
      label=dict(company="Proseware", role="Support Engineer", interviewers=["tom.reed@proseware.io", "zoe.kim@proseware.io"])),
 dict(uid="var-101", title="Mock technical interview (Interviewing.io)", minutes=60),
 dict(uid="var-102", title="Interview with author Jane Smith — book launch", minutes=90, location="City Books"),
 dict(uid="var-103", title="Customer discovery interview — Tailspin", organizer=CASEY, attendees=[("Kai", "kai@tailspintoys.com"), CASEY]),
 dict(uid="var-104", title="Radio interview (KEXP)", minutes=30),
 dict(uid="var-105", title="Interviewing 101 — library workshop", minutes=90),
 dict(uid="var-106", title="Hold: possible Contoso final round", minutes=120),
 dict(uid="var-107", title="Prep: Fabrikam system design", minutes=60),
 dict(uid="var-108", title="Thank-you email to Adatum panel", minutes=15),
 dict(uid="var-109", title="Interview feedback due", all_day=True),
 dict(uid="var-110", title="The Interview (2014) — movie night", minutes=150),
 dict(uid="var-111", title="Podcast recording with Coho Winery", organizer=("Coho Winery", "events@cohowinery.com"), attendees=[CASEY], minutes=60),
 dict(uid="var-112", title="Career coach - mock interview", minutes=60),
 dict(uid="var-113", title="Interviewing: Priya (designer candidate)", organizer=CASEY, attendees=[("Priya", "priya.d@gmail.com"), CASEY]),
 dict(uid="var-114", title="Parent-teacher interview", minutes=15),
 dict(uid="var-115", title="Interview with a Vampire season finale", minutes=60),
 dict(uid="var-116", title="Interview - Proseware", organizer=("Tom Reed", "tom.reed@proseware.io"), status="CANCELLED",
      attendees=[("Tom Reed", "tom.reed@proseware.io"), CASEY]),
]


if __name__ == "__main__":
    write(HERE / "candidate", CANDIDATE_ME, CANDIDATE)
    write(HERE / "employee", EMPLOYEE_ME, EMPLOYEE)
    write(HERE / "varied", VARIED_ME, VARIED)
