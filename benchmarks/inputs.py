"""Rendered inputs: does the summary survive web pages, PDF text and Markdown notes?

    python benchmarks/inputs.py ../shared/data/multinews_longbench/dev.jsonl
    python benchmarks/inputs.py PATH [--limit K] [--words N] [--kinds web wrapped markdown]
    python benchmarks/inputs.py PATH [--seed S] [--output FILE]
    python benchmarks/inputs.py ../shared/data/tac2011_multiling_en/dev.jsonl --limit 5 --kinds web

Renders every document of every cluster of a dev set as each kind of file a
user would hand the command, deterministically from ``--seed`` (one
``random.Random(seed)``, a derived seed per cluster and one per document and
kind), into a temporary directory (one subdirectory per cluster and kind):

- ``web``: a saved news page (``.html``): head with title, meta, scripts and
  styles; nav bar, cookie-consent dialog, share bar, promo and newsletter
  boxes, the article (headline, byline, the document's paragraphs, a few
  words of some of them in inline links), a "Related"/"Most read" list,
  comments ending "Comments are now closed.", a footer of adjacent links and
  a copyright line. Four outlet templates (class names, ``div`` or
  ``article``/``main``, with and without ``</head>``); the furniture texts
  come from the invented pools below. A cluster's pages come from one site
  (furniture repeated in every document) or from several.
- ``wrapped``: the text a PDF extract gives (``.txt``): hard-wrapped at 68-80
  columns (some long words hyphenated at a line end), pages of about 45
  lines with a running header and a "Page N of M" footer, pages separated by
  ``"\\n\\f"`` or by newlines only.
- ``markdown``: a note (``.md``): YAML front matter, ``#`` title, the
  paragraphs with some words as links or bold, a ``##`` section heading, a
  fenced code block, a pipe table, a bullet list of related links and an
  image line.

Each rendered cluster is read back with ``summarizer.load_documents`` and
summarized by one ``Summarizer`` (``overflow=True``, as ``systems.ours``
runs it); the clean documents are summarized by the same one. Both are
scored as ``quality.py`` scores (summaries truncated to the budget, mean over
references, then over clusters). A rendered summary counts as polluted when a
sentence of it contains a furniture text of at least four words inserted in
that cluster (compared without case, spaces or punctuation), Markdown or HTML
syntax (``](``, ``**``, a fence, a line starting with ``|``, a ``#``
heading, a tag) or a "Page N of M" footer. The JSON also counts, per kind,
the summaries keeping a word hyphenated at a line end, those with a dataset
title as a sentence, the clean summaries the same check flags (its false
alarms), the furniture that leaked, and the loader's notices. Prints a table
and writes JSON to ``benchmarks/results/``. A report: exits 0 whatever the
figures, 2 on a path that is not a JSONL file of clusters.
"""

from __future__ import annotations

import argparse
import datetime as dt
import html
import json
import random
import re
import sys
import tempfile
import time
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from quality import (
    METRICS,
    RESULTS,
    command_line,
    default_words,
    is_english,
    load_clusters,
    make_scorer,
    score_summaries,
    write_report,
)

from summarizer import Document, Summarizer, SummarizerError, SummarizerSettings, load_documents

KINDS = ("web", "wrapped", "markdown")
SUFFIXES = {"web": ".html", "wrapped": ".txt", "markdown": ".md"}

# -- furniture pools (invented) ----------------------------------------------

