"""Languages: identification, profiles, splitting, classifying and summarizing
in every script, mixed collections, and the command's language options."""

from __future__ import annotations

import io
import json
import threading

import pytest

from summarizer import Document, summarize
from summarizer.classify import BODY, HEADING, label_document
from summarizer.errors import InvalidSettingsError
from summarizer.language import UNDETERMINED, english, profile
from summarizer.language.detect import choose_languages, identify
from summarizer.language.profiles import has_profile
from summarizer.language.tables import TABLES
from summarizer.render import rich_view
from summarizer.sentences import build_tokenizer, split_document

# Short news paragraphs written for these tests, one per script.
TEXTS = {
    "de": (
        "Der Stadtrat von Freiburg hat am Dienstag einen neuen Haushalt beschlossen. "
        "Der Schaden durch das Hochwasser beträgt ca. 5 Millionen Euro, teilte die "
        "Verwaltung mit. Die nächste Sitzung ist am 3. Mai geplant. Die Opposition "
        "kritisierte die Pläne scharf und forderte mehr Geld für die Schulen. "
        "Der Bürgermeister sagte, die Stadt werde die Kosten nicht allein tragen."
    ),
    "es": (
        "El Gobierno de EE. UU. anunció el martes nuevas sanciones contra la empresa. "
        "La ministra de Economía, Dña. Carmen Pérez, dijo que el país no cambiará su "
        "política. Las exportaciones crecieron un cinco por ciento en el último año. "
        "Los empresarios pidieron más apoyo para las pequeñas compañías del sector."
    ),
    "fr": (
        "Un incendie a détruit une usine de Lyon pendant la nuit. « Nous avons tout "
        "perdu », a déclaré le directeur à la presse locale. Les pompiers sont restés "
        "sur place jusqu'au matin pour éviter une reprise du feu. L'enquête devra "
        "établir l'origine de l'incendie, selon la préfecture."
    ),
    "el": (
        "Η κυβέρνηση ανακοίνωσε χθες νέα μέτρα για τη στήριξη των νοικοκυριών. "
        "Τι σημαίνουν τα μέτρα για τους συνταξιούχους; Ο υπουργός Οικονομικών δήλωσε "
        "ότι οι συντάξεις θα αυξηθούν από τον Ιανουάριο. Η αντιπολίτευση χαρακτήρισε "
        "τα μέτρα ανεπαρκή και ζήτησε πρόωρες εκλογές."
    ),
    "ru": (
        "Правительство России в среду утвердило новый бюджет на следующий год. "
        "Расходы на образование вырастут почти на десять процентов. Министр финансов "
        "заявил, что дефицит бюджета останется небольшим. Эксперты считают, что "
        "инфляция в следующем году замедлится."
    ),
    "ar": (
        "أعلنت الحكومة المصرية يوم الثلاثاء عن خطة جديدة لدعم المزارعين في الصعيد. "
        "هل تكفي هذه الخطة لمواجهة ارتفاع الأسعار؟ وقال وزير الزراعة إن الدعم سيصل "
        "إلى مليون مزارع خلال العام المقبل. وأكد أن الحكومة ستراقب أسعار الأسمدة بشكل دائم."
    ),
    "he": (
        "הממשלה אישרה ביום ראשון את תקציב המדינה לשנה הבאה. שר האוצר אמר כי "
        "התקציב יגדיל את ההשקעה בחינוך ובבריאות. האופוזיציה טענה כי התקציב אינו "
        "מטפל ביוקר המחיה. ההצבעה בכנסת צפויה להתקיים בחודש הבא."
    ),
    "hi": (
        "भारत सरकार ने मंगलवार को किसानों के लिए एक नई योजना की घोषणा की। इस योजना "
        "के तहत दस लाख किसानों को सस्ती दर पर ऋण मिलेगा। कृषि मंत्री ने कहा कि योजना "
        "अगले महीने से लागू होगी | विपक्ष ने योजना को अपर्याप्त बताया और अधिक सहायता "
        "की मांग की।"
    ),
    "zh": (
        "北京市政府周二宣布了一项新的交通计划。该计划将在明年增加两千辆公共汽车！"
        "市民对这项计划有什么看法？许多市民表示支持，但也有人担心费用问题。"
        "专家认为，新计划有助于减少空气污染。"
    ),
    "ja": (
        "東京都は火曜日に新しい防災計画を発表しました。計画では、来年までに避難所を"
        "二百か所増やします。知事は、地震への備えが最も重要だと述べました。"
        "専門家は、計画の実行には多くの予算が必要だと指摘しています。"
    ),
}

