"""Tests of the ``summarizer`` command, driven in-process through ``cli.main``.

Output is captured with recording rich consoles: ``force_terminal=True``
stands for a terminal (rich format by default), the default for a pipe.
Every fixture file is generated in ``tmp_path``.
"""

from __future__ import annotations

import io
import json
import os
import random
import re
import shlex
import subprocess
import sys
import types
from pathlib import Path

import jsonschema
import pytest
from rich.console import Console
from support import DEFAULTS, EN, check_source_matches

import summarizer
from summarizer import Document
from summarizer.cli import main
from summarizer.duplicates import fold_words, same_fact
from summarizer.language import fold
from summarizer.sentences import split_document
from summarizer.summary import SCHEMA_VERSION

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"
SCHEMA_PATH = ROOT / "summarizer" / "summary.schema.json"

#: Rich markup, terminal escape sequences and a bidi override inside document text.
INJECTED_MARKUP = "[bold red]Alert[/] markup [link=http://evil.example]click[/link] stays literal."
INJECTED_ESCAPES = "The sequence \x1b[2J\x1b]8;;http://evil\x07 escape sequences are data."
INJECTED_BIDI = "A reversed \u202e text marker appears in this ordinary news sentence."

STDIN_NEWS = (
    b"The regional water authority announced new restrictions on Tuesday after weeks "
    b"of dry weather. Farmers in the valley said the limits would hurt this year's "
    b"harvest. The authority expects reservoir levels to recover if autumn rains arrive "
    b"on time. Officials will review the restrictions again at the end of next month.\n"
)

SGR = re.compile(r"\x1b\[([0-9;:]*)m")


# -- helpers -------------------------------------------------------------------


@pytest.fixture(autouse=True)
def _plain_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    """Environment variables rich reads must not leak in from the caller."""
    for name in ("NO_COLOR", "FORCE_COLOR", "TTY_COMPATIBLE", "TTY_INTERACTIVE", "COLUMNS"):
        monkeypatch.delenv(name, raising=False)


def make_console(*, terminal: bool = False, width: int = 100) -> Console:
    """A recording console; a terminal with colours, or a pipe."""
    if terminal:
        return Console(
            file=io.StringIO(),
            width=width,
            record=True,
            force_terminal=True,
            color_system="truecolor",
            highlight=False,
        )
    return Console(file=io.StringIO(), width=width, record=True, highlight=False)


class Run:
    """Result of one call of ``main``."""

    def __init__(self, code: int, out: Console, err: Console) -> None:
        self.code = code
        self.out_console = out
        self.err_console = err

    @property
    def raw(self) -> str:
        return self.out_console.file.getvalue()

    @property
    def err(self) -> str:
        return self.err_console.file.getvalue()

    def export(self) -> str:
        return self.out_console.export_text()

    def lines(self) -> list[str]:
        return self.raw.splitlines()

    def err_lines(self) -> list[str]:
        return [line for line in self.err.splitlines() if line.strip()]


def run(
    *argv: str | os.PathLike[str],
    terminal: bool = False,
    out: Console | None = None,
    err: Console | None = None,
) -> Run:
    out = out or make_console(terminal=terminal)
    err = err or make_console()
    code = main([str(a) for a in argv], console=out, err_console=err)
    return Run(code, out, err)


def colour_codes(raw: str) -> list[str]:
    """The SGR sequences in ``raw`` that set a foreground or background colour."""
    found = []
    for m in SGR.finditer(raw):
        params = [int(p) if p.isdigit() else 0 for p in re.split("[;:]", m.group(1))]
        # 30-37/90-97 foreground, 40-47/100-107 background, 38/48 extended colours.
        if any(30 <= p <= 38 or 40 <= p <= 48 or 90 <= p <= 107 for p in params):
            found.append(m.group(0))
    return found


def assert_no_colour(raw: str) -> None:
    assert "\x1b[3" not in raw
    assert "\x1b[38" not in raw
    assert colour_codes(raw) == []


def panel_body(exported: str) -> str:
    """The text inside the "Summary" panel, whitespace normalised."""
    lines = exported.splitlines()
    top = next(i for i, line in enumerate(lines) if line.startswith("╭"))
    bottom = next(i for i, line in enumerate(lines) if line.startswith("╰"))
    inner = [line.strip()[1:-1] for line in lines[top + 1 : bottom]]
    return " ".join(" ".join(inner).split())


def squash(text: str) -> str:
    return " ".join(text.split())


def assert_one_error(result: Run, *, code: int, notices: int = 0) -> str:
    """One ``summarizer: error:`` line on err (after ``notices`` notice lines); out empty."""
    assert result.code == code
    assert "Traceback" not in result.err
    assert result.raw == ""
    lines = result.err_lines()
    assert len(lines) == notices + 1, lines
    assert all(line.startswith("summarizer:") for line in lines), lines
    assert lines[-1].startswith("summarizer: error: "), lines
    return lines[-1]


