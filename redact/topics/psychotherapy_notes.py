"""Psychotherapy-note content: process notes kept apart from the record.

HIPAA (45 CFR 164.501) defines psychotherapy notes as a mental-health professional's notes
documenting or analysing the conversation of a counselling session, kept separate from
the rest of the record; releasing them needs their own authorisation (164.508(a)(2)).
The definition excludes medication, session start and stop times, modalities, frequency,
test results, and summaries of diagnosis, symptoms, functional status, treatment plan,
prognosis and progress: those stay. What is withheld is the analysing voice: process
notes, the clinician's hypotheses and reactions (transference, countertransference),
dream material and free association, and anything marked as not for the chart.

A sentence ending in ":" that matches ("Process notes (kept separately):") is a heading,
and `redact.topics.withhold` withholds the rest of its paragraph with it.
"""

from __future__ import annotations

from redact.topics.base import PhraseTopic, words

PHRASES = words(
    r"process notes?|(?:session )?process(?: content| recording)?(?=:)|psychotherapy notes?"
    r"|therapist'?s? (?:private |personal |own )?notes",
    r"(?:private|personal|separate) (?:process |session |clinical )?notes?",
    # an accountant's or auditor's "working note" is no therapist's: only with its kind
    r"working (?:process |session |clinical )notes?",
    r"(?:kept|filed|stored|maintained) (?:separate(?:ly)?"
    r"|apart) from the (?:client'?s? )?(?:record|chart|file)",
    r"not (?:for|part of) the (?:official |clinical )?(?:record|chart|file)",
    r"do not (?:file|chart|release) (?:this|these|in the (?:record|chart))"
    r"|for (?:the )?(?:writer|clinician|therapist)'?s? (?:use"
    r"|eyes) only",
    r"(?:a |strong )?pull to (?:rescue|reassure|fix|protect|collude|advise|take sides)",
    r"counter-?transference|transference|parallel process|projective identification",
    r"(?:writer|clinician|therapist) (?:felt|feel|noticed|notice|found|find) (?:myself|herself"
    r"|himself|themselves)?\s*\w*\s*"
    r"(?:irritat\w+|frustrat\w+|protective|angry|anxious|bored|drawn|pulled|helpless|sad|annoyed"
    r"|rescue)",
    r"(?:writer|clinician|therapist)'?s? (?:own )?(?:reactions?|feelings|hypothes[ie]s"
    r"|speculation|associations)",
    r"(?:my|writer's|clinician's|working) (?:hypothes[ie]s|formulation|speculation|sense) (?:is"
    r"|was) that",
    r"(?:writer|clinician|therapist) (?:wonders?|wondered|speculates?|speculated|suspects?"
    r"|suspected|hypothesi[sz]e[sd]?)",
    r"free associat\w+|dream (?:material|content|work|analysis)|recurring dreams?",
    r"(?:a|the|her|his|their|vivid) dreams? (?:about|in which|where|that|of (?:being|her|his|a"
    r"|the))",
    r"unconscious (?:wish\w*|conflicts?|desires?|motivations?|anger|guilt)",
    r"repressed (?:memor\w+|anger|rage|feelings|grief|desires?)|defen[cs]e mechanisms?",
)

#: Record content HIPAA leaves outside psychotherapy notes.
BLOCKERS = words(
    r"(?:session|group) (?:started|began|ended|start|end|times?)",
    r"progress notes?|case notes?|(?:contact|collateral|visit) notes?",
    r"(?:counter-?)?transference of (?:care|records?|custody|funds)",
    r"dream (?:job|school|house|home|car|vacation)|(?:her|his|their) dreams? of becoming",
)

TOPIC = PhraseTopic(
    id="psychotherapy_notes",
    label="psychotherapy-note content",
    citation="45 CFR 164.508(a)(2)",
    phrases=PHRASES,
    blockers=BLOCKERS,
)
