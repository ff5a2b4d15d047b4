"""The wiring of the language support: each document's profile reaches every
stage (splitting, labelling, features, duplicates, trained tokenizers, worker
processes), every part of a profile is used, identification follows its
rules, and what was read reaches the JSON, the views and the command."""

from __future__ import annotations

import io
import json
from pathlib import Path

import jsonschema
import pycld2
import pytest
from rich.console import Console

from summarizer import Document, Summarizer, prepare, summarize, workers
from summarizer.classify import BODY, BOILERPLATE, FRAGMENT, HEADING, classify, label_document
from summarizer.cli import main
from summarizer.embedding import analyze
from summarizer.features import featurize, stack
from summarizer.focus import focus_terms
from summarizer.language import UNDETERMINED, english, profile
from summarizer.language.detect import SAMPLE_CHARS, choose_languages, identify
from summarizer.language.profiles import strip_accents
from summarizer.render import languages_text, markdown_view, rich_view, text_view
from summarizer.sentences import split_document
from summarizer.summary import CorpusStats, DocumentInfo, Source, Summary, SummarySentence

SCHEMA_PATH = Path(__file__).resolve().parent.parent / "summarizer" / "summary.schema.json"

# Short texts whose sentences and labels depend on their language: German
# abbreviations, ordinals, closing quotes and title words; the Greek
# question mark; the Hindi bar; a Chinese closing quote after its full stop.
DE = (
    "Der Streit um die Kosten der Flut\n\n"
    "Der Schaden durch das Hochwasser beträgt ca. 5 Millionen Euro, teilte die Verwaltung mit. "
    "Die nächste Sitzung ist am 3. Mai geplant. "
    "Der Bürgermeister sagte: „Wir brauchen mehr Geld.“ Das Geld soll aus Berlin kommen. "
    "Die Opposition kritisierte die Pläne scharf und forderte mehr Geld für die Schulen."
)
FR = (
    "Un incendie a détruit une usine de Lyon pendant la nuit. « Nous avons tout perdu », a "
    "déclaré le directeur. Les pompiers sont restés sur place jusqu'au matin."
)
EL = (
    "Η κυβέρνηση ανακοίνωσε χθες νέα μέτρα για τη στήριξη των νοικοκυριών. Τι σημαίνουν τα "
    "μέτρα για τους συνταξιούχους; Ο υπουργός Οικονομικών δήλωσε ότι οι συντάξεις θα "
    "αυξηθούν από τον Ιανουάριο."
)
HI = (
    "भारत सरकार ने मंगलवार को किसानों के लिए एक नई योजना की घोषणा की। कृषि मंत्री ने कहा कि "
    "योजना अगले महीने से लागू होगी | विपक्ष ने योजना को अपर्याप्त बताया।"
)
ZH = "北京市政府周二宣布了一项新的交通计划。市长说：“我们会做得更好。”许多市民表示支持。"
RU = (
    "Правительство России в среду утвердило новый бюджет. Т. е. расходы на школы вырастут. "
    "Министр финансов заявил, что дефицит останется небольшим."
)
TEXTS = {"de": DE, "fr": FR, "el": EL, "hi": HI, "zh": ZH, "ru": RU}
ENGLISH_TEXT = "The city council met on Tuesday to pass a new budget for the schools. " * 60


def sentences_of(text: str, code: str) -> list[str]:
    return [s.text for s in split_document(Document("d", text), profile(code))]


def every_sentence(summary: Summary) -> set[str]:
    """The texts of the chosen and the dropped sentences (every sentence read
    when the budget holds them all)."""
    return {s.text for s in summary.sentences} | {d.text for d in summary.dropped}


# -- each document's profile reaches every stage ------------------------------------


@pytest.fixture
def always_parallel(monkeypatch: pytest.MonkeyPatch) -> None:
    """Worker processes even for small inputs, in two chunks of several documents."""
    monkeypatch.setattr(prepare, "PARALLEL_MIN_CHARS", 0)
    monkeypatch.setattr(prepare, "CHUNKS_PER_WORKER", 1)


