"""Documents, byte decoding and the file / directory / JSONL / stream loaders."""

from __future__ import annotations

import codecs
import io
import json
from collections.abc import Callable
from pathlib import Path

import pytest

from summarizer import (
    Document,
    DocumentLoadError,
    InvalidDocumentError,
    LoadNotice,
    SummarizerError,
)
from summarizer.documents import decode_bytes, load_documents, load_file, looks_binary

SAMPLE = "Café owners said “prices rose” by €5 — naïve, perhaps."


def _collect() -> tuple[list[LoadNotice], Callable[[LoadNotice], None]]:
    notices: list[LoadNotice] = []
    return notices, notices.append


# -- Document ------------------------------------------------------------------


@pytest.mark.parametrize("bad_id", ["", None, 3, b"id"])
def test_document_rejects_bad_id(bad_id):
    with pytest.raises(InvalidDocumentError):
        Document(id=bad_id, text="Some text.")


@pytest.mark.parametrize("bad_text", [None, b"bytes", 12, ["a"]])
def test_document_rejects_non_string_text(bad_text):
    with pytest.raises(InvalidDocumentError, match="text must be a string"):
        Document(id="d", text=bad_text)


def test_document_rejects_non_string_title():
    with pytest.raises(InvalidDocumentError, match="title"):
        Document(id="d", text="x", title=5)


def test_document_errors_are_summarizer_errors():
    with pytest.raises(SummarizerError):
        Document(id="", text="x")


def test_document_accepts_empty_text_and_keeps_fields():
    doc = Document(id="d", text="", title="T", path="/x")
    assert (doc.id, doc.text, doc.title, doc.path) == ("d", "", "T", "/x")


# -- decode_bytes ----------------------------------------------------------------


def test_decode_plain_utf8():
    assert decode_bytes(SAMPLE.encode("utf-8")) == (SAMPLE, None)


def test_decode_utf8_with_bom_strips_bom():
    text, note = decode_bytes(codecs.BOM_UTF8 + SAMPLE.encode("utf-8"))
    assert text == SAMPLE
    assert not text.startswith("\ufeff")
    assert note is None


@pytest.mark.parametrize("encoding", ["utf-16", "utf-32"])
def test_decode_bom_marked_utf16_and_utf32(encoding):
    data = SAMPLE.encode(encoding)  # Python writes a BOM for these
    assert data[:2] in (codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)
    assert decode_bytes(data) == (SAMPLE, None)


@pytest.mark.parametrize(
    ("bom", "codec"),
    [(codecs.BOM_UTF16_BE, "utf-16-be"), (codecs.BOM_UTF16_LE, "utf-16-le")],
)
def test_decode_utf16_both_byte_orders(bom, codec):
    text, note = decode_bytes(bom + SAMPLE.encode(codec))
    assert text == SAMPLE
    assert note is None


def test_decode_truncated_utf16_replaces_and_reports():
    data = codecs.BOM_UTF16_LE + "ok".encode("utf-16-le") + b"\x41"  # odd byte count
    text, note = decode_bytes(data)
    assert text.startswith("ok")
    assert text.endswith("\ufffd")
    assert note is not None and "U+FFFD" in note


def test_decode_windows_1252_curly_quotes_and_euro():
    original = "He said “hello” and paid €5 – it’s fine."
    data = original.encode("cp1252")
    with pytest.raises(UnicodeDecodeError):
        data.decode("utf-8")
    text, note = decode_bytes(data)
    assert text == original
    assert note is not None and "1252" in note


def test_decode_invalid_utf8_runs_keeps_utf8_and_reports():
    data = "Café naïve ok ".encode() + b"\xff\xfe broken \xc3 end"
    text, note = decode_bytes(data)
    assert text.startswith("Café naïve ok ")  # the valid UTF-8 is kept as UTF-8
    assert text.endswith(" end")
    assert "\ufffd" in text
    assert note is not None and "UTF-8" in note


def test_decode_undecodable_everywhere_never_raises():
    data = bytes(range(128, 256))
    text, note = decode_bytes(data)
    assert isinstance(text, str) and len(text) > 0
    assert note is not None


def test_decode_empty():
    assert decode_bytes(b"") == ("", None)


# -- looks_binary ----------------------------------------------------------------


