"""Stage `labels`: an English label (and links) for every person, organisation and place.

Order of evidence, strongest first:
1. the user's dictionary (method "user": label and identifiers as the user gave them);
2. places: CLDR country / GeoNames city names (method "gazetteer"; GeoNames id and
   ISO 3166 code only when the Arabic name identifies one place);
3. token by token: generic glossary words (titles of organisations, nisba adjectives,
   particles such as أبو -> Abu), then the name dictionary mined from Arabic-English
   name pairs (method "dictionary" when every token is known);
4. the learned transliteration model for the tokens no dictionary knows (method
   "transliteration", emitted as @ar-Latn by the RDF mapping).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from kg.model import Document, Entity
from kg.pipeline import Resources, stage
from kg.text.normalize import compact, normalize

from .lexicon import Lexicon

MAX_SPAN = 3  # longest run of tokens looked up as one dictionary entry ("عبد الله" -> Abdullah)


@dataclass
class Label:
    text: str
    method: str  # "user", "gazetteer", "dictionary" or "transliteration"
    links: dict[str, str] = field(default_factory=dict)


@dataclass
class _Piece:
    text: str
    role: str  # "noun", "adj", "particle", "name"
    known: bool  # from a dictionary (True) or the model (False)
    article: bool = False  # the Arabic token carried ال (rendered "al-")


def _titlecase(latin: str) -> str:
    return "-".join(p[:1].upper() + p[1:] for p in latin.split("-"))


def _with_article(text: str, article: bool) -> str:
    return f"al-{text}" if article else text


def _gloss(tok: str, lex: Lexicon):  # noqa: ANN202
    """Glossary entry of a token, also under its article-less and masculine (-ي for -ية) forms."""
    forms = [tok, tok[2:]] if tok.startswith("ال") else [tok]
    forms += [f[:-1] for f in forms if f.endswith("يه")]
    return next((lex.glossary[f] for f in forms if f in lex.glossary), None)


def _token_piece(tok: str, lex: Lexicon, coarse: str) -> _Piece:
    gloss = _gloss(tok, lex)
    if gloss and (coarse != "PER" or gloss.role == "particle"):
        return _Piece(gloss.en, gloss.role, True)
    article = tok.startswith("ال") and len(tok) >= 5
    stem = tok[2:] if article else tok
    if coarse != "PER":
        place = lex.places.get(stem) or lex.places.get(tok)
        if place and place.kind == "country":
            return _Piece(place.en, "name", True)
    if article and tok in lex.names and (
        (coarse != "PER" and lex.name_votes[tok] > lex.name_votes.get(stem, 0.0)) or stem not in lex.names
    ):
        # the form with ال is the better-attested name (القدس -> Jerusalem, not the stem's Kudus);
        # persons keep the al- convention whenever the stem is known (الكاظمي -> al-Kazemi)
        return _Piece(lex.names[tok], "name", True)
    known = lex.names.get(stem)
    if known:
        return _Piece(known, "name", True, article)
    guess = lex.transliterate(stem)
    return _Piece(_titlecase(guess) if guess else stem, "name", False, article)


def _tokens(name: str, lex: Lexicon) -> list[str]:
    """Normalised tokens; a glued أبو is split off ("أبومهدي"), "الله" is glued to the word before
    ("نصر الله" -> "نصرالله", one name: Nasrallah)."""
    out: list[str] = []
    for tok in normalize(name).split():
        if tok == "الله" and out:
            out[-1] += tok
        elif tok.startswith("ابو") and len(tok) > 5 and tok not in lex.names:
            out += ["ابو", tok[3:]]
        else:
            out.append(tok)
    return out


def _pieces(name: str, lex: Lexicon, coarse: str) -> list[_Piece]:
    """Greedy longest-match of token runs in the name dictionary, else token by token."""
    toks = _tokens(name, lex)
    if len(toks) > 1 and all(getattr(_gloss(t, lex), "role", "") == "letter" for t in toks):
        return [_Piece("".join(_gloss(t, lex).en for t in toks), "name", True)]  # type: ignore[union-attr]  # "بي بي سي" -> BBC
    out: list[_Piece] = []
    i = 0
    while i < len(toks):
        for j in range(min(len(toks), i + MAX_SPAN), i + 1, -1):
            hit = lex.names.get("".join(toks[i:j]))
            if hit:
                out.append(_Piece(hit, "name", True))
                i = j
                break
        else:
            out.append(_token_piece(toks[i], lex, coarse))
            i += 1
    return out


def _person(pieces: list[_Piece]) -> str:
    return " ".join(_with_article(p.text, p.article) for p in pieces)


def _organisation(pieces: list[_Piece]) -> str:
    """Arabic head-first noun phrases to English: adjectives before their noun, genitives after 'of'.

    "الحرس الثوري الإيراني" -> "Iranian Revolutionary Guard"; "مجلس النواب" -> "Council of
    Representatives"; a final proper name or compound-forming noun modifies the head directly:
    "فيلق القدس" -> "Quds Corps", "مجلس الأمن" -> "Security Council".
    """
    demonyms = [p.text for p in pieces[1:] if p.role == "demonym"]
    pieces = [p for i, p in enumerate(pieces) if not (i and p.role == "demonym")]
    name = _phrases(pieces)
    # a nationality qualifies the whole name: "وزارة الخارجية السعودية" -> "Saudi Ministry of Foreign Affairs"
    return " ".join([*reversed(demonyms), name]) if demonyms else name


def _phrases(pieces: list[_Piece]) -> str:
    phrases: list[tuple[_Piece, list[str]]] = []
    for p in pieces:
        if p.role in ("adj", "demonym") and phrases:
            phrases[-1][1].append(p.text)
        else:
            phrases.append((p, []))
    rendered = [" ".join([*reversed(adjs), p.text]) for p, adjs in phrases]
    if len(phrases) == 2 and phrases[1][0].role in ("name", "mod") and phrases[0][0].role == "noun":
        return f"{rendered[1]} {rendered[0]}"
    if phrases and phrases[0][0].role != "noun":
        # a name heads the phrase ("حزب الله اللبناني"): its adjectives go first, al- stays on the name
        return " ".join(" ".join([*reversed(adjs), _with_article(p.text, p.article)]) for p, adjs in phrases)
    return " of ".join(rendered)


def english_label(name: str, coarse: str, lex: Lexicon | None = None) -> Label | None:
    """English label of an Arabic name of type `coarse` (PER / ORG / LOC)."""
    lex = lex or Lexicon.default()
    if not normalize(name):
        return None
    entry = lex.user.get(compact(name))
    if entry is not None and getattr(entry, "coarse", None) in (None, coarse) and entry.label_en:
        return Label(entry.label_en, "user", dict(entry.links))
    if coarse == "LOC":
        place = lex.place(name)
        if place:
            return Label(place.en, "gazetteer", place.links())
    pieces = _pieces(name, lex, coarse)
    text = _person(pieces) if coarse == "PER" else _organisation(pieces)
    method = "dictionary" if all(p.known for p in pieces) else "transliteration"
    return Label(text, method, {})


def label_entity(entity: Entity, lex: Lexicon | None = None) -> None:
    """Fill label_en, label_en_method and links of one entity (PER / ORG / LOC only)."""
    if entity.coarse not in ("PER", "ORG", "LOC"):
        return
    label = english_label(entity.label_ar, entity.coarse, lex)
    if label is None:
        return
    lex = lex or Lexicon.default()
    iso = entity.links.get("iso3166")
    if entity.coarse == "LOC" and iso in lex.countries and label.method != "user":
        # an earlier stage identified the country: it outranks a look-alike city name
        # (فلسطين is also a town in Texas) and covers short forms CLDR lacks (الإمارات)
        country = lex.countries[iso]
        label = Label(country.en, "gazetteer", country.links())
        entity.links.pop("geonames", None)
    entity.label_en = label.text
    entity.label_en_method = label.method  # type: ignore[assignment]
    for key, value in label.links.items():
        entity.links.setdefault(key, value)


@stage("labels", requires=("entities",), provides=("labels",))
def make_labels(config: dict[str, Any], resources: Resources) -> Callable[[Document], None]:
    """Config: `user_dictionary` = path of a CSV / Turtle user dictionary (optional)."""

    def build() -> Lexicon:
        lex = Lexicon()
        path = config.get("user_dictionary") or resources.settings.get("user_dictionary")
        if path:
            from .userdict import load_user_dictionary

            lex.add_user_entries(load_user_dictionary(path))
        return lex

    lex: Lexicon = resources.get("resolve.lexicon", build)

    def run(doc: Document) -> None:
        for entity in doc.entities:
            label_entity(entity, lex)

    return run
