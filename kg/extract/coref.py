"""Stage `coref`: cluster mentions into within-document entities (`Document.entities`).

Names merge when they are the same name after normalisation (hamza / alef forms, `نصرالله` /
`نصر الله`), when one is the surname or final part of a person's full name (`قاآني` /
`إسماعيل قاآني`), when an organisation name differs only by a trailing nationality adjective or its
head noun (`فيلق القدس الإيراني`, `الحشد الشعبي` / `هيئة الحشد الشعبي`), or when two place names
are aliases of one gazetteer place. Descriptions are resolved afterwards: `الجانب الأمريكي` to the
country of its adjective, `قائد فيلق القدس` to the person the text gave that title, `الجنرال
الإيراني` to the salient person with that title or nationality, `حكومة X` to the government X
leads, `البرلمان` to the legislature named in the article. Unresolved descriptions make no entity.
Every merge leaves a short reason in `Entity.evidence`.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any

from kg.model import Document, Entity, Mention
from kg.pipeline import Resources, stage
from kg.text.normalize import compact, normalize

from . import lexicon as lx
from .entities import MOVEMENT_HEADS, adjectival_people_name, people_name
from .gazetteer import capital_country, load_gazetteer, outlet_country
from .nationality import country_of_adjective, is_nisba


@lru_cache(maxsize=1)
def _gaz():
    return load_gazetteer()


def place_code(text: str) -> str | None:
    """Gazetteer code (ISO country code / GeoNames id) of a place name, if known."""
    p = _gaz().get(tuple(normalize(text).split()))
    return p.code or None if p else None


@dataclass
class Cluster:
    coarse: str
    mentions: list[int] = field(default_factory=list)
    evidence: list[str] = field(default_factory=list)
    code: str | None = None  # gazetteer code of a place
    label: str | None = None  # forced label (a country known only from a description)


def _words(m: Mention) -> list[str]:
    return normalize(m.text).split()


def _core(words: list[str]) -> list[str]:
    """Organisation name without trailing nationality adjectives."""
    out = list(words)
    while len(out) > 2 and (is_nisba(out[-1]) or out[-1] in lx.NAME_DESCRIPTORS):
        out.pop()
    return out


_LINEAGE = lx.LINEAGE_WORDS


def _same_person(short: list[str], full: list[str]) -> bool:
    """`short` is `full`, or a final part of it (surname, `نصر الله`), or its first part up to a
    lineage word (`محمد بن سلمان` of `محمد بن سلمان بن عبدالعزيز آل سعود`), spacing ignored."""
    cs = "".join(short)
    # a part that follows "بن" names the father ("سلمان بن عبدالعزيز" in "محمد بن سلمان بن عبدالعزيز"),
    # and so does a final part that is a full name itself ("علي عبد الله صالح" in "ونجله أحمد علي عبد
    # الله صالح": the son's given name, then his father's)
    if any(cs == "".join(full[k:]) for k in range(len(full)) if k == 0 or not _fathers_name(full, k)):
        return True
    cuts = [k for k in range(2, len(full)) if full[k] in _LINEAGE or full[k] == "ال"]
    return any(cs == "".join(full[:k]) and "بن" in full[:k] for k in cuts)


# First words of compound given names ("عبد الله", "أبو بكر"): with the next word one part of a name.
_COMPOUND_OPENERS = frozenset(("عبد", "ابو", "ابي"))


def _fathers_name(full: list[str], k: int) -> bool:
    """The words of `full` from `k` on name the father: after "بن", or a whole name of three parts."""
    return full[k - 1] in _LINEAGE or _name_parts(full[k:]) >= 3


def _name_parts(words: list[str]) -> int:
    """Parts of a person's name, a compound given name ("عبد الله") counting once."""
    return len(words) - sum(1 for w in words[:-1] if w in _COMPOUND_OPENERS)


def _royal_title(doc: Document, m: Mention) -> str | None:
    before = normalize(doc.text[max(0, m.start - 12) : m.start]).split()
    return before[-1] if before and before[-1] in lx.ROYAL_TITLES else None


def _same_monarch(doc: Document, m: Mention, mw: list[str], other: Mention, ow: list[str]) -> bool:
    """ "الملك سلمان" and "الملك سلمان بن عبدالعزيز": one first name and a full lineage name that
    starts with it, both right after the same royal title."""
    short, full, a, b = (mw, ow, m, other) if len(mw) < len(ow) else (ow, mw, other, m)
    lineage = len(full) >= 3 and full[1] in _LINEAGE and full[0] == short[0] and len(short) == 1
    title = _royal_title(doc, a)
    return lineage and title is not None and title == _royal_title(doc, b)


def _same_org(a: list[str], b: list[str]) -> bool:
    """Same organisation: equal up to a trailing nationality adjective on one side only, or up to the
    head noun ("هيئة الحشد الشعبي" / "الحشد الشعبي", "تنظيم داعش" / "داعش"), or two heads on one
    people's name, singular or plural ("ميليشيات الحوثي" / "حركة الحوثيين")."""
    for x, y in ((a, b), (b, a)):
        if _core(y) == y and "".join(_core(x)) == "".join(y):
            return True
        if len(x) >= 2 and x[0] in lx.ORG_HEADS and "".join(_core(x[1:])) == "".join(y):
            return True
        if 2 <= len(y) < len(x) and x[: len(y)] == y and x[len(y)].startswith("ل"):
            return True  # "مركز الملك سلمان" of "مركز الملك سلمان للإغاثة": the name less its cause
        if 2 <= len(y) < len(x) and not any(map(is_nisba, y)) and [w for w in x if not is_nisba(w)] == y:
            return True  # "القوات اليمنية المشتركة" / "القوات المشتركة": a nationality inside the name
    return _same_people(a, b)


def _same_people(a: list[str], b: list[str]) -> bool:
    """ "ميليشيات الحوثي", "جماعة الحوثيين", "الحوثيون", "الميليشيا الحوثية": one definite people's
    name (a nisba, singular or plural), with an organisation head, (plural) alone or as the feminine
    adjective of a definite movement head, names the same movement."""
    names = [_people_word(_core(w)) for w in (a, b)]
    if None in names:
        return False
    singular = [w[:-2] if w.endswith(("يين", "يون")) else w for w in names]
    return singular[0] == singular[1] and singular[0].startswith("ال") and singular[0].endswith("ي")


