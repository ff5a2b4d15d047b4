"""Fuzzing: random and mutated inputs against the loader, splitter, summarizer and command.

    python benchmarks/fuzz.py --seconds 600            # ten minutes, seed 0
    python benchmarks/fuzz.py --replay benchmarks/results/fuzz-crashes/crash-3.json

Each input is a file (random bytes, a mutated seed article, a mutated JSONL
file, random Unicode text, or HTML) written to a temporary directory under a
random name and suffix. It is then run through four targets, and each must keep
its promise:

- **loader** (``load_documents``): documents or notices, and no exception
  other than :class:`summarizer.errors.SummarizerError`;
- **splitter** (``split_document``): non-empty spans in increasing order, with
  ``text[start:end] == sentence.text``;
- **summarizer** (``summarize``, with a random budget): verbatim spans, the
  budget respected, every source a real sentence, and the same result twice;
- **command** (``cli.main``, with a random format): exit code 0, 1 or 3, no
  traceback, no raw escape character in the output.

An input that breaks a promise (or raises, or runs over ``--timeout``
seconds) is saved under ``benchmarks/results/fuzz-crashes/`` with a replay
command. The run prints a table and writes ``benchmarks/results/fuzz.json``.
Exit code 0 means nothing was found.
"""

from __future__ import annotations

import argparse
import base64
import contextlib
import io
import json
import random
import re
import signal
import sys
import tempfile
import time
import traceback
from collections import Counter
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
RESULTS = HERE / "results"
SEEDS = ROOT / "seeds"

SUFFIXES = (".txt", ".md", ".html", ".jsonl", ".txt", ".txt")
# Characters that have broken text tools before.
NASTY = (
    "\x00\x01\x07\x08\x0b\x0c\x1b\x7f\x85\xa0\xad"
    "\u200b\u200c\u200d\u200e\u200f\u2028\u2029\u202a\u202b\u202c\u202d\u202e"
    "\u2066\u2067\u2068\u2069\ufeff\ufffd\ufffe"
    "\u0301\u0308\u20dd\U0001f600\U0001f469\u200d\U0001f373\U0001f1ef\U0001f1f5"
    "。！？、「」…．؟۔।"
    "ß İ ı ﬁ Ǆ ǅ ǆ ſ K Ω"
    "<>&;\"'`[]/\\=:.,!?- \t\r\n"
)
SNIPPETS = (
    "[bold red]x[/]", "[link=http://e]y[/link]", "\x1b[2J", "\x1b]8;;http://e\x07", "\x1b[31m",
    "<script>alert(1)</script>", "<p>", "</div>", "<!DOCTYPE html>", "&amp;", "&#0;", "&#x1F600;",
    "Mr.", "e.g.", "U.S.", "...", "?!", "“", "”", "\r\n", "\n\n", "Subscribe to our newsletter.",
    "Click here", "http://example.com/a?b=c", "someone@example.com", "1.5", "3:00 p.m.",
    "北京市政府周一宣布新的交通计划。", "أعلنت الحكومة عن خطة جديدة. ", "🎉" * 50, "a" * 5000,
)  # fmt: skip


def seed_texts() -> list[str]:
    texts = [p.read_text(encoding="utf-8") for p in sorted(SEEDS.glob("*.txt"))]
    return texts or ["The council met on Monday. It approved the budget."]


def random_unicode(rng: random.Random, n: int) -> str:
    out = []
    for _ in range(n):
        r = rng.random()
        if r < 0.5:
            out.append(rng.choice(NASTY))
        elif r < 0.8:
            out.append(chr(rng.randrange(32, 0x3000)))
        else:
            cp = rng.randrange(0x110000)
            out.append(chr(cp) if not 0xD800 <= cp < 0xE000 else "\ufffd")
    return "".join(out)


def mutate_text(rng: random.Random, text: str) -> str:
    for _ in range(rng.randint(1, 8)):
        if not text:
            text = rng.choice(SNIPPETS)
        i = rng.randrange(len(text) + 1)
        j = min(len(text), i + rng.randint(0, 400))
        op = rng.randrange(8)
        if op == 0:
            text = text[:i] + text[j:]  # delete
        elif op == 1:
            text = text[:i] + text[i:j] * rng.randint(2, 50) + text[j:]  # repeat
        elif op == 2:
            text = text[:i] + random_unicode(rng, rng.randint(1, 40)) + text[i:]
        elif op == 3:
            text = text[:i] + rng.choice(SNIPPETS) + text[i:]
        elif op == 4:
            text = text.replace("\n", rng.choice(["\r\n", "\r", "\u2028", "", "\n\n\n"]))
        elif op == 5:
            text = text[:i] + text[i:j].upper() + text[j:]
        elif op == 6:
            text = text[:i] + text[i:j].replace(".", "").replace(" ", "") + text[j:]
        else:
            text = text[i:] + text[:i]  # rotate
    return text