@pytest.mark.parametrize("jobs", [1, 2])
def test_each_document_is_split_labelled_and_featurised_in_its_own_language(
    always_parallel: None, jobs: int
) -> None:
    """In this process or in workers (profiles are sent by name), and when a
    chunk mixes languages: what each document's own profile gives."""
    if jobs > 1 and not workers.can_fork():
        pytest.skip("worker processes cannot be forked here")
    codes = ["de", "fr", "el", "hi", "ru", "de", "zh", "fr"]
    docs = [Document(f"d{k}", TEXTS[c]) for k, c in enumerate(codes)]
    bounds = prepare._chunk_bounds(docs, jobs)
    assert any(len({codes[k] for k in range(a, b)}) > 1 for a, b in bounds)
    if jobs > 1:
        assert len(bounds) == 2  # two tasks: they go to the workers

    got = prepare.prepare_documents(
        docs, profiles=[profile(c) for c in codes], tokenizers={}, label=True, jobs=jobs
    )

    split = [split_document(d, profile(c)) for d, c in zip(docs, codes, strict=True)]
    labelled = [
        label_document(s, profile(c), d.headings)
        for s, d, c in zip(split, docs, codes, strict=True)
    ]
    features = stack(
        [
            featurize([x.sentence.text for x in doc], profile(c))
            for doc, c in zip(labelled, codes, strict=True)
        ]
    )
    # In English the German text splits and labels otherwise.
    assert split_document(docs[0], english()) != split[0]
    assert label_document(split[0], english()) != labelled[0]
    assert got.sentences == split
    assert got.labelled == labelled
    assert (got.features.keys == features.keys).all()
    assert (got.features.lengths == features.lengths).all()
    assert (got.features.words != features.words).nnz == 0
    assert (got.features.terms != features.terms).nnz == 0


def test_a_summary_reads_each_document_in_its_language() -> None:
    summary = summarize([Document("de", DE), Document("fr", FR)], summary_language="any")
    assert [d.language for d in summary.documents] == ["de", "fr"]
    read = [d.sentences for d in summary.documents]
    assert read == [len(sentences_of(DE, "de")), len(sentences_of(FR, "fr"))] == [6, 3]
    assert len(sentences_of(DE, "en")) != 6
    assert summary.stats.headings_dropped == 1  # "Der Streit um die Kosten der Flut"


def test_tokenizers_trained_on_the_input_know_the_language() -> None:
    """German closing quotes stay with the sentence they close."""
    text = DE.split("\n\n")[1]
    docs = [Document("a", text), Document("b", text.replace("Berlin", "München"))]
    summary = summarize(docs, train_punkt=True, max_sentences=10)
    texts = every_sentence(summary)
    assert "Der Bürgermeister sagte: „Wir brauchen mehr Geld.“" in texts
    assert not any(t.startswith("“") for t in texts)


def test_a_tokenizer_trained_for_a_language_without_profile_is_used() -> None:
    """Maltese reads with the universal profile ("und"): the tokenizer
    trained on the input learns "Dr." and is the one used."""
    text = (
        "Il-Prim Ministru Dr. Abela tkellem dwar il-baġit il-ġdid. "
        "Il-Ministru tal-Finanzi Dr. Caruana qal li l-ekonomija qed tikber. "
        "L-Oppożizzjoni kkritikat il-pjan tal-Gvern. "
        "Dr. Grech qal li l-pjan mhux biżżejjed għall-familji."
    )
    assert profile("mt").code == UNDETERMINED
    untrained = summarize([text], language="mt", max_sentences=1)
    trained = summarize([text], language="mt", train_punkt=True, max_sentences=1)
    assert untrained.documents[0].sentences == 7  # cut after every "Dr."
    assert trained.documents[0].sentences == 4