def _people_word(words: list[str]) -> str | None:
    """The people's name of "head + name", a lone plural name ("الحوثيون"), or the name ("الحوثي")
    whose feminine nisba follows a movement head ("المليشيات الحوثية", also "ميليشيات الحوثية")."""
    feminine = len(words) == 2 and words[0] in MOVEMENT_HEADS and words[1].endswith("يه")
    if feminine and people_name(words[1][:-1]):
        return words[1][:-1]
    if len(words) == 2 and words[0] in lx.ORG_HEADS:
        return words[1]
    if (name := adjectival_people_name(words)) is not None:
        return name
    if len(words) == 1 and words[0].endswith(("يين", "يون")):
        return words[0]
    return None


def _without_country(words: list[str]) -> list[str] | None:
    """ "كردستان العراق" -> "كردستان": a region's name less the country name that ends it."""
    for k in range(1, len(words)):
        p = _gaz().get(tuple(words[k:]))
        if p is not None and p.cls == "Country":
            return words[:k]
    return None


def _match(doc: Document, m: Mention, c: Cluster) -> str | None:
    """Why mention `m` belongs to cluster `c`, or None."""
    if c.coarse != m.coarse:
        return None
    if m.coarse == "PER" and _other_full_name(doc, m, c):
        return None
    mw = _words(m)
    if m.coarse == "ORG" and _other_nationality(doc, mw, c):
        return None
    for mi in c.mentions:
        other = doc.mentions[mi]
        if other.kind != "name":
            continue
        ow = _words(other)
        if compact(m.text) == compact(other.text):
            return f"{m.text}: same name as {other.text}"
        if m.coarse == "PER" and len(mw) > 1 and _without_article(mw) == _without_article(ow):
            return f"{m.text}: the name {other.text} with or without the article"
        if m.coarse == "PER" and _same_monarch(doc, m, mw, other, ow):
            return f"{m.text}: the same {_royal_title(doc, m)} as {other.text}"
        if m.coarse == "PER" and _same_without_lineage(mw, ow):
            return f"{m.text}: the name {other.text} without the father's name"
        if m.coarse == "PER" and (_same_person(mw, ow) or _same_person(ow, mw)):
            short, full = (m.text, other.text) if len(mw) < len(ow) else (other.text, m.text)
            return f"{short}: part of the name {full}"
        if m.coarse == "PER" and (_middle_left_out(mw, ow) or _middle_left_out(ow, mw)):
            short, full = (m.text, other.text) if len(mw) < len(ow) else (other.text, m.text)
            return f"{short}: the name {full} without its middle names"
        if m.coarse in ("ORG", "LOC") and _same_org(mw, ow):
            return f"{m.text}: short form of {other.text}"
        if m.coarse == "LOC" and (_without_country(mw) == ow or _without_country(ow) == mw):
            return f"{m.text}: same region as {other.text}, with or without its country"
    if m.coarse == "LOC" and c.code and place_code(m.text) == c.code:
        return f"{m.text}: same gazetteer place ({c.code}) as {doc.mentions[c.mentions[0]].text}"
    return None


def _without_article(words: list[str]) -> list[str]:
    """ "مسعود البارزاني" and "مسعود بارزاني": a family name is written with or without ال."""
    return [w.removeprefix("ال") if len(w) > 4 else w for w in words]


def _nationalities(words: list[str]) -> set[str]:
    """The country codes of the nationality adjectives that end a body's name."""
    return {p.code for w in words[len(_core(words)) :] if (p := country_of_adjective(w)) is not None}


def _other_nationality(doc: Document, mw: list[str], c: Cluster) -> bool:
    """ "وزارة الخارجية المصرية" ... "وزارة الخارجية السعودية": one body name with two nationalities is
    two bodies, even when a bare "وزارة الخارجية" could join either."""
    own = _nationalities(mw)
    if not own:
        return False
    for mi in c.mentions:
        other = _words(doc.mentions[mi])
        theirs = _nationalities(other)
        if doc.mentions[mi].kind == "name" and theirs and theirs != own and _core(other) == _core(mw):
            return True
    return False


def _other_full_name(doc: Document, m: Mention, c: Cluster) -> bool:
    """A person's cluster already holds a full name that is not this one's: "باراك أوباما" and
    "حسين اونيانغو أوباما" share a surname (a bare "أوباما" may have joined either), not a person."""
    mw = _words(m)
    if len(mw) < 2:
        return False
    for mi in c.mentions:
        other = doc.mentions[mi]
        ow = _words(other)
        if other.kind != "name" or len(ow) < 2 or compact(m.text) == compact(other.text):
            continue
        if _same_without_lineage(mw, ow) or _without_article(mw) == _without_article(ow):
            continue  # "عادل الجبير" / "عادل بن أحمد الجبير": the father's name left out
        same = _same_person(mw, ow) or _same_person(ow, mw) or _same_monarch(doc, m, mw, other, ow)
        if not (same or _middle_left_out(mw, ow) or _middle_left_out(ow, mw)):
            return True
    return False


def _middle_left_out(short: list[str], full: list[str]) -> bool:
    """ "محمود أبو زيد" of "محمود عبد الشكور أبو زيد": the given name and the family name of a full
    name whose middle names (the father's) the short form leaves out."""
    if len(short) < 2 or len(full) <= len(short) or short[0] != full[0] or short[0] in _GIVEN_PARTS:
        return False
    family = "".join(short[1:])
    return any("".join(full[k:]) == family and full[k - 1] not in _GIVEN_PARTS for k in range(2, len(full)))


_GIVEN_PARTS = frozenset(("عبد", "ابو", "ابي", "ام", "بن", "ابن", "بنت", "ال"))


def _same_without_lineage(a: list[str], b: list[str]) -> bool:
    """ "عادل الجبير" and "عادل بن أحمد الجبير": one name once the father's is left out. A family name
    must be left: "محمد بن سلمان" and "محمد بن نايف" share only the given name (two princes)."""
    if len(a) < 2 or len(b) < 2 or _without_lineage(a) != _without_lineage(b):
        return False
    return _family_after_lineage(a) and _family_after_lineage(b)


def _family_after_lineage(words: list[str]) -> bool:
    """A name without "بن X", or one that goes on after its last father ("بن أحمد الجبير")."""
    links = [k for k, w in enumerate(words) if w in _LINEAGE]
    return not links or _after_father(words, links[-1]) < len(words)


# The first half of a two-word given name: "بن عبد العزيز" names one father, not a father and a family.
_COMPOUND_GIVEN = frozenset(("عبد", "ابو", "ابي"))


def _after_father(words: list[str], k: int) -> int:
    """Index of the word after the father's name that the lineage word at `k` opens."""
    return k + 3 if k + 1 < len(words) and words[k + 1] in _COMPOUND_GIVEN else k + 2


