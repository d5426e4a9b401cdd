"""Words that make an interview-like event something else (syntax in ``scanner``).

Each kind has phrases that count only in the title (where they name the event) and a few that
count anywhere: a description says much in passing ("we met at the career fair", "a usability
study you ran", "we sponsor visa applications") about real interviews, so only phrases that can
only mean the excluded thing count there. The reasons are what the user reads.
"""
from __future__ import annotations

import re

from .scanner import spellings, split_terms, trie_pattern

# a medium after a preposition ("for the magazine", "für das Magazin", "pour la radio") in a title:
# a press interview; the bare noun is not enough, as magazines and papers are companies too
MEDIA = split_terms(
    "magazine | newspaper | radio | blog | podcast | newsletter | documentary | article | tv | television"
    " | magazin | zeitschrift | zeitung | artikel | fernsehen | revue | journal | télévision | télé | revista"
    " | periódico | diario | artículo | televisión | tele | jornal | rádio | matéria | reportagem | televisão"
    " | rivista | giornale | quotidiano | articolo | televisione | tijdschrift | krant | televisie"
)
PRESS_MEDIUM = re.compile(
    r"\b(?:for|f(?:ü|ue|u)rs?|pour|para|per|voor|on|im|à|a|au|alla|al|na|no|en|op)\s+"
    r"(?:(?:the|a|an|das|die|den|der|ein|eine|einen|le|la|un|une|el|una|o|um|uma|il|het|de|een)\s+)?"
    r"(?:" + trie_pattern({spelling for noun in MEDIA for spelling in spellings(noun)}) + r")\b"
)

# an application to a role in one's own organisation: colleagues interview the user, who is the candidate
INTERNAL_MOBILITY = re.compile(
    r"\binternal (?:candidate|candidacy|application|applicant|transfer|mobility|move|interview|posting)"
    r"|\binterne[rn]? (?:bewerbung|bewerber|bewerberin|versetzung|stellenausschreibung|wechsel)"
    r"|\bcandidat(?:ure|e)? interne|\bmobilit[ée] interne|\bcandidatura interna|\bcandidat[oa] intern[oa]"
    r"|\bmovilidad interna|\bmobilidade interna|\bmobilit[àa] interna|\brecrutamento interno"
    r"|\binterne (?:sollicitatie|kandidaat|mobiliteit)|社内公募|社内異動|社内応募|社内選考"
)
# a talk given as part of an application: a seminar announcement that is the user's job talk
JOB_TALK = re.compile(
    r"\bcandidate for (?:the|a|an|our)\b|\bjob talk|\bsearch committee|\bselection committee"
    r"|\bberufungs(?:vortrag|kommission|verfahren)|\bprobevortrag|\bkandidat(?:in)? für"
    r"|\bcandidat(?:e)? (?:au|pour le) poste"
    r"|\bcomité de (?:sélection|selección)|\bcandidat[oa] (?:al|para el|per il) (?:puesto|posto|ruolo)"
    r"|\bcommissione (?:di valutazione|giudicatrice)|\bbenoemingsadviescommissie|\bsollicitatiecommissie"
    r"|\bkandidaat voor de|選考委員"
)

# the description speaks to the candidate about their own application
YOUR_APPLICATION = re.compile(
    r"\byour (?:own )?(?:internal )?(?:application|candidacy|transfer)|\b(?:deine|ihre)r? (?:interne[rn]? )?bewerbung"
    r"|\b(?:votre|ta) (?:candidature|mobilité)|\b(?:tu|su|sua|tua) candidatura|\bsua inscrição"
    r"|\b(?:je|jouw|uw) (?:interne )?sollicitatie|ご応募"
)

