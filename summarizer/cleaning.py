"""Cleaning: keep the sentences worth summarizing, collapse the duplicates.

Web text repeats itself and wraps the story in site furniture. Each sentence
is classified with general signals, never with a list of known strings:

* **boilerplate**: the sentence talks about the web page rather than the
  story. Page-furniture phrases (subscribe, privacy policy, all rights
  reserved, read more, ...) mark it when the sentence also addresses the
  reader ("you", "your", or an opening command such as "Add", "Leave",
  "Click"), has two of them, or is a short label; general web words
  (e-mail, comment, Twitter, a domain name, ...) only when the sentence
  also addresses the reader. News that merely mentions the web ("declined
  to comment", "said on Twitter") stays;
* **heading**: a line without closing punctuation whose words are mostly
  capitalised (a title, a section label);
* **fragment**: too few words, a short line without closing punctuation, a
  quotation with no speaker, a line that starts mid-sentence (lower case, a
  comma, or inside a quotation whose opening mark is in another sentence),
  that ends with a colon (it introduces something that is not there), or a
  run of keywords with almost no function words.

Headings glued to the front of a body sentence ("Takaichi and Trump Both
leaders paid tribute ...") are cut off: the sentence's span starts after the
heading, so it stays verbatim.

Exact duplicates and near-duplicates that state the same fact (see
:mod:`summarizer.duplicates`) collapse into one :class:`Candidate` that
remembers every occurrence and how it matches.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cached_property
from typing import NamedTuple

import numpy as np
import scipy.sparse as sp
from sklearn.feature_extraction.text import ENGLISH_STOP_WORDS

from .duplicates import duplicate_groups
from .features import Features, featurize
from .sentences import Sentence, space_unspaced

BODY = "body"
BOILERPLATE = "boilerplate"
HEADING = "heading"
FRAGMENT = "fragment"
DUPLICATE = "duplicate"


class Match(NamedTuple):
    """How a source matches its candidate's sentence: the same words after
    folding (``exact``), or a near match of the same fact with the given
    Jaccard similarity of word sets (see :mod:`summarizer.duplicates`)."""

    exact: bool
    similarity: float


EXACT = Match(True, 1.0)


class Candidate(NamedTuple):
    """A distinct sentence of the collection.

    ``sentence`` is the first occurrence in collection order; ``sources``
    lists every occurrence of it or of a near-identical sentence, the first
    occurrence first, and ``matches`` says how each source matches
    ``sentence``. (Named tuples, like :class:`Sentence`: there is one per
    sentence.)
    """

    sentence: Sentence
    sources: tuple[Sentence, ...]
    kind: str = BODY
    matches: tuple[Match, ...] = (EXACT,)

    @property
    def text(self) -> str:
        return self.sentence.text

    @property
    def doc_ids(self) -> tuple[str, ...]:
        """Distinct documents that carry this sentence, in order."""
        return tuple(dict.fromkeys(s.doc_id for s in self.sources))


class Dropped(NamedTuple):
    """A sentence that is not summary material, and why."""

    sentence: Sentence
    reason: str
    detail: str
    related: Sentence | None = None


@dataclass(frozen=True)
class CleanedCorpus:
    """What cleaning keeps and drops.

    ``candidates`` are body sentences; ``fallback`` holds the deduplicated
    headings and fragments, used only when a collection has no body sentence
    at all (a one-line document, a list of titles). ``terms`` holds the term
    counts (:func:`summarizer.embedding.count_terms`) of whichever of the two
    is in use, row i for candidate i.
    """

    candidates: tuple[Candidate, ...]
    fallback: tuple[Candidate, ...]
    dropped: tuple[Dropped, ...]
    terms: sp.csr_matrix  # term counts of the candidates in use (candidates, else fallback)

    def count(self, reason: str) -> int:
        return self._reasons[reason]

    @cached_property
    def _reasons(self) -> Counter[str]:
        """Dropped sentences per reason, counted once."""
        return Counter(d.reason for d in self.dropped)


# -- classification ---------------------------------------------------------

_ALPHA_WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)*")
_CLOSERS = "\"'’”»)]}*"
_TERMINAL = (".", "!", "?", "…", "。", "！", "？")
# Words a title leaves in lower case.
_SMALL_WORDS = frozenset(
    "a an the and or nor but of in on at to for with by from as is are vs via into onto over "
    "per than up out off".split()
)
# Page furniture: phrases that are about the web page itself, not the story.
_SITE_TERMS = re.compile(
    r"""(?ix)
    \b(?:
        subscri\w*|unsubscri\w*|newsletters?|sign(?:ed|ing)?[ -](?:up|in)|
        log(?:ged|ging)?[ -]?in|logout|log[ -]out|privacy\ (?:policy|notice|statement|settings)|
        terms\ (?:of|and)\ (?:use|service|conditions)|all\ rights\ reserved|
        copyright\ (?:©|\(c\)|\d{4})|advertisements?|sponsored\ content|click(?:ing)?\ here|
        tap\ here|share\ (?:this|on|via)|follow\ us|javascript|read\ more|
        related\ (?:articles?|stories|coverage|posts?)|bookmark\w*|permalink|paywall|
        notifications?|required\ fields?|credited\ from|image\ (?:source|credit)|
        photo\ credit|trusted\ source|(?:download|get)\ (?:the|our)\ app
    )\b
    | ©
    """
)
# Web vocabulary that news also uses ("said on Twitter"): a signal only when
# the sentence also addresses the reader or opens with an interface command.
_WEB_TERMS = re.compile(
    r"""(?ix)
    \b(?:
        e-?mails?|cookies?|passwords?|comments?|repl(?:y|ies)|browsers?|website|webpage|
        homepage|username|account|captcha|feed|rss|blog|podcasts?|posted\ (?:by|in|on)|
        app\ store|google\ play|whatsapp|facebook|twitter|instagram|linkedin|pinterest|
        youtube|tiktok|telegram|reddit
    )\b
    | https?://
    | \bwww\.
    | \b[a-z0-9-]+(?:\.[a-z0-9-]+)*\.(?:com|org|net|in|co|uk|io|info|news|tv|au|ca)\b
    """
)
# Fast prefilter: every match of the two patterns above also matches this (a
# word starting with one of these prefixes, a domain ending, or ©). Most
# sentences do not, and then the slower patterns are not run.
_WEB_PAGE_TRIGGER = re.compile(
    r"""(?x)
    \b(?:
        subscri|unsubscri|newsletter|sign|log|privacy\ |terms\ |all\ rights|copyright|
        advertisement|sponsored\ content|click|tap\ here|share\ |follow\ us|javascript|
        read\ more|related\ |bookmark|permalink|paywall|notification|required\ field|
        credited\ from|image\ |photo\ credit|trusted\ source|download\ |get\ |
        e-?mail|cookie|password|comment|repl|browser|web|homepage|username|account|captcha|
        feed|rss|blog|podcast|posted\ |app\ store|google\ play|whatsapp|facebook|twitter|
        instagram|linkedin|pinterest|youtube|tiktok|telegram|reddit|www\.
    )
    | https?://
    | \.(?:com|org|net|in|co|uk|io|info|news|tv|au|ca)\b
    | ©
    """
)


def web_page_terms(text: str) -> tuple[set[str], set[str]]:
    """Page-furniture terms and web terms in ``text`` (lower-cased)."""
    if not _WEB_PAGE_TRIGGER.search(text.lower()):
        return set(), set()
    site = {m.group(0).lower() for m in _SITE_TERMS.finditer(text)}
    web = {m.group(0).lower() for m in _WEB_TERMS.finditer(text)}
    return site, web


# The whole sentence is one quotation: a reader of the summary cannot tell who said it.
_BARE_QUOTE = re.compile(r"""^(?:“[^“”]*”|"[^"]*"|‘[^‘’]*’)$""")
_QUOTED = re.compile(r"""“[^“”]*”?|"[^"]*"?""")
_READER = re.compile(r"(?i)\b(?:you|your|yours|you're|you’re|you'll|you’ll|you've|you’ve)\b")
_IMPERATIVES = frozenset(
    "add leave click tap subscribe sign log follow share join download read watch listen "
    "register enter continue check visit like keep support see skip email contact view "
    "get signup comment reply login".split()
)


