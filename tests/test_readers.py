"""Real inputs: web pages, links, Markdown, PDF, paged and wrapped text,
informal text, JSONL on standard input (fixtures in tests/fixtures/inputs/,
written for these tests)."""

from __future__ import annotations

import contextlib
import http.server
import io
import json
import re
import shutil
import sys
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from test_robustness import check_honest, document_texts, run, write

from summarizer import Document, Summarizer, SummarizerSettings, load_documents
from summarizer.classify import BODY, BOILERPLATE, HEADING, label_document
from summarizer.documents import LoadNotice
from summarizer.language import english
from summarizer.readers.html import read_html, visible_text
from summarizer.readers.markdown import read_markdown
from summarizer.readers.pages import join_hyphenated, read_plain, wrap_width
from summarizer.readers.url import FetchError, fetch
from summarizer.sentences import split_document

FIXTURES = Path(__file__).parent / "fixtures" / "inputs"
sys.path.insert(0, str(FIXTURES))
from pdfmaker import make_pdf  # noqa: E402


def expected(kind: str) -> dict:
    return json.loads((FIXTURES / kind / "expected.json").read_text(encoding="utf-8"))


def squash(text: str) -> str:
    return " ".join(text.split())


def sentences_of(doc: Document) -> list[str]:
    return [squash(s.text) for s in split_document(doc, english())]


def summary_of(*paths: Path | str, words: int = 150) -> dict:
    result = run(*paths, "--format", "json", "--words", str(words))
    assert result.code == 0, result.err
    summary = result.json
    check_honest(summary, document_texts(*paths))
    return summary


def quiet(*paths: Path | str) -> list[Document]:
    return load_documents(*paths, on_notice=lambda n: None)


# -- web pages ---------------------------------------------------------------------------------


def test_web_page_text_is_the_article() -> None:
    facts = expected("web")
    for doc in quiet(FIXTURES / "web"):
        for line in facts["furniture"]:
            assert squash(line) not in squash(doc.text), (doc.id, line)
        assert sum(fact in doc.text for fact in facts["lead_facts"]) >= 4, doc.id


