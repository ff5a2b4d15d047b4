"""The public API: summarize(), Summarizer, SummarizerSettings and Summary."""

from __future__ import annotations

import json
import random
import re

import numpy as np
import pytest

from summarizer import (
    Document,
    EmptyInputError,
    InvalidDocumentError,
    InvalidSettingsError,
    Summarizer,
    SummarizerError,
    SummarizerSettings,
    Summary,
    load_documents,
    summarize,
)
from summarizer.language import english, fold
from summarizer.sentences import split_document
from summarizer.settings import DEFAULT_MAX_WORDS
from summarizer.summary import SCHEMA_VERSION

STORM_A = (
    "A powerful storm hit the northern coast on Monday, cutting power to thousands of homes. "
    "Officials opened emergency shelters in three towns as rivers rose overnight. "
    "Schools in the region will stay closed until Friday, the education ministry said. "
    "The weather service warned that more heavy rain is expected this week.\n\n"
    "Farmers reported heavy damage to crops and greenhouses along the coast."
)
STORM_B = (
    "Thousands of homes lost power after a powerful storm struck the northern coast on Monday. "
    "Emergency shelters were opened in three towns, officials said.\n"
    "Rail services between the two largest cities were suspended because of flooding. "
    "Forecasters said more heavy rain is expected in the coming days."
)
STORM_C = (
    "The storm that hit the northern coast on Monday was the strongest in a decade. "
    "Insurance companies expect claims to run into millions of dollars. "
    "Volunteers helped clear fallen trees from roads in the worst-hit villages. "
    "Click here to subscribe to our newsletter."
)
DOCS = [STORM_A, STORM_B, STORM_C]


def doc_texts(docs) -> dict[str, str]:
    return {f"doc-{i}": t for i, t in enumerate(docs, start=1)}


def assert_spans(summary: Summary, texts: dict[str, str]) -> None:
    for s in summary.sentences:
        assert texts[s.doc_id][s.start : s.end] == s.text
        assert s.sources[0].doc_id == s.doc_id
        assert (s.sources[0].start, s.sources[0].end) == (s.start, s.end)
        for src in s.sources:
            assert 0 <= src.start < src.end <= len(texts[src.doc_id])


# -- basic calls ------------------------------------------------------------------


def test_summarize_max_words():
    summary = summarize(DOCS, max_words=40)
    assert isinstance(summary, Summary)
    assert 0 < summary.word_count <= 40
    assert summary.word_count == sum(len(s.text.split()) for s in summary.sentences)
    assert summary.text == " ".join(s.text for s in summary.sentences)
    assert_spans(summary, doc_texts(DOCS))
    assert "subscribe" not in summary.text


def test_summarize_max_sentences():
    summary = summarize(DOCS, max_sentences=3)
    assert len(summary) == 3
    assert list(summary) == list(summary.sentences)
    assert_spans(summary, doc_texts(DOCS))


def test_summarize_max_chars():
    summary = summarize(DOCS, max_chars=200)
    assert 0 < len(summary.text) <= 200


def test_summarize_overflow():
    plain = summarize(DOCS, max_words=25)
    over = summarize(DOCS, max_words=25, overflow=True)
    words = [len(s.text.split()) for s in over.sentences]
    assert plain.word_count <= 25
    assert sum(words) >= 25  # the budget is filled, crossing it with the last pick
    assert over.word_count >= plain.word_count


def test_stats_and_documents():
    summary = summarize(DOCS, max_sentences=4)
    assert summary.stats.documents == 3
    assert summary.stats.sentences == 13
    assert summary.stats.boilerplate_dropped >= 1
    assert [d.id for d in summary.documents] == ["doc-1", "doc-2", "doc-3"]


def test_summarizer_with_settings_object():
    settings = SummarizerSettings(max_sentences=2, use_clusters=False)
    summarizer = Summarizer(settings)
    assert summarizer.settings is settings
    summary = summarizer.summarize(DOCS)
    assert len(summary) == 2
    assert "SummarizerSettings" in repr(summarizer)


def test_summarizer_keyword_overrides_settings():
    summarizer = Summarizer(SummarizerSettings(max_sentences=5), max_sentences=1)
    assert summarizer.settings.max_sentences == 1
    assert len(summarizer.summarize(DOCS)) == 1