#: Longer "sentences" are run-on text (a pasted table or log, text without
#: punctuation), not summary material; nor are they used as a fallback.
MAX_SENTENCE_WORDS = 200
RUN_ON = f"run-on text of over {MAX_SENTENCE_WORDS} words, not a sentence"


def classify(text: str) -> tuple[str, str]:
    """Classify one sentence as body, boilerplate, heading or fragment.

    Returns
    -------
    kind : str
        One of ``"body"``, ``"boilerplate"``, ``"heading"``, ``"fragment"``.
    reason : str
        A short human-readable explanation (empty for body sentences).
    """
    stripped = text.strip()
    # Unspaced scripts (Han, kana) count one word per character.
    spaced = space_unspaced(stripped)
    words = _ALPHA_WORD.findall(spaced)
    n_words = len(spaced.split())

    site, web = web_page_terms(stripped)
    if site or web:
        # "you" inside quoted speech is a speaker talking, not the page.
        unquoted = _QUOTED.sub(" ", stripped)
        addresses_reader = bool(_READER.search(unquoted)) or (
            bool(words) and words[0].lower() in _IMPERATIVES
        )
        if (
            (site and (len(site) >= 2 or n_words <= 6 or (addresses_reader and n_words <= 20)))
            or (web and addresses_reader and n_words <= 15)
            or n_words <= 3
        ):
            return BOILERPLATE, "site text: " + ", ".join(sorted(site | web))

    if n_words > MAX_SENTENCE_WORDS:
        return FRAGMENT, RUN_ON
    if len(words) < 2:
        return FRAGMENT, "fewer than two words"
    core = stripped.rstrip(_CLOSERS + " ")
    terminal = core.endswith(_TERMINAL)
    if core.endswith(":"):
        return FRAGMENT, "ends with a colon"
    if stripped[0] in ",;:)]}-–—" or (words[0].islower() and stripped.startswith(words[0])):
        return FRAGMENT, "starts mid-sentence"
    if _BARE_QUOTE.match(stripped):
        return FRAGMENT, "quotation with no speaker"
    close_quote = stripped.find("”")
    if close_quote != -1 and "“" not in stripped[:close_quote]:
        return FRAGMENT, "starts mid-quote"
    if not terminal:
        rest = [w for w in words[1:] if w.lower() not in _SMALL_WORDS]
        content = [w for w in words if w.lower() not in _SMALL_WORDS]
        if len(content) >= 2 and rest and sum(w[0].isupper() for w in rest) >= 0.6 * len(rest):
            return HEADING, "title-case line without closing punctuation"
        if n_words < 6:
            return FRAGMENT, "short line without closing punctuation"
        stops = sum(w.lower() in ENGLISH_STOP_WORDS for w in words)
        if stops < 0.1 * len(words):
            return FRAGMENT, "keyword list without function words"
    return BODY, ""