def _without_lineage(words: list[str]) -> str:
    """A name less its "بن X" links (spacing ignored)."""
    out, k = [], 0
    while k < len(words):
        if words[k] in _LINEAGE:
            k = _after_father(words, k)
            continue
        out.append(words[k])
        k += 1
    return "".join(out)


def _cluster_names(doc: Document) -> list[Cluster]:
    clusters: list[Cluster] = []
    for mi, m in enumerate(doc.mentions):
        if m.kind != "name":
            continue
        best = None
        for c in reversed(clusters):  # most recent first
            why = _match(doc, m, c)
            if why:
                best = (c, why)
                break
        if best:
            best[0].mentions.append(mi)
            best[0].evidence.append(best[1])
        else:
            clusters.append(Cluster(m.coarse, [mi], code=place_code(m.text) if m.coarse == "LOC" else None))
    return clusters


_VOTE = {"gazetteer": 2.0, "user": 3.0, "pattern": 2.0, "title": 2.0, "ner": 1.0}


def _join_bodies(doc: Document, clusters: list[Cluster]) -> None:
    """Names join the most recent matching cluster, so two clusters of one body can form ("ميليشيا
    الحوثي الإيرانية" + "الحوثيين", then "الحوثي" + "ميليشيا الحوثي"): an organisation cluster with a
    name that matches an earlier one joins it."""
    for c in list(clusters):
        if c.coarse != "ORG" or c not in clusters:
            continue
        for earlier in clusters[: clusters.index(c)]:
            if earlier.coarse == "ORG" and any(_match(doc, doc.mentions[mi], earlier) for mi in c.mentions):
                _merge(earlier, c, clusters, f"{doc.mentions[c.mentions[0]].text}: the same body named again")
                break


def _merge_type_conflicts(doc: Document, clusters: list[Cluster]) -> None:
    """One name typed differently in two places (the model calls "الكاظمي" ORG once, PER elsewhere)
    is one entity; the type with the most reliable votes wins."""

    def votes(c: Cluster) -> float:
        return sum(_VOTE.get(doc.mentions[mi].source, 0.5) for mi in c.mentions)

    for c in list(clusters):
        if c not in clusters:
            continue
        names = {compact(doc.mentions[mi].text) for mi in c.mentions if doc.mentions[mi].kind == "name"}
        for other in list(clusters):
            if other is c or other.coarse == c.coarse or other not in clusters:
                continue
            shared = names & {
                compact(doc.mentions[mi].text) for mi in other.mentions if doc.mentions[mi].kind == "name"
            }
            if shared and not _family_and_movement(doc, c, other, shared):
                win, lose = (c, other) if votes(c) >= votes(other) else (other, c)
                text = doc.mentions[lose.mentions[0]].text
                _merge(
                    win, lose, clusters, f"{text}: same name, typed {lose.coarse} there and {win.coarse} here"
                )
                if lose is c:
                    break


def _family_and_movement(doc: Document, a: Cluster, b: Cluster, shared: set[str]) -> bool:
    """`عبد الملك الحوثي` and `ميليشيا الحوثي`: a one-word name shared by a person's full name and a
    body's headed name is the family name a movement took, two entities (`الحوثي` alone is either)."""
    names = [doc.mentions[mi] for c in (a, b) for mi in c.mentions if doc.mentions[mi].kind == "name"]
    if any(len(_words(m)) > 1 for m in names if compact(m.text) in shared):
        return False
    person, body = (a, b) if a.coarse == "PER" else (b, a)
    if person.coarse != "PER" or body.coarse != "ORG":
        return False

    def longer(c: Cluster) -> bool:
        return any(
            m.kind == "name" and len(_words(m)) > 1 and compact(m.text) not in shared
            for m in (doc.mentions[mi] for mi in c.mentions)
        )

    return longer(person) and longer(body)


def _merge_surname_conflicts(doc: Document, clusters: list[Cluster]) -> None:
    """A two-word name the model typed as a body or place, whose last word is a person's name
    elsewhere in the article (`يترأس كريس أورمسون شركة ...`, then `تلقى أورمسون هجوما`), is that
    person when the person's mentions outvote it and its first word heads no body or place."""
    people = {
        compact(doc.mentions[mi].text): c
        for c in clusters
        if c.coarse == "PER"
        for mi in c.mentions
        if doc.mentions[mi].kind == "name" and len(doc.mentions[mi].text.split()) == 1
    }
    for c in list(clusters):
        if c.coarse == "PER" or c not in clusters:
            continue
        words = [doc.mentions[mi].text.split() for mi in c.mentions if doc.mentions[mi].kind == "name"]
        pairs = [w for w in words if len(w) == 2 and not _headed(normalize(w[0]))]
        person = next((people[compact(w[1])] for w in pairs if compact(w[1]) in people), None)
        if person is not None and person in clusters and len(person.mentions) > len(c.mentions):
            for mi in c.mentions:  # the relations stage reads the mention's type
                doc.mentions[mi].coarse, doc.mentions[mi].cls = "PER", "Person"
            _merge(
                person, c, clusters, f"{' '.join(pairs[0])}: a person's family name, typed {c.coarse} here"
            )


def _merge_given_names(doc: Document, clusters: list[Cluster]) -> None:
    """ "إن محمود عمل مراسلا" after "محمود أبو زيد": a person named only by one given name is the one
    person of the article whose full name opens with it, when that person is named more than once
    (a lone name shared by no one, or said once beside another, may be someone else: a brother)."""
    for c in list(clusters):
        if c.coarse != "PER" or c not in clusters:
            continue
        names = {compact(doc.mentions[mi].text) for mi in c.mentions if doc.mentions[mi].kind == "name"}
        words = [_words(doc.mentions[mi]) for mi in c.mentions if doc.mentions[mi].kind == "name"]
        if len(names) != 1 or any(len(w) != 1 for w in words):
            continue
        given = words[0][0]
        if len(given) < 3 or given.startswith("ال") or given in _GIVEN_PARTS:
            continue
        if any(_after_title(doc, doc.mentions[mi]) for mi in c.mentions):
            continue  # "بيت النبي محمد": a title or a description before the name tells another person
        owners = [o for o in clusters if o is not c and o.coarse == "PER" and _opens_with(doc, o, given)]
        if len(owners) != 1:
            continue
        named = [mi for mi in owners[0].mentions if doc.mentions[mi].kind == "name"]
        if len(named) >= 2:
            why = f"{doc.mentions[c.mentions[0]].text}: the given name of a person named before"
            _merge(owners[0], c, clusters, why)


def _after_title(doc: Document, m: Mention) -> bool:
    before = normalize(doc.text[max(0, m.start - 20) : m.start]).split()
    return bool(before) and (before[-1].startswith("ال") or before[-1] in lx.ALL_TITLES)


