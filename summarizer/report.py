"""The HTML report: the summary beside its sources, one self-contained file.

Rendering only, like :mod:`summarizer.render`: :func:`html_view` takes a
finished :class:`~summarizer.summary.Summary` and the documents it was drawn
from and returns a page. The page needs nothing but itself: its style and
script are inline and allowed by hash in a Content-Security-Policy that
allows nothing else (no network request, no other script), and it opens from
disk.

Document text is data. Every piece of it is HTML-escaped where it is
written; the documents that are not cited are embedded as JSON in a
``<script type="application/json">`` element (never run; ``<``, ``>`` and
``&`` written as ``\\u`` escapes, so that no text can close the element) and
put into the page with ``textContent`` when the reader opens them. Links are
made only from a document's own ``http(s)`` address, never from its text.

Where each summary sentence stands in its documents is a ``<mark>`` around
the exact span (``document.text[start:end]``); a mark lists the summary
sentences it stands for and how (``data-refs="2:exact 5:support"``). The
sentences of a collection do not overlap, so neither do the marks.
"""

from __future__ import annotations

import base64
import hashlib
import html
import json
import re
from collections import Counter, defaultdict
from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING

from .language import UNDETERMINED
from .language.detect import language_name
from .render import (
    NEAR_MARK,
    citation_numbers,
    cited_documents,
    focus_pieces,
    footer_text,
    safe_text,
    sentences_used,
)
from .summary import Summary, SummarySentence

if TYPE_CHECKING:  # pragma: no cover
    from .documents import Document

#: Dropped sentences listed in the report (all of them are in ``--format json --explain``).
DROPPED_LIMIT = 2000

#: Kinds of reference a mark makes, strongest first: the sentence itself, a
#: near match of it, a sentence of another document reporting the same fact.
EXACT, NEAR, SUPPORT = "exact", "near", "support"

_SAFE_URL = re.compile(r"https?://[^\s\"'<>]+\Z", re.IGNORECASE)


def html_view(
    summary: Summary,
    documents: Sequence[Document],
    *,
    explain: bool = False,
    ascii: bool = False,
) -> str:
    """The report as one HTML page.

    Parameters
    ----------
    summary : Summary
    documents : sequence of Document
        The documents the summary was drawn from (their text is shown, with
        the summary's sentences marked where they stand).
    explain : bool
        Also show the topic clusters and the dropped sentences with their
        reasons (filterable).
    ascii : bool
        Write every character outside ASCII as a character reference (as
        ``\\uXXXX`` in the embedded data), for an output that cannot
        encode Unicode; the page shows the same text.

    Returns
    -------
    str
    """
    texts = {d.id: d.text for d in documents}
    numbers = citation_numbers(summary)
    refs = _references(summary)
    shown = _carrying(refs)  # in full; the others collapsed, their text in the data
    body = [
        _header(summary),
        '<main id="main">',
        _summary_section(summary, numbers),
        _sources_section(summary, numbers),
        _stats_section(summary),
        *([_explain_section(summary, numbers)] if explain else []),
        _documents_section(summary, numbers, refs, texts, shown),
        "</main>",
    ]
    lazy = {
        str(numbers[d.id]): _segments(texts.get(d.id, ""), refs.get(d.id, []), numbers[d.id])
        for d in summary.documents
        if d.id not in shown
    }
    data = _script_json(lazy, ascii=ascii)
    language = summary.language or next(iter(summary.languages_read), None) or "en"
    title = _title(summary)
    csp = (
        "default-src 'none'; "
        f"style-src '{_sha256(_STYLE)}'; script-src '{_sha256(_SCRIPT)}'; "
        "img-src data:; base-uri 'none'; form-action 'none'"
    )
    before = "\n".join(
        [
            "<!DOCTYPE html>",
            f'<html lang="{_attr(language)}">',
            "<head>",
            '<meta charset="utf-8">',
            f'<meta http-equiv="Content-Security-Policy" content="{csp}">',
            '<meta name="viewport" content="width=device-width, initial-scale=1">',
            '<meta name="referrer" content="no-referrer">',
            '<meta name="color-scheme" content="light dark">',
            f"<title>{_esc(title)}</title>",
            f"<style>{_STYLE}</style>",
            "</head>",
            "<body>",
            '<a class="skip" href="#summary">Skip to the summary</a>',
            *body,
            '<script type="application/json" id="lazy-documents">',
        ]
    )
    after = f"</script>\n<script>{_SCRIPT}</script>\n</body>\n</html>\n"
    if ascii:  # character references, but not in the data: they mean nothing in a script
        before = before.encode("ascii", "xmlcharrefreplace").decode("ascii")
    return before + data + after