# kind: (reason, title-only phrases, phrases that count anywhere)
EXCLUSIONS: dict[str, tuple[str, str, str]] = {
    "mock": (
        "a mock or practice interview",
        "mock. | mocks. | practice. | practicing | practising | practice session | practice round"
        " | practice call | practice with | practise"
        " | rehearsal"
        " | üben. | proben. | oefensessie | rehearse | dry run | prep. | prepping"
        " | preparation | prepare | übung | vorbereitung | probeinterview | simulation | entraînement"
        " | entrainement | préparation | preparación | simulacro | preparação | simulado | preparazione"
        " | simulazione | esercitazione | oefenen | oefengesprek | voorbereiding | proefgesprek"
        " | 練習 | 対策 | interview prep | interview preparation | 面接対策",
        "mock interview | mock-interview | practice interview | interview practice"
        " | übungsinterview | entretien blanc | simulation d'entretien"
        " | simulacro de entrevista | entrevista simulada | simulazione di colloquio"
        " | proefsollicitatie | 模擬面接 | 面接練習",
    ),
    "press": (
        "a press, podcast or media interview",
        "press. | media interview | radio interview | radio show | tv interview | television interview"
        " | magazine interview | newspaper interview | blog interview | livestream | live stream"
        " | radiointerview | krantinterview | journalist | reporter | 記者 | ラジオ | テレビ"
        " | portrait. | porträt. | retrato. | ritratto. | portret. | interview portrait | portrait interview"
        " | 雑誌 | 新聞 | インタビュー記事 | 番組",
        "podcast | episode | on air | on-air | guest appearance | press interview"
        " | press call | press briefing | presse-interview | presseinterview | pressegespräch"
        " | interview de presse"
        " | entrevista de prensa | rueda de prensa | intervista stampa | conferenza stampa"
        " | persinterview | persgesprek | 取材 | ポッドキャスト"
        " | for our readers | unsere leser | nos lecteurs | nuestros lectores | nossos leitores | nostri lettori"
        " | onze lezers | pour la rubrique | für die rubrik | citations pour relecture | quotes for review"
        " | our feature on | for our feature | our photographer | the photographer will | für unseren beitrag"
        " | our story on | for our story | bring a photographer | with a photographer"
        " | unser fotograf | pour notre article | notre photographe | para nuestro reportaje | nuestro fotógrafo"
        " | para nossa matéria | nosso fotógrafo | per il nostro articolo | il nostro fotografo"
        " | voor ons artikel | onze fotograaf"
        " | zur autorisierung | 読者の皆様",
    ),
    "offer": (
        "an offer or compensation conversation, not an interview",
        "offer. | compensation discussion | compensation call | compensation chat | comp discussion | comp call"
        " | salary discussion | salary negotiation | salary call"
        " | angebot. | vertragsangebot | jobangebot | arbeitsangebot | gehaltsverhandlung | gehaltsgespräch"
        " | vertragsgespräch | vertragsverhandlung | offre. | proposition. | proposition d'embauche"
        " | promesse d'embauche | négociation salariale | discussion salariale | oferta. | propuesta."
        " | negociación salarial | proposta. | negociação salarial | carta proposta | offerta."
        " | negoziazione | aanbod. | arbeidsvoorwaardengesprek | arbeidsvoorwaarden | salarisonderhandeling"
        " | contractbespreking | オファー | 条件面談 | 内定 | 処遇面談 | 条件提示",
        "walk you through the offer | walk you through your offer | go over the offer | go over your offer"
        " | go through the offer | discuss the offer | discuss your offer | present the offer | present your offer"
        " | ihr vertragsangebot | das vertragsangebot | unser vertragsangebot | das angebot besprechen"
        " | ihr angebot besprechen | présenter notre offre | présenter notre proposition"
        " | votre proposition d'embauche | notre proposition d'embauche | promesse d'embauche"
        " | presentarte nuestra propuesta | presentarle nuestra propuesta | presentarte la oferta"
        " | presentarle la oferta | propuesta económica | propuesta salarial | apresentar nossa proposta"
        " | apresentar a proposta | apresentar a nossa proposta | proposta salarial | carta proposta"
        " | carta-proposta | presentarti la nostra proposta | presentarle la nostra proposta | proposta economica"
        " | offerta economica | ons aanbod bespreken | het aanbod bespreken | arbeidsvoorwaardengesprek",
    ),
    "reference": (
        "a reference check, not your interview",
        "reference check | reference checks | reference call | reference conversation | reference interview"
        " | referee call | referenzgespräch | referenzcheck | referenzanruf | referenzauskunft"
        " | prise de références | vérification des références | appel de référence | verificación de referencias"
        " | comprobación de referencias | llamada de referencias | checagem de referências"
        " | verificação de referências | verifica delle referenze | verifica referenze | referentiecheck"
        " | referentiegesprek | リファレンスチェック | 前職調査",
        "be a reference for | being a reference for | as a reference for | act as a reference"
        " | as a referee for | als referenz für | comme référence pour | como referencia para"
        " | como referência para | come referenza per | als referentie voor | リファレンス先",
    ),
    "research": (
        "a research or customer interview, not a job interview",
        "survey. | focus group | user study | beta test"
        " | user interview | customer interview | research interview | research session"
        " | research participant | customer discovery | discovery interview | usability test"
        " | usability study | usability session | user testing"
        " | nutzerinterview | kundeninterview | entretien utilisateur | entrevista de usuario"
        " | entrevista con usuarios | intervista utente | gebruikersinterview | klantinterview"
        " | ユーザーインタビュー | 顧客インタビュー | ユーザー調査",
        "",
    ),
    "event": (
        "a webinar, class or event about interviewing",
        "tips | how to | ace your | ace the | fair. | expo. | meetup | meet-up | happy hour | mixer"
        " | workshop | seminar | séminaire | seminario | training session"
        " | hackathon | open house | keynote | panel discussion | fireside | class. | course."
        " | schulung | vortrag | messe. | atelier | taller | curso. | palestra | corso. | cursus"
        " | lezing | セミナー | 説明会 | 講座 | 勉強会 | 講演 | イベント"
        " | bootcamp | boot camp | info session | information session | job fair | career fair"
        " | career expo | jobmesse | karrieremesse | salon de l'emploi | salon du recrutement"
        " | feria de empleo | feira de emprego | fiera del lavoro | banenmarkt | networking event",
        "webinar | webinaire | masterclass | master class | interview training | interviewer training"
        " | thank you for registering | thanks for registering | cancel your registration"
        " | merci de votre inscription | gracias por registrarte | gracias por inscribirte"
        " | obrigado por se inscrever | grazie per esserti registrato | danke für ihre anmeldung"
        " | bedankt voor je aanmelding"
        " | ウェビナー | 合同説明会",
    ),
    "peer": (
        "a peer or support group, not an interview",
        "accountability | support group | job club | job search club | job-search club | job seekers"
        " | jobseekers | job-seekers | peer group | peer support | mastermind | networking group"
        " | bewerbertreff | bewerbungsgruppe | jobclub | selbsthilfegruppe | stammtisch | groupe d'entraide"
        " | club de recherche d'emploi | club emploi | club de empleo | grupo de apoyo | club de búsqueda"
        " | grupo de búsqueda | grupo de apoio | clube de emprego | gruppo di supporto | gruppo di ricerca"
        " | sollicitatiegroep | intervisie | werkzoekenden | 就活仲間 | 転職仲間 | 交流会",
        "accountability group | accountability partner | job club | support group",
    ),
    "media": (
        "a film or book title",
        "watch. | watching. | movie | cinema | kino. | cinéma | película | netflix | documentary"
        " | audiobook | novel. | theater | theatre | concert | screening of | premiere | film night"
        " | film club | filmabend | ciné-club | cineclub | season finale | finale. | 映画 | 読書"
        " | book club | book launch | book signing | book tour | author talk | with the author"
        " | reading group | buchclub | lesekreis | club de lecture | club de lectura"
        " | clube do livro | club del libro | leesclub | 読書会",
        "",
    ),
    "hold": (
        "a hold or placeholder",
        "hold. | tentative. | interview slot | interview slots | placeholder | time block | block for"
        " | blocked | blocker | reserved | tentative hold"
        " | platzhalter | geblockt | reserviert | bloqué | réservé | bloqueado | reservado | bloccato"
        " | riservato | segnaposto | geblokkeerd | gereserveerd | 仮押さえ | (仮) | 仮予定 | ブロック",
        "candidate tbd | tbd candidate | candidate tba",
    ),
    "deadline": (
        "a deadline, reminder or to-do",
        "deadline | due. | reminder | email. | e-mail. | write to | message. | text. | call back | before interview | before the interview | before my interview"
        " | after the interview | after my interview | for the interview | for my interview | for interview"
        " | buy. | shopping | outfit. | haircut | dry cleaning | pick up | drop off | print cv | print resume"
        " | company research | research the company | read up | follow up | follow-up | followup | circle back"
        " | remind | to do."
        " | to-do | todo | submit | submission | send thank"
        " | send a thank | send note | send the | thank-you note | thank you note | thank-you email"
        " | thank you email | apply to | apply for | apply by | application due | application deadline"
        " | check in with | frist | abgabe | erinnerung | nachfassen | échéance | date limite | rappel"
        " | relancer | relance | fecha límite | plazo | recordatorio | entrega | prazo | lembrete"
        " | scadenza | promemoria | consegna | herinnering | inleveren | uiterste datum | 締切 | 締め切り"
        " | 〆切 | 期限 | リマインド | 提出 | お礼",
        "",
    ),
    "coach": (
        "a career-coach, counselling or employment-office session",
        "coach | coaching | mentee | mentoring | office hours | debrief | recap | retrospective"
        " | post-mortem | postmortem | mentor session"
        " | mentoring session"
        " | career coach | career counsel | career advisor | career adviser | resume review | résumé review"
        " | cv review | outplacement | karriereberatung | bewerbungstraining | bewerbungscoaching"
        " | berufsberatung | jobcenter | arbeitsagentur | agentur für arbeit | orientation professionnelle"
        " | bilan de compétences | pôle emploi | pole emploi | france travail | orientación laboral"
        " | orientación profesional | asesoría de carrera | aconselhamento de carreira"
        " | orientação profissional | centro per l'impiego | orientamento professionale"
        " | loopbaanbegeleiding | loopbaanadvies | loopbaancoach | jobcoach | uwv. | キャリア相談"
        " | キャリアコーチ | キャリアアドバイザー | キャリアカウンセリング | 転職エージェント | エージェント面談"
        " | ハローワーク",
        "",
    ),
    "review": (
        "an employee review or exit interview, not a job interview",
        "appraisal"
        " | performance review | annual review | mid-year review | exit interview | exit-interview"
        " | stay interview | entretien annuel | entretien professionnel | entretien d'évaluation"
        " | entretien de sortie | mitarbeitergespräch | jahresgespräch | personalgespräch"
        " | zielvereinbarungsgespräch | austrittsgespräch | exitgespräch | evaluación de desempeño"
        " | entrevista de salida | avaliação de desempenho | entrevista de desligamento"
        " | colloquio di valutazione | colloquio di uscita | functioneringsgesprek"
        " | beoordelingsgesprek | jaargesprek | exitgesprek | 評価面談 | 人事評価 | 退職面談 | 退職面接",
        "",
    ),
    "official": (
        "an official, school or admissions appointment",
        "embassy | consulate | uscis | naturalization | naturalisation | green card | passport | jury duty"
        " | botschaft | konsulat | ausländerbehörde"
        " | einbürgerung | ambassade | consulat | préfecture | embajada | consulado | extranjería"
        " | embaixada | ambasciata | consolato | questura | ビザ | 大使館 | 領事館 | 入試 | 入学"
        " | visa interview | visa appointment | visa application | immigration interview"
        " | citizenship interview | admission interview | parent-teacher | parent teacher"
        " | college interview | alumni interview | university interview"
        " | school interview | admissions interview | elternsprechtag | elterngespräch | réunion parents"
        " | reunión de padres | reunião de pais | colloquio con i professori | colloqui con gli insegnanti"
        " | oudergesprek | ouderavond | 10-minutengesprek | 三者面談 | 保護者面談 | 保護者会",
        "",
    ),
}

