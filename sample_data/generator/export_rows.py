"""Short case-note templates (1-4 sentences) for the rows of request/export.csv, by note type."""

from __future__ import annotations

from generator.kinds import Kind

ROW_KINDS: dict[str, tuple[Kind, ...]] = {
    "intake": (
        Kind(
            "intake",
            (),
            "Intake for {c}, DOB {dob:slash}, a {age:hy} {woman}. Lives at {street}, \
{city}, {st} {zip} with {her} {kid_rel} {kid_first}. Medicaid ID {mcd}. Referred by {abbr} \
(Case #{case}).",
        ),
        Kind(
            "intake",
            (),
            "Intake completed with {c} (DOB {dob:long}) on {v1:md}. Phone \
{phone}, e-mail {email}. Works at {employer}. Referred by {cw} of the {agency}.",
        ),
    ),
    "progress": (
        Kind(
            "progress",
            (),
            "Met with {c_first} at {clinic} on {v1:md}. {She} reports \
{kid_first} is doing better at {school}. Next appt {v3:slash}.",
        ),
        Kind(
            "progress",
            (),
            "{c_ms} seen for case management; discussed budget and {her} \
hours at {employer}. Client reachable at {phone}.",
        ),
        Kind(
            "progress",
            (),
            "Session with {c} (client ID {cid}). Reviewed safety plan; \
{c_first} says {ptn_first} has not contacted {her_o} since {v1:dm}. Updated address: \
{street}, {city}, {st} {zip}.",
        ),
        Kind(
            "progress",
            ("substance_use",),
            "{c_first} reports continued sobriety and \
attends AA on Tuesdays; methadone dose unchanged per {doc_dr}. Toxicology on {v1:iso} \
negative.",
        ),
    ),
    "home_visit": (
        Kind(
            "home_visit",
            (),
            "Home visit to {street}, {city} on {v1:long}. {c_first} and \
{kid_first} ({kid_age:age}) present; home clean and safe.",
        ),
        Kind(
            "home_visit",
            (),
            "HV completed. {c_ms}'s mother {gm} was present. {kid2_first} \
has a follow-up at {clinic} on {v3:md}.",
        ),
        Kind(
            "home_visit",
            (),
            "Unannounced home visit {v1:iso}; no one home. Left card and \
texted {c_first} at {phone}.",
        ),
    ),
    "group": (
        Kind(
            "group",
            (),
            "{c} attended parenting group; participated well. Group co-led with \
{ther}.",
        ),
        Kind(
            "group",
            ("group_disclosures",),
            "{c_ms} attended parenting group on {v1:md} and \
talked about co-parenting with {ptn_first}. {m1_first} disclosed a recent relapse; \
{c_first} offered support.",
        ),
    ),
    "phone": (
        Kind(
            "phone",
            (),
            "Phone call from {c_first} ({phone}) on {v1:md} requesting a letter \
for {court}. Writer will draft by {v3:md}.",
        ),
        Kind(
            "phone",
            (),
            "Called {doc_dr} at {hospital} re: {c_ms}'s discharge; MRN {mrn}. \
Left message.",
        ),
        Kind(
            "phone",
            (),
            "Texted {c_first} a reminder for {v3:long}. {She} replied from \
{phone2} and asked to be reached at {email} going forward. {Her} handle {handle} is not \
to be used.",
        ),
        Kind(
            "phone",
            (),
            "Spoke with {couns_ms}, counselor at {school}, about {kid_first}'s \
attendance; release on file for {c}.",
        ),
    ),
}
