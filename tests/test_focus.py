"""A focus: relevance, the steered ranking and selection, notes, views, schema."""

from __future__ import annotations

import dataclasses
import io
import json
from pathlib import Path

import jsonschema
import numpy as np
import pytest
import scipy.sparse as sp
from rich.console import Console

from summarizer import Document, Summarizer, SummarizerSettings, load_documents, summarize
from summarizer.cli import main
from summarizer.embedding import count_terms, fit_tfidf
from summarizer.errors import InvalidSettingsError
from summarizer.focus import OFF_FOCUS, focus_terms, off_focus, relevance, term_spans
from summarizer.language import english, fold, profile
from summarizer.ranking import score, textrank
from summarizer.render import explain_view, highlighted, json_view, rich_view, text_view
from summarizer.selection import Budget, select, shortlist
from summarizer.sentences import Candidate, Sentence

ROOT = Path(__file__).resolve().parent.parent
SCHEMA = json.loads((ROOT / "summarizer" / "summary.schema.json").read_text(encoding="utf-8"))

# Two unrelated stories, three articles each.
VOLCANO = [
    "The volcano on the island erupted on Sunday morning, sending ash twelve kilometres "
    "into the sky. Authorities ordered the evacuation of four villages near the crater. "
    "Flights to the island were cancelled because of the ash cloud. Scientists had "
    "recorded small earthquakes under the volcano for two weeks before the eruption.",
    "Thousands of residents left their homes after the eruption of the volcano. Lava "
    "flowed down the northern slope and destroyed several farms. The airport remains "
    "closed while the ash cloud drifts east. Geologists warn that a second eruption is "
    "possible in the coming days.",
    "Rescue teams reached the villages below the crater on Monday. No deaths have been "
    "reported since the volcano erupted, but two hikers were injured by falling rocks. "
    "The evacuation centres in the capital are full. The government promised money to "
    "farmers who lost their crops to the lava.",
]
FOOTBALL = [
    "The national football team won the cup final on Saturday with a late goal from its "
    "captain. The coach praised the defence for keeping the opponents out in the second "
    "half. Fans celebrated in the streets of the capital until dawn. It is the team's "
    "first cup title in twenty years.",
    "A crowd of sixty thousand watched the final in the new stadium. The winning goal came "
    "in the eighty-ninth minute after a corner kick. The captain dedicated the trophy to "
    "the supporters who travelled to the match. The losing coach blamed the referee for "
    "a missed penalty.",
    "Players paraded the cup through the capital on an open bus on Sunday. The football "
    "federation announced a bonus for every member of the squad. The captain said the "
    "team would now prepare for the world championship qualifiers. Ticket sales for the "
    "next match sold out within an hour.",
]


def merged() -> list[Document]:
    docs = [Document(f"volcano-{i}", t) for i, t in enumerate(VOLCANO)]
    docs += [Document(f"football-{i}", t) for i, t in enumerate(FOOTBALL)]
    order = [0, 3, 1, 4, 2, 5]  # interleaved: the collection order tells nothing
    return [docs[i] for i in order]


def story_of(summary) -> set[str]:  # type: ignore[no-untyped-def]
    return {s.doc_id.split("-")[0] for s in summary.sentences}


# -- settings ------------------------------------------------------------------------


@pytest.mark.parametrize("bad", ["", "   \n", 3, b"volcano", ["volcano"]])
def test_focus_must_be_non_empty_text(bad: object) -> None:
    with pytest.raises(InvalidSettingsError, match="focus must be a non-empty text"):
        SummarizerSettings(focus=bad)  # type: ignore[arg-type]


@pytest.mark.parametrize("bad", [-0.1, 1.5, "1", True])
def test_focus_weight_is_validated(bad: object) -> None:
    with pytest.raises(InvalidSettingsError, match="focus_weight"):
        SummarizerSettings(focus_weight=bad)  # type: ignore[arg-type]


def test_without_a_focus_the_focus_settings_change_nothing() -> None:
    plain = summarize(merged(), max_words=80).to_dict(explain=True)
    weighted = summarize(merged(), max_words=80, focus_weight=0.2).to_dict(explain=True)
    assert plain == weighted
    assert plain["focus"] is None
    assert all(s["relevance"] is None and s["focus_spans"] == [] for s in plain["sentences"])
    assert all(d["reason"] != OFF_FOCUS for d in plain["dropped"])


