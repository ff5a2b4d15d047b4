"""The sentence classifier: body, boilerplate, heading or fragment.

Web text wraps the story in site furniture. Each sentence is classified with
general signals, never with a list of known strings; the vocabulary is the
language profile's (:class:`summarizer.language.PageVocabulary`):

* **boilerplate**: the sentence talks about the web page rather than the
  story. Page-furniture phrases (subscribe, privacy policy, all rights
  reserved, read more, ...) mark it when the sentence also addresses the
  reader ("you", "your", or an opening command such as "Add", "Leave",
  "Click"), has two of them, or is a short label; general web words
  (e-mail, comment, Twitter, a domain name, ...) only when the sentence
  also addresses the reader. News that merely mentions the web ("declined
  to comment", "said on Twitter") stays. A contents line (a dot leader to
  the page number that ends it) is boilerplate too;
* **heading**: a line without closing punctuation whose words are mostly
  capitalised (a title, a section label; only in scripts with case), or a
  span the document's reader marked as a heading (a web page's or a
  Markdown note's);
* **fragment**: too few words, a short line without closing punctuation, a
  quotation with no speaker, a line that starts mid-sentence (lower case,
  unless the document is written in lower case, a comma, or inside a
  quotation whose opening mark is in another sentence),
  that ends with a colon (it introduces something that is not there), a run
  of keywords with almost no function words (the language's stop words), or
  run-on text too long to be a sentence.

What closes a sentence, which words are function words and what a title
leaves in lower case come from the document's language profile; nothing
here assumes English.

Headings glued to the front of a body sentence ("Takaichi and Trump Both
leaders paid tribute ...") are cut off: the sentence's span starts after the
heading, so it stays verbatim.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence
from typing import NamedTuple

from .language import LanguageProfile, count_words, space_unspaced, words
from .readers.pages import CONTENTS_LINE, FIELD_LINE
from .sentences import Sentence

BODY = "body"
BOILERPLATE = "boilerplate"
HEADING = "heading"
FRAGMENT = "fragment"
#: Not a class of the classifier: a sentence of a document in another
#: language than the summary's (see ``SummarizerSettings.summary_language``).
OTHER_LANGUAGE = "other-language"

#: A page term in a line of at most this many words makes it a label, a
#: button or a menu item ("Subscribe now", "Privacy Policy").
LABEL_WORDS = 6
#: ... in a sentence of at most this many words that addresses the reader,
#: an instruction to the reader ("Sign up to get our newsletter every week").
INSTRUCTION_WORDS = 20
#: A web word (e-mail, Twitter) marks page text only in a sentence of at most
#: this many words that addresses the reader ("Follow us on Twitter"); in
#: longer ones it is news ("She said on Twitter that ...").
WEB_INSTRUCTION_WORDS = 15
#: Any page or web term in a line this short is link text or a menu item.
LINK_WORDS = 3
#: A sentence needs at least this many words with letters.
MIN_WORDS = 2
#: A line without closing punctuation shorter than this is a label or a
#: fragment, not a sentence that lost its period.
MIN_UNCLOSED_WORDS = 6
#: A line without closing punctuation whose words after the first (leaving
#: out the words a title keeps in lower case) are capitalised at least this
#: often is a heading ("Takaichi and Trump Pledge a 'Golden Age'").
TITLE_CASE_SHARE = 0.6
#: Prose is about half function words; an unpunctuated line with fewer than
#: this share of them is a list of keywords or tags.
MIN_FUNCTION_WORD_SHARE = 0.1
#: Longer "sentences" are run-on text (a pasted table or log, text without
#: punctuation), not summary material; nor are they used as a fallback.
MAX_SENTENCE_WORDS = 200
RUN_ON = f"run-on text of over {MAX_SENTENCE_WORDS} words, not a sentence"

#: A document in which at least this share of the sentences start in lower
#: case is written that way (reviews, comments, chat, text lower-cased by a
#: tool): there a lower-case start does not mean the sentence began earlier.
#: Edited prose starts almost no sentence in lower case, so a third is far
#: from it, and a short lower-case review stays lower-case when a site adds
#: a capitalised line or two around it.
LOWER_CASE_DOCUMENT_SHARE = 0.3

#: Marks that may start a sentence that continues another one.
_CONTINUATION_MARKS = ",;:)]}-–—"
# The whole sentence is one quotation: a reader of the summary cannot tell who
# said it (English, French and German quotation marks).
_BARE_QUOTE = re.compile(r"""^(?:“[^“”]*”|"[^"]*"|‘[^‘’]*’|«[^«»]*»|»[^«»]*«|„[^„“”]*[“”])$""")
_QUOTED = re.compile(r"""“[^“”]*”?|"[^"]*"?""")
# Quotation marks of every language (apostrophes and single quotes are left
# out: they also stand inside words).
_QUOTE_MARK = re.compile('["“”„‟«»‹›「」『』]')


