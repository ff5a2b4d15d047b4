"""Sentence splitting: abbreviations, hard line boundaries, soft wraps, exact spans."""

from __future__ import annotations

import pytest
from support import EN

from summarizer import Document
from summarizer.language import count_words
from summarizer.sentences import (
    Sentence,
    blocks,
    build_tokenizer,
    default_tokenizer,
    split_document,
)


def split(text: str, *, train: bool = False) -> list[Sentence]:
    doc = Document(id="d", text=text)
    tokenizer = build_tokenizer(EN, text) if train else default_tokenizer(EN)
    sentences = split_document(doc, EN, tokenizer)
    assert_valid_spans(doc, sentences)
    return sentences


def texts(text: str, *, train: bool = False) -> list[str]:
    return [s.text for s in split(text, train=train)]


def assert_valid_spans(doc: Document, sentences: list[Sentence]) -> None:
    assert [s.index for s in sentences] == list(range(len(sentences)))
    previous_end = 0
    for s in sentences:
        assert s.doc_id == doc.id
        assert 0 <= s.start < s.end <= len(doc.text)
        assert doc.text[s.start : s.end] == s.text
        assert s.text == s.text.strip()
        assert s.start >= previous_end  # in order, not overlapping
        previous_end = s.end


@pytest.mark.parametrize(
    "sentence",
    [
        "U.S. President Donald Trump arrived in Tokyo.",
        "Mr. Smith met Dr. Jones at 9 a.m. on Jan. 5.",
        "George W. Bush spoke.",
        "Prof. Ada Lovelace, Ph.D., visited the U.K. in Dec. of that year.",
        "The firm, Acme Corp. of Washington, D.C., grew.",
    ],
)
def test_abbreviations_do_not_split(train, sentence):
    assert texts(sentence, train=train) == [sentence]


@pytest.fixture(params=[False, True], ids=["untrained", "trained"])
def train(request):
    return request.param


def test_ordinary_sentence_boundaries():
    assert texts("The talks ended. Both sides left! Was it a success? Nobody knows.") == [
        "The talks ended.",
        "Both sides left!",
        "Was it a success?",
        "Nobody knows.",
    ]


def test_abbreviation_followed_by_more_sentences():
    assert texts("Mr. Smith met Dr. Jones at 9 a.m. on Jan. 5. He left at noon.") == [
        "Mr. Smith met Dr. Jones at 9 a.m. on Jan. 5.",
        "He left at noon.",
    ]


def test_line_break_is_a_hard_boundary(train):
    text = "Credited from: SCMP\nU.S. President Donald Trump arrived in Tokyo."
    assert texts(text, train=train) == [
        "Credited from: SCMP",
        "U.S. President Donald Trump arrived in Tokyo.",
    ]


def test_line_break_after_title_case_line():
    assert texts("Markets Rally As Fed Holds Rates\nStocks rose on Monday.") == [
        "Markets Rally As Fed Holds Rates",
        "Stocks rose on Monday.",
    ]


def test_blank_line_is_a_hard_boundary_even_before_lower_case():
    text = "A heading without a stop\n\nlower case paragraph continues here."
    assert texts(text) == ["A heading without a stop", "lower case paragraph continues here."]


def test_blank_lines_with_whitespace_and_many_paragraphs():
    text = "\n\n  First paragraph here.  \n \t \n\nSecond paragraph here.\n\n\n"
    sentences = split(text)
    assert [s.text for s in sentences] == ["First paragraph here.", "Second paragraph here."]


def test_soft_wrapped_line_joins():
    text = "The minister said the plan would\nbe published next week. Critics disagreed."
    assert texts(text) == [
        "The minister said the plan would\nbe published next week.",
        "Critics disagreed.",
    ]


def test_closed_line_followed_by_lower_case_does_not_join():
    text = "The plan was published.\nthen critics disagreed."
    assert texts(text) == ["The plan was published.", "then critics disagreed."]


def test_line_followed_by_upper_case_does_not_join():
    text = "The plan was published on Monday\nCritics disagreed with it."
    assert texts(text) == ["The plan was published on Monday", "Critics disagreed with it."]


def test_multiple_soft_wraps_chain():
    text = "One long sentence that\nwraps over\nthree lines. Next."
    assert texts(text) == ["One long sentence that\nwraps over\nthree lines.", "Next."]


@pytest.mark.parametrize("eol", ["\r\n", "\r", "\n"])
def test_line_endings(eol):
    text = f"First line here.{eol}Second line here.{eol}{eol}Third one"
    sentences = split(text)
    assert [s.text for s in sentences] == ["First line here.", "Second line here.", "Third one"]
    assert not any("\r" in s.text or "\n" in s.text for s in sentences)


