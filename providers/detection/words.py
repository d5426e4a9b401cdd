"""Words that speak for an interview, in English, German, French, Spanish, Portuguese, Italian,
Dutch and Japanese (syntax in ``scanner``).

Tags: ``interview`` (a job interview, strong), ``interview?`` (a word that means an interview
only in a hiring context), ``stage=<label>`` (a stage; with ``strong`` it is interview wording by
itself), ``info`` / ``info?`` (an informational interview), ``career`` (advice and career
context), ``ask`` (someone's advice asked for), ``chat?`` (coffee, an exchange: informational only with
career context), ``job`` (a position, an application), ``sits-in`` (someone joining a meeting too), and
``mode=<video|phone|onsite>``.
"""
from __future__ import annotations

import re

from .scanner import split_terms

INTERVIEW = split_terms(
    "~interview | job interview | interviewing. | oral board | oral boards | entrevue | entrevues"
    " | prueba de trabajo | día de prueba | jornada de prueba | journée d'essai | essai en cuisine"
    " | giornata di prova | prova di lavoro | proefdag | meeloopdag | trial @"
    # de
    " | vorstellungsgespräch | bewerbungsgespräch | auswahlgespräch | einstellungsgespräch"
    " | vorstellungstermin | bewerbertag | assessment center | assessment-center | assessment centre"
    # fr
    " | entretien d'embauche | entretien de recrutement | entretien de motivation"
    " | entretien de sélection | entretien rh | entrevue | entrevues"
    # es, pt
    " | entrevista | entrevistas | entrevista de trabajo | entrevista laboral | entrevista de emprego"
    # it
    " | colloquio di lavoro | colloquio di selezione | colloquio conoscitivo | colloquio motivazionale"
    # nl
    " | sollicitatiegesprek | sollicitatiegesprekken | selectiegesprek | vervolggesprek | eindgesprek"
    # ja
    " | 面接 | 採用面談 | 選考面談 | カジュアル面談"
    # a proposed interview is an interview, not an offer ("offer" words exclude: see exclusion_words)
    " | proposition d'entretien | propuesta de entrevista | proposta de entrevista | proposta di colloquio"
)

# words that mean an interview only when a company is also on the invitation
INTERVIEW_CONTEXTUAL = split_terms(
    "kennenlernen. | sollicitatie. | processo seletivo | proceso de selección | incontro conoscitivo"
    " | trial shift | trial day | follow-up interview | follow up interview | follow-up round"
    " | follow-up call | follow up call"
    " | entretien. | entretien avec | colloquio. | colloqui. | kennenlerngespräch | kennenlerntermin"
    " | erstgespräch | zweitgespräch | kennismakingsgesprek | intro call | introductory call"
    " | intro chat | introduction call | screening. | 面談 | 選考"
    " | get to know you | get-to-know-you | getting to know you"
)

# (stage label, strong?, phrases)
STAGES: tuple[tuple[str, bool, str], ...] = (
    ("phone screen", True,
     "phone screen | phone screening | phone interview | screening call | screening interview"
     " | telephone interview | telefoninterview | telefonisches interview | telefonisch interview"
     " | telefonisch gesprek | entretien téléphonique | entrevista telefónica | entrevista por teléfono"
     " | entrevista por telefone | entrevista telefônica | colloquio telefonico | 電話面接"),
    ("recruiter screen", True,
     "recruiter screen | recruiter call | recruiter chat | recruiter conversation | recruiter interview"
     " | recruiter meeting | call with recruiter | call with the recruiter | call with your recruiter"
     " | chat with recruiter | chat with the recruiter | talent acquisition call | hr screen"
     " | hr interview | entretien avec le recruteur | entrevista con recursos humanos | 人事面接"),
    ("recruiter screen", False, "recruiter. | recruiters. | recruitment call | recruiting call | talent partner"),
    ("hiring manager", True,
     "hiring manager | hiring-manager | entretien avec le manager | entrevista con el responsable"
     " | colloquio con il responsabile | gesprek met de manager"),
    ("final", True,
     "final interview | superday | super day | entretien final | entrevista final | colloquio finale"
     " | abschlussgespräch | 最終面接 | 役員面接"),
    ("final", False, "final round | final-round | finale runde | letzte runde | laatste ronde | charla final"
     " | conversa final | bate-papo final | chiacchierata finale"),
    ("onsite", True, "onsite interview | on-site interview | onsite loop | interview loop | virtual onsite"),
    ("onsite", False, "onsite. | on-site. | probearbeiten | probetag | journée d'immersion | 職場見学"),
    ("panel", True, "panel interview | group interview | entrevista grupal | dinámica de grupo"
     " | dinâmica de grupo | gruppeninterview | 集団面接 | グループ面接 | グループディスカッション"),
    ("panel", False, "panel."),
    ("technical", True,
     "technical interview | technical screen | tech screen | coding interview | coding screen"
     " | technical round | technical assessment | fachgespräch | fachinterview | technisches interview"
     " | entretien technique | entrevista técnica | colloquio tecnico | technisch interview"
     " | technisch gesprek | 技術面接"),
    ("technical", False, "system design | coding exercise | pair programming | pairing session | live coding"
     " | etapa técnica | fase técnica | prova técnica | prueba técnica | teste técnico | prova tecnica"),
    ("case", True, "case interview | case study interview | étude de cas | caso práctico | estudo de caso"),
    ("take-home review", True,
     "take-home review | take home review | take-home debrief | take-home presentation"
     " | take-home walkthrough | take-home discussion"),
    ("behavioral", True, "behavioral interview | behavioural interview | culture fit | culture interview"
     " | values interview"),
    ("behavioral", False, "team match | team-matching"),
    ("first round", True,
     "first interview | premier entretien | primera entrevista | primeira entrevista | primo colloquio"
     " | eerste sollicitatiegesprek | 一次面接"),
    ("first round", False, "first round | 1st round | first-round | eerste gesprek"),
    ("second round", True,
     "second interview | zweitgespräch | zweites gespräch | second entretien | deuxième entretien"
     " | segunda entrevista | secondo colloquio | tweede sollicitatiegesprek | 二次面接"),
    ("second round", False, "second round | 2nd round | second-round | tweede gesprek"),
    ("third round", True, "third interview | drittes gespräch | tercera entrevista | terceira entrevista"
     " | terzo colloquio | 三次面接"),
    ("third round", False, "third round | 3rd round | derde gesprek"),
    ("first round", False, "kennenlerngespräch | kennismakingsgesprek | erstgespräch | colloquio conoscitivo"),
    ("video", True, "video interview | online interview | オンライン面接 | web面接"),
    ("casual", True, "カジュアル面談"),
    ("portfolio review", False, "portfolio review | portfolio presentation | meet the team"),
    ("presentation", True, "job talk | campus interview | teaching demonstration | teaching demo"
     " | lección de prueba | probevortrag | probelehrveranstaltung | leçon d'essai | proefcollege"),
)