@pytest.mark.parametrize("words", [100, 150, 250])
def test_web_pages_summarise_the_articles_not_the_page(words: int) -> None:
    facts = expected("web")
    summary = summary_of(FIXTURES / "web", words=words)
    text = " ".join(s["text"] for s in summary["sentences"])
    for line in facts["furniture"]:
        assert squash(line) not in squash(text), line
    present = [fact for fact in facts["lead_facts"] if fact in text]
    assert len(present) >= min(6, words // 25), present
    assert summary["sentences"][0]["index"] <= 4  # a lead sentence opens the brief


def test_web_page_metadata_reaches_the_summary() -> None:
    facts = expected("web")
    summary = summary_of(FIXTURES / "web")
    by_id = {d["id"]: d for d in summary["documents"]}
    for name in facts["titles"]:
        doc = by_id[name]
        assert doc["title"] == facts["titles"][name]
        assert doc["author"] == facts["authors"][name]
        assert doc["date"] == facts["dates"][name]


@pytest.mark.parametrize("page", ["outlet-c.html", "outlet-d.html"])
def test_pages_without_head_end_or_with_an_open_iframe_keep_their_article(page: str) -> None:
    # c leaves out </head> (valid HTML), d has an <iframe> that is never closed.
    (doc,) = quiet(FIXTURES / "web" / page)
    assert sum(fact in doc.text for fact in expected("web")["lead_facts"]) >= 5


def test_headings_of_a_page_are_never_body() -> None:
    paragraph = (
        "<p>The council said on Monday that the bridge would stay closed for repairs "
        "until the spring, after engineers found cracks in two of its piers.</p>"
    )
    html = (
        "<html><head><title>Bridge</title></head><body><article><h1>Bridge shut</h1>"
        + paragraph * 3
        + "<h2>What the closure means for the families who live south of the river.</h2>"
        + paragraph.replace("council", "operator") * 3
        + "</article></body></html>"
    )
    extracted = read_html(html)
    doc = Document("page", extracted.text, headings=extracted.headings)
    labelled = label_document(split_document(doc, english()), english(), doc.headings)
    kinds = {squash(x.sentence.text): x.kind for x in labelled}
    # A full sentence with its period, but the page says it is a heading.
    assert kinds["What the closure means for the families who live south of the river."] == HEADING
    assert list(kinds.values()).count(BODY) >= 1


def test_html_files_are_read_from_directories_by_default(tmp_path: Path) -> None:
    for page in (FIXTURES / "web").glob("*.html"):
        shutil.copy(page, tmp_path / page.name.replace(".html", ".htm"))
    notices: list[LoadNotice] = []
    docs = load_documents(tmp_path, on_notice=notices.append)
    assert len(docs) == 4
    assert not any("not a" in n.message for n in notices)


def test_a_page_without_an_article_falls_back_to_its_visible_text_with_a_notice() -> None:
    html = "<html><body><nav><a href='/'>Home</a></nav></body></html>"
    extracted = read_html(html)
    assert "no article found" in (extracted.note or "")
    assert extracted.text == "Home"


def test_visible_text_keeps_adjacent_links_apart_and_survives_broken_structure() -> None:
    text, _ = visible_text(
        "<html><head><title>T</title><body><iframe src='x'><p>Story starts here.</p>"
        "<footer><a href='/t'>Terms of Service</a><a href='/p'>Privacy Policy</a></footer>"
    )
    assert "Story starts here." in text
    assert "Terms of Service Privacy Policy" in " ".join(text.split())


# -- links ------------------------------------------------------------------------------------


class _Quiet(http.server.BaseHTTPRequestHandler):
    def log_message(self, *args: object) -> None:
        pass


@contextlib.contextmanager
def serve(
    monkeypatch: pytest.MonkeyPatch, handler: type[http.server.BaseHTTPRequestHandler]
) -> Iterator[str]:
    """A local HTTP server on the loopback address (never the internet), by its base URL."""
    monkeypatch.setenv("no_proxy", "127.0.0.1,localhost")
    monkeypatch.delenv("http_proxy", raising=False)
    monkeypatch.delenv("HTTP_PROXY", raising=False)
    httpd = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    threading.Thread(target=httpd.serve_forever, daemon=True).start()
    try:
        yield f"http://127.0.0.1:{httpd.server_address[1]}"
    finally:
        httpd.shutdown()
        httpd.server_close()


class _Handler(_Quiet):
    pages: dict[str, tuple[int, str, bytes]] = {}

    def do_GET(self) -> None:  # noqa: N802 - the standard library's name
        if self.path == "/slow":
            time.sleep(2)
        if self.path.startswith("/loop"):
            self.send_response(302)
            self.send_header("Location", "/loop" + str(len(self.path)))
            self.end_headers()
            return
        status, kind, body = self.pages.get(self.path, (404, "text/plain", b"not here"))
        self.send_response(status)
        self.send_header("Content-Type", kind)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)


@pytest.fixture()
def server(monkeypatch: pytest.MonkeyPatch) -> Iterator[str]:
    pages = {
        f"/story-{i}": (200, "text/html; charset=utf-8", page.read_bytes())
        for i, page in enumerate(sorted((FIXTURES / "web").glob("*.html")))
    }
    pages["/image"] = (200, "image/png", b"\x89PNG....")
    pages["/big"] = (200, "text/plain", b"word " * 100_000)
    pages["/notes.md"] = (
        200,
        "text/markdown",
        (FIXTURES / "markdown" / "01-overview.md").read_bytes(),
    )
    _Handler.pages = pages
    with serve(monkeypatch, _Handler) as base:
        yield base


def test_links_are_fetched_and_each_failure_is_one_line(server: str) -> None:
    good = [f"{server}/story-{i}" for i in range(4)]
    bad = [f"{server}/missing", f"{server}/image", f"{server}/loop", "ftp://127.0.0.1/x"]
    result = run(*good, *bad, "--format", "json", "--max-bytes", "200K")
    assert result.code == 0, result.err
    summary = result.json
    assert [d["id"] for d in summary["documents"]] == good
    assert summary["documents"][0]["author"] == expected("web")["authors"]["outlet-a.html"]
    err = result.err.splitlines()
    for url in bad:
        (line,) = [x for x in err if url in x and "skipped" in x]
        assert len(line) < 200
    text = " ".join(s["text"] for s in summary["sentences"])
    assert "Tollard Bridge" in text