def test_summarize_accepts_documents_and_single_string():
    docs = [Document("a", STORM_A, title="Storm"), Document("b", STORM_B)]
    summary = summarize(docs, max_sentences=2)
    assert {s.doc_id for s in summary.sentences} <= {"a", "b"}
    assert [(d.id, d.title) for d in summary.documents] == [("a", "Storm"), ("b", None)]
    assert all(d.sentences >= 1 for d in summary.documents)
    single = summarize(STORM_A, max_sentences=1)
    assert single.stats.documents == 1
    assert single.sentences[0].doc_id == "doc-1"
    single_doc = summarize(Document("only", STORM_A), max_sentences=1)
    assert single_doc.sentences[0].doc_id == "only"


def test_summarize_accepts_generator():
    summary = summarize((t for t in DOCS), max_sentences=2)
    assert len(summary) == 2


def test_default_budget_is_applied():
    assert sum(len(t.split()) for t in DOCS) > 150
    summary = summarize(DOCS)
    assert 0 < summary.word_count <= 150


def test_ablation_switches_run():
    for switch in (
        "collapse_duplicates",
        "filter_boilerplate",
        "use_clusters",
        "control_redundancy",
    ):
        summary = summarize(DOCS, max_sentences=3, **{switch: False})
        assert 1 <= len(summary) <= 3
        assert_spans(summary, doc_texts(DOCS))
    summary = summarize(DOCS, max_sentences=3, train_punkt=True, position_weight=0.5)
    assert len(summary) == 3
    summary = summarize(DOCS, max_sentences=3, n_clusters=2, corroboration_weight=0)
    assert len(summary) == 3


# -- settings validation ------------------------------------------------------------


@pytest.mark.parametrize(
    "params",
    [
        {"max_words": -5},
        {"max_words": 0},
        {"max_sentences": -1},
        {"max_chars": 0},
        {"max_words": True},
        {"max_sentences": 2.0},
        {"max_words": "100"},
        {"damping": 1.0},
        {"damping": 0.0},
        {"damping": float("nan")},
        {"damping": True},
        {"tol": 0},
        {"max_iter": 0},
        {"n_clusters": 0},
        {"n_clusters": "many"},
        {"duplicate_threshold": 0.0},
        {"redundancy_threshold": 1.5},
        {"mmr_lambda": -0.1},
        {"position_weight": 2},
        {"corroboration_weight": -1},
        {"overflow": 1},
        {"use_clusters": "yes"},
        {"random_state": -1},
    ],
)
def test_invalid_settings(params):
    with pytest.raises(InvalidSettingsError):
        SummarizerSettings(**params)
    with pytest.raises(InvalidSettingsError):
        summarize(DOCS, **params)
    with pytest.raises(SummarizerError):
        Summarizer(**params)


def test_unknown_setting_name():
    with pytest.raises(InvalidSettingsError, match="max_word"):
        summarize(DOCS, max_word=10)
    with pytest.raises(InvalidSettingsError):
        Summarizer(SummarizerSettings(), bogus=True)
    with pytest.raises(InvalidSettingsError):
        SummarizerSettings().replace(nope=1)


def test_invalid_settings_error_is_a_summarizer_error():
    assert issubclass(InvalidSettingsError, SummarizerError)
    assert issubclass(InvalidSettingsError, ValueError)


def test_settings_object_must_be_settings():
    with pytest.raises(InvalidSettingsError):
        Summarizer({"max_words": 10})


def test_valid_settings_and_replace():
    s = SummarizerSettings(max_words=np.int64(50), damping=np.float64(0.5), n_clusters=3)
    assert s.max_words == 50
    t = s.replace(max_words=20)
    assert (t.max_words, s.max_words, t.damping) == (20, 50, 0.5)
    assert SummarizerSettings().effective_max_words == 150
    assert SummarizerSettings(max_sentences=2).effective_max_words is None
    with pytest.raises(InvalidSettingsError):
        s.replace(damping=1.0)


# -- edge cases -------------------------------------------------------------------------


@pytest.mark.parametrize("docs", [[], ()])
def test_empty_collection(docs):
    with pytest.raises(EmptyInputError):
        summarize(docs)


@pytest.mark.parametrize("docs", [[""], ["   ", "\n\n\t"], [Document("a", " \r\n ")], ""])
def test_whitespace_only_documents(docs):
    with pytest.raises(EmptyInputError):
        summarize(docs)


@pytest.mark.parametrize("bad", [[STORM_A, 5], [None], [b"bytes"], [["nested"]]])
def test_non_str_item(bad):
    with pytest.raises(InvalidDocumentError):
        summarize(bad)


@pytest.mark.parametrize("bad", [5, None])
def test_non_iterable(bad):
    with pytest.raises(InvalidDocumentError):
        summarize(bad)


