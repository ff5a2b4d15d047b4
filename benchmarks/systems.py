"""The summarizers compared by the benchmarks, behind one interface.

Each system is a function ``(documents, words) -> summary text`` where
``documents`` is a list of plain texts about one story and ``words`` the word
budget. The last sentence may cross the budget (the scorer truncates every
summary to the same length).

Peers (sumy, summa) see the collection as one text, documents separated by
blank lines, as a user of those libraries would give it to them.
sumy normally needs nltk's downloaded Punkt model to split sentences; here it
gets :class:`PunktFreeTokenizer`, which splits with this project's in-code
Punkt parameters and tokenizes words with a regular expression, so no data is
downloaded.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from typing import Any

from summarizer import Document, summarize
from summarizer.language import english
from summarizer.sentences import split_document

System = Callable[[Sequence[str], int], str]


def sentences_of(text: str) -> list[str]:
    """The sentences of a text as this project splits English."""
    return [s.text for s in split_document(Document("d", text), english())]


_WORD = re.compile(r"\w+(?:['’]\w+)*")


class PunktFreeTokenizer:
    """The tokenizer interface sumy's parsers accept, without downloaded data."""

    language = "english"

    def to_sentences(self, paragraph: str) -> tuple[str, ...]:
        return tuple(sentences_of(paragraph))

    def to_words(self, sentence: str) -> tuple[str, ...]:
        return tuple(_WORD.findall(sentence))


def ours(**settings: Any) -> System:
    """This project through its public API, with ``overflow=True``."""

    def run(documents: Sequence[str], words: int) -> str:
        docs = [Document(f"d{i}", t) for i, t in enumerate(documents)]
        return summarize(docs, max_words=words, overflow=True, **settings).text

    return run


def lead(documents: Sequence[str], words: int) -> str:
    """First sentences of each document in turn: all first sentences, then all
    second sentences, ..., until the budget is reached."""
    per_doc = [sentences_of(t) for t in documents]
    chosen: list[str] = []
    total = 0
    depth = 0
    while total < words and any(depth < len(d) for d in per_doc):
        for sentences in per_doc:
            if depth < len(sentences) and total < words:
                chosen.append(sentences[depth])
                total += len(sentences[depth].split())
        depth += 1
    return " ".join(chosen)


def _sumy(kind: str) -> System:
    def run(documents: Sequence[str], words: int) -> str:
        from sumy.nlp.stemmers import Stemmer
        from sumy.parsers.plaintext import PlaintextParser
        from sumy.summarizers.lex_rank import LexRankSummarizer
        from sumy.summarizers.text_rank import TextRankSummarizer
        from sumy.utils import get_stop_words

        parser = PlaintextParser.from_string("\n\n".join(documents), PunktFreeTokenizer())
        cls = LexRankSummarizer if kind == "lexrank" else TextRankSummarizer
        summarizer = cls(Stemmer("english"))
        summarizer.stop_words = get_stop_words("english")

        def best_until_budget(infos: list[Any]) -> list[Any]:
            # sumy passes the sentences sorted by rating: keep the best until
            # the budget is reached (it restores document order itself).
            kept, total = [], 0
            for info in infos:
                if total >= words:
                    break
                kept.append(info)
                total += len(str(info.sentence).split())
            return kept

        return " ".join(str(s) for s in summarizer(parser.document, best_until_budget))

    return run


def summa_textrank(documents: Sequence[str], words: int) -> str:
    """summa's TextRank with its own word budget."""
    from summa.summarizer import summarize as summa_summarize

    return summa_summarize("\n\n".join(documents), words=words).replace("\n", " ")


PEERS: dict[str, System] = {
    "lead": lead,
    "sumy-lexrank": _sumy("lexrank"),
    "sumy-textrank": _sumy("textrank"),
    "summa-textrank": summa_textrank,
}

#: Stage switches for the ablation: each entry switches one stage of ours off
#: (or, for cluster coverage, which is off by default, on).
ABLATIONS: dict[str, dict[str, Any]] = {
    "ours -duplicates": {"collapse_duplicates": False},
    "ours -boilerplate": {"filter_boilerplate": False},
    "ours +cluster-coverage": {"use_clusters": True},
    "ours -redundancy": {"control_redundancy": False},
    "ours -length-norm": {"length_exponent": 0.0},
    "ours -position": {"position_weight": 0.0},
    "ours -corroboration": {"corroboration_weight": 0.0},
    "ours -concepts": {"coverage_weight": 0.0},
    "ours -concepts -redundancy": {"coverage_weight": 0.0, "control_redundancy": False},
}