INFORMATIONAL = split_terms(
    "informational | info interview | information interview | career chat | career conversation | career advice"
    " | career call | advice call | advice chat | pick your brain | picking your brain"
    " | networking call | networking chat | networking coffee | networking conversation"
    " | informationsgespräch | informationsinterview | netzwerkgespräch"
    " | entretien informatif | entretien d'information | entretien réseau | entretien exploratoire"
    " | entrevista informativa | entrevista informacional | entrevista exploratoria | charla informativa"
    " | consejos de carrera | consejo profesional | conversa informal sobre carreira | consigli di carriera"
    " | conversa informativa | conversa de carreira | bate-papo de carreira | colloquio informativo"
    " | informatief gesprek | informatiegesprek | oriënterend gesprek | netwerkgesprek"
    " | ob訪問 | og訪問 | ob・og訪問 | 情報交換"
)
INFORMATIONAL_CONTEXTUAL = split_terms(
    "coffee chat | coffee with | virtual coffee | kaffeegespräch | café virtuel | café virtual | cafecito | koffiegesprek"
    " | bate-papo | chiacchierata | kennismakingskoffie | erfahrungsaustausch | kaffee mit | auf einen kaffee"
    " | café avec | un café avec | prendre un café"
    " | koffie met | kopje koffie | kop koffie | bakje koffie | koffie drinken | kennismaking met | bijpraten met"
)
# a meeting over coffee or an exchange: a conversation to learn from someone only with career context
NETWORKING = split_terms(
    "~austausch | kaffee | café. | échange | coffee. | koffie. | charla. | conversa. | catch up | catch-up | lunch."
    " | chat. | chats."
)
# someone's advice or experience asked for, as the one asking writes it ("any advice you have", "tes conseils")
ADVICE_ASKED = split_terms(
    "your advice | any advice | advice you | value your | your perspective | your insight | your take on"
    " | pick your brain | hear how | hear about how | hear more about how | learn how | learn about how"
    " | how you got into | how you broke into"
    " | deinen rat | ihren rat | deine tipps | ihre tipps | deine einschätzung | ihre einschätzung | von dir lernen"
    " | tes conseils | vos conseils | ton avis | votre avis | tes retours d'expérience"
    " | tus consejos | sus consejos | tu consejo | su consejo | tu opinión | su opinión"
    " | seus conselhos | teus conselhos | seu conselho | sua opinião"
    " | i tuoi consigli | i suoi consigli | il tuo parere | il suo parere"
    " | je advies | jouw advies | uw advies"
    " | アドバイスをいただ | アドバイスをもら | お話を伺 | 話を伺"
)
# someone answering the user's request for a conversation, in their own words
ANSWERING = split_terms(
    "thanks for reaching out | thank you for reaching out | thanks for getting in touch | happy to share"
    " | happy to tell you | happy to answer your questions | ask me anything"
    " | danke für deine nachricht | gerne erzähle ich | merci pour ton message | avec plaisir je te raconte"
    " | gracias por escribirme | con gusto te cuento | obrigado por entrar em contato"
    " | obrigada por entrar em contato | fico feliz em contar"
    " | grazie per avermi scritto | volentieri ti racconto | bedankt voor je bericht | vertel ik graag"
)
# a team or a hiring process: what an asked-for piece of advice is about when it is about work (looked
# for only where advice is asked, so not part of the vocabulary every event is scanned with)
WORKPLACE = re.compile(r"\b(?:teams?|équipe|equipo|equipe|squadra|hire|hires|hiring|recrut\w*|bewerbe\w*)\b"
                       r"|チーム|採用|選考"
                       r"|\b(?:working|work) (?:at|for)\b|\btrabajar en\b|\barbeiten bei\b|\btravailler chez\b"
                       r"|\btrabalhar n[ao]\b|\blavorare (?:da|presso)\b|\bwerken bij\b")