def assert_usage_error(result: Run) -> str:
    """argparse: usage lines, then one ``summarizer: error:`` line; exit 2."""
    assert result.code == 2
    assert "Traceback" not in result.err
    assert result.raw == ""
    lines = result.err_lines()
    assert lines[0].startswith("usage: summarizer")
    assert lines[-1].startswith("summarizer: error: ")
    assert [line for line in lines if line.startswith("summarizer:")] == [lines[-1]]
    return lines[-1]


@pytest.fixture(scope="module")
def seed_texts() -> dict[str, str]:
    # Decoded exactly as the loader does (no newline translation).
    texts = {p.name: p.read_bytes().decode("utf-8") for p in sorted(SEEDS.glob("*.txt"))}
    assert len(texts) == 5
    return texts


@pytest.fixture(scope="module")
def validator() -> jsonschema.Draft202012Validator:
    schema = json.loads(SCHEMA_PATH.read_text(encoding="utf-8"))
    jsonschema.Draft202012Validator.check_schema(schema)
    return jsonschema.Draft202012Validator(schema)


def check_spans(data: dict, texts: dict[str, str]) -> None:
    assert data["schema_version"] == SCHEMA_VERSION
    assert data["sentences"]
    assert data["text"] == " ".join(s["text"] for s in data["sentences"])
    for s in data["sentences"]:
        doc = texts[s["doc_id"]]
        assert doc[s["start"] : s["end"]] == s["text"]
        assert s["sources"][0] == {
            "doc_id": s["doc_id"],
            "start": s["start"],
            "end": s["end"],
            "match": "exact",
            "similarity": 1.0,
        }
        for src in s["sources"]:
            assert src["doc_id"] in texts
            assert 0 <= src["start"] < src["end"] <= len(texts[src["doc_id"]])
            span = texts[src["doc_id"]][src["start"] : src["end"]]
            check_source_matches(s["text"], span, src["match"], src["similarity"])
        carrying = {src["doc_id"] for src in s["sources"]}
        for sup in s["support"]:  # other documents, in other words, at least as similar
            assert sup["doc_id"] in texts and sup["doc_id"] not in carrying
            assert 0 <= sup["start"] < sup["end"] <= len(texts[sup["doc_id"]])
            assert DEFAULTS.redundancy_threshold <= sup["similarity"] <= 1
        assert len({sup["doc_id"] for sup in s["support"]}) == len(s["support"])


# -- 1. the seed corpus in every format ------------------------------------------


def test_rich_is_default_on_a_terminal(seed_texts: dict[str, str]) -> None:
    result = run(SEEDS, terminal=True)
    assert result.code == 0
    assert result.err == ""
    text = result.export()
    assert re.search(r"^╭─+ Summary ─", text, re.M)
    # Styled: colours for the citation numbers (so the no-colour tests can fail).
    assert colour_codes(result.raw)

    body = panel_body(text)
    sentences = run(SEEDS, "--format", "text").lines()
    assert sentences
    for sentence in sentences:
        # Every summary sentence is in the panel, followed by its citation marker.
        m = re.search(re.escape(squash(sentence)) + r" \[(\d+(?:,\d+)*)\]", body)
        assert m, sentence
        assert all(1 <= int(n) <= 5 for n in m.group(1).split(","))

    assert re.search(r"^\s*#\s+source\s+read\s+used\s*$", text, re.M)
    for name in seed_texts:
        assert re.search(rf"\[\d\]\s+{re.escape(name)}\s+\d+\s+\d+", text), name

    flat = squash(text)
    assert "5 documents" in flat
    assert re.search(r"\d+ duplicates merged", flat)
    assert re.search(r"\d+ boilerplate dropped", flat)
    assert re.search(r"\d+\.\d+ s\b", flat)


def test_text_format_one_sentence_per_line(seed_texts: dict[str, str]) -> None:
    result = run(SEEDS, "--format", "text", terminal=True)
    assert result.code == 0
    assert "\x1b" not in result.raw
    lines = result.lines()
    assert len(lines) >= 2
    for line in lines:
        assert line and line == line.strip()
        assert any(line in text for text in seed_texts.values()), line
    # Nothing but the sentences: no panel, sources table or footer.
    assert "Summary" not in result.raw
    assert "duplicates merged" not in result.raw
    assert not re.search(r"\[\d\]", result.raw)


def test_pipe_defaults_to_plain_text(seed_texts: dict[str, str]) -> None:
    result = run(SEEDS)
    assert result.code == 0
    assert "\x1b[" not in result.raw
    assert "\x1b[" not in result.err
    lines = result.lines()
    assert lines
    for line in lines:
        assert any(line in text for text in seed_texts.values()), line
    # The same as asking for text explicitly.
    assert result.raw == run(SEEDS, "--format", "text").raw


