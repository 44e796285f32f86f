"""Synthetic case notes for the trace, accounting and package tests (no real client)."""

from __future__ import annotations

HOME_VISIT = (
    "Home visit on 3/14/2026 with Maria Alvarez at her apartment on Birch Street. Maria said "
    "the landlord finally repaired the heating after three weeks of complaints, and the "
    "children are sleeping through the night again. She has started part-time work at the "
    "bakery near the bus depot and is worried about covering childcare on Saturdays. We "
    "reviewed her monthly budget line by line, agreed that she will apply for the winter "
    "utility assistance program before the end of the month, and I gave her the number of "
    "the food pantry that opens on Tuesday evenings. Her son Mateo showed me his spelling "
    "test and said he wants to join the soccer team in the spring. Next visit in two weeks "
    "to check on the utility application and the childcare plan.\n"
)

SCHOOL_MEETING = (
    "School meeting on 4/2/2026 about Daniel Okafor with his teacher and the counselor. "
    "Daniel has missed eleven days this term, mostly Mondays, and his reading scores dropped "
    "since January. His grandmother Grace Okafor explained that the family moved twice in "
    "the autumn and that the morning bus no longer stops near their new address. The "
    "counselor offered a place in the after-school reading group and a transport referral. "
    "Grace agreed to a weekly check-in call with the school social worker, and we set a "
    "goal of no more than two absences in the next month. I will send the transport "
    "referral form this week and follow up with the district office about the bus route.\n"
)

UNRELATED = (
    "Group session on 5/9/2026 for caregivers of older adults. Participants talked about "
    "respite options, the stress of managing medications for a parent with dementia, and "
    "how to ask siblings for help without starting an argument. Two members shared "
    "breathing exercises they use before difficult phone calls with insurers. The facilitator "
    "handed out a list of adult day programs and reminded everyone about the memory cafe at "
    "the library on the first Thursday of each month.\n"
)
