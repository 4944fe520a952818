"""Words for full-text search: folding (case and accents), Indonesian stemming, stopwords, query parsing and
highlighting. Pure Python: the store indexes the *terms* made here and the service parses queries here, so the
index and the query always agree on what a word is.

A word is indexed under its folded form ("dirujuk") and under its stem(s) ("rujuk"), so that a whole word finds
every affixed form of its root, while the word being typed still matches by prefix on the forms as written.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

# Letters and digits: what SQLite's unicode61 tokenizer and our own splitter both call a token character.
_WORD = re.compile(r"[^\W_]+")
_DIGITS = re.compile(r"\d")
# Separators allowed inside a number or code typed as one thing: 0812-3456-789, 3201.0101, KL/2026/0001.
_CHUNK = re.compile(r"[^\W_]+(?:[-./][^\W_]+)*")
# A phone number as people write it: "+62 812-3456 7890", "(022) 250 1234".
_SHOWN_PHONE = re.compile(r"\+?\d+(?:[-. ]\d+)+")

# Words too common to search on (unless the query holds nothing else). Short on purpose: a word that means
# something to a social worker ("anak", "ibu", "sekolah") is never a stopword.
STOPWORDS = frozenset((
    "yang", "dan", "di", "ke", "dari", "dengan", "untuk", "pada", "dalam", "atau", "itu", "ini", "ada", "adalah",
    "akan", "juga", "tidak", "sudah", "belum", "telah", "bahwa", "oleh", "karena", "agar", "supaya", "saat",
    "ketika", "sebagai", "serta", "tetapi", "namun", "jika", "kalau", "maka", "lalu", "kemudian", "bisa", "dapat",
    "masih", "sangat", "lebih", "hanya", "para", "pun", "nya", "si", "sang", "per", "bagi", "tentang", "hingga",
    "sampai", "sejak", "antara", "the", "a", "an", "of", "and", "or", "to", "in", "on", "for", "with", "is", "are",
    "was", "be", "by", "at", "as", "it", "this", "that",
))

MIN_WORD = 2  # a query word shorter than this is ignored (a lone character finds nothing)
MIN_PREFIX = 3  # the word being typed matches by prefix only from this length on; shorter ones match whole
MAX_QUERY_WORDS = 12  # words past this are ignored: nobody types more, and each one costs a join


def fold(text: str) -> str:
    """Lower-case, accents removed, compatibility forms unified: "Sri Mulyáni" -> "sri mulyani"."""
    if text.isascii():
        return text.lower()  # the common case, ~50 times faster
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch)).casefold()


@lru_cache(maxsize=1)
def _stemmer() -> Any:
    from Sastrawi.Stemmer.StemmerFactory import StemmerFactory  # ~15 ms with its dictionary; once per process

    return StemmerFactory().create_stemmer()


# Affixes tried to find a second root when Sastrawi's own choice differs ("dikerasi": Sastrawi says "rasi";
# di- + keras + -i says "keras"). Both roots are indexed, so either spelling of the root finds the word.
_PREFIXES = ("di", "ke", "se", "ter", "ber", "be", "me", "mem", "men", "meng", "pe", "pem", "pen", "peng", "per")
_SUFFIXES = ("kan", "an", "i", "nya", "lah", "kah")


@lru_cache(maxsize=200_000)
def stems(word: str) -> tuple[str, ...]:
    """The roots a folded word is indexed under besides itself (empty when the word is its own root).

    Numbers and words with digits are not stemmed; nor are words of three letters or fewer.
    """
    if len(word) <= 3 or _DIGITS.search(word) or not word.isalpha():
        return ()
    stemmer = _stemmer()
    found: list[str] = []
    root = stemmer.stem(word)
    if root and root != word:
        found.append(root)
    dictionary = stemmer.delegatedStemmer.dictionary
    for prefix in ("", *_PREFIXES):
        if not word.startswith(prefix):
            continue
        rest = word[len(prefix):]
        for suffix in ("", *_SUFFIXES):
            if (prefix or suffix) and rest.endswith(suffix):
                candidate = rest[: len(rest) - len(suffix)]
                if (len(candidate) > 3 and candidate != word and candidate not in found
                        and dictionary.contains(candidate)):
                    found.append(candidate)
    return tuple(found)


def words(text: str) -> Iterator[re.Match[str]]:
    """The words of a text as written, with their positions."""
    return _WORD.finditer(text)


def terms(*texts: str) -> str:
    """The index text of some record fields: each distinct folded word and its roots, space-separated.

    Repeated words are kept once (the index stores presence, not frequency, which keeps it small).
    """
    unique = dict.fromkeys(_WORD.findall(fold("\n".join(t for t in texts if t))))
    seen: dict[str, None] = {}
    for word in unique:
        seen[word] = None
        for root in stems(word):
            seen[root] = None
    return " ".join(seen)


def number_terms(*values: str) -> str:
    """Index text for numbers and codes (NIK, phone, client code): each value with its separators removed, so
    that "0812-3456" and "08123456" and "+62 812 3456" all find the same phone number by prefix."""
    found: dict[str, None] = {}
    for value in values:
        compact = "".join(m.group() for m in _WORD.finditer(fold(value)))
        if not compact:
            continue
        found[compact] = None
        digits_on = compact.lstrip("abcdefghijklmnopqrstuvwxyz")
        if digits_on != compact and digits_on[:1].isdigit():
            found[digits_on] = None  # "KS/2026/0001" is also typed "2026/0001"
        if compact.startswith("62") and compact.isdigit() and len(compact) > 6:
            found["0" + compact[2:]] = None  # +62 812... is also dialled 0812...
        elif compact.startswith("0") and compact.isdigit() and len(compact) > 6:
            found["62" + compact[1:]] = None
    return " ".join(found)


@dataclass(frozen=True)
class QueryWord:
    """One word of a query: the forms that match it whole, and whether it also matches as a prefix.

    Attributes:
        text: the word as folded ("rujukan").
        forms: the word and its roots: an indexed term equal to one of them matches ("rujukan", "rujuk").
        prefix: the word is being typed: an indexed term that starts with ``text`` matches too.
    """

    text: str
    forms: tuple[str, ...]
    prefix: bool

    def matches(self, term: str) -> bool:
        return term in self.forms or (self.prefix and term.startswith(self.text))


@dataclass(frozen=True)
class Query:
    """A parsed search: every word must match (AND). Empty when there is nothing worth searching for."""

    words: tuple[QueryWord, ...]

    def __bool__(self) -> bool:
        return bool(self.words)

    def matches_word(self, word: str) -> bool:
        """Whether a word of a displayed text (as written) is one the query matched."""
        folded = fold(word)
        candidates = (folded, *stems(folded))
        return any(q.matches(c) for q in self.words for c in candidates)


def parse_query(text: str, *, typing: bool = True) -> Query:
    """Turn what was typed into a query; never fails, whatever the text.

    - a word of one character is ignored; a query of one character finds nothing;
    - stopwords are ignored unless the query holds nothing else;
    - numbers and codes typed with separators ("0812-3456", "KL-2026-0001") are one word;
    - with ``typing``, the last word (not followed by a space) also matches as a prefix once it has
      ``MIN_PREFIX`` characters.
    """
    folded = fold(text.replace("\x00", " "))
    raw: list[str] = []
    for chunk in _CHUNK.finditer(folded):
        piece = chunk.group()
        parts = _WORD.findall(piece)
        if len(parts) > 1 and _DIGITS.search(piece):
            raw.append("".join(parts))  # a number or code typed with separators is one word
        else:
            raw.extend(parts)
    raw = _join_digit_runs(raw)
    last_open = typing and bool(folded) and (folded[-1].isalnum() or folded[-1] in "-./")
    candidates = [(w, typing and last_open and i == len(raw) - 1) for i, w in enumerate(raw) if len(w) >= MIN_WORD]
    meaningful = [(w, p) for w, p in candidates if w not in STOPWORDS]
    chosen = meaningful or candidates
    result: list[QueryWord] = []
    seen: set[str] = set()
    for word, open_ in chosen[:MAX_QUERY_WORDS]:
        if word in seen:
            continue
        seen.add(word)
        # Numbers (NIK, phone, codes) always match by prefix: nobody types a whole NIK to find a client.
        prefix = (open_ or bool(_DIGITS.search(word))) and len(word) >= MIN_PREFIX
        result.append(QueryWord(word, (word, *stems(word)), prefix))
    return Query(tuple(result))


def _join_digit_runs(raw: list[str]) -> list[str]:
    # "+62 812 3456" or "0812 3456 7890": groups of digits typed with spaces are one phone number or NIK.
    joined: list[str] = []
    for word in raw:
        if joined and word.isdigit() and joined[-1].isdigit():
            joined[-1] += word
        else:
            joined.append(word)
    return joined


def highlight_spans(text: str, query: Query) -> list[tuple[int, int]]:
    """Sorted, non-overlapping character spans ``(start, end)`` of the words of ``text`` (as displayed) that
    the query matched; a phone number or code shown with separators is one span."""
    if not query:
        return []
    spans = [(m.start(), m.end()) for m in _WORD.finditer(text) if query.matches_word(m.group())]
    for pattern in (_SHOWN_PHONE, _CHUNK):
        for match in pattern.finditer(text):
            piece = match.group()
            if _DIGITS.search(piece) and len(_WORD.findall(piece)) > 1 and any(
                    q.matches(term) for q in query.words for term in number_terms(piece).split()):
                spans.append((match.start(), match.end()))
    return merge_spans(spans)


def snippet(text: str, query: Query, *, width: int = 140) -> tuple[str, list[tuple[int, int]]]:
    """A one-line excerpt of ``text`` around its first matched word, and the matched spans within it."""
    flat = " ".join(text.split())
    spans = merge_spans(highlight_spans(flat, query))
    if len(flat) <= width:
        return flat, spans
    start = 0
    if spans:
        first = spans[0][0]
        start = max(0, first - width // 4)
        if start:
            space = flat.rfind(" ", 0, start + 1)
            start = space + 1 if space >= 0 and first - space < width // 2 else start
    end = min(len(flat), start + width)
    if end < len(flat):
        space = flat.rfind(" ", start + width // 2, end)
        end = space if space > 0 else end
    prefix = "… " if start else ""
    suffix = " …" if end < len(flat) else ""
    shift = len(prefix) - start
    piece = prefix + flat[start:end].strip() + suffix
    lead = len(flat[start:end]) - len(flat[start:end].lstrip())
    inside = [(a + shift - lead, b + shift - lead) for a, b in spans if a >= start and b <= end]
    return piece, inside


def merge_spans(spans: Iterable[tuple[int, int]]) -> list[tuple[int, int]]:
    """Sorted, non-overlapping spans."""
    merged: list[tuple[int, int]] = []
    for start, end in sorted(spans):
        if merged and start <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(end, merged[-1][1]))
        else:
            merged.append((start, end))
    return merged