# -- the steered summary ----------------------------------------------------------------


@pytest.mark.parametrize(
    ("focus", "story"),
    [
        ("volcano eruption", "volcano"),
        ("football cup final", "football"),
        ("What happened after the eruption? Describe the evacuation of the villages.", "volcano"),
        ("Who scored the winning goal, and how did the fans celebrate?", "football"),
    ],
)
def test_a_focus_draws_the_summary_from_its_story(focus: str, story: str) -> None:
    summary = summarize(merged(), max_words=80, focus=focus)
    assert summary.sentences
    assert story_of(summary) == {story}
    assert summary.focus is not None and summary.focus.matched
    assert all(0.0 <= s.relevance <= 1.0 for s in summary.sentences)  # type: ignore[operator]


def test_the_generic_summary_of_the_same_collection_spans_both_stories() -> None:
    # The control for the test above: without a focus both stories are summarized.
    assert story_of(summarize(merged(), max_words=120)) == {"volcano", "football"}


def test_a_focus_in_another_language_is_read_with_its_profile() -> None:
    german = [
        Document(
            "v1",
            "Der Vulkan auf der Insel ist am Sonntag ausgebrochen. Die Behörden "
            "haben vier Dörfer evakuiert. Asche fiel auf die Felder der Bauern. "
            "Der Flughafen bleibt wegen der Aschewolke geschlossen.",
        ),
        Document(
            "f1",
            "Die Mannschaft hat das Pokalfinale am Samstag gewonnen. Der Kapitän "
            "schoss das entscheidende Tor in der letzten Minute. Die Fans feierten "
            "bis zum Morgen in den Straßen. Der Trainer lobte die Abwehr.",
        ),
        Document(
            "v2",
            "Nach dem Ausbruch des Vulkans flohen Tausende Bewohner. Lava zerstörte "
            "mehrere Höfe am Nordhang. Die Geologen warnen vor einem zweiten Ausbruch. "
            "Die Regierung versprach den Bauern Hilfe.",
        ),
        Document(
            "f2",
            "Sechzigtausend Zuschauer sahen das Finale im neuen Stadion. Das Tor "
            "fiel nach einem Eckstoß. Der Kapitän widmete den Pokal den Fans. Der "
            "Verband kündigte eine Prämie für die Spieler an.",
        ),
    ]
    # "Vulkans" and "Ausbrüche" meet "Vulkan" and "Ausbruch" through the German stemmer.
    summary = summarize(german, max_words=40, focus="Ausbrüche des Vulkans")
    assert summary.language == "de"
    assert {s.doc_id[0] for s in summary.sentences} == {"v"}
    assert set(summary.focus.terms) == {"ausbrüche", "vulkans"}  # type: ignore[union-attr]


def test_focus_terms_are_read_in_each_language_of_the_summary() -> None:
    terms = focus_terms("running Häuser in", [english(), profile("de")])
    assert "in" not in terms  # a stop word in both languages
    assert terms["running"][0] == "run"  # the English stem first
    assert len(terms["häuser"]) >= 1


def test_the_seeds_give_two_different_summaries_each_about_its_subject() -> None:
    docs = load_documents(ROOT / "seeds")
    nobel = summarize(docs, focus="Nobel Peace Prize")
    minerals = summarize(docs, focus="rare earth minerals")
    generic = summarize(docs)
    texts = {
        name: [s.text for s in summ.sentences]
        for name, summ in (("nobel", nobel), ("minerals", minerals), ("generic", generic))
    }
    assert not set(texts["nobel"]) & set(texts["minerals"])
    assert texts["nobel"] != texts["generic"]
    assert any("Nobel" in t for t in texts["nobel"])
    assert not any("Nobel" in t for t in texts["minerals"])
    assert sum("mineral" in t or "rare earth" in t for t in texts["minerals"]) >= 3
    # Every sentence of each is about its subject, not filler.
    assert all(s.relevance >= 0.1 for s in (*nobel.sentences, *minerals.sentences))  # type: ignore[operator]


def test_the_focus_is_deterministic() -> None:
    docs = merged()
    runs = [
        summarize(docs, max_words=80, focus="volcano ash").to_dict(explain=True) for _ in range(2)
    ]
    assert runs[0] == runs[1]