def test_fetch_limits(server: str) -> None:
    with pytest.raises(FetchError, match="over the"):
        fetch(f"{server}/big", max_bytes=10_000)
    with pytest.raises(FetchError, match="timed out"):
        fetch(f"{server}/slow", max_bytes=10_000, timeout=0.5)
    with pytest.raises(FetchError, match="redirects"):
        fetch(f"{server}/loop", max_bytes=10_000)
    with pytest.raises(FetchError, match="HTTP 404"):
        fetch(f"{server}/missing", max_bytes=10_000)
    with pytest.raises(FetchError, match="content type image/png"):
        fetch(f"{server}/image", max_bytes=10_000)
    with pytest.raises(FetchError, match="only http and https"):
        fetch("file:///etc/passwd", max_bytes=10_000)
    with pytest.raises(FetchError, match="not a valid link"):
        fetch("http://[::1", max_bytes=10_000)


def test_a_malformed_link_is_one_line() -> None:
    result = run("http://[::1", "--format", "json")
    assert result.code == 1
    assert "http://[::1: skipped: not a valid link" in result.err
    assert "internal error" not in result.err


def test_a_markdown_link_is_read_as_markdown(server: str) -> None:
    (doc,) = quiet(f"{server}/notes.md")
    assert "](" not in doc.text and "```" not in doc.text


# -- Markdown ---------------------------------------------------------------------------------


def test_markdown_text_holds_prose_only() -> None:
    facts = expected("markdown")
    docs = quiet(FIXTURES / "markdown")
    assert len(docs) == 5
    text = "\n".join(d.text for d in docs)
    for marker in ("](", "**", "```", "| ", "!!!", "[!WARNING]", "<details", "title:", "![", "]: "):
        assert marker not in text, marker
    for line in facts["code_lines"] + facts["indented_code_lines"]:
        assert squash(line) not in squash(text), line
    for cell in facts["table_cells"]:
        assert f"\n{cell}\n" not in f"\n{text}\n", cell
    for sentence in facts["prose"]:
        assert squash(sentence) in squash(text), sentence
    assert [d.title for d in docs] == list(facts["titles"].values())


def test_markdown_summary_has_no_syntax() -> None:
    summary = summary_of(FIXTURES / "markdown", words=250)
    assert summary["sentences"]
    for s in summary["sentences"]:
        assert not re.search(r"\]\(|\*\*|```|^\s*[-*#|>]\s|!\[|^---", s["text"]), s["text"]


def test_both_bullet_markers_read_alike() -> None:
    dash = read_markdown(
        "Intro line here.\n\n- The cluster runs on three nodes.\n- Each node has 64 GB.\n"
    )
    star = read_markdown(
        "Intro line here.\n\n* The cluster runs on three nodes.\n* Each node has 64 GB.\n"
    )
    assert dash.text == star.text
    docs = [Document("d", dash.text), Document("s", star.text)]
    kinds = [
        [x.kind for x in label_document(split_document(d, english()), english())] for d in docs
    ]
    assert kinds[0] == kinds[1] == [BODY, BODY, BODY]


def test_markdown_headings_lists_of_links_and_admonitions() -> None:
    extracted = read_markdown(
        "# Notes\n\nThe service stores metrics.\n\n"
        '!!! note "Why 30 days?"\n    Older data is dropped every night.\n\n'
        "## Related\n\n- [Scaling writes](https://x.example/a)\n- [Backups](https://x.example/b)\n"
    )
    assert "Scaling writes" not in extracted.text  # a list of links is navigation
    assert "Older data is dropped every night." in extracted.text
    headings = [extracted.text[a:b] for a, b in extracted.headings]
    assert headings == ["Notes", "Why 30 days?", "Related"]


# -- paged, wrapped and PDF text ----------------------------------------------------------------


@pytest.mark.parametrize("name", ["report.txt", "report-noff.txt", "report.pdf"])
def test_report_sentences_survive_wraps_and_page_breaks(name: str) -> None:
    facts = expected("report")
    (doc,) = quiet(FIXTURES / "report" / name)
    found = set(sentences_of(doc))
    for sentence in facts["wrapped_sentences"] + facts["page_break_sentences"]:
        assert squash(sentence) in found, sentence
    for word in facts["hyphenated_words"]:
        assert re.search(rf"\b{re.escape(word)}\b", doc.text), word
    assert "Page 3 of 30" not in doc.text