def test_json_format_validates_and_spans_match(
    seed_texts: dict[str, str], validator: jsonschema.Draft202012Validator
) -> None:
    result = run(SEEDS, "--format", "json")
    assert result.code == 0
    data = json.loads(result.raw)
    validator.validate(data)
    check_spans(data, seed_texts)
    assert [d["id"] for d in data["documents"]] == sorted(seed_texts)
    assert data["stats"]["documents"] == 5
    assert "clusters" not in data and "dropped" not in data


def test_json_explain_has_clusters_and_dropped(
    seed_texts: dict[str, str], validator: jsonschema.Draft202012Validator
) -> None:
    result = run(SEEDS, "--format", "json", "--explain")
    assert result.code == 0
    data = json.loads(result.raw)
    validator.validate(data)
    check_spans(data, seed_texts)
    assert data["clusters"]
    assert data["dropped"]
    reasons = {d["reason"] for d in data["dropped"]}
    assert {"duplicate", "boilerplate"} <= reasons
    chosen = {(s["doc_id"], s["start"], s["end"]) for s in data["sentences"]}
    for d in data["dropped"]:
        assert seed_texts[d["doc_id"]][d["start"] : d["end"]] == d["text"]
        related = d["related"]
        if d["reason"] in ("duplicate", "redundant"):
            # It says which sentence it repeats: a duplicate the sentence kept for
            # it (the same words, or a near match), a redundant one a chosen sentence.
            kept = seed_texts[related["doc_id"]][related["start"] : related["end"]]
            if d["reason"] == "redundant":
                assert (related["doc_id"], related["start"], related["end"]) in chosen
            elif d["detail"].startswith("duplicate"):
                assert fold(kept) == fold(d["text"])
            else:
                assert d["detail"].startswith("near-duplicate")
                assert same_fact(fold_words(kept), fold_words(d["text"]), EN)
        else:
            assert related is None
    assert any(d["related"] for d in data["dropped"] if d["reason"] == "redundant")
    assert any(d["related"] for d in data["dropped"] if d["reason"] == "duplicate")


def test_json_index_is_the_sentence_number(seed_texts: dict[str, str]) -> None:
    """``index`` counts the document's sentences (it is not an offset)."""
    data = json.loads(run(SEEDS, "--format", "json", "--sentences", "8").raw)
    for s in data["sentences"]:
        split = split_document(Document(s["doc_id"], seed_texts[s["doc_id"]]), EN)
        # A heading cut off its front makes the summary sentence start later.
        assert split[s["index"]].end == s["end"]
        assert split[s["index"]].start <= s["start"]


def test_markdown_footnotes_resolve() -> None:
    result = run(SEEDS, "--format", "markdown")
    assert result.code == 0
    lines = result.lines()
    definitions = [re.match(r"^\[\^(\d+)\]: \S", line) for line in lines]
    defined = [int(m.group(1)) for m in definitions if m]
    prose = "\n".join(line for line, m in zip(lines, definitions, strict=True) if not m)
    used = {int(n) for n in re.findall(r"(?<!\\)\[\^(\d+)\]", prose)}
    assert used
    assert sorted(defined) == sorted(set(defined)), "a footnote is defined twice"
    assert set(defined) == used
    assert all(1 <= n <= 5 for n in used)


@pytest.mark.parametrize("n", [5, 1])
def test_sentence_budget(n: int) -> None:
    result = run(SEEDS, "--sentences", str(n), "--format", "text")
    assert result.code == 0
    assert len(result.lines()) == n


@pytest.mark.parametrize("limit", [60, 25, 150])
def test_word_budget(limit: int) -> None:
    result = run(SEEDS, "--words", str(limit), "--format", "text")
    assert result.code == 0
    lines = result.lines()
    assert lines
    assert sum(len(line.split()) for line in lines) <= limit


@pytest.mark.parametrize("option", ["--chars", "--words"])
def test_a_budget_met_exactly_is_kept(option: str) -> None:
    """A budget equal to a summary's own length gives that summary; one less,
    a shorter one: separators between sentences are counted, and nothing
    about today's output is assumed."""
    loose = run(SEEDS, option, "600" if option == "--chars" else "120", "--format", "text")
    lines = loose.lines()
    assert loose.code == 0 and lines

    def size(lines: list[str]) -> int:
        return len(" ".join(lines)) if option == "--chars" else len(" ".join(lines).split())

    exact = run(SEEDS, option, str(size(lines)), "--format", "text")
    assert exact.lines() == lines
    below = run(SEEDS, option, str(size(lines) - 1), "--format", "text")
    assert below.lines() != lines and size(below.lines()) <= size(lines) - 1


def test_explain_in_rich_format() -> None:
    result = run(SEEDS, "--explain", terminal=True)
    assert result.code == 0
    text = result.export()
    for title in ("Topic clusters", "Chosen sentences", "Dropped"):
        assert re.search(rf"^{title}\b", text, re.M), title
    assert "duplicate" in text and "boilerplate" in text
    # Not there without --explain.
    assert "Topic clusters" not in run(SEEDS, terminal=True).export()