# -- what is marked where ---------------------------------------------------------


class _Ref:
    """Where one summary sentence stands in one document, and how."""

    __slots__ = ("sentence", "kind", "start", "end", "similarity")

    def __init__(self, sentence: int, kind: str, start: int, end: int, similarity: float) -> None:
        self.sentence, self.kind = sentence, kind
        self.start, self.end, self.similarity = start, end, similarity


def _references(summary: Summary) -> dict[str, list[_Ref]]:
    """Every place a summary sentence (numbered from 1) stands, by document."""
    refs: dict[str, list[_Ref]] = defaultdict(list)
    for n, s in enumerate(summary.sentences, start=1):
        for src in s.sources:
            kind = EXACT if src.exact else NEAR
            refs[src.doc_id].append(_Ref(n, kind, src.start, src.end, src.similarity))
        for sup in s.support:
            refs[sup.doc_id].append(_Ref(n, SUPPORT, sup.start, sup.end, sup.similarity))
    return dict(refs)


def _mark_id(number: int, start: int) -> str:
    return f"d{number}-{start}"


def _segments(text: str, refs: list[_Ref], number: int) -> list[str | dict[str, str]]:
    """A document's text in pieces, each shown as :func:`safe_text` shows
    it: plain strings between the referenced spans, and for each span a
    mark (``id``, ``class``, ``refs``, ``title`` and ``text``). A span
    overlapping an earlier one in part is left unmarked (sentences do not
    overlap; should they, the first mark stands)."""
    spans: dict[tuple[int, int], list[_Ref]] = defaultdict(list)
    for r in refs:
        spans[(r.start, r.end)].append(r)
    out: list[str | dict[str, str]] = []
    at = 0
    for (start, end), here in sorted(spans.items()):
        if start < at or end > len(text):
            continue
        here = sorted(here, key=_ref_order)
        out.append(safe_text(text[at:start], keep_lines=True))
        out.append(
            {
                "id": _mark_id(number, start),
                "class": " ".join(sorted({r.kind for r in here})),
                "refs": " ".join(f"{r.sentence}:{r.kind}" for r in here),
                "title": "; ".join(_ref_label(r) for r in here),
                "text": safe_text(text[start:end], keep_lines=True),
            }
        )
        at = end
    out.append(safe_text(text[at:], keep_lines=True))
    return [piece for piece in out if piece != ""]


def _segments_html(segments: list[str | dict[str, str]]) -> str:
    return "".join(
        _laid_out(piece)
        if isinstance(piece, str)
        else f'<mark id="{piece["id"]}" class="{piece["class"]}" data-refs="{piece["refs"]}" '
        f'tabindex="-1" title="{_attr(piece["title"])}">{_laid_out(piece["text"])}</mark>'
        for piece in segments
    )


def _laid_out(text: str) -> str:
    """Document text as HTML, every character kept: a carriage return as a
    character reference, since a parser turns a literal one into a line feed."""
    return _esc(text).replace("\r", "&#13;")


def _ref_order(r: _Ref) -> tuple[int, int]:
    return (r.sentence, (EXACT, NEAR, SUPPORT).index(r.kind))


def _ref_label(r: _Ref) -> str:
    if r.kind == EXACT:
        return f"summary sentence {r.sentence}"
    if r.kind == NEAR:
        return f"near match of summary sentence {r.sentence} (similarity {r.similarity:.2f})"
    return f"also reports summary sentence {r.sentence} (similarity {r.similarity:.2f})"