def test_near_duplicates_are_judged_in_the_summary_language() -> None:
    """French sentences that differ in an article state the same fact when
    the summary is drawn from French, though the main language is German."""
    a = (
        "Le conseil municipal de Lyon a voté mardi soir le budget pour la nouvelle école du "
        "quartier."
    )
    b = a.replace("la nouvelle", "une nouvelle")
    docs = [Document("de", DE), Document("fr1", a), Document("fr2", b)]
    summary = summarize(docs, summary_language="fr", max_sentences=1)
    assert summary.language == "fr" and summary.documents[0].language == "de"
    assert summary.sentences[0].doc_ids == ("fr1", "fr2")


# -- Greek stop words: listed without accents, looked up without them ---------------


def test_greek_stop_words_are_looked_up_without_accents() -> None:
    greek = profile("el")
    assert greek.stop_words and all(strip_accents(w) == w for w in greek.stop_words)
    # "καίτοι" is listed only with its accent, "είναι" only without it.
    for word in ("καίτοι", "είναι", "ειναι"):
        assert greek.is_stop_word(word), word
    assert focus_terms("είναι καίτοι", [greek]) == {}
    assert list(focus_terms("Η κυβέρνηση είναι έτοιμη", [greek])) == ["κυβέρνηση", "έτοιμη"]


# -- the languages read and used ----------------------------------------------------


def _summary(languages: list[str], cited: list[int], language: str | None = None) -> Summary:
    """A summary of documents d0, d1 ... in ``languages`` citing the first
    sentence of each document in ``cited``, in that order."""
    docs = tuple(
        DocumentInfo(f"d{k}", None, None, 3, language=code) for k, code in enumerate(languages)
    )
    sentences = tuple(
        SummarySentence(f"Sentence {k}.", f"d{k}", 0, 0, 11, 1.0, 0, (Source(f"d{k}", 0, 11),))
        for k in cited
    )
    stats = CorpusStats(len(docs), 3 * len(docs), len(sentences), 0, 0, 0, 0, 1)
    return Summary(sentences, stats, docs, (), (), (), language=language)


def test_languages_read_list_the_most_documents_first_and_ties_by_code() -> None:
    summary = _summary(["es", "fr", "fr", "de"], cited=[1], language="fr")
    assert list(summary.languages_read.items()) == [("fr", 2), ("de", 1), ("es", 1)]
    assert list(summary.to_dict()["languages"]["read"]) == ["fr", "de", "es"]
    assert languages_text(summary) == "French (2), German (1), Spanish (1); summary from French"


def test_languages_used_are_in_the_order_of_the_summary() -> None:
    summary = _summary(["de", "fr", "es"], cited=[1, 0])
    assert summary.languages_used == ("fr", "de")
    assert summary.to_dict()["languages"] == {
        "summary": None,
        "read": {"de": 1, "es": 1, "fr": 1},
        "used": ["fr", "de"],
    }
    assert languages_text(summary).endswith("; summary from French, German")


# -- the JSON schema ------------------------------------------------------------------


@pytest.fixture(scope="module")
def validator() -> jsonschema.Draft202012Validator:
    schema = json.loads(SCHEMA_PATH.read_text(encoding="utf-8"))
    jsonschema.Draft202012Validator.check_schema(schema)
    return jsonschema.Draft202012Validator(schema)


def test_json_of_mixed_and_single_language_collections_validates(
    validator: jsonschema.Draft202012Validator,
) -> None:
    mixed = summarize([DE, FR, FR.replace("Lyon", "Lille")], summary_language="any")
    single = summarize([DE, DE.replace("Berlin", "München")])
    for summary in (mixed, single):
        for explain in (False, True):
            validator.validate(summary.to_dict(explain=explain))
    assert mixed.to_dict()["languages"]["summary"] is None
    assert mixed.to_dict()["languages"]["read"] == {"fr": 2, "de": 1}
    assert single.to_dict()["languages"] == {"summary": "de", "read": {"de": 2}, "used": ["de"]}


