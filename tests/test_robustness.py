"""Messy and hostile input: every input class of docs/robustness.md, through the command.

Each case builds its files in ``tmp_path`` (no binary blobs are committed),
runs ``summarizer`` in-process and checks the promise: a summary or a clear
one-line message, the right exit code, no traceback, spans that point into the
document text, and attribution only to documents that carry the sentence.
"""

from __future__ import annotations

import io
import json
import os
import random
import struct
import zlib
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from rich.console import Console
from support import check_source_matches

from summarizer import (
    Document,
    EmptyInputError,
    load_documents,
    prepare,
    summarize,
)
from summarizer.cli import main
from summarizer.language import count_words

NEWS = (
    "The city council approved the new budget on Monday after a long debate. "
    "The plan raises spending on schools and public transport by five percent. "
    "Opposition members said the increase would force higher local taxes next year. "
    "The mayor promised that the first new buses would arrive before the winter.\n"
)
OTHER_NEWS = (
    "Heavy rain flooded several roads in the northern districts on Tuesday. "
    "Emergency services rescued two drivers whose cars were trapped by the water. "
    "The weather service expects the rain to ease by the end of the week.\n"
)


class Result:
    def __init__(self, code: int, out: str, err: str) -> None:
        self.code, self.out, self.err = code, out, err

    @property
    def json(self) -> dict:
        return json.loads(self.out)

    def err_lines(self) -> list[str]:
        return [line for line in self.err.splitlines() if line.strip()]


def run(*argv: str | os.PathLike[str]) -> Result:
    out = Console(file=io.StringIO(), width=100, highlight=False)
    err = Console(file=io.StringIO(), width=100, highlight=False)
    code = main([str(a) for a in argv], console=out, err_console=err)
    result = Result(code, out.file.getvalue(), err.file.getvalue())
    assert "Traceback" not in result.err and "Traceback" not in result.out
    return result


def summary_json(*paths: str | os.PathLike[str], extra: tuple[str, ...] = ()) -> dict:
    result = run(*paths, "--format", "json", *extra)
    assert result.code == 0, result.err
    return result.json


def honest_summary(*paths: str | os.PathLike[str], extra: tuple[str, ...] = ()) -> dict:
    """The JSON summary of ``paths``, after checking its spans and sources."""
    summary = summary_json(*paths, extra=extra)
    check_honest(summary, document_texts(*paths))
    return summary


def check_honest(summary: dict, texts: dict[str, str]) -> None:
    """Spans point into the document text; sources say the sentence."""
    known = {d["id"] for d in summary["documents"]}
    for sentence in summary["sentences"]:
        assert sentence["sources"], sentence
        first = sentence["sources"][0]
        assert texts[first["doc_id"]][first["start"] : first["end"]] == sentence["text"]
        for source in sentence["sources"]:
            assert source["doc_id"] in known
            span = texts[source["doc_id"]][source["start"] : source["end"]]
            # Every attributed document really says the sentence (or a declared
            # near match of it) there.
            check_source_matches(sentence["text"], span, source["match"], source["similarity"])


def document_texts(*paths: str | os.PathLike[str]) -> dict[str, str]:
    return {d.id: d.text for d in load_documents(*paths, on_notice=lambda n: None)}


def write(path: Path, data: str | bytes) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    if isinstance(data, str):
        path.write_text(data, encoding="utf-8")
    else:
        path.write_bytes(data)
    return path


def png_bytes() -> bytes:
    """A real 1x1 PNG, made here."""

    def chunk(kind: bytes, body: bytes) -> bytes:
        return (
            struct.pack(">I", len(body)) + kind + body + struct.pack(">I", zlib.crc32(kind + body))
        )

    header = struct.pack(">IIBBBBB", 1, 1, 8, 2, 0, 0, 0)
    return (
        b"\x89PNG\r\n\x1a\n"
        + chunk(b"IHDR", header)
        + chunk(b"IDAT", zlib.compress(b"\x00\xff\x00\x00"))
        + chunk(b"IEND", b"")
    )


# -- files and directories --------------------------------------------------------