# -- sections -------------------------------------------------------------------


def _title(summary: Summary) -> str:
    return f"Summary of {_count(summary.stats.documents, 'document')}"


def _header(summary: Summary) -> str:
    focus = summary.focus
    parts = ['<header class="top">', f"<h1>{_esc(_title(summary))}</h1>"]
    if focus is not None:
        terms = "".join(f'<mark class="focus">{_esc(t)}</mark> ' for t in focus.terms)
        state = (
            f"matched: {terms.strip()}"
            if focus.matched
            else "matches nothing in the documents: a summary without a focus"
        )
        missing = (
            f"; not found: {_esc(', '.join(focus.unmatched))}"
            if focus.matched and focus.unmatched
            else ""
        )
        quoted = _text(focus.text)
        parts.append(f'<p class="focus-line">Focus: <q>{quoted}</q> ({state}{missing})</p>')
    parts.append(f'<p class="meta">{_esc(footer_text(summary))}</p>')
    parts.append("</header>")
    return "\n".join(parts)


def _summary_section(summary: Summary, numbers: Mapping[str, int]) -> str:
    out = ['<section id="summary" aria-labelledby="h-summary">', '<h2 id="h-summary">Summary</h2>']
    if not summary.sentences:
        out.append('<p class="empty">(empty summary)</p>')
    else:
        out.append('<ol class="sentences">')
        language = {d.id: d.language for d in summary.documents}
        for n, s in enumerate(summary.sentences, start=1):
            out.append(_sentence_item(n, s, numbers, language.get(s.doc_id)))
        out.append("</ol>")
        out.append(
            '<p class="legend">Select a sentence or a citation to mark where it stands in '
            'every document: <mark class="exact">the same sentence</mark>, '
            f'<mark class="near">a near match ({NEAR_MARK})</mark>, '
            '<mark class="support">another document reporting it in other words</mark>.</p>'
        )
    for note in summary.notes:
        out.append(f'<p class="note">Note: {_text(note)}</p>')
    out.append("</section>")
    return "\n".join(out)


def _sentence_item(
    n: int, s: SummarySentence, numbers: Mapping[str, int], language: str | None
) -> str:
    text = _with_focus(s)
    cites = []
    for doc_id, near in cited_documents(s):  # near: the document has no exact occurrence
        src = next(x for x in s.sources if x.doc_id == doc_id and x.exact != near)
        k = numbers[doc_id]
        cites.append(
            f'<a class="cite {NEAR if near else EXACT}" href="#{_mark_id(k, src.start)}" '
            f'data-s="{n}" aria-label="document {k}{", near match" if near else ""}">'
            f"[{NEAR_MARK if near else ''}{k}]</a>"
        )
    own = _mark_id(numbers[s.doc_id], s.start)
    item = [
        f'<li id="s{n}">',
        f'<a class="sentence" href="#{own}" data-s="{n}" dir="auto"{_lang(language)}>{text}</a> ',
        f'<span class="cites">{" ".join(cites)}</span>',
    ]
    if s.support:
        also = ", ".join(
            f'<a class="cite support" href="#{_mark_id(numbers[sup.doc_id], sup.start)}" '
            f'data-s="{n}" aria-label="document {numbers[sup.doc_id]}, similarity '
            f'{sup.similarity:.2f}">[{numbers[sup.doc_id]}]</a>'
            f' <span class="sim">{sup.similarity:.2f}</span>'
            for sup in s.support
        )
        item.append(f'<p class="also">Also reported by {also}</p>')
    item.append("</li>")
    return "".join(item)


def _with_focus(s: SummarySentence) -> str:
    return "".join(
        f'<mark class="focus">{_text(piece)}</mark>' if in_focus else _text(piece)
        for piece, in_focus in focus_pieces(s)
    )