def encode(rng: random.Random, text: str) -> bytes:
    codec = rng.choice(["utf-8", "utf-8", "utf-8-sig", "utf-16", "utf-32", "cp1252", "latin-1"])
    data = text.encode(codec, errors="replace")
    if rng.random() < 0.2 and data:  # flip some bytes
        buf = bytearray(data)
        for _ in range(rng.randint(1, 20)):
            buf[rng.randrange(len(buf))] = rng.randrange(256)
        data = bytes(buf)
    return data


def make_input(rng: random.Random, seeds: list[str]) -> tuple[str, bytes]:
    """A file suffix and the file's bytes."""
    kind = rng.randrange(6)
    suffix = rng.choice(SUFFIXES)
    if kind == 0:  # random bytes
        return suffix, rng.randbytes(int(10 ** rng.uniform(0, 5)))
    if kind == 1:  # random Unicode text
        return suffix, encode(rng, random_unicode(rng, int(10 ** rng.uniform(0, 4))))
    if kind == 2:  # a JSONL file with good and bad lines
        lines = []
        for k in range(rng.randint(0, 6)):
            record: dict[str, Any] = {"id": rng.choice([f"d{k}", k, None, "", "dup", [1]])}
            if rng.random() < 0.85:
                record["text"] = mutate_text(rng, rng.choice(seeds)[: rng.randint(0, 3000)])
            if rng.random() < 0.3:
                record["title"] = rng.choice(["T", 5, None])
            line = json.dumps(record, ensure_ascii=rng.random() < 0.5)
            if rng.random() < 0.15:  # a JSON escape of a lone surrogate: valid JSON, not text
                at = rng.randrange(len(line) + 1)
                at = line.find('"text": "', 0, at + 1)
                if at != -1:
                    at += len('"text": "')
                    escape = rng.choice(["\\ud800", "\\udfff", "\\udc80\\ud83d"])
                    line = line[:at] + escape + line[at:]
            if rng.random() < 0.15:
                line = mutate_text(rng, line)
            lines.append(line)
        return ".jsonl", encode(rng, "\n".join(lines))
    if kind == 3:  # HTML
        body = mutate_text(rng, rng.choice(seeds)[:3000])
        html = f"<html><head><title>{body[:40]}</title><script>x</script></head><body><p>{body}"
        return rng.choice([".html", ".txt"]), encode(rng, mutate_text(rng, html))
    # a mutated seed article
    text = rng.choice(seeds)
    return suffix, encode(rng, mutate_text(rng, text))


# -- targets ------------------------------------------------------------------------


class Broken(Exception):
    """A promise broken by an input."""


def check_loader(paths: list[Path]):  # type: ignore[no-untyped-def]
    from summarizer import load_documents
    from summarizer.errors import SummarizerError

    try:
        docs = load_documents(*paths, on_notice=lambda notice: None)
    except SummarizerError:
        return []
    for doc in docs:
        if not doc.text.strip():
            raise Broken(f"loader kept an empty document {doc.id!r}")
    return docs


def check_splitter(docs) -> None:  # type: ignore[no-untyped-def]
    from summarizer.language import english
    from summarizer.sentences import split_document

    for doc in docs:
        previous_end = 0
        for s in split_document(doc, english()):
            if not (previous_end <= s.start < s.end <= len(doc.text)):
                raise Broken(f"bad span {s.start}:{s.end} after {previous_end} in {doc.id!r}")
            if doc.text[s.start : s.end] != s.text:
                raise Broken(f"span text differs in {doc.id!r} at {s.start}")
            previous_end = s.end