# -- notes and fallbacks -------------------------------------------------------------------


def test_a_focus_that_matches_nothing_gives_the_generic_summary_with_a_note() -> None:
    generic = summarize(merged(), max_words=80)
    summary = summarize(merged(), max_words=80, focus="quantum chromodynamics")
    assert [s.text for s in summary.sentences] == [s.text for s in generic.sentences]
    assert summary.focus is not None and not summary.focus.matched
    assert summary.focus.unmatched == ("quantum", "chromodynamics")
    assert any("matches nothing" in n and "none of its words" in n for n in summary.notes)
    data = summary.to_dict()
    assert data["focus"]["matched"] is False and data["notes"]
    assert all(s["relevance"] is None for s in data["sentences"])


def test_a_focus_of_stop_words_only_says_so() -> None:
    summary = summarize(merged(), max_words=80, focus="the of and with")
    assert not summary.focus.matched  # type: ignore[union-attr]
    assert any("no content words" in n for n in summary.notes)
    assert summary.sentences


def test_words_of_the_focus_no_document_uses_are_named() -> None:
    summary = summarize(merged(), max_words=80, focus="volcano tsunami")
    assert summary.focus.matched and summary.focus.unmatched == ("tsunami",)  # type: ignore[union-attr]
    assert any("tsunami" in n for n in summary.notes)
    assert story_of(summary) == {"volcano"}


def test_a_short_summary_when_little_is_on_the_focus_says_why() -> None:
    # One sentence mentions the referee; the budget holds many more.
    summary = summarize(merged(), max_words=200, focus="referee penalty")
    assert 1 <= len(summary.sentences) < 8
    assert any("off the focus" in n for n in summary.notes)


def test_central_sentences_left_out_are_reported_as_off_focus() -> None:
    summary = summarize(merged(), max_words=60, focus="football cup final")
    off = [d for d in summary.dropped if d.reason == OFF_FOCUS]
    assert off, "the volcano story's central sentences should be listed"
    chosen = {(s.doc_id, s.index) for s in summary.sentences}
    assert not any((d.doc_id, d.index) in chosen for d in off)
    # The volcano story leads the generic ranking: its first sentences head the list.
    assert [d.doc_id.split("-")[0] for d in off[:2]] == ["volcano", "volcano"]
    # Each is less relevant than every chosen sentence (a football sentence
    # that does not speak of the cup or the final can be too).
    lowest = min(s.relevance for s in summary.sentences)
    for d in off:
        assert "without the focus" in d.detail
        assert float(d.detail.split("relevance ")[1].split(",")[0]) < lowest


# -- relevance ---------------------------------------------------------------------------


def _candidates(texts: list[tuple[str, str]]) -> tuple[list[Candidate], sp.csr_matrix, object]:
    sentences = []
    at: dict[str, int] = {}
    for doc_id, text in texts:
        k = at.get(doc_id, 0)
        at[doc_id] = k + 1
        sentences.append(Sentence(doc_id, k, 0, len(text), text))
    candidates = [Candidate(s, (s,)) for s in sentences]
    X, space = fit_tfidf(count_terms([t for _, t in texts], english()))
    return candidates, X, space


def test_the_term_space_projects_a_text_as_the_collection_was_weighted() -> None:
    texts = ["The volcano erupted again.", "Ash fell on the farms.", "The farms were lost."]
    X, space = fit_tfidf(count_terms(texts, english()))
    again = space.vector(count_terms(texts, english()))
    np.testing.assert_allclose(again.toarray(), X.toarray(), rtol=1e-5, atol=1e-6)
    # A term the collection lacks is left out: a text of such terms is a zero vector.
    assert space.vector(count_terms(["Quantum chromodynamics."], english())).nnz == 0


def test_relevance_reads_the_content_words_only() -> None:
    """Stop words are terms of the similarity space, but what a sentence is
    about is in its content words: they change no sentence's relevance."""
    candidates, X, space = _candidates(
        [
            ("a", "The volcano of the island erupted."),
            ("b", "Volcano island erupted."),
            ("c", "The team won the cup final."),
        ]
    )
    found = relevance("volcano", candidates, X, space, [english()], feedback=False)
    assert found.scores[0] == pytest.approx(found.scores[1])
    assert found.scores[2] == 0.0