class LabelledSentence(NamedTuple):
    """A sentence with its class (``BODY``, ``BOILERPLATE``, ``HEADING`` or
    ``FRAGMENT``) and, when it is not body, the reason."""

    sentence: Sentence
    kind: str
    reason: str


def web_page_terms(text: str, profile: LanguageProfile) -> tuple[set[str], set[str]]:
    """Page-furniture terms and web terms in ``text`` (lower-cased)."""
    page = profile.page
    if not page.trigger.search(text.lower()):
        return set(), set()
    site = {m.group(0).lower() for m in page.site_terms.finditer(text)}
    web = {m.group(0).lower() for m in page.web_terms.finditer(text)}
    return site, web


def classify(
    text: str,
    profile: LanguageProfile,
    *,
    lower_case_document: bool = False,
) -> tuple[str, str]:
    """Classify one sentence as body, boilerplate, heading or fragment.

    ``lower_case_document`` says the sentence's document is written in lower
    case (see ``LOWER_CASE_DOCUMENT_SHARE``).

    Returns
    -------
    kind : str
        One of ``"body"``, ``"boilerplate"``, ``"heading"``, ``"fragment"``.
    reason : str
        A short human-readable explanation (empty for body sentences).
    """
    stripped = text.strip()
    # Words with letters: the ones that can be capitalised or function words
    # (each Han or kana character one word, see count_words).
    lettered = [w for w in words(space_unspaced(stripped)) if not w.isdigit()]
    n_words = count_words(stripped)

    site, web = web_page_terms(stripped, profile)
    if site or web:
        # "you" inside quoted speech is a speaker talking, not the page.
        unquoted = _QUOTED.sub(" ", stripped)
        addresses_reader = bool(profile.page.reader.search(unquoted)) or (
            bool(lettered) and lettered[0].lower() in profile.page.commands
        )
        if (
            (
                site
                and (
                    len(site) >= 2
                    or n_words <= LABEL_WORDS
                    or (addresses_reader and n_words <= INSTRUCTION_WORDS)
                )
            )
            or (web and addresses_reader and n_words <= WEB_INSTRUCTION_WORDS)
            or n_words <= LINK_WORDS
        ):
            return BOILERPLATE, "site text: " + ", ".join(sorted(site | web))

    if n_words > MAX_SENTENCE_WORDS:
        return FRAGMENT, RUN_ON
    if CONTENTS_LINE.search(stripped):
        return BOILERPLATE, "table of contents line"
    if len(lettered) < MIN_WORDS:
        return FRAGMENT, "fewer than two words"
    core = stripped.rstrip(profile.closing_marks + " ")
    if core.endswith(":"):
        return FRAGMENT, "ends with a colon"
    if stripped[0] in _CONTINUATION_MARKS or (
        lettered[0].islower() and stripped.startswith(lettered[0]) and not lower_case_document
    ):
        return FRAGMENT, "starts mid-sentence"
    if _BARE_QUOTE.match(stripped):
        return FRAGMENT, "quotation with no speaker"
    if _starts_mid_quote(stripped, profile):
        return FRAGMENT, "starts mid-quote"
    if not core.endswith(tuple(profile.sentence_ends)):
        if FIELD_LINE.match(stripped):
            return FRAGMENT, "a field (label: value), not a sentence"
        small = profile.title_small_words
        # One-letter words (a possessive's "s", an initial) show no title case.
        rest = [w for w in lettered[1:] if w.casefold() not in small and len(w) > 1]
        content = [w for w in lettered if w.casefold() not in small]
        if (
            len(content) >= 2
            and rest
            and sum(w[0].isupper() for w in rest) >= TITLE_CASE_SHARE * len(rest)
        ):
            return HEADING, "title-case line without closing punctuation"
        if n_words < MIN_UNCLOSED_WORDS:
            return FRAGMENT, "short line without closing punctuation"
        # (A language without a stop-word list cannot tell a keyword list.)
        function_words = sum(profile.is_stop_word(w.casefold()) for w in lettered)
        if profile.stop_words and function_words < MIN_FUNCTION_WORD_SHARE * len(lettered):
            return FRAGMENT, "keyword list without function words"
    return BODY, ""