def check_summarizer(docs, rng: random.Random) -> bool:  # type: ignore[no-untyped-def]
    """True when a summary was made (and checked)."""
    from summarizer import summarize
    from summarizer.duplicates import fold_words, same_fact
    from summarizer.errors import SummarizerError
    from summarizer.language import count_words, english

    if not docs:
        return False
    budget = rng.choice([{"max_sentences": rng.randint(1, 8)}, {"max_words": rng.randint(1, 300)},
                         {"max_chars": rng.randint(1, 2000)}, {}])  # fmt: skip
    try:
        summary = summarize(docs, **budget)
    except SummarizerError:
        return False
    texts = {d.id: d.text for d in docs}
    for s in summary.sentences:
        first = s.sources[0]
        if texts[first.doc_id][first.start : first.end] != s.text:
            raise Broken(f"summary sentence is not verbatim: {s.text[:60]!r}")
        for src in s.sources:  # each source says the sentence, or a declared near match
            if not 0 <= src.start < src.end <= len(texts[src.doc_id]):
                raise Broken(f"bad source span {src.start}:{src.end} in {src.doc_id!r}")
            said = fold_words(texts[src.doc_id][src.start : src.end])
            if src.match == "exact" and said != fold_words(s.text):
                raise Broken(f"an exact source has other words: {s.text[:60]!r}")
            if src.match == "near" and not same_fact(said, fold_words(s.text), english()):
                raise Broken(f"a near source states another fact: {s.text[:60]!r}")
    texts_out = [s.text for s in summary.sentences]
    if len(texts_out) > budget.get("max_sentences", len(texts_out)):
        raise Broken("sentence budget exceeded")
    if sum(map(count_words, texts_out)) > budget.get("max_words", 150 if not budget else 10**9):
        raise Broken("word budget exceeded")
    if len(" ".join(texts_out)) > budget.get("max_chars", 10**9):
        raise Broken("character budget exceeded")
    if summarize(docs, **budget).to_dict(explain=True) != summary.to_dict(explain=True):
        raise Broken("not deterministic")
    return bool(summary.sentences)


def check_command(paths: list[Path], rng: random.Random) -> int:
    from rich.console import Console

    from summarizer.cli import main

    fmt = rng.choice(["rich", "text", "markdown", "json"])
    # Real encoders behind the consoles: text that cannot be encoded must fail here too.
    out_file = io.TextIOWrapper(io.BytesIO(), encoding="utf-8")
    err_file = io.TextIOWrapper(io.BytesIO(), encoding="utf-8")
    out = Console(file=out_file, width=100, force_terminal=fmt == "rich", highlight=False)
    err = Console(file=err_file, width=100, highlight=False)
    args = [*map(str, paths), "--format", fmt, *rng.choice([[], ["--explain"], ["--verbose"]])]
    code = main(args, console=out, err_console=err)
    out_file.flush()
    err_file.flush()
    stdout = out_file.buffer.getvalue().decode("utf-8")
    stderr = err_file.buffer.getvalue().decode("utf-8")
    if code not in (0, 1, 3):
        raise Broken(f"exit code {code}: {stderr[-300:]}")
    if "Traceback" in stderr or "internal error" in stderr:
        raise Broken(f"traceback or internal error: {stderr[-300:]}")
    raw = stdout if fmt != "rich" else _strip_sgr(stdout)
    if "\x1b" in raw:
        raise Broken("raw escape character in the output")
    if fmt == "json" and code in (0, 3):
        json.loads(stdout)
    return code


def _strip_sgr(text: str) -> str:
    return re.sub(r"\x1b\[[0-9;:]*m", "", text)


# -- driver -------------------------------------------------------------------------------


class _Timeout(Exception):
    pass


def _alarm(signum: int, frame: Any) -> None:
    raise _Timeout


def run_one(
    files: list[tuple[str, bytes]],
    rng_seed: int,
    timeout: float,
    reached: Counter[str] | None = None,
) -> tuple[str, str] | None:
    """Run every target on one input; (target, problem) when a promise breaks.

    ``reached`` counts how far inputs got: documents loaded, a summary made,
    the command exiting 0.
    """
    rng = random.Random(rng_seed)
    reached = Counter() if reached is None else reached
    target = "loader"
    with tempfile.TemporaryDirectory() as tmp:
        paths = []
        for k, (suffix, data) in enumerate(files):
            path = Path(tmp) / f"in{k}{suffix}"
            path.write_bytes(data)
            paths.append(path)
        inputs = [Path(tmp)] if len(paths) > 1 else paths
        old = signal.signal(signal.SIGALRM, _alarm)
        signal.setitimer(signal.ITIMER_REAL, timeout)
        try:
            docs = check_loader(inputs)
            reached["documents loaded"] += bool(docs)
            target = "splitter"
            check_splitter(docs)
            target = "summarizer"
            reached["summary made"] += check_summarizer(docs, rng)
            target = "command"
            reached["command exit 0"] += check_command(inputs, rng) == 0
        except Broken as exc:
            return target, str(exc)
        except _Timeout:
            return target, f"over {timeout:.0f} s"
        except Exception:  # noqa: BLE001 - any other exception is a finding
            return target, traceback.format_exc(limit=6)
        finally:
            signal.setitimer(signal.ITIMER_REAL, 0)
            signal.signal(signal.SIGALRM, old)
    return None


