"""Views of a :class:`~summarizer.summary.Summary`: rich, plain text, Markdown, JSON.

Rendering only: every function here takes finished result data and returns a
renderable or a string; nothing here summarizes. Document text is data, never
markup: rich views put it into :class:`rich.text.Text` objects (which do not
parse ``[bold]``-style markup), Markdown escapes its special characters, and
every view meant for a terminal or a text file replaces control characters
(terminal escape sequences, bidirectional overrides) with visible escapes.
"""

from __future__ import annotations

import json
import re
import unicodedata
from collections import Counter
from collections.abc import Mapping

from rich.console import Group, RenderableType
from rich.panel import Panel
from rich.table import Table
from rich.text import Text

from .summary import Summary

#: Citation colours: mid-tones that stay readable on light and dark backgrounds.
PALETTE = (
    "dodger_blue2",
    "dark_orange3",
    "green4",
    "medium_purple3",
    "deep_pink3",
    "dark_cyan",
    "gold3",
    "indian_red",
)
#: Sentences listed per reason in an explanation (all are in the JSON).
EXPLAIN_LIMIT = 8
#: Documents listed one by one in the sources table before the rest are summed up.
SOURCES_LIMIT = 20

# Bidirectional embedding/override/isolate marks: they can reorder what a
# terminal shows, so that displayed text differs from the bytes.
_BIDI = {0x200E, 0x200F, 0x061C, *range(0x202A, 0x202F), *range(0x2066, 0x206A)}


def safe_text(text: str) -> str:
    """``text`` with control and bidi-control characters shown as escapes.

    Line breaks and tabs inside a sentence become spaces; ESC becomes the
    four visible characters ``\\x1b``; so a document cannot move the cursor,
    clear the screen, set a hyperlink or reverse the display.
    """
    out = []
    for ch in text:
        code = ord(ch)
        if ch in "\t\n\r":
            out.append(" ")
        elif code in _BIDI or unicodedata.category(ch) in ("Cc", "Cs"):
            out.append(f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}")
        else:
            out.append(ch)
    return "".join(out)


def citation_numbers(summary: Summary) -> dict[str, int]:
    """Citation number of every document: its 1-based place in the collection."""
    return {d.id: i for i, d in enumerate(summary.documents, start=1)}


def sentences_used(summary: Summary) -> Counter[str]:
    """How many summary sentences each document carries."""
    return Counter(doc_id for s in summary.sentences for doc_id in s.doc_ids)


def _colour(number: int) -> str:
    return PALETTE[(number - 1) % len(PALETTE)]


def _shorten(text: str, width: int = 110) -> str:
    text = safe_text(text)
    return text if len(text) <= width else text[: width - 1].rstrip() + "…"


def footer_text(summary: Summary, *, elapsed: float | None = None, skipped: int = 0) -> str:
    """One line of corpus statistics."""
    st = summary.stats
    parts = [
        f"{st.documents} document{'s' * (st.documents != 1)}",
        f"{st.sentences} sentences",
        f"{st.duplicates_merged} duplicates merged",
        f"{st.boilerplate_dropped} boilerplate dropped",
        f"{st.headings_dropped + st.fragments_dropped} headings/fragments dropped",
    ]
    if skipped:
        parts.append(f"{skipped} input{'s' * (skipped != 1)} skipped")
    if elapsed is not None:
        parts.append(f"{elapsed:.2f} s")
    return " · ".join(parts)


# -- rich --------------------------------------------------------------------


def rich_view(
    summary: Summary,
    *,
    elapsed: float | None = None,
    skipped: int = 0,
    explain: bool = False,
) -> RenderableType:
    """The terminal view: summary panel, sources table, footer (and explanation)."""
    numbers = citation_numbers(summary)
    body = Text()
    for k, s in enumerate(summary.sentences):
        if k:
            body.append("\n")
        body.append(safe_text(s.text))
        body.append(" ")
        body.append_text(_markers(s.doc_ids, numbers))
    if not summary.sentences:
        body.append("(empty summary)", style="dim italic")
    parts: list[RenderableType] = [
        Panel(body, title="Summary", title_align="left", border_style="dim", padding=(0, 1))
    ]
    parts.append(_sources_table(summary, numbers))
    for note in summary.notes:
        parts.append(Text(f"note: {safe_text(note)}", style="yellow"))
    parts.append(Text(footer_text(summary, elapsed=elapsed, skipped=skipped), style="dim"))
    if explain:
        parts.extend(explain_view(summary))
    return Group(*parts)


