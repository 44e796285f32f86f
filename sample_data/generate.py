"""Generate the synthetic sample data in this folder. Everything it writes is fiction.

Example:
    python sample_data/generate.py --seed 7 --out sample_data
"""

from __future__ import annotations

import argparse
from pathlib import Path

from generator.cast import build_cast
from generator.notes import main_notes
from generator.people import FEMALE_LOCALES, Casting
from generator.request import export_rows, request_notes
from generator.writer import clear_generated, write_csv, write_jsonl, write_note

DEFAULT_SEED = 7


def generate(seed: int, out: Path) -> None:
    """Write notes/, request/ and annotations/ under `out`, reproducibly for `seed`."""
    casting = Casting(seed)
    notes = main_notes(casting)
    requester_locale = casting.rng.choice([loc for loc in FEMALE_LOCALES if loc != "en_US"])
    requester = build_cast(casting, requester_locale, female=True)
    req_notes = request_notes(casting, requester)
    rows, row_records = export_rows(casting, requester)

    clear_generated(out)
    for note in (*notes, *req_notes):
        write_note(out, note)
    write_jsonl(out / "annotations" / "notes.jsonl", (n.record() for n in notes))
    write_jsonl(out / "annotations" / "request_notes.jsonl", (n.record() for n in req_notes))
    write_csv(out / "request" / "export.csv", rows)
    write_jsonl(out / "annotations" / "request_export.jsonl", row_records)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seed", type=int, default=DEFAULT_SEED, help="random seed")
    parser.add_argument(
        "--out",
        type=Path,
        default=Path(__file__).resolve().parent,
        help="output folder (default: the folder of this script)",
    )
    args = parser.parse_args()
    generate(args.seed, args.out)
    print(f"wrote sample data for seed {args.seed} to {args.out}")


if __name__ == "__main__":
    main()
