"""The HTML report, read with a real HTML parser (lxml): every citation
resolves to a span holding the cited text, every document is there, and no
document text is ever markup."""

from __future__ import annotations

import base64
import hashlib
import json
import random
import re
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from lxml import html as lxml_html

from summarizer import Document, Summarizer, load_documents
from summarizer.report import DROPPED_LIMIT, html_view

SEEDS = Path(__file__).resolve().parent.parent / "seeds"

HOSTILE = (
    "The harbour board approved the new ferry terminal budget on Monday evening. "
    'Its chair wrote <script>window.pwned = 1; alert("x")</script> in the minutes. '
    "A reader pasted </textarea><img src=x onerror=alert(1)> into the form. "
    'The page linked <a href="javascript:alert(2)">the plan</a> for everyone. '
    "Costs &amp; savings were listed as &lt;b&gt;draft&lt;/b&gt; by the board. "
    "A note said </script><script>alert(3)</script> then ended here."
)


def parse(page: str):  # type: ignore[no-untyped-def]
    return lxml_html.document_fromstring(page)


@pytest.fixture(scope="module")
def seeds():  # type: ignore[no-untyped-def]
    documents = load_documents(SEEDS)
    summary = Summarizer().summarize(documents)
    page = html_view(summary, documents, explain=True)
    return summary, documents, page, parse(page)


def test_every_citation_resolves_to_the_cited_text(seeds) -> None:  # type: ignore[no-untyped-def]
    summary, documents, _, tree = seeds
    texts = {d.id: d.text for d in documents}
    numbers = {d.id: k for k, d in enumerate(summary.documents, start=1)}
    items = tree.xpath('//ol[@class="sentences"]/li')
    assert len(items) == len(summary.sentences) > 0
    for n, (li, s) in enumerate(zip(items, summary.sentences, strict=True), start=1):
        links = li.xpath(".//a[@data-s]")
        assert links and all(a.get("data-s") == str(n) for a in links)
        (sentence_link,) = li.xpath('.//a[@class="sentence"]')
        assert sentence_link.text_content() == " ".join(s.text.split()) or (
            sentence_link.text_content() == s.text
        )
        expected = [(src.doc_id, src.start, src.end) for src in s.sources]
        expected += [(sup.doc_id, sup.start, sup.end) for sup in s.support]
        targets = {a.get("href") for a in links}
        for doc_id, start, _ in expected:
            href = f"#d{numbers[doc_id]}-{start}"
            assert href in targets or any(  # one citation per document
                e[0] == doc_id and f"#d{numbers[doc_id]}-{e[1]}" in targets for e in expected
            )
        for a in links:
            (mark,) = tree.xpath(f'//mark[@id="{a.get("href")[1:]}"]')
            doc_id = next(d for d, k in numbers.items() if f"#d{k}-" in a.get("href") + "-")
            start = int(a.get("href").rsplit("-", 1)[1])
            (end,) = [e for d, st, e in expected if d == doc_id and st == start]
            assert mark.text_content() == texts[doc_id][start:end]
            refs = mark.get("data-refs").split()
            kind = "support" if "support" in a.get("class") else None
            assert any(r.startswith(f"{n}:") and (kind is None or r.endswith(kind)) for r in refs)
        (own,) = tree.xpath(f'//mark[@id="d{numbers[s.doc_id]}-{s.start}"]')
        assert own.text_content() == s.text


def test_support_is_shown_apart_from_the_sources(seeds) -> None:  # type: ignore[no-untyped-def]
    summary, _, _, tree = seeds
    supported = [n for n, s in enumerate(summary.sentences, start=1) if s.support]
    assert supported
    for n in supported:
        s = summary.sentences[n - 1]
        (also,) = tree.xpath(f'//li[@id="s{n}"]//p[@class="also"]')
        assert also.text_content().startswith("Also reported by")
        assert len(also.xpath(".//a")) == len(s.support)
        for a, sup in zip(also.xpath(".//a"), s.support, strict=True):
            assert "support" in a.get("class")
            assert f"{sup.similarity:.2f}" in also.text_content()