OUTLETS = (
    "The Lakeside Chronicle",
    "Northgate Evening Post",
    "The Harbour Ledger",
    "Meridian Daily Wire",
    "The Upland Courier",
    "Riverbend Gazette Online",
    "The Coastal Standard",
    "Kestrel Valley Times",
)
NAV = (
    "Home News World Politics Business Science Health Sport Culture Opinion Travel Video "
    "Podcasts Local Weather Tech Obituaries Puzzles"
).split()
COOKIES = (
    "We use cookies to keep this site working, to measure how it is used and to show you "
    "relevant offers. You can change your choice at any time under Privacy settings.",
    "This website stores small files on your device so that pages load faster and our "
    "partners can tailor what you see. Choose Accept to continue or Manage to review each "
    "purpose.",
    "Your privacy matters to us. With your consent we and our selected partners store and "
    "read information on your device to personalise content and measure audiences.",
    "By continuing to browse you agree to our use of cookies and similar technologies for "
    "analytics, advertising and site features.",
    "We and our vendors process data such as browsing activity to deliver and improve our "
    "services. Select an option below to set your preferences.",
)
COOKIE_BUTTONS = (
    ("Accept all", "Reject non-essential"),
    ("I agree", "Manage options"),
    ("Allow cookies", "Cookie settings"),
    ("OK, got it", "Learn more"),
)
SHARE_LABELS = ("Share this article", "Share this story", "Spread the word", "Share")
SHARE_ITEMS = ("Facebook", "Twitter", "WhatsApp", "Email", "LinkedIn", "Copy link", "Print")
PROMOS = (
    "Get unlimited access to award-winning journalism for just one dollar a week. Cancel anytime.",
    "Support independent reporting: become a member today and enjoy an ad-free experience.",
    "Download our app for breaking news alerts, offline reading and daily puzzles.",
    "Try our premium edition free for thirty days and read every story without limits.",
    "Listen to our new daily podcast, hosted by the newsroom, wherever you get your podcasts.",
)
NEWSLETTER_HEADINGS = (
    "Sign up for the Morning Briefing",
    "Get the Evening Digest delivered",
    "The Week in Review, in your inbox",
    "Never miss a story again",
)
NEWSLETTER_TEXTS = (
    "The stories you need to know, delivered to your inbox every weekday morning.",
    "Enter your email address to receive our free newsletter. You can unsubscribe at any time.",
    "A hand-picked selection of the best reporting, sent every Friday afternoon.",
    "Join more than 200,000 readers who start their day with our briefing.",
)
NEWSLETTER_FINE_PRINT = (
    "By signing up you agree to our Terms of Service and Privacy Policy.",
    "We will never share your address. See our privacy notice for details.",
    "This site is protected by a spam filter and our data policy applies.",
)
NEWSLETTER_BUTTONS = ("Subscribe", "Sign up", "Sign me up")
RELATED_HEADINGS = ("Related", "Most read", "More from this section", "You may also like")
HEADLINES = (
    "City council approves new budget after late-night session",
    "Storm warning issued for coastal districts this weekend",
    "Local bakery wins national award for its sourdough loaf",
    "Researchers track rare birds returning to the wetlands",
    "Transit fares to rise next spring, officials confirm",
    "School board debates later start times for teenagers",
    "Five things to watch in the markets this week",
    "Museum reopens east wing after two-year renovation",
    "Opinion: our streets need safer crossings now",
    "Hospital waiting times fall for third straight month",
    "High school team clinches its first regional title",
    "Farmers brace for a dry summer as reservoirs dip",
    "New ferry route will link the island towns by autumn",
    "How a small library became the heart of its town",
    "Police appeal for witnesses after overnight break-in",
    "Housing prices cool as mortgage rates climb",
    "Volunteers plant 3,000 trees along the river path",
    "Quiz: how well did you follow the news this week?",
    "Watch: drone footage shows the scale of the flooding",
    "Letters: readers respond to the parking debate",
)
AUTHORS = (
    "Clara Whitfield",
    "Daniel Okafor",
    "Priya Raman",
    "Tomas Lindqvist",
    "Helen Marsh",
    "Marcus Bell",
    "Ines Duarte",
    "Owen Gallagher",
)
ROLES = ("Staff Writer", "Senior Reporter", "Political Correspondent", "News Desk")
COMMENT_HEADINGS = ("Reader comments", "Join the conversation", "Discussion", "Comments")
COMMENTERS = (
    "riverwatcher",
    "M. Ortega",
    "plainspeaker42",
    "JanineK",
    "old_salt",
    "Tom from Dover",
    "citizen_k",
    "northern_lights",
)
COMMENT_TIMES = ("2 hours ago", "5 hours ago", "Yesterday", "3 days ago", "last week")
COMMENTS = (
    "Great reporting, thank you for covering this.",
    "Does anyone know when this was first announced?",
    "Finally someone is asking the right questions.",
    "This is exactly what I have been saying for years.",
    "Not sure the headline matches the story here.",
    "Sad news. Thoughts with everyone affected.",
    "Can we get a follow-up on this next month?",
    "Well written and balanced, for once.",
    "I read this twice and still have questions.",
    "Who approved this in the first place?",
)
CLOSED = "Comments are now closed."
FOOTER = (
    "About us",
    "Contact",
    "Careers",
    "Advertise",
    "Privacy policy",
    "Cookie settings",
    "Terms of use",
    "Accessibility",
    "Help",
    "Sitemap",
    "RSS feeds",
    "Corrections",
)
COPYRIGHTS = (
    "Copyright © {year} {outlet}. All rights reserved.",
    "© {year} {outlet} Media Group. Reproduction without permission is prohibited.",
    "All content © {outlet} {year}, unless otherwise stated.",
)
EDITIONS = ("Weekend Edition", "Morning Digest", "Print Archive", "Regional Supplement")
SECTION_HEADINGS = (
    "Background",
    "What we know so far",
    "Reactions from officials",
    "What happens next",
    "The wider picture",
    "Key details to remember",
)
TAGS = ("news", "politics", "archive", "to-read", "research", "world", "notes", "follow-up")
CODE_BLOCKS = (
    (
        "bash",
        "curl -s https://example.org/api/stories?topic=news | jq '.items[].title'\n"
        "wc -l saved/*.txt",
    ),
    (
        "python",
        'feeds = ["world", "local"]\nfor feed in feeds:\n    print(fetch(feed).status)',
    ),
    ("json", '{"source": "notes", "saved": true, "version": 3}'),
    ("", "grep -ri 'statement' clippings/ | sort | uniq -c"),
)
TABLE_HEADERS = (
    ("Source", "Retrieved", "Status"),
    ("Item", "Date", "Checked by"),
    ("Claim", "Verified", "Notes"),
)
TABLE_CELLS = (
    "wire copy",
    "press release",
    "court filing",
    "phone call",
    "pending",
    "yes",
    "no",
    "see inbox",
    "editor",
    "archive copy",
)
IMAGE_ALTS = (
    "Photo: crowd gathered outside the courthouse",
    "Chart of monthly figures since last year",
    "Screenshot of the original announcement page",
    "Map of the affected area and nearby roads",
)
RELATED_LIST_HEADINGS = ("Related reading:", "See also:", "Links")