def _opens_with(doc: Document, c: Cluster, given: str) -> bool:
    return any(
        doc.mentions[mi].kind == "name" and len(w := _words(doc.mentions[mi])) >= 2 and w[0] == given
        for mi in c.mentions
    )


def _merge_headless_names(doc: Document, clusters: list[Cluster]) -> None:
    """A one-word name the model typed as a person that is the brand of an agency, channel, paper or
    company named with its head (`وكالة تاس الروسية للأنباء`, then `ونقلت تاس`) is that body; not a
    person after other heads (`قوات صالح` / `صالح`), nor a place (`صحيفة واشنطن بوست` / `واشنطن`)."""
    bodies: dict[str, Cluster] = {}
    for c in clusters:
        if c.coarse != "ORG":
            continue
        for mi in c.mentions:
            words = _words(doc.mentions[mi])
            if doc.mentions[mi].kind == "name" and len(words) >= 2 and words[0] in _BRAND_HEADS:
                bodies.setdefault(compact(words[1]), c)
    for c in list(clusters):
        if c.coarse != "PER" or c not in clusters:
            continue
        names = [doc.mentions[mi] for mi in c.mentions if doc.mentions[mi].kind == "name"]
        one_word = {compact(m.text) for m in names if len(_words(m)) == 1 and m.source == "ner"}
        body = next((bodies[n] for n in one_word if n in bodies), None)
        if body is not None and body in clusters and len(one_word) == len(names):
            for mi in c.mentions:
                doc.mentions[mi].coarse, doc.mentions[mi].cls = "ORG", doc.mentions[body.mentions[0]].cls
            _merge(
                body, c, clusters, f"{doc.mentions[c.mentions[0]].text}: the name of a body without its head"
            )


_BRAND_HEADS = frozenset(normalize(w) for w in ("وكالة", "قناة", "صحيفة", "جريدة", "مجلة", "إذاعة", "شركة"))


def _headed(word: str) -> bool:
    return word in lx.ORG_HEADS or word in lx.PLACE_HEADS or word in lx.DEFINITE_ORG_HEADS


def _owner(clusters: list[Cluster]) -> dict[int, Cluster]:
    return {mi: c for c in clusters for mi in c.mentions}


def _merge(into: Cluster, other: Cluster, clusters: list[Cluster], why: str) -> None:
    into.mentions.extend(other.mentions)
    into.evidence.extend(other.evidence + [why])
    clusters.remove(other)


def _bracketed_aliases(doc: Document, clusters: list[Cluster]) -> None:
    """`جهاز الأمن الداخلي في إسرائيل (شين بيت)`: a name in brackets right after a body's name (or
    after the body and the place it is in) is that body's other name, whatever type it was given; so is
    a name alone in quotes right after it (`_quoted_alias`)."""
    owner = _owner(clusters)
    names = [(mi, m) for mi, m in enumerate(doc.mentions) if m.kind == "name"]
    for k, (mi, m) in enumerate(names):
        if k == 0:
            continue
        pj, prev = names[k - 1]
        if _quoted_alias(doc, prev, m):
            owner = _merge_alias(owner, pj, m, mi, clusters, f"{m.text}: quoted after {prev.text}")
            continue
        if not doc.text[m.end : m.end + 3].lstrip().startswith(")"):
            continue
        bracket_after_place = prev.coarse == "LOC" and k >= 2 and doc.text[prev.end : m.start].strip() == "("
        if bracket_after_place and doc.text[names[k - 2][1].end : prev.start].split() == ["في"]:
            pj, prev = names[k - 2]  # the place the body is in stands between
        gap = doc.text[prev.end : m.start].strip()
        if prev.coarse != "ORG" or not gap.endswith("(") or len(gap.split()) > 3:
            continue
        if k >= 2 and _part_of_link(doc, names[k - 2][1], prev):
            pj, prev = names[k - 2]  # "وكالة رعاية الطفولة التابعة للأمم المتحدة (يونسيف)": the agency's name
        owner = _merge_alias(owner, pj, m, mi, clusters, f"{m.text}: bracketed after {prev.text}")


def _merge_alias(
    owner: dict[int, Cluster], body_mi: int, alias: Mention, alias_mi: int, clusters: list[Cluster], why: str
) -> dict[int, Cluster]:
    """Merge the cluster of the alias mention into the body's (the alias takes the body's type); the
    owner map, refreshed when anything merged."""
    body, other = owner.get(body_mi), owner.get(alias_mi)
    if body is None or other is None or body is other:
        return owner
    alias.coarse = body.coarse
    _merge(body, other, clusters, why)
    return _owner(clusters)


def _quoted_alias(doc: Document, body: Mention, m: Mention) -> bool:
    """`حركة المقاومة الإسلامية "حماس"`: a name alone in quotes right after a body's name is the body's
    other name (not a country: `الحكومة "سوريا"` would be a quotation)."""
    gap = doc.text[body.end : m.start].strip()
    closed = doc.text[m.end : m.end + 1] in lx.CLOSE_QUOTES
    named = m.cls != "Country" and m.coarse != "PER"
    return body.coarse == "ORG" and gap in lx.OPEN_QUOTES and closed and named


def _part_of_link(doc: Document, body: Mention, owner: Mention) -> bool:
    """ "X التابعة لـ Y": the body X and its owner Y, with only the word "belonging to" between."""
    gap = normalize(doc.text[body.end : owner.start]).split()
    return body.coarse == "ORG" and len(gap) == 2 and gap[0] in lx.PART_OF_WORDS and gap[1] in ("ل", "لل")


def _legislature(doc: Document, clusters: list[Cluster]) -> None:
    """`البرلمان` joins the one legislature the article names (`مجلس النواب`)."""
    named = [c for c in clusters if c.coarse == "ORG" and _is_legislature(doc, c, full=True)]
    bare = [c for c in clusters if c.coarse == "ORG" and _is_legislature(doc, c, full=False)]
    if len(named) == 1:
        for c in bare:
            _merge(
                named[0],
                c,
                clusters,
                f"{doc.mentions[c.mentions[0]].text}: the legislature named in the article",
            )


def _is_legislature(doc: Document, c: Cluster, full: bool) -> bool:
    names = {normalize(doc.mentions[mi].text) for mi in c.mentions}
    if full:
        return any(
            n.startswith(p) and n not in lx.STANDALONE_ORGS for n in names for p in lx.LEGISLATURE_NAMES
        )
    return all(n in lx.STANDALONE_ORGS for n in names)