def test_relevance_follows_the_focus_and_its_document() -> None:
    candidates, X, space = _candidates(
        [
            ("a", "The volcano erupted on Sunday."),
            ("a", "Ash covered the farms near the crater."),
            ("b", "The team won the cup final."),
            ("b", "A volcano of emotion swept the stadium after the final."),
            ("c", "Fans celebrated the cup in the streets."),
        ]
    )
    r = relevance("volcano crater ash", candidates, X, space, [english()])
    assert r.scores.max() == pytest.approx(1.0)
    assert r.terms == ("volcano", "crater", "ash")
    # The on-focus document's sentences lead; the stray "volcano" of the football
    # story ranks below them, and sentences sharing nothing stay lowest.
    assert min(r.scores[:2]) > r.scores[3] > max(r.scores[2], r.scores[4])
    assert r.scores[2] == pytest.approx(0.0, abs=1e-6) or r.scores[2] < r.scores[3]


def test_relevance_of_a_focus_matching_nothing_is_all_zero() -> None:
    candidates, X, space = _candidates([("a", "The volcano erupted."), ("b", "The team won.")])
    r = relevance("quantum", candidates, X, space, [english()])
    assert not r.matched and not r.scores.any() and r.unmatched == ("quantum",)


def test_term_spans_mark_the_focus_words_in_any_inflection() -> None:
    candidates, X, space = _candidates([("a", "Volcanoes erupted; the volcano's ash fell.")])
    r = relevance("volcano", candidates, X, space, [english()])
    text = candidates[0].text
    spans = term_spans(text, english(), r.columns)
    assert [text[a:b] for a, b in spans] == ["Volcanoes", "volcano"]
    assert term_spans(text, english(), frozenset()) == ()


def test_term_spans_in_a_script_without_spaces() -> None:
    zh = profile("zh")
    sentence = Sentence("a", 0, 0, 12, "北京今天下雨。上海晴天。")
    candidates = [Candidate(sentence, (sentence,))]
    X, space = fit_tfidf(count_terms([candidates[0].text], zh))
    r = relevance("北京", candidates, X, space, [zh])
    text = candidates[0].text
    assert [text[a:b] for a, b in term_spans(text, zh, r.columns)] == ["北京"]


# -- ranking and selection ------------------------------------------------------------------


def test_textrank_teleports_to_the_relevant_sentences() -> None:
    # A ring of five similar sentences: uniform teleport gives equal scores,
    # a teleport on sentence 2 makes it (and its neighbours) lead.
    rows = [[1, 1, 0, 0, 0], [0, 1, 1, 0, 0], [0, 0, 1, 1, 0], [0, 0, 0, 1, 1], [1, 0, 0, 0, 1]]
    X = sp.csr_matrix(np.array(rows, dtype=float))
    plain = textrank(X, damping=0.85, tol=1e-9, max_iter=500)
    np.testing.assert_allclose(plain, 0.2, atol=1e-6)
    focused = textrank(
        X, damping=0.85, tol=1e-9, max_iter=500, personalization=np.array([0, 0, 1.0, 0, 0])
    )
    assert int(np.argmax(focused)) == 2
    assert focused[1] > focused[0] and focused[3] > focused[4]


def test_selection_never_chooses_an_ineligible_candidate() -> None:
    X = sp.identity(6, format="csr")
    scores = np.array([6.0, 5, 4, 3, 2, 1])
    words = np.full(6, 5)
    chars = np.full(6, 30)
    budget = Budget(max_sentences=4)
    reach = shortlist(scores, words, chars, budget=budget, length_exponent=0.5)
    eligible = np.array([False, True, False, True, True, True])
    chosen = select(
        X,
        reach,
        words=words,
        chars=chars,
        budget=budget,
        labels=None,
        redundancy_threshold=0.3,
        mmr_lambda=0.5,
        eligible=eligible,
    ).chosen
    assert chosen == (1, 3, 4, 5)


def test_off_focus_lists_generic_leaders_less_relevant_than_every_chosen_one() -> None:
    generic = np.array([9.0, 8, 7, 6, 5])
    rel = np.array([0.05, 0.9, 0.02, 0.8, 0.7])
    assert off_focus(generic, rel, chosen=[1, 3, 4], ruled_out=[]) == [(0, 1), (2, 3)]
    assert off_focus(generic, rel, chosen=[1, 3, 4], ruled_out=[2]) == [(0, 1)]
    assert off_focus(generic, rel, chosen=[], ruled_out=[]) == []