def test_report_summaries_agree_and_hold_no_contents_line() -> None:
    facts = expected("report")
    texts = []
    for name in ("report.txt", "report-noff.txt", "report.pdf"):
        summary = summary_of(FIXTURES / "report" / name, words=200)
        text = " ".join(s["text"] for s in summary["sentences"])
        for line in facts["toc_lines"]:
            assert squash(line) not in squash(text)
        assert not re.search(r"\.{4,}|Page \d+ of", text)
        texts.append(squash(text))
    assert texts[0] == texts[1] == texts[2]


def test_contents_lines_are_boilerplate() -> None:
    doc = Document("toc", "2 Water resources and demand ........................ 9\n")
    (labelled,) = label_document(split_document(doc, english()), english())
    assert labelled.kind == BOILERPLATE


def test_wrap_width_tells_wrapped_text_from_lines_of_prose() -> None:
    para = (
        "The river authority said on Monday that the bridge would stay closed until "
        "March, after engineers found cracks in two of its piers. The council will vote "
        "on the repairs next week, and officials expect the work to cost about four and "
        "a half million pounds. Buses will run every fifteen minutes between the two "
        "halves of the town from Wednesday, the operator said."
    )
    import textwrap

    wrapped = "\n\n".join(textwrap.fill(para, 72) for _ in range(3))
    assert wrap_width(wrapped) in range(66, 73)
    one_per_line = "\n".join(re.split(r"(?<=\.) ", para) * 3)
    assert wrap_width(one_per_line) is None
    doc = Document("w", wrapped)
    assert len(sentences_of(doc)) == 9  # three sentences, three paragraphs: no cut at a capital


def test_hyphens_at_line_ends() -> None:
    text, n = join_hyphenated(
        "the manage-\nment of long-term plans, his suc-\ncessor, long-\nterm debt\n"
    )
    assert n == 3
    assert squash(text) == "the management of long-term plans, his successor, long-term debt"
    assert text.count("\n") == 4
    assert "\nsuccessor," in text  # the whole word moves to the next line


def test_plain_text_is_left_as_it_is() -> None:
    text = "A short note.\nAnother line of it.\n"
    assert read_plain(text).text == text and read_plain(text).note is None


def test_a_pdf_written_here(tmp_path: Path) -> None:
    import textwrap

    prose = (
        "The pump station at Olcote was rebuilt this year at a cost of 4.2 million pounds, "
        "and it now supplies Hexley and Stavenford. Its four new pumps use a third less "
        "energy than the old ones, and the station can now run for two days on its own "
        "generator. Engineers replaced the intake screens in March, after the winter "
        "floods had blocked them twice. The Board expects the work to pay for itself in "
        "eleven years through lower energy bills and fewer repairs. "
    )
    lines = textwrap.wrap(prose * 4, 74)
    pages = [
        ["Brennock Report 2025", "", *lines[i : i + 9], "", f"Page {n} of {len(lines) // 9 + 1}"]
        for n, i in enumerate(range(0, len(lines), 9), start=1)
    ]
    path = tmp_path / "r.pdf"
    make_pdf(pages, path)
    (doc,) = quiet(path)
    assert "Brennock Report" not in doc.text and "Page 2" not in doc.text
    found = sentences_of(doc)
    for sentence in re.split(r"(?<=\.) ", prose.strip()):
        assert sentence in found
    assert len(found) == 16  # four sentences, four times: none cut at a line or page break


def test_a_damaged_pdf_is_one_line(tmp_path: Path) -> None:
    path = write(tmp_path / "bad.pdf", b"%PDF-1.4\nnot really a pdf\n")
    result = run(path, "--format", "json")
    assert result.code != 0
    assert "bad.pdf" in result.err and "Traceback" not in result.err


# -- informal text and JSONL on standard input -------------------------------------------------


def test_informal_reviews() -> None:
    facts = expected("reviews")
    docs = quiet(FIXTURES / "reviews" / "reviews.jsonl")
    assert len(docs) == 30
    found: dict[str, str] = {}
    for doc in docs:
        labelled = label_document(split_document(doc, english()), english())
        found.update({squash(x.sentence.text): x.kind for x in labelled})
    for sentence in facts["exclamations"] + facts["interrobangs"]:
        assert squash(sentence) in found, sentence
    for sentence in facts["lowercase_sentences"]:
        assert found.get(squash(sentence)) == BODY, sentence