def _governments(doc: Document, clusters: list[Cluster], roles: list) -> None:
    """`حكومة X` (X a person) joins the government X is said to lead, or the only national one."""
    owner = _owner(clusters)
    govs = [
        c
        for c in clusters
        if c.coarse == "ORG" and any(_is_national_gov(doc.mentions[mi]) for mi in c.mentions)
    ]
    for c in list(clusters):
        head = _person_government(doc, c, clusters)
        if head is None or c not in clusters:
            continue
        led = [owner.get(r.obj) for r in roles if r.rel == "leaderOf" and r.holder in head.mentions]
        target = next((g for g in led if g in govs), None) or (govs[0] if len(govs) == 1 else None)
        if target is not None and target is not c:
            _merge(target, c, clusters, f"{doc.mentions[c.mentions[0]].text}: government led by that person")


def _is_national_gov(m: Mention) -> bool:
    w = _words(m)
    return len(w) >= 2 and w[0] == normalize("الحكومة") and is_nisba(w[1])


def _capital_governments(doc: Document, clusters: list[Cluster]) -> None:
    """`حكومة أنقرة` joins `الحكومة التركية`: a government named by a city of the same country."""
    national = {}
    for c in clusters:
        for mi in c.mentions:
            m = doc.mentions[mi]
            if c.coarse == "ORG" and _is_national_gov(m) and (p := country_of_adjective(_words(m)[1])):
                national.setdefault(p.code, c)
    for c in list(clusters):
        w = _words(doc.mentions[c.mentions[0]])
        if c.coarse != "ORG" or len(w) < 2 or w[0] != normalize("حكومة"):
            continue
        place = _gaz().get(tuple(w[1:]))
        target = national.get(place.country) if place else None
        if target is not None and target is not c:
            _merge(target, c, clusters, f"{doc.mentions[c.mentions[0]].text}: government named by its seat")


def _person_government(doc: Document, c: Cluster, clusters: list[Cluster]) -> Cluster | None:
    """The person cluster X of an organisation named `حكومة X`."""
    for mi in c.mentions:
        w = _words(doc.mentions[mi])
        if len(w) >= 2 and w[0] == normalize("حكومة"):
            rest = w[1:]
            for p in clusters:
                if p.coarse == "PER" and any(_same_person(rest, _words(doc.mentions[k])) for k in p.mentions):
                    return p
    return None


def _capitals_as_states(doc: Document, clusters: list[Cluster]) -> None:
    """ "وواشنطن تساند", "بين طهران وواشنطن": a capital named as an actor stands for its state (the
    article's entity of that country, or a new one); after a preposition or a place noun ("في طهران")
    it stays a place."""
    countries = {c.code: c for c in clusters if c.coarse == "LOC" and c.code and len(c.code) == 2}
    for c in list(clusters):
        if c.coarse != "LOC" or c.code in countries or not c.mentions:
            continue
        if normalize(doc.mentions[c.mentions[0]].text) in _CONTESTED_CAPITALS:
            continue
        code = capital_country(doc.mentions[c.mentions[0]].text) or ""
        moved = [mi for mi in c.mentions if not _place_use(doc, doc.mentions[mi])]
        moved = [mi for mi in moved if not _listed_with_place(doc, doc.mentions[mi])]
        target = countries.get(code)
        acting = any(_next_to_verb(doc, doc.mentions[mi]) or _joined_to_acting(doc, mi) for mi in moved)
        if target is None and acting and (country := _country_named(code)) is not None:
            target = Cluster("LOC", [], code=code, label=country)  # ودعت واشنطن السلطات الإيرانية
            clusters.append(target)
            countries[code] = target
        if target is None:
            continue
        if target.label is None:
            target.label = _label(doc, target)
        for mi in moved:
            c.mentions.remove(mi)
            doc.mentions[mi].cls = "Country"
            target.mentions.append(mi)
            target.evidence.append(f"{doc.mentions[mi].text}: the capital named as an actor for its state")


# "بسيادة إسرائيل على القدس": a capital whose status is disputed names the city, never its state (the
# news, like most states, does not speak of Israel as "Jerusalem").
_CONTESTED_CAPITALS = frozenset({normalize("القدس")})


def _listed_with_place(doc: Document, m: Mention) -> bool:
    """`تنقل من مدينتي حلب ودمشق`: a name joined by و to the place name right before it is used as that
    one is (here both are cities, after the dual "the two cities")."""
    for o in doc.mentions:
        if o.coarse != "LOC" or o.sentence != m.sentence or o.end >= m.start:
            continue
        if normalize(doc.text[o.end : m.start]).strip() == "و":
            return _place_use(doc, o)
    return False


def _joined_to_acting(doc: Document, mi: int) -> bool:
    """`أن موسكو ودمشق تطالبان`: a place name joined by و to one right before (or after) a verb shares
    that verb as its subject."""
    m = doc.mentions[mi]
    for o in doc.mentions:
        if o is m or o.coarse != "LOC" or o.sentence != m.sentence:
            continue
        after = o.start > m.end and normalize(doc.text[m.end : o.start]).strip() == "و"
        before = m.start > o.end and normalize(doc.text[o.end : m.start]).strip() == "و"
        if (after or before) and _next_to_verb(doc, o):
            return True
    return False


def _next_to_verb(doc: Document, m: Mention) -> bool:
    """A verb-looking word right before or after the name (`ودعت واشنطن`, `طهران اكدت`, `وواشنطن
    تساند`), unlike a name completing a noun (`نظام روما`): a past form in ت or an imperfect prefix."""
    before = normalize(doc.text[max(0, m.start - 20) : m.start]).split()[-1:]
    after = normalize(doc.text[m.end : m.end + 20]).split()[:1]
    past = [w for w in before + after if len(w) > 3 and w.endswith("ت") and not w.startswith("ال")]
    imperfect = [w for w in after if len(w) > 3 and w[0] in "يت" and not w.startswith("ال")]
    return bool(past or imperfect)


def _country_named(code: str) -> str | None:
    """The Arabic name of the country with ISO code `code` in the gazetteer."""
    return next((p.name_ar for p in _gaz().countries() if p.code == code), None) if code else None


# Offices over a city or emirate: "ولي عهد أبوظبي" (crown prince of), "حاكم", "أمير", "محافظ", "عمدة"
_LOCAL_RULE = frozenset(normalize(w) for w in ("عهد", "حاكم", "أمير", "محافظ", "عمدة", "بلدية"))


