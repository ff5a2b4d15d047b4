"""Benchmark corpora of a given number of sentences: real text first, then generated.

Real text: every document of the datasets in ``../shared/data/`` (each used
once, in a fixed order). Past what real text provides, documents are
generated deterministically from the real corpus's statistics: sentence
lengths, the first words of sentences, and a bigram model of words, plus new
words at the rate Heaps' law predicts for a growing corpus, so sentences are
distinct and the vocabulary keeps growing as it does in real news.
"""

from __future__ import annotations

import bisect
import json
import re
from collections import Counter, defaultdict
from collections.abc import Iterator, Sequence
from pathlib import Path

import numpy as np
from systems import sentences_of

DATASETS = ("multinews_longbench", "multinews", "opinosis", "tac2011_multiling_en")


def real_documents(data_dir: Path) -> list[str]:
    """Texts of every document of every dataset, each once, in a fixed order."""
    texts: list[str] = []
    seen: set[str] = set()
    for name in DATASETS:
        path = data_dir / name / "dev.jsonl"
        if not path.exists():
            continue
        with path.open(encoding="utf-8") as fh:
            for line in fh:
                for doc in json.loads(line)["documents"]:
                    if doc["text"].strip() and doc["text"] not in seen:
                        seen.add(doc["text"])
                        texts.append(doc["text"])
    return texts


def fit_heaps(tokens: Sequence[str]) -> tuple[float, float]:
    """Fit Heaps' law ``V(n) = K * n ** beta`` to a token stream (least squares in log-log)."""
    seen: set[str] = set()
    points = []
    marks = set(np.unique(np.geomspace(100, max(len(tokens), 101), 30).astype(int)))
    for n, token in enumerate(tokens, start=1):
        seen.add(token)
        if n in marks:
            points.append((n, len(seen)))
    n_arr, v_arr = np.log([p[0] for p in points]), np.log([p[1] for p in points])
    beta, log_k = np.polyfit(n_arr, v_arr, 1)
    return float(np.exp(log_k)), float(beta)


def sentence_counts(texts: Sequence[str]) -> list[int]:
    return [len(sentences_of(t)) for t in texts]


class SentenceGenerator:
    """Bigram language model of the real sentences, with Heaps' law new words."""

    def __init__(self, texts: Sequence[str], seed: int = 0) -> None:
        sentences = [s.split() for t in texts for s in sentences_of(t)]
        sentences = [s for s in sentences if len(s) >= 3]
        self.lengths = np.array([len(s) for s in sentences])
        follow: dict[str, Counter[str]] = defaultdict(Counter)
        starts: Counter[str] = Counter()
        for words in sentences:
            starts[words[0]] += 1
            for a, b in zip(words, words[1:], strict=False):
                follow[a][b] += 1
        self.starts = self._table(starts)
        self.follow = {w: self._table(c) for w, c in follow.items()}
        self.rng = np.random.default_rng(seed)
        self.heaps_k, self.heaps_beta = fit_heaps(
            [w for s in sentences for w in re.findall(r"\w+", " ".join(s).lower())]
        )
        self.tokens = int(self.lengths.sum())  # generated text continues the real corpus
        self.new_words = 0

    @staticmethod
    def _table(counter: Counter[str]) -> tuple[list[str], list[int]]:
        words = sorted(counter)
        return words, list(np.cumsum([counter[w] for w in words]))

    def _draw(self, table: tuple[list[str], list[int]]) -> str:
        words, cum = table
        return words[bisect.bisect_right(cum, int(self.rng.integers(cum[-1])))]

    def _new_word(self) -> str:
        self.new_words += 1
        syllables = ("ka", "lo", "mi", "ren", "tu", "sa", "vel", "dor", "in", "ya", "zu", "fen")
        n = self.new_words
        word = ""
        while n:
            n, r = divmod(n, len(syllables))
            word += syllables[r]
        return word.capitalize() if self.rng.random() < 0.5 else word

    def sentence(self) -> str:
        length = int(self.lengths[self.rng.integers(self.lengths.size)])
        words = [self._draw(self.starts)]
        for _ in range(length - 1):
            self.tokens += 1
            # Heaps' law V(n) = K n^beta: a new word with probability dV/dn.
            p_new = self.heaps_k * self.heaps_beta * self.tokens ** (self.heaps_beta - 1.0)
            if self.rng.random() < p_new:
                words.append(self._new_word())
                continue
            table = self.follow.get(words[-1])
            words.append(self._draw(table) if table else self._draw(self.starts))
        text = " ".join(words)
        return text if re.search(r"[.!?][\"'”’)]*$", text) else text + "."

    def document(self) -> tuple[str, int]:
        """A generated article of 15-40 sentences in paragraphs of 1-3."""
        n = int(self.rng.integers(15, 41))
        paragraphs, left = [], n
        while left:
            k = min(left, int(self.rng.integers(1, 4)))
            paragraphs.append(" ".join(self.sentence() for _ in range(k)))
            left -= k
        return "\n\n".join(paragraphs), n


def build(size: int, texts: Sequence[str], counts: Sequence[int], seed: int = 0) -> dict:
    """Documents holding about ``size`` sentences: real ones first, then generated."""
    documents: list[str] = []
    real = 0
    for text, n in zip(texts, counts, strict=True):
        if real >= size:
            break
        documents.append(text)
        real += n
    generated = 0
    if real < size:
        generator = SentenceGenerator(texts, seed=seed)
        while real + generated < size:
            text, n = generator.document()
            documents.append(text)
            generated += n
    return {"documents": documents, "real_sentences": real, "generated_sentences": generated}


def write_jsonl(path: Path, documents: Sequence[str]) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    with path.open("w", encoding="utf-8") as fh:
        for i, text in enumerate(documents):
            fh.write(json.dumps({"id": f"d{i}", "text": text}, ensure_ascii=False) + "\n")


def read_jsonl(path: Path) -> Iterator[str]:
    with path.open(encoding="utf-8") as fh:
        for line in fh:
            yield json.loads(line)["text"]