def _sources_section(summary: Summary, numbers: Mapping[str, int]) -> str:
    used = sentences_used(summary)
    support = Counter(sup.doc_id for s in summary.sentences for sup in s.support)
    rows = []
    for d in summary.documents:
        k = numbers[d.id]
        where = ""
        if d.path:
            where = (
                f'<a href="{_attr(d.path)}" rel="noreferrer noopener">{_esc(d.path)}</a>'
                if _SAFE_URL.match(d.path)
                else _text(d.path)
            )
        rows.append(
            f'<tr><td><a href="#doc{k}">[{k}]</a></td>'
            f"<td>{_text(d.description)}</td><td>{where}</td>"
            f"<td>{_esc(language_name(d.language) if d.language else '')}</td>"
            f'<td class="num">{d.sentences}</td><td class="num">{used[d.id]}</td>'
            f'<td class="num">{support[d.id]}</td></tr>'
        )
    return "\n".join(
        [
            '<section id="sources" aria-labelledby="h-sources">',
            '<h2 id="h-sources">Sources</h2>',
            '<div class="scroll" tabindex="0" role="region" aria-label="Sources table">',
            '<table><thead><tr><th scope="col">#</th><th scope="col">Document</th>'
            '<th scope="col">Path or address</th><th scope="col">Language</th>'
            '<th scope="col">Sentences</th><th scope="col">Cited</th>'
            '<th scope="col">Also reports</th></tr></thead>',
            "<tbody>",
            *rows,
            "</tbody></table></div>",
            "</section>",
        ]
    )


def _stats_section(summary: Summary) -> str:
    st = summary.stats
    items = [
        ("Documents", st.documents),
        ("Sentences read", st.sentences),
        ("Candidate sentences", st.candidates),
        ("Duplicates merged", st.duplicates_merged),
        ("Boilerplate dropped", st.boilerplate_dropped),
        ("Headings dropped", st.headings_dropped),
        ("Fragments dropped", st.fragments_dropped),
        ("Other language dropped", st.other_language_dropped),
        ("Topic clusters", st.clusters),
        ("Summary sentences", len(summary.sentences)),
        ("Summary words", summary.word_count),
    ]
    dl = "".join(f"<div><dt>{_esc(k)}</dt><dd>{v}</dd></div>" for k, v in items)
    return (
        '<section id="statistics" aria-labelledby="h-stats">'
        f'<h2 id="h-stats">Statistics</h2><dl class="stats">{dl}</dl></section>'
    )


def _explain_section(summary: Summary, numbers: Mapping[str, int]) -> str:
    clusters = "".join(
        f'<tr><td class="num">{c.id}</td><td class="num">{c.size}</td>'
        f'<td class="num">{c.score:.4f}</td><td><ul>'
        + "".join(f"<li>{_text(t)}</li>" for t in c.top)
        + "</ul></td></tr>"
        for c in summary.clusters
    )
    dropped = summary.dropped[:DROPPED_LIMIT]
    reasons = sorted({d.reason for d in summary.dropped})
    options = "".join(f'<option value="{_attr(r)}">{_esc(r)}</option>' for r in reasons)
    rows = "".join(
        f'<tr data-reason="{_attr(d.reason)}"><td>{_esc(d.reason)}</td>'
        f"<td>[{numbers.get(d.doc_id, '?')}] sentence {d.index + 1}</td>"
        f"<td>{_text(d.detail)}</td><td>{_text(d.text)}</td></tr>"
        for d in dropped
    )
    more = len(summary.dropped) - len(dropped)
    rest = (
        f'<p class="note">{more} more dropped sentences are not listed here; '
        "<code>--format json --explain</code> lists every one.</p>"
        if more
        else ""
    )
    return "\n".join(
        [
            '<section id="explain" aria-labelledby="h-explain">',
            '<h2 id="h-explain">Why these sentences</h2>',
            "<h3>Topic clusters</h3>",
            '<div class="scroll" tabindex="0" role="region" aria-label="Topic clusters table">',
            '<table><thead><tr><th scope="col">Cluster</th><th scope="col">Size</th>'
            '<th scope="col">Score</th><th scope="col">Best sentences</th></tr></thead>'
            f"<tbody>{clusters}</tbody></table></div>",
            f"<h3>Dropped sentences ({len(summary.dropped)})</h3>",
            '<div class="filters">',
            '<label for="reason-filter">Reason</label> '
            f'<select id="reason-filter"><option value="">every reason</option>{options}</select> ',
            '<label for="text-filter">Containing</label> '
            '<input id="text-filter" type="search" autocomplete="off">',
            '<span id="dropped-count" role="status"></span>',
            "</div>",
            '<div class="scroll" tabindex="0" role="region" aria-label="Dropped sentences table">',
            '<table id="dropped"><thead><tr><th scope="col">Reason</th><th scope="col">Where</th>'
            '<th scope="col">Why</th><th scope="col">Sentence</th></tr></thead>'
            f"<tbody>{rows}</tbody></table></div>",
            rest,
            "</section>",
        ]
    )


