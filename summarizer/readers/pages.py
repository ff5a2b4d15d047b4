"""Plain text, and text laid out on pages (PDF extracts).

Plain text is read as it is, with one exception: text laid out on pages,
as a PDF extractor gives it, carries a running header and a footer with the
page number on every page, and splits words with a hyphen at line ends.
Those would cut every sentence that runs across a page break, and leave
"manage- ment" in the summary. So when a text is paginated
(:func:`page_furniture` finds running lines around page numbers, or form
feeds separate its pages), those lines are removed, the page breaks joined,
and words hyphenated at a line end rejoined; the document's text is then the
text without them, and the user is told. Hyphens at line ends are also
rejoined in a text that is hard-wrapped (:func:`wrap_width`, which the
splitter uses to tell a wrapped line from a line break).
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict

from ..language import CLOSING_MARKS, SENTENCE_ENDS
from . import Extracted

# A line that ends a sentence: a sentence end of any script (the one
# definition, in the language package), closing marks after it.
_CLOSES_A_SENTENCE = "[" + re.escape(SENTENCE_ENDS) + "][" + re.escape(CLOSING_MARKS) + "]*[ \\t]*$"

# A running line is short (headers and footers are one line of a page), and
# not a sentence: a line of prose that recurs (six copies of one page) is
# the text itself, and removing it would join lines that were never one
# sentence.
MAX_RUNNING_LINE = 100
MAX_RUNNING_WORDS = 12
_ENDS_SENTENCE = re.compile(_CLOSES_A_SENTENCE)
# Page numbers: a line of one shape (its numbers aside) on at least
# MIN_PAGES pages, whose number goes up by one from each to the next
# (CONSECUTIVE_SHARE of them: a page may be missing), at least MIN_PAGE_LINES
# lines apart (but the last page). A table of numbers or a numbered list
# does not do that.
MIN_PAGES = 2
CONSECUTIVE_SHARE = 0.8
MIN_PAGE_LINES = 10
# With form feeds to say where pages are, a line within EDGE_LINES non-blank
# lines of a page's top or bottom on at least half of MIN_EDGE_PAGES or more
# pages is a running header or footer even without a page number.
EDGE_LINES = 2
MIN_EDGE_PAGES = 3
# How near (in lines) a running header or footer sits to the page number.
RUNNING_DISTANCE = 3

#: A contents line: a leader (dots, middle dots, ellipses or underscores, at
#: least four) running to the page number that ends it ("2 Water resources
#: ....... 9"; not "We waited.... 45 minutes"). Never summary material, and
#: never part of a wrapped paragraph. The look-behinds start a match only at
#: the start of a leader, so a long run of dots is scanned once.
CONTENTS_LINE = re.compile(
    r"(?<![.·…_‥])(?<![.·…_‥][ \t])(?:[.·…_‥][ \t]?){4,}[ \t]*\d{1,4}[ \t]*$"
)
_DIGITS = re.compile(r"\d+")
# A word split at a line end: letters, a hyphen, the line break, lower-case letters.
# (Matches start only at a word's start, so a long word is scanned once.)
_HYPHENATED = re.compile(r"(?<!\w)(\w*[^\W\d_])-[ \t]*\n[ \t]*([^\W\d_A-Z]\w*)")
# A hyphen at a line end: a quick scan before the pattern above, whose word
# prefix would otherwise be tried at every word of a text without one.
_HYPHEN_AT_LINE_END = re.compile(r"-[ \t]*\n")


# A document is hard-wrapped when most of its line breaks inside paragraphs
# come after a full line (WRAPPED_SHARE), there are enough of them to judge
# (MIN_WRAPS), and the width is one people wrap at (WRAP_WIDTHS): prose with
# one paragraph per line has lines of every length, so few of its breaks come
# after a line as long as its longest.
WRAPPED_SHARE = 0.6
MIN_WRAPS = 4
WRAP_WIDTHS = range(30, 133)
# The width is a high percentile of the line lengths rather than the maximum:
# an over-long URL or table line must not set it.
WIDTH_PERCENTILE = 0.9
# A wrapper breaks a line when the next word does not fit; tools differ by a
# column or two (trailing spaces stripped, a hyphen that fitted), hence slack.
WRAP_SLACK = 2


#: A line "Label: value" without closing punctuation, the label one to four
#: words: a field of a form or a header ("Subject: Count moved to July",
#: "Date of next meeting: to be confirmed"), not a line of prose.
FIELD_LINE = re.compile(r"^[^\W\d_][\w'’-]*(?: [\w'’-]+){0,3}: \S(?!.*" + _CLOSES_A_SENTENCE + ")")


def wrap_width(text: str) -> int | None:
    """The column at which ``text`` is hard-wrapped, or None if it is not.

    A line break inside a paragraph is a wrap when the line was full: its
    length, a space and the first word of the next line exceed the width
    (less ``WRAP_SLACK``). The text is wrapped when at least
    ``WRAPPED_SHARE`` of at least ``MIN_WRAPS`` such breaks are wraps.
    Only breaks after lines of prose are evidence: a line shorter than half
    the width (a greeting, a signature, a heading) or a field ("Subject: ...",
    an e-mail's headers) says nothing about how the prose was wrapped.
    """
    lines = [line.strip() for line in text.splitlines()]
    lengths = sorted(len(line) for line in lines if line)
    if len(lengths) < MIN_WRAPS + 1:
        return None
    width = lengths[min(len(lengths) - 1, int(WIDTH_PERCENTILE * len(lengths)))]
    if width not in WRAP_WIDTHS:
        return None
    inner = wraps = 0
    for line, following in zip(lines, lines[1:], strict=False):
        if line and following and 2 * len(line) >= width and not FIELD_LINE.match(line):
            inner += 1
            wraps += is_full_line(line, following, width)
    if inner >= MIN_WRAPS and wraps >= WRAPPED_SHARE * inner:
        return width
    return None


_BULLETS = "[" + re.escape("-*•‣◦▪–—·") + "]"
#: A list bullet and the space after it, at the start of a line: not part of
#: the item's sentence.
LIST_BULLET = re.compile(_BULLETS + r"\s+")
# A line that starts a list item (a bullet, or a number or letter with a
# period or parenthesis) starts a new block, however full the line before.
_LIST_ITEM = re.compile(r"(?:" + _BULLETS + r"|\(?(?:\d{1,3}|[a-zA-Z])[.)])\s")


def is_full_line(line: str, following: str, width: int) -> bool:
    """Whether ``following`` continues ``line`` as a wrap: its first word would
    not have fitted on it. A contents line is never full (its leader pads it
    to the width), and a list item always starts anew."""
    if CONTENTS_LINE.search(line) or _LIST_ITEM.match(following):
        return False
    first = following.split(None, 1)[0]
    return len(line) + 1 + len(first) > width - WRAP_SLACK


# E-mail quotes its earlier messages line by line ("> ", ">> "): when at least
# QUOTED_LINES lines of a text do, the markers are taken off, so the quoted
# text reads (and wraps, and matches its original) as prose.
QUOTED_LINES = 3
_QUOTE_MARKERS = re.compile(r"(?m)^[ \t]*(?:>[ \t]?)+")


def remove_quote_markers(text: str) -> tuple[str, int]:
    """``text`` without e-mail quote markers, and on how many lines there
    were some (none removed below ``QUOTED_LINES``)."""
    quoted = len(_QUOTE_MARKERS.findall(text)) if ">" in text else 0
    if quoted < QUOTED_LINES:
        return text, 0
    return _QUOTE_MARKERS.sub("", text), quoted


def read_plain(text: str) -> Extracted:
    """Plain text, without page furniture if it is laid out on pages, and
    without e-mail quote markers."""
    unquoted_text, unquoted = remove_quote_markers(text)
    cleaned, done = undo_page_layout(unquoted_text, laid_out=False)
    if unquoted:
        done.insert(0, f"quote markers removed from {unquoted} lines")
    if not done:
        return Extracted(text)
    return Extracted(cleaned, note="read as laid-out text: " + ", ".join(done))


def undo_page_layout(text: str, *, laid_out: bool) -> tuple[str, list[str]]:
    """``text`` without page furniture and form feeds, with words hyphenated at
    line ends rejoined, and what was done, for a notice.

    Hyphens are rejoined in a text known to be ``laid_out`` on pages (a PDF's),
    in one that had page furniture, or in one that is hard-wrapped.
    """
    cleaned, removed = remove_page_furniture(text)
    cleaned = cleaned.replace("\f", "") if laid_out else cleaned
    joined = 0
    # (A word hyphenated at a line end is rare; look for one before judging the wrap.)
    if (
        _HYPHEN_AT_LINE_END.search(cleaned)
        and _HYPHENATED.search(cleaned)
        and (laid_out or removed or wrap_width(cleaned) is not None)
    ):
        cleaned, joined = join_hyphenated(cleaned)
    done = []
    if removed:
        done.append(f"{removed} running header, footer and page-number lines removed")
    if joined:
        done.append(f"{joined} word{'s' * (joined != 1)} hyphenated at line ends rejoined")
    return cleaned, done


def _shape(line: str) -> str:
    """A line with its numbers replaced, lower-cased: the same for every page."""
    return _DIGITS.sub("#", " ".join(line.split()).lower())


def _could_be_running(line: str) -> bool:
    body = line.strip()
    return (
        0 < len(body) <= MAX_RUNNING_LINE
        and len(body.split()) <= MAX_RUNNING_WORDS
        and not _ENDS_SENTENCE.search(body)
    )


def page_furniture(text: str) -> set[int]:
    """Numbers of the lines of ``text`` that are running headers, footers or
    page numbers (lines split at "\\n"; a form feed starts a new page)."""
    lines = text.split("\n")
    shapes = [_shape(line) if _could_be_running(line) else "" for line in lines]
    furniture: set[int] = set()

    # Page numbers: a recurring line whose number grows from page to page.
    where: dict[str, list[int]] = defaultdict(list)
    for i, shape in enumerate(shapes):
        if shape:
            where[shape].append(i)
    pages = 0
    for shape, rows in where.items():
        if "#" in shape and len(rows) >= MIN_PAGES:
            numbers = [int(_DIGITS.findall(lines[r])[0]) for r in rows]
            steps = list(zip(numbers, numbers[1:], rows, rows[1:], strict=False))
            # (The last page may be short.)
            next_page = sum(
                b == a + 1 and (r2 - r1 >= MIN_PAGE_LINES or k == len(steps) - 1)
                for k, (a, b, r1, r2) in enumerate(steps)
            )
            if next_page >= CONSECUTIVE_SHARE * len(steps):
                furniture.update(rows)
                pages = max(pages, len(rows))
    if furniture:
        # Running headers and footers: lines that recur next to the page
        # numbers, or at the very top or bottom of the text (the first page's
        # top, the last page's bottom), on at least half of the pages, and
        # mostly there.
        text_rows = [i for i, line in enumerate(lines) if line.strip()]
        anchors = [*furniture, text_rows[0] - 1, text_rows[-1] + 1]
        near = Counter(
            shapes[j]
            for j in {
                j
                for i in anchors
                for j in range(
                    max(0, i - RUNNING_DISTANCE), min(len(lines), i + RUNNING_DISTANCE + 1)
                )
            }
            if shapes[j] and j not in furniture
        )
        for shape, count in near.items():
            if count >= max(MIN_PAGES, pages / 2) and 2 * count >= len(where[shape]):
                furniture.update(where[shape])

    # With form feeds: lines at the edges of at least half of the pages.
    if "\f" in text:
        page_edges: list[list[int]] = [[]]
        for i, line in enumerate(lines):
            if "\f" in line:
                page_edges.append([])
            if line.strip().strip("\f"):
                page_edges[-1].append(i)
        edge_count: Counter[str] = Counter()
        for rows in page_edges:
            edge = rows[:EDGE_LINES] + rows[-EDGE_LINES:]
            edge_count.update({shapes[i] for i in edge if shapes[i]})
        n_pages = sum(1 for rows in page_edges if rows)
        if n_pages >= MIN_EDGE_PAGES:
            for rows in page_edges:
                for i in rows[:EDGE_LINES] + rows[-EDGE_LINES:]:
                    if shapes[i] and edge_count[shapes[i]] >= max(MIN_PAGES, n_pages / 2):
                        furniture.add(i)
    return furniture


def remove_page_furniture(text: str) -> tuple[str, int]:
    """``text`` without its page furniture (see :func:`page_furniture`), and
    how many lines were removed.

    The blank lines around a removed run and the form feeds go with it, and
    the text on either side is joined with one line break: a sentence that
    runs across the page break continues on the next line, and a paragraph
    that ended at the bottom of the page still ends there, since its last
    line is short.
    """
    furniture = page_furniture(text)
    if not furniture:
        return text, 0
    lines = text.split("\n")
    kept: list[str] = []
    i = 0
    while i < len(lines):
        if i not in furniture:
            kept.append(lines[i].replace("\f", ""))
            i += 1
            continue
        # A run of furniture and the blank lines (and form feeds) around it.
        while kept and not kept[-1].strip():
            kept.pop()
        while i < len(lines) and (i in furniture or not lines[i].strip().strip("\f")):
            i += 1
    return "\n".join(kept).strip("\n") + ("\n" if text.endswith("\n") else ""), len(furniture)


def join_hyphenated(text: str) -> tuple[str, int]:
    """``text`` with words split by a hyphen at a line end rejoined, and how many.

    "manage-" / "ment" becomes "management"; a compound the text also writes
    with its hyphen elsewhere ("long-" / "term", when "long-term" occurs)
    keeps the hyphen. The whole word moves to the next line, so every line
    stays as full as it was: a longer first word still would not have fitted
    on the line before (see :func:`wrap_width`).
    """
    words = Counter(w.lower() for w in re.findall(r"\w+(?:-\w+)*", text))
    count = 0

    def join(m: re.Match[str]) -> str:
        nonlocal count
        first, rest = m.group(1), m.group(2)
        count += 1
        if words[f"{first}-{rest}".lower()]:
            return f"\n{first}-{rest}"
        return f"\n{first}{rest}"

    return _HYPHENATED.sub(join, text), count