def test_jsonl_on_standard_input(monkeypatch: pytest.MonkeyPatch) -> None:
    data = (FIXTURES / "reviews" / "reviews.jsonl").read_bytes()
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(data), encoding="utf-8"))
    result = run("-", "--format", "json")
    assert result.code == 0, result.err
    assert len(result.json["documents"]) == 30
    assert "read as JSONL" in result.err


def test_plain_stdin_stays_one_document(monkeypatch: pytest.MonkeyPatch) -> None:
    data = b'{"not": "a document"} is how the config starts. The rest is prose about it.\n'
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(data), encoding="utf-8"))
    docs = load_documents("-", on_notice=lambda n: None)
    assert len(docs) == 1


def test_readers_are_deterministic_and_thread_safe() -> None:
    paths = [FIXTURES / "web", FIXTURES / "markdown", FIXTURES / "report" / "report.pdf"]
    first = [d.text for d in quiet(*paths)]
    results: list[list[str]] = []

    def work() -> None:
        results.append([d.text for d in quiet(*paths)])

    threads = [threading.Thread(target=work) for _ in range(3)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert all(r == first for r in results)
    summarizer = Summarizer(SummarizerSettings(max_words=100))
    assert (
        summarizer.summarize(quiet(*paths)).to_dict()
        == summarizer.summarize(quiet(*paths)).to_dict()
    )


def test_a_short_lower_case_text_keeps_its_sentences_among_capitalised_lines() -> None:
    # One lower-case review between a site's two lines: still a lower-case text.
    doc = Document(
        "r",
        "Reviews from our readers.\n"
        "grinds evenly and its quiet, cleaning the burrs takes five minutes.\n"
        "Wire services contributed to this report.\n",
    )
    kinds = [x.kind for x in label_document(split_document(doc, english()), english())]
    assert kinds[1] == BODY
    # In edited prose a lower-case start still means a piece of a sentence.
    prose = Document(
        "p",
        "The council met on Monday. It approved the plan. The vote was close. "
        "Officials said the work starts in May. and then the meeting ended without a vote.",
    )
    kinds = [x.kind for x in label_document(split_document(prose, english()), english())]
    assert kinds[-1] != BODY


# -- regressions found by breaking the readers -------------------------------------------------

PARAGRAPH = (
    "<p>The council said on Monday that the bridge over the river would stay closed for "
    "repairs until the spring, after engineers found cracks in two of its piers.</p>"
)


def test_a_sign_up_box_inside_the_article_is_dropped() -> None:
    page = (
        "<html><body><article><h1>Bridge shut</h1>"
        + PARAGRAPH * 3
        + "<div><p>Get our morning briefing in your inbox every weekday.</p>"
        "<form><input type='email'></form></div>"
        + PARAGRAPH.replace("council", "operator") * 3
        + "</article></body></html>"
    )
    assert "briefing" not in read_html(page).text


def test_reader_headings_reach_the_summary(tmp_path: Path) -> None:
    body = "".join(
        f"The pump at site {n} was rebuilt this year and now supplies the town of Hexley.\n\n"
        for n in "ABCDEF"
    )
    write(
        tmp_path / "n.md",
        "# Notes\n\n## The pumps were all replaced in March after the floods.\n\n" + body,
    )
    summary = Summarizer(SummarizerSettings(max_words=400)).summarize(quiet(tmp_path))
    assert summary.sentences
    assert all("replaced in March" not in s.text for s in summary.sentences)


def test_autolinks_show_no_url() -> None:
    assert "https://" not in read_markdown("See <https://example.com/a> for the plan.\n").text


def test_markdown_is_read_alike_from_many_threads() -> None:
    source = (FIXTURES / "markdown" / "01-overview.md").read_text(encoding="utf-8")
    barrier = threading.Barrier(8)
    texts: list[str] = []

    def work() -> None:
        barrier.wait()
        texts.append(read_markdown(source).text)

    threads = [threading.Thread(target=work) for _ in range(8)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert len(texts) == 8 and len(set(texts)) == 1 and texts[0]


def test_numbered_lines_that_are_not_page_numbers_stay() -> None:
    text = "".join(
        f"Score: {n}\n" + "A line of prose about the match.\n" * 12 for n in (7, 3, 9, 4)
    )
    assert read_plain(text).text == text


def test_form_feed_pages_lose_a_running_line_without_page_numbers() -> None:
    paragraphs = [
        f"Paragraph {w} says the bridge will stay closed until spring, the council said."
        for w in "abcdef"
    ]
    out = read_plain("\n\f".join(p + "\nMinutes of the meeting" for p in paragraphs) + "\n").text
    assert "Minutes of the meeting" not in out and "\f" not in out
    assert all(p in out for p in paragraphs)


def test_identical_pages_of_prose_are_not_furniture() -> None:
    # Six copies of one page: its lines recur at every page's edges, but they
    # are sentences, and removing them would join lines into a new "sentence".
    page = (
        "The council said on Monday that the bridge would stay closed.\n"
        "Engineers will inspect the rest of the structure next week.\n"
        "A shuttle bus will run every fifteen minutes from Wednesday.\n"
    )
    text = "\n\f".join([page] * 6)
    assert read_plain(text).text == text


def test_hyphens_are_rejoined_in_wrapped_text_without_pages() -> None:
    import textwrap

    para = (
        "The river authority said on Monday that the bridge would stay closed until March, "
        "after engineers found cracks. The council will vote on the repairs next week, "
        "officials said. "
    )
    lines = textwrap.wrap(para * 4, 60)
    lines[2] += " manage-"
    lines[3] = "ment " + lines[3]
    assert "management" in read_plain("\n".join(lines) + "\n").text


def test_long_runs_are_read_in_linear_time() -> None:
    # Quadratic regular expressions took minutes on these (not timed here:
    # with the linear ones the test simply finishes).
    underscores = "Sign here " + "_" * 200_000 + " please and thank you."
    (labelled,) = label_document(split_document(Document("u", underscores), english()), english())
    assert labelled.kind != BOILERPLATE
    long_word = "x" * 200_000 + "\n" + "wrapped text " * 10
    assert join_hyphenated(long_word)[1] == 0


def test_dots_in_a_sentence_are_not_a_contents_line() -> None:
    doc = Document("r", "We waited.... 45 minutes for our food and nobody said sorry.")
    (labelled,) = label_document(split_document(doc, english()), english())
    assert labelled.kind == BODY


def test_json_lines_without_text_are_not_jsonl(monkeypatch: pytest.MonkeyPatch) -> None:
    data = b'{"a": 1}\n{"b": 2}\n{"c": 3}\n'
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(data), encoding="utf-8"))
    assert len(load_documents("-", on_notice=lambda n: None)) == 1