# -- rendering ---------------------------------------------------------------


@dataclass(frozen=True)
class Template:
    """The markup habits of one outlet's pages."""

    name: str
    article_tag: str
    main_tag: str | None
    nav_tag: str
    close_head: bool
    footer_joiner: str
    button_tag: str
    classes: str  # one class name per ROLE, space-separated


ROLE = (
    "header nav cookie share promo newsletter article headline byline body related comments "
    "footer copyright"
).split()
TEMPLATES = (
    Template(
        name="ledger",
        article_tag="div",
        main_tag=None,
        nav_tag="div",
        close_head=True,
        footer_joiner="",
        button_tag="a",
        classes="masthead topnav cookie-notice social-share promo-box newsletter-signup story "
        "story-headline story-byline story-body related-stories comment-list site-footer "
        "copyright",
    ),
    Template(
        name="html5",
        article_tag="article",
        main_tag="main",
        nav_tag="nav",
        close_head=False,
        footer_joiner=" | ",
        button_tag="button",
        classes="site-header primary-nav consent-banner share-tools promo nl-box article "
        "article__title article__byline article__body most-read comments footer footer__legal",
    ),
    Template(
        name="wp",
        article_tag="article",
        main_tag=None,
        nav_tag="nav",
        close_head=True,
        footer_joiner="\n",
        button_tag="button",
        classes="header-wrap menu-main-menu cc-window sharedaddy promo-widget widget_newsletter "
        "post entry-title entry-meta entry-content jp-relatedposts comments-area colophon "
        "site-info",
    ),
    Template(
        name="bem",
        article_tag="div",
        main_tag="main",
        nav_tag="nav",
        close_head=False,
        footer_joiner="",
        button_tag="a",
        classes="c-header c-nav c-consent c-share c-promo c-newsletter c-story c-story__hed "
        "c-story__meta c-story__text c-related c-discussion c-footer c-footer__copy",
    ),
)


@dataclass
class Site:
    """One outlet: the furniture it pastes into every page."""

    outlet: str
    domain: str
    template: Template
    nav: list[str]
    cookie: str
    cookie_buttons: tuple[str, str]
    share_label: str
    share_items: list[str]
    promo: str
    newsletter: tuple[str, str, str, str]
    related_heading: str
    headlines: list[str]
    authors: list[str]
    footer: list[str]
    copyright: str
    comments_heading: str
    edition: str
    year: int = 2016


def make_site(rng: random.Random, outlet: str) -> Site:
    year = rng.randint(2012, 2019)
    return Site(
        outlet=outlet,
        domain="www." + re.sub(r"[^a-z]", "", outlet.lower().removeprefix("the ")) + ".example",
        template=rng.choice(TEMPLATES),
        nav=rng.sample(NAV, rng.randint(6, 9)),
        cookie=rng.choice(COOKIES),
        cookie_buttons=rng.choice(COOKIE_BUTTONS),
        share_label=rng.choice(SHARE_LABELS),
        share_items=rng.sample(SHARE_ITEMS, rng.randint(3, 5)),
        promo=rng.choice(PROMOS),
        newsletter=(
            rng.choice(NEWSLETTER_HEADINGS),
            rng.choice(NEWSLETTER_TEXTS),
            rng.choice(NEWSLETTER_BUTTONS),
            rng.choice(NEWSLETTER_FINE_PRINT),
        ),
        related_heading=rng.choice(RELATED_HEADINGS),
        headlines=rng.sample(HEADLINES, 8),
        authors=rng.sample(AUTHORS, 3),
        footer=rng.sample(FOOTER, rng.randint(5, 8)),
        copyright=rng.choice(COPYRIGHTS).format(year=year, outlet=outlet),
        comments_heading=rng.choice(COMMENT_HEADINGS),
        edition=rng.choice(EDITIONS),
        year=year,
    )


@dataclass
class Rendered:
    """What was inserted into one cluster's documents of one kind."""

    furniture: set[str] = field(default_factory=set)
    split_words: set[tuple[str, str]] = field(default_factory=set)

    def add(self, *texts: str) -> None:
        self.furniture.update(t for t in texts if t.strip())


