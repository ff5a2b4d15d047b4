"""Representative opinions: do complaints many reviewers make reach the summary?

    python benchmarks/opinions.py
    python benchmarks/opinions.py [--reviews N] [--seeds K] [--set SETTING VALUE ...]

Generates product reviews with a seeded generator (no data set holds
reviews with the share of each opinion known): praise varied over 20
aspects, 12 adjectives and 6 templates; minor gripes about any aspect;
and two specific complaints, the microphone (7 % of the reviews, in 7
wordings) and the case hinge (6 %, in 6 wordings), the kind of complaint
a buyer wants to see. Each collection is summarized as one document per
review and as one document listing the reviews (one per paragraph), with 5
sentences and with 40 words. Reports the share of reviews that make a
specific complaint and the share of summary sentences that state one,
per seed and overall. A representative summary gives the complaints about
their share of the sentences. Prints a table and writes JSON to
``benchmarks/results/opinions.json``.
"""

from __future__ import annotations

import argparse
import random
import sys
from pathlib import Path
from typing import Any

from quality import RESULTS, add_setting_option, command_line, settings_from, write_report

from summarizer import summarize

ASPECTS = (
    "sound", "battery life", "bass", "pairing", "fit", "noise cancelling", "app",
    "charging speed", "build quality", "design", "comfort", "treble", "range", "price",
    "touch controls", "volume", "clarity", "case", "bluetooth connection", "ear tips",
)  # fmt: skip
ADJECTIVES = (
    "excellent", "great", "amazing", "superb", "impressive", "solid", "fantastic",
    "really good", "outstanding", "wonderful", "top notch", "better than expected",
)  # fmt: skip
PRAISE = (
    "The {a} is {g}.",
    "I love the {a}, it is {g}.",
    "Really happy with the {a}.",
    "{A} is {g} for the price.",
    "The {a} on these is {g}.",
    "Honestly the {a} is {g}.",
)
GRIPES = (
    "The {a} could be better.",
    "Not a fan of the {a}.",
    "The {a} is just okay.",
    "The {a} is a bit disappointing.",
    "I expected more from the {a}.",
)
MICROPHONE = (
    "The microphone is terrible on calls.",
    "People on calls say the microphone sounds muffled.",
    "Microphone quality is awful, nobody can hear me.",
    "The mic is useless in windy conditions.",
    "Call quality is poor because the microphone is weak.",
    "The microphone makes my voice sound robotic on calls.",
    "Do not buy these for phone calls, the microphone is bad.",
)
HINGE = (
    "The case hinge broke after two weeks.",
    "The hinge on the charging case snapped.",
    "My case hinge cracked within a month.",
    "The case lid hinge is flimsy and came loose.",
    "The hinge of the case broke, now the lid will not close.",
    "Cheap case hinge, mine broke quickly.",
)
ASIDES = (
    "I use them every day at the gym.",
    "Bought these for my commute.",
    "Arrived quickly.",
    "My second pair.",
    "Using them with an iPhone.",
    "Gift for my son.",
)
#: Shares of the reviews: the microphone complaint, the hinge complaint, a
#: minor gripe (the rest only praise).
MICROPHONE_SHARE, HINGE_SHARE, GRIPE_SHARE = 0.07, 0.06, 0.29
COMPLAINTS = frozenset(MICROPHONE + HINGE)


def reviews(n: int, seed: int) -> list[str]:
    """``n`` generated reviews (see the module docstring)."""
    rng = random.Random(seed)
    out = []
    for _ in range(n):
        draw = rng.random()
        sentences = [rng.choice(ASIDES)] if rng.random() < 0.5 else []
        unhappy = draw < MICROPHONE_SHARE + HINGE_SHARE + GRIPE_SHARE
        if draw < MICROPHONE_SHARE:
            sentences.append(rng.choice(MICROPHONE))
        elif draw < MICROPHONE_SHARE + HINGE_SHARE:
            sentences.append(rng.choice(HINGE))
        elif unhappy:
            sentences.append(rng.choice(GRIPES).format(a=rng.choice(ASPECTS)))
        for _ in range(rng.randint(1, 3)):
            if unhappy and rng.random() < 0.5:
                continue
            aspect = rng.choice(ASPECTS)
            sentences.append(
                rng.choice(PRAISE).format(a=aspect, A=aspect.capitalize(), g=rng.choice(ADJECTIVES))
            )
        rng.shuffle(sentences)
        out.append(" ".join(sentences) if sentences else "Good.")
    return out


def run(n: int, seeds: int, settings: dict[str, Any]) -> dict[str, Any]:
    rows = []
    for seed in range(seeds):
        texts = reviews(n, seed)
        complaining = sum(any(c in t for c in COMPLAINTS) for t in texts) / n
        for shape, documents in (("one per review", texts), ("one list", ["\n\n".join(texts)])):
            for budget in ({"max_sentences": 5}, {"max_words": 40}):
                summary = summarize(documents, **budget, **settings)
                stated = [s.text for s in summary.sentences if s.text in COMPLAINTS]
                rows.append(
                    {
                        "seed": seed,
                        "shape": shape,
                        "budget": budget,
                        "reviews_complaining": round(complaining, 3),
                        "sentences": len(summary.sentences),
                        "complaint_sentences": len(stated),
                        "complaints": stated,
                    }
                )
    chosen = sum(r["sentences"] for r in rows)
    return {
        "reviews": n,
        "seeds": seeds,
        "settings": settings,
        "command": command_line("opinions.py"),
        "reviews_complaining": round(sum(r["reviews_complaining"] for r in rows) / len(rows), 3),
        "summary_sentences_complaining": round(
            sum(r["complaint_sentences"] for r in rows) / max(chosen, 1), 3
        ),
        "rows": rows,
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--reviews", type=int, default=500, help="reviews per collection")
    parser.add_argument("--seeds", type=int, default=3, help="collections generated")
    add_setting_option(parser)
    parser.add_argument("--output", type=Path, default=RESULTS / "opinions.json")
    args = parser.parse_args(argv)
    from rich.console import Console
    from rich.table import Table

    console = Console() if sys.stdout.isatty() else Console(width=120)
    settings = settings_from(args.set)
    report = run(args.reviews, args.seeds, settings)
    table = Table(
        title=f"{args.reviews} generated reviews, {args.seeds} seeds: share of summary "
        "sentences stating a specific complaint",
        title_justify="left",
    )
    for column in ("seed", "documents", "budget", "reviews complaining", "summary complaining"):
        table.add_column(column)
    for r in report["rows"]:
        (budget,) = r["budget"].items()
        table.add_row(
            str(r["seed"]),
            r["shape"],
            f"{budget[1]} {budget[0].split('_')[1]}",
            f"{r['reviews_complaining']:.0%}",
            f"{r['complaint_sentences']} of {r['sentences']}",
        )
    console.print(table)
    console.print(
        f"reviews complaining: {report['reviews_complaining']:.0%}; summary sentences "
        f"complaining: {report['summary_sentences_complaining']:.0%}"
    )
    write_report(report, args.output, console)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