# -- views and the command --------------------------------------------------------------------


def test_the_json_has_the_focus_and_validates() -> None:
    summary = summarize(merged(), max_words=60, focus="volcano eruption")
    data = json.loads(json_view(summary, explain=True))
    jsonschema.Draft202012Validator(SCHEMA).validate(data)
    assert data["focus"] == {
        "text": "volcano eruption",
        "terms": ["volcano", "eruption"],
        "unmatched": [],
        "matched": True,
    }
    for s in data["sentences"]:
        assert 0 <= s["relevance"] <= 1
        for a, b in s["focus_spans"]:
            assert fold(s["text"][a:b]).startswith(("volcano", "erupt"))
    assert any(s["focus_spans"] for s in data["sentences"])


def test_the_rich_view_marks_focus_words_and_keeps_document_text_as_data() -> None:
    docs = merged() + [
        Document(
            "volcano-x",
            "The [bold red]volcano[/] \x1b[2J erupted near [link=http://x]the "
            "crater[/link] again on Monday evening, witnesses said.",
        )
    ]
    summary = summarize(docs, max_words=200, focus="volcano crater")
    injected = next(s for s in summary.sentences if s.doc_id == "volcano-x")
    text = highlighted(injected)
    assert "[bold red]volcano[/]" in text.plain and "\\x1b[2J" in text.plain
    marked = [text.plain[span.start : span.end] for span in text.spans]
    assert "volcano" in marked and "crater" in marked
    console = Console(
        file=io.StringIO(), width=300, force_terminal=True, color_system="truecolor", record=True
    )
    console.print(rich_view(summary))
    raw = console.file.getvalue()
    shown = console.export_text()
    assert "[bold red]volcano[/]" in shown and "Summary · focus: volcano crater" in shown
    assert "\x1b[2J" not in raw and "\\x1b[2J" in shown
    assert "\x1b[1;4mvolcano" in raw  # bold underline on the focus words


def test_explain_shows_relevance_and_off_focus(capsys: pytest.CaptureFixture[str]) -> None:
    summary = summarize(merged(), max_words=60, focus="football cup final")
    out = text_view(summary, explain=True)
    assert "relevance" in out and f"{OFF_FOCUS}:" in out
    assert 'Focus: "football cup final" (matched: football, cup, final)' in out


def test_the_command_takes_a_focus_and_notes_a_miss_on_stderr(tmp_path: Path) -> None:
    for i, text in enumerate(VOLCANO + FOOTBALL):
        (tmp_path / f"{i}.txt").write_text(text, encoding="utf-8")
    out = Console(file=io.StringIO(), width=200)
    err = Console(file=io.StringIO(), width=200)
    code = main(
        [str(tmp_path), "--format", "json", "--focus", "football final"],
        console=out,
        err_console=err,
    )
    data = json.loads(out.file.getvalue())
    assert code == 0 and data["focus"]["matched"]
    assert all(int(s["doc_id"].split(".")[0]) >= 3 for s in data["sentences"])

    out = Console(file=io.StringIO(), width=200)
    err = Console(file=io.StringIO(), width=200)
    code = main(
        [str(tmp_path), "--format", "text", "--focus", "quantum physics"],
        console=out,
        err_console=err,
    )
    assert code == 0 and out.file.getvalue().strip()
    assert "matches nothing in the documents" in err.file.getvalue()

    err = Console(file=io.StringIO(), width=200)
    code = main(
        [str(tmp_path), "--focus", " "], console=Console(file=io.StringIO()), err_console=err
    )
    assert code != 0 and len(err.file.getvalue().strip().splitlines()) == 1


def test_a_focus_is_thread_safe() -> None:
    from concurrent.futures import ThreadPoolExecutor

    docs = merged()
    foci = ["volcano eruption", "football cup final"] * 3
    alone = {f: Summarizer(max_words=60, focus=f).summarize(docs).to_dict() for f in set(foci)}
    with ThreadPoolExecutor(4) as pool:
        results = list(pool.map(lambda f: Summarizer(max_words=60, focus=f).summarize(docs), foci))
    assert all(r.to_dict() == alone[f] for r, f in zip(results, foci, strict=True))