def paragraphs(text: str) -> list[str]:
    """A dev document's paragraphs: blocks between blank lines, or lines when it has none."""
    parts = re.split(r"\n[ \t]*\n", text) if re.search(r"\n[ \t]*\n", text) else text.split("\n")
    return [p.strip() for p in parts if p.strip()]


def title_of(doc: dict[str, Any]) -> str:
    return (doc.get("title") or " ".join(doc["text"].split()[:10])).strip()


def pick_span(text: str, rng: random.Random, trim: bool) -> tuple[int, int] | None:
    """Character span of one to three consecutive words of ``text`` (with
    ``trim``, without leading or trailing punctuation and Markdown specials)."""
    words = list(re.finditer(r"\S+", text))
    if len(words) < 6:
        return None
    i = rng.randrange(len(words) - 3)
    start, end = words[i].start(), words[i + rng.randint(0, 2)].end()
    if trim:
        while start < end and not text[start].isalnum():
            start += 1
        while end > start and not text[end - 1].isalnum():
            end -= 1
        if end - start < 2 or re.search(r"[\[\]*_`<>\\]", text[start:end]):
            return None
    return start, end


def random_date(rng: random.Random, year: int) -> dt.date:
    return dt.date(year, 1, 1) + dt.timedelta(days=rng.randrange(365))


def render_web(doc: dict[str, Any], site: Site, rng: random.Random, out: Rendered) -> str:
    t = site.template
    c = dict(zip(ROLE, t.classes.split(), strict=True))

    def e(text: str) -> str:
        return html.escape(text, quote=False)

    title = title_of(doc)
    author = rng.choice(site.authors)
    byline = f"By {author}, {rng.choice(ROLES)}"
    date = random_date(rng, site.year)
    dateline = rng.choice(("Published {}", "Updated {}", "{} · 4 min read")).format(
        date.strftime("%d %B %Y")
    )
    base = f"https://{site.domain}"
    out.add(byline, dateline)

    def links(items: Sequence[str], joiner: str = "") -> str:
        return joiner.join(
            f'<a href="{base}/{re.sub(r"[^a-z]+", "-", i.lower())}">{e(i)}</a>' for i in items
        )

    head = [
        "<!DOCTYPE html>",
        '<html lang="en">',
        "<head>",
        '<meta charset="utf-8">',
        f"<title>{e(title)} {rng.choice('|-—')} {e(site.outlet)}</title>",
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        f'<meta name="author" content="{html.escape(author)}">',
        f'<meta name="date" content="{date.isoformat()}">',
        f'<link rel="stylesheet" href="{base}/static/css/main.{rng.getrandbits(32):08x}.css">',
        f"<style>.{c['cookie']}{{position:fixed;bottom:0}}"
        f".{c['promo']}{{border:1px solid #ddd}}</style>",
        "<script>window.dataLayer=window.dataLayer||[];function gtag(){dataLayer.push("
        f"arguments)}}gtag('js',new Date());gtag('config','G-{rng.getrandbits(24):06X}');"
        "</script>",
        '<script type="application/ld+json">'
        + json.dumps(
            {"@type": "NewsArticle", "headline": title, "datePublished": date.isoformat()}
        ).replace("</", "<\\/")
        + "</script>",
    ]
    if t.close_head:
        head.append("</head>")
    nav = (
        f'<header class="{c["header"]}"><a class="logo" href="{base}/">{e(site.outlet)}</a>\n'
        f'<{t.nav_tag} class="{c["nav"]}">{links(site.nav)}</{t.nav_tag}></header>'
    )
    out.add(*site.nav, " ".join(site.nav), site.outlet)
    yes, no = site.cookie_buttons
    cookie = (
        f'<div class="{c["cookie"]}" role="dialog" aria-label="Cookie consent">'
        f'<p>{e(site.cookie)}</p><{t.button_tag} class="accept">{e(yes)}</{t.button_tag}>'
        f'<{t.button_tag} class="manage">{e(no)}</{t.button_tag}></div>'
    )
    out.add(site.cookie, yes, no)
    share = (
        f'<div class="{c["share"]}"><span>{e(site.share_label)}</span>'
        f"{links(site.share_items)}</div>"
    )
    out.add(site.share_label, " ".join([site.share_label, *site.share_items]))
    promo = f'<aside class="{c["promo"]}"><p>{e(site.promo)}</p></aside>'
    heading, blurb, button, fine = site.newsletter
    newsletter = (
        f'<div class="{c["newsletter"]}"><h3>{e(heading)}</h3><p>{e(blurb)}</p>'
        f'<form action="{base}/newsletter"><input type="email" placeholder="Your email address">'
        f"<button>{e(button)}</button></form><small>{e(fine)}</small></div>"
    )
    out.add(site.promo, heading, blurb, button, fine)

    body = []
    for p in paragraphs(doc["text"]):
        span = pick_span(p, rng, trim=False) if rng.random() < 0.3 else None
        if span:
            s, end = span
            slug = re.sub(r"[^a-z0-9]+", "-", p[s:end].lower()).strip("-") or "topic"
            p_html = f'{e(p[:s])}<a href="{base}/topic/{slug}">{e(p[s:end])}</a>{e(p[end:])}'
        else:
            p_html = e(p)
        body.append(f"<p>{p_html}</p>")
    if len(body) > 2:
        body.insert(rng.randint(1, len(body) - 1), promo)
    else:
        body.append(promo)
    if len(body) > 4 and rng.random() < 0.5:
        body.insert(rng.randint(2, len(body) - 1), '<div class="ad-slot">Advertisement</div>')
    article = "\n".join(
        [
            f'<{t.article_tag} class="{c["article"]}">',
            f'<h1 class="{c["headline"]}">{e(title)}</h1>',
            f'<div class="{c["byline"]}"><span class="author">{e(byline)}</span> '
            f'<time datetime="{date.isoformat()}">{e(dateline)}</time></div>',
            share,
            f'<div class="{c["body"]}">',
            *body,
            "</div>",
            *([share] if rng.random() < 0.5 else []),
            f"</{t.article_tag}>",
        ]
    )
    related = rng.sample(site.headlines, rng.randint(3, 5))
    out.add(site.related_heading, *related)
    related_html = (
        f'<aside class="{c["related"]}"><h2>{e(site.related_heading)}</h2><ul>'
        + "".join(f"<li>{links([h])}</li>" for h in related)
        + "</ul></aside>"
    )
    comments = []
    n = rng.randint(2, 4)
    for who, said in zip(rng.sample(COMMENTERS, n), rng.sample(COMMENTS, n), strict=True):
        when = rng.choice(COMMENT_TIMES)
        out.add(who, when, said, f"{who} {when}", f"{who} {when} {said}")
        comments.append(
            f'<li class="comment"><span class="author">{e(who)}</span> '
            f"<time>{e(when)}</time><p>{e(said)}</p></li>"
        )
    heading = f"{site.comments_heading} ({len(comments)})"
    out.add(heading, CLOSED)
    comments_html = (
        f'<section class="{c["comments"]}" id="comments"><h2>{e(heading)}</h2><ol>'
        + "".join(comments)
        + f'</ol><p class="closed">{CLOSED}</p></section>'
    )
    out.add(*site.footer, " ".join(site.footer), site.copyright)
    footer = (
        f'<footer class="{c["footer"]}"><div class="links">'
        f"{links(site.footer, t.footer_joiner)}</div>"
        f'<p class="{c["copyright"]}">{e(site.copyright)}</p></footer>'
    )
    # The newsletter box between the article and the list, or after the list.
    middle = [article, newsletter, related_html]
    if rng.random() < 0.5:
        middle = [article, related_html, newsletter]
    main = "\n".join(middle)
    if t.main_tag:
        main = f"<{t.main_tag}>\n{main}\n</{t.main_tag}>"
    else:
        main = f'<div id="content">\n{main}\n</div>'
    cookie_first = rng.random() < 0.5
    page = [
        *head,
        f'<body class="{t.name}-page">',
        *([cookie] if cookie_first else []),
        nav,
        main,
        comments_html,
        footer,
        *([] if cookie_first else [cookie]),
        f'<script src="{base}/static/js/app.{rng.getrandbits(32):08x}.js" defer></script>',
        "</body>",
        "</html>",
    ]
    return "\n".join(page) + "\n"


