"""The HTML report in a real browser: Chromium from the system's packages,
driven headless through Playwright (its own browser download is never used),
with the axe-core accessibility checker.

Needs ``pip install -e ".[browser]"`` and Chromium (Debian: ``apt-get install
chromium``; ``.ci/run`` installs both). Without them these tests are skipped,
saying why.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from chromium import FLAGS, find_chromium

from summarizer import Document, Summarizer, load_documents
from summarizer.report import html_view

sync_api = pytest.importorskip("playwright.sync_api", reason="needs the browser extra")
axe_module = pytest.importorskip(
    "axe_playwright_python.sync_playwright", reason="needs the browser extra"
)

SEEDS = Path(__file__).resolve().parent.parent / "seeds"
CHROMIUM = find_chromium()
if CHROMIUM is None:
    pytest.skip("no Chromium on this machine (apt-get install chromium)", allow_module_level=True)


@pytest.fixture(scope="module")
def browser():  # type: ignore[no-untyped-def]
    with sync_api.sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=FLAGS)
        yield browser
        browser.close()


def _page(browser, path: Path, **options):  # type: ignore[no-untyped-def]
    """The report at ``path``, opened from disk; fails the test on any
    dialog, script error or request for anything but the file itself."""
    page = browser.new_page(**options)
    problems: list[str] = []
    page.on("dialog", lambda d: (problems.append(f"dialog: {d.message}"), d.dismiss()))
    page.on("pageerror", lambda e: problems.append(f"script error: {e}"))
    page.on(
        "request",
        lambda r: None if r.url.startswith("file://") else problems.append(f"request: {r.url}"),
    )
    page.on(
        "console", lambda m: problems.append(f"console: {m.text}") if m.type == "error" else None
    )
    page.goto(path.resolve().as_uri())
    page.problems = problems
    return page


@pytest.fixture(scope="module")
def seeds_report(tmp_path_factory):  # type: ignore[no-untyped-def]
    documents = load_documents(SEEDS)
    summary = Summarizer().summarize(documents)
    path = tmp_path_factory.mktemp("report") / "seeds.html"
    path.write_text(html_view(summary, documents, explain=True), encoding="utf-8")
    return summary, path


def _active(page) -> dict[str, str]:  # type: ignore[no-untyped-def]
    return page.evaluate(
        """Object.fromEntries(Array.from(document.querySelectorAll(
             'mark.active-exact, mark.active-near, mark.active-support'))
           .map(m => [m.id, Array.from(m.classList).filter(c => c.startsWith('active-'))
           .join(' ')]))"""
    )


def _in_view(page, element_id: str) -> bool:  # type: ignore[no-untyped-def]
    return page.evaluate(
        """id => { const r = document.getElementById(id).getBoundingClientRect();
                   return r.bottom > 0 && r.top < window.innerHeight; }""",
        element_id,
    )


def test_clicking_a_citation_marks_its_span(browser, seeds_report) -> None:  # type: ignore[no-untyped-def]
    summary, path = seeds_report
    page = _page(browser, path)
    assert _active(page) == {}
    n = next(k for k, s in enumerate(summary.sentences, start=1) if s.support)
    link = page.locator(f"#s{n} a.cite.support").first
    target = link.get_attribute("href")[1:]
    link.click()
    active = _active(page)
    assert active[target] == "active-support"
    own = page.locator(f"#s{n} a.sentence").get_attribute("href")[1:]
    assert active[own] == "active-exact"  # the sentence itself, marked differently
    # Only this sentence's marks, and the page is at the citation's span.
    refs = page.evaluate(
        "ids => ids.map(id => document.getElementById(id).getAttribute('data-refs'))",
        list(active),
    )
    assert all(any(r.startswith(f"{n}:") for r in ref.split()) for ref in refs)
    assert _in_view(page, target)
    assert page.locator(f"#s{n} a.sentence").get_attribute("aria-current") == "true"
    assert page.problems == []


def test_clicking_a_sentence_marks_it_in_each_source(browser, seeds_report) -> None:  # type: ignore[no-untyped-def]
    summary, path = seeds_report
    page = _page(browser, path)
    for n, s in enumerate(summary.sentences, start=1):
        page.locator(f"#s{n} a.sentence").click()
        active = _active(page)
        expected = {f"d{_number(summary, src.doc_id)}-{src.start}" for src in s.sources}
        expected |= {f"d{_number(summary, sup.doc_id)}-{sup.start}" for sup in s.support}
        assert set(active) == expected
        own = f"d{_number(summary, s.doc_id)}-{s.start}"
        assert active[own] == "active-exact" and _in_view(page, own)
    assert page.problems == []


def _number(summary, doc_id: str) -> int:  # type: ignore[no-untyped-def]
    return next(k for k, d in enumerate(summary.documents, start=1) if d.id == doc_id)


def test_the_keyboard_reaches_and_follows_a_citation(browser, seeds_report) -> None:  # type: ignore[no-untyped-def]
    _, path = seeds_report
    page = _page(browser, path)
    for _ in range(40):  # tab until a citation has the focus
        page.keyboard.press("Tab")
        if page.evaluate("document.activeElement.classList.contains('cite')"):
            break
    else:
        pytest.fail("no citation is reachable with the Tab key")
    target = page.evaluate("document.activeElement.getAttribute('href')")[1:]
    page.keyboard.press("Enter")
    assert target in _active(page)
    assert page.evaluate("document.activeElement.id") == target  # the span has the focus


def test_near_matches_and_collapsed_documents(browser, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    base = (
        "The regional water authority announced new restrictions on Tuesday after weeks "
        "of dry weather."
    )
    documents = [
        Document("a.txt", base + " Farmers were angry about it."),
        Document("b.txt", base.replace("announced", "anounced") + " The rivers are low."),
        Document(
            "c.txt",
            "Bakers sold more bread. " + "Water limits begin on Tuesday, the "
            "<i>regional</i> authority said after weeks of dry weather.",
        ),
        Document(
            "d.txt",
            "A concert drew large <b>crowds</b> & <img src=x onerror=alert(1)> in the park.",
        ),
    ]
    summary = Summarizer(max_sentences=1).summarize(documents)
    (s,) = summary.sentences
    assert [src.match for src in s.sources] == ["exact", "near"] and s.support
    path = tmp_path / "near.html"
    path.write_text(html_view(summary, documents), encoding="utf-8")
    page = _page(browser, path)
    assert page.locator("details.lazy").count() == 2  # c (support only) and d
    support = page.locator("#s1 a.cite.support").first
    target = support.get_attribute("href")[1:]
    assert page.locator(f"#{target}").count() == 0  # in a collapsed document, not yet shown
    support.click()
    active = _active(page)
    assert active == {"d1-0": "active-exact", "d2-0": "active-near", target: "active-support"}
    assert page.evaluate("id => document.getElementById(id).closest('details').open", target)
    assert page.evaluate("document.activeElement.id") == target  # the span has the focus
    assert "<i>regional</i>" in page.locator(f"#{target}").inner_text()  # text, not markup
    assert page.locator("#doc3 i").count() == 0
    # Opening the other collapsed document shows its text, as text.
    page.locator("#doc4 summary").click()
    page.wait_for_function("document.querySelector('#doc4 .text').textContent.length > 0")
    assert page.locator("#doc4 .text").inner_text() == documents[3].text
    assert page.locator("#doc4 img, #doc4 b").count() == 0
    assert page.problems == []


def test_a_collapsed_document_opened_after_a_selection_shows_it(browser, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    documents = [
        Document("a.txt", "The regional water authority announced new restrictions on Tuesday."),
        Document(
            "b.txt",
            "Bakers sold more bread. Water limits begin Tuesday, the regional authority announced.",
        ),
    ]
    summary = Summarizer(max_sentences=1).summarize(documents)
    (s,) = summary.sentences
    assert s.support
    path = tmp_path / "later.html"
    path.write_text(html_view(summary, documents), encoding="utf-8")
    page = _page(browser, path)
    page.locator("#s1 a.sentence").click()  # select first, open the document after
    k = 1 + [d.id for d in summary.documents].index(s.support[0].doc_id)
    assert page.locator(f"details#doc{k}").count() == 1  # collapsed: support only
    page.locator(f"#doc{k} summary").click()
    target = f"d{k}-{s.support[0].start}"
    page.wait_for_function("id => document.getElementById(id) !== null", arg=target)
    assert _active(page)[target] == "active-support"
    assert page.problems == []


def test_an_address_ending_in_a_sentence_selects_it(browser, seeds_report) -> None:  # type: ignore[no-untyped-def]
    summary, path = seeds_report
    page = browser.new_page()
    page.goto(path.resolve().as_uri() + "#s2")
    s = summary.sentences[1]
    own = f"d{_number(summary, s.doc_id)}-{s.start}"
    assert _active(page)[own] == "active-exact"
    assert page.locator("#s2 a.sentence").get_attribute("aria-current") == "true"


def test_the_dropped_sentences_filter(browser, seeds_report) -> None:  # type: ignore[no-untyped-def]
    summary, path = seeds_report
    page = _page(browser, path)
    reasons = sorted({d.reason for d in summary.dropped})
    reason = max(reasons, key=lambda r: sum(d.reason == r for d in summary.dropped))
    page.select_option("#reason-filter", reason)
    visible = page.evaluate(
        """Array.from(document.querySelectorAll('#dropped tbody tr'))
             .filter(r => !r.hidden).map(r => r.getAttribute('data-reason'))"""
    )
    assert visible and set(visible) == {reason}
    assert len(visible) == sum(d.reason == reason for d in summary.dropped)
    assert page.locator("#dropped-count").inner_text() == f"{len(visible)} shown"
    word = next(d for d in summary.dropped if d.reason == reason).text.split()[0]
    page.fill("#text-filter", word)
    narrowed = page.evaluate(
        """Array.from(document.querySelectorAll('#dropped tbody tr'))
             .filter(r => !r.hidden).map(r => r.textContent.toLowerCase())"""
    )
    assert 0 < len(narrowed) <= len(visible)
    assert all(word.lower() in row for row in narrowed)
    page.select_option("#reason-filter", "")
    page.fill("#text-filter", "")
    assert page.locator("#dropped tbody tr:not([hidden])").count() == len(summary.dropped)


def test_hostile_text_runs_nothing(browser, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    from test_report import HOSTILE

    documents = [
        Document("evil.txt", HOSTILE, title="<script>alert(4)</script>"),
        Document("evil2.txt", "Unrelated <img src=x onerror=alert(6)> weather notes. " * 2),
        Document("other.txt", "Officials said the ferry terminal budget grew again this week."),
    ]
    summary = Summarizer(max_sentences=2).summarize(documents)
    path = tmp_path / "hostile.html"
    path.write_text(html_view(summary, documents, explain=True), encoding="utf-8")
    page = _page(browser, path)
    page.evaluate("document.querySelectorAll('details').forEach(d => { d.open = true; })")
    page.locator("a.sentence").first.click()
    page.wait_for_timeout(100)
    assert page.evaluate("window.pwned") is None
    assert page.evaluate("document.querySelectorAll('img, textarea').length") == 0
    assert page.evaluate("document.scripts.length") == 2
    assert "<script>window.pwned = 1;" in page.locator("#documents").inner_text()
    assert page.problems == []


@pytest.mark.parametrize(
    ("scheme", "width"), [("light", 1280), ("dark", 1280), ("light", 375), ("dark", 375)]
)
def test_no_accessibility_violations(browser, seeds_report, scheme: str, width: int) -> None:  # type: ignore[no-untyped-def]
    """axe-core (WCAG 2 A and AA rules, colour contrast included) finds
    nothing, in light and dark mode, on a desktop and at phone width, with
    a sentence selected."""
    _, path = seeds_report
    page = _page(browser, path, viewport={"width": width, "height": 900}, color_scheme=scheme)
    page.locator("#s1 a.sentence").click()
    results = axe_module.Axe().run(page)
    assert results.violations_count == 0, results.generate_report()
    if width == 375:  # readable at phone width: nothing wider than the screen
        assert page.evaluate("document.documentElement.scrollWidth") <= 375


def test_printed_the_documents_are_whole_and_the_controls_gone(browser, seeds_report) -> None:  # type: ignore[no-untyped-def]
    _, path = seeds_report
    page = _page(browser, path)
    page.emulate_media(media="print")
    styles = page.evaluate(
        """() => ({
             text: getComputedStyle(document.querySelector('article .text')).maxHeight,
             overflow: getComputedStyle(document.querySelector('article .text')).overflowY,
             filters: getComputedStyle(document.querySelector('.filters')).display,
             summary: getComputedStyle(document.getElementById('summary')).position })"""
    )
    assert styles == {"text": "none", "overflow": "visible", "filters": "none", "summary": "static"}
    assert page.pdf()[:5] == b"%PDF-"  # it prints
