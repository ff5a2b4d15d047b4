"""Many collections at once: reading them, summarizing them in workers, the
``summarizer batch`` command."""

from __future__ import annotations

import io
import json
import multiprocessing
from pathlib import Path

import pytest
from rich.console import Console

from summarizer import Document, summarize
from summarizer.batch import (
    BatchResult,
    Collection,
    count_collections,
    read_collections,
    summarize_many,
)
from summarizer.cli import main
from summarizer.settings import SummarizerSettings
from summarizer.workers import stream_tasks

SEEDS = Path(__file__).resolve().parent.parent / "seeds"
TEXTS = [p.read_text(encoding="utf-8") for p in sorted(SEEDS.glob("*.txt"))]


def collection_line(collection_id: str, texts: list[str], **extra: object) -> str:
    documents = [{"id": f"{collection_id}-{k}", "text": t} for k, t in enumerate(texts)]
    return json.dumps({"id": collection_id, "documents": documents, **extra})


@pytest.fixture
def batch_file(tmp_path: Path) -> Path:
    lines = [
        collection_line("all five", TEXTS),
        collection_line("two", TEXTS[:2]),
        "not json at all",
        collection_line("empty", []),
        collection_line("one", TEXTS[3:4], focus="Nobel Peace Prize"),
        json.dumps({"id": "no text", "documents": [{"id": "x"}]}),
        "",
        collection_line("three", TEXTS[2:]),
    ]
    path = tmp_path / "clusters.jsonl"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


# -- reading -----------------------------------------------------------------------------


def test_a_jsonl_file_gives_one_collection_per_line_and_the_reason_for_a_bad_one(
    batch_file: Path,
) -> None:
    items = list(read_collections(batch_file))
    assert [item.id for item in items] == [
        "all five",
        "two",
        f"{batch_file}:3",
        "empty",
        "one",
        "no text",
        "three",
    ]
    assert isinstance(items[0], Collection) and len(items[0].documents) == 5
    assert items[0].documents[0] == Document("all five-0", TEXTS[0])
    assert items[2].error == "not valid JSON (Expecting value)"
    assert items[4].focus == "Nobel Peace Prize"
    assert items[5].error == 'document 1: no string "text" field'
    assert count_collections(batch_file) == 7  # blank lines are not collections


@pytest.mark.parametrize(
    ("line", "reason"),
    [
        ("[1, 2]", "not a JSON object"),
        ('{"id": "c"}', 'no "documents" list'),
        ('{"id": "c", "documents": ["text"]}', "document 1 is not a JSON object"),
        ('{"id": "c", "documents": [], "focus": 3}', '"focus" must be a string'),
    ],
)
def test_an_invalid_line_says_why(tmp_path: Path, line: str, reason: str) -> None:
    path = tmp_path / "c.jsonl"
    path.write_text(line + "\n", encoding="utf-8")
    (item,) = read_collections(path)
    assert isinstance(item, BatchResult) and item.error == reason


def test_a_line_over_the_limit_is_an_error_and_the_next_lines_are_read(tmp_path: Path) -> None:
    path = tmp_path / "c.jsonl"
    path.write_text(
        collection_line("big", ["word " * 5000]) + "\n" + collection_line("small", ["A b c."]),
        encoding="utf-8",
    )
    big, small = read_collections(path, max_bytes=1000)
    assert "1,000-byte limit" in big.error
    assert isinstance(small, Collection) and small.id == "small"


def test_a_directory_gives_one_collection_per_sub_directory(tmp_path: Path) -> None:
    for name, texts in (("b-story", TEXTS[:2]), ("a-story", TEXTS[2:3]), (".hidden", TEXTS)):
        (tmp_path / name).mkdir()
        for k, text in enumerate(texts):
            (tmp_path / name / f"{k}.txt").write_text(text, encoding="utf-8")
    (tmp_path / "a-story" / "photo.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00binary")
    (tmp_path / "empty").mkdir()
    items = list(read_collections(tmp_path))
    assert [item.id for item in items] == ["a-story", "b-story", "empty"]
    assert len(items[0].documents) == 1 and any("photo.txt" in n for n in items[0].notices)
    assert len(items[1].documents) == 2
    assert count_collections(tmp_path) == 3