def test_no_color_option_on_a_terminal() -> None:
    result = run(SEEDS, "--no-color", terminal=True)
    assert result.code == 0
    assert "Summary" in result.export()
    assert_no_colour(result.raw)


def test_no_color_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("NO_COLOR", "1")
    result = run(SEEDS, terminal=True)
    assert result.code == 0
    assert re.search(r"^╭─+ Summary ─", result.export(), re.M)
    assert_no_colour(result.raw)


# -- 2. help and version ---------------------------------------------------------


def test_help() -> None:
    result = run("--help")
    assert result.code == 0
    assert result.raw.startswith("usage: summarizer")
    for option in ("--sentences", "--words", "--chars", "--format", "--explain", "--no-color"):
        assert option in result.raw
    assert result.err == ""


def test_version() -> None:
    result = run("--version")
    assert result.code == 0
    assert result.raw.strip() == f"summarizer {summarizer.__version__}"
    assert re.fullmatch(r"summarizer \d+\.\d+\.\d+\n", result.raw)
    assert result.err == ""


def test_python_dash_m_version(tmp_path: Path) -> None:
    env = {k: v for k, v in os.environ.items() if k not in ("NO_COLOR", "FORCE_COLOR")}
    proc = subprocess.run(
        [sys.executable, "-m", "summarizer", "--version"],
        cwd=tmp_path,
        capture_output=True,
        text=True,
        timeout=60,
        env=env,
    )
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout.strip() == f"summarizer {summarizer.__version__}"
    assert "Traceback" not in proc.stderr


# -- 3. errors -------------------------------------------------------------------
# Relative paths (cwd = tmp_path) keep every message shorter than the console;
# see test_long_messages_stay_on_one_line for longer ones.