def test_looks_binary_on_text():
    assert not looks_binary(b"")
    assert not looks_binary(b"Plain text,\ttabs\r\nand lines.\n\x0cpage\n")
    assert not looks_binary(SAMPLE.encode("utf-8"))


def test_looks_binary_on_nul_and_control_bytes():
    assert looks_binary(b"abc\x00def")
    assert looks_binary(bytes([1, 2, 3, 4, 5, 6, 7, 8]) * 20 + b"some text")
    assert looks_binary(bytes(range(256)))


def test_looks_binary_threshold_is_a_ratio():
    text = b"a" * 1000
    assert not looks_binary(text + b"\x01")  # one stray control byte is tolerated
    assert looks_binary(text + b"\x01" * 100)


# -- load_documents: directories -------------------------------------------------------


def _write(path: Path, data: str | bytes) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    if isinstance(data, bytes):
        path.write_bytes(data)
    else:
        path.write_text(data, encoding="utf-8")


@pytest.fixture
def corpus_dir(tmp_path: Path) -> Path:
    root = tmp_path / "corpus"
    _write(root / "b.txt", "Bravo text.")
    _write(root / "a.md", "Alpha text.")
    _write(root / "c.TXT", "Charlie text.")
    _write(root / "sub" / "d.txt", "Delta text.")
    _write(root / "sub" / "deeper" / "e.md", "Echo text.")
    _write(root / "notes.json", "{}")
    _write(root / "table.csv", "a,b")
    _write(root / ".hidden.txt", "Hidden text.")
    _write(root / ".git" / "inside.txt", "Inside a hidden directory.")
    return root


def test_load_directory_recursive_sorted_and_filtered(corpus_dir: Path):
    notices, notify = _collect()
    docs = load_documents(corpus_dir, on_notice=notify)
    ids = [d.id for d in docs]
    assert ids == ["a.md", "b.txt", "c.TXT", "sub/d.txt", "sub/deeper/e.md"]
    assert [d.text for d in docs] == [
        "Alpha text.",
        "Bravo text.",
        "Charlie text.",
        "Delta text.",
        "Echo text.",
    ]
    assert all(d.path and Path(d.path).is_file() for d in docs)
    by_source = {Path(n.source).name: n for n in notices}
    assert by_source[".hidden.txt"].skipped and "hidden" in by_source[".hidden.txt"].message
    assert by_source[".git"].skipped and "hidden" in by_source[".git"].message
    assert "inside.txt" not in by_source  # the hidden directory is not entered
    for other in ("notes.json", "table.csv"):
        assert by_source[other].skipped
        assert ".txt" in by_source[other].message
    assert not any("Hidden" in d.text or "Inside" in d.text for d in docs)


def test_load_directory_custom_extensions(corpus_dir: Path):
    docs = load_documents(corpus_dir, extensions=[".json"], on_notice=lambda n: None)
    assert [d.id for d in docs] == ["notes.json"]


def test_load_directory_is_repeatable(corpus_dir: Path):
    first = load_documents(corpus_dir, on_notice=lambda n: None)
    second = load_documents(corpus_dir, on_notice=lambda n: None)
    assert first == second


def test_load_directory_sorted_by_full_path(tmp_path: Path):
    _write(tmp_path / "z.txt", "Zulu.")
    _write(tmp_path / "a" / "b.txt", "Inner.")
    ids = [d.id for d in load_documents(tmp_path, on_notice=lambda n: None)]
    assert ids == sorted(ids) == ["a/b.txt", "z.txt"]