#: The sentences each text must split into (count).
SENTENCES = {
    "de": 5,
    "es": 4,
    "fr": 4,
    "el": 4,
    "ru": 4,
    "ar": 4,
    "he": 4,
    "hi": 4,
    "zh": 5,
    "ja": 4,
}


@pytest.mark.parametrize("code", sorted(TEXTS))
def test_identifies_the_language_of_each_script(code: str) -> None:
    assert identify(TEXTS[code]) == code


@pytest.mark.parametrize("code", sorted(TEXTS))
def test_each_language_has_its_own_profile(code: str) -> None:
    p = profile(code)
    assert p.code == code and has_profile(code)
    assert p.stop_words, "every language here has stop words"


@pytest.mark.parametrize("code", sorted(TEXTS))
def test_splits_at_the_script_sentence_ends(code: str) -> None:
    text = TEXTS[code]
    sentences = split_document(Document("d", text), profile(code))
    assert len(sentences) == SENTENCES[code], [s.text for s in sentences]
    for s in sentences:
        assert text[s.start : s.end] == s.text
        assert s.text.rstrip(profile(code).closing_marks).endswith(
            tuple(profile(code).sentence_ends)
        ), s.text


@pytest.mark.parametrize("code", sorted(TEXTS))
def test_no_sentence_class_collapses(code: str) -> None:
    """Every sentence of plain news prose is body, whatever the script (no
    English assumption turns them into fragments or headings)."""
    p = profile(code)
    labelled = label_document(split_document(Document("d", TEXTS[code]), p), p)
    assert [x.kind for x in labelled] == [BODY] * len(labelled), [
        (x.sentence.text, x.reason) for x in labelled
    ]


@pytest.mark.parametrize("code", sorted(TEXTS))
def test_summary_is_verbatim_in_each_script(code: str) -> None:
    docs = [Document("a", TEXTS[code]), Document("b", TEXTS[code].replace("。", "。\n\n"))]
    summary = summarize(docs, max_sentences=2)
    assert summary.language == code
    assert [d.language for d in summary.documents] == [code, code]
    assert len(summary.sentences) == 2
    texts = {d.id: d.text for d in docs}
    for s in summary.sentences:
        assert texts[s.doc_id][s.start : s.end] == s.text
        for src in s.sources:
            assert texts[src.doc_id][src.start : src.end]


@pytest.mark.parametrize(
    ("code", "text", "pieces"),
    [
        # Abbreviations and ordinals of the language do not end sentences.
        ("de", "Der Schaden beträgt ca. 5 Millionen Euro. Die Sitzung ist am 3. Mai.", 2),
        ("de", "Das gilt z. B. für Kinder. Es gilt auch bzw. für Eltern.", 2),
        ("es", "El Gobierno de EE.UU. habló. La ministra, Dña. Carmen Pérez, calló.", 2),
        ("es", "El Gobierno de EE. UU. habló. El Sr. García calló.", 2),
        ("cs", "Schůze se koná 3. května v Praze. Tzv. reforma byla schválena.", 2),
        ("el", "Ο κ. Παπαδόπουλος μίλησε. Τι είπε; Τίποτα.", 3),
        ("ru", "Т. е. всё было хорошо. Проф. Иванов согласился.", 2),
        # Sentence ends of other scripts.
        ("hi", "आज चुनाव हुए। परिणाम कल आएंगे॥ लोग खुश हैं | सब ठीक है।", 4),
        ("ar", "هل انتهت الأزمة؟ قال الوزير ذلك.", 2),
        ("hy", "Կառավարությունը հաստատեց բյուջեն։ Նիստը ավարտվեց։", 2),
        ("am", "መንግስት አዲስ በጀት አጸደቀ። ስብሰባው ተጠናቀቀ።", 2),
    ],
)
def test_language_specific_sentence_ends(code: str, text: str, pieces: int) -> None:
    sentences = split_document(Document("d", text), profile(code))
    assert len(sentences) == pieces, [s.text for s in sentences]