@pytest.mark.parametrize(
    ("content", "message"), [(b"", "skipped: empty"), (b"  \n\t\r\n  ", "only white space")]
)
def test_empty_and_whitespace_files(tmp_path: Path, content: bytes, message: str) -> None:
    empty = write(tmp_path / "empty.txt", content)
    result = run(empty)
    assert result.code == 1
    assert any(message in line for line in result.err_lines())
    assert "no text documents found" in result.err_lines()[-1]
    # Next to a real document, the empty one is reported and the rest summarised.
    write(tmp_path / "news.txt", NEWS)
    result = run(tmp_path, "--format", "text")
    assert result.code == 0
    assert any("empty.txt" in line and message in line for line in result.err_lines())
    assert "skipped 1 input" in result.err_lines()[-1]


def test_directory_with_no_text_files(tmp_path: Path) -> None:
    write(tmp_path / "picture.png", png_bytes())
    write(tmp_path / "data.csv", "a,b\n1,2\n")
    result = run(tmp_path)
    assert result.code == 1
    assert len(result.err_lines()) == 2  # the routine skips in one line, then the error
    assert "no text documents found" in result.err_lines()[-1]


def test_tree_with_hidden_files_symlinks_and_a_loop(tmp_path: Path) -> None:
    root = tmp_path / "tree"
    write(root / "news.txt", NEWS)
    write(root / "sub" / "more.txt", OTHER_NEWS)
    write(root / ".hidden.txt", "Hidden text must not be read. It is private.\n")
    write(root / ".git" / "notes.txt", "Neither must this. It is in a hidden directory.\n")
    (root / "sub" / "back").symlink_to(root, target_is_directory=True)  # a directory loop
    (root / "a.txt").symlink_to(root / "b.txt")
    (root / "b.txt").symlink_to(root / "a.txt")  # a file symlink loop
    (root / "alias.txt").symlink_to(root / "news.txt")
    result = run(root, "--format", "json", "--verbose")
    assert result.code == 0
    summary = result.json
    ids = [d["id"] for d in summary["documents"]]
    assert ids == ["alias.txt", "news.txt", "sub/more.txt"]
    err = result.err
    assert "hidden file" in err and "hidden directory" in err
    assert "symbolic link to a directory" in err
    assert "a.txt: skipped" in err and "b.txt: skipped" in err
    check_honest(summary, document_texts(root))
    # The linked copy is the same text: its sentences are merged, both are sources.
    assert any(len(s["sources"]) == 2 for s in summary["sentences"])


