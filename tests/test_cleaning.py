"""Cleaning: sentence classification, heading trimming and duplicate collapsing."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from summarizer import Document
from summarizer.cleaning import (
    BODY,
    BOILERPLATE,
    DUPLICATE,
    FRAGMENT,
    HEADING,
    CleanedCorpus,
    classify,
    clean,
)
from summarizer.features import normalize_for_matching
from summarizer.sentences import split_sentences

# -- classify -------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Click here to subscribe to our newsletter.",
        "Sign up for our daily email.",
        "Share this article on Facebook",
        "Notice you must log in to continue.",
        "© 2024 Example Media. All rights reserved.",
        "Follow us on Twitter",
        "Read more: www.example.com",
        "We use cookies to improve your experience.",
        "Leave a comment below and tell us what you think.",
        "Download our app to get notifications.",
        "https://example.org/story/123",
    ],
)
def test_boilerplate(text):
    kind, reason = classify(text)
    assert kind == BOILERPLATE
    assert reason  # explains which site words were found


@pytest.mark.parametrize(
    "text",
    [
        "The company declined to comment on the report.",
        "Trump said on Twitter that the talks went well.",
        "Facebook changed its privacy policy last year, regulators said.",
        "Officials said the newsletter was sent to all staff in March.",
    ],
)
def test_news_sentence_with_one_web_word_is_body(text):
    assert classify(text) == (BODY, "")


@pytest.mark.parametrize(
    "text",
    ["Markets Rally As Fed Holds Rates", "Election Results", "Trade Talks in the Pacific"],
)
def test_headings(text):
    assert classify(text)[0] == HEADING


@pytest.mark.parametrize(
    "text",
    [
        ", and is very accurate .",
        "Read the statement below:",
        "Tokyo",
        "Tokyo.",
        "good quality light long battery portable scratch resistant",
        "“We will win.”",
        '"We will win."',
        "and then they left the building.",
        "he said.” The crowd cheered.",
        "Short line here",
    ],
)
def test_fragments_are_not_body(text):
    kind, _ = classify(text)
    assert kind != BODY
    assert kind == FRAGMENT


@pytest.mark.parametrize(
    "text",
    [
        "The two leaders signed an agreement on critical minerals in Tokyo on Monday.",
        "Both leaders met on Monday.",
        "“We will win,” the candidate told supporters in Ohio.",
        "Prices rose 3% in March, the statistics office said.",
        "Did the central bank move too slowly?",
    ],
)
def test_normal_sentences_are_body(text):
    assert classify(text) == (BODY, "")


# -- clean ------------------------------------------------------------------------


def corpus(*texts: str) -> list[list]:
    docs = [Document(id=f"d{i}", text=t) for i, t in enumerate(texts, start=1)]
    return split_sentences(docs), {d.id: d for d in docs}


def assert_spans(cleaned: CleanedCorpus, docs: dict[str, Document]) -> None:
    for cand in cleaned.candidates + cleaned.fallback:
        for s in (cand.sentence, *cand.sources):
            assert docs[s.doc_id].text[s.start : s.end] == s.text
    for d in cleaned.dropped:
        assert docs[d.sentence.doc_id].text[d.sentence.start : d.sentence.end] == d.sentence.text


LONG = (
    "The prime minister met the visiting president in Tokyo on Monday to discuss trade, "
    "security, energy and critical minerals supply."
)
OTHER = "Officials from both countries said the talks had gone better than many analysts expected."


def test_long_sentence_has_twenty_words():
    assert len(LONG.split()) == 20


def test_exact_duplicates_collapse_within_and_across_documents():
    sentences, docs = corpus(
        f"{LONG} {OTHER} {LONG}",
        f"{LONG.upper()[:-1]}!\n{OTHER}",
        "Something entirely different happened in Osaka that week.",
    )
    cleaned = clean(sentences)
    assert_spans(cleaned, docs)
    assert [c.text for c in cleaned.candidates] == [
        LONG,
        OTHER,
        "Something entirely different happened in Osaka that week.",
    ]
    first, second, _ = cleaned.candidates
    assert [(s.doc_id, s.index) for s in first.sources] == [("d1", 0), ("d1", 2), ("d2", 0)]
    assert first.sources[0] == first.sentence
    assert first.doc_ids == ("d1", "d2")
    assert [(s.doc_id, s.index) for s in second.sources] == [("d1", 1), ("d2", 1)]
    assert cleaned.count(DUPLICATE) == 3
    assert {d.related for d in cleaned.dropped if d.reason == DUPLICATE} == {
        first.sentence,
        second.sentence,
    }
    assert cleaned.fallback == ()


def test_near_duplicate_merges():
    changed = LONG.replace("visiting", "visting")  # a typo fixed by another outlet
    assert changed != LONG
    sentences, docs = corpus(LONG, changed)
    cleaned = clean(sentences)
    assert_spans(cleaned, docs)
    (cand,) = cleaned.candidates
    assert cand.text == LONG
    assert [s.text for s in cand.sources] == [LONG, changed]
    assert [m.exact for m in cand.matches] == [True, False]
    assert cand.matches[1].similarity == pytest.approx(18 / 20)  # 19 distinct words each
    (dropped,) = cleaned.dropped
    assert dropped.reason == DUPLICATE and "near-duplicate (0.90)" in dropped.detail


def test_a_different_fact_is_not_a_near_duplicate():
    changed = LONG.replace("Monday", "Tuesday")  # 19 of 21 words shared, another day
    sentences, _ = corpus(LONG, changed)
    cleaned = clean(sentences)
    assert [c.text for c in cleaned.candidates] == [LONG, changed]
    assert cleaned.dropped == ()


def test_near_duplicate_respects_threshold():
    changed = LONG.replace("visiting", "visting")
    sentences, _ = corpus(LONG, changed)
    # Jaccard = 18 / 20
    assert len(clean(sentences, duplicate_threshold=0.9).candidates) == 1
    assert len(clean(sentences, duplicate_threshold=0.95).candidates) == 2


def test_different_sentences_on_same_topic_do_not_merge():
    a = "The prime minister met the visiting president in Tokyo on Monday to discuss trade."
    b = "Trade between Japan and the United States rose sharply after the president's visit."
    sentences, _ = corpus(a, b)
    cleaned = clean(sentences)
    assert [c.text for c in cleaned.candidates] == [a, b]
    assert cleaned.dropped == ()


def test_heading_glued_to_sentence_is_trimmed():
    text = "Big Title Here\nThe summit opened in Tokyo. Big Title Here Both leaders met on Monday."
    sentences, docs = corpus(text)
    assert [s.text for s in sentences[0]][-1] == "Big Title Here Both leaders met on Monday."
    cleaned = clean(sentences)
    assert_spans(cleaned, docs)
    assert [c.text for c in cleaned.candidates] == [
        "The summit opened in Tokyo.",
        "Both leaders met on Monday.",
    ]
    trimmed = cleaned.candidates[1].sentence
    assert text[trimmed.start : trimmed.end] == "Both leaders met on Monday."
    assert trimmed.end == len(text)
    assert trimmed.index == 2  # keeps its position in the document
    assert [d.reason for d in cleaned.dropped] == [HEADING]


def test_heading_from_another_document_is_not_trimmed():
    sentences, _ = corpus("Big Title Here", "Big Title Here Both leaders met on Monday.")
    cleaned = clean(sentences)
    assert [c.text for c in cleaned.candidates] == ["Big Title Here Both leaders met on Monday."]


def test_boilerplate_headings_fragments_are_dropped_with_reasons():
    text = (
        "Election Results\n"
        "Click here to subscribe to our newsletter.\n"
        "Voters turned out in record numbers on Sunday.\n"
        "Read the statement below:"
    )
    sentences, docs = corpus(text)
    cleaned = clean(sentences)
    assert_spans(cleaned, docs)
    assert [c.text for c in cleaned.candidates] == [
        "Voters turned out in record numbers on Sunday."
    ]
    assert cleaned.count(HEADING) == 1
    assert cleaned.count(BOILERPLATE) == 1
    assert cleaned.count(FRAGMENT) == 1
    assert cleaned.fallback == ()  # only used when there is no body sentence


def test_filter_boilerplate_false_keeps_everything_as_body():
    text = "Election Results\nClick here to subscribe to our newsletter.\nVoters came out."
    sentences, _ = corpus(text)
    cleaned = clean(sentences, filter_boilerplate=False)
    assert [c.text for c in cleaned.candidates] == [s.text for s in sentences[0]]
    assert all(c.kind == BODY for c in cleaned.candidates)
    assert cleaned.dropped == ()


def test_collapse_duplicates_false_keeps_duplicates():
    sentences, _ = corpus(f"{LONG} {LONG}", LONG)
    cleaned = clean(sentences, collapse_duplicates=False)
    assert [c.text for c in cleaned.candidates] == [LONG, LONG, LONG]
    assert all(len(c.sources) == 1 for c in cleaned.candidates)
    assert cleaned.count(DUPLICATE) == 0


def test_only_headings_and_fragments_gives_fallback():
    sentences, docs = corpus(
        "Election Results\nMarkets Rally As Fed Holds Rates\nHello",
        "Election Results",
    )
    cleaned = clean(sentences)
    assert cleaned.candidates == ()
    assert_spans(cleaned, docs)
    assert [c.text for c in cleaned.fallback] == [
        "Election Results",
        "Markets Rally As Fed Holds Rates",
        "Hello",
    ]
    assert cleaned.fallback[0].doc_ids == ("d1", "d2")
    assert all(c.kind != BODY for c in cleaned.fallback)


def test_only_boilerplate_gives_nothing():
    sentences, _ = corpus("Click here to subscribe to our newsletter.\nFollow us on Twitter")
    cleaned = clean(sentences)
    assert cleaned.candidates == () and cleaned.fallback == ()
    assert cleaned.count(BOILERPLATE) == 2


def test_clean_empty_input():
    cleaned = clean([])
    assert (cleaned.candidates, cleaned.fallback, cleaned.dropped) == ((), (), ())
    assert cleaned.terms.shape[0] == 0
    assert clean([[], []]).candidates == ()


# -- normalize_for_matching ------------------------------------------------------


def test_normalize_for_matching():
    assert normalize_for_matching("  Hello,   WORLD!! ") == "hello world"
    assert normalize_for_matching("Ｆｕｌｌ－width") == "full width"
    assert normalize_for_matching("snake_case") == "snake case"
    assert normalize_for_matching("...") == ""


_PAGE_WORDS = (
    "subscribe unsubscribed newsletters sign-up signed in logged in logout privacy policy "
    "terms of use all rights reserved copyright 2024 © advertisement sponsored content "
    "clicking here tap here share this follow us javascript read more related stories "
    "bookmarks permalink paywall notifications required fields credited from image source "
    "photo credit trusted source download the app get our app e-mail emails cookies password "
    "comments reply browser website webpage homepage username account captcha feed rss blog "
    "podcasts posted by app store google play whatsapp facebook twitter instagram linkedin "
    "pinterest youtube tiktok telegram reddit https://x.org www.site example.com bbc.co.uk "
    "news.tv the said market minister and of rebuilt logic signal weblike"
).split()


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(_PAGE_WORDS), max_size=12), st.sampled_from([" ", "-", ". ", ""]))
def test_web_page_prefilter_never_hides_a_match(words, joiner):
    """The fast prefilter only skips sentences in which the full patterns find nothing."""
    from summarizer.cleaning import _SITE_TERMS, _WEB_TERMS, web_page_terms

    text = joiner.join(words)
    site = {m.group(0).lower() for m in _SITE_TERMS.finditer(text)}
    web = {m.group(0).lower() for m in _WEB_TERMS.finditer(text)}
    assert web_page_terms(text) == (site, web)
    assert web_page_terms(text.upper()) == (
        {m.group(0).lower() for m in _SITE_TERMS.finditer(text.upper())},
        {m.group(0).lower() for m in _WEB_TERMS.finditer(text.upper())},
    )
