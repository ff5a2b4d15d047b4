"""Smoke tests of the benchmark scripts: their code paths on tiny inputs.

The benchmarks themselves (full data, timings) are run by hand; see README.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"


@pytest.fixture(scope="module")
def benchmarks():
    for module in ("rouge_score", "sumy", "summa"):
        pytest.importorskip(module)
    sys.path.insert(0, str(ROOT / "benchmarks"))
    try:
        import quality
        import systems

        yield quality, systems
    finally:
        sys.path.remove(str(ROOT / "benchmarks"))


@pytest.fixture
def clusters_file(tmp_path: Path) -> Path:
    """Two clusters in the benchmark format, made from the seed articles."""
    texts = [p.read_text(encoding="utf-8") for p in sorted(SEEDS.glob("*.txt"))]
    reference = (
        "Japan's prime minister Sanae Takaichi and Donald Trump signed an agreement on rare "
        "earths and critical minerals and pledged a golden age of the alliance. Takaichi "
        "plans to nominate Trump for the Nobel Peace Prize."
    )
    lines = [
        {
            "id": "c1",
            "documents": [
                {"id": f"c1-d{i}", "title": None, "text": t} for i, t in enumerate(texts[:3])
            ],
            "references": [reference],
        },
        {
            "id": "c2",
            "documents": [
                {"id": f"c2-d{i}", "title": None, "text": t} for i, t in enumerate(texts[3:])
            ],
            "references": [reference, "Trump met Takaichi in Tokyo."],
        },
    ]
    path = tmp_path / "dev.jsonl"
    path.write_text("\n".join(json.dumps(line) for line in lines) + "\n", encoding="utf-8")
    return path


def test_quality_benchmark_smoke(benchmarks, clusters_file: Path, tmp_path: Path) -> None:
    quality, systems = benchmarks
    output = tmp_path / "out.json"
    code = quality.main([str(clusters_file), "--words", "40", "--ablate", "--output", str(output)])
    assert code == 0
    report = json.loads(output.read_text(encoding="utf-8"))
    assert report["clusters"] == 2 and report["words"] == 40
    expected = {"ours", *systems.PEERS, *systems.ABLATIONS}
    assert set(report["results"]) == expected
    for name, result in report["results"].items():
        for metric in ("rouge1", "rouge2", "rougeL"):
            for part in ("precision", "recall", "f1"):
                assert 0.0 <= result[metric][part] <= 100.0, (name, metric, part)
        # Run here, so timed (the time itself is the speed benchmark's business).
        assert isinstance(result["seconds"], float) and result["seconds"] > 0.0
    # The reference shares many words with the seeds: every system scores some ROUGE-1.
    assert all(r["rouge1"]["f1"] > 10.0 for r in report["results"].values())


def test_every_system_respects_the_budget_with_one_sentence_of_overflow(benchmarks) -> None:
    _, systems = benchmarks
    texts = [p.read_text(encoding="utf-8") for p in sorted(SEEDS.glob("*.txt"))]
    for name, system in {"ours": systems.ours(), **systems.PEERS}.items():
        summary = system(texts, 30)
        sentences = systems.sentences_of(summary)
        assert len(summary.split()) >= 30, name  # the budget is filled ...
        # ... and only one sentence crosses it (the last chosen, wherever
        # reading order puts it): without it the summary is within budget.
        lengths = [len(s.split()) for s in sentences]
        assert sum(lengths) - max(lengths) < 30, name


def test_sumy_tokenizer_needs_no_punkt_data(benchmarks) -> None:
    _, systems = benchmarks
    tokenizer = systems.PunktFreeTokenizer()
    assert tokenizer.to_sentences("Mr. Smith went to Washington. He met the U.S. team.") == (
        "Mr. Smith went to Washington.",
        "He met the U.S. team.",
    )
    assert tokenizer.to_words("It's a U.S. deal.") == ("It's", "a", "U", "S", "deal")


def test_default_budget_from_the_dataset_path(benchmarks) -> None:
    quality, _ = benchmarks
    assert quality.default_words(Path("../shared/data/opinosis/dev.jsonl")) == 20
    assert quality.default_words(Path("data/multinews_longbench/dev.jsonl")) == 260
    with pytest.raises(SystemExit):
        quality.default_words(Path("elsewhere/dev.jsonl"))


def test_speed_benchmark_smoke(tmp_path: Path) -> None:
    """The speed benchmark's whole code path on a tiny corpus (real, then generated)."""
    for module in ("sumy", "summa", "matplotlib"):
        pytest.importorskip(module)
    sys.path.insert(0, str(ROOT / "benchmarks"))
    try:
        import speed
    finally:
        sys.path.remove(str(ROOT / "benchmarks"))
    documents = [{"id": p.name, "text": p.read_text(encoding="utf-8")} for p in SEEDS.glob("*.txt")]
    cluster = {"id": "c", "documents": documents, "references": ["x"]}
    for dataset in ("tac2011_multiling_en", "multinews"):
        data = tmp_path / "data" / dataset
        data.mkdir(parents=True)
        (data / "dev.jsonl").write_text(json.dumps(cluster) + "\n", encoding="utf-8")
    output = tmp_path / "speed.json"
    argv = ["--sizes", "300", "--cap", "60", "--command-runs", "1", "--peers", "summa-textrank"]
    argv += ["--batch", "3", "--no-dask"]
    argv += ["--data", str(tmp_path / "data"), "--cache", str(tmp_path / "cache")]
    assert speed.main([*argv, "--output", str(output)]) == 0
    report = json.loads(output.read_text(encoding="utf-8"))
    (row,) = report["sizes"]
    # The seeds (about 120 sentences) come first, then generated documents.
    assert 0 < row["real_sentences"] < 300 <= row["sentences"]
    assert row["generated_sentences"] == row["sentences"] - row["real_sentences"]
    assert row["ours"]["seconds"] > 0 and row["floor"]["seconds"] > 0
    assert row["summa-textrank"]["seconds"] > 0 and "sumy-lexrank" not in row
    assert set(row["ours"]["stages"]) >= {"load", "split", "clean", "rank", "select"}
    assert row["ours"]["peak_rss_mb"] > 10
    assert report["command_on_seeds"]["ratio"] > 0
    batch = report["batch"]
    assert batch["collections"] == 3 and batch["outputs_identical"]
    assert set(batch["rows"]) == {"local, 1 worker", "local, 2 workers", "floor, summed"}
    assert output.with_suffix(".png").stat().st_size > 1000