def test_duplicate_document_ids_are_renamed_as_the_loader_does(tmp_path):
    summary = summarize([Document("a", STORM_A), Document("a", STORM_B), Document("a", STORM_A)])
    assert [d.id for d in summary.documents] == ["a", "a#2", "a#3"]
    assert "duplicate document id 'a' renamed to 'a#2'" in summary.notes
    assert "duplicate document id 'a' renamed to 'a#3'" in summary.notes
    (tmp_path / "one").mkdir()
    (tmp_path / "two").mkdir()
    (tmp_path / "one" / "a.txt").write_text(STORM_A, encoding="utf-8")
    (tmp_path / "two" / "a.txt").write_text(STORM_B, encoding="utf-8")
    (tmp_path / "three").mkdir()
    (tmp_path / "three" / "a.txt").write_text(STORM_A, encoding="utf-8")
    loaded = load_documents(*(tmp_path / d for d in ("one", "two", "three")))
    assert [d.id for d in loaded] == ["a.txt", "a.txt#2", "a.txt#3"]


def test_mixed_str_and_document_ids_can_clash():
    summary = summarize(["First text here.", Document("doc-1", "Second text here.")])
    assert [d.id for d in summary.documents] == ["doc-1", "doc-1#2"]


def test_one_document_one_sentence():
    summary = summarize(["The cat sat on the mat."])
    assert [s.text for s in summary.sentences] == ["The cat sat on the mat."]
    s = summary.sentences[0]
    assert (s.doc_id, s.index, s.start, s.end) == ("doc-1", 0, 0, 23)
    assert summary.notes == ()


def test_only_fragments_uses_fallback_with_note():
    summary = summarize(["Election Results"])
    assert [s.text for s in summary.sentences] == ["Election Results"]
    assert summary.notes and "heading" in summary.notes[0]


def test_only_boilerplate_gives_empty_summary_with_note():
    summary = summarize(["Click here to subscribe to our newsletter.\nFollow us on Twitter"])
    assert summary.sentences == ()
    assert summary.notes
    assert summary.stats.boilerplate_dropped == 2


def test_all_documents_identical():
    summary = summarize([STORM_A] * 4, max_sentences=10)
    assert summary.sentences
    for s in summary.sentences:
        assert s.doc_ids == ("doc-1", "doc-2", "doc-3", "doc-4")
        assert len(s.sources) == 4
        assert {(src.start, src.end) for src in s.sources} == {(s.start, s.end)}
    normalized = [fold(s.text) for s in summary.sentences]
    assert len(set(normalized)) == len(normalized)
    assert summary.stats.duplicates_merged == 3 * summary.stats.candidates


def test_budget_larger_than_corpus_returns_all_candidates():
    docs = [
        "Astronomers found a new comet near Jupiter. Bakers in Lyon sold record numbers of "
        "croissants. Engineers tested a quieter jet engine.",
        "Voters in Norway elected a new parliament. Divers mapped coral reefs off Belize.",
    ]
    summary = summarize(docs, max_words=10_000)
    assert summary.stats.candidates == 5
    assert len(summary) == 5
    assert summary.notes == ()
    many = summarize(docs, max_sentences=500)
    assert len(many) == 5


def test_budget_smaller_than_shortest_sentence():
    summary = summarize(DOCS, max_words=2)
    assert summary.sentences == ()
    assert summary.text == ""
    (note,) = summary.notes
    found = re.fullmatch(
        r"no sentence fits the budget of 2 words \(the shortest candidate sentence has "
        r"(\d+) words\)",
        note,
    )
    assert found and int(found.group(1)) > 2
    assert summary.stats.candidates > 0
    over = summarize(DOCS, max_words=2, overflow=True)
    assert len(over) == 1


def test_a_character_budget_is_explained_in_characters():
    summary = summarize(DOCS, max_chars=20)
    assert summary.sentences == ()
    (note,) = summary.notes
    assert note.startswith("no sentence fits the budget of 20 characters (the shortest")
    assert note.endswith(" characters)") and "words" not in note


@pytest.mark.parametrize(
    ("documents", "refused"),
    [
        (b"A storm hit the coast.", "got bytes"),
        (bytearray(b"A storm hit the coast."), "got bytes"),
        ({STORM_A, STORM_B}, "got a set"),
        (frozenset([STORM_A]), "got a set"),
        ({"a": b"bytes"}, "must give each id a str"),
    ],
)
def test_collections_that_are_refused(documents, refused):
    with pytest.raises(InvalidDocumentError, match=refused):
        summarize(documents)