@pytest.mark.parametrize("eol", ["\r\n", "\r"])
def test_soft_wrap_with_windows_and_old_mac_line_ends(eol):
    text = f"The report was delayed{eol}by two weeks, officials said."
    assert texts(text) == [f"The report was delayed{eol}by two weeks, officials said."]


@pytest.mark.parametrize("text", ["", " ", "\n\n", " \t\r\n \r \n"])
def test_empty_or_whitespace_document(text, train):
    assert split(text, train=train) == []


def test_blocks_exclude_surrounding_whitespace():
    text = "  Alpha beta.  \n\n\tGamma delta \n"
    spans = blocks(text)
    assert [text[a:b] for a, b in spans] == ["Alpha beta.", "Gamma delta"]


def test_spans_on_messy_document(train):
    text = (
        "\ufeffBreaking News\r\n\r\n"
        "  U.S. officials said on Monday that the talks,\n"
        "which began in Jan. 2024, were over.  Mr. Lee agreed. “It is done,” he said.\r"
        "Gov. Hart (D.) declined to comment…\n"
        "\n\n"
        "   Final words here!   "
    )
    sentences = split(text, train=train)
    assert len(sentences) >= 5
    assert sentences[-1].text == "Final words here!"


def test_split_document_with_explicit_tokenizer():
    doc = Document(id="x", text="Acme Inc. sold widgets. Buyers liked them.")
    tok = build_tokenizer(EN, "Some training text. More of it here.")
    sentences = split_document(doc, EN, tok)
    assert [s.text for s in sentences] == ["Acme Inc. sold widgets.", "Buyers liked them."]
    assert_valid_spans(doc, sentences)


NEWS = """\
Japan's prime minister met the U.S. president in Tokyo on Monday. The two leaders signed an \
agreement on rare earths and critical minerals. Officials said the deal would help both \
countries secure supply chains.
Mr. Trump praised the new leader and called the alliance the strongest in the world. \
Ms. Takaichi thanked him for his support. Dr. Kato, an economist at Keio Univ., said markets \
reacted calmly.

Later, the president spoke to sailors aboard an aircraft carrier near Yokosuka. He talked \
about trade, defence spending and the national guard. Protesters gathered outside the base.
The visit ends on Wednesday, when he flies to South Korea for a regional summit. Analysts \
expect talks with China's leader there. Gen. Smith will travel with the delegation.
"""


def test_train_gives_valid_spans_and_same_split_on_news():
    trained = split(NEWS, train=True)
    untrained = split(NEWS, train=False)
    assert len(trained) == 12
    assert [s.text for s in trained] == [s.text for s in untrained]
    assert trained[5].text == "Dr. Kato, an economist at Keio Univ., said markets reacted calmly."


def test_train_on_repetitive_text_still_gives_valid_spans():
    # Whatever Punkt learns from odd input, spans must stay exact.
    text = " ".join(f"Case {i} closed at 9 a.m. on day {i}." for i in range(40)) + "\n" + NEWS
    sentences = split(text, train=True)
    assert sentences
    assert sentences[-1].text.endswith("delegation.")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("北京宣布计划。市民欢迎！真的吗？", ["北京宣布计划。", "市民欢迎！", "真的吗？"]),
        ("他说：「好。」然后离开了。", ["他说：「好。」", "然后离开了。"]),
        ("终于！？ 结束了。", ["终于！？", "结束了。"]),
        (
            "ورحب السكان بالقرار؟ نعم، رحب معظمهم به.",
            ["ورحب السكان بالقرار؟", "نعم، رحب معظمهم به."],
        ),
        ("यह पहला वाक्य है। यह दूसरा है।", ["यह पहला वाक्य है।", "यह दूसरा है।"]),
        ("یہ پہلا جملہ ہے۔ یہ دوسرا ہے۔", ["یہ پہلا جملہ ہے۔", "یہ دوسرا ہے۔"]),
        ("Առաջին նախադասություն։ Երկրորդ։", ["Առաջին նախադասություն։", "Երկրորդ։"]),
        ("የመጀመሪያው ዓረፍተ ነገር። ሁለተኛው።", ["የመጀመሪያው ዓረፍተ ነገር።", "ሁለተኛው።"]),
        ("The end.", ["The end."]),
        ("。", ["。"]),
    ],
)
def test_sentence_ends_punkt_does_not_know(text: str, expected: list[str]) -> None:
    doc = Document("d", text)
    sentences = split_document(doc, EN)
    assert [s.text for s in sentences] == expected
    assert all(text[s.start : s.end] == s.text for s in sentences)


def test_count_words_counts_han_and_kana_per_character() -> None:
    assert count_words("The cat sat.") == 3
    assert count_words("北京宣布计划。") == 6
    assert count_words("他说：「好。」") == 3
    assert count_words("東京 is big") == 4
    assert count_words("") == 0
    assert count_words("Prices rose — again — by 5 %") == 5  # a dash or a sign is not a word