def _carrying(refs: Mapping[str, list[_Ref]]) -> set[str]:
    """The documents that carry a summary sentence (the same or a near match):
    shown in full; the others open on demand."""
    return {doc_id for doc_id, here in refs.items() if any(r.kind != SUPPORT for r in here)}


def _documents_section(
    summary: Summary,
    numbers: Mapping[str, int],
    refs: Mapping[str, list[_Ref]],
    texts: Mapping[str, str],
    shown: set[str],
) -> str:
    out = ['<section id="documents" aria-labelledby="h-documents">']
    out.append('<h2 id="h-documents">Documents</h2>')
    if len(shown) < len(summary.documents):
        out.append(
            f'<p class="note">The {_count(len(shown), "document")} carrying the summary\'s '
            f"sentences are shown in full; the other {len(summary.documents) - len(shown)} "
            "open on demand.</p>"
        )
    for d in summary.documents:
        k = numbers[d.id]
        heading = f"[{k}] {safe_text(d.description)}"
        language = f" · {language_name(d.language)}" if d.language else ""
        meta = f"{_count(d.sentences, 'sentence')}{language}"
        region = (
            f'class="text" tabindex="0" role="region" aria-label="Text of document {k}" '
            f'dir="auto"{_lang(d.language)}'
        )
        if d.id in shown:
            marked = _segments_html(_segments(texts.get(d.id, ""), refs[d.id], k))
            out.append(
                f'<article id="doc{k}" class="document" aria-labelledby="doc{k}-h">'
                f'<h3 id="doc{k}-h">{_esc(heading)}</h3><p class="meta">{_esc(meta)}</p>'
                f"<div {region}>{marked}</div></article>"
            )
        else:
            also = " · also reports the summary" if d.id in refs else ""
            out.append(
                f'<details id="doc{k}" class="document lazy" data-doc="{k}">'
                f'<summary><span class="h">{_esc(heading)}</span> '
                f'<span class="meta">{_esc(meta)}{also}</span></summary>'
                f"<div {region}></div></details>"
            )
    out.append("</section>")
    return "\n".join(out)


# -- escaping ---------------------------------------------------------------------


def _text(text: str) -> str:
    """Text on one line (a sentence, a title, a note) as HTML."""
    return _esc(safe_text(text))


def _lang(code: str | None) -> str:
    """A ``lang`` attribute for a language code (none when it is unknown), so
    that a reader's browser and screen reader read the text in its language
    (``dir="auto"`` beside it sets the direction from the text itself)."""
    return f' lang="{_attr(code)}"' if code and code != UNDETERMINED else ""


def _esc(text: str) -> str:
    return html.escape(text, quote=False)


def _attr(text: str) -> str:
    return html.escape(text, quote=True)


def _script_json(data: object, *, ascii: bool = False) -> str:
    """JSON that can sit inside a ``<script>`` element: no ``<``, ``>`` or
    ``&`` (so no ``</script>`` or ``<!--``), nor line separators."""
    raw = json.dumps(data, ensure_ascii=ascii, separators=(",", ":"))
    return (
        raw.replace("<", "\\u003c")
        .replace(">", "\\u003e")
        .replace("&", "\\u0026")
        .replace("\u2028", "\\u2028")
        .replace("\u2029", "\\u2029")
    )


def _sha256(source: str) -> str:
    digest = hashlib.sha256(source.encode("utf-8")).digest()
    return "sha256-" + base64.b64encode(digest).decode("ascii")


