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
from typing import Any

from rich.console import Group, RenderableType
from rich.panel import Panel
from rich.table import Table
from rich.text import Text

from .language import join_sentences
from .language.detect import language_name
from .summary import Summary, SummarySentence

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
#: Documents listed one by one in the sources table before the rest are summed up
#: (``verbose`` lists them all).
SOURCES_LIMIT = 20
#: Documents cited after a sentence before the rest are counted ("+27 more");
#: ``verbose`` cites them all, and the JSON always lists every source.
CITATION_LIMIT = 4
#: Marks a document whose occurrence is a near match, not the same words.
NEAR_MARK = "≈"
#: Introduces the documents that report a sentence in other words.
ALSO_REPORTED = "also reported by"

# Bidirectional embedding/override/isolate marks: they can reorder what a
# terminal shows, so that displayed text differs from the bytes.
# The bidi *controls* that reorder what follows them (embeddings, overrides,
# isolates and their ends). The directional marks LRM, RLM and ALM only
# attach a direction to neutral characters next to them; Hebrew, Arabic and
# Persian text uses them routinely, so they stay as they are.
_BIDI = {*range(0x202A, 0x202F), *range(0x2066, 0x206A)}


def safe_text(text: str, *, keep_lines: bool = False) -> str:
    """``text`` with control and bidi-control characters shown as escapes.

    Line breaks and tabs inside a sentence become spaces (with
    ``keep_lines``, as in a whole document shown as it is laid out, they
    stay, and every other character keeps its place); ESC becomes the four
    visible characters ``\\x1b``; so a document cannot move the cursor,
    clear the screen, set a hyperlink or reverse the display.
    """
    out = []
    for ch in text if keep_lines else text.replace("\r\n", "\n"):  # one break, one space
        code = ord(ch)
        if ch in "\t\n\r":
            out.append(ch if keep_lines else " ")
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


def cited_documents(sentence: SummarySentence) -> list[tuple[str, bool]]:
    """The documents carrying ``sentence`` in order, each with whether it
    carries only a near match (no occurrence with the same words)."""
    exact: dict[str, bool] = {}
    for source in sentence.sources:
        exact[source.doc_id] = exact.get(source.doc_id, False) or source.exact
    return [(doc_id, not is_exact) for doc_id, is_exact in exact.items()]


def citation_list(
    sentence: SummarySentence, numbers: Mapping[str, int], *, verbose: bool = False
) -> tuple[list[tuple[int, bool]], int]:
    """Citation numbers of a sentence's documents (with their near-match flag),
    at most ``CITATION_LIMIT`` unless ``verbose``, and how many are left out."""
    cited = [(numbers[doc_id], near) for doc_id, near in cited_documents(sentence)]
    return _limited(cited, verbose=verbose)


def marker_text(
    sentence: SummarySentence, numbers: Mapping[str, int], *, verbose: bool = False
) -> str:
    """A sentence's citation marker as plain text: ``[1,≈3,4 +27 more]``."""
    cited, more = citation_list(sentence, numbers, verbose=verbose)
    comma = "," if len(cited) <= CITATION_LIMIT else ", "
    marks = comma.join(f"{NEAR_MARK if near else ''}{n}" for n, near in cited)
    return f"[{marks}{f' +{more} more' if more else ''}]"


def support_list(
    sentence: SummarySentence, numbers: Mapping[str, int], *, verbose: bool = False
) -> tuple[list[tuple[int, float]], int]:
    """Citation numbers and similarities of the documents that report a
    sentence in other words (:attr:`SummarySentence.support`), at most
    ``CITATION_LIMIT`` unless ``verbose``, and how many are left out."""
    return _limited([(numbers[s.doc_id], s.similarity) for s in sentence.support], verbose=verbose)


def _limited(items: list[Any], *, verbose: bool) -> tuple[list[Any], int]:
    """The first ``CITATION_LIMIT`` items (all with ``verbose``) and how many are left out."""
    if verbose or len(items) <= CITATION_LIMIT:
        return items, 0
    return items[:CITATION_LIMIT], len(items) - CITATION_LIMIT


def support_text(
    sentence: SummarySentence, numbers: Mapping[str, int], *, verbose: bool = False
) -> str:
    """``"also reported by [2] 0.66, [4] 0.41"`` (empty without support)."""
    listed, more = support_list(sentence, numbers, verbose=verbose)
    if not listed:
        return ""
    items = ", ".join(f"[{n}] {similarity:.2f}" for n, similarity in listed)
    return f"{ALSO_REPORTED} {items}{f' +{more} more' if more else ''}"