def test_a_missing_input_is_an_error() -> None:
    from summarizer.errors import DocumentLoadError

    with pytest.raises(DocumentLoadError, match="no such file"):
        list(read_collections("/no/such/clusters.jsonl"))


# -- summarizing -------------------------------------------------------------------------


def test_results_come_in_input_order_and_failures_do_not_stop_the_batch(
    batch_file: Path,
) -> None:
    results = list(summarize_many(read_collections(batch_file), max_sentences=2, jobs=2))
    assert [r.id for r in results] == [item.id for item in read_collections(batch_file)]
    assert [r.ok for r in results] == [True, True, False, False, True, False, True]
    assert results[3].error == "no documents given"
    assert all(len(r.summary.sentences) <= 2 for r in results if r.ok)


def test_the_results_do_not_depend_on_the_number_of_workers(batch_file: Path) -> None:
    one = [r.to_dict() for r in summarize_many(read_collections(batch_file), jobs=1)]
    two = [r.to_dict() for r in summarize_many(read_collections(batch_file), jobs=2)]
    assert one == two


def test_a_collection_is_summarized_as_summarize_would(batch_file: Path) -> None:
    from summarizer import summarize

    items = {item.id: item for item in read_collections(batch_file)}
    results = {r.id: r for r in summarize_many(items.values(), max_words=60, jobs=2)}
    alone = summarize(items["all five"].documents, max_words=60)
    assert results["all five"].summary.to_dict() == alone.to_dict()
    # A collection's own focus replaces the batch's (none here).
    focused = summarize(items["one"].documents, max_words=60, focus="Nobel Peace Prize")
    assert results["one"].summary.to_dict() == focused.to_dict()


def test_a_wrong_setting_is_refused_at_the_call() -> None:
    from summarizer import InvalidSettingsError

    with pytest.raises(InvalidSettingsError, match="max_words"):
        summarize_many(iter(()), max_words=0)


def test_mappings_and_wrong_items_are_accepted_and_reported() -> None:
    results = list(
        summarize_many(
            [{"id": "m", "documents": TEXTS[:2]}, 42, {"documents": ["One short sentence here."]}],
            max_sentences=1,
            jobs=1,
        )
    )
    assert [r.id for r in results] == ["m", "collection-2", "collection-3"]
    assert results[0].ok and results[2].ok
    assert "must be a Collection or a mapping, got int" in results[1].error


def test_collections_are_read_only_as_workers_need_them() -> None:
    """Memory is bounded by the collections in flight: the first result comes
    after at most the window of collections has been read."""
    read = []

    def collections():
        for k in range(40):
            read.append(k)
            yield Collection(f"c{k}", (Document("d", f"Sentence number {k} is here."),))

    results = summarize_many(collections(), max_sentences=1, jobs=2)
    first = next(results)
    assert first.id == "c0" and len(read) <= 8  # four per worker
    results.close()
    serial = summarize_many(collections(), max_sentences=1, jobs=1)
    read.clear()
    next(serial)
    assert read == [0]


def test_stream_tasks_keeps_order_and_leaves_no_worker_when_stopped_early() -> None:
    results = stream_tasks(_square, iter(range(30)), shared=None, jobs=2, window=4)
    assert [next(results) for _ in range(5)] == [0, 1, 4, 9, 16]
    results.close()
    assert multiprocessing.active_children() == []
    assert list(stream_tasks(_square, range(7), jobs=2)) == [k * k for k in range(7)]


def _square(_: object, k: int) -> int:
    return k * k