def _count(n: int, noun: str) -> str:
    return f"{n} {noun}{'s' * (n != 1)}"


# -- style and script -------------------------------------------------------------

_STYLE = """
:root{--bg:#fff;--fg:#1b1b1b;--muted:#595959;--line:#d0d0d0;--panel:#f6f6f4;
--exact:#fde68a;--near:#c7e7ff;--support:#d9f2d0;--focus:#ffd1dc;--link:#0b57a4;--ring:#1a56db}
@media (prefers-color-scheme:dark){:root{--bg:#161616;--fg:#ececec;--muted:#b4b4b4;
--line:#3a3a3a;--panel:#202020;--exact:#4a3b00;--near:#0e3350;--support:#1d3d17;
--focus:#6d2b3d;--link:#8cc4ff;--ring:#8cc4ff}}
*{box-sizing:border-box}
body{margin:0;background:var(--bg);color:var(--fg);font:16px/1.55 system-ui,-apple-system,
"Segoe UI",Roboto,"Noto Sans",sans-serif}
a{color:var(--link)}
:focus-visible{outline:3px solid var(--ring);outline-offset:2px}
.skip{position:absolute;left:-999px}.skip:focus{left:8px;top:8px;background:var(--bg);padding:4px}
header.top,main{max-width:78rem;margin:0 auto;padding:0 1rem}
h1{margin:1rem 0 .25rem;font-size:1.6rem}h2{font-size:1.25rem;margin:1.5rem 0 .5rem}
h3{font-size:1.05rem;margin:1rem 0 .25rem}
.meta,.note,.legend,.sim{color:var(--muted);font-size:.9rem}
ol.sentences{padding-left:1.6rem}ol.sentences li{margin:.5rem 0}
a.sentence{color:inherit;text-decoration:none;border-radius:3px}
a.sentence:hover{text-decoration:underline}
a.sentence[aria-current=true]{background:var(--exact)}
.cites a,.also a{font-weight:600;text-decoration:none;margin-left:.15rem}
.cites a:hover,.also a:hover{text-decoration:underline}
.also{margin:.1rem 0 0;font-size:.9rem;color:var(--muted)}
mark{color:inherit;background:transparent;border-radius:2px}
mark.exact{border-bottom:2px solid var(--muted)}
mark.near{border-bottom:2px dashed var(--muted)}
mark.support{border-bottom:2px dotted var(--muted)}
mark.active-exact{background:var(--exact);border-bottom:2px solid var(--fg)}
mark.active-near{background:var(--near);border-bottom:2px dashed var(--fg)}
mark.active-support{background:var(--support);border-bottom:2px dotted var(--fg)}
.legend mark{color:var(--fg)}.legend mark.exact{background:var(--exact)}
.legend mark.near{background:var(--near)}.legend mark.support{background:var(--support)}
mark.focus{background:var(--focus)}
table{border-collapse:collapse;width:100%;font-size:.92rem}
th,td{border-bottom:1px solid var(--line);padding:.3rem .5rem;text-align:left;vertical-align:top}
td.num{text-align:right;font-variant-numeric:tabular-nums}
.scroll{overflow-x:auto}
.stats{display:grid;grid-template-columns:repeat(auto-fill,minmax(12rem,1fr));gap:.25rem 1rem}
.stats div{display:flex;justify-content:space-between;border-bottom:1px solid var(--line)}
.stats dd{margin:0;font-variant-numeric:tabular-nums}
.filters{display:flex;flex-wrap:wrap;gap:.5rem;align-items:center;margin:.5rem 0}
.filters select,.filters input{font:inherit;color:inherit;background:var(--bg);
border:1px solid var(--muted);padding:.15rem .3rem}
.document{border:1px solid var(--line);border-radius:6px;padding:.5rem .8rem;margin:.8rem 0;
background:var(--panel)}
details.document summary{cursor:pointer}
.text{white-space:pre-wrap;overflow-wrap:anywhere;max-height:26rem;overflow:auto;
padding:.25rem 0}
@media (min-width:70rem){main{display:grid;grid-template-columns:minmax(0,2fr) minmax(0,3fr);
gap:0 2rem}#summary{grid-column:1;grid-row:1 / span 4;position:sticky;top:0;align-self:start;
max-height:100vh;overflow:auto}#sources,#statistics,#explain,#documents{grid-column:2}}
@media print{#summary{position:static;max-height:none}.text{max-height:none;overflow:visible}
.filters,.skip{display:none}.document{break-inside:avoid-page}}
"""

