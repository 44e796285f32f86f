"""Reproductive health: pregnancy, its loss or ending, contraception and fertility care.

Reproductive-health records can expose a client to prosecution or violence in some states,
and they are among the details a client least expects to see in a release. Withheld:
pregnancy and its care (prenatal, OB, due date, trimester), abortion, miscarriage and
stillbirth, contraception, fertility treatment, sterilisation, and postpartum care. Not
withheld: the existence of children and their births ("her son was born in 2015"), and
the everyday meanings of the same words: a "labor" dispute, a "delivery" of groceries,
being "due" for recertification, a bill's "due date", work "as a midwife" or as "a labor
and delivery nurse" (a trade, named by the unit one works on), a lower-case
"plan B" with no pill in sight ("we need a plan b"). Chat spelling counts when its meaning
is plain: "took a plan b", "preg test", "on the pill", "bc pills", a "teen clinic" visit.
"""

from __future__ import annotations

from redact.topics.base import PhraseTopic, words

PHRASES = words(
    r"pregnan\w*|expecting (?:a baby|a child|her (?:first|second|third|\w+) (?:baby|child))",
    r"(?:first|second|third) trimester|trimester|gestation\w*|(?:\d+|\w+) weeks (?:pregnant"
    r"|gestation)",
    r"prenatal|pre-natal|antenatal|(?-i:OB)(?:/(?-i:GYN))?|obstetric\w*|gyn(?:a)?ecolog\w*"
    r"|midwife|doula",
    r"due date|(?:is|was) due in (?:january|february|march|april|may|june|july|august|september"
    r"|october|november|december)",
    r"abortion|terminat(?:e|ed|ing|ion of) (?:the |her |a )?pregnancy",
    r"miscarr\w+|stillbirth|stillborn|ectopic|pregnancy loss|lost the baby",
    r"contracepti\w+|birth control|(?-i:IUD)|(?-i:Plan B)|morning[- ]after pill|depo-provera"
    r"|depo (?:shot|injection)"
    r"|nexplanon|oral contraceptives?|condoms?",
    r"infertil\w*|fertility (?:treatment|clinic|specialist|medication)|(?-i:IVF)|in vitro"
    r"|egg retrieval"
    r"|trying to (?:conceive|get pregnant|have a baby)|surrogacy",
    r"tubal ligation|tubes tied|hysterectomy|vasectomy|sterili[sz]ation",
    r"postpartum|post-partum|perinatal|breastfeed\w*|lactation",
    r"Planned Parenthood|family planning|women's health clinic|reproductive (?:health|care|rights)",
    r"(?-i:HCG)|ultrasound|sonogram|(?:labor|labour) and delivery|went into (?:labor|labour)",
    # chat and shorthand, any case
    r"(?:took|take|takes|taking|get|got|getting|buy|bought|gave (?:her|me)|give (?:her|me))"
    r" (?:a |the |her |my )?plan ?b|plan ?b (?:pills?|tablets?)|morning after",
    r"preg(?:o|gers|nancy)? tests?|preggo|preggers|prego|(?:missed|late) (?:her |my )?period"
    r"|(?:my|her) period (?:is|was) late",
    r"on the pill|(?:bc|birth ctrl) (?:pills?|shot|implant)|sexually active|iud|nexplanon",
    r"teen (?:health )?clinic|(?:sexual|reproductive) health clinic|title (?:x|10) clinic",
)

#: Everyday meanings of the same words, blanked out first.
BLOCKERS = words(
    r"ultrasound of (?:the |her |his )?(?:kidneys?|liver|gallbladder|abdomen|heart|thyroid|knee"
    r"|shoulder)",
    r"(?:abdominal|renal|cardiac|thyroid) ultrasound",
    # a bill's due date, and a midwife by trade
    r"(?:payment|bill|rent|loan|invoice|tax|premium|card|assignment|homework|paper|project"
    r"|application|renewal|report|filing) due dates?",
    r"due dates? (?:of|for|on) (?:the |my |her |his |their |this |that |a )?(?:\w+ )?"
    r"(?:payment|bill|rent|loan|invoice|card|taxes|tax return|assignment|paper|project"
    r"|application|renewal|report|premium|balance|statement)s?",
    r"(?:work(?:s|ed|ing)?|employed|job)\b[^.\n]{0,40}\bas (?:an? )?(?:midwife|doula)",
    # a trade by its unit: "a labor and delivery nurse", "L&D charge nurse", "OB tech",
    # "works in labor and delivery at St. Luke's" (not "admitted to labor and delivery")
    r"(?:(?:labor|labour) (?:and|&) delivery|(?-i:L&D|OB|OB/GYN)|obstetric(?:al)?"
    r"|postpartum|prenatal|perinatal) (?:charge |staff |travel(?:ing)? )?(?:nurse|RN|LPN"
    r"|tech(?:nician)?|unit (?:clerk|secretary)|nursing assistant|CNA|physician|doctor)s?",
    r"(?:works?|worked|working|employed) (?:nights |days |part[- ]time |full[- ]time )?"
    r"(?:in|on) (?:the )?(?:labor|labour) (?:and|&) delivery(?: unit| department| floor)?",
)

TOPIC = PhraseTopic(
    id="reproductive_health",
    label="reproductive health",
    citation="",
    phrases=PHRASES,
    blockers=BLOCKERS,
)