def test_a_mapping_gives_ids_and_texts():
    summary = summarize({"coast": STORM_A, "rail": STORM_B}, max_sentences=3)
    assert [d.id for d in summary.documents] == ["coast", "rail"]
    texts = {"coast": STORM_A, "rail": STORM_B}
    for s in summary.sentences:
        assert texts[s.doc_id][s.start : s.end] == s.text


def test_settings_are_keyword_only():
    with pytest.raises(TypeError):
        SummarizerSettings(5)
    assert SummarizerSettings(max_sentences=5).max_sentences == 5


def test_no_repeated_text_across_documents():
    summary = summarize([STORM_A, STORM_A.replace("Monday", "Tuesday"), STORM_B], max_words=200)
    normalized = [fold(s.text) for s in summary.sentences]
    assert len(set(normalized)) == len(normalized)


@pytest.mark.parametrize("docs", [["It was there."], ["To be or not to be.", "It is."]])
def test_stop_word_only_sentences(docs):
    summary = summarize(docs)
    assert len(summary) >= 1


# -- output -------------------------------------------------------------------------------


def test_to_dict_is_json_serialisable():
    summary = summarize(DOCS, max_sentences=3)
    data = summary.to_dict()
    assert data["schema_version"] == SCHEMA_VERSION == 6
    assert "clusters" not in data and "dropped" not in data
    round_trip = json.loads(json.dumps(data))
    assert round_trip == data
    assert round_trip["text"] == summary.text
    assert [s["text"] for s in round_trip["sentences"]] == [s.text for s in summary.sentences]
    assert round_trip["stats"]["documents"] == 3
    assert {"doc_id", "start", "end", "match", "similarity"} == set(
        round_trip["sentences"][0]["sources"][0]
    )


def test_to_dict_explain_adds_clusters_and_dropped():
    summary = summarize(DOCS, max_sentences=2)
    data = summary.to_dict(explain=True)
    json.dumps(data)
    assert isinstance(data["clusters"], list) and data["clusters"]
    assert isinstance(data["dropped"], list) and data["dropped"]
    reasons = {d["reason"] for d in data["dropped"]}
    assert "boilerplate" in reasons
    assert len(data["clusters"]) == summary.stats.clusters
    texts = doc_texts(DOCS)
    for d in data["dropped"]:
        assert texts[d["doc_id"]][d["start"] : d["end"]] == d["text"]


def test_deterministic():
    first = summarize(DOCS, max_words=60).to_dict(explain=True)
    second = summarize(DOCS, max_words=60).to_dict(explain=True)
    assert first == second
    third = Summarizer(max_words=60).summarize(list(DOCS)).to_dict(explain=True)
    assert third == first


def test_scores_and_clusters_in_summary():
    summary = summarize(DOCS, max_sentences=3)
    for s in summary.sentences:
        assert s.score > 0
        assert 0 <= s.cluster < summary.stats.clusters
    scores = [c.score for c in summary.clusters]
    assert scores == sorted(scores, reverse=True)
    # Cluster 0 is the most important one, and so on: the ids follow the scores.
    assert [c.id for c in summary.clusters] == list(range(summary.stats.clusters))
    many = summarize(DOCS * 3 + [STORM_C.replace("Monday", "Sunday")], max_sentences=8)
    assert [c.id for c in many.clusters] == list(range(many.stats.clusters))
    assert many.stats.clusters >= 4


def test_cycle_collector_is_restored_after_a_run_and_after_an_error():
    import gc

    assert gc.isenabled()
    summarize(["The cat sat on the mat. It purred loudly."], max_sentences=1)
    assert gc.isenabled()
    with pytest.raises(EmptyInputError):
        summarize([])
    assert gc.isenabled()
    gc.disable()
    try:
        summarize(["The cat sat on the mat. It purred loudly."], max_sentences=1)
        assert not gc.isenabled()
    finally:
        gc.enable()


# -- every setting reaches its stage ---------------------------------------------------

TYPO = (
    "The regional water authority announced new restrictions on Tuesday after weeks of "
    "dry weather in the valley."
)


def test_the_duplicate_threshold_is_used():
    """A near-duplicate (a typo fixed, Jaccard 16/18) merges at the default
    threshold and stays apart above its similarity."""
    docs = [TYPO + " Farmers were worried.", TYPO.replace("weather", "wether") + " Rain came."]
    merged = summarize(docs, max_sentences=4)
    assert merged.stats.duplicates_merged == 1
    apart = summarize(docs, max_sentences=4, duplicate_threshold=0.95)
    assert apart.stats.duplicates_merged == 0
    assert apart.stats.candidates == merged.stats.candidates + 1


