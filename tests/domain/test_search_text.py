"""What a word is to the search: folding, Indonesian roots, query rules, and the marks in displayed text."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from peksos_desk.domain.search_text import (
    fold,
    highlight_spans,
    number_terms,
    parse_query,
    snippet,
    stems,
    terms,
)


def test_fold_removes_case_and_accents():
    assert fold("Sri MULYÁNI") == "sri mulyani"
    assert fold("Ｓｉｔｉ") == "siti"  # full-width forms


def test_words_are_indexed_as_written_and_by_their_roots():
    assert set(terms("Kekerasan")) >= set()  # a str
    indexed = terms("Klien dirujuk; rujukan dikerasi, kekerasan. Dirujuk lagi.").split()
    assert indexed[:2] == ["klien", "dirujuk"]
    assert {"rujuk", "rujukan", "keras", "kekerasan", "dikerasi", "lagi"} <= set(indexed)
    assert len(indexed) == len(set(indexed))  # each term once
    assert "keras" in stems("dikerasi")  # Sastrawi alone says "rasi"
    assert stems("siti") == () and stems("2026") == ()


def test_numbers_are_indexed_compact_with_both_phone_prefixes():
    assert number_terms("0812-3456-7890").split() == ["081234567890", "6281234567890"]
    assert number_terms("+62 812 3456 7890").split() == ["6281234567890", "081234567890"]
    assert number_terms("KS/2026/0001").split() == ["ks20260001", "20260001"]
    assert number_terms("") == ""


def test_query_rules():
    assert not parse_query("")
    assert not parse_query("k")  # one character finds nothing
    assert not parse_query("  .,;  ")
    assert [w.text for w in parse_query("anak yang di sekolah").words] == ["anak", "sekolah"]
    assert [w.text for w in parse_query("yang").words] == ["yang"]  # a stopword alone is searched
    typing = parse_query("kekerasan rum")
    assert [(w.text, w.prefix) for w in typing.words] == [("kekerasan", False), ("rum", True)]
    assert "keras" in typing.words[0].forms
    assert [w.prefix for w in parse_query("kekerasan rum ").words] == [False, False]
    assert [w.prefix for w in parse_query("ru").words] == [False]  # too short to match by prefix
    assert [(w.text, w.prefix) for w in parse_query("0812-34").words] == [("081234", True)]
    assert [w.text for w in parse_query("+62 812 34").words] == ["6281234"]
    assert [(w.text, w.prefix) for w in parse_query("3273 siti ").words] == [("3273", True), ("siti", False)]


def test_highlights_mark_the_words_as_displayed():
    query = parse_query("kekerasan sri mulyani")
    shown = "Sri Mulyáni mengalami kekerasan; ia dikerasi suaminya (keras)."
    assert [shown[a:b] for a, b in highlight_spans(shown, query)] == [
        "Sri", "Mulyáni", "kekerasan", "dikerasi", "keras"]
    phone = parse_query("08123")
    assert [("0812-3456-7890 Bandung"[a:b]) for a, b in highlight_spans("0812-3456-7890 Bandung", phone)] == [
        "0812-3456-7890"]


def test_snippet_centres_on_the_first_match():
    text = "Awal. " + "kata " * 60 + "Klien dirujuk ke puskesmas. " + "lain " * 60
    piece, spans = snippet(text, parse_query("rujuk"), width=80)
    assert piece.startswith("… ") and piece.endswith(" …") and len(piece) <= 84
    assert [piece[a:b] for a, b in spans] == ["dirujuk"]


@settings(max_examples=300, deadline=None)
@given(text=st.text(max_size=400), typed=st.text(max_size=40))
def test_snippets_and_spans_stay_inside_the_displayed_text(text, typed):
    query = parse_query(typed)
    piece, spans = snippet(text, query, width=60)
    previous_end = 0
    for start, end in spans:
        assert previous_end <= start < end <= len(piece)
        previous_end = end
    for start, end in highlight_spans(text, query):
        assert 0 <= start < end <= len(text)