@pytest.mark.parametrize(
    "broken",
    [
        {"summary": "de", "read": {"de": 1}},  # "used" missing
        {"summary": "de", "read": {"de": 0}, "used": []},
        {"summary": "de", "read": {"de": 1.5}, "used": ["de"]},
        {"summary": "de", "read": {"de": "1"}, "used": ["de"]},
        {"summary": 3, "read": {"de": 1}, "used": ["de"]},
    ],
)
def test_schema_refuses_broken_languages(
    validator: jsonschema.Draft202012Validator, broken: dict
) -> None:
    data = summarize([DE]).to_dict()
    validator.validate(data)
    data["languages"] = broken
    with pytest.raises(jsonschema.ValidationError):
        validator.validate(data)


# -- identification -------------------------------------------------------------------


def test_han_alone_is_chinese_and_kana_make_japanese() -> None:
    """CLD2 calls a short line of Han characters Japanese and a Chinese
    sentence with a Japanese name in kana Chinese: kana decide."""
    han = "東京都知事選挙"
    kana = "北京市政府周二宣布了一项新的交通计划，由トヨタ公司负责。"
    assert pycld2.detect(han, bestEffort=False)[2][0][1] == "ja"
    assert pycld2.detect(kana, bestEffort=False)[2][0][1] == "zh"
    assert identify(han) == "zh"
    assert identify(kana) == "ja"


def test_main_language_is_the_one_with_the_most_text_not_the_first() -> None:
    langs = choose_languages([DE, ENGLISH_TEXT], "auto")
    assert langs.codes == ("de", "en") and langs.main == "en"