# -- found by breaking the code ------------------------------------------------------------


def test_the_relevance_prior_saturates() -> None:
    candidates, X, _ = _candidates([("a", "One two."), ("a", "Three four."), ("b", "Five six.")])
    s = score(
        candidates,
        X,
        ["a", "b"],
        frozenset(),
        damping=0.85,
        tol=1e-9,
        max_iter=200,
        position_weight=0.0,
        corroboration_weight=0.0,
        relevance=np.array([1.0, 0.3, 0.15]),
        focus_weight=1.0,
    )
    np.testing.assert_allclose(s.focus, [1.0, 1.0, 0.5])


def test_feedback_widens_the_focus_to_the_words_of_its_best_matches() -> None:
    candidates, X, space = _candidates(
        [
            ("a", "The volcano erupted and ash covered the farms."),
            ("b", "Ash covered the farms near the village."),
            ("c", "The team won the cup final."),
            ("d", "Fans celebrated the cup in the streets."),
        ]
    )
    on = relevance("volcano", candidates, X, space, [english()])
    off = relevance("volcano", candidates, X, space, [english()], feedback=False)
    assert off.scores[1] == 0 and on.scores[1] > 0


def test_term_spans_join_neighbouring_pairs_in_unspaced_scripts() -> None:
    zh = profile("zh")
    sentence = Sentence("a", 0, 0, 7, "北京今天下雨。")
    candidates = [Candidate(sentence, (sentence,))]
    X, space = fit_tfidf(count_terms([sentence.text], zh))
    r = relevance("北京 今天", candidates, X, space, [zh])
    assert term_spans(sentence.text, zh, r.columns) == ((0, 4),)


def test_a_tie_with_the_lowest_chosen_relevance_is_not_off_focus() -> None:
    assert off_focus(np.array([9.0, 8, 7]), np.array([0.5, 0.5, 0.9]), [1, 2], []) == []


def test_no_short_summary_note_when_the_budget_is_used() -> None:
    summary = summarize(merged(), max_words=80, focus="volcano eruption")
    assert not any("off the focus" in n for n in summary.notes)


def test_focus_spans_use_the_document_language() -> None:
    docs = [
        Document(
            "de1",
            "Die Bauern auf der Insel verloren ihre Ernte durch die Asche des "
            "Vulkans. Die Regierung verspricht den Bauern eine Entschädigung für die "
            "Verluste. Der Flughafen bleibt geschlossen.",
        ),
        Document(
            "de2",
            "Die Mannschaft gewann das Finale im neuen Stadion. Die Fans feierten "
            "bis zum Morgen in den Straßen der Hauptstadt.",
        ),
    ]
    summary = summarize(docs, max_words=60, focus="Bauern")  # German stem "bauer"
    assert any(s.text[a:b] == "Bauern" for s in summary.sentences for a, b in s.focus_spans)


def test_a_highlighted_piece_is_made_safe_too() -> None:
    summary = summarize(merged(), max_words=40, focus="volcano")
    s = dataclasses.replace(summary.sentences[0], text="a\x1bb rest", focus_spans=((0, 3),))
    t = highlighted(s)
    assert "\x1b" not in t.plain and "a\\x1bb" in t.plain


def test_the_text_explanation_names_unmatched_words_and_each_relevance() -> None:
    summary = summarize(merged(), max_words=80, focus="volcano tsunami")
    out = text_view(summary, explain=True)
    assert 'Focus: "volcano tsunami" (matched: volcano; not found: tsunami)' in out
    assert all(
        f"{s.score:.4f} relevance {s.relevance:.2f} cluster" in out for s in summary.sentences
    )
    assert summary.to_dict()["focus"]["unmatched"] == ["tsunami"]


def test_the_rich_explanation_has_a_relevance_column() -> None:
    summary = summarize(merged(), max_words=80, focus="volcano eruption")
    table = next(
        p for p in explain_view(summary) if getattr(p, "title", None) == "Chosen sentences"
    )
    column = next(c for c in table.columns if c.header == "relevance")
    assert list(column._cells) == [f"{s.relevance:.2f}" for s in summary.sentences]