_LONG_WORD = re.compile(r"([A-Za-z]{8,})([,.;:]?)")


def wrap_lines(words: list[str], width: int, rng: random.Random, out: Rendered) -> list[str]:
    """Greedy hard wrap between words; now and then a long word is hyphenated
    across the line end ("exam-" / "ple")."""
    lines: list[str] = []
    line = ""
    for word in words:
        if not line:
            line = word
        elif len(line) + 1 + len(word) <= width:
            line += " " + word
        else:
            room = width - len(line) - 2  # a space and the hyphen
            m = _LONG_WORD.fullmatch(word)
            if m and room >= 3 and len(m.group(1)) >= 6 and rng.random() < 0.35:
                cut = rng.randint(3, min(room, len(m.group(1)) - 3))
                lines.append(f"{line} {word[:cut]}-")
                out.split_words.add((word[:cut], m.group(1)[cut:]))
                line = word[cut:]
            else:
                lines.append(line)
                line = word
    if line:
        lines.append(line)
    return lines


def render_wrapped(doc: dict[str, Any], site: Site, rng: random.Random, out: Rendered) -> str:
    width = rng.randint(68, 80)
    date = random_date(rng, site.year)
    header = rng.choice(
        (
            f"{site.outlet} · {site.edition}",
            f"{site.outlet.upper()}    {date.strftime('%B %Y')}",
            f"{site.outlet} — {site.edition}, {date.strftime('%d %B %Y')}",
        )
    )
    out.add(header)
    # No title line: only the wrapping and the pages differ from the clean text.
    body: list[str] = []
    for p in paragraphs(doc["text"]):
        body += [*wrap_lines(p.split(), width, rng, out), ""]
    per_page = rng.randint(43, 47)
    pages = [body[i : i + per_page] for i in range(0, len(body), per_page)] or [[]]
    align = rng.choice(("left", "centre", "right"))
    texts = []
    for n, lines in enumerate(pages, 1):
        while lines and not lines[0]:
            lines = lines[1:]
        while lines and not lines[-1]:
            lines = lines[:-1]
        footer = f"Page {n} of {len(pages)}"
        if align == "centre":
            footer = footer.center(width).rstrip()
        elif align == "right":
            footer = footer.rjust(width)
        texts.append("\n".join([header, "", *lines, "", footer]))
    return rng.choice(("\n\f", "\n\n", "\n\n\n")).join(texts) + "\n"


