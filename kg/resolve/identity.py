"""Cross-document identity: one IRI per real-world entity, across articles and runs.

The registry keeps, per document, one *observation* per entity (type, canonical Arabic
name, aliases, labels, co-occurring names). Identity is recomputed from all
observations on every call, so the result depends on the *set* of articles only,
never on the order in which they were added: `kg build` of a folder and `kg build` of
its articles one by one into the same registry give the same IRIs.

Rules, applied within one coarse type (a person never merges with a place):
1. user dictionary: an entry's label and aliases are one entity;
2. same name: equal after `kg.text.normalize.compact` (hamza/alef forms, spacing such
   as نصرالله / نصر الله, أبومهدي / أبو مهدي);
3. partial name: a person's surname (trailing tokens) that matches exactly one longer
   registered person is merged into it; when it matches several (or for an organisation's
   or place's leading tokens, always), an observation is merged only if its article shares
   most context (co-occurring names, role titles from the relations stage) with exactly
   one candidate; otherwise nothing is merged (recorded "ambiguous").

Every merge but the trivial one (the very same spelling in several articles, which the
stored observations already show) is recorded in `EntityRegistry.merges` (rule, members
as [document, entity key, Arabic label], evidence), and so is every "ambiguous" refusal.
`split_entity` and `EntityRegistry.do_not_merge` undo merges.
The IRI of a cluster is `entity_iri(base, coarse, key)` where `key` is the compact form
of its fullest name; when a later article reveals a fuller name, the cluster's IRI
changes: the old IRI is kept in `redirects` (for owl:sameAs) and the documents that
carried it are listed in `stale_documents` so a build can re-emit them.
"""

from __future__ import annotations

import json
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from kg.export.atomic import atomic_write
from kg.extract.lexicon import LINEAGE_WORDS
from kg.model import Document, Entity
from kg.rdf.iris import entity_iri
from kg.text.normalize import compact, normalize

VERSION = 1
METHOD_RANK = {"user": 0, "gazetteer": 1, "dictionary": 2, "transliteration": 3, None: 4}


# Fields of an observation as stored in the registry file (one JSON array per observation).
STORED = ("key", "coarse", "cls", "label_ar", "label_en", "label_en_method", "links", "iri", "titles")


@dataclass
class Observation:
    """What the registry remembers of one entity of one document."""

    doc: str
    key: str
    coarse: str
    cls: str
    label_ar: str
    label_en: str | None = None
    label_en_method: str | None = None
    links: dict[str, str] = field(default_factory=dict)
    iri: str | None = None  # last IRI given, to detect changes
    titles: list[str] = field(default_factory=list)  # compact role titles the article gives it
    name: str = ""  # compact(label_ar): the identity name (derived)
    tokens: list[str] = field(default_factory=list)  # normalised tokens of label_ar (derived)
    ref: tuple[str, str] = ("", "")  # (doc, key), derived

    def __post_init__(self) -> None:
        self.name = compact(self.label_ar)
        self.tokens = normalize(self.label_ar).split()
        self.ref = (self.doc, self.key)

    def stored(self) -> list[Any]:
        return [getattr(self, f) for f in STORED]


def observe(doc: Document) -> list[Observation]:
    titles: dict[str, set[str]] = defaultdict(set)
    for r in doc.relations:
        if r.role_title:
            titles[r.subject].add(compact(r.role_title))
    return [
        Observation(
            doc.id,
            e.key,
            e.coarse,
            e.cls,
            e.label_ar,
            e.label_en,
            e.label_en_method,
            dict(e.links),
            None,
            sorted(titles[e.key]),
        )
        for e in doc.entities
    ]


@dataclass
class Cluster:
    key: str
    coarse: str
    members: list[tuple[str, str]]  # (doc, entity key)
    iri: str = ""
    label_en: str | None = None
    label_en_method: str | None = None
    links: dict[str, str] = field(default_factory=dict)


def _partials(tokens: list[str], coarse: str) -> list[str]:
    """Shorter forms a name may appear as: trailing tokens of a person, leading tokens otherwise."""
    n = len(tokens)
    if coarse == "PER":
        # not the part right after "بن": "سلمان" alone is the father of "محمد بن سلمان" ("بن سلمان" is him)
        parts = ["".join(tokens[k:]) for k in range(1, n) if tokens[k - 1] not in LINEAGE_WORDS]
    else:
        parts = ["".join(tokens[:k]) for k in range(1, n)]
    return [p for p in parts if len(p) >= _MIN_PARTIAL]  # "بي" is no short form of "بي بي سي"


_MIN_PARTIAL = 3


