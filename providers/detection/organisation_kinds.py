"""The words that end an organisation's name as its kind ("Bow Valley Transit Authority", "Quillion Cell Therapy",
"Northbound Trades Staffing"), and the words that end the name of a part of it ("Flight Dept", "Finance
Department"), which are no part of the organisation's name.

A name a domain spells ("Bow Valley Transit" for bowvalleytransit.ca) goes on with the capitalised words the text
writes after it when each of them is one of these kinds: a person writes the name in full. The lists are grouped by
what the organisation does, English first, then the words of the European languages that write the kind after the
name ("Halvorsen Bygg", "Meierhof Logistik", "Tessaro Assicurazioni"). The languages that write it before the name
("Banque Laurentide", "Clínica Aurora") are in ``domains`` (``_SECTOR_PREFIXES``).

Left out on purpose: the other words of a recruitment agency's name ("Personalberatung", ``AGENCY_WORDS``),
which the agency's finders add or leave as the user writes the agency ("Telefonat – Hollmann & Kerr"), and are a
company's own team's words too ("Contoso Recruitment", "Fjellbyggarna Rekrytering"); a department ("Department",
"Dept"); what a department does, which follows a name as often as a firm's kind ("Finance", "Marketing", "Training",
"Design", "Events": "Sable Bank Finance" is its finance team); words a sentence goes on with after a name ("Personal",
"Data", "Air"); and a company's own place of work in the singular ("Contoso Lab", "Contoso Building").
"""
from __future__ import annotations

import unicodedata

# the kinds of institution a domain's name alone may stand for ("Lamna" and lamna.edu mean "Lamna University")
INSTITUTION_WORDS = frozenset(
    "university universität université universidad universidade università universiteit college institute"
    " institut instituto istituto school hospital clinic bank airlines airways insurance foundation museum"
    " library".split()
)