def label_document(
    sentences: Sequence[Sentence],
    profile: LanguageProfile,
    headings: Sequence[tuple[int, int]] = (),
) -> list[LabelledSentence]:
    """Classify the sentences of one document (see :func:`classify`).

    ``headings`` are the spans the document's reader knows to be headings
    (``Document.headings``: a web page's or Markdown note's headings); a
    sentence inside one is a heading whatever it looks like. Headings glued
    to the front of a body sentence are cut off first (the sentence's span
    then starts after the heading). Works on one document at a time, so
    documents can be labelled in parallel.
    """
    starts = [_first_letter(s.text) for s in sentences]
    lettered = [c for c in starts if c]
    lower_case = bool(lettered) and sum(c.islower() for c in lettered) >= (
        LOWER_CASE_DOCUMENT_SHARE * len(lettered)
    )
    kinds = [
        (HEADING, "a heading of the document")
        if _inside(s, headings)
        else classify(s.text, profile, lower_case_document=lower_case)
        for s in sentences
    ]
    _label_lead_lines(sentences, kinds, profile)
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
                kind, reason = classify(s.text, profile, lower_case_document=lower_case)
        labelled.append(LabelledSentence(s, kind, reason))
    return labelled


def _starts_mid_quote(text: str, profile: LanguageProfile) -> bool:
    """Whether ``text`` is the end of a quotation opened in an earlier
    sentence ('... all gone," she said.' / '... bougeait », raconte ...'): its
    first quotation mark closes and cannot open (in the language), stands
    after the start, and has no partner (the marks are odd in number). Works
    for every language's marks: „...“, «...», »...«, ”...” all pair up."""
    first = _QUOTE_MARK.search(text)
    if first is None or first.start() == 0:
        return False
    # Only a mark that cannot open a quotation in the language says so (not
    # the ASCII double quote, nor » in German).
    mark = first.group(0)
    if mark not in profile.closing_marks or mark in profile.opening_marks:
        return False
    return len(_QUOTE_MARK.findall(text)) % 2 == 1


def _closes(text: str, profile: LanguageProfile) -> bool:
    return text.rstrip(profile.closing_marks + " ").endswith(tuple(profile.sentence_ends))


def _label_lead_lines(
    sentences: Sequence[Sentence], kinds: list[tuple[str, str]], profile: LanguageProfile
) -> None:
    """Mark the lines above a document's first sentence that stand alone
    without closing punctuation as headings: a title, a kicker or a
    category label (in any script, cased or not). A document with no closed
    sentence is left as it is (a list of unpunctuated lines)."""
    first = next((k for k, s in enumerate(sentences) if _closes(s.text, profile)), None)
    if not first:
        return
    paragraphs = Counter(s.paragraph for s in sentences[:first])
    for k in range(first):
        if kinds[k][0] == BODY and paragraphs[sentences[k].paragraph] == 1:
            kinds[k] = (HEADING, "a line without closing punctuation above the first sentence")


def _first_letter(text: str) -> str:
    """The first letter of ``text`` if it comes before any other word character."""
    for c in text:
        if c.isalpha():
            return c
        if c.isalnum():
            return ""
    return ""


def _inside(sentence: Sentence, spans: Sequence[tuple[int, int]]) -> bool:
    return any(a <= sentence.start and sentence.end <= b for a, b in spans)


def unlabelled(sentences: Sequence[Sentence]) -> list[LabelledSentence]:
    """Every sentence as body (the classifier switched off)."""
    return [LabelledSentence(s, BODY, "") for s in sentences]


def _strip_heading_prefix(sentence: Sentence, headings: Sequence[str]) -> Sentence:
    """Cut a heading glued to the front of a sentence (keeping the span exact)."""
    for heading in headings:
        text = sentence.text
        if len(text) > len(heading) + 1 and text.startswith(heading):
            rest = text[len(heading) :]
            body = rest.lstrip()
            if rest[: len(rest) - len(body)] and body and (body[0].isupper() or body[0] in "“\"‘'"):
                cut = len(text) - len(body)
                return sentence._replace(start=sentence.start + cut, text=body)
    return sentence