def test_jsonl_with_a_byte_order_mark_on_standard_input(monkeypatch: pytest.MonkeyPatch) -> None:
    data = b"\xef\xbb\xbf" + (FIXTURES / "reviews" / "reviews.jsonl").read_bytes()
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(data), encoding="utf-8"))
    assert len(load_documents("-", on_notice=lambda n: None)) == 30


def test_pdf_in_a_directory_and_a_scan(tmp_path: Path) -> None:
    make_pdf([["The pump station at Olcote was rebuilt this year."]], tmp_path / "a.pdf")
    make_pdf([[""]], tmp_path / "scan.pdf")
    notes: list[LoadNotice] = []
    assert len(load_documents(tmp_path, on_notice=notes.append)) == 1
    assert any("text layer" in n.message for n in notes)


def test_a_pdf_that_breaks_the_parser_is_one_line(tmp_path: Path) -> None:
    path = tmp_path / "p.pdf"
    make_pdf([["The pump station was rebuilt."], ["It supplies Hexley."]], path)
    data = bytearray(path.read_bytes())
    data[168], data[798] = 0x16, 0xDB
    data[631:631] = b"/Kids [3 0 R]"
    write(path, bytes(data))
    write(
        tmp_path / "ok.txt", "The pump station at Olcote was rebuilt this year, the Board said.\n"
    )
    result = run(path, tmp_path / "ok.txt", "--format", "json")
    assert result.code == 0, result.err
    assert "internal error" not in result.err
    assert [d["id"] for d in result.json["documents"]] == [str(tmp_path / "ok.txt")]


class _Redirects(_Quiet):
    def do_GET(self) -> None:  # noqa: N802 - the standard library's name
        if self.path == "/drip":
            self.send_response(200)
            self.send_header("Content-Type", "text/plain")
            self.end_headers()
            for _ in range(20):
                self.wfile.write(b"x")
                self.wfile.flush()
                time.sleep(0.2)
            return
        n = int(self.path.strip("/") or 0)
        self.send_response(302)
        self.send_header("Location", "ftp://127.0.0.1/x" if n == 99 else f"/{n + 1}")
        self.end_headers()