def _strip_heading_prefix(sentence: Sentence, headings: Sequence[str]) -> Sentence:
    """Cut a heading glued to the front of a sentence (keeping the span exact)."""
    for heading in headings:
        text = sentence.text
        if len(text) > len(heading) + 1 and text.startswith(heading):
            rest = text[len(heading) :]
            body = rest.lstrip()
            if rest[: len(rest) - len(body)] and body and (body[0].isupper() or body[0] in "“\"‘'"):
                cut = len(text) - len(body)
                return Sentence(
                    sentence.doc_id,
                    sentence.index,
                    sentence.start + cut,
                    sentence.end,
                    body,
                    sentence.paragraph,
                )
    return sentence


# -- duplicates ---------------------------------------------------------------


def _collapse(
    sentences: Sequence[Sentence],
    features: Features,
    threshold: float,
    kind: str,
    collapse: bool,
    jobs: int = 1,
) -> tuple[list[Candidate], list[Dropped], np.ndarray]:
    """Candidates from ``sentences`` (row i of ``features`` is sentence i),
    their dropped duplicates, and the feature row of each candidate."""
    if not collapse or not sentences:
        return [Candidate(s, (s,), kind) for s in sentences], [], np.arange(len(sentences))
    groups = duplicate_groups(
        [s.text for s in sentences], features.keys, features.words, threshold, jobs=jobs
    )
    group_of = groups.representative
    # Members of each group in row order; groups in order of their first row
    # (the representative is its group's first row).
    by_group = np.argsort(group_of, kind="stable")
    starts = np.flatnonzero(np.r_[True, np.diff(group_of[by_group]) != 0])
    firsts = by_group[starts]
    sizes = np.diff(np.r_[starts, by_group.size])
    candidates, dropped = [], []
    for g in range(firsts.size):
        first = sentences[firsts[g]]
        if sizes[g] == 1:
            candidates.append(Candidate(first, (first,), kind))
            continue
        members = by_group[starts[g] : starts[g] + sizes[g]].tolist()
        matches = tuple(
            EXACT if groups.exact[m] else Match(False, float(groups.similarity[m])) for m in members
        )
        candidates.append(Candidate(first, tuple(sentences[m] for m in members), kind, matches))
        for m, match in zip(members[1:], matches[1:], strict=True):
            what = "duplicate" if match.exact else f"near-duplicate ({match.similarity:.2f})"
            detail = f"{what} of {first.doc_id}#{first.index}"
            dropped.append(Dropped(sentences[m], DUPLICATE, detail, first))
    return candidates, dropped, firsts