def save_crash(
    directory: Path, n: int, files: list[tuple[str, bytes]], seed: int, target: str, problem: str
) -> Path:
    directory.mkdir(parents=True, exist_ok=True)
    path = directory / f"crash-{n}.json"
    record = {
        "target": target,
        "problem": problem,
        "rng_seed": seed,
        "files": [{"suffix": s, "base64": base64.b64encode(d).decode()} for s, d in files],
        "replay": f"python benchmarks/fuzz.py --replay {path}",
    }
    path.write_text(json.dumps(record, indent=2) + "\n", encoding="utf-8")
    return path


def replay(path: Path, timeout: float) -> int:
    record = json.loads(path.read_text(encoding="utf-8"))
    files = [(f["suffix"], base64.b64decode(f["base64"])) for f in record["files"]]
    found = run_one(files, record["rng_seed"], timeout)
    if found is None:
        print("no problem (fixed?)")
        return 0
    print(f"{found[0]}: {found[1]}")
    return 1


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--seconds", type=float, default=60.0, help="how long to run")
    parser.add_argument(
        "--inputs", type=int, help="stop after this many inputs (default: run for --seconds)"
    )
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--timeout", type=float, default=60.0, help="seconds per input")
    parser.add_argument("--output", type=Path, default=RESULTS / "fuzz.json")
    parser.add_argument("--crashes", type=Path, default=RESULTS / "fuzz-crashes")
    parser.add_argument("--replay", type=Path, help="rerun one saved crash")
    args = parser.parse_args(argv)
    if args.replay:
        return replay(args.replay, args.timeout)

    import logging

    from rich.console import Console
    from rich.table import Table

    logging.getLogger("summarizer").setLevel(logging.CRITICAL)  # notices are expected here
    console = Console()
    rng = random.Random(args.seed)
    seeds = seed_texts()
    tried: Counter[str] = Counter()
    reached: Counter[str] = Counter()
    found: list[dict[str, Any]] = []
    start = time.perf_counter()
    n = 0
    while time.perf_counter() - start < args.seconds and (args.inputs is None or n < args.inputs):
        n += 1
        files = [
            make_input(rng, seeds) for _ in range(1 if rng.random() < 0.7 else rng.randint(2, 4))
        ]
        tried[f"{len(files)} file(s)"] += 1
        seed = rng.randrange(2**32)
        result = run_one(files, seed, args.timeout, reached)
        if result is not None:
            path = save_crash(args.crashes, len(found) + 1, files, seed, *result)
            found.append(
                {
                    "input": n,
                    "target": result[0],
                    "problem": result[1][:500],
                    "reproducer": str(path),
                }
            )
            console.print(f"[red]input {n}: {result[0]}: {result[1].splitlines()[-1][:200]}[/red]")
        if n % 500 == 0:
            console.print(
                f"{n:,} inputs, {len(found)} problems, {time.perf_counter() - start:.0f} s"
            )
    elapsed = time.perf_counter() - start
    report = {
        "command": "python benchmarks/fuzz.py " + " ".join(sys.argv[1:]),
        "seed": args.seed,
        "seconds": round(elapsed, 1),
        "inputs": n,
        "inputs_by_files": dict(tried),
        "reached": dict(reached),
        "targets": ["loader", "splitter", "summarizer", "command"],
        "problems": found,
    }
    table = Table(title=f"Fuzzing for {elapsed:.0f} s (seed {args.seed})", title_justify="left")
    columns = ("inputs tried", "documents loaded", "summary made", "command exit 0", "problems")
    for col in columns:
        table.add_column(col, justify="right")
    table.add_row(f"{n:,}", *(f"{reached[c]:,}" for c in columns[1:4]), str(len(found)))
    console.print(table)
    args.output.parent.mkdir(parents=True, exist_ok=True)
    args.output.write_text(json.dumps(report, indent=2) + "\n", encoding="utf-8")
    console.print(f"wrote {args.output}")
    return 1 if found else 0


if __name__ == "__main__":
    with contextlib.suppress(KeyboardInterrupt):
        sys.exit(main())