def _place_use(doc: Document, m: Mention) -> bool:
    """The mention is a location: a preposition clitic ("بموسكو"), a preposition or place noun before it."""
    k = m.start
    while k > 0 and doc.text[k - 1].isalpha():
        k -= 1
    if any(ch in "بلك" for ch in doc.text[k : m.start]):
        return True
    line = doc.text[max(0, k - 25) : k].split("\n")[-1]
    if not line.strip():  # a dateline ("لندن (رويترز) -", "موسكو، 3 مايو")
        return doc.text[m.end : m.end + 2].strip()[:1] in ("،", ",", "(", "-")
    w = normalize(line.split()[-1])
    if is_nisba(w):  # "العاصمة العراقية بغداد"
        return True
    if w.removeprefix("و") in _LOCAL_RULE:
        return True  # "ولي عهد أبوظبي", "محافظ بغداد": the city or emirate ruled, not the state
    after = normalize(doc.text[m.end : m.end + 30]).split()[:2]
    if after[:1] == [normalize("إلى")] and after[1:] != [normalize("اتفاق")]:
        return True  # "غادر البشير الخرطوم إلى نواكشوط": where a journey starts (not "توصلت دمشق إلى اتفاق")
    cues = lx.PLACE_CUES | lx.DIRECTIONS  # "جنوب شرق دمشق"
    forms = {w, w[1:] if w[:1] in "وفس" else w, w[2:] if w[:2] in ("وس", "فس") else w}  # "سيزور موسكو"
    if w.endswith("تي"):
        forms.add(w[:-2] + "ه")  # the dual of a place noun: "مدينتي حلب ودمشق"
    return bool(forms & cues)


def _country_descriptions(doc: Document, clusters: list[Cluster]) -> None:
    """`الجانب الأمريكي`, `النظام السوري` -> the country of the adjective."""
    for mi, m in enumerate(doc.mentions):
        if m.kind != "nominal" or m.cls != "Country":
            continue
        place = country_of_adjective(_words(m)[-1])
        if place is None:
            continue
        target = next((c for c in clusters if c.coarse == "LOC" and c.code == place.code), None)
        if target is None:
            target = Cluster("LOC", [], code=place.code, label=place.name_ar)
            clusters.append(target)
        target.mentions.append(mi)
        target.evidence.append(f"{m.text}: refers to {place.name_ar} (nationality adjective)")


def _short_country_names(doc: Document, clusters: list[Cluster]) -> None:
    """`المملكة` joins the one country of the article, named or known from a nationality adjective,
    whose full name starts with that word (`المملكة العربية السعودية`); with none or several such
    countries it stays unresolved."""
    adjectives: dict[str, str] | None = None
    for mi, m in enumerate(doc.mentions):
        words = _words(m)
        # the model may tag the word as a name: it is still the short title of a country
        if m.kind not in ("nominal", "name") or m.coarse != "LOC" or len(words) != 1:
            continue
        if words[0] not in lx.SHORT_COUNTRY_NAMES:
            continue
        codes = _codes_named_by(words[0]) or _codes_named_by(words[0].removeprefix("ال"))
        if adjectives is None:
            adjectives = _adjective_countries(doc)
        named = {c.code for c in clusters if c.coarse == "LOC" and c.code in codes and c.mentions}
        found = named | {code for code in adjectives if code in codes}
        if len(found) > 1:  # several: the one the article calls by that title (المملكة العربية السعودية)
            found = {c.code for c in clusters if c.code in found and _titled(doc, c, words[0])}
        home = outlet_country(doc.source, doc.url)
        if not found and home in codes:
            found = {home}  # a Saudi paper's "المملكة" in an article that names no kingdom
        if len(found) != 1:
            continue
        code = found.pop()
        # (a country the article names has its cluster: the adjective's name is needed only without)
        target = _country_cluster(clusters, code, adjectives.get(code) or _country_named(code) or code)
        for c in clusters:  # a model-tagged name had a cluster of its own
            if c is not target and mi in c.mentions:
                c.mentions.remove(mi)
        target.mentions.append(mi)
        target.evidence.append(f"{m.text}: the only country of the article with that title")


_THAT = frozenset(normalize(w) for w in ("إن", "أن", "بأن", "وإن", "وأن"))
_RELATIVE_PRONOUNS = frozenset(normalize(w) for w in ("التي", "الذي", "اللذين", "اللتين"))


def _own_countries(doc: Document, clusters: list[Cluster]) -> None:
    """`قال مسؤولون فرنسيون إن بلادهم أرسلت`: "their country" is the one country that nationality
    adjectives before it in the sentence name (the speaker's); with none or several it stays unresolved."""
    for mi, m in enumerate(doc.mentions):
        words = _words(m)
        own = len(words) == 1 and words[0] in lx.OWN_COUNTRY_WORDS
        if m.kind != "nominal" or m.coarse != "LOC" or not own:
            continue
        sentence = doc.sentences[m.sentence] if m.sentence is not None else None
        if sentence is None:
            continue
        before = normalize(doc.text[sentence.start : m.start]).split()
        # only a subject: of reported speech (إن بلادهم) or of a relative clause (الضربة التي وجهتها
        # بلاده); `وتعيده إلى بلاده`, `حكومة بلاده` are someone else's or a genitive
        relative = len(before) >= 2 and before[-2] in _RELATIVE_PRONOUNS
        if not before or not (before[-1] in _THAT or relative):
            continue
        places = {p.code: p for w in before if is_nisba(w) and (p := country_of_adjective(w)) is not None}
        if len(places) != 1:
            continue
        place = next(iter(places.values()))
        target = _country_cluster(clusters, place.code, place.name_ar)
        target.mentions.append(mi)
        target.evidence.append(f"{m.text}: the country of the speaker ({place.name_ar})")


def _country_cluster(clusters: list[Cluster], code: str, label: str) -> Cluster:
    """The cluster of the country with this code that has mentions, a new one if there is none."""
    target = next((c for c in clusters if c.coarse == "LOC" and c.code == code and c.mentions), None)
    if target is None:
        target = Cluster("LOC", [], code=code, label=label)
        clusters.append(target)
    return target


def _titled(doc: Document, cluster: Cluster, first: str) -> bool:
    """Does the article name the cluster's country by a full name starting with `first`?"""
    names = (_words(doc.mentions[i]) for i in cluster.mentions if doc.mentions[i].kind == "name")
    return any(len(words) > 1 and words[0] == first for words in names)


def _adjective_countries(doc: Document) -> dict[str, str]:
    """ISO code -> Arabic name of every country a nationality adjective of the text refers to."""
    out: dict[str, str] = {}
    for w in set(normalize(doc.text).split()):
        if is_nisba(w) or (len(w) > 4 and w[0] in "وفبلك" and is_nisba(w[1:])):
            p = country_of_adjective(w)
            if p:
                out.setdefault(p.code, p.name_ar)
    return out