def test_an_opening_guillemet_starts_the_next_sentence() -> None:
    text = "Le feu a pris pendant la nuit. « Nous avons tout perdu », a dit un habitant."
    for tokenizer in (None, build_tokenizer(profile("fr"), text)):
        sentences = split_document(Document("d", text), profile("fr"), tokenizer)
        assert [s.text for s in sentences] == [
            "Le feu a pris pendant la nuit.",
            "« Nous avons tout perdu », a dit un habitant.",
        ]


def test_a_list_bullet_is_not_part_of_its_sentence() -> None:
    text = (
        "Les faits :\n\n- Au Sri Lanka, le sol a bougé.\n• La rupture a duré dix minutes.\n"
        "-5 degrés."
    )
    sentences = split_document(Document("d", text), profile("fr"))
    assert [s.text for s in sentences] == [
        "Les faits :",
        "Au Sri Lanka, le sol a bougé.",
        "La rupture a duré dix minutes.",
        "-5 degrés.",
    ]
    assert all(text[s.start : s.end] == s.text for s in sentences)


def test_a_german_closing_quote_stays_with_its_sentence() -> None:
    text = "Er sagte: „Das ist gut.“ Dann ging er nach Hause."
    sentences = split_document(Document("d", text), profile("de"))
    assert [s.text for s in sentences] == ["Er sagte: „Das ist gut.“", "Dann ging er nach Hause."]


def test_title_line_above_the_first_sentence_is_a_heading_in_a_caseless_script() -> None:
    text = "البلدان المتضررة من تسونامي المحيط الهندي\n\n" + TEXTS["ar"]
    p = profile("ar")
    labelled = label_document(split_document(Document("d", text), p), p)
    assert labelled[0].kind == HEADING
    assert [x.kind for x in labelled[1:]] == [BODY] * (len(labelled) - 1)


@pytest.mark.parametrize(
    ("code", "a", "b"),
    [
        ("de", "Die Stadt wird die Kosten tragen.", "Die Stadt wird die Kosten nicht tragen."),
        ("de", "Drei Menschen wurden verletzt.", "Elf Menschen wurden verletzt."),
        ("es", "El ministro aprobó la ley.", "El ministro no aprobó la ley."),
        ("el", "Ο υπουργός ενέκρινε τον νόμο.", "Ο υπουργός δεν ενέκρινε τον νόμο."),
        ("ru", "Министр одобрил закон.", "Министр не одобрил закон."),
        ("hi", "मंत्री ने कानून को मंजूरी दी।", "मंत्री ने कानून को मंजूरी नहीं दी।"),
    ],
)
def test_near_duplicates_keep_different_facts_apart(code: str, a: str, b: str) -> None:
    """A negation or another number word is another fact in every language:
    the two sentences stay two candidates, each cited to its own document."""
    filler = {
        "de": "Der Rat tagte lange.",
        "es": "El consejo se reunió.",
        "el": "Το συμβούλιο συνεδρίασε.",
        "ru": "Совет заседал долго.",
        "hi": "परिषद की बैठक हुई।",
    }[code]
    docs = [Document("a", f"{a} {filler}"), Document("b", f"{b} {filler}")]
    summary = summarize(docs, max_sentences=3, language=code)
    for s in summary.sentences:
        if s.text in (a, b):
            assert s.doc_ids == (("a",) if s.text == a else ("b",))


def test_unprofiled_language_reads_with_universal_rules_and_says_so() -> None:
    # Amharic (Ethiopic script): no stop words, no stemmer, no table here.
    text = "መንግስት አዲስ በጀት አጸደቀ። ስብሰባው ረጅም ጊዜ ወሰደ። ሚኒስትሩ ስለ በጀቱ ተናገሩ።"
    assert not has_profile("am") and profile("am").code == UNDETERMINED
    summary = summarize([text, text.replace("ወሰደ", "ቆየ")], language="am", max_sentences=2)
    assert summary.sentences
    assert any("no language profile for" in n and "universal" in n for n in summary.notes)