def test_fuzz_smoke_and_replay(tmp_path: Path) -> None:
    """The fuzzer runs, reaches every target, and a saved input replays."""
    import subprocess

    output, crashes = tmp_path / "fuzz.json", tmp_path / "crashes"
    script = str(ROOT / "benchmarks" / "fuzz.py")
    # A number of inputs, not of seconds: the smoke test must not depend on
    # how busy the machine is.
    argv = [sys.executable, script, "--inputs", "8", "--seconds", "600", "--output", str(output)]
    done = subprocess.run([*argv, "--crashes", str(crashes)], capture_output=True, text=True)
    assert done.returncode == 0, done.stdout + done.stderr
    report = json.loads(output.read_text(encoding="utf-8"))
    assert report["inputs"] == 8 and report["problems"] == []
    assert report["reached"]["documents loaded"] > 0 and report["reached"]["summary made"] > 0
    sys.path.insert(0, str(ROOT / "benchmarks"))
    try:
        import fuzz
    finally:
        sys.path.remove(str(ROOT / "benchmarks"))
    saved = fuzz.save_crash(crashes, 1, [(".txt", b"The council met. It agreed.")], 5, "x", "y")
    replayed = subprocess.run(
        [sys.executable, script, "--replay", str(saved)], capture_output=True, text=True
    )
    assert replayed.returncode == 0 and "no problem" in replayed.stdout


def test_inputs_benchmark_smoke(benchmarks, clusters_file: Path, tmp_path: Path) -> None:
    import inputs

    output = tmp_path / "inputs.json"
    code = inputs.main([str(clusters_file), "--words", "60", "--output", str(output)])
    assert code == 0
    results = json.loads(output.read_text(encoding="utf-8"))["results"]
    assert set(results) == {"web", "wrapped", "markdown"}
    for kind, result in results.items():
        # Every rendered document is read back, and no page text reaches a summary.
        assert result["documents_loaded"] == result["documents_rendered"] == 5, kind
        assert result["polluted_summaries"] == 0, (kind, result["leaked"])
        assert abs(result["drop_f1"]["rouge1"]) < 5.0, kind


def test_opinions_benchmark_smoke(benchmarks, tmp_path: Path) -> None:
    import opinions

    texts = opinions.reviews(400, seed=0)
    assert texts == opinions.reviews(400, seed=0)  # seeded
    complaining = sum(any(c in t for c in opinions.COMPLAINTS) for t in texts) / len(texts)
    assert 0.08 < complaining < 0.18  # about MICROPHONE_SHARE + HINGE_SHARE
    output = tmp_path / "opinions.json"
    code = opinions.main(["--reviews", "60", "--seeds", "1", "--output", str(output)])
    assert code == 0
    report = json.loads(output.read_text(encoding="utf-8"))
    assert len(report["rows"]) == 4  # two shapes, two budgets
    for row in report["rows"]:
        assert row["sentences"] > 0 and row["complaint_sentences"] == len(row["complaints"])
        assert set(row["complaints"]) <= opinions.COMPLAINTS


def test_batch_benchmark_smoke(benchmarks, clusters_file: Path, tmp_path: Path) -> None:
    import batch

    output = tmp_path / "batch.json"
    args = [str(clusters_file), "--collections", "3", "--words", "40", "--no-dask"]
    assert batch.main([*args, "--output", str(output)]) == 0
    report = json.loads(output.read_text(encoding="utf-8"))
    assert report["collections"] == 3 and report["outputs_identical"] is True
    assert set(report["rows"]) == {"local, 1 worker", "local, 2 workers", "floor, summed"}
    assert all(row["seconds"] > 0 for row in report["rows"].values())