def render_markdown(doc: dict[str, Any], site: Site, rng: random.Random, out: Rendered) -> str:
    title = title_of(doc)
    date = random_date(rng, site.year)
    tags = rng.sample(TAGS, rng.randint(2, 4))
    front = [
        "---",
        f'title: "{title.replace(chr(34), chr(39))}"',
        f"date: {date.isoformat()}",
        f"tags: [{', '.join(tags)}]",
        "---",
    ]
    out.add(f"tags: [{', '.join(tags)}]", f"tags: {' '.join(tags)}", " ".join(front[2:4]))
    blocks = []
    for p in paragraphs(doc["text"]):
        if rng.random() < 0.4 and (span := pick_span(p, rng, trim=True)):
            s, end = span
            if rng.random() < 0.5:
                slug = re.sub(r"[^a-z0-9]+", "-", p[s:end].lower()).strip("-")
                p = f"{p[:s]}[{p[s:end]}](https://example.org/{slug})" + p[end:]
            else:
                p = f"{p[:s]}**{p[s:end]}**{p[end:]}"
        blocks.append(p)
    section = rng.choice(SECTION_HEADINGS)
    language, code = rng.choice(CODE_BLOCKS)
    head = rng.choice(TABLE_HEADERS)
    rows = [[rng.choice(TABLE_CELLS) for _ in head] for _ in range(rng.randint(2, 3))]
    table = [head, *rows]
    alt = rng.choice(IMAGE_ALTS)
    out.add(section, alt, *code.splitlines(), code.replace("\n", " "))
    out.add(*(" ".join(r) for r in table), " ".join(" ".join(r) for r in table))
    furniture = [
        f"## {section}",
        f"```{language}\n{code}\n```",
        "\n".join(
            [
                "| " + " | ".join(head) + " |",
                "|" + "|".join("---" for _ in head) + "|",
                *("| " + " | ".join(r) + " |" for r in rows),
            ]
        ),
        f"![{alt}](https://example.org/img/{rng.randrange(10_000)}.jpg)",
    ]
    for block in furniture:
        blocks.insert(rng.randint(1, len(blocks)) if blocks else 0, block)
    related = rng.sample(HEADLINES, 3)
    listing = rng.choice(RELATED_LIST_HEADINGS)
    out.add(listing, *related, " ".join(related))
    links = [f"- [{h}](https://example.org/read/{rng.randrange(10_000)})" for h in related]
    blocks.append("\n".join([listing, "", *links]))
    return "\n".join(front) + f"\n\n# {title}\n\n" + "\n\n".join(blocks) + "\n"


RENDERERS: dict[str, Callable[[dict[str, Any], Site, random.Random, Rendered], str]] = {
    "web": render_web,
    "wrapped": render_wrapped,
    "markdown": render_markdown,
}


def render_cluster(
    cluster: dict[str, Any], cluster_seed: int, kinds: Sequence[str], root: Path
) -> dict[str, Rendered]:
    """Write every document of ``cluster`` as each kind to ``root/<kind>/``;
    what was inserted, per kind."""
    rng = random.Random(cluster_seed)
    outlets = rng.sample(OUTLETS, 3)
    sites = [make_site(rng, o) for o in outlets]
    # One site for the whole cluster, or each document from one of several.
    one_site = rng.random() < 0.5
    site_of = [0 if one_site else rng.randrange(len(sites)) for _ in cluster["documents"]]
    rendered = {}
    for kind in kinds:
        out = Rendered()
        directory = root / kind
        directory.mkdir(parents=True)
        for i, doc in enumerate(cluster["documents"]):
            doc_rng = random.Random(f"{cluster_seed}:{kind}:{i}")
            text = RENDERERS[kind](doc, sites[site_of[i]], doc_rng, out)
            (directory / f"d{i:03d}{SUFFIXES[kind]}").write_text(text, encoding="utf-8")
        rendered[kind] = out
    return rendered


# -- checking ----------------------------------------------------------------