# a title saying the event no longer takes place ("Cancelled: ...", "Interview - postponed")
CANCELLED_TITLE = split_terms(
    "canceled. | cancelled. | abgesagt. | annulé. | annulée. | annule. | cancelado. | cancelada."
    " | annullato. | annullata. | geannuleerd. | afgelast. | postponed. | verschoben. | reporté. | reportée."
    " | aplazado. | aplazada. | adiado. | adiada. | rinviato. | rinviata. | uitgesteld. | キャンセル | 中止 | 延期"
)
# a description saying so
CANCELLED = split_terms(
    "has been cancelled | has been canceled | was cancelled | was canceled | have been cancelled"
    " | is cancelled | is canceled | wurde abgesagt | wurde storniert | a été annulé | a été annulée"
    " | ha sido cancelada | ha sido cancelado | foi cancelada | foi cancelado | è stato annullato"
    " | è stata annullata | is geannuleerd | is afgelast | キャンセルされました | 中止となりました"
)
# what only someone on the hiring side sees: counted anywhere ("complete your candidate profile" is
# said to candidates, so it is not here)
HIRING_SIDE = split_terms(
    "interview kit | scorecard | score card | feedback form | submit feedback | submit your feedback"
    " | leave feedback | interviewer guide | interviewer notes | interviewer instructions"
    " | interviewer prep | interview guide for interviewers | candidate's resume | candidate's cv"
    " | candidate packet | interviewing candidates | interview candidates | interview a candidate"
    " | interview the candidate | interviewing a candidate | interviewing the candidate"
    " | bewerberprofil | kandidatenprofil | fiche candidat | cv du candidat | cv del candidato"
    " | perfil del candidato | currículo do candidato | perfil do candidato | profilo del candidato"
    " | cv van de kandidaat | kandidaatprofiel | 評価シート | 面接官用"
    " | scoring matrix | score sheet | scoresheet | score independently | upload scores | upload your scores"
    " | question pack | questions pack | interview pack | panel pack | marking scheme | questions + rubric"
    " | questions and rubric | bewertungsbogen | bewertungsmatrix | grille d'évaluation | grille d'entretien"
    " | rúbrica de evaluación | planilla de evaluación | ficha de avaliação | griglia di valutazione"
    " | beoordelingsformulier | beoordelingsmatrix"
)
# naming a candidate in the title: the hiring side, unless the candidate named is the user
CANDIDATE = split_terms(
    "candidate. | candidates. | candidat. | candidats. | candidato. | candidata. | candidatos."
    " | kandidat. | kandidatin. | kandidaten. | kandidaat. | bewerber. | bewerberin. | applicant."
    " | applicants. | sollicitant. | 候補者 | 応募者"
)


