"""German lexicon of the checks."""
from __future__ import annotations

from . import Lexicon, rx, words_of

LEXICON = Lexicon(
    code="de",
    thanks=rx(r"(?:\bdank\w*|\bbedank\w*|\bherzlichen dank|\bweiß (?:ich )?zu schätzen)"),
    interest=rx(
        r"(?:interess\w*|begeister\w*|motiviert|motivation|reizt mich|mitzuwirken|mitzuarbeiten|"
        r"freue mich\w* (?:darauf|auf) .{0,40}(?:mitzuarbeiten|beizutragen|einzubringen))"
    ),
    advice=rx(
        r"(?:\brat\b|ratschl\w*|\btipps?\b|einblick\w*|einschätzung\w*|perspektive|anregung\w*|"
        r"empfehlung\w*|hinweis\w*|erfahrungen)"
    ),
    next_steps=rx(
        r"(?:nächsten? schritt\w*|rückmeldung|von ihnen zu hören|von ihnen hören|entscheidung|"
        r"weiteren verlauf|weitere vorgehen|freue mich auf (?:ihre|die) )"
    ),
    own_step=rx(
        r"(?:nächster schritt|als nächstes|ich werde|werde ich|ich plane|ich habe vor|auf dem laufenden|"
        r"berichten, wie)"
    ),
    call_or_text=rx(
        r"(?:\brufe\w* (?:sie|dich|ihnen|euch)\b.{0,40}\ban\b|\banzurufen\b|\banrufen\b|\brufen sie mich\b|"
        r"\bmelde mich telefonisch|\btelefonisch (?:nachfassen|melden|nachhaken|kontaktieren)|\bsms\b|"
        r"\bwhatsapp\b|\bkurznachricht)"
    ),
    gift=rx(
        r"(?:\bgeschenk\w*|\bpräsent(?:e|s|korb)?\b|\bgutschein\w*|\bblumen\w*|\bpralinen\b|\bkekse\b|"
        r"\bschokolade\b|kleine aufmerksamkeit|aufmerksamkeit zukommen|geschenkkorb|flasche (?:wein|sekt))"
    ),
    generic_greeting=rx(
        r"^\s*(?:sehr geehrte damen und herren|sehr geehrte(?:s|r)? (?:bewerbungsteam|personalabteilung)|"
        r"an wen es betrifft|sehr geehrte(?:r)? personalverantwortliche\w*)"
    ),
    greeting=rx(r"^(?:liebe[rs]?|hallo|guten (?:tag|morgen|abend)|sehr geehrte[rs]?|hi|moin|servus|grüß gott)\b"),
    group=rx(r"^(?:alle|zusammen|team|allerseits|ihr lieben|liebes team)\b"),
    conjunction=rx(r"\s(?:und|&)\s|,\s*\S"),
    slang=rx(r"\b(?:lg|vg|mfg|hdl|thx|krass|geil|lol|omg|btw|nö|bussi)\b"),
    casual_greeting=rx(r"^(?:hey|yo|na|servus)\b"),
    closing=rx(
        r"^(?:viele grüße|beste grüße|freundliche grüße|mit freundlichen grüßen|herzliche grüße|liebe grüße|"
        r"schöne grüße|mit besten grüßen|hochachtungsvoll|vielen dank|danke)\s*[,.!]?\s*$"
    ),
    stopwords=words_of(
        "der die das den dem des ein eine einen einem einer eines und oder aber wenn dann als wie so zu zum "
        "zur im in am an auf aus bei mit nach von vor für über unter um bis durch ohne gegen ich mich mir "
        "mein meine meinen meinem meiner wir uns unser unsere unseren unserem sie ihr ihre ihnen ihren ihrem "
        "es er ihm ihn sein seine seinen dass daß ist sind war waren bin bist sein haben hat hatte hatten "
        "habe werde wird werden wurde wurden kann können konnte möchte würde sehr auch noch schon nur nicht "
        "kein keine dies diese dieser diesem diesen dieses was wer wo wann warum welche welcher hier dort"
    ),
    generic=words_of(
        "gespräch gespräche gesprächs vorstellungsgespräch austausch unterhaltung treffen heute gestern "
        "woche zeit gelegenheit stelle position rolle team teams unternehmen firma arbeit arbeiten lernen "
        "gelernt erfahren hören gehört gefallen gefreut freue freuen freude wirklich besonders spannend "
        "interessant interesse schön gut großartig toll dank danke vielen herzlichen herzlich dankbar "
        "schritte schritt nächsten rückmeldung fragen frage antworten antwort erfahrung einblick einblicke "
        "ziele aufgaben kollegen kolleginnen abteilung bereich morgen nachmittag angenehm angenehmen offen "
        "offene offenen freundlich freundlichen empfang eindruck bild klar klarer besser moment teil "
        "grüße freundliche beste viele gern gerne verfügung weitere weiteren prozess bewerbung "
        "montag dienstag mittwoch donnerstag freitag samstag sonntag"
    ),
    subject_example="Vielen Dank – Vorstellungsgespräch Data Analyst",
)
