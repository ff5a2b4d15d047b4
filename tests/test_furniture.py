"""Repeated page furniture, and attribution that does not merge different facts."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest
from support import EN, gather, prepare

from summarizer import Document, load_documents, summarize
from summarizer.candidates import gather_candidates
from summarizer.classify import BODY, classify
from summarizer.furniture import body_positions, repeated_furniture

SEEDS = Path(__file__).resolve().parent.parent / "seeds"

#: Standing lines of made-up sites: none uses the classifier's page vocabulary
#: (and none is among the lines of benchmarks/furniture.py).
SITE_LINES = [
    ("The Harbour Gazette has served coastal readers since 1887.", "Our desk works late."),
    ("Syndicated under an agreement with Pacific Wire Partners.", "Edited by Mara Quinn."),
    ("Translations are provided by the Lingua collective.", "Graphics by the studio team."),
    ("This dispatch forms part of our Asia Weekly series.", "Commentary pieces are marked."),
]


def test_the_lines_are_not_in_the_classifier_vocabulary():
    for top, bottom in SITE_LINES:
        assert classify(top, EN)[0] == BODY and classify(bottom, EN)[0] == BODY


@pytest.mark.parametrize(("top", "bottom"), SITE_LINES)
@pytest.mark.parametrize("budget", [{}, {"max_sentences": 5}, {"max_words": 260, "overflow": True}])
def test_site_lines_spliced_into_the_seeds_never_reach_the_summary(top, bottom, budget):
    documents = [Document(d.id, f"{top}\n\n{d.text}\n\n{bottom}") for d in load_documents(SEEDS)]
    summary = summarize(documents, **budget)
    assert summary.sentences
    assert all(s.text not in (top, bottom) for s in summary.sentences)
    dropped = {d.text: d for d in summary.dropped if d.text in (top, bottom)}
    for line in (top, bottom):
        assert dropped[line].reason == "boilerplate"
        assert "recurs at the start or end of 5 documents" in dropped[line].detail


def furniture_of(texts: list[str]) -> list[str]:
    prepared, _ = prepare(*texts)
    pool = gather_candidates(
        prepared.labelled,
        prepared.features,
        profile=EN,
        collapse_duplicates=True,
        duplicate_threshold=0.7,
        drop_furniture=False,
        jobs=1,
    )
    bodies = {doc[0].sentence.doc_id: body_positions(doc) for doc in prepared.labelled if doc}
    marked = repeated_furniture(pool.candidates, pool.terms, bodies, EN)
    return [pool.candidates[i].text for i in np.flatnonzero(marked)]


ARTICLES = [
    "The river burst its banks on Monday after three days of rain. Hundreds of homes in the "
    "valley were flooded. Rescue teams used boats to reach families on the upper floors. The "
    "mayor said the town had not seen such water since the great flood. Schools will stay "
    "closed until the water recedes.",
    "Farmers counted their losses as the flood water began to fall on Wednesday. Fields of "
    "wheat were under a metre of water. Insurance assessors arrived in the valley to inspect "
    "the damage. Some farmers said the crops could not be saved. The regional government "
    "promised emergency grants.",
    "Engineers inspected the old stone bridge that the river damaged during the flood. The "
    "bridge carried most traffic between the two halves of the town. It will stay closed for "
    "at least a month. Drivers face a long detour through the hills. Repairs could cost "
    "millions, officials said.",
]
TAGLINE = "Views expressed here belong to the author alone."


def test_a_line_at_the_edges_of_different_articles_that_shares_nothing_is_furniture():
    texts = [f"{a}\n\n{TAGLINE}" for a in ARTICLES]
    assert furniture_of(texts) == [TAGLINE]


def test_gathering_drops_a_tagline_that_shares_only_stop_words_with_the_articles():
    """The rule reads content words: the tagline's "the", "to", "here" are in
    every article, and do not make it part of the story."""
    pool = gather(*[f"{a}\n\n{TAGLINE}" for a in ARTICLES])
    assert TAGLINE not in [c.text for c in pool.candidates]
    assert any(d.text == TAGLINE and d.reason == "boilerplate" for d in pool.dropped)


def test_a_footer_of_several_site_lines_is_furniture():
    footer = (
        "Views expressed here belong to the author alone. "
        "Corrections appear on page two of every edition. "
        "Photographs were supplied by the agency pool."
    )
    texts = [f"{a}\n\n{footer}" for a in ARTICLES]
    assert sorted(furniture_of(texts)) == sorted(footer.replace(". ", ".\n").split("\n"))


def test_a_closing_opinion_a_few_long_reviews_share_is_not_furniture():
    parts = "case hinge strap cable button lens speaker microphone screen charger".split()
    verdicts = "solid loose stiff short sharp quiet crisp muffled bright slow".split()
    reviews = [
        f"I bought model {i} in spring for my daily commute. The battery lasts about {i + 2} "
        f"days. Pairing took {i + 3} seconds with my phone. The {parts[i % 10]} feels "
        f"{verdicts[(3 * i) % 10]} to me. Sound is {verdicts[(7 * i + 1) % 10]} at volume {i}."
        for i in range(20)
    ]
    reviews[3] += " Do not buy this."
    reviews[11] += " Do not buy this."
    assert furniture_of(reviews) == []


def test_a_recurring_line_about_the_story_is_not_furniture():
    wire = "The river flood damaged homes and fields across the valley, officials said."
    assert furniture_of([f"{wire} {a}" for a in ARTICLES]) == []


def test_copies_of_one_article_are_not_judged():
    """Every sentence of a copied article recurs: recurrence then says nothing."""
    texts = [f"{ARTICLES[0]}\n\n{TAGLINE}"] * 2 + [ARTICLES[1]]
    assert furniture_of(texts) == []


def test_a_line_in_the_middle_of_articles_is_not_furniture():
    texts = []
    for a in ARTICLES:
        sentences = a.split(". ")
        texts.append(". ".join(sentences[:2]) + f". {TAGLINE} " + ". ".join(sentences[2:]))
    assert furniture_of(texts) == []


def test_short_documents_need_the_line_in_most_of_them():
    """Reviews are all edges: a line some of them share is an opinion, not furniture."""
    reviews = [
        "The battery lasts two full days. Would buy again.",
        "Sound is clear and the bass is deep. Would buy again.",
        "The case hinge broke after a week.",
        "Pairing with my phone took seconds.",
        "The microphone picks up too much wind noise.",
        "Comfortable enough to wear on long flights.",
        "The charging cable is far too short.",
        "Noise cancelling works well on the train.",
        "The left earbud stopped charging in a month.",
        "Touch controls are too sensitive.",
        "The app needs an account before it works.",
        "Great value for the price.",
    ]
    assert furniture_of(reviews) == []
    with_tagline = [f"{r} {TAGLINE}" for r in reviews]
    assert furniture_of(with_tagline) == [TAGLINE]


def test_a_tiny_collection_is_not_judged():
    texts = [
        "The council approved the budget. Sponsored by the Civic Fund.",
        "Voters rejected the plan. Sponsored by the Civic Fund.",
    ]
    assert furniture_of(texts) == []


# -- attribution of near-identical sentences that state different facts ---------------


def test_casualty_counts_that_differ_are_not_merged():
    reports = [
        "Police said three people were killed and 40 injured.",
        "Police said eleven people were killed and 40 injured.",
        "Police said nobody was killed and 40 injured.",
    ]
    documents = [
        Document(f"outlet{i}", f"{r} The explosion happened near the central station at noon.")
        for i, r in enumerate(reports)
    ]
    summary = summarize(documents, max_sentences=3)
    by_text = {d.id: d.text for d in documents}
    for s in summary.sentences:
        for source in s.sources:
            span = by_text[source.doc_id][source.start : source.end]
            if "killed" in s.text:
                assert span == s.text  # each count is cited only to the outlet that gave it


def test_template_release_notes_cite_only_the_notes_that_say_it(tmp_path: Path):
    topics = ["authentication"] * 3 + ["backups", "TLS", "replication", "logging"] * 6
    for i, topic in enumerate(topics):
        (tmp_path / f"release-{i:02d}.txt").write_text(
            f"In Fluxdb 2.4 we reworked {topic} to use less memory. "
            f"Release {i} also fixes bug {1000 + i} reported by a user.",
            encoding="utf-8",
        )
    summary = summarize(load_documents(tmp_path), max_sentences=8)
    texts = {d.id: d.text for d in load_documents(tmp_path)}
    for s in summary.sentences:
        for source in s.sources:
            assert texts[source.doc_id][source.start : source.end] == s.text
    cited = {s.text: len(s.doc_ids) for s in summary.sentences if "authentication" in s.text}
    assert set(cited.values()) <= {3}
