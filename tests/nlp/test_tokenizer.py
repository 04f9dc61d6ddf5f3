"""Clitic tokenizer: exact offsets, treebank-style splits, names kept whole.

Sentences are from the UD Arabic-PADT test set (CC BY-NC-SA 3.0, Hajič et al. / Zeman et al.),
and their expected splits are PADT's own multi-word-token analyses.
"""

from __future__ import annotations

from pathlib import Path

import pytest
import spacy

import kg.nlp
from kg.nlp.tokenizer import ArabicCliticTokenizer

PADT_1 = "وذكرت وكالة الانباء السورية ان التعديل شمل ثماني حقائب بينها وزارتا الداخلية والاقتصاد ."
PADT_2 = "وعين اللواء كنعان الذي كان رئيسا لجهاز الامن السياسي وزيرا للداخلية خلفا للواء علي حمود ."


@pytest.fixture(scope="module")
def nlp() -> spacy.Language:
    nlp = kg.nlp.blank()
    if not nlp.tokenizer.tables["lexicon"]:
        pytest.fail("the shipped tokenizer tables (kg/nlp/models/ar_kg_news/tokenizer) are missing")
    return nlp


def texts(doc) -> list[str]:
    return [t.text for t in doc if not t.is_space]


def test_padt_clitic_splits(nlp: spacy.Language) -> None:
    toks = texts(nlp(PADT_1))
    assert toks[:2] == ["و", "ذكرت"]
    assert "بين" in toks and "ها" in toks
    assert toks[-3:] == ["و", "الاقتصاد", "."]


def test_article_after_li_is_restored_in_norm(nlp: spacy.Language) -> None:
    doc = nlp(PADT_2)
    i = [t.text for t in doc].index("لداخلية")
    assert doc[i - 1].text == "ل"
    assert doc[i].norm_ == "الداخلية"


@pytest.mark.parametrize("name", ["بغداد", "بيروت", "فلسطين", "لندن", "كوريا"])
def test_names_are_not_split(nlp: spacy.Language, name: str) -> None:
    assert texts(nlp(f"وصل الوفد إلى {name} أمس")) == ["وصل", "الوفد", "إلى", name, "أمس"]


def test_conjunction_is_split_from_a_name(nlp: spacy.Language) -> None:
    assert texts(nlp("زار بغداد وبيروت")) == ["زار", "بغداد", "و", "بيروت"]


@pytest.mark.parametrize(
    "text",
    [PADT_1, PADT_2, "  قالَ  الرئيسُ:\n«سنعمل معاً»، وأضاف (2020/3/1) 4،1%.\t", "ABC وللحكومة…؟", ""],
)
def test_offsets_map_back_exactly(nlp: spacy.Language, text: str) -> None:
    doc = nlp(text)
    assert doc.text == text
    for token in doc:
        assert text[token.idx : token.idx + len(token)] == token.text


def test_diacritics_stay_inside_their_segment(nlp: spacy.Language) -> None:
    doc = nlp("وَقَالَ")
    assert [t.text for t in doc] == ["وَ", "قَالَ"]


def test_tables_round_trip(nlp: spacy.Language) -> None:
    copy = ArabicCliticTokenizer(spacy.blank("ar").vocab).from_bytes(nlp.tokenizer.to_bytes())
    assert texts(copy(PADT_1)) == texts(nlp(PADT_1))


def test_lower_is_the_spelling_folded_form(nlp: spacy.Language) -> None:
    # Variant spellings of one name share LOWER (the NER embeds it as a back-off feature).
    a, b = nlp("أسامة"), nlp("اسامه")
    assert a[0].lower_ == b[0].lower_
    assert a[0].text != b[0].text


def test_gazetteer_place_names_are_protected_from_the_fallback(shared_data: Path) -> None:
    from kg.nlp.train import _protect_gazetteer, gazetteer_words

    names = gazetteer_words(shared_data)
    assert {"بيشكك", "لاوس"} <= names  # GeoNames / CLDR names the fallback splitter cuts (ب + يشكك)
    base = kg.nlp.blank().tokenizer.tables
    tables = {**base, "lexicon": {k: v for k, v in base["lexicon"].items() if k not in {"بيشكك", "لاوس"}}}
    tok = ArabicCliticTokenizer(spacy.blank("ar").vocab, tables)
    assert [p for p, _ in tok.split_word("بيشكك")] == ["ب", "يشكك"]
    _protect_gazetteer(tables, names)
    assert [p for p, _ in tok.split_word("بيشكك")] == ["بيشكك"]
    assert [p for p, _ in tok.split_word("بالعربية")] == ["ب", "العربية"]  # a real split stays


def test_gazetteer_name_types_become_lexeme_flags(shared_data: Path) -> None:
    from spacy.attrs import FLAG61, FLAG62, FLAG63

    from kg.nlp.train import name_types

    nlp = kg.nlp.blank()
    nlp.tokenizer.tables = {**nlp.tokenizer.tables, "names": name_types(shared_data)}
    doc = nlp("وقال محمد في القاهرة")  # a person's first name and a city from the open gazetteers
    flags = {t.text: (t.check_flag(FLAG61), t.check_flag(FLAG62), t.check_flag(FLAG63)) for t in doc}
    assert flags["محمد"][0] and flags["القاهرة"][1]
    assert flags["قال"] == (False, False, False) and flags["في"] == (False, False, False)