def test_a_slow_task_holds_back_the_reading_not_the_memory() -> None:
    """While the first task runs long, the other worker finishes the next
    ones; their results wait, and no more than the window is read."""
    read = []

    def tasks():
        for k in range(50):
            read.append(k)
            yield k

    results = stream_tasks(_slow_first, tasks(), shared=None, jobs=2, window=4)
    assert next(results) == 0
    assert len(read) <= 5  # the window, and the one the idle worker asked for
    assert list(results) == list(range(1, 50))


def _slow_first(_: object, k: int) -> int:
    import time

    if k == 0:
        time.sleep(0.5)
    return k


def test_a_result_as_a_json_record() -> None:
    failed = BatchResult("x", error="no documents given", notices=("a.bin: skipped",))
    assert failed.to_dict() == {
        "id": "x",
        "error": "no documents given",
        "notices": ["a.bin: skipped"],
    }
    (done,) = summarize_many([Collection("y", (Document("d", "One sentence here."),))], jobs=1)
    record = done.to_dict()
    assert set(record) == {"id", "summary"} and record["summary"]["schema_version"] >= 5


# -- the command -------------------------------------------------------------------------


def run_batch(*args: str, terminal: bool = False) -> tuple[int, str, str]:
    """``summarizer batch ARGS``: exit code, standard output and error (a
    terminal, with its progress bar, when ``terminal``)."""
    out = Console(file=io.StringIO(), width=200)
    err = Console(file=io.StringIO(), width=200, force_terminal=terminal)
    code = main(["batch", *args], console=out, err_console=err)
    return code, out.file.getvalue(), err.file.getvalue()


def test_the_command_writes_one_line_per_collection_and_counts_the_failures(
    batch_file: Path, tmp_path: Path
) -> None:
    output = tmp_path / "out.jsonl"
    code, stdout, stderr = run_batch(str(batch_file), "-o", str(output), "--sentences", "2")
    assert code == 4 and stdout == ""
    records = [json.loads(line) for line in output.read_text(encoding="utf-8").splitlines()]
    assert [r["id"] for r in records][:2] == ["all five", "two"]
    assert len(records) == 7
    assert sum("error" in r for r in records) == 3
    assert "4 collections summarized, 3 failed" in stderr
    # Standard output when there is no --output; every collection fine: exit 0.
    good = tmp_path / "good.jsonl"
    good.write_text(collection_line("g", TEXTS[:2]) + "\n", encoding="utf-8")
    code, stdout, stderr = run_batch(str(good), "--sentences", "1")
    assert code == 0 and json.loads(stdout)["id"] == "g"
    assert "1 collection summarized, 0 failed" in stderr


def test_the_output_does_not_depend_on_the_number_of_workers(
    batch_file: Path, tmp_path: Path
) -> None:
    one, two = tmp_path / "one.jsonl", tmp_path / "two.jsonl"
    run_batch(str(batch_file), "-o", str(one), "--jobs", "1")
    run_batch(str(batch_file), "-o", str(two), "--jobs", "2")
    assert one.read_bytes() == two.read_bytes()


def test_resume_keeps_the_whole_lines_and_does_the_rest(batch_file: Path, tmp_path: Path) -> None:
    full, cut = tmp_path / "full.jsonl", tmp_path / "cut.jsonl"
    run_batch(str(batch_file), "-o", str(full), "--words", "50")
    data = full.read_bytes()
    second_line_end = data.index(b"\n", data.index(b"\n") + 1)
    cut.write_bytes(data[: second_line_end + 40])  # two lines and a piece of the third
    code, _, stderr = run_batch(str(batch_file), "-o", str(cut), "--words", "50", "--resume")
    assert code == 4
    assert cut.read_bytes() == data
    assert "2 kept from" in stderr and "2 collections summarized, 3 failed" in stderr