def test_unreadable_file_in_a_directory(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    write(tmp_path / "news.txt", NEWS)
    locked = write(tmp_path / "locked.txt", OTHER_NEWS)
    real_open = Path.open

    def guarded_open(self: Path, *args, **kwargs):  # type: ignore[no-untyped-def]
        if self == locked:
            raise PermissionError(13, "Permission denied", str(self))
        return real_open(self, *args, **kwargs)

    monkeypatch.setattr(Path, "open", guarded_open)
    result = run(tmp_path, "--format", "text")
    assert result.code == 0
    assert any("locked.txt" in line and "permission denied" in line for line in result.err_lines())
    direct = run(locked)
    assert direct.code == 1
    assert direct.err_lines() == [f"summarizer: error: {locked}: permission denied"]


@pytest.mark.parametrize(
    "kind",
    ["png", "random", "nul"],
)
def test_binary_files_given_directly_or_found(tmp_path: Path, kind: str) -> None:
    data = {
        "png": png_bytes(),
        "random": random.Random(7).randbytes(50_000),
        "nul": b"Plain words then\x00\x00\x00 a NUL run. More words follow here.",
    }[kind]
    blob = write(tmp_path / "in" / f"blob-{kind}.txt", data)
    result = run(blob)
    assert result.code == 1
    assert any("binary file" in line for line in result.err_lines())
    write(tmp_path / "in" / "news.txt", NEWS)
    result = run(tmp_path / "in", "--format", "json")
    assert result.code == 0
    assert [d["id"] for d in result.json["documents"]] == ["news.txt"]
    assert any(f"blob-{kind}.txt" in line and "binary" in line for line in result.err_lines())


# -- encodings and line ends -----------------------------------------------------------

ENCODED = {
    "utf8": ("Café owners in Zürich praised the “new” plan. It costs €5 million.\n", "utf-8"),
    "utf8-bom": ("Café owners in Zürich praised the new plan. It costs €5 million.\n", "utf-8-sig"),
    "utf16-bom": ("Café owners in Zürich praised the new plan. It costs €5 million.\n", "utf-16"),
    "cp1252": ("The “new” plan costs €5 million, officials said. Critics disagreed.\n", "cp1252"),
    "latin1": ("Café owners in Zürich praised the new plan. It costs 5 million ¤.\n", "latin-1"),
}


@pytest.mark.parametrize("name", sorted(ENCODED))
def test_encodings(tmp_path: Path, name: str) -> None:
    text, codec = ENCODED[name]
    path = write(tmp_path / f"{name}.txt", text.encode(codec))
    summary = summary_json(path)
    texts = document_texts(path)
    assert texts[str(path)] == text
    check_honest(summary, texts)
    assert " ".join(s["text"] for s in summary["sentences"]) in text


def test_latin1_bytes_cp1252_cannot_decode(tmp_path: Path) -> None:
    # 0x81 and 0x8d are unassigned in Windows-1252: Latin-1 is the fallback.
    path = write(tmp_path / "l1.txt", b"Prices rose \x81 sharply in March. Buyers waited.\n")
    result = run(path, "--format", "json")
    assert result.code == 0
    assert "decoded as Latin-1" in result.err


def test_invalid_utf8_runs(tmp_path: Path) -> None:
    data = "Café owners met on Monday. ".encode() + b"\xff\xfe\xc3" + b" The talks went well.\n"
    path = write(tmp_path / "broken.txt", data)
    result = run(path, "--format", "json")
    assert result.code == 0
    assert "invalid UTF-8" in result.err and "U+FFFD" in result.err
    check_honest(result.json, document_texts(path))


@pytest.mark.parametrize("newline", ["\r\n", "\r"])
def test_windows_and_old_mac_line_ends(tmp_path: Path, newline: str) -> None:
    text = NEWS.strip().replace(". ", "." + newline + newline) + newline
    path = write(tmp_path / "news.txt", text.encode())
    summary = summary_json(path, extra=("--sentences", "4"))
    assert len(summary["sentences"]) == 4
    assert all("\r" not in s["text"] and "\n" not in s["text"] for s in summary["sentences"])
    check_honest(summary, document_texts(path))


# -- degenerate text ----------------------------------------------------------------------


def test_one_word(tmp_path: Path) -> None:
    path = write(tmp_path / "one.txt", "Hello\n")
    result = run(path, "--format", "json")
    assert result.code == 0
    summary = result.json
    assert [s["text"] for s in summary["sentences"]] == ["Hello"]
    assert summary["notes"]  # says it fell back to a fragment


def test_one_sentence(tmp_path: Path) -> None:
    path = write(tmp_path / "one.txt", "The bridge reopened on Friday after repairs.")
    summary = summary_json(path)
    assert [s["text"] for s in summary["sentences"]] == [
        "The bridge reopened on Friday after repairs."
    ]


def test_ten_thousand_copies_of_one_sentence(tmp_path: Path) -> None:
    sentence = "The bridge reopened on Friday after two years of repairs."
    path = write(tmp_path / "copies.txt", (sentence + " ") * 10_000)
    summary = summary_json(path, extra=("--explain",))
    assert [s["text"] for s in summary["sentences"]] == [sentence]
    assert summary["stats"]["duplicates_merged"] == 9_999
    assert len(summary["sentences"][0]["sources"]) == 10_000


def test_twenty_megabyte_line_without_punctuation(tmp_path: Path) -> None:
    rng = random.Random(3)
    words = ["river", "council", "budget", "alpha", "mountain", "road", "vote", "plan"]
    line = " ".join(rng.choice(words) for _ in range(3_000_000))[: 20 * 1024 * 1024]
    write(tmp_path / "big" / "line.txt", line)
    write(tmp_path / "big" / "news.txt", NEWS)
    summary = summary_json(tmp_path / "big", extra=("--explain",))
    assert all(len(s["text"]) < 1000 for s in summary["sentences"])
    assert any("run-on" in d["detail"] for d in summary["dropped"])
    # The same line alone (shorter, for time): an empty summary, and why on stderr.
    alone = run(write(tmp_path / "line.txt", line[: 2 * 1024 * 1024]), "--format", "json")
    assert alone.code == 3
    assert alone.json["sentences"] == []
    assert alone.json["notes"]
    assert alone.err_lines() == [f"summarizer: note: {note}" for note in alone.json["notes"]]


def test_five_thousand_word_sentence(tmp_path: Path) -> None:
    long_sentence = "The committee noted " + " and ".join(["the report"] * 2500) + "."
    path = write(tmp_path / "long.txt", NEWS + "\n" + long_sentence + "\n")
    summary = summary_json(path, extra=("--sentences", "10"))
    assert all(len(s["text"].split()) <= 200 for s in summary["sentences"])
    assert len(summary["sentences"]) == 4
    check_honest(summary, document_texts(path))


def test_lists_and_tables(tmp_path: Path) -> None:
    text = (
        "# Results\n\n"
        "| district | turnout | winner |\n|---|---|---|\n| North | 61% | Green |\n"
        "| South | 48% | Labour |\n\n"
        "- North: 61 percent\n- South: 48 percent\n\n"
        "Turnout rose in the north for the first time in a decade, officials said.\n"
    )
    path = write(tmp_path / "table.md", text)
    summary = summary_json(path, extra=("--sentences", "1"))
    assert [s["text"] for s in summary["sentences"]] == [
        "Turnout rose in the north for the first time in a decade, officials said."
    ]


def test_numbers_only(tmp_path: Path) -> None:
    path = write(tmp_path / "numbers.txt", "12 34 56.\n7.5 8.25 9\n100 200 300 400 500.\n")
    result = run(path, "--format", "json")
    assert result.code == 0
    check_honest(result.json, document_texts(path))


def test_urls_and_emails(tmp_path: Path) -> None:
    text = (
        "Contact press@example.com or visit https://example.com/news?id=4&x=1 for details.\n"
        "The ministry published the full report on its website on Monday, a spokesman said. "
        "It lists 40 projects across the country.\n"
    )
    path = write(tmp_path / "urls.txt", text)
    summary = honest_summary(path)
    assert "press@example.com" not in " ".join(s["text"] for s in summary["sentences"])


# -- other scripts -----------------------------------------------------------------------------


def test_chinese_and_japanese_without_spaces(tmp_path: Path) -> None:
    zh = "北京市政府周一宣布新的交通计划。该计划将增加公共汽车的数量。市民对此表示欢迎。"
    ja = (
        "東京都は月曜日に新しい交通計画を発表した。計画ではバスの本数を増やす。住民は歓迎している。"
    )
    write(tmp_path / "zh.txt", zh)
    write(tmp_path / "ja.txt", ja)
    summary = honest_summary(tmp_path, extra=("--sentences", "2", "--explain"))
    assert len(summary["sentences"]) == 2
    assert all(s["text"].endswith("。") for s in summary["sentences"])
    assert summary["stats"]["sentences"] == 6


def test_arabic_right_to_left(tmp_path: Path) -> None:
    text = (
        "أعلنت الحكومة يوم الاثنين عن خطة جديدة للنقل العام. "
        "وتشمل الخطة زيادة عدد الحافلات في المدن الكبرى. "
        "ورحب السكان بالقرار؟ نعم، رحب معظمهم به.\n"
    )
    path = write(tmp_path / "ar.txt", text)
    summary = honest_summary(path, extra=("--sentences", "2"))
    assert len(summary["sentences"]) == 2


def test_mixed_language_documents(tmp_path: Path) -> None:
    text = NEWS + "Le conseil municipal a approuvé le budget lundi. 市民对此表示欢迎。\n"
    path = write(tmp_path / "mixed.txt", text)
    summary = honest_summary(path, extra=("--sentences", "6"))
    assert summary["stats"]["sentences"] == 6  # four English, one French, one Chinese


def test_emoji_and_combining_characters(tmp_path: Path) -> None:
    text = (
        "The café\u0301 reopened 🎉 on Monday with a new menu 👩\u200d🍳. "
        "Visitors queued for an hour to taste the pastries 🥐🥐. "
        "The owner said the reopening was the best day of her life 🙂.\n"
    )
    path = write(tmp_path / "emoji.txt", text)
    summary = honest_summary(path)
    assert any("🎉" in s["text"] for s in summary["sentences"])


# -- HTML ----------------------------------------------------------------------------------------


def test_html_given_as_text(tmp_path: Path) -> None:
    html = (
        "<!DOCTYPE html><html><head><title>Budget &amp; buses</title>"
        "<style>body { color: red; }</style>"
        "<script>var secret = 'do not summarise this script text';</script></head>"
        "<body><nav><a href='/'>Home</a></nav><h1>Council approves budget</h1>"
        "<p>The city council approved the new budget on Monday after a long debate.</p>"
        "<p>The plan raises spending on <b>schools</b> &amp; public transport by five percent."
        "</p><!-- a comment that is not text --><p>The mayor promised new buses.</p>"
        "</body></html>"
    )
    for name in ("page.html", "page.txt"):  # by name, and by content
        path = write(tmp_path / name, html)
        result = run(path, "--format", "json")
        assert result.code == 0
        assert "read as a web page" in result.err
        summary = result.json
        joined = " ".join(s["text"] for s in summary["sentences"])
        assert "<" not in joined and "secret" not in joined and "color" not in joined
        assert "schools & public transport" in joined
        # The article's headline, which the extractor prefers to the <title>.
        assert summary["documents"][0]["title"] == "Council approves budget"
        check_honest(summary, document_texts(path))
        path.unlink()


# -- JSONL -----------------------------------------------------------------------------------------


def test_jsonl_with_every_kind_of_bad_line(tmp_path: Path) -> None:
    lines = [
        json.dumps({"id": "a", "text": NEWS}),
        "{not json",
        json.dumps({"id": "b", "body": "no text field"}),
        json.dumps({"id": 7, "text": OTHER_NEWS}),
        json.dumps({"id": "a", "text": "The duplicate id still counts. Its text is kept."}),
        json.dumps(["a", "list"]),
        json.dumps({"id": "c", "text": 42}),
        json.dumps({"id": "d", "text": "   "}),
        "",
    ]
    path = write(tmp_path / "docs.jsonl", "\n".join(lines) + "\n")
    result = run(path, "--format", "json")
    assert result.code == 0
    ids = [d["id"] for d in result.json["documents"]]
    assert ids == ["a", "7", "a#2"]
    err = result.err
    assert f"{path}:2: skipped: not valid JSON" in err
    assert f'{path}:3: skipped: no string "text" field' in err
    assert f"{path}:6: skipped: not a JSON object" in err
    assert f'{path}:7: skipped: no string "text" field' in err
    assert f"{path}:8: skipped: only white space" in err
    assert "duplicate id renamed to 'a#2'" in err
    assert "skipped 5 inputs" in result.err_lines()[-1]


# -- text that looks like markup or control sequences ----------------------------------------------


@pytest.mark.parametrize("fmt", ["rich", "text", "markdown", "json"])
def test_markup_and_control_sequences_stay_data(tmp_path: Path, fmt: str) -> None:
    text = (
        "The [bold red]warning[/] tag appeared in the council minutes on Monday. "
        "A [link=http://evil.example]link[/link] was pasted into the record by a clerk. "
        "The screen code \x1b[2J and the link code \x1b]8;;http://evil\x07 were found in it. "
        "A \u202ereversed\u202c word was also reported by the clerk.\n"
    )
    path = write(tmp_path / "markup.txt", text)
    result = run(path, "--format", fmt, "--sentences", "4")
    assert result.code == 0
    assert "\x1b" not in result.out and "\u202e" not in result.out
    if fmt == "markdown":  # brackets are escaped so Markdown shows them literally
        assert r"\[bold red\]warning\[/\]" in result.out
    elif fmt != "json":
        assert "[bold red]warning[/]" in result.out
    else:
        assert "[bold red]warning[/]" in json.loads(result.out)["sentences"][0]["text"]


# -- names -----------------------------------------------------------------


@pytest.mark.parametrize("name", ["with spaces.txt", "naïve-ünïcödé-新闻.txt", "-file.txt"])
def test_awkward_file_names(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, name: str) -> None:
    monkeypatch.chdir(tmp_path)
    write(tmp_path / name, NEWS)
    args = ["--", name] if name.startswith("-") else [name]
    result = (
        run(*args, "--format", "json")
        if not name.startswith("-")
        else run("--format", "json", *args)
    )
    assert result.code == 0, result.err
    assert result.json["documents"][0]["id"] == name
    if name.startswith("-"):
        unguarded = run(name)
        assert unguarded.code == 2  # read as an option: a usage error
        assert unguarded.err_lines()[-1].startswith("summarizer: error:")


# -- limits and determinism ------------------------------------------------


def test_size_limit_is_configurable(tmp_path: Path) -> None:
    write(tmp_path / "news.txt", NEWS)
    write(tmp_path / "big.txt", OTHER_NEWS * 100)
    result = run(tmp_path, "--max-bytes", "2K", "--format", "json")
    assert result.code == 0
    assert [d["id"] for d in result.json["documents"]] == ["news.txt"]
    assert any("big.txt" in line and "2,048-byte limit" in line for line in result.err_lines())
    jsonl = write(tmp_path / "docs.jsonl", json.dumps({"id": "x", "text": OTHER_NEWS * 100}) + "\n")
    result = run(jsonl, "--max-bytes", "2K")
    assert result.code == 1
    assert "line over the 2,048-byte limit" in result.err
    bad = run(tmp_path, "--max-bytes", "lots")
    assert bad.code == 2


def test_byte_identical_across_runs_and_jobs(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(prepare, "PARALLEL_MIN_CHARS", 0)
    monkeypatch.setattr(prepare, "CHUNKS_PER_WORKER", 4)
    for i in range(12):
        write(
            tmp_path / f"n{i:02d}.txt", (NEWS if i % 2 else OTHER_NEWS) + f"Item {i} was noted.\n"
        )
    write(tmp_path / "zh.txt", "北京市政府周一宣布新的交通计划。该计划将增加公共汽车的数量。")
    write(
        tmp_path / "cp.txt", "The “new” plan costs €5 million, officials said.\n".encode("cp1252")
    )
    outputs = {
        (fmt, jobs): run(tmp_path, "--format", fmt, "--jobs", str(jobs), "--explain").out
        for fmt in ("text", "json", "markdown")
        for jobs in (1, 2, 3)
    }
    for fmt in ("text", "json", "markdown"):
        assert outputs[(fmt, 1)] == outputs[(fmt, 2)] == outputs[(fmt, 3)]
        assert run(tmp_path, "--format", fmt, "--jobs", "2", "--explain").out == outputs[(fmt, 1)]


# -- arbitrary Unicode (hypothesis) -------------------------------------------------


_UNICODE = st.characters(blacklist_categories=("Cs",))  # any code point but surrogates
_PIECES = st.one_of(
    st.text(_UNICODE, max_size=40),
    st.sampled_from(
        ["The council met on Monday. ", "It approved the plan! ", "\x1b[2J", "\u202e", "。", "\r\n",
         "\n\n", "[bold]x[/]", "<p>", "Mr. ", "e.g. ", "...", "\x00", "\ufeff", "\u0301"]
    ),
    st.text("abcdefghij", min_size=200, max_size=3000),  # a very long token
)  # fmt: skip
_DOCS = st.lists(st.lists(_PIECES, max_size=12).map("".join), min_size=1, max_size=4)
_BUDGETS = st.one_of(
    st.builds(dict, max_sentences=st.integers(1, 6)),
    st.builds(dict, max_words=st.integers(1, 80)),
    st.builds(dict, max_chars=st.integers(1, 400)),
)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(texts=_DOCS, budget=_BUDGETS)
def test_arbitrary_unicode_documents(texts: list[str], budget: dict) -> None:
    """Only documented errors; verbatim spans; budgets kept; the same result twice."""
    docs = [Document(f"d{i}", t) for i, t in enumerate(texts)]
    try:
        summary = summarize(docs, **budget)
    except EmptyInputError:  # the only error allowed, and only without any text
        assert not any(t.strip() for t in texts)
        return
    by_id = {d.id: d.text for d in docs}
    chosen = [s.text for s in summary.sentences]
    for s in summary.sentences:
        assert by_id[s.doc_id][s.start : s.end] == s.text
        for src in s.sources:
            assert 0 <= src.start < src.end <= len(by_id[src.doc_id])
            span = by_id[src.doc_id][src.start : src.end]
            check_source_matches(s.text, span, src.match, src.similarity)
    assert len(chosen) <= budget.get("max_sentences", len(chosen))
    assert sum(map(count_words, chosen)) <= budget.get("max_words", 10**9)
    assert len(" ".join(chosen)) <= budget.get("max_chars", 10**9)
    assert summarize(docs, **budget).to_dict(explain=True) == summary.to_dict(explain=True)


@settings(max_examples=200, deadline=None)
@given(data=st.binary(max_size=3000), suffix=st.sampled_from([".txt", ".html", ".jsonl"]))
def test_arbitrary_bytes_load_or_give_a_notice(data: bytes, suffix: str) -> None:
    import tempfile

    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / f"in{suffix}"
        path.write_bytes(data)
        notices: list = []
        docs = load_documents(path, on_notice=notices.append)
        assert all(d.text.strip() for d in docs)
        assert docs or notices or not data.strip() or suffix == ".jsonl"


def test_standard_input_is_read_in_a_bounded_way(monkeypatch: pytest.MonkeyPatch) -> None:
    class Stdin:
        def __init__(self, data: bytes) -> None:
            self.buffer = io.BytesIO(data)

    monkeypatch.setattr("sys.stdin", Stdin(NEWS.encode() * 100))
    result = run("-", "--max-bytes", "1K")
    assert result.code == 1
    assert "stdin: skipped: over the 1,024-byte limit" in result.err
    assert result.err_lines()[-1].startswith("summarizer: error: no text documents found")
    monkeypatch.setattr("sys.stdin", Stdin(NEWS.encode()))
    assert run("-", "--max-bytes", "1K", "--format", "text").code == 0


def _within(seconds: float, work):  # type: ignore[no-untyped-def]
    """Run ``work()`` in a thread; fail (instead of hanging the suite) if it blocks."""
    import threading

    box: dict = {}

    def target() -> None:
        try:
            box["value"] = work()
        except BaseException as exc:  # noqa: BLE001 - re-raised below
            box["error"] = exc

    thread = threading.Thread(target=target, daemon=True)
    thread.start()
    thread.join(seconds)
    assert not thread.is_alive(), f"still blocked after {seconds} s"
    if "error" in box:
        raise box["error"]
    return box["value"]


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="named pipes are POSIX")
def test_special_files_in_a_directory_are_skipped_not_read(tmp_path: Path) -> None:
    write(tmp_path / "news.txt", NEWS)
    os.mkfifo(tmp_path / "pipe.txt")  # nobody writes to it: reading would block forever
    result = _within(30, lambda: run(tmp_path, "--format", "json"))
    assert result.code == 0
    assert [d["id"] for d in result.json["documents"]] == ["news.txt"]
    assert f"summarizer: {tmp_path / 'pipe.txt'}: skipped: a named pipe, not a regular file" in (
        result.err_lines()
    )


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="named pipes are POSIX")
def test_a_named_pipe_given_explicitly_is_read_as_a_stream(tmp_path: Path) -> None:
    import threading

    fifo = tmp_path / "feed"
    os.mkfifo(fifo)

    def feed() -> None:
        with fifo.open("w", encoding="utf-8") as fh:
            fh.write(NEWS)

    writer = threading.Thread(target=feed, daemon=True)
    writer.start()
    result = _within(30, lambda: run(fifo, "--format", "json"))
    writer.join(5)
    assert result.code == 0, result.err
    (document,) = result.json["documents"]
    assert document["id"] == str(fifo)
    check_honest(result.json, {str(fifo): NEWS})


def test_a_pipe_over_the_size_limit_is_skipped(tmp_path: Path) -> None:
    import threading

    if not hasattr(os, "mkfifo"):
        pytest.skip("named pipes are POSIX")
    fifo = tmp_path / "feed"
    os.mkfifo(fifo)

    def feed() -> None:
        with fifo.open("w", encoding="utf-8") as fh:
            fh.write(NEWS * 100)

    threading.Thread(target=feed, daemon=True).start()
    result = _within(30, lambda: run(fifo, "--max-bytes", "1K"))
    assert result.code == 1
    assert "skipped: over the 1,024-byte limit" in result.err
