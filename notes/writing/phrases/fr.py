"""French wordings ("vous"; sentences that need no guess at the writer's gender)."""
from __future__ import annotations

import re

from . import Phrasebook, weekday_month_pattern

_DAY, _MONTH = weekday_month_pattern(
    "lundi mardi mercredi jeudi vendredi samedi dimanche",
    "janvier février mars avril mai juin juillet août septembre octobre novembre décembre",
)
_COUNT = r"(?:une|un|deux|trois|quatre|cinq|huit|quinze|\d{1,2}|quelques)"
_WHEN = re.compile(
    rf"(?:\b(?:d'ici|avant)\s+(?:(?:la\s+)?fin\s+de\s+(?:la\s+)?semaine(?:\s+prochaine)?|{_DAY}(?:\s+prochain)?"
    rf"|le\s+\d{{1,2}}\s+{_MONTH}|demain|la\s+semaine\s+prochaine)"
    rf"|\b(?:sous|dans)\s+(?:les\s+prochains\s+jours|{_COUNT}\s+(?:jours|semaines?))"
    rf"|\b(?:la\s+semaine\s+prochaine|en\s+fin\s+de\s+semaine|(?:dès\s+)?{_DAY}(?:\s+prochain)?))",
    re.IGNORECASE,
)


def _refs(role: str | None, company: str | None) -> dict[str, str]:
    return {
        "le_poste": f"le poste de {role}" if role else "ce poste",
        "chez": f"chez {company}" if company else "au sein de votre équipe",
        "join_target": company or "votre équipe",
        "topic": f"du travail chez {company}" if company else "de ce métier",
    }


BOOK = Phrasebook(
    code="fr",
    greeting=("Bonjour {full},", "Bonjour {first},"),
    greeting_formal=("Bonjour {full},",),
    greeting_bare="Bonjour,",
    thanks=(
        "Je vous remercie d'avoir pris le temps de vous entretenir avec moi.",
        "Merci beaucoup pour votre temps et pour cet échange très enrichissant.",
        "Je vous remercie pour cet entretien et pour la clarté de vos réponses à mes questions.",
        "Merci pour votre temps et pour votre accueil chaleureux.",
    ),
    thanks_advice=(
        "Je vous remercie d'avoir pris le temps de partager votre expérience avec moi.",
        "Merci beaucoup pour le temps que vous m'avez consacré.",
        "Merci pour cet échange et pour la générosité de vos conseils.",
    ),
    detail_about=(
        "J'ai particulièrement apprécié notre échange sur {d}.",
        "J'ai beaucoup aimé échanger avec vous sur {d}.",
        "Notre discussion sur {d} reste pour moi un temps fort de cet entretien.",
    ),
    detail_colon=(
        "Ce que je retiens en particulier : {d}.",
        "Un moment de notre échange m'est resté en tête : {d}.",
        "Un point a retenu toute mon attention : {d}.",
    ),
    detail_more=("Autre moment marquant : {d}.",),
    detail_title=(
        "Votre point de vue en tant que {title} m'a été très précieux.",
        "J'ai apprécié de découvrir votre regard en tant que {title}.",
    ),
    detail_agenda=(
        "J'ai particulièrement apprécié la partie consacrée à {activity}.",
        "La séquence {activity} a été pour moi un moment fort.",
    ),
    detail_team=(
        "C'était un plaisir de rencontrer l'équipe {team}.",
        "J'ai apprécié de découvrir le fonctionnement de l'équipe {team}.",
    ),
    detail_none=(
        "J'ai apprécié d'en apprendre davantage sur l'équipe et son fonctionnement.",
        "Cet échange m'a permis de mieux comprendre le travail de l'équipe et ses priorités.",
        "Il était très intéressant de découvrir les projets de l'équipe.",
    ),
    detail_none_advice=(
        "Découvrir votre parcours m'a été très utile.",
        "J'ai beaucoup appris de la façon dont vous avez décrit votre métier et votre parcours.",
    ),
    interest=(
        "Notre échange a renforcé mon intérêt pour {le_poste} {chez}.",
        "Ma motivation pour {le_poste} {chez} n'en est que plus forte.",
        "Cet entretien confirme tout mon intérêt pour {le_poste} {chez}.",
        "L'idée de contribuer aux projets de {join_target} me motive beaucoup, et {le_poste} correspond pleinement à mes aspirations.",
    ),
    appreciation=(
        "Vos conseils m'ont été très précieux et m'ont donné une vision bien plus claire {topic}.",
        "Un grand merci pour vos conseils avisés et pour votre regard sur les réalités {topic}.",
        "Ce que vous m'avez appris {topic} m'aide déjà à mieux orienter ma recherche.",
    ),
    next_when=(
        "Merci également d'avoir précisé les prochaines étapes ; au plaisir d'avoir de vos nouvelles {when}.",
        "Comme convenu, j'attends avec intérêt votre retour {when}.",
    ),
    next_open=(
        "Au plaisir d'avoir de vos nouvelles concernant les prochaines étapes.",
        "Je reste à votre disposition pour tout complément d'information et j'attends avec intérêt la suite du processus.",
        "Au plaisir d'échanger à nouveau avec vous sur les prochaines étapes.",
    ),
    next_mine=(
        "Ma prochaine étape : mettre vos recommandations en pratique, et je vous tiendrai au courant de la suite.",
        "Je vais suivre vos conseils dans les semaines à venir et je ne manquerai pas de vous donner des nouvelles.",
    ),
    step_first_person="Ma prochaine étape : {step}.",
    step_other="Ma prochaine étape : {step}.",
    closing=("Bien cordialement,", "Cordialement,", "Avec mes remerciements,", "Bien à vous,"),
    subject_role="Merci — entretien pour le poste de {role}",
    subject_company="Merci — entretien chez {company}",
    subject_plain="Merci pour cet entretien",
    subject_advice="Merci pour vos conseils",
    nudge={
        "ready": "Messages de remerciement prêts : {title}",
        "reminder": "Rappel : remerciements pour {title} pas encore envoyés",
        "email_ready": "Votre message à {name} est prêt : ajoutez ce dont vous vous souvenez, puis envoyez-le aujourd'hui.",
        "email_reminder": "Votre message à {name} n'est pas encore parti ; un mot bref aujourd'hui fait encore bonne impression.",
        "card": "Écrivez la carte pour {name} et postez-la aujourd'hui : le courrier met un ou deux jours.",
        "card_reminder": "Si la carte pour {name} n'est pas encore postée, postez-la aujourd'hui ou envoyez dès maintenant la version e-mail.",
        "address": "Adresse postale : {address}",
        "card_page": "La carte à imprimer se trouve dans le panneau Afterview.",
        "follow_up": "Relance prête : {title}",
        "email_follow_up": "Votre relance à {name} est prête : la réponse promise n'est pas venue. Relisez-la, puis envoyez-la.",
    },
    refs=_refs,
    determiners=frozenset(
        "le la les l un une des votre vos notre nos mon ma mes leur leurs ce cet cette ces comment pourquoi".split()
    ),
    lower_first=frozenset(
        "le la les l un une des votre vos notre nos mon ma mes leur leurs ce cet cette ces comment pourquoi "
        "nous vous il elle ils elles on je j".split()
    ),
    step_line=re.compile(r"^(?:je vais|je compte|ma prochaine étape|prochaine étape)", re.IGNORECASE),
    timeline_cue=re.compile(
        r"(?:revenir vers|reviendr|retour|réponse|décision|nouvelles|prochaines étapes|recontact|tenir au courant)",
        re.IGNORECASE,
    ),
    when=_WHEN,
)