def _given_names(groups: dict[tuple[str, str], list[Observation]]) -> set[str]:
    """Names (one or two tokens) found before the last token of a registered person's name
    ("عبد الرحمن ...", "محمد بن زايد آل نهيان"): alone, such a name may be a given or family
    name of many people, so it needs context to merge."""
    out = set()
    for (coarse, _), obs in groups.items():
        toks = obs[0].tokens
        if coarse == "PER":
            out.update(toks[:-1])
            out.update(a + b for a, b in zip(toks[:-2], toks[1:-1], strict=True))
    return out


class EntityRegistry:
    """Observations of every document seen, user constraints, and the resulting identities."""

    def __init__(self, path: str | Path | None = None) -> None:
        self.path = Path(path) if path else None
        self.observations: dict[str, list[Observation]] = {}
        self.user_entries: list[dict[str, Any]] = []
        self.no_merge: set[tuple[str, str]] = set()  # pairs of compact names never merged by rule 3
        self.splits: set[tuple[str, str]] = set()  # (doc, key) kept apart from every other mention
        self.merges: list[dict[str, Any]] = []
        self.clusters: dict[tuple[str, str], Cluster] = {}  # (doc, key) -> cluster
        self.redirects: dict[str, str] = {}  # former IRI -> current IRI
        self.stale_documents: set[str] = set()

    # ---- persistence -------------------------------------------------------------------
    @classmethod
    def load(cls, path: str | Path) -> EntityRegistry:
        """Open a registry file, or start an empty registry that will be saved there."""
        reg = cls(path)
        p = Path(path)
        if p.exists():
            data = json.loads(p.read_text(encoding="utf-8"))
            for doc, obs in data.get("documents", {}).items():
                reg.observations[doc] = [Observation(doc, *o) for o in obs]
            reg.user_entries = data.get("user_entries", [])
            reg.no_merge = {tuple(sorted(p)) for p in data.get("do_not_merge", [])}
            reg.splits = {tuple(s) for s in data.get("splits", [])}
            reg.redirects = data.get("redirects", {})
        return reg

    def save(self, path: str | Path | None = None) -> None:
        target = Path(path) if path else self.path
        if target is None:
            raise ValueError("registry has no path to save to")
        data = {
            "version": VERSION,
            "documents": {d: [o.stored() for o in obs] for d, obs in sorted(self.observations.items())},
            "user_entries": self.user_entries,
            "do_not_merge": sorted(list(p) for p in self.no_merge),
            "splits": sorted(list(s) for s in self.splits),
            "merges": self.merges,
            "redirects": dict(sorted(self.redirects.items())),
        }
        with atomic_write(target) as f:
            json.dump(data, f, ensure_ascii=False, separators=(",", ":"))

    # ---- input -------------------------------------------------------------------------
    def add_document(self, doc: Document) -> None:
        """Record (or replace) the observations of one document."""
        self.observations[doc.id] = observe(doc)

    def remove_document(self, doc_id: str) -> None:
        self.observations.pop(doc_id, None)

    def add_user_entries(self, entries: list) -> None:
        """User dictionary entries (kg.resolve.userdict.UserEntry) force identity of their forms."""
        for e in entries:
            row = {
                "label_ar": e.label_ar,
                "aliases": list(e.aliases),
                "coarse": e.coarse,
                "label_en": e.label_en,
                "links": dict(e.links),
            }
            if row not in self.user_entries:
                self.user_entries.append(row)

    def do_not_merge(self, name_a: str, name_b: str) -> None:
        """Never merge these two names by the partial-name rule (undo of a wrong merge)."""
        self.no_merge.add(tuple(sorted((compact(name_a), compact(name_b)))))

    # ---- resolution --------------------------------------------------------------------
    def resolve(self, base: str) -> dict[tuple[str, str], Cluster]:
        """Recompute every identity from all observations; returns (doc, key) -> Cluster."""
        old = {o.ref: o.iri for obs in self.observations.values() for o in obs}
        self.merges = []
        all_obs = [o for _, obs in sorted(self.observations.items()) for o in obs]
        groups = self._exact_groups(all_obs)
        parent = self._partial_parents(groups)
        assignment = self._assign(groups, parent)
        self.clusters = self._build_clusters(all_obs, assignment, base)
        self._track_changes(old)
        return self.clusters

    def _exact_groups(self, all_obs: list[Observation]) -> dict[tuple[str, str], list[Observation]]:
        """Rules 1 and 2: (coarse, group name) -> observations."""
        user_index = {}
        for entry in self.user_entries:
            for form in [entry["label_ar"], *entry["aliases"]]:
                user_index.setdefault((entry["coarse"], compact(form)), "user:" + compact(entry["label_ar"]))
        groups: dict[tuple[str, str], list[Observation]] = defaultdict(list)
        for o in all_obs:
            if o.ref in self.splits or not o.name:  # split by the user, or no usable name: alone
                name = f"{o.name}@{o.doc}#{o.key}"
            else:
                name = user_index.get((o.coarse, o.name)) or user_index.get((None, o.name)) or o.name
            groups[(o.coarse, name)].append(o)
        for (coarse, name), obs in sorted(groups.items()):
            spellings = sorted({o.label_ar for o in obs})
            docs = sorted({o.doc for o in obs})
            if len(spellings) > 1 or (name.startswith("user:") and len(docs) > 1):
                rule = "user-dictionary" if name.startswith("user:") else "same-name"
                self._record(rule, coarse, name, obs, f"spellings {spellings} in {len(docs)} documents")
        return groups

    def _partial_parents(self, groups: dict[tuple[str, str], list[Observation]]) -> dict:
        """Rule 3: group -> the unique longer group it is a partial name of (longest first)."""
        by_partial: dict[tuple[str, str], list[tuple[str, str]]] = defaultdict(list)
        for gkey, obs in groups.items():
            if not gkey[1].startswith("user:") and "@" not in gkey[1]:
                for part in _partials(obs[0].tokens, gkey[0]):
                    by_partial[(gkey[0], part)].append(gkey)
        parent: dict[tuple[str, str], Any] = {}

        def root(g: tuple[str, str]) -> tuple[str, str]:
            while isinstance(parent.get(g), tuple):
                g = parent[g]
            return g

        # A partial name is shorter than every name it is part of: longest first means each
        # candidate's own parent is already known.
        given = _given_names(groups)
        docs = {g: len({o.doc for o in obs}) for g, obs in groups.items()}
        for g in sorted(groups, key=lambda g: (-len(g[1]), g)):
            cands = sorted({root(c) for c in by_partial.get(g, []) if c != g})
            cands = [c for c in cands if tuple(sorted((g[1], c[1]))) not in self.no_merge]
            if g[0] != "PER":
                # an organisation / place named on its own in more articles than a longer name
                # ("الأمم المتحدة") is an entity in its own right, not a short form of it
                cands = [c for c in cands if docs[c] >= docs[g]]
            if len(cands) == 1 and g[0] == "PER" and g[1] not in given:
                parent[g] = cands[0]
            elif cands:
                # several candidates, or a generic organisation / place head ("الحكومة"):
                # decided per observation by shared context
                parent[g] = cands
        return parent

    def _context(self, o: Observation) -> set[str]:
        """Compact names of the other entities of the observation's document, and its titles."""
        names = {x.name for x in self.observations.get(o.doc, []) if x.name and x.name != o.name}
        return names | {"title:" + t for t in o.titles}

    def _context_choice(self, o: Observation, cands: list, contexts: dict) -> tuple | None:
        mine = self._context(o)
        scores = sorted(((len(mine & contexts[c]), c) for c in cands), reverse=True)
        if scores and scores[0][0] > 0 and (len(scores) == 1 or scores[1][0] < scores[0][0]):
            return scores[0][1]
        return None

    def _assign(self, groups: dict, parent: dict) -> dict[tuple[str, str], tuple[str, str]]:
        """(doc, key) -> root group key, recording every partial-name decision."""

        def root(g: tuple[str, str]) -> tuple[str, str]:
            while isinstance(parent.get(g), tuple):
                g = parent[g]
            return g

        final: dict[tuple[str, str], list[Observation]] = defaultdict(list)
        for g, obs in groups.items():
            if not isinstance(parent.get(g), list):
                final[root(g)].extend(obs)
        for g, obs in sorted(groups.items()):
            p = parent.get(g)
            if isinstance(p, tuple):
                self._record("partial-name", g[0], root(g)[1], obs, f"{g[1]!r} is part of exactly one name")
        out: dict[tuple[str, str], tuple[str, str]] = {}
        contexts: dict[tuple[str, str], set[str]] = {}
        for p in parent.values():
            for c in p if isinstance(p, list) else ():
                if c not in contexts:
                    members = final.get(c, groups[c])
                    docs = {m.doc for m in members}
                    names = {n for d in docs for n in (x.name for x in self.observations[d])} - {c[1]}
                    contexts[c] = names | {"title:" + t for m in members for t in m.titles}
        for g, obs in sorted(groups.items()):
            p = parent.get(g)
            for o in obs:
                target = root(g)
                if isinstance(p, list):
                    choice = self._context_choice(o, p, contexts)
                    target = choice or g
                    rule = "partial-name-context" if choice else "ambiguous"
                    self._record(rule, g[0], target[1], [o], f"candidates {[c[1] for c in p]}")
                out[o.ref] = target
        return out

    def _build_clusters(self, all_obs: list[Observation], assignment: dict, base: str) -> dict:
        members: dict[tuple[str, str], list[Observation]] = defaultdict(list)
        for o in all_obs:
            members[assignment[o.ref]].append(o)
        clusters: dict[tuple[str, str], Cluster] = {}
        for (coarse, name), obs in members.items():
            cluster = Cluster(name, coarse, sorted(o.ref for o in obs))
            cluster.iri = entity_iri(base, coarse, name)
            best = min(
                obs,
                # the user's word first, then the label of the fullest name, then the surest method
                key=lambda o: (
                    o.label_en_method != "user",
                    o.name != name,
                    -len(o.tokens),
                    METHOD_RANK.get(o.label_en_method, 4),
                    o.label_en or "",
                ),
            )
            cluster.label_en, cluster.label_en_method = best.label_en, best.label_en_method
            self._cluster_links(cluster, obs)
            for o in obs:
                clusters[o.ref] = cluster
        return clusters

    def _cluster_links(self, cluster: Cluster, obs: list[Observation]) -> None:
        """Identifiers the members agree on (a conflict, e.g. two GeoNames ids, drops that key);
        a user dictionary entry overrides label and identifiers."""
        values: dict[str, set[str]] = defaultdict(set)
        for o in obs:
            for k, v in o.links.items():
                values[k].add(v)
        cluster.links = {k: next(iter(v)) for k, v in sorted(values.items()) if len(v) == 1}
        for entry in self.user_entries:
            if "user:" + compact(entry["label_ar"]) == cluster.key:
                cluster.links.update(entry["links"])
                if entry["label_en"]:
                    cluster.label_en, cluster.label_en_method = entry["label_en"], "user"

    def _track_changes(self, old: dict[tuple[str, str], str | None]) -> None:
        for obs in self.observations.values():
            for o in obs:
                new = self.clusters[o.ref].iri
                before = old.get(o.ref)
                if before and before != new:
                    self.redirects[before] = new
                    self.stale_documents.add(o.doc)
                o.iri = new
        for k, v in list(self.redirects.items()):
            while v in self.redirects and self.redirects[v] != v:
                v = self.redirects[v]
            self.redirects[k] = v

    def _record(self, rule: str, coarse: str, into: str, obs: list[Observation], evidence: str) -> None:
        self.merges.append(
            {
                "rule": rule,
                "coarse": coarse,
                "into": into,
                "members": [[o.doc, o.key, o.label_ar] for o in obs],
                "evidence": evidence,
            }
        )

    def entity_set(self) -> set[tuple[str, tuple[tuple[str, str], ...]]]:
        """(IRI, members) of every cluster: equal sets mean equal identity decisions."""
        seen = {c.iri: tuple(c.members) for c in self.clusters.values()}
        return set(seen.items())