def test_text_too_short_to_identify_is_read_as_english_with_a_note() -> None:
    summary = summarize(["Ok.", "Fine."], max_sentences=1)
    assert summary.language == "en"
    assert any("could not be identified" in n for n in summary.notes)


def test_mixed_collection_summarizes_the_main_language_and_says_what_it_read() -> None:
    docs = [
        Document("de1", TEXTS["de"]),
        Document("de2", TEXTS["de"].replace("Dienstag", "Mittwoch")),
        Document("fr1", TEXTS["fr"]),
    ]
    summary = summarize(docs, max_sentences=3)
    assert summary.language == "de"
    assert summary.languages_read == {"de": 2, "fr": 1}
    assert summary.languages_used == ("de",)
    assert {s.doc_id for s in summary.sentences} <= {"de1", "de2"}
    other = [d for d in summary.dropped if d.reason == "other-language"]
    assert {d.doc_id for d in other} == {"fr1"} and "French" in other[0].detail
    assert summary.stats.other_language_dropped == len(other) == SENTENCES["fr"]
    assert any("2 languages" in n and "German (2), French (1)" in n for n in summary.notes)
    data = summary.to_dict()
    assert data["languages"] == {"summary": "de", "read": {"de": 2, "fr": 1}, "used": ["de"]}
    assert [d["language"] for d in data["documents"]] == ["de", "de", "fr"]

    french = summarize(docs, max_sentences=2, summary_language="fr")
    assert {s.doc_id for s in french.sentences} == {"fr1"} and french.language == "fr"
    both = summarize(docs, max_sentences=6, summary_language="any")
    assert both.language is None and both.to_dict()["languages"]["summary"] is None
    assert {"de", "fr"} <= set(both.languages_used)


def test_forced_language_reads_every_document_in_it() -> None:
    summary = summarize([TEXTS["de"], TEXTS["fr"]], language="de", max_sentences=2)
    assert [d.language for d in summary.documents] == ["de", "de"]
    assert not any(d.reason == "other-language" for d in summary.dropped)


def test_choose_languages_gives_undecided_documents_the_main_language() -> None:
    langs = choose_languages([TEXTS["de"], "Ok.", TEXTS["de"]], "auto")
    assert langs.codes == ("de", "de", "de") and langs.main == "de" and langs.identified


@pytest.mark.parametrize("bad", ["xx", "german", "", 3])
def test_unknown_language_is_a_settings_error(bad: object) -> None:
    with pytest.raises(InvalidSettingsError, match="ISO 639-1"):
        summarize(["Some text here."], language=bad)
    with pytest.raises(InvalidSettingsError, match="ISO 639-1"):
        summarize(["Some text here."], summary_language=bad)


@pytest.mark.parametrize("code", ["ar", "he"])
def test_right_to_left_text_renders_safely(code: str) -> None:
    """Right-to-left text is shown as it is, and bidi controls hidden in a
    document cannot reorder the terminal line (they are shown escaped)."""
    from rich.console import Console

    trap = "\u202e" + "evil" + "\u202c"
    text = TEXTS[code].replace(".", f" {trap}.", 1)
    summary = summarize([text, TEXTS[code]], max_sentences=4)
    console = Console(width=200, record=True, color_system=None, file=io.StringIO())
    console.print(rich_view(summary))
    shown = console.export_text()
    assert "\u202e" not in shown and "\u202c" not in shown
    first_words = TEXTS[code].split()[:3]
    assert any(" ".join(first_words) in line for line in shown.splitlines())


def test_languages_in_parallel_threads_match_a_sequential_run() -> None:
    """Profiles and stemmers are shared: several threads summarizing in
    different languages get what one thread gets."""
    jobs = {code: [TEXTS[code], TEXTS[code].replace(" ", "  ", 1)] for code in TEXTS}
    expected = {code: summarize(docs, max_sentences=2).to_dict() for code, docs in jobs.items()}
    got: dict[str, dict] = {}

    def run(code: str) -> None:
        for _ in range(3):
            got[code] = summarize(jobs[code], max_sentences=2).to_dict()

    threads = [threading.Thread(target=run, args=(code,)) for code in jobs]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert json.dumps(got, sort_keys=True) == json.dumps(expected, sort_keys=True)