def test_missing_path(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    line = assert_one_error(run("no-such-file.txt"), code=1)
    assert "no-such-file.txt" in line


def test_directory_without_text_files(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    folder = tmp_path / "pics"
    folder.mkdir()
    (folder / "photo.png").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR")
    (folder / ".notes.txt").write_text("A hidden note that is not read by default at all.\n")
    # The routine skips are summed up on one notice line before the error.
    line = assert_one_error(run("pics"), code=1, notices=1)
    assert "pics" in line
    assert "no text documents" in line


def test_empty_directory(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    (tmp_path / "empty").mkdir()
    line = assert_one_error(run("empty"), code=1)
    assert "empty" in line


def test_jsonl_with_only_malformed_lines(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    (tmp_path / "bad.jsonl").write_text('{"id": 1, "text": \nnot json\n[1, 2]\n{"id": "x"}\n')
    # Each malformed line is reported on a line of its own, then the error.
    line = assert_one_error(run("bad.jsonl"), code=1, notices=4)
    assert "bad.jsonl" in line


def test_whitespace_only_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    (tmp_path / "blank.txt").write_text("  \n\t\n   \n\n")
    result = run("blank.txt")
    assert result.code == 1
    assert result.err_lines()[0] == "summarizer: blank.txt: skipped: only white space"
    assert result.err_lines()[1].startswith("summarizer: error: no text documents found")
    assert len(result.err_lines()) == 2


@pytest.mark.parametrize(
    ("options", "message"),
    [
        (["--words", "0"], "argument --words: must be at least 1, got 0"),
        (["--words", "abc"], "argument --words: expected a whole number, got 'abc'"),
        (["--sentences", "-3"], "argument --sentences: must be at least 1, got -3"),
        (
            ["--words", "10", "--sentences", "2"],
            "argument --sentences: not allowed with argument --words",
        ),
        (["--chars", "1.5"], "argument --chars: expected a whole number, got '1.5'"),
    ],
    ids=["words-0", "words-abc", "sentences-negative", "two-budgets", "chars-fraction"],
)
def test_bad_budget(options: list[str], message: str) -> None:
    assert assert_usage_error(run(SEEDS, *options)) == f"summarizer: error: {message}"


def test_two_budgets_message() -> None:
    line = assert_usage_error(run(SEEDS, "--words", "10", "--sentences", "2"))
    assert "--words" in line and "--sentences" in line


def test_unknown_option() -> None:
    line = assert_usage_error(run(SEEDS, "--frobnicate"))
    assert "--frobnicate" in line


@pytest.mark.skipif(
    not hasattr(os, "geteuid") or os.geteuid() == 0, reason="root can read a mode-000 file"
)
def test_unreadable_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    locked = tmp_path / "locked.txt"
    locked.write_text("The committee met on Monday. It approved the budget for next year.\n")
    locked.chmod(0)
    try:
        line = assert_one_error(run("locked.txt"), code=1)
    finally:
        locked.chmod(0o644)
    assert "locked.txt" in line


def test_unreadable_file_simulated(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The same as test_unreadable_file, also when running as root."""
    monkeypatch.chdir(tmp_path)
    locked = tmp_path / "locked.txt"
    locked.write_text("The committee met on Monday. It approved the budget for next year.\n")
    real_open = Path.open

    def deny(self: Path, *args: object, **kwargs: object):  # type: ignore[no-untyped-def]
        if self.name == "locked.txt":
            raise PermissionError(13, "Permission denied", str(self))
        return real_open(self, *args, **kwargs)

    monkeypatch.setattr(Path, "open", deny)
    line = assert_one_error(run("locked.txt"), code=1)
    assert "locked.txt" in line and "permission" in line.lower()


@pytest.mark.parametrize("kind", ["error", "notice"])
def test_long_messages_stay_on_one_line(tmp_path: Path, kind: str) -> None:
    deep = tmp_path / "a-rather-long-directory-name" / "and-another-long-subdirectory"
    deep.mkdir(parents=True)
    if kind == "error":
        argv = [deep / "missing-file.txt"]
    else:
        (deep / "story.txt").write_text(
            "The council approved the harbour budget on Monday evening. "
            "Officials said construction would begin next spring.\n"
        )
        (deep / "blob-with-a-long-name.txt").write_bytes(b"\x00\x01binary\x00data")
        argv = [deep]
    err = Console(file=io.StringIO(), width=80)  # what rich uses for a piped stderr
    result = run(*argv, err=err)
    assert "Traceback" not in result.err
    lines = result.err_lines()
    # The message, then (for a skip) the run's count of skipped inputs.
    assert len(lines) == (1 if kind == "error" else 2), lines
    assert all(line.startswith("summarizer:") for line in lines)
    assert str(deep) in lines[0]


# -- 4. skipped inputs -----------------------------------------------------------


def write_story(path: Path) -> None:
    path.write_text(
        "The city council approved the new harbour budget on Monday evening. "
        "Officials said construction of the new harbour would begin next spring. "
        "Local businesses welcomed the decision after years of delays.\n",
        encoding="utf-8",
    )


@pytest.fixture
def mixed_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.chdir(tmp_path)
    folder = tmp_path / "mixed"
    folder.mkdir()
    write_story(folder / "story.txt")
    (folder / "photo.png").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR")
    (folder / ".draft.txt").write_text("A hidden draft that should never be summarized at all.\n")
    return Path("mixed")


def test_skipped_inputs_summarised(mixed_dir: Path) -> None:
    result = run(mixed_dir, "--format", "text")
    assert result.code == 0
    assert result.lines()
    assert "hidden draft" not in result.raw
    lines = result.err_lines()
    assert len(lines) == 2, lines
    assert all(line.startswith("summarizer:") for line in lines)
    assert "skipped 2 hidden or non-text files" in lines[0]
    assert lines[1] == "summarizer: summarised 1 document; skipped 2 inputs"
    assert "photo.png" not in result.err


def test_skipped_inputs_verbose(mixed_dir: Path) -> None:
    result = run(mixed_dir, "--format", "text", "--verbose")
    assert result.code == 0
    lines = result.err_lines()
    assert len(lines) == 3, lines
    assert lines[-1] == "summarizer: summarised 1 document; skipped 2 inputs"
    png = [line for line in lines if str(mixed_dir / "photo.png") in line]
    hidden = [line for line in lines if str(mixed_dir / ".draft.txt") in line]
    assert len(png) == 1 and "not a .txt" in png[0]
    assert len(hidden) == 1 and "hidden" in hidden[0]
    assert all(line.startswith("summarizer:") and "skipped" in line for line in lines)


def test_binary_file_reported_without_verbose(tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    monkeypatch.chdir(tmp_path)
    folder = tmp_path / "docs"
    folder.mkdir()
    write_story(folder / "story.txt")
    (folder / "blob.txt").write_bytes(b"GIF89a\x00\x00\x01\x02binary\x00data" * 20)
    result = run("docs", "--format", "text")
    assert result.code == 0
    assert result.lines()
    binary = [line for line in result.err_lines() if "blob.txt" in line]
    assert len(binary) == 1
    assert binary[0].startswith("summarizer:")
    assert "binary" in binary[0]


# -- 5. document text is data, not markup or terminal control --------------------


@pytest.fixture
def injection_dir(tmp_path: Path) -> Path:
    folder = tmp_path / "inject"
    folder.mkdir()
    (folder / "a.txt").write_text(
        "The city council approved the new harbour budget on Monday evening. "
        f"{INJECTED_MARKUP} "
        "Officials said construction of the harbour would begin next spring.\n",
        encoding="utf-8",
    )
    (folder / "b.txt").write_text(
        "Residents gathered outside the council building to discuss the harbour plan. "
        f"{INJECTED_ESCAPES} {INJECTED_BIDI}\n",
        encoding="utf-8",
        newline="",
    )
    return folder


def test_injection_rich(injection_dir: Path) -> None:
    result = run(injection_dir, "--sentences", "10", terminal=True)
    assert result.code == 0
    text = result.export()
    body = panel_body(text)
    assert "stays literal." in body
    assert "escape sequences are data." in body
    assert "ordinary news sentence." in body
    assert "[bold red]" in text and "[/]" in text
    assert "[link=http://evil.example]click[/link]" in body
    raw = result.raw
    assert "\x1b[2J" not in raw
    assert "\x1b]8;;" not in raw
    assert "\x1b]" not in raw  # no hyperlinks or other OSC sequences at all
    assert "\x07" not in raw
    assert "\u202e" not in raw


@pytest.mark.parametrize("fmt", ["text", "markdown"])
def test_injection_plain_formats(injection_dir: Path, fmt: str) -> None:
    result = run(injection_dir, "--sentences", "10", "--format", fmt)
    assert result.code == 0
    raw = result.raw
    assert "stays literal." in raw
    assert "escape sequences are data." in raw
    assert "ordinary news sentence." in raw
    assert "\x1b" not in raw
    assert "\x07" not in raw
    assert "\u202e" not in raw
    if fmt == "text":
        assert INJECTED_MARKUP in result.lines()
    else:
        # Markdown link/footnote syntax from the document is escaped.
        assert "\\[bold red\\]" in raw
        assert "[link=" not in raw.replace("\\[link=", "")


def test_injection_json_keeps_text(
    injection_dir: Path, validator: jsonschema.Draft202012Validator
) -> None:
    result = run(injection_dir, "--sentences", "10", "--format", "json")
    assert result.code == 0
    assert "\x1b" not in result.raw  # JSON escapes control characters
    assert "\u202e" not in result.raw  # ... and bidi overrides, written as \\u202e
    assert "\\u202e" in result.raw
    data = json.loads(result.raw)
    validator.validate(data)
    texts = {p.name: p.read_bytes().decode("utf-8") for p in sorted(injection_dir.glob("*.txt"))}
    check_spans(data, texts)
    sentences = [s["text"] for s in data["sentences"]]
    for injected in (INJECTED_MARKUP, INJECTED_ESCAPES, INJECTED_BIDI):
        assert injected in sentences
    assert "\x1b[2J" in data["text"] and "\u202e" in data["text"]


# -- 6. standard input -----------------------------------------------------------


def test_stdin(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(sys, "stdin", types.SimpleNamespace(buffer=io.BytesIO(STDIN_NEWS)))
    result = run("-", "--sentences", "2", "--format", "text")
    assert result.code == 0
    assert result.err == ""
    lines = result.lines()
    assert len(lines) == 2
    text = STDIN_NEWS.decode("utf-8")
    assert all(line in text for line in lines)


def test_stdin_json_document_id(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(sys, "stdin", types.SimpleNamespace(buffer=io.BytesIO(STDIN_NEWS)))
    data = json.loads(run("-", "--sentences", "2", "--format", "json").raw)
    assert [d["id"] for d in data["documents"]] == ["stdin"]
    check_spans(data, {"stdin": STDIN_NEWS.decode("utf-8")})


# -- 7. determinism --------------------------------------------------------------


@pytest.mark.parametrize("fmt", ["text", "json"])
def test_deterministic(fmt: str) -> None:
    argv = (SEEDS, "--words", "80", "--format", fmt, "--explain")
    first, second = run(*argv), run(*argv)
    assert first.code == second.code == 0
    assert first.raw
    assert first.raw == second.raw


# -- 8. progress -------------------------------------------------------------------


def test_progress_goes_to_stderr_only_on_large_inputs(tmp_path: Path) -> None:
    """Over 300 documents, a progress display runs on stderr (a terminal) and
    never reaches stdout; small inputs run without one."""
    corpus = tmp_path / "many"
    corpus.mkdir()
    for i in range(320):
        (corpus / f"{i:03d}.txt").write_text(
            f"Report {i} says the river rose {i} centimetres overnight in the valley. "
            f"Residents of district {i} were told to move their cars to higher ground.",
            encoding="utf-8",
        )
    err = make_console(terminal=True)
    result = run(corpus, "--sentences", "3", "--format", "text", err=err)
    assert result.code == 0
    assert 1 <= len(result.raw.splitlines()) <= 3  # templated documents: near-duplicates merge
    assert "split" not in result.raw and "loading" not in result.raw
    assert "split" in err.file.getvalue()  # the stage names of the progress display


def test_small_inputs_show_progress_only_after_a_delay(monkeypatch: pytest.MonkeyPatch) -> None:
    """No wall clock: the display's clock is replaced by one the test moves."""
    from summarizer import cli

    now = [100.0]
    monkeypatch.setattr(cli.time, "monotonic", lambda: now[0])
    err = make_console(terminal=True)
    display = cli._ProgressDisplay(err)
    display.update("split", 1, 5)
    assert not display.started and err.file.getvalue() == ""
    now[0] += cli.PROGRESS_AFTER_SECONDS
    display.update("split", 2, 5)
    assert display.started and "split" in err.file.getvalue()
    display.stop()

    monkeypatch.setattr(cli, "PROGRESS_AFTER_SECONDS", float("inf"))  # however slow the machine
    small_err = make_console(terminal=True)
    small = run(SEEDS, "--sentences", "3", "--format", "text", err=small_err)
    assert small.code == 0
    assert small_err.file.getvalue() == ""


def test_jobs_option_gives_the_same_output() -> None:
    one = run(SEEDS, "--format", "json", "--jobs", "1")
    two = run(SEEDS, "--format", "json", "--jobs", "2")
    assert one.code == two.code == 0
    assert one.raw == two.raw
    assert run(SEEDS, "--jobs", "0").code == 2


# -- 9. an empty summary, invalid Unicode, many sources ---------------------------


@pytest.mark.parametrize("fmt", ["rich", "text", "markdown", "json"])
@pytest.mark.parametrize(("option", "unit"), [("--words", "word"), ("--chars", "character")])
def test_nothing_fits_the_budget(fmt: str, option: str, unit: str) -> None:
    """The user is told why on stderr, in the budget's own unit; exit code 3."""
    result = run(SEEDS, option, "1", "--format", fmt)
    assert result.code == 3
    lines = result.err_lines()
    assert len(lines) == 1, lines
    assert lines[0].startswith(f"summarizer: note: no sentence fits the budget of 1 {unit} ")
    assert "(the shortest candidate sentence has " in lines[0]
    assert lines[0].endswith(f" {unit}s)")
    if fmt == "text":
        assert result.raw == ""  # not an empty line
        explained = run(SEEDS, option, "1", "--format", "text", "--explain")
        assert explained.lines()[0] == "Topic clusters:"
    if fmt == "json":
        assert json.loads(result.raw)["sentences"] == []


def test_everything_set_aside_is_an_empty_summary_too(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text("Subscribe to our newsletter!\nRead more\n", encoding="utf-8")
    result = run(tmp_path, "--format", "text")
    assert result.code == 3
    assert result.raw == ""
    assert "nothing to summarize" in result.err


LONE = '{"id": "a", "text": "The council met in the old town hall \\ud800 on Monday night."}\n'


@pytest.mark.parametrize("fmt", ["rich", "text", "markdown", "json"])
def test_lone_surrogates_in_jsonl_are_written_safely(tmp_path: Path, fmt: str) -> None:
    path = tmp_path / "s.jsonl"
    path.write_text(LONE, encoding="utf-8")
    out = Console(file=io.TextIOWrapper(io.BytesIO(), encoding="utf-8"), width=100)
    result = run(path, "--format", fmt, out=out)
    assert result.code == 0, result.err
    assert "lone surrogate code point (invalid Unicode) replaced with U+FFFD" in result.err
    out.file.flush()
    written = out.file.buffer.getvalue().decode("utf-8")  # it could be encoded
    assert "old town hall" in written


def test_surrogates_given_to_the_library_are_escaped_exactly_in_json() -> None:
    from summarizer import summarize
    from summarizer.render import json_view, markdown_view, text_view

    text = "The council met in the old town hall \ud800 on Monday night."
    summary = summarize([text], max_sentences=1)
    raw = json_view(summary)
    raw.encode("utf-8")  # writable
    data = json.loads(raw)
    sentence = data["sentences"][0]
    assert sentence["text"] == text[sentence["start"] : sentence["end"]]  # still exact
    assert "\ud800" in sentence["text"]
    for view in (text_view, markdown_view):
        assert "\\ud800" in view(summary)
        view(summary).encode("utf-8")
    assert any("surrogate" in note for note in summary.notes)


def many_outlets(tmp_path: Path, n: int = 30) -> Path:
    """One wire sentence carried by n documents, each with a story of its own."""
    rng = random.Random(5)
    wire = "The central bank raised its main interest rate by half a point on Thursday."
    people = "Ana Ben Chloe Dev Eva Femi Gil Hana Ivo Jun Kai Lena Mo Nia Omar Pia".split()
    firms = "Acme Borealis Cobalt Delta Ember Fjord Granite Harbor Indigo Juniper".split()
    effects = "mortgages savers exporters shares the currency housing borrowers pensions".split()
    for i in range(n):
        (tmp_path / f"outlet{i:02d}.txt").write_text(
            f"{wire} {rng.choice(people)} of {rng.choice(firms)} said the central bank's "
            f"rate rise would hit {rng.choice(effects)} within {i + 2} months.",
            encoding="utf-8",
        )
    return tmp_path


@pytest.mark.parametrize("width", [40, 60, 100])
def test_many_sources_are_cited_by_the_first_few_and_a_count(tmp_path: Path, width: int) -> None:
    corpus = many_outlets(tmp_path)
    result = run(
        corpus, "--sentences", "2", terminal=True, out=make_console(terminal=True, width=width)
    )
    assert result.code == 0
    exported = result.export()
    assert "[1,2,3,4 +26 more]" in panel_body(exported)
    assert_no_number_cut(exported)
    lines = exported.splitlines()
    rows = [line for line in lines if re.match(r"\s*\[\d+\]", line)]
    assert len(rows) == 20
    assert "10 more documents" in squash(exported) and "--verbose" in exported
    out = make_console(terminal=True, width=width)
    verbose = run(corpus, "--sentences", "2", "--verbose", "--explain", out=out).export()
    assert "+26 more" not in panel_body(verbose)
    assert "[1,2,3,4,5,6,7,8,9,10," in panel_body(verbose).replace(" ", "")
    assert_no_number_cut(verbose)


def assert_no_number_cut(exported: str) -> None:
    """No citation number is cut across two lines: a line in the middle of a
    marker (more "[" than "]") does not end inside a number."""
    lines = [line.strip(" │┃") for line in exported.splitlines()]
    for line, following in zip(lines, lines[1:], strict=False):
        open_marker = line.count("[") > line.count("]")
        assert not (open_marker and line[-1:].isdigit() and following[:1].isdigit()), (
            line,
            following,
        )


def test_many_sources_in_markdown_and_json(tmp_path: Path) -> None:
    corpus = many_outlets(tmp_path)
    markdown = run(corpus, "--sentences", "2", "--format", "markdown").raw
    first_line = markdown.splitlines()[0]
    assert "[^1][^2][^3][^4] (+26 more)" in first_line
    assert len(re.findall(r"^\[\^\d+\]:", markdown, re.M)) <= 8
    data = json.loads(run(corpus, "--sentences", "2", "--format", "json").raw)
    assert max(len(s["sources"]) for s in data["sentences"]) == 30  # JSON lists them all


def test_near_matches_are_marked(tmp_path: Path) -> None:
    base = (
        "The regional water authority announced new restrictions on Tuesday after weeks "
        "of dry weather."
    )
    (tmp_path / "a.txt").write_text(base + " Farmers were angry about it.", encoding="utf-8")
    (tmp_path / "b.txt").write_text(
        base.replace("announced", "anounced") + " The rivers are low this year.", encoding="utf-8"
    )
    exported = run(tmp_path, "--sentences", "1", terminal=True).export()
    assert "[1,≈2]" in panel_body(exported)
    assert "≈ near match" in exported
    data = json.loads(run(tmp_path, "--sentences", "1", "--format", "json").raw)
    (sentence,) = data["sentences"]
    assert [(s["doc_id"], s["match"]) for s in sentence["sources"]] == [
        ("a.txt", "exact"),
        ("b.txt", "near"),
    ]
    assert 0.8 < sentence["sources"][1]["similarity"] < 1
    explained = run(tmp_path, "--sentences", "1", "--format", "text", "--explain").raw
    assert "1 exact, 1 near (0." in explained


def test_an_output_that_cannot_encode_unicode(seed_texts: dict[str, str]) -> None:
    """JSON escapes what the output cannot encode (and stays exact); the other
    formats write backslash escapes instead of failing."""
    out = Console(file=io.TextIOWrapper(io.BytesIO(), encoding="ascii"), width=100)
    result = run(SEEDS, "--format", "json", "--sentences", "5", out=out)
    assert result.code == 0, result.err
    out.file.flush()
    data = json.loads(out.file.buffer.getvalue().decode("ascii"))
    check_spans(data, seed_texts)
    assert any(ch > "\x7f" for s in data["sentences"] for ch in s["text"])  # curly quotes kept
    done = subprocess.run(
        [sys.executable, "-m", "summarizer", str(SEEDS), "--format", "text"],
        capture_output=True,
        env={**os.environ, "PYTHONIOENCODING": "ascii"},
        timeout=120,
    )
    assert done.returncode == 0, done.stderr
    assert b"\\u2019" in done.stdout or b"\\u201c" in done.stdout


def test_the_readme_examples_are_what_the_command_prints() -> None:
    """Every ``$ summarizer seeds/ ...`` and ``$ summarizer docs/examples/...``
    block in the README shows the command's real output."""
    root = Path(__file__).resolve().parent.parent
    readme = (root / "README.md").read_text(encoding="utf-8")
    examples = re.findall(
        r"^\$ summarizer ((?:seeds/|docs/examples/\S+) [^\n]*)\n(.*?)(?=^\$ |^```)",
        readme,
        re.M | re.S,
    )
    assert len(examples) >= 3
    for args, shown in examples:
        path, *options = shlex.split(args)  # as a shell reads it: "quoted words" are one
        result = run(root / path, *options)
        assert result.code == 0
        assert result.raw.strip() == shown.strip(), args