@pytest.fixture()
def redirects(monkeypatch: pytest.MonkeyPatch) -> Iterator[str]:
    with serve(monkeypatch, _Redirects) as base:
        yield base


def test_redirect_chains_are_capped_and_other_schemes_refused(redirects: str) -> None:
    with pytest.raises(FetchError, match="more than 5 redirects"):
        fetch(f"{redirects}/0", max_bytes=1000)  # a chain, not a loop
    with pytest.raises(FetchError, match="not http"):
        fetch(f"{redirects}/98", max_bytes=1000)


def test_a_server_that_drips_bytes_still_times_out(redirects: str) -> None:
    with pytest.raises(FetchError, match="timed out"):
        fetch(f"{redirects}/drip", max_bytes=1000, timeout=0.3)


def test_a_link_the_http_client_refuses_is_one_line() -> None:
    with pytest.raises(FetchError):
        fetch("http://exa mple.com/", max_bytes=1000)


def test_list_items_in_wrapped_text_stay_apart() -> None:
    import textwrap

    para = (
        "The river authority said on Monday that the bridge would stay closed until "
        "March, after engineers found cracks in two of its piers, and that a shuttle bus "
        "would run between the two halves of the town from Wednesday morning."
    )
    # Items that fill their line and have no closing punctuation: only the
    # marker says the next one is new.
    items = [
        "- a diversion that adds about eleven miles to each journey across the river",
        "- schools south of the river opening an hour later until the bridge reopens",
        "- a council vote on the repairs next week, with all the costs published then",
    ]
    lines = [*textwrap.wrap(para, 74), "", *textwrap.wrap(para, 74), "", *items]
    doc = Document("w", "\n".join(lines) + "\n")
    width = wrap_width(doc.text)
    assert width is not None and all(len(item) + 2 > width - 2 for item in items)
    found = sentences_of(doc)
    for item in items:
        assert item.removeprefix("- ") in found, found  # the bullet is not part of the sentence


class _Together(_Quiet):
    """Answers only once two requests are waiting at the same time."""

    barrier = threading.Barrier(2)

    def do_GET(self) -> None:  # noqa: N802 - the standard library's name
        try:
            self.barrier.wait(timeout=10)
            status, body = 200, f"Page {self.path} says the bridge will reopen in May.".encode()
        except threading.BrokenBarrierError:
            status, body = 503, b"fetched one at a time"
        self.send_response(status)
        self.send_header("Content-Type", "text/plain; charset=utf-8")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)


def test_links_are_fetched_together_and_read_in_order(monkeypatch: pytest.MonkeyPatch) -> None:
    _Together.barrier = threading.Barrier(2)
    with serve(monkeypatch, _Together) as base:
        links = [f"{base}/b", f"{base}/a"]
        notices: list[LoadNotice] = []
        docs = load_documents(*links, on_notice=notices.append)
    assert [d.id for d in docs] == links  # the order given, not the order answered
    assert "Page /b says" in docs[0].text and "Page /a says" in docs[1].text
    assert not [n for n in notices if n.skipped]