def test_tables_are_in_folded_form() -> None:
    from summarizer.language import fold

    for code, table in TABLES.items():
        for words in (table.negations, table.number_words, table.polar_words):
            for w in words:
                assert fold(w) == w, (code, w)
        for a in table.abbreviations:
            assert a == a.casefold() and not a.endswith(".") and " " not in a, (code, a)


def test_english_profile_is_unchanged_by_the_registry() -> None:
    assert profile("en") is english()
    assert english().stem_word("running") == "run"


# -- regressions found by trying the command in many languages ---------------------


@pytest.mark.parametrize(
    ("a", "b"),
    [
        (
            "Der Zustand des verletzten Feuerwehrmanns ist nach Angaben der Klinik gut.",
            "Der Zustand des verletzten Feuerwehrmanns ist nach Angaben der Klinik schlecht.",
        ),
        (
            "Die Reparatur der Brücke über den Rhein bei Basel dauerte nach der Stadt ein Jahr.",
            "Die Reparatur der Brücke über den Rhein bei Basel dauerte nach der Stadt einen Tag.",
        ),
        (
            "据新华社报道，北京市政府周二表示，经过讨论，市政府已经批准该计划，明年开始实施。",
            "据新华社报道，北京市政府周二表示，经过讨论，市政府已经不批准该计划，明年开始实施。",
        ),
        (
            "据新华社报道，北京市政府周二表示，该计划明年开始实施，预计耗资十亿元。",
            "据新华社报道，北京市政府周二表示，该计划明年开始实施，预计耗资二十亿元。",
        ),
    ],
)
def test_a_sentence_is_never_cited_to_a_document_that_says_otherwise(a: str, b: str) -> None:
    summary = summarize([Document("a", a), Document("b", b)], max_sentences=2)
    for s in summary.sentences:
        assert s.doc_ids == (s.doc_id,), (s.text, s.doc_ids)


def test_near_duplicates_in_a_curated_language_still_merge() -> None:
    """Function words (an article) may differ: the same fact, cited to both."""
    a = "Der Stadtrat hat am Dienstag nach langer Debatte einen neuen Haushalt beschlossen."
    b = "Der Stadtrat hat am Dienstag nach langer Debatte den neuen Haushalt beschlossen."
    summary = summarize([Document("a", a), Document("b", b)], max_sentences=1)
    assert summary.sentences[0].doc_ids == ("a", "b")


@pytest.mark.parametrize(
    ("code", "text", "expected"),
    [
        (
            "de",
            "„Wer bezahlt den Schaden?“, fragte der Bürgermeister. Eine Antwort gab es nicht.",
            ["„Wer bezahlt den Schaden?“, fragte der Bürgermeister.", "Eine Antwort gab es nicht."],
        ),
        (
            "es",
            "«¿Quién pagará los daños?», preguntó el alcalde. Nadie respondió.",
            ["«¿Quién pagará los daños?», preguntó el alcalde.", "Nadie respondió."],
        ),
        (
            "ru",
            "«Это победа!» — сказал он. Все согласились.",
            ["«Это победа!» — сказал он.", "Все согласились."],
        ),
        (
            "de",
            "Das Spiel endete 3:1. Die Fans feierten. Die Zahl stieg auf 12. Die Polizei kam.",
            [
                "Das Spiel endete 3:1.",
                "Die Fans feierten.",
                "Die Zahl stieg auf 12.",
                "Die Polizei kam.",
            ],
        ),
        (
            "de",
            "Freiburg feiert sein 900. Jubiläum am 3. Mai mit einem Fest. Alle sind eingeladen.",
            [
                "Freiburg feiert sein 900. Jubiläum am 3. Mai mit einem Fest.",
                "Alle sind eingeladen.",
            ],
        ),
        (
            "cs",
            "Schůze se koná 3. května v Praze. Zápas skončil 3:1. Fanoušci slavili.",
            ["Schůze se koná 3. května v Praze.", "Zápas skončil 3:1.", "Fanoušci slavili."],
        ),
        (
            "ru",
            "Правительство России в среду утвердило\nновый бюджет на следующий год. "
            "Расходы на\nобразование вырастут.",
            [
                "Правительство России в среду утвердило\nновый бюджет на следующий год.",
                "Расходы на\nобразование вырастут.",
            ],
        ),
        (
            "ja",
            "札幌市の男性は「揺れがとても強かった。本当に怖かった。」と話しています。被害はありません。",
            [
                "札幌市の男性は「揺れがとても強かった。本当に怖かった。」と話しています。",
                "被害はありません。",
            ],
        ),
    ],
)
def test_sentences_end_where_the_language_ends_them(
    code: str, text: str, expected: list[str]
) -> None:
    sentences = split_document(Document("d", text), profile(code))
    assert [s.text for s in sentences] == expected