def test_resume_refuses_a_file_it_did_not_write(batch_file: Path, tmp_path: Path) -> None:
    other = tmp_path / "notes.txt"
    other.write_text("my notes\n", encoding="utf-8")
    code, _, stderr = run_batch(str(batch_file), "-o", str(other), "--resume")
    assert code == 1 and "not a line of a batch output" in stderr
    assert other.read_text(encoding="utf-8") == "my notes\n"  # left as it was


@pytest.mark.parametrize(
    ("args", "code", "message"),
    [
        (["/no/such.jsonl"], 1, "no such file or directory"),
        (["{input}", "--resume"], 2, "--resume needs --output FILE"),
        (["{input}", "--sentences", "0"], 2, "must be at least 1"),
        (["{input}", "--focus", " "], 2, "focus must be a non-empty text"),
    ],
)
def test_bad_input_is_one_line_and_an_exit_code(
    batch_file: Path, args: list[str], code: int, message: str
) -> None:
    got, _, stderr = run_batch(*(a.format(input=batch_file) for a in args))
    assert got == code and message in stderr
    assert "Traceback" not in stderr


def test_document_text_cannot_break_a_line_of_the_output(tmp_path: Path) -> None:
    text = "The deal was signed\u2028today.\n\nIt covers minerals\u202e and rare earths."
    path = tmp_path / "c.jsonl"
    path.write_text(collection_line("odd", [text, text + " Again."]) + "\n", encoding="utf-8")
    output = tmp_path / "out.jsonl"
    assert run_batch(str(path), "-o", str(output))[0] == 0
    (line,) = output.read_text(encoding="utf-8").split("\n")[:-1]
    assert "\u2028" not in line and "\u202e" not in line
    assert "\\u2028" in line or "\\u202e" in line


# -- what a reviewer's mutations showed unguarded --------------------------------------


def test_each_collection_is_summarized_with_one_process(monkeypatch) -> None:
    """B1: summarize_many runs each collection with jobs=1, whatever the settings say."""
    import summarizer.pipeline as pipeline

    seen = []
    real = pipeline.Summarizer.summarize

    def spy(self, documents, **kwargs):
        seen.append(self.settings.jobs)
        return real(self, documents, **kwargs)

    monkeypatch.setattr(pipeline.Summarizer, "summarize", spy)
    (result,) = summarize_many(
        [Collection("c", (Document("d", TEXTS[0]),))], SummarizerSettings(jobs=4), jobs=1
    )
    assert result.ok and seen == [1]


def test_a_mapping_s_own_focus_is_used() -> None:
    """B3: the "focus" of a mapping replaces the batch's."""
    docs = TEXTS[3:4]
    (result,) = summarize_many(
        [{"id": "m", "documents": docs, "focus": "Nobel Peace Prize"}], max_words=60, jobs=1
    )
    focused = summarize(docs, max_words=60, focus="Nobel Peace Prize")
    assert focused.to_dict() != summarize(docs, max_words=60).to_dict()  # the focus matters
    assert result.summary.to_dict() == focused.to_dict()


def test_an_empty_id_becomes_the_line_s_place(tmp_path: Path) -> None:
    """B7: "id": "" is no id; the collection is named <file>:<line>."""
    path = tmp_path / "c.jsonl"
    path.write_text(json.dumps({"id": "", "documents": [{"id": "a", "text": "A b."}]}) + "\n")
    (item,) = read_collections(path)
    assert item.id == f"{path}:1"


def test_an_unexpected_error_fails_one_collection_not_the_batch(monkeypatch) -> None:
    """B8: a bug in one collection is its error; the batch goes on."""
    import summarizer.pipeline as pipeline

    real = pipeline.Summarizer.summarize

    def flaky(self, documents, **kwargs):
        if documents[0].id == "boom":
            raise RuntimeError("bad luck")
        return real(self, documents, **kwargs)

    monkeypatch.setattr(pipeline.Summarizer, "summarize", flaky)
    items = [
        Collection("a", (Document("boom", "One sentence here."),)),
        Collection("b", (Document("fine", "Another sentence here."),)),
    ]
    first, second = summarize_many(items, jobs=1)
    assert first.error == "internal error: RuntimeError: bad luck"
    assert second.ok