def test_collapse_duplicates_false_is_used():
    docs = [STORM_A, STORM_A, STORM_B]
    collapsed = summarize(docs, max_sentences=3)
    assert collapsed.stats.duplicates_merged > 0
    assert max(len(s.sources) for s in collapsed.sentences) >= 2
    kept = summarize(docs, max_sentences=3, collapse_duplicates=False)
    assert kept.stats.duplicates_merged == 0
    assert all(len(s.sources) == 1 for s in kept.sentences)


def test_no_two_chosen_sentences_reach_the_redundancy_threshold():
    """Chosen sentences are less similar than the threshold, in the
    collection's TF-IDF space (IDF from all of its sentences)."""
    from support import vectors

    docs = DOCS + [STORM_C.replace("Monday", "Sunday")]
    threshold = SummarizerSettings().redundancy_threshold
    texts = list(
        dict.fromkeys(
            s.text
            for i, d in enumerate(docs)
            for s in split_document(Document(f"d{i}", d), english())
        )
    )
    X = vectors(texts)
    for budget in ({"max_sentences": 6}, {"max_words": 200}):
        summary = summarize(docs, **budget)
        rows = [texts.index(s.text) for s in summary.sentences]
        similarity = (X[rows] @ X[rows].T).toarray()
        np.fill_diagonal(similarity, 0)
        assert similarity.max() < threshold
        assert any(d.reason == "redundant" for d in summary.dropped)


def test_a_list_of_items_gets_no_lead_prior():
    """The order of a list (reviews, comments) says nothing about importance:
    an item scores the same wherever it stands. In an article it does not."""
    items = [
        f"The {thing} of this phone is {verdict}."
        for thing, verdict in zip(
            "battery screen camera speaker case charger button software strap price lens".split(),
            "great poor superb weak flimsy slow stiff buggy comfortable fair sharp".split(),
            strict=True,
        )
    ]

    def scores(paragraph_break: str, order: list[str]) -> dict[str, float]:
        summary = summarize(paragraph_break.join(order), max_sentences=len(items))
        return {s.text: s.score for s in summary}

    as_list = "\n\n"  # one item per paragraph: a list
    assert scores(as_list, items) == pytest.approx(scores(as_list, items[::-1]))
    # The same sentences as one article: there the lead prior counts.
    forward, backward = scores(" ", items), scores(" ", items[::-1])
    assert forward[items[0]] > backward[items[0]]


def test_the_readme_states_the_defaults_the_settings_have():
    import re
    from pathlib import Path

    readme = (Path(__file__).resolve().parent.parent / "README.md").read_text(encoding="utf-8")
    table = readme.split("### Defaults and where they come from", 1)[1].split("\n## ", 1)[0]
    defaults = SummarizerSettings()
    found = 0
    for name, cell in re.findall(r"^\| `(\w+)` \| ([^|]+) \|", table, re.M):
        if hasattr(defaults, name):
            stated = cell.strip()
            if stated in ("on", "off"):
                assert getattr(defaults, name) is (stated == "on"), name
            else:
                number = float(re.match(r"\d+(?:\.\d+)?", stated).group(0))
                assert getattr(defaults, name) == number, name
            found += 1
    assert found >= 6
    assert f"| budget | {DEFAULT_MAX_WORDS} words |" in table


def test_a_shortlist_used_up_by_variants_of_one_sentence_is_extended():
    """150 variants of one report fill the shortlist: the selection looks
    further down the list for what else the collection says."""
    rng = random.Random(0)
    variants = [
        f"The death toll from the earthquake in the northern province rose to "
        f"{rng.randint(10, 400)} on Tuesday, officials of the regional government told "
        "reporters at a press conference."
        for _ in range(150)
    ]
    others = (
        "Rescue teams from three countries arrived at the airport with sniffer dogs. "
        "The government declared a week of national mourning for the victims. "
        "Aftershocks damaged the old cathedral in the hills."
    )
    summary = summarize([*variants, others], max_sentences=4)
    assert len(summary.sentences) == 4
    assert not summary.notes
    assert sum("death toll" in s.text for s in summary.sentences) == 1


def test_a_summary_cut_short_by_repetition_says_so():
    rng = random.Random(0)
    docs = [
        f"The death toll from the earthquake rose to {rng.randint(10, 400)}, officials said "
        f"on Tuesday. Rescuers said {rng.randint(20, 900)} people were injured in the earthquake."
        for _ in range(60)
    ]
    summary = summarize(docs, max_sentences=8)
    assert len(summary.sentences) == 2
    assert summary.notes == (
        "the summary has 2 sentences: every other candidate that fits the budget repeats "
        "one of them",
    )