def test_main_language_weighs_whole_documents_not_samples_or_counts() -> None:
    """One long English document outweighs two German ones with less text in
    all, though each German one is close to a full sample."""
    unit = DE.split("\n\n")[1] + " "
    german = unit * (SAMPLE_CHARS // len(unit))  # just under one sample
    assert len(german) < SAMPLE_CHARS < 2 * len(german) < len(ENGLISH_TEXT)
    langs = choose_languages([ENGLISH_TEXT, german, german], "auto")
    assert langs.codes == ("en", "de", "de") and langs.main == "en"


def test_main_language_tie_goes_to_the_first_code_in_alphabetical_order() -> None:
    width = max(len(DE), len(FR))
    for texts in ([FR.ljust(width), DE.ljust(width)], [DE.ljust(width), FR.ljust(width)]):
        langs = choose_languages(texts, "auto")
        assert sorted(langs.codes) == ["de", "fr"] and langs.main == "de"


def test_documents_too_short_alone_are_identified_together() -> None:
    texts = ["Danke.", "Sehr gut.", "Wunderbar.", "Prima."]
    assert [identify(t) for t in texts] == [None] * 4
    langs = choose_languages(texts, "auto")
    assert langs == (("de",) * 4, "de", True)
    summary = summarize(texts, max_sentences=1)
    assert summary.language == "de"
    assert not any("could not be identified" in n for n in summary.notes)


def test_nynorsk_and_bokmal_are_identified_as_one_language() -> None:
    nynorsk = (
        "Regjeringa la i dag fram statsbudsjettet for neste år. Finansministeren seier at "
        "budsjettet skal gje meir pengar til skular og sjukehus."
    )
    bokmal = (
        "Regjeringen la i dag frem statsbudsjettet for neste år. Finansministeren sier at "
        "budsjettet skal gi mer penger til skoler og sykehus."
    )
    assert pycld2.detect(nynorsk, bestEffort=False)[2][0][1] == "nn"
    assert identify(nynorsk) == identify(bokmal) == "no"
    summary = summarize([nynorsk, bokmal], max_sentences=1)
    assert summary.languages_read == {"no": 2}
    assert not any("languages" in n for n in summary.notes), summary.notes


def test_a_text_in_several_languages_at_once_is_not_identified() -> None:
    """CLD2 is unsure (it names Russian, Hebrew and Spanish): no language."""
    text = (
        "האופוזיציה טענה כי התקציב אינו מטפל ביוקר המחיה. Эксперты считают, что инфляция "
        "в следующем году замедлится. Los empresarios pi"
    )
    reliable, _, found = pycld2.detect(text, bestEffort=False)
    assert not reliable and found[0][1] == "ru"
    assert identify(text) is None


def test_a_forced_language_is_not_reported_as_unidentified() -> None:
    summary = summarize(["Ok.", "Fine."], language="en", max_sentences=1)
    assert summary.language == "en"
    assert not any("could not be identified" in n for n in summary.notes), summary.notes


def test_a_summary_language_no_document_is_in_falls_back_to_the_main_language() -> None:
    docs = [Document("de", DE), Document("fr", FR)]
    summary = summarize(docs, summary_language="it", max_sentences=2)
    assert summary.language == "de"
    assert summary.sentences and {s.doc_id for s in summary.sentences} == {"de"}
    assert "no document is in Italian; the summary is drawn from German" in summary.notes


# -- the command and the views ----------------------------------------------------------


def _run_json(*argv: str | Path) -> dict:
    out = Console(file=io.StringIO(), width=100, record=True, highlight=False)
    err = Console(file=io.StringIO(), width=100, record=True, highlight=False)
    assert main([str(a) for a in argv], console=out, err_console=err) == 0, err.file.getvalue()
    return json.loads(out.file.getvalue())


def test_the_command_passes_its_language_options(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text(DE, encoding="utf-8")
    (tmp_path / "b.txt").write_text(FR, encoding="utf-8")
    auto = _run_json(tmp_path, "--format", "json")
    assert [d["language"] for d in auto["documents"]] == ["de", "fr"]
    assert auto["languages"]["summary"] == "de"

    french = _run_json(tmp_path, "--format", "json", "--summary-language", "fr")
    assert french["languages"] == {"summary": "fr", "read": {"de": 1, "fr": 1}, "used": ["fr"]}

    forced = _run_json(tmp_path, "--format", "json", "--language", "fr")
    assert [d["language"] for d in forced["documents"]] == ["fr", "fr"]
    assert forced["languages"]["read"] == {"fr": 2}


@pytest.fixture(scope="module")
def mixed_summary() -> Summary:
    docs = [Document("de1", DE), Document("de2", DE.replace("Berlin", "Bonn")), Document("fr1", FR)]
    return Summarizer(max_sentences=2).summarize(docs)


def _rich_text(summary: Summary, *, explain: bool) -> str:
    console = Console(file=io.StringIO(), width=160, record=True, color_system=None)
    console.print(rich_view(summary, explain=explain))
    return console.export_text()


def test_languages_are_named_in_every_view(mixed_summary: Summary) -> None:
    line = "Languages: German (2), French (1); summary from German"
    assert languages_text(mixed_summary) == line.removeprefix("Languages: ")
    assert line in text_view(mixed_summary, explain=True).splitlines()
    assert line in markdown_view(mixed_summary, explain=True).splitlines()
    assert line in [row.strip() for row in _rich_text(mixed_summary, explain=True).splitlines()]
    assert "Languages:" not in _rich_text(mixed_summary, explain=False)


def test_the_sources_table_has_a_language_column_when_languages_are_mixed(
    mixed_summary: Summary,
) -> None:
    rows = [row.split() for row in _rich_text(mixed_summary, explain=False).splitlines()]
    header = next(r for r in rows if r[:2] == ["#", "source"])
    assert header == ["#", "source", "lang", "read", "used"]
    assert [r[1:3] for r in rows if r and r[0] in ("[1]", "[2]", "[3]")] == [
        ["de1", "de"],
        ["de2", "de"],
        ["fr1", "fr"],
    ]
    single = summarize([Document("a", DE), Document("b", DE.replace("Berlin", "Bonn"))])
    rows = [row.split() for row in _rich_text(single, explain=False).splitlines()]
    assert next(r for r in rows if r[:2] == ["#", "source"]) == ["#", "source", "read", "used"]


# -- the parts of a profile -------------------------------------------------------------


def test_without_a_curated_table_near_duplicates_must_have_the_same_words() -> None:
    """Swahili has stop words but no table: "mkubwa" (big) and "mdogo" (small)
    are both stop words, and the sentences differing in them stay apart."""
    a = (
        "Serikali ya Kenya imetangaza mpango mkubwa wa kusaidia wakulima wa mahindi katika "
        "mkoa wa pwani mwaka huu."
    )
    b = a.replace("mkubwa", "mdogo")
    swahili = profile("sw")
    assert swahili.is_stop_word("mkubwa") and swahili.is_stop_word("mdogo")
    assert swahili.function_words == frozenset()
    end = " Wakulima walifurahi sana."
    summary = summarize([Document("a", a + end), Document("b", b + end)], max_sentences=2)
    assert summary.language == "sw"
    first = next(s for s in summary.sentences if s.text == a)
    assert first.doc_ids == ("a",)
    assert not any(d.reason == "duplicate" and d.text == b for d in summary.dropped)


def test_words_are_stemmed_in_their_language() -> None:
    german = profile("de")
    assert german.stem_word("häuser") == german.stem_word("haus")
    assert analyze("Häuser.", german) == analyze("Haus.", german)


def test_a_number_word_with_the_same_stem_is_another_fact() -> None:
    """ "hundert" and "hunderte" share a stem, and the sentences are alike
    enough to be compared: the number words keep them apart."""
    a = (
        "Bei dem schweren Unglück in der Innenstadt wurden nach Angaben der Polizei am Montag "
        "hundert Menschen verletzt."
    )
    b = a.replace("hundert", "hunderte")
    german = profile("de")
    assert german.stem_word("hundert") == german.stem_word("hunderte")
    summary = summarize([Document("a", a), Document("b", b)], max_sentences=2)
    assert summary.language == "de"
    assert [s.doc_ids for s in summary.sentences if s.text == a] == [("a",)]


def test_the_universal_profile_borrows_no_english_words() -> None:
    maltese = profile("mt")
    assert maltese.code == UNDETERMINED and maltese.stop_words == frozenset()
    assert analyze("the same words", maltese) == ["the", "same", "words"]
    # Without stop words no line is taken for a list of keywords.
    line = "Il-Prim Ministru tkellem dwar il-baġit il-ġdid illum"
    assert classify(line, maltese) == (BODY, "")


def test_web_page_vocabulary_is_english_only() -> None:
    """A short German sentence naming a paywall is news, not a page label."""
    assert classify("Die Zeitung führt eine Paywall ein.", profile("de")) == (BODY, "")
    assert classify("Get past the paywall.", english())[0] == BOILERPLATE


def test_hindi_abbreviations_do_not_end_sentences() -> None:
    text = "डॉ. शर्मा ने कहा कि योजना अगले महीने से लागू होगी। किसान खुश हैं।"
    assert sentences_of(text, "hi") == [
        "डॉ. शर्मा ने कहा कि योजना अगले महीने से लागू होगी।",
        "किसान खुश हैं।",
    ]


# -- the splitter and the classifier --------------------------------------------------


@pytest.mark.parametrize(
    ("code", "text", "expected"),
    [
        # French spaces its "!" and "?": Punkt cuts the run of marks apart.
        (
            "fr",
            "C'est fini !!! Tout le monde est rentré.",
            ["C'est fini !!!", "Tout le monde est rentré."],
        ),
        ("fr", "Vraiment ?! Oui.", ["Vraiment ?!", "Oui."]),
        # A closing quote after a full stop Punkt does not know.
        (
            "zh",
            ZH,
            [
                "北京市政府周二宣布了一项新的交通计划。",
                "市长说：“我们会做得更好。”",
                "许多市民表示支持。",
            ],
        ),
    ],
)
def test_marks_after_a_sentence_end_stay_with_it(code: str, text: str, expected: list[str]) -> None:
    assert sentences_of(text, code) == expected


@pytest.mark.parametrize(
    ("code", "text", "kind"),
    [
        # The German closing quote after the period closes the sentence.
        ("de", "Er sagte: „Das ist gut.“", BODY),
        # German titles leave articles and prepositions in lower case.
        ("de", "Der Streit um die Kosten der Flut", HEADING),
        # A line of keywords has no stop words; prose in German has them.
        ("de", "Hochwasser schaden stadtrat haushalt opposition schulen geld", FRAGMENT),
        ("de", "Die Stadt hat nach dem Hochwasser noch kein Geld für die Schulen", BODY),
    ],
)
def test_classifier_reads_the_profile(code: str, text: str, kind: str) -> None:
    assert classify(text, profile(code))[0] == kind


@pytest.mark.parametrize(
    ("code", "title", "first", "rest"),
    [
        (
            "el",
            "Η κυβέρνηση και τα νέα μέτρα για τη στήριξη των νοικοκυριών",
            "Τι σημαίνουν τα μέτρα για τους συνταξιούχους;",
            "Ο υπουργός δήλωσε ότι οι συντάξεις θα αυξηθούν.",
        ),
        (
            "de",
            "Die Stadt hat nach dem Hochwasser noch kein Geld für die Schulen",
            "Der Bürgermeister sagte: „Das ist schlimm.“",
            "Dann ging er nach Hause.",
        ),
        (
            "hi",
            "भारत सरकार ने किसानों के लिए एक नई योजना की घोषणा की",
            "इस योजना के तहत दस लाख किसानों को सस्ती दर पर ऋण मिलेगा।",
            "कृषि मंत्री ने कहा कि योजना अगले महीने से लागू होगी।",
        ),
    ],
)
def test_only_lines_above_the_first_sentence_of_the_language_are_headings(
    code: str, title: str, first: str, rest: str
) -> None:
    """The first sentence ends the way the language ends sentences (the
    Greek question mark, a German closing quote, the danda)."""
    p = profile(code)
    text = f"{title}\n\n{first}\n\n{rest}"
    labelled = label_document(split_document(Document("d", text), p), p)
    assert [(x.sentence.text, x.kind) for x in labelled] == [
        (title, HEADING),
        (first, BODY),
        (rest, BODY),
    ]


def test_trained_tokenizers_of_two_unprofiled_languages_do_not_replace_each_other() -> None:
    """Welsh and Maltese both read with the universal profile: with
    ``train_punkt`` each document is split by a tokenizer trained on its
    profile's documents, so adding the Maltese one cannot change the Welsh."""
    cy = (
        "Dywedodd Dr. Jones fod y cynllun newydd yn bwysig i bobl Cymru. "
        "Mae Dr. Evans yn cytuno gyda'r cynllun ac yn dweud y bydd yn helpu ysgolion. "
        "Bydd y llywodraeth yn trafod y gyllideb yn y Senedd yr wythnos nesaf. "
        "Yn ôl Dr. Williams, mae angen mwy o arian ar gyfer ysbytai yng ngogledd Cymru."
    )
    mt = (
        "Il-Gvern ħabbar pjan ġdid għall-edukazzjoni fil-gżejjer Maltin. "
        "Il-Ministru qal li l-iskejjel se jirċievu aktar flus is-sena d-dieħla. "
        "L-Oppożizzjoni kkritikat il-pjan u talbet aktar dettalji dwar l-ispejjeż. "
        "Il-għalliema laqgħu l-aħbar b'sodisfazzjon kbir."
    )
    alone = summarize([cy], train_punkt=True, max_sentences=1)
    both = summarize([cy, mt], train_punkt=True, summary_language="any", max_sentences=1)
    assert [d.language for d in both.documents] == ["cy", "mt"]
    assert both.documents[0].sentences == alone.documents[0].sentences == 4
