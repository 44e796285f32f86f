"""HIV/AIDS and other communicable-disease status.

Most states protect HIV test results and status more strictly than other health
information, and the stigma of hepatitis, tuberculosis and sexually transmitted infections
is close behind. Withheld: status, test results and the fact of testing, treatment that
reveals status (antiretrovirals, PrEP, viral load, CD4), and infectious-disease care.
Not withheld: vaccinations, colds and flu, and the many other meanings of the acronyms:
"hearing aids", "first aid", "art therapy", "TBD". Acronyms match case-sensitively, except
"std"/"sti" next to a test, a clinic or a result, the way teenagers text it ("got an sti
test, came back neg"): there the lower-case word has no other meaning.
"""

from __future__ import annotations

from redact.topics.base import PhraseTopic, words

_DISEASE = (
    r"(?:HIV|AIDS|hepatitis [BC]|hep [BC]|HBV|HCV|tuberculosis|TB|syphilis|gonorrh(?:o)?ea"
    r"|chlamydia|herpes|HSV|HPV|trichomoniasis|mpox|monkeypox|MRSA|COVID(?:-19)?)"
)

PHRASES = words(
    r"(?-i:HIV|AIDS|HBV|HCV|HSV|PLWH|PrEP|PEP|ARVs?|ART)",
    r"HIV[- ](?:positive|negative|status|test\w*|care|clinic)|human immunodeficiency virus",
    r"acquired immune deficiency|immunodeficiency syndrome",
    r"hepatitis [BC]|hep [BC]|(?-i:TB)|tuberculosis|latent TB|(?-i:PPD)|quantiferon",
    r"syphilis|gonorrh(?:o)?ea|chlamydia|herpes|trichomoniasis|mpox|monkeypox|(?-i:HPV)",
    r"sexually transmitted (?:infections?|diseases?)|(?-i:STIs?|STDs?)",
    # chat and shorthand, any case: "an sti test", "got checked for stds"
    r"(?:std|sti)s?[- ](?:tests?|testing|checks?|screens?|screening|results?|clinic|panel"
    r"|treatment|meds?|shots?)|(?:tested|test|testing|checked|screened|treated|positive|negative)"
    r" for (?:an? |any )?(?:std|sti)s?|(?:has|had|got|gave (?:him|her|me)) (?:an? )?(?:std|sti)",
    rf"(?:tested|testing|test|checked|screened|swabbed|pos|neg) for {_DISEASE}|the clap",
    r"viral load|(?-i:CD4)(?: count)?|undetectable|antiretrovirals?|antiretroviral therapy",
    r"pre-exposure prophylaxis|post-exposure prophylaxis|biktarvy|truvada|descovy|genvoya|triumeq",
    r"infectious disease (?:clinic|specialist|doctor|physician|follow-up|appointment|team)",
    r"communicable disease|contagious|(?:disease|contact) tracing|quarantined"
    r"|isolation precautions",
    rf"(?:tested|testing|test|is|was|came back|screened) (?:positive|reactive) for {_DISEASE}",
    rf"(?:diagnosed with|positive for|treated for|treatment for|exposed to|exposure to) {_DISEASE}",
    r"(?:blood|needle)[- ]borne|needle exchange|syringe services",
    # HIV's own shorthand: "U=U" (undetectable equals untransmittable), "poz"
    r"(?-i:U=U)|poz",
)

#: Other meanings of the same words, blanked out first.
BLOCKERS = words(
    r"(?:hearing|visual|teaching|walking|mobility|home health|classroom|sleep|study"
    r"|financial) aids?",
    r"(?:first|legal|financial|state|federal|student|tuition) aid",
    r"(?:laugh|smile|enthusiasm|energy|humou?r|excitement|optimism)\w* (?:is|was) contagious",
    r"contagious (?:laugh\w*|smile|enthusiasm|energy|humou?r)",
    r"art (?:therapy|class|project|supplies|room|teacher|show)",
    r"aggression replacement training(?: \((?-i:ART)\))?|(?-i:ART) (?:curriculum|skills|group"
    r"|class|training|sessions?|lessons?)",
    r"(?:undetectable|not detectable) (?:by|to|in) (?:the )?(?:teacher|school|staff|others)",
    # "STD" as a plan tier after a member number ("ID 100384726519 (STD)") or short-term
    # disability ("STD claim"): insurance words, no disease
    r"\d{4,}[ \t]*\((?-i:STD)\)|short[- ]term disability(?: \((?-i:STD)\))?",
    r"(?-i:STD) (?:claim|benefits?|leave|policy|paperwork|forms?|plan|tier)",
    # the same disability benefit by its claim's number, its examiner or its decision ("STD
    # STD-204-11873", "STD #88102", "STD examiner", "STD denied"), or beside its long-term
    # twin ("STD/LTD")
    r"(?-i:STD)[ \t]*(?:#|no\.|number)[ \t]*:?[ \t]*[\w-]*\d[\w-]*"
    r"|(?-i:STD)[ \t]+(?:examiner|carrier|insurer|approved|denied|payments?|checks?|coverage"
    r"|claimant)|(?-i:STD)[ \t]+(?-i:[A-Z0-9-]*\d[\w-]*)",
    r"(?-i:STD)[ \t]*/[ \t]*(?-i:LTD)|(?-i:LTD)[ \t]*/[ \t]*(?-i:STD)",
    # "PPD" as postpartum depression, the way a perinatal note writes it ("PPD on sertraline
    # 50 mg", "PPD screen", "postpartum depression (PPD)"); a tuberculin skin test is
    # placed, read and measured ("PPD placed L forearm", "PPD neg, 0 mm")
    r"(?-i:PPD)(?= (?:on|w/|with|screen\w*|sx|symptoms|risk|dx|improving|worsening|meds?)\b)",
    r"post-?partum depression \((?-i:PPD)\)|(?-i:PPD) \(post-?partum depression\)",
    # "PPD" as a police department ("Officer Vance #4410 from PPD CIT", "PPD responded"):
    # a city's police, written the way its officers sign
    r"(?-i:PPD)(?= (?:CIT|officers?|ofc|patrol|police|reports?|incident|badge|sgt|det"
    r"|dispatch|responded|arrived|on scene|case)\b)",
    r"(?:officer|ofc|sgt|det|deputy|cops?|police)\b[^.\n]{0,40}?\b(?:from|of|with|per) (?-i:PPD)",
    # an acronym that begins an identifier: a voucher "HCV-2025-031876", a form "ART-12"
    r"(?-i:HIV|AIDS|HBV|HCV|HSV|PEP|ART|TB|PPD|STI|STD)-?\d[\w-]*",
)

TOPIC = PhraseTopic(
    id="communicable_disease",
    label="HIV/AIDS or communicable-disease status",
    citation="",
    phrases=PHRASES,
    blockers=BLOCKERS,
)