def test_a_page_precision_finds_nothing_in_is_tried_again_before_all_visible_text(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    import trafilatura

    extract = trafilatura.bare_extraction
    calls: list[bool] = []

    def precise_finds_nothing(*args: object, **kwargs: object) -> object:
        calls.append(bool(kwargs.get("favor_precision")))
        return None if kwargs.get("favor_precision") else extract(*args, **kwargs)

    monkeypatch.setattr(trafilatura, "bare_extraction", precise_finds_nothing)
    html = (
        "<html><body><nav><a href='/'>Home</a><a href='/news'>News</a></nav><article>"
        + PARAGRAPH * 3
        + "</article></body></html>"
    )
    extracted = read_html(html)
    assert calls == [True, False]
    assert extracted.note == "read as a web page: its article is summarised"
    assert "engineers found cracks" in extracted.text and "News" not in extracted.text


def test_e_mail_quote_markers_are_removed() -> None:
    text = (
        "Thanks Greta. Two people can come on Saturday.\n\n"
        "On Wed, Jun 12, 2024 at 4:47 PM Greta Holmsworth wrote:\n"
        "> Jon, one person on Sunday is fine for aisles 1 to 12.\n"
        ">> The count will start at 7:00 on Saturday July 6.\n"
        ">>> The loading dock will be closed to deliveries all weekend.\n"
    )
    extracted = read_plain(text)
    assert ">" not in extracted.text
    assert "The loading dock will be closed to deliveries all weekend." in extracted.text
    assert "quote markers removed from 3 lines" in (extracted.note or "")
    # Two lines that start with ">" are not an e-mail thread.
    assert read_plain("x > y\n> a\n> b\n").text == "x > y\n> a\n> b\n"


def test_fields_are_not_sentences() -> None:
    for line in (
        "Subject: RE: Inventory count moved to July 6-7",
        "Date of next meeting: to be confirmed",
    ):
        (labelled,) = label_document(split_document(Document("f", line), english()), english())
        assert labelled.kind != BODY, line
    doc = Document("s", "The mayor said: the bridge will reopen in May.")
    (labelled,) = label_document(split_document(doc, english()), english())
    assert labelled.kind == BODY


def test_ad_slots_and_embedded_posts_are_not_the_article() -> None:
    html = (
        "<html><body><article><h1>Ferry returns</h1>"
        + PARAGRAPH * 2
        + "<div class='adslot adslot--mpu'><p>Switch your energy supplier today and save.</p></div>"
        + PARAGRAPH.replace("council", "operator")
        + "<blockquote class='x-embed'><p>Back on the ferry after 19 months!!</p></blockquote>"
        + PARAGRAPH.replace("council", "mayor")
        + "</article></body></html>"
    )
    text = read_html(html).text
    assert "energy supplier" not in text and "Back on the ferry" not in text
    assert "operator said" in text and "mayor said" in text


def test_windows_line_breaks_show_as_one_space() -> None:
    from summarizer.render import safe_text

    assert safe_text("village\r\nhall") == "village hall"


def test_a_wrapped_e_mail_thread_keeps_its_sentences_whole() -> None:
    import textwrap

    def wrapped(text: str, width: int, prefix: str = "") -> list[str]:
        return [prefix + line for line in textwrap.wrap(text, width - len(prefix))]

    reply = (
        "Thanks Greta. My team can supply two people on Saturday but only one on Sunday, "
        "since half of us are at the trade fair in Leeds that weekend. Would that still "
        "work, or should I ask the night shift?"
    )
    original = (
        "Following up on Tuesday's call: we have decided to move the warehouse inventory "
        "count from the last weekend of June to the first weekend of July, because the new "
        "barcode scanners will not arrive until June 26 and nobody wants to count twice. "
        "Each team lead needs to send me the names of two volunteers by Friday June 21."
    )
    lines = [
        "From: Jon Achterberg <jon.achterberg@northfield.example>",
        "Sent: Thursday, June 13, 2024 9:12 AM",
        "Subject: RE: Inventory count moved to July 6-7",
        "",
        *wrapped(reply, 72),
        "",
        "Jon",
        "--",
        "Jon Achterberg",
        "Team Lead, Goods In, Northfield Distribution",
        "Sent from my phone",
        "",
        "On Tue, Jun 11, 2024 at 5:30 PM Greta Holmsworth wrote:",
        "> Hi all,",
        ">",
        *wrapped(original, 72, "> "),
        ">",
        "> Thanks,",
        "> Greta",
        "> --",
        "> Greta Holmsworth",
        "> Operations Manager, Northfield Distribution",
        "> ---------- Forwarded message ---------",
        "> From: Dispatch Team <dispatch@scanright.example>",
        "> Date: Mon, Jun 10, 2024 at 11:02 AM",
        "> To: Greta Holmsworth <greta.holmsworth@northfield.example>",
        "> Subject: Delay to order 88213",
    ]
    doc = Document("mail", read_plain("\n".join(lines) + "\n").text)
    found = sentences_of(doc)
    for sentence in re.split(r"(?<=[.?]) (?=[A-Z])", reply + " " + original):
        assert sentence in found, (sentence, found)
    kinds = {
        squash(x.sentence.text): x.kind
        for x in label_document(split_document(doc, english()), english())
    }
    assert kinds["Subject: RE: Inventory count moved to July 6-7"] != BODY