@lru_cache(maxsize=8)
def _codes_named_by(first: str) -> frozenset[str]:
    """Country codes whose gazetteer names begin with the word `first` ("المملكه" -> SA, GB, JO, ...)."""
    return frozenset(
        p.code for k, p in _gaz().by_key.items() if len(k) > 1 and k[0] == first and p.cls == "Country"
    )


def _person_descriptions(doc: Document, clusters: list[Cluster], roles: list) -> None:
    """Title phrases without a name resolve to the person the article gave that title."""
    owner = _owner(clusters)
    for mi, m in enumerate(doc.mentions):
        if m.kind != "nominal" or m.coarse != "PER":
            continue
        role = next((r for r in roles if r.start == m.start and r.holder is None), None)
        if role is None:
            continue
        target, why = _same_role_holder(doc, role, roles, owner)
        # a bare title (الجنرال) or one with a nationality (وزير الخارجية الروسي): the salient holder
        if target is None and role.obj is None and (role.title in lx.BARE_TITLES or role.country is not None):
            target, why = _salient_person(doc, m, role, roles, clusters, owner)
        if target is None and role.obj is None and role.country is not None and not _former_after(doc, m):
            target, why = _earlier_holder(doc, m, role, roles, owner)
        if target is None and (role.obj is not None or role.country is not None):
            target, why = _named_next(doc, m, role, roles, owner)
        if target is not None:
            target.mentions.append(mi)
            target.evidence.append(f"{m.text}: {why}")


# "التحالف" alone, with no coalition named before it: in this news the war coalition the article is
# about (the Saudi-led one in Yemen, the international one in Iraq and Syria), an entity of its own.
_COALITION = normalize("تحالف")


def _body_descriptions(doc: Document, clusters: list[Cluster]) -> None:
    """`مسلحي التنظيم` after `تنظيم الدولة الإسلامية`: a bare body head refers to the last body named
    before it with that head (unresolved, it names nothing)."""
    heads = {mi: _words(m)[0].removeprefix("ال") for mi, m in enumerate(doc.mentions)}
    standing_coalition: Cluster | None = None
    for mi, m in enumerate(doc.mentions):
        if m.kind != "nominal" or m.coarse != "ORG":
            continue
        head = normalize(m.text).removeprefix("ال")
        best, best_start = None, -1
        for c in clusters:
            if c.coarse != "ORG":
                continue
            for ci in c.mentions:
                other = doc.mentions[ci]
                if (
                    other.kind == "name"
                    and other.start < m.start
                    and heads[ci] == head
                    and other.start > best_start
                ):
                    best, best_start = c, other.start
        if best is None and head == _COALITION:
            if standing_coalition is None:
                standing_coalition = Cluster("ORG", label=m.text)
                clusters.append(standing_coalition)
            standing_coalition.mentions.append(mi)
            standing_coalition.evidence.append(
                f"{m.text}: the war coalition the article reports, never named"
            )
        elif best is not None:
            best.mentions.append(mi)
            best.evidence.append(f"{m.text}: the body named before with that head")


def _same_role_holder(doc: Document, role, roles: list, owner: dict[int, Cluster]):
    if role.obj is None or role.obj not in owner:
        return None, ""
    obj_cluster = owner[role.obj]
    held = [
        r
        for r in roles
        if r.holder is not None and r.rel == role.rel and r.obj in owner and owner[r.obj] is obj_cluster
    ]
    # the same title first: "لرئيس جمهورية مصر" is the president's, not the minister's "وزير خارجية مصر"
    held.sort(key=lambda r: r.title.removeprefix("ال") != role.title.removeprefix("ال"))
    for r in held:
        holder = owner.get(r.holder)
        if holder is not None:
            return holder, f"title held by {doc.mentions[r.holder].text}"
    return None, ""


# Titles too common to name one person (an official, a source, a spokesman among several).
_GENERIC_TITLES = frozenset(
    normalize(w) for w in ("مسؤول", "المسؤول", "مصدر", "المصدر", "متحدث", "المتحدث", "ناطق", "الناطق")
)
_SPEAKER_REACH = 4  # tokens from the start of the next sentence to the speaker's name
_TITLE_REACH = 3  # words from a title to its holder's name: the title and its body


def _named_next(doc: Document, m: Mention, role, roles: list, owner: dict[int, Cluster]):
    """`... وفق تحذير مبعوث الأمم المتحدة. وقال نيقولاي ملادينوف إنه`: a description whose person the
    article has not named yet, followed by a sentence that opens with a verb of saying and a name:
    the article names the person it just described."""
    if m.sentence is None or role.title in _GENERIC_TITLES or m.sentence + 1 >= len(doc.sentences):
        return None, ""
    nxt = doc.sentences[m.sentence + 1]
    words = [normalize(w) for w in doc.text[nxt.start : nxt.end].split()[:_SPEAKER_REACH]]
    if not words or words[0].removeprefix("و") not in lx.SPEECH_WORDS:
        return None, ""
    names = [
        (mi, n) for mi, n in enumerate(doc.mentions) if n.sentence == m.sentence + 1 and n.kind == "name"
    ]
    if not names or names[0][1].coarse != "PER" or names[0][0] not in owner:
        return None, ""
    mi, n = names[0]
    if len(normalize(doc.text[nxt.start : n.start]).split()) >= _SPEAKER_REACH:
        return None, ""
    if any(_titled_by(doc, n, r) and not _same_title(role, r) for r in roles):
        return None, ""  # "وقال رئيس اللجنة أمجد شموط": the speaker's own title is another
    target = owner[mi]
    if any(doc.mentions[k].start < m.start for k in target.mentions):
        return None, ""  # named before: the salient-person rule decides
    return target, f"description of {n.text}, named as the speaker of the next sentence"


def _titled_by(doc: Document, name: Mention, role) -> bool:
    """The title of `role` opens the words right before the name ("رئيس اللجنة أمجد شموط"): a holder
    the roles may not have yet."""
    between = doc.text[role.start : name.start].split()
    return role.sentence == name.sentence and role.start < name.start and len(between) <= _TITLE_REACH


def _same_title(description, held) -> bool:
    """A description's title is one of the titles of a role held by a named person (with or without ال)."""
    bare = description.title.removeprefix("ال")
    return any(bare == t.removeprefix("ال") for t in held.titles)


def _former_after(doc: Document, m: Mention) -> bool:
    """`الرئيس السوداني الأسبق`: the description is of a former holder (its relation is another)."""
    following = normalize(doc.text[m.end : m.end + 12]).split()
    return bool(following) and following[0] in lx.FORMER_WORDS