_SYNTAX = re.compile(
    r"\]\(|\*\*|```|^[ \t]*\||^#{1,6}[ \t]|!\[|</?[A-Za-z][A-Za-z0-9]*(?:\s[^<>]*)?/?>"
    r"|\bPage \d+ of \d+\b",
    re.M,
)


def _key(text: str) -> str:
    return re.sub(r"[\W_]+", "", text.casefold())


def furniture_keys(furniture: set[str]) -> dict[str, str]:
    """Comparison key -> furniture text, for the texts of at least four words."""
    return {_key(t): t for t in furniture if len(t.split()) >= 4 and _key(t)}


def leaks(sentences: Sequence[str], keys: dict[str, str], source: str = "") -> list[str]:
    """What furniture each summary sentence holds: furniture texts, and syntax as ``syntax: x``.

    What the clean documents (``source``) already hold is not counted: a
    source text with a line starting "| Getty" is not a rendering leak.
    """
    found = []
    source_key = _key(source)
    for sentence in sentences:
        key = _key(sentence)
        found += [text for k, text in keys.items() if k in key and k not in source_key]
        found += [
            f"syntax: {m.group(0)[:30].strip()}"
            for m in _SYNTAX.finditer(sentence)
            if m.group(0).strip() not in source
        ]
    return found


def split_words_in(text: str, split_words: set[tuple[str, str]]) -> bool:
    """Whether a hyphenation inserted at a line end survives in ``text``."""
    return any(re.search(re.escape(a) + r"-\s*" + re.escape(b), text) for a, b in split_words)


# -- running -----------------------------------------------------------------


def load_clusters_or_exit(path: Path, limit: int | None) -> list[dict[str, Any]]:
    try:
        clusters = load_clusters(path, limit)
        for c in clusters:
            _ = c["id"], c["references"], [(d["text"], d.get("title")) for d in c["documents"]]
    except (OSError, UnicodeDecodeError, ValueError, KeyError, TypeError) as exc:
        print(f"inputs.py: {path}: not a JSONL file of clusters ({exc})", file=sys.stderr)
        raise SystemExit(2) from None
    return clusters


def run(
    path: Path, words: int, limit: int | None, kinds: Sequence[str], seed: int, console: Any
) -> dict[str, Any]:
    clusters = load_clusters_or_exit(path, limit)
    tokenizer = "default" if is_english(path) else "unicode"
    scorer = make_scorer(tokenizer)
    engine = Summarizer(SummarizerSettings(max_words=words, overflow=True, jobs=1))
    master = random.Random(seed)
    clean: list[str] = []
    clean_sentences: list[list[str]] = []
    per_kind: dict[str, dict[str, Any]] = {
        k: {
            "summaries": [],
            "seconds": 0.0,
            "polluted": 0,
            "clean_polluted": 0,
            "split_words": 0,
            "titles": 0,
            "leaked": Counter(),
            "notices": Counter(),
            "documents": 0,
            "loaded": 0,
            "failed": [],
            "examples": [],
        }
        for k in kinds
    }
    with tempfile.TemporaryDirectory(prefix="inputs-") as tmp:
        for n, cluster in enumerate(clusters):
            cluster_seed = master.getrandbits(64)
            with console.status(f"cluster {n + 1}/{len(clusters)}: {cluster['id']}"):
                root = Path(tmp) / f"{n:04d}"
                rendered = render_cluster(cluster, cluster_seed, kinds, root)
                titles = {_key(d["title"]) for d in cluster["documents"] if d.get("title")}
                docs = [Document(f"d{i}", d["text"]) for i, d in enumerate(cluster["documents"])]
                try:
                    summary = engine.summarize(docs)
                    clean.append(summary.text)
                    clean_sentences.append([s.text for s in summary.sentences])
                except SummarizerError:
                    clean.append("")
                    clean_sentences.append([])
                for kind in kinds:
                    figures = per_kind[kind]
                    notices: list[Any] = []
                    start = time.perf_counter()
                    try:
                        loaded = load_documents(
                            root / kind,
                            extensions=(".html", ".md", ".txt"),
                            on_notice=notices.append,
                        )
                        summary = engine.summarize(loaded)
                        text, sentences = summary.text, [s.text for s in summary.sentences]
                    except SummarizerError as exc:
                        loaded, text, sentences = [], "", []
                        figures["failed"].append(f"{cluster['id']}: {exc}")
                    figures["seconds"] += time.perf_counter() - start
                    figures["summaries"].append(text)
                    figures["documents"] += len(cluster["documents"])
                    figures["loaded"] += len(loaded)
                    figures["notices"].update(
                        re.sub(r"\d[\d,]*", "N", x.message) for x in notices if not x.routine
                    )
                    keys = furniture_keys(rendered[kind].furniture)
                    source = "\n".join(d["text"] for d in cluster["documents"])
                    found = leaks(sentences, keys, source)
                    if found:
                        figures["polluted"] += 1
                        figures["leaked"].update(set(found))
                        if len(figures["examples"]) < 5:
                            bad = next(s for s in sentences if leaks([s], keys, source))
                            figures["examples"].append(f"{cluster['id']}: {bad[:300]}")
                    if leaks(clean_sentences[-1], keys, source):
                        figures["clean_polluted"] += 1
                    if split_words_in(text, rendered[kind].split_words):
                        figures["split_words"] += 1
                    if titles & {_key(s) for s in sentences}:
                        figures["titles"] += 1
    clean_scores = score_summaries(clean, clusters, words, scorer)
    results = {}
    for kind, figures in per_kind.items():
        scores = score_summaries(figures["summaries"], clusters, words, scorer)
        results[kind] = {
            "clusters": len(clusters),
            "clean": clean_scores,
            "rendered": scores,
            "drop_f1": {m: round(clean_scores[m]["f1"] - scores[m]["f1"], 2) for m in METRICS},
            "polluted_summaries": figures["polluted"],
            "polluted_share": round(figures["polluted"] / max(1, len(clusters)), 3),
            "clean_summaries_matching_the_furniture": figures["clean_polluted"],
            "summaries_with_a_split_word": figures["split_words"],
            "summaries_with_a_title_as_a_sentence": figures["titles"],
            "leaked": dict(figures["leaked"].most_common(25)),
            "examples": figures["examples"],
            "documents_rendered": figures["documents"],
            "documents_loaded": figures["loaded"],
            "load_notices": dict(figures["notices"].most_common(10)),
            "failed_clusters": figures["failed"],
            "seconds": round(figures["seconds"], 3),
        }
    how = "use_stemmer=True" if tokenizer == "default" else "Unicode words, no stemmer"
    return {
        "dataset": str(path),
        "clusters": len(clusters),
        "words": words,
        "options": {"words": words, "limit": limit, "kinds": list(kinds), "seed": seed},
        "scorer": f"rouge-score ({how}), mean over references, summaries truncated",
        "summarizer": f"Summarizer(max_words={words}, overflow=True, jobs=1)",
        "command": command_line("inputs.py"),
        "results": results,
    }