_SCRIPT = """
(function () {
  "use strict";
  var kinds = ["exact", "near", "support"];
  var lazy = JSON.parse(document.getElementById("lazy-documents").textContent);
  var current = null;
  function load(details) {
    var box = details.querySelector(".text");
    if (box.childNodes.length) { return; }
    (lazy[details.getAttribute("data-doc")] || []).forEach(function (piece) {
      if (typeof piece === "string") {
        box.appendChild(document.createTextNode(piece));
        return;
      }
      var m = document.createElement("mark");
      m.id = piece.id;
      m.className = piece["class"];
      m.setAttribute("data-refs", piece.refs);
      m.setAttribute("tabindex", "-1");
      m.title = piece.title;
      m.textContent = piece.text;
      box.appendChild(m);
    });
    if (current) { mark(current); }
  }
  function find(id) {
    var el = document.getElementById(id);
    if (el) { return el; }
    var doc = /^d(\\d+)-/.exec(id);
    var details = doc && document.getElementById("doc" + doc[1]);
    if (details && details.tagName === "DETAILS") {
      details.open = true;
      load(details);
      return document.getElementById(id);
    }
    return null;
  }
  function mark(n) {
    document.querySelectorAll("mark[data-refs]").forEach(function (m) {
      kinds.forEach(function (k) { m.classList.remove("active-" + k); });
      m.getAttribute("data-refs").split(" ").forEach(function (ref) {
        var parts = ref.split(":");
        if (parts[0] === n) { m.classList.add("active-" + parts[1]); }
      });
    });
  }
  function activate(n, target) {
    current = n;
    mark(n);
    document.querySelectorAll("a.sentence").forEach(function (a) {
      if (a.getAttribute("data-s") === n) { a.setAttribute("aria-current", "true"); }
      else { a.removeAttribute("aria-current"); }
    });
    var first = null;
    document.querySelectorAll(".document .text").forEach(function (box) {
      var m = box.querySelector(".active-exact, .active-near, .active-support");
      if (!m) { return; }
      box.scrollTop = Math.max(0, m.offsetTop - box.offsetTop - box.clientHeight / 3);
      if (!first) { first = m; }
    });
    var to = target || first;
    if (to) {
      to.scrollIntoView({block: "center"});
      to.focus({preventScroll: true});
    }
  }
  document.addEventListener("click", function (event) {
    var el = event.target.closest("[data-s]");
    if (!el) { return; }
    var href = el.getAttribute("href");
    var target = href ? find(href.slice(1)) : null;
    if (target) { event.preventDefault(); }
    activate(el.getAttribute("data-s"), target);
  });
  document.querySelectorAll("details.lazy").forEach(function (d) {
    d.addEventListener("toggle", function () { if (d.open) { load(d); } });
  });
  var reason = document.getElementById("reason-filter");
  var words = document.getElementById("text-filter");
  var count = document.getElementById("dropped-count");
  function filter() {
    var r = reason.value, w = words.value.toLowerCase(), shown = 0;
    document.querySelectorAll("#dropped tbody tr").forEach(function (row) {
      var keep = (!r || row.getAttribute("data-reason") === r) &&
        (!w || row.textContent.toLowerCase().indexOf(w) >= 0);
      row.hidden = !keep;
      shown += keep ? 1 : 0;
    });
    count.textContent = shown + " shown";
  }
  if (reason && words) {
    reason.addEventListener("change", filter);
    words.addEventListener("input", filter);
  }
  var hash = /^#s(\\d+)$/.exec(location.hash);
  if (hash) { activate(hash[1], null); }
})();
"""
