"""English lexicon of the checks."""
from __future__ import annotations

from . import Lexicon, rx, words_of

_DAYS = "monday tuesday wednesday thursday friday saturday sunday"
_MONTHS = "january february march april may june july august september october november december"

LEXICON = Lexicon(
    code="en",
    thanks=rx(r"\b(?:thank(?:s|ful| you)?|grateful|gratitude|appreciat\w*)\b"),
    interest=rx(
        r"\b(?:interest(?:ed|ing)?|excit(?:ed|ing|ement)|enthusias\w*|keen|eager|thrilled|"
        r"look(?:ing)? forward to (?:joining|contributing|working)|glad to (?:join|contribute|bring)|"
        r"(?:would|'d) love to (?:join|contribute|work))\b"
    ),
    advice=rx(
        r"\b(?:advice|advis\w*|insights?|perspective|guidance|tips?|suggestions?|recommendations?|"
        r"pointers?|wisdom|mentoring|what you (?:shared|told me))\b"
    ),
    next_steps=rx(
        r"\b(?:next steps?|hear(?:ing)? (?:back|from you|about)|look(?:ing)? forward to (?:hearing|the next|"
        r"speaking|talking|continuing)|decision|timeline|in touch|(?:your|the) update)\b"
    ),
    own_step=rx(
        r"\b(?:next step|i will|i'll|i plan|i am planning|i'm planning|i'm going to|i am going to|"
        r"i intend|keep you posted|let you know how)\b"
    ),
    call_or_text=rx(
        r"\b(?:i'll|i will|i'd like to|let me|i can|i could|i may|i might|i plan to|happy to|glad to|"
        r"i'm going to|i am going to)\s+(?:give you a\s+)?(?:call|phone|ring|text)\b"
        r"|\b(?:call|phone|ring|text|sms|whatsapp)\s+(?:you|me)\b"
        r"|\bgive (?:you|me) a (?:call|ring|buzz)\b"
        r"|\b(?:drop|send|shoot) (?:you|me) a (?:text|sms)\b|\btext message\b|\bvia (?:text|sms|whatsapp)\b"
        r"|\b(?:follow up|reach you|contact you|check in) (?:by|over the|via) (?:phone|text|sms)\b"
        r"|\b(?:hop|jump) on a (?:quick )?(?:phone )?call\b"
        r"|\b(?:schedule|set up|arrange) a (?:quick )?(?:phone )?call\b|\bwhatsapp\b"
    ),
    gift=rx(
        r"\b(?:gifts?|gift ?cards?|gift baskets?|a (?:small |little )?present|flowers|bouquet|treats|"
        r"cookies|chocolates?|candy|vouchers?|coupons?|hampers?|"
        r"a (?:small |little )?token of (?:my )?(?:appreciation|gratitude|thanks)|a little something|"
        r"care package|(?:bottle|case) of (?:wine|champagne)|sending you (?:something|a package)|"
        r"shipped you|mailing you (?:a|some))\b"
    ),
    generic_greeting=rx(
        r"^\s*(?:dear (?:sir or madam|sir/madam|sirs?|madam|hiring manager|recruiter|hiring team)"
        r"|to whom it may concern)\b"
    ),
    greeting=rx(r"^(?:dear|hi|hello|hey|good (?:morning|afternoon|evening)|greetings)\b"),
    group=rx(r"^(?:all|everyone|everybody|team|folks|both|you both|you all|y'all|panel)\b"),
    conjunction=rx(r"\s(?:and|&)\s|,\s*\S"),
    slang=rx(
        r"\b(?:lol|lmao|omg|btw|thx|tnx|pls|plz|gonna|wanna|gotta|kinda|sorta|ya|yeah|yep|nope|cuz|coz|"
        r"imo|imho|idk|tbh|dude|bro|xoxo|awesomesauce)\b"
    ),
    casual_greeting=rx(r"^(?:hey|yo|sup|hiya|heya)\b"),
    closing=rx(
        r"^(?:best(?: regards| wishes)?|kind regards|warm regards|warmest regards|regards|sincerely|"
        r"yours sincerely|yours truly|with thanks|thanks(?: again| so much)?|thank you(?: again)?|many thanks|"
        r"all the best|cheers|respectfully|warmly|with gratitude|with appreciation)\s*[,.!]?\s*$"
    ),
    stopwords=words_of(
        "the a an and or but if then than so as of at by for with about into onto from to in on up out "
        "over under again further once here there when where why how all any both each few more most other "
        "some such no nor not only own same too very can will just don should now i me my myself we our ours "
        "you your yours he him his she her hers it its they them their what which who whom this that these "
        "those am is are was were be been being have has had having do does did doing would could might must "
        "also i'm i've i'd i'll you're you've we're it's that's there's let us"
    ),
    generic=words_of(
        "interview interviews interviewing conversation conversations discussion discussions discuss discussed "
        "chat talk talks talking talked speak speaking spoke spoken meeting meet met today yesterday week "
        "time opportunity opportunities position role roles team teams company companies job jobs work works "
        "working worked learn learning learned learnt hearing heard hear enjoyed enjoy enjoying really great "
        "good much more especially particularly truly wonderful pleasure glad happy excited confirmed "
        "interested mentioned look looking forward hope hoping thanks thank thankful grateful appreciate "
        "appreciated appreciation appreciative like made make making thing things something everything lots "
        "process next steps step back soon contact reach questions question answer answers answering sharing "
        "shared share value valued valuable experience experiences skills background fit culture mission "
        "vision goals organization organisation firm department group morning afternoon evening kind "
        "thoughtful helpful informative fantastic amazing excellent nice lovely regards sincerely warm "
        "warmly best wishes dear hello hi part parts moment moments highlight highlights overall whole "
        "details detail clear clearer better insight insights opinion perspective perspectives view views "
        "people colleagues colleague welcome welcoming friendly open openly honest candid warmth interest "
        "exciting enthusiasm eager keen love loved passion passionate motivated motivation contribute "
        "contributing join joining bring bringing help helping support forward hearing update decision "
        "timeline touch office visit call phone video online onsite round first second final stage "
        "hiring manager recruiter candidate application applying applied resume experience "
        "sure certainly definitely absolutely genuinely sincerely well nice feel felt feeling " + _DAYS + " " + _MONTHS
    ),
    subject_example="Thank you — Data Analyst interview",
)