def _markers(doc_ids: tuple[str, ...], numbers: Mapping[str, int]) -> Text:
    text = Text("[", style="dim")
    for k, doc_id in enumerate(doc_ids):
        if k:
            text.append(",", style="dim")
        n = numbers[doc_id]
        text.append(str(n), style=f"bold {_colour(n)}")
    text.append("]", style="dim")
    return text


def _sources_table(summary: Summary, numbers: Mapping[str, int]) -> Table:
    used = sentences_used(summary)
    table = Table(box=None, padding=(0, 1), show_edge=False, header_style="bold")
    table.add_column("#", justify="right")
    table.add_column("source", overflow="fold")
    table.add_column("read", justify="right")
    table.add_column("used", justify="right")
    docs = summary.documents
    shown = docs if len(docs) <= SOURCES_LIMIT else [d for d in docs if used[d.id]]
    for d in shown:
        n = numbers[d.id]
        table.add_row(
            Text(f"[{n}]", style=f"bold {_colour(n)}"),
            Text(safe_text(d.label)),
            str(d.sentences),
            str(used[d.id]) if used[d.id] else Text("0", style="dim"),
        )
    if len(shown) < len(docs):
        rest = docs if not shown else [d for d in docs if not used[d.id]]
        table.add_row(
            "",
            Text(f"… {len(rest)} more documents, none cited", style="dim"),
            str(sum(d.sentences for d in rest)),
            "0",
        )
    return table


def explain_view(summary: Summary) -> list[RenderableType]:
    """Why these sentences: clusters, chosen sentences' scores, what was dropped."""
    numbers = citation_numbers(summary)
    parts: list[RenderableType] = [Text("")]

    clusters = Table(title="Topic clusters", title_justify="left", header_style="bold")
    clusters.add_column("cluster", justify="right")
    clusters.add_column("size", justify="right")
    clusters.add_column("score", justify="right")
    clusters.add_column("top sentences", overflow="fold")
    for c in summary.clusters:
        clusters.add_row(
            str(c.id),
            str(c.size),
            f"{c.score:.4f}",
            Text("\n".join(f"• {_shorten(t)}" for t in c.top)),
        )
    parts.append(clusters)

    chosen = Table(title="Chosen sentences", title_justify="left", header_style="bold")
    chosen.add_column("score", justify="right")
    chosen.add_column("cluster", justify="right")
    chosen.add_column("source")
    chosen.add_column("sentence", overflow="fold")
    for s in summary.sentences:
        chosen.add_row(
            f"{s.score:.4f}",
            str(s.cluster),
            _markers(s.doc_ids, numbers),
            Text(_shorten(s.text)),
        )
    parts.append(chosen)

    dropped = Table(title="Dropped", title_justify="left", header_style="bold")
    dropped.add_column("reason")
    dropped.add_column("why", overflow="fold")
    dropped.add_column("sentence", overflow="fold")
    for reason, items, more in _dropped_by_reason(summary):
        for d in items:
            dropped.add_row(reason, Text(safe_text(d.detail)), Text(_shorten(d.text, 80)))
        if more:
            dropped.add_row(reason, Text(f"… and {more} more", style="dim"), "")
    parts.append(dropped)
    return parts


def _dropped_by_reason(summary: Summary):  # type: ignore[no-untyped-def]
    groups: dict[str, list] = {}
    for d in summary.dropped:
        groups.setdefault(d.reason, []).append(d)
    for reason in sorted(groups):
        items = groups[reason]
        yield reason, items[:EXPLAIN_LIMIT], max(0, len(items) - EXPLAIN_LIMIT)


# -- plain text ----------------------------------------------------------------