_KINDS = {
    # public bodies, and what they are for when that comes first ("Port Authority", "Water Board", "Housing Trust")
    "public bodies": "authority authorities council agency commission board trust service services tribunal"
                     " ombudsman regulator inspectorate executive administration corporation partnership"
                     " port ports harbour harbor water transit housing development"
                     " behörde verband verkehrsbetriebe stadtwerke werke betriebe",
    # health and care, medicines and the laboratories that test them
    "health": "hospital hospitals clinic clinics infirmary hospice health healthcare care homecare medical medicine"
              " practice surgery dental pharmacy therapy therapies therapeutics pharma pharmaceuticals biotech"
              " biosciences sciences diagnostics laboratories labs rehab rehabilitation physio physiotherapy"
              " klinik kliniken krankenhaus pflege gesundheit praxis apotheke medizin"
              " santé médical"
              " salud saúde médica farma"
              " sanità salute farmaceutici"
              " zorg zorggroep kliniek ziekenhuis apotheek"
              " vård omsorg helse sjukhus sykehus klinikk apotek terveys"
              " клиник эмнэлэг фарм",
    # banks, insurers, lenders and investors
    "finance": "bank banking insurance assurance assurances capital credit union microfinance securities"
               " financial fund funds investments wealth savings mortgages lending leasing ventures asset management"
               " fintech"
               " versicherung versicherungen sparkasse kredit finanz"
               " seguros financiera"
               " assicurazioni finanziaria"
               " verzekeringen verzekering"
               " försäkring försäkringar forsikring sparebank finans kapital"
               # in Cyrillic letters, after the name as Mongolian, Kazakh and brand names write them ("Хаан Банк")
               " банк банка банкі капитал кредит финанс инвест лизинг даатгал"
               # and in Latin letters, as Czech, Slovak, Croatian and Serbian write it ("Komerční banka")
               " banka",
    # advice, building, moving and making things; an agency named for what it does ("Northgate Staffing")
    "trades and services": "staffing search consulting consultants consultancy"
                           " advisory partners associates trades engineering engineers construction contractors"
                           " contracting builders infrastructure logistics freight haulage transport transportation"
                           " airlines airways aviation shipping marine maritime offshore terminals terminal energy"
                           " power renewables solar mining minerals resources metals"
                           " gold copper iron coal oil gas lithium nickel utilities electric electrical"
                           " electronics plumbing roofing security facilities property properties realty estates"
                           " developments developers"
                           " homes architects surveyors surveys surveying geomatics mapping accountants legal law"
                           " solicitors lawyers attorneys"
                           " translations catering hospitality hotels hotel resorts travel telecom"
                           " telecommunications networks software systems solutions technologies"
                           " tech analytics automation robotics dynamics industries industrial"
                           " manufacturing steel chemicals plastics packaging printing textiles apparel fashion"
                           " furniture motors automotive paints trading traders importers exporters wholesale"
                           " distribution retail"
                           # law firms, as the Romance languages name them ("Lemieux Tanguay Avocats")
                           " avocats abogados advogados avvocati notaires"
                           " associati associés asociados associados"
                           " bau logistik spedition technik systeme energie elektro immobilien beratung"
                           " handel gastronomie touristik reisen chemie stahl"
                           " conseil ingénierie transports logistique énergie bâtiment immobilier informatique"
                           " consultores consultoría consultoria ingeniería construcciones logística transportes"
                           " energía inmobiliaria sistemas soluciones tecnología tecnologías tecnologia tecnologias"
                           " servicios soluções serviços engenharia construções imobiliária energia"
                           " consulenza ingegneria costruzioni logistica trasporti immobiliare sistemi soluzioni"
                           " tecnologie servizi edilizia impianti"
                           " bouw techniek logistiek vastgoed advies installatietechniek advocaten"
                           " makelaars detachering"
                           " bygg byggeri entreprenad entreprenør energi teknik teknikk fastigheter"
                           " eiendom konsult rådgivning advokatbyrå advokatfirma"
                           # Icelandic consulting and engineering ("Hverfell Ráðgjöf", "Sprunga Verkfræði")
                           " ráðgjöf verkfræði verkfræðistofa"
                           " rakennus logistiikka palvelut"
                           # the Slavic languages written in Latin letters ("Furlan Logistika", "Vltava Stavby")
                           " logistika logistyka špedicija spedicija stavby gradnja gradbeništvo inženiring"
                           " inžiniering inżynieria"
                           # Azerbaijani and Turkish, the kind with its possessive ending ("Qala Memarlıq Studiyası",
                           # "Ege Mimarlık", "Xəzər İnşaat Şirkəti")
                           " memarlıq mimarlık studiyası stüdyosu inşaat i̇nşaat şirkəti şirketi mühəndislik mühendislik"
                           " danışmanlık"
                           " консалтинг девелопмент логистик логистикс трейд трейдинг системс технолоджи технолоджис"
                           " ресурс ресурсес энерджи энерго констракшн инженеринг моторс"
                           # Russian: a design firm ("СеверСвязь Проект", "Ладога Проект")
                           " проект",
    # schools and colleges
    "education": "college university academy school schools institute polytechnic conservatory conservatoire"
                 " education schulen akademie",
    # food and drink, from the farm to the table
    "food and drink": "foods food farms farm dairy dairies brewery breweries brewing distillery distillers"
                      " winery wines vineyards vineyard coffee roasters bakery beverages kitchen restaurant"
                      " wine cellar cellars"
                      " restaurants seafood"
                      " brauerei molkerei bäckerei alimentos alimentari",
    # media, making things up, and what gathers firms or people
    "media and others": "studio studios media games entertainment interactive productions publishing pictures"
                        " films group groep gruppe gruppo grupo holding foundation museum library"
                        " society association alliance network federation coalition consortium cooperative co-operative"
                        " co-op coop cooperativa coopérative works international company centre center"
                        " general royal private regional"
                        " sons filhos hijos fils söhne soehne figli zonen brothers irmãos hermanos"
                        " medien verlag médias medios"
                        " групп груп група холдинг компани интернэшнл медиа студио",
}


# the words after a name that only say it is a firm, not what it does ("Trading", "Services", "Group" of "Zaanstad
# Cocoa Trading B.V."): a registered name goes on with them where people, and titles, leave them out. A group's word
# ends the name of a group people of its companies name without it ("Padma Apparels Group"). An agency's words are
# not among them: an agency is thanked by its name in full ("Keystone Talent Partners")
GROUP_WORDS = frozenset("group groep gruppe gruppo grupo".split())
FIRM_WORDS = GROUP_WORDS | frozenset("trading traders services service enterprises industries international company"
                                     .split())

