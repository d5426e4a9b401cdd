"""French lexicon of the checks."""
from __future__ import annotations

from . import Lexicon, rx, words_of

LEXICON = Lexicon(
    code="fr",
    thanks=rx(r"(?:\bmerci\b|\bremerci\w*|\breconnaissan\w*|\bgratitude)"),
    interest=rx(r"(?:intérêt|intéress\w*|motiv\w*|enthousias\w*|envie de|rejoindre|impatien\w*|aspirations)"),
    advice=rx(
        r"(?:conseils?|recommandations?|éclairage|point de vue|regard|perspective|suggestions?|expérience|"
        r"parcours)"
    ),
    next_steps=rx(
        r"(?:prochaines? étapes?|de vos nouvelles|votre retour|suite du processus|décision|recontacter|la suite)"
    ),
    own_step=rx(
        r"(?:prochaine étape|je vais|je compte|je prévois|je vous tiendrai|tenir au courant|"
        r"donner des nouvelles)"
    ),
    call_or_text=rx(
        r"(?:\bje vous (?:appelle|appellerai|téléphone|téléphonerai)\b|\bvous (?:appeler|téléphoner)\b|"
        r"\bappelez-moi\b|\btéléphonez-moi\b|\bcoup de (?:fil|téléphone)\b|\bpar (?:sms|texto|whatsapp)\b|"
        r"\bun (?:sms|texto)\b|\bsms\b|\btexto\b|\bwhatsapp\b|\bm'appeler\b)"
    ),
    gift=rx(
        r"(?:\bcadeaux?\b|\bbons? d'achat|\bcartes?[- ]cadeaux?|\bfleurs\b|\bbouquet\b|\bchocolats?\b|"
        r"\bfriandises\b|petite attention|\bcolis\b|panier garni|bouteille de (?:vin|champagne))"
    ),
    generic_greeting=rx(
        r"^\s*(?:madame,? monsieur|madame ou monsieur|messieurs|à qui de droit|madame, mademoiselle, monsieur)"
    ),
    greeting=rx(r"^(?:bonjour|bonsoir|cher|chère|chers|chères|madame|monsieur|salut|coucou)\b"),
    group=rx(r"^(?:à tous|à toutes|tout le monde|l'équipe|équipe|tous)\b"),
    conjunction=rx(r"\s(?:et|&)\s|,\s*\S"),
    slang=rx(r"\b(?:mdr|ptdr|stp|bcp|slt|cc|pk|tkt|jsp|dacc|trop cool|kiffe\w*|mec|lol)\b"),
    casual_greeting=rx(r"^(?:salut|coucou|yo|hey)\b"),
    closing=rx(
        r"^(?:bien cordialement|cordialement|bien à vous|avec mes remerciements|sincères salutations|"
        r"meilleures salutations|salutations distinguées|respectueusement|merci encore|à bientôt|"
        r"belle journée|bonne journée)\s*[,.!]?\s*$"
    ),
    stopwords=words_of(
        "le la les l un une des du de d et ou mais si que qu qui quoi dont où à au aux en dans par pour sur "
        "sous avec sans chez vers entre je j me m moi mon ma mes nous notre nos vous votre vos il elle ils "
        "elles on lui leur leurs se s ce cet cette ces c est sont était été être avoir ai as a avons avez ont "
        "fait faire ne n pas plus très aussi bien tout tous toute toutes comme cela ça y"
    ),
    generic=words_of(
        "entretien entretiens échange échanges conversation discussion rencontre aujourd'hui hier semaine "
        "temps occasion poste postes rôle équipe équipes entreprise société travail travailler apprendre "
        "appris découvrir découvert entendre apprécié apprécie plaisir ravi heureux vraiment particulièrement "
        "intéressant intérêt merci remercie remerciements beaucoup reconnaissant étapes étape prochaines "
        "retour nouvelles questions question réponses réponse expérience projets projet objectifs "
        "priorités fonctionnement collègues service accueil chaleureux clair claire moment point partie "
        "cordialement salutations disposition complément information processus candidature matin "
        "après-midi enrichissant agréable lundi mardi mercredi jeudi vendredi samedi dimanche"
    ),
    subject_example="Merci — entretien pour le poste de Data Analyst",
)