def text_view(summary: Summary, *, explain: bool = False) -> str:
    """Plain text: the sentences one per line, no styling (and the explanation)."""
    lines = [safe_text(s.text) for s in summary.sentences]
    if explain:
        numbers = citation_numbers(summary)
        lines += ["", "Topic clusters:"]
        for c in summary.clusters:
            lines.append(f"  cluster {c.id} (size {c.size}, score {c.score:.4f})")
            lines += [f"    - {_shorten(t)}" for t in c.top]
        lines += ["", "Chosen sentences:"]
        for s in summary.sentences:
            marks = ",".join(str(numbers[d]) for d in s.doc_ids)
            lines.append(f"  {s.score:.4f} cluster {s.cluster} [{marks}] {_shorten(s.text)}")
        lines += ["", "Dropped:"]
        for reason, items, more in _dropped_by_reason(summary):
            for d in items:
                lines.append(f"  {reason}: {safe_text(d.detail)}: {_shorten(d.text, 80)}")
            if more:
                lines.append(f"  {reason}: ... and {more} more")
        lines += ["", "Sources:"]
        lines += [f"  [{numbers[d.id]}] {safe_text(d.label)}" for d in summary.documents]
    return "\n".join(lines)


# -- Markdown ------------------------------------------------------------------

_MD_SPECIAL = re.compile(r"([\\`*_\[\]<>|~&])")
_MD_LINE_START = re.compile(r"^(\s*)([#+=-]|\d+[.)])")


def markdown_escape(text: str) -> str:
    """Escape Markdown syntax so document text stays literal text.

    Emphasis, code, links, footnote references, HTML and entities are
    escaped everywhere; heading, list and rule markers at the start.
    """
    escaped = _MD_SPECIAL.sub(r"\\\1", safe_text(text))

    def block_marker(m: re.Match[str]) -> str:
        marker = m.group(2)
        return m.group(1) + (
            marker[:-1] + "\\" + marker[-1] if marker[0].isdigit() else "\\" + marker
        )

    return _MD_LINE_START.sub(block_marker, escaped)


def markdown_view(summary: Summary, *, explain: bool = False) -> str:
    """Markdown with footnote citations (``[^2]``) resolving to the sources."""
    numbers = citation_numbers(summary)
    lines = []
    for s in summary.sentences:
        marks = "".join(f"[^{numbers[d]}]" for d in s.doc_ids)
        lines.append(f"{markdown_escape(s.text)}{marks}")
    out = [" ".join(lines) if lines else "*(empty summary)*", ""]
    cited = sorted({numbers[d] for s in summary.sentences for d in s.doc_ids})
    by_number = {numbers[d.id]: d for d in summary.documents}
    for n in cited:
        d = by_number[n]
        label = markdown_escape(d.label)
        path = f" ({markdown_escape(d.path)})" if d.title and d.path else ""
        out.append(f"[^{n}]: {label}{path}")
    if explain:
        out += ["", "## Topic clusters", ""]
        for c in summary.clusters:
            out.append(f"- **cluster {c.id}** (size {c.size}, score {c.score:.4f})")
            out += [f"  - {markdown_escape(_shorten(t))}" for t in c.top]
        out += ["", "## Dropped", ""]
        for reason, items, more in _dropped_by_reason(summary):
            for d in items:
                why, text = markdown_escape(d.detail), markdown_escape(_shorten(d.text, 80))
                out.append(f"- *{reason}*: {why}: {text}")
            if more:
                out.append(f"- *{reason}*: … and {more} more")
    return "\n".join(out).rstrip() + "\n"


# -- JSON ----------------------------------------------------------------------


_JSON_UNSAFE = re.compile(
    "[\u0080-\u009f\u2028\u2029" + "".join(f"\\u{c:04x}" for c in sorted(_BIDI)) + "]"
)


def json_view(summary: Summary, *, explain: bool = False) -> str:
    """``Summary.to_dict()`` as JSON.

    Text stays exact, but characters that could act on a terminal showing
    the JSON are written as ``\\uXXXX`` escapes: C0 controls (by ``json``
    itself), C1 controls, bidi controls and line/paragraph separators.
    """
    raw = json.dumps(summary.to_dict(explain=explain), ensure_ascii=False, indent=2)
    return _JSON_UNSAFE.sub(lambda m: f"\\u{ord(m.group(0)):04x}", raw)