def _with_plain_letters(words: set[str]) -> frozenset[str]:
    """``words`` and their forms without accents ("energia" for "energía"), as people type them."""
    plain = {"".join(ch for ch in unicodedata.normalize("NFKD", word) if not unicodedata.combining(ch))
             for word in words}
    return frozenset(words | plain)


# every word that ends a name as its kind, lower case
ORGANISATION_KINDS = _with_plain_letters({word for words in _KINDS.values() for word in words.split()}
                                         | INSTITUTION_WORDS)

# two words that end a name as its kind where the first alone would not ("Sunmere Building Society", not "the Sunmere
# Building" where the interview is; "Quillion Cell Therapy", "Orrin Life Sciences")
_TWO_WORD_KINDS = frozenset({("building", "society"), ("cell", "therapy"), ("gene", "therapy"), ("life", "sciences"),
                             ("life", "insurance"), ("real", "estate"), ("fire", "service"), ("ambulance", "service"),
                             ("police", "service"), ("credit", "union")})

# the words that end the name of a part of an organisation ("Flight Dept", "Finance Department", "Data Team") or of
# one of its places ("Sydney Office", "Dublin Campus"), lower case: with the word before them (what the part does,
# or where it is), no part of the organisation's name
UNIT_WORDS = frozenset(
    "department dept division div directorate unit ward team office desk branch site depot section programme program"
    " campus plant headquarters hq operations ops"
    " abteilung bereich standort niederlassung filiale afdeling vestiging avdelning avdeling".split()
)


# the kinds that also say what a part of an organisation does ("Engineering Department", "Trading Desk", "Finance
# Team"): before a unit's word they name the unit. The others name organisations only ("Foods Team" is the team of
# "... Foods")
_ACTIVITIES = frozenset(word for word in ORGANISATION_KINDS if word.endswith("ing")) | frozenset(
    "financial logistics legal law security facilities analytics tech software systems property estates transport"
    " aviation media health care insurance wealth investments distribution retail services service solutions"
    " development automation robotics hospitality travel energy power infrastructure construction".split())


# the word for a programme: after a name by itself it names a programme run as an organisation of its own ("Caspian
# Cities Programme", a development or aid programme); after other words it is a scheme of one ("Graduate Programme",
# "Future Leaders Programme")
PROGRAMME_WORDS = frozenset({"programme", "program"})


def kind_words_after(words: list[str]) -> int:
    """How many of ``words`` (the capitalised words written after a name, lower case, in order) go on with the name
    as its kind: the first ones that are all kinds ("Transit Authority" of "Bow Valley Transit Authority"), or the
    word for a programme alone ("Programme" of "Caspian Cities Programme"), but not the activity that names a unit
    the next word heads ("Engineering" of "Carrowmore Foods Engineering Department")."""
    if len(words) == 1 and words[0] in PROGRAMME_WORDS:
        return 1
    count = 0
    while count < len(words):
        if words[count] in ORGANISATION_KINDS:
            count += 1
        elif tuple(words[count:count + 2]) in _TWO_WORD_KINDS:
            count += 2
        else:
            break
    if count and count < len(words) and words[count].rstrip(".") in UNIT_WORDS and words[count - 1] in _ACTIVITIES:
        count -= 1
    return count



def without_a_unit(name: str) -> str:
    """``name``, a run of capitalised words of three or more, without the part of the organisation it ends with:
    the unit's word and what the unit does ("Halvorsen Foods" of "Halvorsen Foods Flight Dept", "Carrowmore Foods" of
    "Carrowmore Foods Engineering Department"), but not a kind that only names organisations ("Halvorsen Foods" of
    "Halvorsen Foods Office"); else ``name``."""
    words = name.split()
    if len(words) < 3 or words[-1].lower().rstrip(".") not in UNIT_WORDS:
        return name
    words.pop()
    last = words[-1].lower()
    if last not in ORGANISATION_KINDS or last in _ACTIVITIES:
        words.pop()
    return " ".join(words)