def test_every_document_appears(seeds) -> None:  # type: ignore[no-untyped-def]
    """Cited documents (a source or support of a summary sentence) in full,
    the others collapsed, their text in the embedded data."""
    summary, documents, _, tree = seeds
    cited = {src.doc_id for s in summary.sentences for src in s.sources}
    (data,) = tree.xpath('//script[@type="application/json"]')
    lazy = json.loads(data.text)
    assert 0 < len(cited) < len(documents)  # both kinds on the seeds
    for k, d in enumerate(documents, start=1):
        (element,) = tree.xpath(f'//*[@id="doc{k}"]')
        (text,) = element.xpath('.//div[contains(@class, "text")]')
        if d.id in cited:
            assert element.tag == "article" and str(k) not in lazy
            assert text.text_content() == d.text
        else:
            assert element.tag == "details" and element.get("data-doc") == str(k)
            pieces = lazy[str(k)]
            assert text.text_content() == ""
            assert "".join(p if isinstance(p, str) else p["text"] for p in pieces) == d.text
    rows = tree.xpath('//section[@id="sources"]//tbody/tr')
    assert len(rows) == len(documents)


def test_the_explanation_lists_clusters_and_dropped_sentences(seeds) -> None:  # type: ignore[no-untyped-def]
    summary, _, _, tree = seeds
    dropped_rows = tree.xpath('//table[@id="dropped"]/tbody/tr')
    assert len(dropped_rows) == min(len(summary.dropped), DROPPED_LIMIT)
    reasons = {o.get("value") for o in tree.xpath('//select[@id="reason-filter"]/option')}
    assert reasons == {"", *(d.reason for d in summary.dropped)}
    assert tree.xpath('//label[@for="reason-filter"]') and tree.xpath('//label[@for="text-filter"]')
    cluster_rows = tree.xpath('//section[@id="explain"]//table[not(@id)]/tbody/tr')
    assert len(cluster_rows) == len(summary.clusters)


def test_without_explain_no_explanation(seeds) -> None:  # type: ignore[no-untyped-def]
    summary, documents, _, _ = seeds
    tree = parse(html_view(summary, documents))
    assert not tree.xpath('//*[@id="explain"]')


def _csp(tree) -> dict[str, str]:  # type: ignore[no-untyped-def]
    (meta,) = tree.xpath('//meta[@http-equiv="Content-Security-Policy"]')
    return dict(
        part.strip().split(" ", 1) for part in meta.get("content").split(";") if part.strip()
    )


def _sha(text: str) -> str:
    return "'sha256-" + base64.b64encode(hashlib.sha256(text.encode()).digest()).decode() + "'"


def test_self_contained_under_a_strict_policy(seeds) -> None:  # type: ignore[no-untyped-def]
    _, _, page, tree = seeds
    policy = _csp(tree)
    assert policy["default-src"] == "'none'"
    (style,) = tree.xpath("//style")
    scripts = [s for s in tree.xpath("//script") if s.get("type") != "application/json"]
    (script,) = scripts
    # Only the page's own style and script, allowed by their hashes.
    assert policy["style-src"] == _sha(style.text) and policy["script-src"] == _sha(script.text)
    assert not tree.xpath("//*[@src] | //link | //iframe | //object | //embed | //base")
    assert not re.search(r"(?i)\b(?:src|srcset)\s*=|url\(|@import|\bhttps?://(?!www\.w3)", page)
    assert not tree.xpath("//*[@style]")  # inline style attributes would need 'unsafe-inline'
    assert tree.xpath("/html")[0].get("lang") == "en"


def test_hostile_document_text_is_shown_literally() -> None:
    documents = [
        Document("evil.txt", HOSTILE, title="A <b>title</b> & </title><script>alert(4)</script>"),
        Document(
            "other.txt",
            "Unrelated notes about the weather were posted. " * 3 + LAZY_HOSTILE,
            title="<b>x</b></summary><img src=x>",
        ),
        Document(
            "third.txt",
            "Officials said the ferry terminal budget grew again this week.",
            path="javascript:alert(5)",
        ),
    ]
    summary = Summarizer(max_sentences=3).summarize(documents)
    page = html_view(summary, documents, explain=True)
    tree = parse(page)
    assert tree.xpath('//*[@id="doc1"]')[0].tag == "article"  # the hostile one, cited
    scripts = tree.xpath("//script")
    assert len(scripts) == 2  # the page's data and the page's script, nothing else
    assert not tree.xpath("//img | //textarea | //b | //*[@onerror]")
    assert not [a for a in tree.xpath("//a") if not a.get("href", "").startswith("#")]
    text = tree.text_content()
    for literal in ("<script>window.pwned = 1;", "</textarea><img src=x", 'href="javascript:'):
        assert literal in text
    assert "Costs &amp; savings" in text and "&lt;b&gt;draft" in text  # entities stay as typed
    assert "A <b>title</b> & </title><script>alert(4)</script>" in text
    assert tree.xpath("//title")[0].text_content().startswith("Summary of")
    # The uncited document waits in the embedded data, whole and inert.
    (data,) = [s for s in scripts if s.get("type") == "application/json"]
    assert "<" not in data.text and ">" not in data.text and "&" not in data.text
    lazy = json.loads(data.text)
    uncited = tree.xpath('//details[contains(@class, "lazy")]')
    assert {d.get("data-doc") for d in uncited} == set(lazy) and "2" in lazy
    assert "".join(p if isinstance(p, str) else p["text"] for p in lazy["2"]) == documents[1].text
    (heading,) = tree.xpath('//details[@id="doc2"]/summary')
    assert "<b>x</b></summary><img src=x>" in heading.text_content()