@pytest.mark.parametrize(
    ("code", "text", "kind"),
    [
        (
            "pl",
            "Premier powiedział w poniedziałek: „Państwo nie zostawi powodzian bez pomocy”.",
            BODY,
        ),
        ("sv", "”Vi lämnar ingen ensam”, sade statsministern på måndagen.", BODY),
        ("da", "Statsministeren sagde: »Vi lader ingen i stikken.«", BODY),
        ("fr", "Tout bougeait autour de nous », raconte une habitante du quartier.", "fragment"),
        ("en", "It was all gone,” she said after the fire.", "fragment"),
        # A quotation of several sentences opens in the first of them.
        ("en", 'The mayor said: "We are ready for the storm.', BODY),
        ("de", "Der Bürgermeister sagte: »Wir sind bereit für den Sturm.", BODY),
        ("de", "Wir haben alles verloren“, sagte der Bäcker am Morgen.", "fragment"),
    ],
)
def test_quotation_marks_of_each_language_pair_up(code: str, text: str, kind: str) -> None:
    p = profile(code)
    (labelled,) = label_document(split_document(Document("d", text), p), p)
    assert labelled.kind == kind, labelled.reason


def test_main_language_is_the_one_with_the_most_text() -> None:
    english_text = "The city council met on Tuesday to pass a new budget for the schools. " * 60
    langs = choose_languages([english_text, TEXTS["de"], TEXTS["de"]], "auto")
    assert langs.codes == ("en", "de", "de") and langs.main == "en"


def test_a_document_is_identified_from_its_middle_not_its_cookie_banner() -> None:
    banner = (
        "We use cookies to improve your experience. Accept all cookies or manage settings. " * 14
    )
    assert len(banner) > 1000
    assert identify(banner + TEXTS["de"] * 3) == "de"


def test_norwegian_written_standards_are_one_language() -> None:
    assert choose_languages(["x"], "nb").codes == ("no",)
    assert profile("nn").code == profile("nb").code == "no"
    summarize(["Regjeringen la fram statsbudsjettet i dag."], language="nb")


@pytest.mark.parametrize("bad", ["xxx", "tlh", "xx-Latn", "DE", "de-DE"])
def test_only_iso_639_1_codes_are_languages(bad: str) -> None:
    with pytest.raises(InvalidSettingsError):
        summarize(["Some text here."], language=bad)


def test_unspaced_sentences_join_without_spaces() -> None:
    summary = summarize([TEXTS["zh"], TEXTS["ja"]], max_sentences=3, summary_language="any")
    assert len(summary.sentences) == 3
    assert " " not in summary.text and summary.text == "".join(s.text for s in summary.sentences)


def test_directional_marks_of_right_to_left_text_are_kept() -> None:
    from summarizer.render import safe_text

    text = "רעידת אדמה בעוצמה של \u200e4.5\u200e בסולם ריכטר הורגשה בצפון."
    assert safe_text(text) == text
    assert safe_text("a\u202eb") != "a\u202eb"


def test_nothing_left_in_the_summary_language_says_why() -> None:
    docs = [
        Document("de", TEXTS["de"]),
        Document("en", "Subscribe to our newsletter.\n\nAll rights reserved.\n\nSign up today."),
    ]
    summary = summarize(docs, summary_language="en")
    assert not summary.sentences
    assert any("other languages are not summarized" in n for n in summary.notes), summary.notes
