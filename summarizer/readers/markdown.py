"""Markdown: the prose a note renders to, read by its structure.

A Markdown file is parsed with markdown-it-py (a CommonMark parser, which
rich already depends on) and its prose becomes the document's text: each
paragraph, list item, heading and quotation one block, inline markup
(emphasis, code spans, links) reduced to the words a reader sees. What is
not prose never reaches the text: code blocks, tables, front matter, HTML
blocks and comments, images, rules, and link targets. Markdown source is
often wrapped; a paragraph's line breaks become spaces, as when it renders.

Two common extensions are understood, since notes use them for prose:
admonitions (``!!! note "Title"`` followed by an indented body, which plain
CommonMark would take for a code block) and GitHub's alerts (a quotation
starting ``[!NOTE]``), whose marker is dropped.
"""

from __future__ import annotations

import re
import threading
from functools import lru_cache
from typing import TYPE_CHECKING

from . import Extracted

if TYPE_CHECKING:
    from markdown_it import MarkdownIt
    from markdown_it.token import Token

# YAML (--- ... --- or ...) or TOML (+++ ... +++) front matter at the start.
_FRONT_MATTER = re.compile(
    r"\A\ufeff?(?:---[ \t]*\r?\n(?P<yaml>.*?)\r?\n(?:---|\.\.\.)"
    r"|\+\+\+[ \t]*\r?\n(?P<toml>.*?)\r?\n\+\+\+)[ \t]*(?:\r?\n|\Z)",
    re.S,
)
_FIELD = re.compile(r"^(title|author|date)\s*[:=]\s*(.+?)\s*$", re.M | re.I)
# An admonition's first line (Python-Markdown, MkDocs): !!! kind "title", or
# ??? / ???+ for collapsible ones; its body is the indented lines after it.
_ADMONITION = re.compile(
    r'^(?P<indent>[ \t]*)(?:!!!|\?\?\?\+?)[ \t]+[\w-]+(?:[ \t]+"(?P<title>[^"]*)")?[ \t]*$'
)
# GitHub's alert marker at the start of a quotation.
_ALERT = re.compile(r"^\[![A-Za-z]+\][ \t]*")
# The blocks whose inline content is prose; everything else (fences, indented
# code, HTML blocks, table cells, rules) contributes nothing.
_TEXT_BLOCKS = frozenset({"paragraph_open", "heading_open"})


# markdown-it builds its rule cache, and mdurl its encoding cache, lazily on
# first use, without locks: threads parsing at once could see them half
# built (an empty document, an IndexError). Parsing is serialised.
_PARSE_LOCK = threading.Lock()


@lru_cache(maxsize=1)
def _parser() -> MarkdownIt:
    # One parser per process: it holds no per-document state.
    from markdown_it import MarkdownIt

    return MarkdownIt("commonmark").enable(["table", "strikethrough"])


def read_markdown(source: str) -> Extracted:
    """The prose of a Markdown document, with the title of its front matter
    (or its first level-one heading), and its author and date if given."""
    meta: dict[str, str] = {}
    m = _FRONT_MATTER.match(source)
    if m:
        for field in _FIELD.finditer(m.group("yaml") or m.group("toml") or ""):
            meta.setdefault(field.group(1).lower(), field.group(2).strip().strip("'\""))
        source = source[m.end() :]
    with _PARSE_LOCK:
        tokens = _parser().parse(_open_admonitions(source))
    blocks: list[str] = []
    headings: list[tuple[int, int]] = []
    offset = 0
    first_heading: str | None = None
    table_depth = 0
    for i, token in enumerate(tokens):
        if token.type == "table_open":
            table_depth += 1
        elif token.type == "table_close":
            table_depth -= 1
        elif token.type == "inline" and not table_depth and tokens[i - 1].type in _TEXT_BLOCKS:
            text, linked_only = _inline_text(token.children or [])
            if linked_only:
                continue  # a list of links (related articles, a menu): not prose
            is_heading = tokens[i - 1].type == "heading_open"
            if is_heading:
                if first_heading is None and tokens[i - 1].tag == "h1":
                    first_heading = text
            else:
                text = _ALERT.sub("", text)
            if text:
                if is_heading:
                    headings.append((offset, offset + len(text)))
                blocks.append(text)
                offset += len(text) + 2
    return Extracted(
        "\n\n".join(blocks),
        headings=tuple(headings),
        title=meta.get("title") or first_heading,
        author=meta.get("author"),
        date=meta.get("date"),
        note="read as Markdown: its prose is summarised "
        "(no code, tables, front matter or link targets)",
    )


def _inline_text(children: list[Token]) -> tuple[str, bool]:
    """The words a reader sees in an inline run, and whether every one of
    them is the text of a link."""
    parts: list[str] = []
    skip_link_text = False
    in_link = False
    unlinked = False
    for child in children:
        kind = child.type
        if (kind == "text" and not skip_link_text) or kind == "code_inline":
            parts.append(child.content)
            unlinked = unlinked or (not in_link and bool(child.content.strip(" \t-–—|·•,;:")))
        elif kind == "softbreak":
            parts.append(" ")
        elif kind == "hardbreak":
            parts.append("\n")
        elif kind == "link_open":
            # An autolink (<https://...>) shows its target: that is a URL, not prose.
            skip_link_text = child.markup == "autolink"
            in_link = True
        elif kind == "link_close":
            skip_link_text = in_link = False
        # images, inline HTML and emphasis markers contribute no words
    lines = (" ".join(line.split()) for line in "".join(parts).split("\n"))
    text = "\n".join(line for line in lines if line)
    return text, bool(text) and not unlinked


def _open_admonitions(source: str) -> str:
    """``source`` with each admonition's marker line replaced by its title (if
    any) and its indented body moved out of the indentation, so that the body
    is read as prose rather than as an indented code block."""
    lines = source.splitlines()
    out: list[str] = []
    i = 0
    while i < len(lines):
        m = _ADMONITION.match(lines[i])
        if not m:
            out.append(lines[i])
            i += 1
            continue
        base = len(m.group("indent").expandtabs(4))
        out.append("")
        if m.group("title"):
            out.extend(["###### " + m.group("title"), ""])  # a title: read as a heading
        i += 1
        while i < len(lines) and (not lines[i].strip() or _indent(lines[i]) > base):
            line = lines[i].expandtabs(4)
            out.append(line[base + 4 :] if line.strip() else "")
            i += 1
        out.append("")
    return "\n".join(out)


def _indent(line: str) -> int:
    line = line.expandtabs(4)
    return len(line) - len(line.lstrip())