#: Text that would end the embedded data's element, or open a comment in it.
LAZY_HOSTILE = "</script><script>alert(7)</script> & <!-- tail"


def test_documents_keep_their_layout_and_characters() -> None:
    """Line breaks, carriage returns and tabs stay where they are, in the
    marks, between them and in the embedded data."""
    text = "The board met on Monday.\r\nThe ferry\tbudget was approved on Monday by\nthe board.\n"
    other = "Unrelated notes about the\tweather were posted.\r\nNothing else.\n"
    documents = [
        Document("a.txt", text),
        Document("b.txt", "Weather stations were\r\nbusy. " + other),
        Document("c.txt", other),
    ]
    summary = Summarizer(max_sentences=2).summarize(documents)
    tree = parse(html_view(summary, documents))
    (data,) = tree.xpath('//script[@type="application/json"]')
    lazy = json.loads(data.text)
    for k, d in enumerate(documents, start=1):
        (element,) = tree.xpath(f'//*[@id="doc{k}"]')
        if element.tag == "article":
            (box,) = element.xpath('.//div[contains(@class, "text")]')
            assert box.text_content() == d.text
        else:
            assert "".join(p if isinstance(p, str) else p["text"] for p in lazy[str(k)]) == d.text
    marks = [m.text_content() for m in tree.xpath("//mark[@data-refs]")]
    assert any("\n" in m or "\t" in m for m in marks)  # a marked sentence across a break


def test_the_sources_table_counts_citations_and_support(seeds) -> None:  # type: ignore[no-untyped-def]
    summary, _, _, tree = seeds
    rows = tree.xpath('//section[@id="sources"]//tbody/tr')
    for d, row in zip(summary.documents, rows, strict=True):
        cells = [c.text_content() for c in row.xpath("./td")]
        cited = sum(d.id in s.doc_ids for s in summary.sentences)
        supporting = sum(sup.doc_id == d.id for s in summary.sentences for sup in s.support)
        assert cells[-2:] == [str(cited), str(supporting)]
        assert cells[-3] == str(d.sentences)
    assert sum(int(r.xpath("./td")[-1].text_content()) for r in rows) > 0


def test_a_span_shared_by_two_sentences_lists_both() -> None:
    """A sentence can be one summary sentence's source and another's support:
    one mark, both references."""
    from summarizer.report import _Ref, _segments

    text = "First sentence here. Second sentence there."
    refs = [_Ref(1, "exact", 0, 20, 1.0), _Ref(2, "support", 0, 20, 0.5)]
    pieces = _segments(text, refs, 3)
    assert pieces[0]["refs"] == "1:exact 2:support"
    assert pieces[0]["class"] == "exact support" and pieces[0]["id"] == "d3-0"
    assert pieces[1:] == [" Second sentence there."]


def test_control_and_bidi_characters_are_visible_escapes() -> None:
    text = "The board met on Monday \x1b[2J about the \u202eterminal budget and the ferry plan."
    documents = [Document("a.txt", text), Document("b.txt", text.replace("board", "panel"))]
    summary = Summarizer().summarize(documents)
    page = html_view(summary, documents)
    assert "\x1b" not in page and "\u202e" not in page
    assert "\\x1b[2J" in page and "\\u202e" in page