def test_a_failed_collection_keeps_its_notices() -> None:
    """B9: what was skipped is reported for a collection that then fails."""
    (result,) = summarize_many([Collection("x", (), None, ("a.bin: skipped",))], jobs=1)
    assert result.error == "no documents given"
    assert result.to_dict()["notices"] == ["a.bin: skipped"]


def test_each_line_is_on_disk_before_the_next_collection_is_done(
    monkeypatch, tmp_path: Path
) -> None:
    """C1: a killed run leaves every finished line in the file (flushed)."""
    import summarizer.batch as batch

    output = tmp_path / "out.jsonl"
    seen = []

    def fake(pending, settings, **kwargs):
        for item in pending:
            yield BatchResult(item.id, error="x")
            seen.append(output.read_text(encoding="utf-8").count("\n"))

    monkeypatch.setattr(batch, "summarize_many", fake)
    path = tmp_path / "c.jsonl"
    path.write_text("\n".join(json.dumps({"id": k, "documents": []}) for k in "abc") + "\n")
    assert run_batch(str(path), "-o", str(output))[0] == 4
    assert seen == [1, 2, 3]


def test_the_progress_counts_only_what_is_left(monkeypatch, tmp_path: Path) -> None:
    """C6: after --resume, the progress total is the collections still to do."""
    import summarizer.cli as cli

    totals = []
    real_init = cli._BatchProgress.__init__

    def spy(self, console, total):
        totals.append(total)
        real_init(self, console, total)

    monkeypatch.setattr(cli._BatchProgress, "__init__", spy)
    path = tmp_path / "c.jsonl"
    path.write_text("\n".join(json.dumps({"id": k, "documents": []}) for k in "abc") + "\n")
    output = tmp_path / "out.jsonl"
    output.write_text(json.dumps({"id": "a", "error": "no documents given"}) + "\n")
    run_batch(str(path), "-o", str(output), "--resume", terminal=True)
    assert totals == [2]


def test_the_input_is_not_counted_when_no_progress_is_shown(monkeypatch, tmp_path: Path) -> None:
    """Counting reads the input a second time: only done for a terminal's bar."""
    import summarizer.batch as batch

    def counted(source):
        raise AssertionError("counted without a progress bar")

    monkeypatch.setattr(batch, "count_collections", counted)
    path = tmp_path / "c.jsonl"
    path.write_text(json.dumps({"id": "a", "documents": []}) + "\n")
    code, stdout, stderr = run_batch(str(path))
    assert code == 4 and stderr.endswith("0 collections summarized, 1 failed\n")


def test_resume_does_not_redo_a_collection_that_failed(tmp_path: Path) -> None:
    """C3: an error line is a finished collection too."""
    path = tmp_path / "c.jsonl"
    path.write_text("\n".join(json.dumps({"id": k, "documents": []}) for k in "abc") + "\n")
    output = tmp_path / "out.jsonl"
    output.write_text(json.dumps({"id": "a", "error": "no documents given"}) + "\n")
    code, _, stderr = run_batch(str(path), "-o", str(output), "--resume")
    ids = [json.loads(line)["id"] for line in output.read_text().splitlines()]
    assert ids == ["a", "b", "c"]
    assert "1 kept from" in stderr and "0 collections summarized, 2 failed" in stderr


def test_the_local_engine_keeps_to_the_window_it_is_given() -> None:
    """L1: LocalEngine.stream(window=) bounds the tasks read ahead."""
    from summarizer.engines import LocalEngine

    read = []

    def tasks():
        for k in range(50):
            read.append(k)
            yield k

    stream = LocalEngine(2).stream(_slow_first, tasks(), window=3)
    assert next(stream) == 0
    assert len(read) <= 4
    assert list(stream) == list(range(1, 50))