def _earlier_holder(doc: Document, m: Mention, role, roles: list, owner: dict[int, Cluster]):
    """`نائب الرئيس العراقي` after `نوري المالكي نائب رئيس العراق`: a description repeating the title
    and the country of the one person given them before is his, even in a sentence naming him again."""
    holders: dict[int, Cluster] = {}
    for r in roles:
        if r.holder is None or r.holder not in owner or doc.mentions[r.holder].start >= m.start:
            continue
        if not _same_title(role, r):
            continue
        place = owner.get(r.obj) if r.obj is not None else None
        code = r.country.code if r.country else place.code if place is not None else None
        if code == role.country.code:
            holders[id(owner[r.holder])] = owner[r.holder]
    if len(holders) != 1:
        return None, ""
    target = next(iter(holders.values()))
    return target, f"title and country given before to {doc.mentions[target.mentions[0]].text}"


def _salient_person(doc: Document, m: Mention, role, roles: list, clusters: list[Cluster], owner):
    """The most mentioned earlier person sharing the title or nationality (not in the same sentence);
    a headline's description (`وزير الخارجية الروسي يجتمع مع مشعل`) may also name a person of the body."""
    best, best_score = None, 0.0
    headline = m.sentence is not None and m.sentence < doc.headline_size()
    for c in clusters:
        if c.coarse != "PER":
            continue
        before = [
            mi
            for mi in c.mentions
            if (headline or doc.mentions[mi].start < m.start) and doc.mentions[mi].kind == "name"
        ]
        if not before or any(doc.mentions[mi].sentence == m.sentence for mi in c.mentions):
            continue
        own = [r for r in roles if r.holder is not None and owner.get(r.holder) is c]
        title = any(_same_title(role, r) for r in own)  # "الوزير الكندي" after "وزير الخارجية الكندي"
        codes = {r.country.code for r in own if r.country}
        country = role.country is not None and role.country.code in codes
        if not title or (role.country is not None and not country):
            continue  # "الجنرال الإيراني" needs a general known to be Iranian
        score = 3 * title + 3 * country + len(before)
        if score > best_score:
            best, best_score = c, score
    if best is None:
        return None, ""
    name = doc.mentions[best.mentions[0]].text
    return best, f"description of the salient person {name} (same title or nationality)"


def _label(doc: Document, c: Cluster) -> str:
    if c.label:
        return c.label
    names = [doc.mentions[mi] for mi in c.mentions if doc.mentions[mi].kind == "name"]
    pool = names or [doc.mentions[mi] for mi in c.mentions]
    if c.coarse == "LOC" and names and all(_state_long_form(m.text) for m in names):
        return _country_named(c.code) or names[0].text  # "الجمهورية اليمنية" alone: the entity is اليمن
    if c.coarse == "PER":  # the fullest form of a person's name
        return max(pool, key=lambda m: (len(_words(m)), len(m.text), -m.start)).text
    counts = Counter(compact(m.text) for m in pool)  # the usual form of other names
    return max(pool, key=lambda m: (counts[compact(m.text)], len(_words(m)), -m.start)).text


# "الجمهورية اليمنية", "الكيان الصهيوني": a state's long form or epithet (gazetteer.EXONYMS)
_STATE_FORMS = frozenset(normalize(w) for w in ("الجمهورية", "الكيان"))


def _state_long_form(text: str) -> bool:
    words = normalize(text).split()
    return bool(words) and words[0] in _STATE_FORMS


def _cls(doc: Document, c: Cluster) -> str:
    counts = Counter(
        doc.mentions[mi].cls
        for mi in c.mentions
        if doc.mentions[mi].kind == "name" and doc.mentions[mi].coarse == c.coarse
    )
    if not counts:
        counts = Counter(doc.mentions[mi].cls for mi in c.mentions)
    generic = {"Organization", "Place", "Person", "OtherEntity", ""}
    specific = [k for k, _ in counts.most_common() if k not in generic]
    return specific[0] if specific else counts.most_common(1)[0][0]


def _aliases(doc: Document, c: Cluster) -> list[str]:
    out: list[str] = []
    for mi in sorted(c.mentions, key=lambda k: doc.mentions[k].start):
        m = doc.mentions[mi]
        if m.coarse == "PER" and m.kind == "nominal":
            continue  # a description is evidence, not another name of the person
        forms = [m.text]
        if m.coarse == "ORG" and m.kind == "name" and m.cls != "MediaOrganization":
            core = _core(_words(m))
            if len(core) < len(_words(m)):
                forms.append(" ".join(m.text.split()[: len(core)]))
        for f in forms:
            if f not in out:
                out.append(f)
    return out


def _links(c: Cluster) -> dict[str, str]:
    """ISO 3166 code of a country, GeoNames id of a city (from the gazetteer)."""
    if not c.code:
        return {}
    if c.code.isalpha():
        return {"iso3166": c.code}
    return {"geonames": c.code} if c.code.isdigit() and len(c.code) > 3 else {}  # not a UN M49 region code


def build_entities(doc: Document) -> list[Entity]:
    """Cluster `doc.mentions` and set each clustered mention's `entity` key."""
    from .relations import find_roles  # local import: relations imports this module

    roles = find_roles(doc)
    clusters = _cluster_names(doc)
    _join_bodies(doc, clusters)
    _merge_type_conflicts(doc, clusters)
    _merge_surname_conflicts(doc, clusters)
    _merge_given_names(doc, clusters)
    _merge_headless_names(doc, clusters)
    _bracketed_aliases(doc, clusters)
    _legislature(doc, clusters)
    _governments(doc, clusters, roles)
    _capital_governments(doc, clusters)
    _capitals_as_states(doc, clusters)
    _country_descriptions(doc, clusters)
    _short_country_names(doc, clusters)
    _own_countries(doc, clusters)
    _person_descriptions(doc, clusters, roles)
    _body_descriptions(doc, clusters)
    clusters = [c for c in clusters if c.mentions]
    clusters.sort(key=lambda c: min(doc.mentions[mi].start for mi in c.mentions))
    for m in doc.mentions:
        m.entity = None
    entities = []
    for n, c in enumerate(clusters, start=1):
        key = f"e{n}"
        for mi in c.mentions:
            doc.mentions[mi].entity = key
        entities.append(
            Entity(
                key,
                _label(doc, c),
                c.coarse,
                _cls(doc, c),
                sorted(c.mentions),
                _aliases(doc, c),
                evidence=list(dict.fromkeys(c.evidence)),
                links=_links(c),
            )
        )
    return entities


@stage("coref", requires=("mentions",), provides=("entities",))
def make_coref(config: dict[str, Any], resources: Resources) -> Callable[[Document], None]:
    def run(doc: Document) -> None:
        doc.entities = build_entities(doc)

    return run