def test_a_thousand_documents_stay_usable() -> None:
    """The cited documents in full, the rest collapsed: their text only in the
    embedded data, written into the page when opened."""
    rng = random.Random(7)
    words = [
        f"{a}{b}"
        for a in ("har", "fer", "bud", "cou", "wea", "mar", "sch", "riv")
        for b in ("bour", "ry", "get", "ncil", "ther", "ket", "ool", "er", "den", "ton")
    ]
    documents = [
        Document(
            f"d{i}.txt",
            " ".join(
                " ".join(rng.choice(words) for _ in range(12)).capitalize() + "." for _ in range(4)
            ),
        )
        for i in range(1000)
    ]
    summary = Summarizer(max_sentences=5).summarize(documents)
    tree = parse(html_view(summary, documents))
    cited = tree.xpath('//article[contains(@class, "document")]')
    lazy = tree.xpath('//details[contains(@class, "lazy")]')
    carrying = {src.doc_id for s in summary.sentences for src in s.sources}
    assert len(cited) + len(lazy) == 1000 and len(cited) == len(carrying) <= 5
    assert all(not d.xpath('.//div[contains(@class, "text")]')[0].text_content() for d in lazy)
    assert sum(len(s.support) for s in summary.sentences) > 0  # support in collapsed ones
    (data,) = tree.xpath('//script[@type="application/json"]')
    assert len(json.loads(data.text)) == len(lazy)


def test_the_command_writes_a_report(tmp_path: Path) -> None:
    from test_cli import run

    out = tmp_path / "report.html"
    result = run(SEEDS, "-o", str(out))  # the extension chooses the format
    assert result.code == 0, result.err
    assert result.raw == ""
    tree = parse(out.read_text(encoding="utf-8"))
    assert tree.xpath('//ol[@class="sentences"]/li')
    result = run(SEEDS, "--format", "html")
    assert result.code == 0 and result.raw.lstrip().startswith("<!DOCTYPE html>")


@pytest.mark.parametrize(
    ("name", "options", "check"),
    [
        ("s.json", (), lambda t: json.loads(t)["schema_version"] >= 6),
        ("s.md", (), lambda t: "[^1]:" in t),
        ("s.txt", (), lambda t: "<" not in t and len(t.splitlines()) >= 3),
        ("s.out", ("--format", "rich"), lambda t: "Summary" in t and "\x1b[" not in t),
        ("s.html", ("--format", "json"), lambda t: t.startswith("{")),
        ("S.HTML", (), lambda t: t.startswith("<!DOCTYPE html>")),  # any case
        ("s.out", (), lambda t: "Summary" not in t and "│" not in t and len(t.splitlines()) >= 3),
    ],
)
def test_output_file_for_every_format(tmp_path: Path, name, options, check) -> None:  # type: ignore[no-untyped-def]
    from test_cli import run

    out = tmp_path / name
    result = run(SEEDS, "-o", str(out), *options)
    assert result.code == 0, result.err
    assert result.raw == ""
    text = out.read_text(encoding="utf-8")
    assert check(text) and text.endswith("\n")
    assert not list(tmp_path.glob(".*.tmp"))  # written through a temporary file, renamed


def test_an_output_that_cannot_be_written_fails_before_reading(tmp_path: Path) -> None:
    from test_cli import run

    result = run(tmp_path / "missing-input", "-o", str(tmp_path / "no" / "such" / "r.html"))
    assert result.code == 2
    assert "--output" in result.err and "no directory" in result.err
    assert len(result.err.strip().splitlines()) == 1
    result = run(SEEDS, "-o", str(tmp_path))
    assert result.code == 2 and "is a directory" in result.err


