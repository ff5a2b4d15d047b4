"""The sentence classifier: body, boilerplate, heading, fragment; glued headings."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from support import EN, split

from summarizer.classify import (
    BODY,
    BOILERPLATE,
    FRAGMENT,
    HEADING,
    classify,
    label_document,
    web_page_terms,
)

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
    kind, reason = classify(text, EN)
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
    assert classify(text, EN) == (BODY, "")


@pytest.mark.parametrize(
    "text",
    [
        "Markets Rally As Fed Holds Rates",
        "Election Results",
        "Trade Talks in the Pacific",
        # Most words capitalised is enough: headline writers miss one now and then.
        "Mayor Says City Will rebuild Bridge",
        "Storm Damage Hits Coastal towns And Farms",
    ],
)
def test_headings(text):
    assert classify(text, EN)[0] == HEADING


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
    kind, _ = classify(text, EN)
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
    assert classify(text, EN) == (BODY, "")


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
    page = EN.page
    for text in (joiner.join(words), joiner.join(words).upper()):
        site = {m.group(0).lower() for m in page.site_terms.finditer(text)}
        web = {m.group(0).lower() for m in page.web_terms.finditer(text)}
        assert web_page_terms(text, EN) == (site, web)


def test_heading_glued_to_a_sentence_is_cut_off():
    text = "Big Title Here\nThe summit opened in Tokyo. Big Title Here Both leaders met on Monday."
    (sentences,) = split(text)
    assert sentences[-1].text == "Big Title Here Both leaders met on Monday."
    labelled = label_document(sentences, EN)
    assert [(s.text, kind) for s, kind, _ in labelled] == [
        ("Big Title Here", HEADING),
        ("The summit opened in Tokyo.", BODY),
        ("Both leaders met on Monday.", BODY),
    ]
    trimmed = labelled[-1].sentence
    assert text[trimmed.start : trimmed.end] == "Both leaders met on Monday."
    assert trimmed.end == len(text)
    assert trimmed.index == 2  # keeps its position in the document


def test_heading_from_another_document_is_not_cut_off():
    _, (sentences,) = split("Big Title Here"), split("Big Title Here Both leaders met on Monday.")
    labelled = label_document(sentences, EN)
    assert [s.text for s, _, _ in labelled] == ["Big Title Here Both leaders met on Monday."]