CAREER = split_terms(
    "career | advice | conseils | ratschläge | consejos | conselhos | consigli | advies | アドバイス"
    " | referral | refer me | moving into | move into | learn about | learn more about | your path | your journey"
    " | made the move | the move from | switched from | switch from | transition from | transitioned"
    " | pivot into | pivoted into"
    " | breaking into | job search | karriere | carrière | carrera | carreira | carriera | loopbaan"
    " | キャリア | 転職 | 就活 | 就職"
)
JOB = split_terms(
    "position | role. | roles. | opening. | opportunity | vacancy | job. | application | applied | recruiter"
    " | recruiting | recruitment | talent acquisition | hiring | stelle. | bewerbung | poste."
    " | candidature | recrutement | puesto | vacante | candidatura | proceso de selección | vaga."
    " | processo seletivo | posizione | selezione | ruolo | functie | vacature | werving"
    " | rol. | cargo. | designation | job title | 応募 | 採用 | 職種 | 募集職種 | 求人 | ポジション"
    " | la búsqueda de | nuestra búsqueda de | job posting | posting. | job ad | stellenanzeige | annonce."
    # job postings, not offers made ("offre", "oferta" alone are offers: see exclusion_words)
    " | offre d'emploi | offres d'emploi | oferta de empleo | oferta de trabajo | oferta laboral"
    " | oferta de emprego | oferta de trabalho | offerta di lavoro | stellenangebot"
)
# someone saying they will sit in on a meeting too; ``people`` reads who (looked for in one pass with the rest)
SITTING_IN = split_terms(
    "also join | also be joining | also sit in | also be sitting in | also attend | also be there | sit in as well"
    " | join as well | join too | auch teil | ebenfalls teil | auch dabei | ebenfalls dabei | également présent"
    " | también estar | también particip | também estar | também particip | ook aan | presente anche | も同席 | も参加"
)

MODES = {
    "phone": "phone | telephone | call you | will call | dial in | tel: | telefon | téléphon"
    " | telefónic | telefonic | telefone | telefônic | telefonisch | 電話",
    "video": "video | zoom | microsoft teams | teams meeting | teams call | teams.microsoft | google meet"
    " | meet.google | webex | whereby | skype | visio"
    " | videollamada | videochamada | videochiamata | videobellen | videogesprek | online."
    " | オンライン | web面接 | ビデオ",
    "onsite": "onsite | on-site | in person | in-person | at our office | office visit | vor ort"
    " | präsenz | sur place | en personne | presencial | en nuestras oficinas | in sede | di persona"
    " | op kantoor | op locatie | 来社 | 対面 | 本社にて",
}


def positive_groups() -> dict[str, list[str]]:
    """The positive vocabulary as tag -> phrases, ready for ``Vocabulary``."""
    groups: dict[str, list[str]] = {
        "interview": INTERVIEW,
        "interview?": INTERVIEW_CONTEXTUAL,
        "info": INFORMATIONAL,
        "info?": INFORMATIONAL_CONTEXTUAL,
        "career": CAREER,
        "ask": ADVICE_ASKED,
        "answer": ANSWERING,
        "chat?": NETWORKING,
        "job": JOB,
        "sits-in": SITTING_IN,
    }
    for label, strong, phrases in STAGES:
        terms = split_terms(phrases)
        groups.setdefault(f"stage={label}", []).extend(terms)
        groups.setdefault("stage" if strong else "stage?", []).extend(terms)
    for mode, phrases in MODES.items():
        groups[f"mode={mode}"] = split_terms(phrases)
    return groups


# the closing line of a letter ("Kind regards", "Met vriendelijke groet"): what follows is a signature
_SIGN_OFF = re.compile(
    r"^\s*(?:best|thanks|thank you|many thanks|regards|kind regards|cheers|sincerely|mit freundlichen"
    r"|viele grüße|beste grüße|cordialement|bien à vous|saludos|atentamente|atenciosamente|cordiali saluti"
    r"|distinti saluti|met vriendelijke groet|groeten|よろしくお願い)(?!\w)",  # not "Beste Mirela,"
    re.IGNORECASE,
)


def signs_off(line: str) -> bool:
    """True for a letter's closing line: short, and a closing phrase ("Kind regards", not "Thank you
    for applying to ...")."""
    return len(line.split()) <= 4 and _SIGN_OFF.match(line) is not None