def test_load_directory_skips_binary_file_with_notice(tmp_path: Path):
    _write(tmp_path / "good.txt", "Good text.")
    _write(tmp_path / "image.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(64))
    notices, notify = _collect()
    docs = load_documents(tmp_path, on_notice=notify)
    assert [d.id for d in docs] == ["good.txt"]
    (notice,) = [n for n in notices if n.source.endswith("image.txt")]
    assert notice.skipped and "binary" in notice.message


def test_load_single_binary_file_gives_nothing(tmp_path: Path):
    path = tmp_path / "blob.txt"
    _write(path, bytes(range(256)) * 4)
    notices, notify = _collect()
    assert load_documents(path, on_notice=notify) == []
    assert len(notices) == 1 and notices[0].skipped


def test_load_file_with_fallback_decoding_is_kept_with_notice(tmp_path: Path):
    path = tmp_path / "legacy.txt"
    _write(path, "Prices rose by €5, “officials” said.".encode("cp1252"))
    notices, notify = _collect()
    (doc,) = load_documents(path, on_notice=notify)
    assert doc.text == "Prices rose by €5, “officials” said."
    assert doc.id == str(path)
    assert len(notices) == 1 and not notices[0].skipped


def test_load_utf16_file(tmp_path: Path):
    path = tmp_path / "wide.txt"
    _write(path, SAMPLE.encode("utf-16"))
    notices, notify = _collect()
    (doc,) = load_documents(path, on_notice=notify)
    assert doc.text == SAMPLE
    assert notices == []


def test_load_file_over_size_limit_skipped(tmp_path: Path):
    _write(tmp_path / "big.txt", "word " * 100)
    _write(tmp_path / "small.txt", "Tiny.")
    notices, notify = _collect()
    docs = load_documents(tmp_path, max_bytes=50, on_notice=notify)
    assert [d.id for d in docs] == ["small.txt"]
    assert any(n.source.endswith("big.txt") and n.skipped for n in notices)


def test_missing_path_raises(tmp_path: Path):
    with pytest.raises(DocumentLoadError):
        load_documents(tmp_path / "does-not-exist.txt")
    with pytest.raises(SummarizerError):
        load_documents(tmp_path / "missing-dir")


def test_load_file_missing_raises(tmp_path: Path):
    with pytest.raises(DocumentLoadError, match="no such file"):
        load_file(tmp_path / "nope.txt")


def test_default_notices_go_to_logger(tmp_path: Path, caplog):
    _write(tmp_path / ".hidden.txt", "x")
    _write(tmp_path / "ok.txt", "Fine.")
    with caplog.at_level("WARNING", logger="summarizer"):
        docs = load_documents(tmp_path)
    assert [d.id for d in docs] == ["ok.txt"]
    assert any(".hidden.txt" in r.getMessage() for r in caplog.records)


# -- JSONL -------------------------------------------------------------------------


def test_load_jsonl_with_problems(tmp_path: Path):
    path = tmp_path / "docs.jsonl"
    lines = [
        json.dumps({"id": "a", "text": "First.", "title": "Title A"}),
        "{not json",
        json.dumps({"id": "b"}),
        json.dumps({"id": 7, "text": "Seven."}),
        "",
        json.dumps({"id": "a", "text": "Second a."}),
        json.dumps(["a", "list"]),
        json.dumps({"text": "No id here.", "title": 3}),
        json.dumps({"id": "c", "text": 42}),
    ]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    notices, notify = _collect()
    docs = load_documents(path, on_notice=notify)

    assert [d.id for d in docs] == ["a", "7", "a#2", f"{path}:8"]
    assert [d.text for d in docs] == ["First.", "Seven.", "Second a.", "No id here."]
    assert docs[0].title == "Title A"
    assert docs[3].title is None  # a non-string title is dropped
    assert all(d.path == str(path) for d in docs)

    skipped = {n.source: n.message for n in notices if n.skipped}
    assert set(skipped) == {f"{path}:2", f"{path}:3", f"{path}:7", f"{path}:9"}
    assert "JSON" in skipped[f"{path}:2"]
    assert "text" in skipped[f"{path}:3"]
    renamed = [n for n in notices if not n.skipped]
    assert len(renamed) == 1 and "a#2" in renamed[0].message


@pytest.mark.parametrize("separator", ["\u2028", "\x85"])
def test_jsonl_text_with_unicode_line_separator(tmp_path: Path, separator):
    path = tmp_path / "unicode.jsonl"
    records = [
        {"id": "a", "text": f"First part{separator}second part."},
        {"id": "b", "text": "Plain."},
    ]
    lines = [json.dumps(r, ensure_ascii=False) for r in records]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    notices, notify = _collect()
    docs = load_documents(path, on_notice=notify)
    assert [(d.id, d.text) for d in docs] == [(r["id"], r["text"]) for r in records]
    assert notices == []


def test_duplicate_ids_renamed_uniquely(tmp_path: Path):
    path = tmp_path / "dups.jsonl"
    records = [
        {"id": "x", "text": "1."},
        {"id": "x", "text": "2."},
        {"id": "x#2", "text": "3."},
        {"id": "x", "text": "4."},
    ]
    path.write_text("\n".join(json.dumps(r) for r in records), encoding="utf-8")
    notices, notify = _collect()
    docs = load_documents(path, on_notice=notify)
    ids = [d.id for d in docs]
    # The record the user named x#2 keeps its name; the copies of x skip it.
    assert ids == ["x", "x#3", "x#2", "x#4"]
    assert [d.text for d in docs] == ["1.", "2.", "3.", "4."]
    assert sum(not n.skipped for n in notices) == 2  # the two copies of x


def test_duplicate_ids_across_sources_renamed(tmp_path: Path):
    _write(tmp_path / "one" / "same.txt", "From one.")
    _write(tmp_path / "two" / "same.txt", "From two.")
    notices, notify = _collect()
    docs = load_documents(tmp_path / "one", tmp_path / "two", on_notice=notify)
    assert [d.id for d in docs] == ["same.txt", "same.txt#2"]
    assert [d.text for d in docs] == ["From one.", "From two."]
    assert any("renamed" in n.message for n in notices)


def test_jsonl_with_bom(tmp_path: Path):
    path = tmp_path / "bom.jsonl"
    path.write_bytes(codecs.BOM_UTF8 + json.dumps({"id": "q", "text": "Hi."}).encode())
    (doc,) = load_documents(path, on_notice=lambda n: None)
    assert (doc.id, doc.text) == ("q", "Hi.")


# -- streams ------------------------------------------------------------------------


def test_load_bytes_stream():
    notices, notify = _collect()
    (doc,) = load_documents(io.BytesIO(SAMPLE.encode("utf-8")), on_notice=notify)
    assert doc.text == SAMPLE
    assert doc.id.startswith("stream")
    assert doc.path is None
    assert notices == []


def test_load_text_stream_and_legacy_bytes_stream():
    notices, notify = _collect()
    docs = load_documents(
        io.StringIO("Text stream."),
        io.BytesIO("“Quoted” €".encode("cp1252")),
        on_notice=notify,
    )
    assert [d.text for d in docs] == ["Text stream.", "“Quoted” €"]
    assert len({d.id for d in docs}) == 2
    assert len(notices) == 1 and not notices[0].skipped


def test_mixed_sources_keep_order(tmp_path: Path):
    _write(tmp_path / "f.txt", "File.")
    docs = load_documents(io.StringIO("Stream."), tmp_path / "f.txt", on_notice=lambda n: None)
    assert [d.text for d in docs] == ["Stream.", "File."]


def test_jsonl_is_read_line_by_line_without_a_file_size_limit(tmp_path):
    """A JSONL file larger than max_bytes loads; only an over-long line is skipped."""
    from summarizer.documents import load_jsonl

    lines = [
        json.dumps({"id": f"d{i}", "text": f"Sentence number {i} is here."}) for i in range(50)
    ]
    lines.insert(10, json.dumps({"id": "huge", "text": "x " * 600}))
    path = tmp_path / "big.jsonl"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    notices: list[LoadNotice] = []
    docs = load_jsonl(path, max_bytes=200, on_notice=notices.append)
    assert [d.id for d in docs] == [f"d{i}" for i in range(50)]
    assert len(notices) == 1 and "limit" in notices[0].message and notices[0].source.endswith(":11")


def test_dash_as_a_path_object_is_standard_input(monkeypatch):
    import io as _io
    import types

    monkeypatch.setattr("sys.stdin", types.SimpleNamespace(buffer=_io.BytesIO(b"From stdin. Yes.")))
    docs = load_documents(Path("-"), on_notice=lambda n: None)
    assert [(d.id, d.text) for d in docs] == [("stdin", "From stdin. Yes.")]


# -- how the API is called ---------------------------------------------------------


def _files(tmp_path: Path, n: int = 3) -> list[Path]:
    paths = []
    for i in range(n):
        path = tmp_path / f"f{i}.txt"
        path.write_text(f"Report number {i} was published on Monday.", encoding="utf-8")
        paths.append(path)
    return paths


@pytest.mark.parametrize("shape", [list, tuple, iter, lambda ps: (p for p in ps)])
def test_paths_in_a_list_tuple_or_generator(tmp_path: Path, shape):
    paths = _files(tmp_path)
    docs = load_documents(shape([str(p) for p in paths]))
    assert [d.text for d in docs] == [p.read_text(encoding="utf-8") for p in paths]
    mixed = load_documents(paths[0], [paths[1], [paths[2]]])  # nested lists unpack too
    assert [d.path for d in mixed] == [str(p) for p in paths]


@pytest.mark.parametrize(
    ("bad", "what"),
    [
        (b"a.txt", "bytes"),
        (None, "NoneType"),
        (3, "int"),
        (2.5, "float"),
        ({"a": "b"}, "a mapping"),
    ],
)
def test_other_sources_are_refused_with_a_summarizer_error(bad, what):
    with pytest.raises(SummarizerError, match=f"load_documents takes paths .* got {what}"):
        load_documents(bad)
    with pytest.raises(SummarizerError):
        load_documents([bad])


def test_extensions_as_one_string_or_without_the_dot(tmp_path: Path):
    _files(tmp_path, 2)
    (tmp_path / "notes.md").write_text("A note about the river.", encoding="utf-8")
    (tmp_path / "x.t").write_text("Not read.", encoding="utf-8")
    (tmp_path / "t").write_text("Not read either.", encoding="utf-8")
    as_string = load_documents(tmp_path, extensions=".txt", on_notice=lambda n: None)
    assert [d.id for d in as_string] == ["f0.txt", "f1.txt"]
    without_dot = load_documents(tmp_path, extensions=["MD"], on_notice=lambda n: None)
    assert [d.id for d in without_dot] == ["notes.md"]
    for bad in ("", ["."], [3], 3, "*.txt", "txt,md", ".t xt", "a/b"):
        with pytest.raises(SummarizerError, match="extensions"):
            load_documents(tmp_path, extensions=bad)


def test_max_bytes_is_validated_and_takes_a_size(tmp_path: Path):
    big = tmp_path / "big.txt"
    big.write_text("The storm closed the road. " * 400, encoding="utf-8")  # 10,800 bytes
    notices, notify = _collect()
    assert load_documents(big, max_bytes="8K", on_notice=notify) == []
    assert "over the 8,192-byte limit" in notices[0].message
    assert len(load_documents(big, max_bytes="1M")) == 1
    assert len(load_documents(big, max_bytes=20_000)) == 1
    for bad in (0, -5, "lots", "8X", 1.5, True, None):
        with pytest.raises(SummarizerError, match="size"):
            load_documents(big, max_bytes=bad)


def test_document_path_may_be_a_path_object(tmp_path: Path):
    doc = Document("a", "Some text here.", path=tmp_path / "a.txt")
    assert doc.path == str(tmp_path / "a.txt")
    with pytest.raises(InvalidDocumentError, match="path"):
        Document("a", "Some text here.", path=3)


def test_lone_surrogates_are_replaced_with_a_notice(tmp_path: Path):
    path = tmp_path / "s.jsonl"
    path.write_text(
        '{"id": "a\\udc80", "title": "T\\ud800", '
        '"text": "The cat \\ud800 sat on the mat today."}\n',
        encoding="utf-8",
    )
    notices, notify = _collect()
    (doc,) = load_documents(path, on_notice=notify)
    assert doc.text == "The cat \ufffd sat on the mat today."  # one code point for one
    assert doc.id == "a\ufffd" and doc.title == "T\ufffd"
    assert [n.message for n in notices] == [
        "1 lone surrogate code point (invalid Unicode) replaced with U+FFFD"
    ]
    assert not notices[0].skipped


def test_a_huge_size_limit_reserves_nothing(tmp_path: Path):
    path = tmp_path / "a.txt"
    path.write_text("The storm hit the coast today.", encoding="utf-8")
    jsonl = tmp_path / "b.jsonl"
    jsonl.write_text('{"id": "b", "text": "Rain fell all day."}\n', encoding="utf-8")
    docs = load_documents(path, jsonl, io.BytesIO(b"Rivers rose."), max_bytes=2**70)
    assert [d.text for d in docs] == [
        "The storm hit the coast today.",
        "Rain fell all day.",
        "Rivers rose.",
    ]