def test_a_failed_write_keeps_the_old_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The output is written to a temporary file and renamed: when that
    fails, the old file is as it was and no temporary file is left."""
    from test_cli import run

    import summarizer.cli

    out = tmp_path / "s.txt"
    out.write_text("old summary\n", encoding="utf-8")
    written: list[Path] = []

    def failing_replace(source: str | Path, target: str | Path) -> None:
        written.append(Path(source))
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(summarizer.cli.os, "replace", failing_replace)
    result = run(SEEDS, "-o", str(out))
    assert result.code == 1
    assert "cannot write it (No space left on device)" in result.err
    assert out.read_text(encoding="utf-8") == "old summary\n"
    assert written and written[0].parent == tmp_path and not written[0].exists()
    assert sorted(p.name for p in tmp_path.iterdir()) == ["s.txt"]


def test_an_output_directory_that_cannot_be_written(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from test_cli import run

    import summarizer.cli

    # (as root, permissions do not stop a write: ask os.access instead)
    monkeypatch.setattr(summarizer.cli.os, "access", lambda path, mode: False)
    result = run(SEEDS, "-o", str(tmp_path / "r.html"))
    assert result.code == 2 and "cannot write in" in result.err
    assert not (tmp_path / "r.html").exists()


def test_an_output_that_cannot_encode_unicode_gets_references() -> None:
    """For an ASCII output the page is ASCII and shows the same text: character
    references in the page, JSON escapes in the embedded data."""
    documents = [
        Document("a.txt", "Le conseil a approuvé le budget du terminal « ferry » lundi soir."),
        Document("b.txt", "Le conseil a approuvé le budget du terminal « ferry » lundi."),
        Document("c.txt", "Météo : il a plu à Zürich, à Genève et à Bâle toute la journée."),
    ]
    summary = Summarizer(max_sentences=1).summarize(documents)
    page = html_view(summary, documents, ascii=True)
    assert page.isascii() and "&#233;" in page
    tree = parse(page)
    unicode_page = parse(html_view(summary, documents))
    for part in ("//main", "//title"):
        assert unicode_page.xpath(part)[0].text_content() == tree.xpath(part)[0].text_content()
    (data,) = tree.xpath('//script[@type="application/json"]')
    lazy = json.loads(data.text)
    texts = {"".join(p if isinstance(p, str) else p["text"] for p in v) for v in lazy.values()}
    assert lazy and texts <= {d.text for d in documents}


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.text(min_size=1, max_size=200), st.text(min_size=1, max_size=200))
def test_any_text_is_shown_as_it_is(extra_a: str, extra_b: str) -> None:
    """Whatever characters documents hold, the page shows each document's
    text (control and bidi characters as visible escapes) and nothing else:
    no element comes from it."""
    from summarizer.render import safe_text

    documents = [
        Document("a.txt", "The harbour board approved the ferry budget on Monday. " + extra_a),
        Document("b.txt", "The harbour board approved the ferry budget on Monday! " + extra_b),
        Document("c.txt", extra_b + " Weather notes were posted by the harbour office."),
    ]
    summary = Summarizer(max_sentences=2).summarize(documents)
    tree = parse(html_view(summary, documents, explain=True))
    (data,) = tree.xpath('//script[@type="application/json"]')
    lazy = json.loads(data.text)
    for k, d in enumerate(documents, start=1):
        (element,) = tree.xpath(f'//*[@id="doc{k}"]')
        (box,) = element.xpath('.//div[contains(@class, "text")]')
        shown = safe_text(d.text, keep_lines=True)
        if element.tag == "article":
            assert box.text_content() == shown
            assert {e.tag for e in box.iter()} <= {"div", "mark"}
        else:
            assert "".join(p if isinstance(p, str) else p["text"] for p in lazy[str(k)]) == shown
    assert len(tree.xpath("//script")) == 2


def test_each_text_in_its_language_and_direction() -> None:
    """Arabic documents: their text and the summary's sentences carry their
    language and take their direction from the text (right to left)."""
    documents = [
        Document(
            "a.txt",
            "أعلنت الحكومة اليوم عن خطة جديدة لدعم المزارعين في المناطق الريفية. "
            "وقال وزير الزراعة إن الخطة ستبدأ في الشهر المقبل. "
            "وأضاف أن الدعم سيشمل القروض الميسرة والبذور والأسمدة للمزارعين.",
        ),
        Document(
            "b.txt",
            "قال وزير الزراعة إن خطة دعم المزارعين ستبدأ في الشهر المقبل. "
            "وانتقدت المعارضة الخطة ووصفتها بأنها غير كافية لمواجهة الجفاف.",
        ),
    ]
    summary = Summarizer(max_sentences=2).summarize(documents)
    assert {d.language for d in summary.documents} == {"ar"}
    tree = parse(html_view(summary, documents))
    boxes = tree.xpath('//*[contains(@class, "document")]//div[contains(@class, "text")]')
    assert len(boxes) == 2 and all(b.get("dir") == "auto" and b.get("lang") == "ar" for b in boxes)
    sentences = tree.xpath('//a[@class="sentence"]')
    assert sentences and all(a.get("dir") == "auto" and a.get("lang") == "ar" for a in sentences)