def split_entity(registry: EntityRegistry, doc_id: str, entity_key: str) -> None:
    """Keep one document's entity apart from every other (undo a same-name or partial merge)."""
    registry.splits.add((doc_id, entity_key))


def unmerge(registry: EntityRegistry, name_a: str, name_b: str) -> None:
    """Forbid the partial-name rule to merge these two names again."""
    registry.do_not_merge(name_a, name_b)


def _apply(entity: Entity, cluster: Cluster) -> None:
    entity.iri = cluster.iri
    # one node, one label: every member shows the cluster's label (a user's label is never replaced)
    if cluster.label_en and (entity.label_en_method != "user" or cluster.label_en_method == "user"):
        entity.label_en = cluster.label_en
        entity.label_en_method = cluster.label_en_method  # type: ignore[assignment]
    for k, v in cluster.links.items():
        entity.links.setdefault(k, v)


def resolve_corpus(docs: list[Document], registry: EntityRegistry, base: str) -> None:
    """Set Entity.iri (and the cluster's best English label and links) of every entity of `docs`.

    The documents are added to (or replaced in) the registry first; identities are then
    decided over everything the registry holds, and the registry is saved if it has a path.
    """
    for doc in docs:
        registry.add_document(doc)
    registry.resolve(base)
    for doc in docs:
        apply_identities(doc, registry)
    if registry.path:
        registry.save()


def apply_identities(doc: Document, registry: EntityRegistry) -> None:
    """Give `doc`'s entities the IRIs, labels and links of the registry's last `resolve`."""
    for e in doc.entities:
        _apply(e, registry.clusters[(doc.id, e.key)])
    registry.stale_documents.discard(doc.id)