def _colour(number: int) -> str:
    return PALETTE[(number - 1) % len(PALETTE)]


def _shorten(text: str, width: int = 110) -> str:
    text = safe_text(text)
    return text if len(text) <= width else text[: width - 1].rstrip() + "…"


def languages_text(summary: Summary) -> str:
    """Which languages were read and which the summary is drawn from:
    ``"English"``, or ``"German (3), English (2); summary from German"``."""
    read = summary.languages_read
    if not read:
        return ""
    if len(read) == 1:
        return language_name(next(iter(read)))
    listed = ", ".join(f"{language_name(c)} ({n})" for c, n in read.items())
    used = summary.languages_used or ((summary.language,) if summary.language else ())
    return f"{listed}; summary from {', '.join(map(language_name, used)) or 'none'}"


def focus_text(summary: Summary) -> str:
    """The focus, what of it the documents mention, and whether it steered
    the summary: ``'"rare earths" (matched: rare, earths)'``."""
    focus = summary.focus
    if focus is None:
        return ""
    quoted = f'"{" ".join(safe_text(focus.text).split())}"'
    if not focus.matched:
        return f"{quoted} (matches nothing in the documents: summary without a focus)"
    found = f"matched: {', '.join(focus.terms)}"
    missing = f"; not found: {', '.join(focus.unmatched)}" if focus.unmatched else ""
    return f"{quoted} ({found}{missing})"


def footer_text(summary: Summary, *, elapsed: float | None = None, skipped: int = 0) -> str:
    """One line of corpus statistics."""
    st = summary.stats
    parts = [
        *([f"focus {focus}"] if (focus := focus_text(summary)) else []),
        f"{st.documents} document{'s' * (st.documents != 1)}",
        *([languages] if (languages := languages_text(summary)) else []),
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
    verbose: bool = False,
) -> RenderableType:
    """The terminal view: summary panel, sources table, footer (and explanation).

    Notes (``summary.notes``) are not part of it: the command writes them to
    standard error in every format.
    """
    numbers = citation_numbers(summary)
    body = Text()
    for k, s in enumerate(summary.sentences):
        if k:
            body.append("\n")
        body.append_text(highlighted(s))
        body.append(" ")
        body.append_text(_markers(s, numbers, verbose=verbose))
        body.append_text(_support_markers(s, numbers, verbose=verbose))
    if not summary.sentences:
        body.append("(empty summary)", style="dim italic")
    title = Text("Summary")
    if summary.focus is not None and summary.focus.matched:
        title.append(f" · focus: {_shorten(summary.focus.text, 60)}")
    parts: list[RenderableType] = [
        Panel(body, title=title, title_align="left", border_style="dim", padding=(0, 1))
    ]
    parts.append(_sources_table(summary, numbers, verbose=verbose))
    if any(near for s in summary.sentences for _, near in cited_documents(s)):
        parts.append(
            Text(
                f"{NEAR_MARK} near match: that document states the same fact with small edits",
                style="dim",
            )
        )
    parts.append(Text(footer_text(summary, elapsed=elapsed, skipped=skipped), style="dim"))
    if explain:
        parts.extend(explain_view(summary, verbose=verbose))
    return Group(*parts)


#: How the rich view marks the focus's words in the summary.
FOCUS_STYLE = "bold underline"


def focus_pieces(sentence: SummarySentence) -> list[tuple[str, bool]]:
    """A summary sentence's text in pieces, each with whether it is one of
    the focus's words (:attr:`SummarySentence.focus_spans`), in order."""
    text, pieces, at = sentence.text, [], 0
    for start, end in sentence.focus_spans:
        pieces += [(text[at:start], False), (text[start:end], True)]
        at = end
    pieces.append((text[at:], False))
    return pieces


def highlighted(sentence: SummarySentence) -> Text:
    """A summary sentence as rich text, the focus's words marked. Each piece
    of the sentence is made safe (:func:`safe_text`) and appended as plain
    text: document text never becomes markup."""
    out = Text()
    for piece, in_focus in focus_pieces(sentence):
        out.append(safe_text(piece), style=FOCUS_STYLE if in_focus else None)
    return out


def _markers(sentence: SummarySentence, numbers: Mapping[str, int], *, verbose: bool) -> Text:
    cited, more = citation_list(sentence, numbers, verbose=verbose)
    # A long list (--verbose) may wrap, between numbers, never inside one.
    comma = "," if len(cited) <= CITATION_LIMIT else ", "
    text = Text("[", style="dim")
    for k, (n, near) in enumerate(cited):
        if k:
            text.append(comma, style="dim")
        text.append(f"{NEAR_MARK if near else ''}{n}", style=f"bold {_colour(n)}")
    if more:
        text.append(f" +{more} more", style="dim")
    text.append("]", style="dim")
    return text