def table(report: dict[str, Any]) -> Any:
    from rich.table import Table

    t = Table(
        title=f"{Path(report['dataset']).parent.name}: {report['clusters']} clusters, "
        f"{report['words']} words (ROUGE F1)",
        title_justify="left",
    )
    t.add_column("kind", no_wrap=True)
    for column in (
        "clusters",
        "R-1 clean",
        "R-2 clean",
        "R-1 rendered",
        "R-2 rendered",
        "drop R-1",
        "drop R-2",
        "polluted",
    ):
        t.add_column(column, justify="right")
    for kind, r in report["results"].items():
        t.add_row(
            kind,
            str(r["clusters"]),
            *(f"{r[side][m]['f1']:.2f}" for side in ("clean", "rendered") for m in METRICS[:2]),
            *(f"{r['drop_f1'][m]:+.2f}" for m in METRICS[:2]),
            f"{r['polluted_summaries']}/{r['clusters']} ({100 * r['polluted_share']:.0f}%)",
        )
    return t


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("path", type=Path, help="JSONL file of clusters")
    parser.add_argument("--words", type=int, help="word budget (default: dataset convention)")
    parser.add_argument("--limit", type=int, help="only the first K clusters")
    parser.add_argument(
        "--kinds",
        nargs="+",
        choices=KINDS,
        default=list(KINDS),
        help=f"kinds of rendered input (default: {' '.join(KINDS)})",
    )
    parser.add_argument("--seed", type=int, default=0, help="seed of the rendering (default 0)")
    parser.add_argument("--output", type=Path, help="JSON file (default: benchmarks/results/...)")
    args = parser.parse_args(argv)
    if args.words is not None and args.words < 1:
        parser.error("--words must be at least 1")
    if args.limit is not None and args.limit < 1:
        parser.error("--limit must be at least 1")
    if not args.path.is_file():
        what = "not a file" if args.path.exists() else "no such file"
        print(f"inputs.py: {what}: {args.path}", file=sys.stderr)
        return 2
    from rich.console import Console

    # Wide enough for the table when writing to a file or pipe.
    console = Console() if sys.stdout.isatty() else Console(width=120)
    try:
        words = args.words or default_words(args.path)
    except SystemExit as exc:
        print(str(exc).replace("quality.py", "inputs.py"), file=sys.stderr)
        return 2
    kinds = list(dict.fromkeys(args.kinds))
    report = run(args.path, words, args.limit, kinds, args.seed, console)
    console.print(table(report))
    console.print(
        "[dim]polluted: summaries with a sentence holding inserted furniture (>= 4 words), "
        "Markdown/HTML syntax or a page footer that the clean documents do not hold; "
        "drop: clean minus rendered[/]"
    )
    output = args.output or RESULTS / f"inputs-{args.path.parent.name}.json"
    write_report(report, output, console)
    return 0


if __name__ == "__main__":
    sys.exit(main())