#: A sentence with its class and the reason: ``(sentence, kind, reason)``.
Labelled = tuple[Sentence, str, str]


def label_document(sentences: Sequence[Sentence]) -> list[Labelled]:
    """Classify the sentences of one document (see :func:`classify`).

    Headings glued to the front of a body sentence are cut off first (the
    sentence's span then starts after the heading). Works on one document at
    a time, so documents can be labelled in parallel.
    """
    kinds = [classify(s.text) for s in sentences]
    headings = sorted(
        {s.text for s, (k, _) in zip(sentences, kinds, strict=True) if k == HEADING},
        key=len,
        reverse=True,
    )
    labelled = []
    for s, (kind, reason) in zip(sentences, kinds, strict=True):
        if kind == BODY and headings:
            trimmed = _strip_heading_prefix(s, headings)
            if trimmed is not s:
                s = trimmed
                kind, reason = classify(s.text)
        labelled.append((s, kind, reason))
    return labelled


def clean(
    sentences: Sequence[Sequence[Sentence]],
    *,
    filter_boilerplate: bool = True,
    collapse_duplicates: bool = True,
    duplicate_threshold: float = 0.7,
    labelled: Sequence[Sequence[Labelled]] | None = None,
    features: Features | None = None,
    jobs: int = 1,
) -> CleanedCorpus:
    """Classify, trim and deduplicate the sentences of a collection.

    Parameters
    ----------
    sentences : sequence of sequences of Sentence
        One sequence per document, in collection order.
    filter_boilerplate : bool
        Drop boilerplate, headings and fragments (otherwise all are body).
    collapse_duplicates : bool
        Merge exact and near-duplicates into one candidate.
    duplicate_threshold : float
        Jaccard similarity of word sets for near-duplicates.
    labelled : sequence of sequences of (Sentence, kind, reason), optional
        :func:`label_document` of every document, when already computed (for
        example in parallel); otherwise computed here.
    features : Features, optional
        :func:`summarizer.features.featurize` of the labelled sentences in
        order (all documents, all kinds), when already computed.
    jobs : int
        Worker processes for the near-duplicate join on large collections.

    Returns
    -------
    CleanedCorpus
    """
    if not filter_boilerplate:
        labelled = [[(s, BODY, "") for s in doc] for doc in sentences]
    elif labelled is None:
        labelled = [label_document(doc) for doc in sentences]
    flat = [item for doc in labelled for item in doc]
    if features is None:
        features = featurize([s.text for s, _, _ in flat])
    body_rows, other_rows = [], []
    dropped: list[Dropped] = []
    for row, (s, kind, reason) in enumerate(flat):
        if kind == BODY:
            body_rows.append(row)
        else:
            dropped.append(Dropped(s, kind, reason))
            if kind != BOILERPLATE and reason != RUN_ON:
                other_rows.append(row)
    body = np.array(body_rows, dtype=int)
    candidates, dup_dropped, rows = _collapse(
        [flat[r][0] for r in body_rows], features.take(body), duplicate_threshold, BODY,
        collapse_duplicates, jobs,
    )  # fmt: skip
    terms = features.terms[body[rows]]
    fallback: list[Candidate] = []
    if not candidates:
        other = np.array(other_rows, dtype=int)
        fallback, _, rows = _collapse(
            [flat[r][0] for r in other_rows], features.take(other), duplicate_threshold,
            FRAGMENT, collapse_duplicates, jobs,
        )  # fmt: skip
        terms = features.terms[other[rows]]
    return CleanedCorpus(
        tuple(candidates), tuple(fallback), tuple(dropped + dup_dropped), sp.csr_matrix(terms)
    )