def _support_markers(
    sentence: SummarySentence, numbers: Mapping[str, int], *, verbose: bool
) -> Text:
    """`` also reported by 2 (0.66), 4 (0.41)``, dim, the numbers in their colours."""
    listed, more = support_list(sentence, numbers, verbose=verbose)
    text = Text()
    if not listed:
        return text
    text.append(f" {ALSO_REPORTED} ", style="dim")
    for k, (n, similarity) in enumerate(listed):
        if k:
            text.append(", ", style="dim")
        text.append(str(n), style=_colour(n))
        text.append(f" ({similarity:.2f})", style="dim")
    if more:
        text.append(f" +{more} more", style="dim")
    return text


def _sources_table(summary: Summary, numbers: Mapping[str, int], *, verbose: bool) -> Table:
    used = sentences_used(summary)
    table = Table(box=None, padding=(0, 1), show_edge=False, header_style="bold")
    table.add_column("#", justify="right")
    table.add_column("source", overflow="fold")
    mixed = len(summary.languages_read) > 1
    if mixed:
        table.add_column("lang")
    table.add_column("read", justify="right")
    table.add_column("used", justify="right")
    docs = summary.documents
    if verbose or len(docs) <= SOURCES_LIMIT:
        shown = list(docs)
    else:  # the cited documents first, as many as fit
        shown = [d for d in docs if used[d.id]][:SOURCES_LIMIT]
    for d in shown:
        n = numbers[d.id]
        table.add_row(
            Text(f"[{n}]", style=f"bold {_colour(n)}"),
            Text(safe_text(d.description)),
            *([d.language or ""] if mixed else []),
            str(d.sentences),
            str(used[d.id]) if used[d.id] else Text("0", style="dim"),
        )
    if len(shown) < len(docs):
        listed = {d.id for d in shown}
        rest = [d for d in docs if d.id not in listed]
        cited_rest = sum(1 for d in rest if used[d.id])
        what = f"{cited_rest} of them cited; --verbose lists them" if cited_rest else "none cited"
        table.add_row(
            "",
            Text(f"… {len(rest)} more documents ({what})", style="dim"),
            *([""] if mixed else []),
            str(sum(d.sentences for d in rest)),
            str(sum(used[d.id] for d in rest)),
        )
    return table