# phrases holding an excluding word that mean something else: matched whole, so the word inside
# does not count ("Practice Nurse interview" is no practice interview, a "Medical Practice" no mock)
PLAIN = split_terms(
    "practice owner | practice development | general practice | medical practice | dental practice | gp practice | veterinary practice | vet practice"
    " | group practice | private practice | family practice | law practice | legal practice | clinical practice"
    " | nursing practice | scope of practice | best practice | best practices"
    # conferencing footers: "Learn more about Meet at: ..." says nothing about a career
    " | learn more about meet | learn more about teams | learn more about zoom"
)
# a title or text about more than one candidate, or one by number: the user is among the interviewers
CANDIDATES = split_terms(
    "candidates. | candidats. | candidatos. | candidatas. | candidati. | kandidaten. | kandidatinnen."
    " | bewerberinnen. | applicants. | sollicitanten. | candidate 1 | candidate 2 | candidate 3 | candidate 4"
    " | candidate 5 | candidate 6 | candidate #"
)


def exclusion_groups() -> dict[str, list[str]]:
    """The exclusion vocabulary as tag -> phrases: ``x:kind`` (title only), ``x!:kind`` (anywhere)."""
    groups: dict[str, list[str]] = {}
    for kind, (_reason, title_only, anywhere) in EXCLUSIONS.items():
        groups[f"x:{kind}"] = split_terms(title_only)
        groups[f"x!:{kind}"] = split_terms(anywhere)
    groups["cancelled"] = CANCELLED
    groups["cancelled:title"] = CANCELLED_TITLE
    groups["hiring"] = HIRING_SIDE
    groups["candidate"] = CANDIDATE
    groups["candidates"] = CANDIDATES
    groups["plain"] = PLAIN
    groups["medium"] = [f"{noun}." for noun in MEDIA]
    return groups


REASONS = {kind: reason for kind, (reason, _t, _a) in EXCLUSIONS.items()}