def explain_view(summary: Summary, *, verbose: bool = False) -> list[RenderableType]:
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

    focused = summary.focus is not None and summary.focus.matched
    chosen = Table(title="Chosen sentences", title_justify="left", header_style="bold")
    chosen.add_column("score", justify="right")
    if focused:
        chosen.add_column("relevance", justify="right")
    chosen.add_column("cluster", justify="right")
    chosen.add_column("source", overflow="fold")
    chosen.add_column("matches")
    chosen.add_column("sentence", overflow="fold")
    for s in summary.sentences:
        chosen.add_row(
            f"{s.score:.4f}",
            *([f"{s.relevance:.2f}"] if focused else []),
            str(s.cluster),
            _markers(s, numbers, verbose=verbose),
            match_summary(s),
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
    parts.append(Text(f"Languages: {languages_text(summary)}"))
    if summary.focus is not None:
        parts.append(Text(f"Focus: {focus_text(summary)}"))
    return parts


def _dropped_by_reason(summary: Summary):  # type: ignore[no-untyped-def]
    groups: dict[str, list] = {}
    for d in summary.dropped:
        groups.setdefault(d.reason, []).append(d)
    for reason in sorted(groups):
        items = groups[reason]
        yield reason, items[:EXPLAIN_LIMIT], max(0, len(items) - EXPLAIN_LIMIT)


def match_summary(sentence: SummarySentence) -> str:
    """How the sources of a sentence match it: ``"3 exact, 2 near (0.78-0.91)"``."""
    exact = sum(src.exact for src in sentence.sources)
    near = [src.similarity for src in sentence.sources if not src.exact]
    parts = [f"{exact} exact"]
    if near:
        low, high = min(near), max(near)
        span = f"{low:.2f}" if low == high else f"{low:.2f}-{high:.2f}"
        parts.append(f"{len(near)} near ({span})")
    return ", ".join(parts)


# -- plain text ----------------------------------------------------------------


def text_view(summary: Summary, *, explain: bool = False, verbose: bool = False) -> str:
    """Plain text: the sentences one per line, no styling (and the explanation).

    An empty summary is an empty string (not an empty line)."""
    lines = [safe_text(s.text) for s in summary.sentences]
    if explain:
        numbers = citation_numbers(summary)
        lines += [""] * bool(lines) + ["Topic clusters:"]
        for c in summary.clusters:
            lines.append(f"  cluster {c.id} (size {c.size}, score {c.score:.4f})")
            lines += [f"    - {_shorten(t)}" for t in c.top]
        lines += ["", "Chosen sentences:"]
        for s in summary.sentences:
            marks = marker_text(s, numbers, verbose=verbose)
            relevance = f" relevance {s.relevance:.2f}" if s.relevance is not None else ""
            lines.append(
                f"  {s.score:.4f}{relevance} cluster {s.cluster} {marks} {match_summary(s)}: "
                f"{_shorten(s.text)}"
            )
            if also := support_text(s, numbers, verbose=verbose):
                lines.append(f"    {also}")
        lines += ["", "Dropped:"]
        for reason, items, more in _dropped_by_reason(summary):
            for d in items:
                lines.append(f"  {reason}: {safe_text(d.detail)}: {_shorten(d.text, 80)}")
            if more:
                lines.append(f"  {reason}: ... and {more} more")
        lines += ["", f"Languages: {languages_text(summary)}"]
        if summary.focus is not None:
            lines.append(f"Focus: {focus_text(summary)}")
        lines += ["", "Sources:"]
        lines += [
            f"  [{numbers[d.id]}] {safe_text(d.description)} ({d.language})"
            for d in summary.documents
        ]
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


def markdown_view(summary: Summary, *, explain: bool = False, verbose: bool = False) -> str:
    """Markdown with footnote citations (``[^2]``) resolving to the sources
    (the first few per sentence and a count of the rest, unless ``verbose``)."""
    numbers = citation_numbers(summary)
    lines = []
    cited_numbers: set[int] = set()
    for s in summary.sentences:
        cited, more = citation_list(s, numbers, verbose=verbose)
        cited_numbers.update(n for n, _ in cited)
        marks = "".join(f"[^{n}]" for n, _ in cited)
        supported, more_support = support_list(s, numbers, verbose=verbose)
        cited_numbers.update(n for n, _ in supported)
        also = (
            f" ({ALSO_REPORTED} {''.join(f'[^{n}]' for n, _ in supported)}"
            f"{f' +{more_support} more' if more_support else ''})"
            if supported
            else ""
        )
        lines.append(f"{markdown_escape(s.text)}{marks}{f' (+{more} more)' if more else ''}{also}")
    out = [join_sentences(lines) if lines else "*(empty summary)*", ""]
    cited = sorted(cited_numbers)
    by_number = {numbers[d.id]: d for d in summary.documents}
    for n in cited:
        d = by_number[n]
        label = markdown_escape(d.description)
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
        out += ["", f"Languages: {languages_text(summary)}"]
        if summary.focus is not None:
            out.append(f"Focus: {markdown_escape(focus_text(summary))}")
    return "\n".join(out).rstrip() + "\n"


# -- JSON ----------------------------------------------------------------------


_JSON_UNSAFE = re.compile(
    "[\u0080-\u009f\u2028\u2029\ud800-\udfff" + "".join(f"\\u{c:04x}" for c in sorted(_BIDI)) + "]"
)


def json_view(
    summary: Summary, *, explain: bool = False, verbose: bool = False, ascii: bool = False
) -> str:
    """``Summary.to_dict()`` as JSON (every source is always listed).

    Text stays exact, but characters that could act on a terminal showing
    the JSON are written as ``\\uXXXX`` escapes: C0 controls (by ``json``
    itself), C1 controls, bidi controls and line/paragraph separators. So
    are lone surrogates (invalid Unicode that no encoder can write), which
    JSON's own escapes keep exact. With ``ascii``, every character outside
    ASCII is escaped (for an output that cannot encode Unicode).
    """
    return _safe_json(summary.to_dict(explain=explain), ascii=ascii, indent=2)


def json_line(record: dict[str, Any], *, ascii: bool = False) -> str:
    """``record`` as one line of JSON (a JSONL line, without the newline),
    escaped as :func:`json_view` escapes."""
    return _safe_json(record, ascii=ascii, indent=None)


def _safe_json(record: dict[str, Any], *, ascii: bool, indent: int | None) -> str:
    raw = json.dumps(record, ensure_ascii=ascii, indent=indent)
    return _JSON_UNSAFE.sub(lambda m: f"\\u{ord(m.group(0)):04x}", raw)
