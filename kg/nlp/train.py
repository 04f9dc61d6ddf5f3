"""Train and assemble the shipped Arabic pipeline `ar_kg_news`.

    python -m kg.nlp.train --data ../shared/data --out kg/nlp/models/ar_kg_news

Steps (scratch files in `training/`, which git ignores):
1. tokenizer tables: clitic lexicon from PADT train + PUD train part, word counts from
   SaudiNewsNet, ANERcorp train names and open gazetteer names protected from the fallback splitter;
2. corpora as .spacy files (PADT + PUD for tagger/parser/senter, ANERcorp for NER);
3. floret vectors from SaudiNewsNet + ANT for the NER (kg.nlp.vectors), unless --vectors is given;
4. `spacy train` of pipelines/train/syntax.cfg, then of pipelines/train/ner.cfg (both tok2vecs
   read the same floret vectors; the NER reads the UPOS of the syntax pipeline's frozen tagger, so it
   is trained after it; `--syntax` / `--ner` reuse the syntax components / the NER of an existing
   pipeline, `--ner-full` trains the NER on all of ANERcorp train for max_steps, as for the shipped
   model);
5. assembly: the syntax pipeline plus the sourced NER, saved to `--out`.

Optional: `--only pretrain` runs `spacy pretrain` of the NER's tok2vec on raw news text (the vectors
corpus) and `--pretrained` starts the NER's tok2vec from those weights (measured, not used for the
shipped model: see docs/MODEL_CARD.md).

PUD has the only trees: sentence i is test when i % 5 == 4 (200 sentences), dev when
i % 10 == 0 (100), train otherwise (700).
"""

from __future__ import annotations

import argparse
import csv
import random
import re
import subprocess
import sys
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Iterator
from functools import partial
from pathlib import Path

import spacy
import srsly
from spacy.ml.models.multi_task import build_masked_language_model, get_characters_loss
from spacy.tokens import Doc, DocBin
from spacy.vocab import Vocab
from thinc.api import LayerNorm, Maxout, Model, MultiSoftmax, chain

from . import cpu_ops
from .data import Word, fold, lookup_key, read_anercorp, read_conllu, read_padt
from .tokenizer import NAME_TYPES, PROCLITIC_INNER, PROCLITIC_OUTER, ArabicCliticTokenizer, empty_tables
from .vectors import build_vectors, corpus_lines

ROOT = Path(__file__).resolve().parents[2]
CONFIGS = ROOT / "pipelines" / "train"
PADT = "ud_arabic_padt_upos/ar_padt-ud-{}.txt"
PUD = "ud_arabic_pud/ar_pud-ud-test.conllu"
ANER = "anercorp_camel/ANERCorp_CamelLab_{}.txt"
WOJOOD = "wojood_sample/{}.txt"
# Wojood's nested types as ANERcorp's flat ones. ANERcorp tags no nationality adjectives, dates,
# numbers or occupations: those stay O. Facilities, laws, websites and languages are sometimes names
# in ANERcorp and sometimes not: their words are left unannotated (neither entity nor O).
WOJOOD_TYPES = {"PERS": "PER", "ORG": "ORG", "GPE": "LOC", "LOC": "LOC", "EVENT": "MISC", "PRODUCT": "MISC"}
WOJOOD_UNSURE = {"FAC", "LAW", "WEBSITE", "LANGUAGE"}
PROCLITICS = set(PROCLITIC_OUTER) | set(PROCLITIC_INNER)
_ARABIC_WORD = re.compile(r"^[\u0621-\u064a]+$")
MIN_CITY = 100_000  # smaller places share their names with common words too often


def upos(tag: str) -> str:
    """PADT tags most names `X`: map it to PROPN so names get one tag across treebanks."""
    return "PROPN" if tag == "X" else tag


def pud_split(data: Path, part: str) -> list[list[Word]]:
    sents = list(read_conllu(data / PUD))
    keep = {"test": lambda i: i % 5 == 4, "dev": lambda i: i % 5 != 4 and i % 10 == 0}
    rule = keep.get(part, lambda i: i % 5 != 4 and i % 10 != 0)
    return [s for i, s in enumerate(sents) if rule(i)]


# --- tokenizer tables ---------------------------------------------------------------------------
def build_tables(data: Path) -> dict:
    tables = empty_tables()
    analyses: dict[str, Counter] = defaultdict(Counter)
    treebank = list(read_padt(data / PADT.format("train"))) + pud_split(data, "train")
    for sent in treebank:
        for w in sent:
            bare = "".join(w.segments)
            if bare.isalpha():
                norms = tuple(n if n != s else None for n, s in zip(w.norms, w.segments, strict=True))
                analyses[lookup_key(bare)][(tuple(len(s) for s in w.segments), norms)] += 1
    for key, counter in analyses.items():
        lengths, norms = counter.most_common(1)[0][0]
        tables["lexicon"][key] = list(lengths)
        if len(lengths) > 1:
            tables["norms"][key] = list(norms)
    tables["counts"] = word_counts(data)
    _protect_names(tables, data)
    tables["names"] = name_types(data)
    return tables


def word_counts(data: Path, min_count: int = 5) -> dict[str, int]:
    """Word frequencies in SaudiNewsNet (the fallback splitter's notion of a known word)."""
    counts: Counter = Counter()
    for line in corpus_lines(data):
        counts.update(lookup_key(t) for t in line.split() if t.isalpha())
    return {w: c for w, c in counts.items() if c >= min_count}


def _protect_names(tables: dict, data: Path) -> None:
    """Names from ANERcorp train stay whole unless they are a proclitic plus another name."""
    sents = read_anercorp(data / ANER.format("train"))
    names = {lookup_key(w) for sent in sents for w, t in sent if t != "O"}
    for name in names:
        if name in tables["lexicon"] or not name.isalpha():
            continue
        clitic = any(name[: k] in _chains() and name[k:] in names for k in (1, 2))
        if not clitic:
            tables["lexicon"][name] = [len(name)]
    _protect_gazetteer(tables, gazetteer_words(data) | names)


def gazetteer_words(data: Path, with_anergazet: bool = True) -> set[str]:
    """Lookup keys of the words of open-data names: ANERgazet person / place / organisation lists,
    CLDR country names and GeoNames cities of 100k people or more."""
    words: set[str] = set()
    for path in sorted((data / "anergazet").glob("ANERGazet_*.txt")) if with_anergazet else []:
        words.update(path.read_text(encoding="utf8").split())
    for name, column in (("countries_ar_en.tsv", "name_ar"), ("cities_ar_en.tsv", "name_ar_script")):
        path = data / "gazetteers" / name
        if not path.exists():
            continue
        with path.open(encoding="utf8") as f:
            for row in csv.DictReader(f, delimiter="\t"):
                if int(row.get("population") or MIN_CITY) >= MIN_CITY:
                    words.update(row[column].split())
    return {lookup_key(w) for w in words if w.isalpha()}


def name_types(data: Path) -> dict[str, int]:
    """Folded word -> bits (tokenizer.NAME_TYPES) of the types of the open-gazetteer names it is a
    word of: ANERgazet, CLDR countries, GeoNames cities, ANETAC typed names. Never the NER's training
    labels, so the feature means on unseen text what it meant in training."""
    bits: dict[str, int] = defaultdict(int)

    def add(words: Iterable[str], label: str) -> None:
        for w in words:
            if len(w) > 2 and _ARABIC_WORD.match(w):  # 1-2 letter words are mostly particles (في)
                bits[fold(w)] |= NAME_TYPES[label]

    for label, name in (("PER", "Pers"), ("LOC", "Loc"), ("ORG", "Org")):
        path = data / "anergazet" / f"ANERGazet_{name}.txt"
        if path.exists():
            add(path.read_text(encoding="utf8").split(), label)
    add(gazetteer_words(data, with_anergazet=False), "LOC")
    anetac = data / "anetac" / "EN-AR_Named-entities.txt"
    labels = {"PERSON": "PER", "LOCATION": "LOC", "ORGANIZATION": "ORG"}
    if anetac.exists():
        with anetac.open(encoding="utf8") as f:
            for line in f:
                kind, *words = line.split()
                if kind in labels:
                    add(words, labels[kind])
    return dict(bits)


def _protect_gazetteer(tables: dict, names: set[str]) -> None:
    """A gazetteer word that the fallback would split (`بيشكك` -> ب + يشكك) stays whole, unless the
    remainder is a treebank word, a name itself or has the article (`بالعربية`, `وسانت`, `بالسر`):
    then the split is right."""
    tok = ArabicCliticTokenizer(spacy.blank("ar").vocab, tables)
    lexicon = tables["lexicon"]
    for word in sorted(names - lexicon.keys()):
        lead = "".join(p for p, _ in _leading_proclitics(tok.split_word(word)))
        host = word[len(lead) :]
        if lead and not host.startswith("ال") and host not in lexicon and host not in names:
            lexicon[word] = [len(word)]


def _chains() -> set[str]:
    return PROCLITICS | {o + i for o in PROCLITIC_OUTER for i in PROCLITIC_INNER}


# --- corpora --------------------------------------------------------------------------------------
def treebank_doc(nlp: spacy.Language, sents: list[list[Word]], with_tree: bool) -> Doc:
    words, spaces, tags, heads, deps, starts = [], [], [], [], [], []
    for sent in sents:
        offset = len(words)
        for w in sent:
            for k, seg in enumerate(w.segments):
                words.append(seg)
                spaces.append(k == len(w.segments) - 1)
                tags.append(upos(w.tags[k]))
                starts.append(len(words) == offset + 1)
                if with_tree:
                    heads.append(w.heads[k] + offset if w.heads[k] >= 0 else len(words) - 1)
                    deps.append(w.deps[k])
    spaces[-1] = False
    kwargs = {"heads": heads, "deps": deps} if with_tree else {"sent_starts": starts}
    return Doc(nlp.vocab, words=words, spaces=spaces, tags=tags, pos=tags, **kwargs)


def grouped(items: list, size: int) -> Iterator[list]:
    for i in range(0, len(items), size):
        yield items[i : i + size]


def ner_doc(tokenizer: ArabicCliticTokenizer, sent: list[tuple[str, str]]) -> Doc:
    """ANERcorp sentence retokenized by our tokenizer; entity spans lose leading proclitics."""
    text = " ".join(w for w, _ in sent)
    doc = tokenizer(text)
    spans, pos, current = [], 0, None
    for word, tag in sent:
        start, end = pos, pos + len(word)
        pos = end + 1
        if tag.startswith("B-") or (tag.startswith("I-") and (current is None or current[2] != tag[2:])):
            if current:
                spans.append(current)
            pieces = tokenizer.split_word(word)
            skip = sum(len(p) for p, _ in _leading_proclitics(pieces))
            current = [start + skip, end, tag[2:]]
        elif tag.startswith("I-") and current:
            current[1] = end
        else:
            if current:
                spans.append(current)
            current = None
    if current:
        spans.append(current)
    ents = [doc.char_span(s, e, label=lab, alignment_mode="contract") for s, e, lab in spans]
    doc.ents = [e for e in ents if e is not None]
    return doc


def _leading_proclitics(pieces: list[tuple[str, str | None]]) -> list[tuple[str, str | None]]:
    lead = []
    for piece in pieces[:-1]:
        if piece[0] not in PROCLITICS:
            break
        lead.append(piece)
    return lead


Span = tuple[int, int, str]  # start word, end word (exclusive), type


def read_wojood(path: Path) -> Iterator[tuple[list[str], list[Span]]]:
    """Sentences of Wojood's nested CoNLL files (`word TAG [TAG...]`, blank line between sentences):
    the words and the spans of every nesting layer. Its paragraph marks (`$#$`) are dropped."""
    words: list[str] = []
    tags: list[list[str]] = []
    for line in [*path.read_text(encoding="utf8").splitlines(), ""]:
        parts = line.split()
        if parts and parts[0] != "$#$":
            words.append(parts[0])
            tags.append(parts[1:])
        elif not parts and words:
            yield words, nested_spans(tags)
            words, tags = [], []


def nested_spans(tags: list[list[str]]) -> list[Span]:
    """Spans of nested BIO columns. Per type, a stack of open spans (outermost first): a word's I-X
    tags continue that many of them, its B-X tags open new ones; the rest close."""
    open_: dict[str, list[int]] = defaultdict(list)
    spans: list[Span] = []
    for i, word_tags in enumerate([*tags, []]):
        for kind in {t[2:] for t in word_tags if t[:2] in ("B-", "I-")} | set(open_):
            inside = sum(t == f"I-{kind}" for t in word_tags)
            spans += [(start, i, kind) for start in open_[kind][inside:]]
            open_[kind] = open_[kind][:inside] + [i] * sum(t == f"B-{kind}" for t in word_tags)
    return spans


def flat_wojood(spans: list[Span]) -> tuple[list[Span], list[Span]]:
    """ANERcorp-typed entities (the outermost mapped span wins) and the unsure spans left missing."""
    chosen: list[Span] = []
    for s, e, kind in sorted(spans, key=lambda x: (x[0] - x[1], x[0])):
        if kind in WOJOOD_TYPES and not any(s < ce and cs < e for cs, ce, _ in chosen):
            chosen.append((s, e, WOJOOD_TYPES[kind]))
    unsure: list[Span] = []
    for s, e, kind in sorted(spans, key=lambda x: (x[0] - x[1], x[0])):
        if kind in WOJOOD_UNSURE and not any(s < ce and cs < e for cs, ce, _ in chosen + unsure):
            unsure.append((s, e, kind))
    return sorted(chosen), unsure


def wojood_doc(tokenizer: ArabicCliticTokenizer, words: list[str], spans: list[Span]) -> Doc:
    """A Wojood sentence as a NER training doc with ANERcorp's types (see `WOJOOD_TYPES`)."""
    chosen, unsure = flat_wojood(spans)
    bio = ["O"] * len(words)
    for s, e, label in chosen:
        bio[s : e] = [f"B-{label}"] + [f"I-{label}"] * (e - s - 1)
    doc = ner_doc(tokenizer, list(zip(words, bio, strict=True)))
    starts = [0]
    for w in words:
        starts.append(starts[-1] + len(w) + 1)
    missing = [doc.char_span(starts[s], starts[e] - 1, alignment_mode="contract") for s, e, _ in unsure]
    doc.set_ents(list(doc.ents), missing=[m for m in missing if m is not None])
    return doc


def write_corpora(data: Path, work: Path, tables: dict, wojood: bool = False) -> None:
    nlp = spacy.blank("ar")
    tok = ArabicCliticTokenizer(nlp.vocab, tables)
    padt_train = list(read_padt(data / PADT.format("train")))
    padt_dev = list(read_padt(data / PADT.format("dev")))
    train = [treebank_doc(nlp, g, False) for g in grouped(padt_train, 3)]
    train += [treebank_doc(nlp, [s], True) for s in pud_split(data, "train")] * 3
    dev = syntax_dev_docs(nlp, padt_dev[:300], pud_split(data, "dev"))
    _save(train, work / "syntax-train.spacy")
    _save(dev, work / "syntax-dev.spacy")
    aner = [ner_doc(tok, s) for s in read_anercorp(data / ANER.format("train"))]
    cut = int(len(aner) * 0.9)
    # Wojood (train + val parts) only ever adds training text; the dev set stays ANERcorp's.
    parts = ("train", "val") if wojood else ()
    extra = [wojood_doc(tok, w, s) for p in parts for w, s in read_wojood(data / WOJOOD.format(p))]
    _save(aner[:cut] + extra, work / "ner-train.spacy")
    _save(aner[cut:], work / "ner-dev.spacy")
    _save(aner + extra, work / "ner-full.spacy")  # for the final model, trained a fixed number of steps


def syntax_dev_docs(nlp: spacy.Language, padt: list[list[Word]], pud: list[list[Word]]) -> list[Doc]:
    """PUD trees (one sentence a doc), then PADT tags and sentence starts (three sentences a doc).
    Trees first: spaCy's dependency scorer carries the token indices of tree-less docs over to the
    next docs and skips them there, so with PADT first the dev UAS/LAS read 0."""
    trees = [treebank_doc(nlp, [s], True) for s in pud]
    return trees + [treebank_doc(nlp, g, False) for g in grouped(padt, 3)]


def _save(docs: Iterable[Doc], path: Path) -> None:
    DocBin(docs=docs, store_user_data=False).to_disk(path)


# --- training and assembly ---------------------------------------------------------------------
def train_one(name: str, work: Path, vectors: Path | None, full: bool = False,
              syntax: Path | None = None, pretrained: Path | None = None) -> subprocess.Popen:
    cmd = [sys.executable, "-m", "kg.nlp.train", "--only", name, "--work", str(work)]
    if pretrained and name == "ner":
        cmd += ["--pretrained", str(pretrained)]
    if vectors:
        cmd += ["--vectors", str(vectors)]
    if full:
        cmd += ["--ner-full"]
    if syntax:
        cmd += ["--syntax", str(syntax)]
    log = (work / f"{name}.log").open("w")
    return subprocess.Popen(["nice", "-n", "5", *cmd], stdout=log, stderr=subprocess.STDOUT)


def _train_overrides(
    name: str, work: Path, vectors: Path | None, part: str, syntax: Path | None, pretrained: Path | None
) -> dict:
    """Config overrides shared by `spacy train` and `spacy pretrain` of pipelines/train/<name>.cfg."""
    overrides = {
        "paths.train": str(work / f"{name}-{part}.spacy"),
        "paths.dev": str(work / f"{name}-dev.spacy"),
        "paths.tokenizer": str(work / "tokenizer.msgpack"),
        "paths.vectors": str(vectors) if vectors else None,
    }
    if name == "ner":
        overrides["paths.syntax"] = str(syntax or work / "syntax" / "model-best")
        overrides["paths.init_tok2vec"] = str(pretrained) if pretrained else None
    if vectors:  # the same floret table serves both tok2vecs: the pipeline stores it once
        tok2vec = "components.ner.model.tok2vec" if name == "ner" else "components.tok2vec.model"
        overrides[f"{tok2vec}.embed.include_static_vectors"] = True
    return overrides


def run_spacy_train(
    name: str, work: Path, vectors: Path | None, full: bool = False, syntax: Path | None = None,
    pretrained: Path | None = None,
) -> None:
    """`full`: train the NER on all of ANERcorp train (its dev part included) for the configured
    number of steps; the dev scores it logs are then not a measurement. The NER sources the frozen
    tok2vec + tagger of the pipeline `syntax` (default: the one trained in `work`) for its UPOS feature.
    `pretrained`: tok2vec weights from `run_spacy_pretrain` that the NER's tok2vec starts from."""
    from spacy.cli.train import train as spacy_train

    part = "full" if full and name == "ner" else "train"
    overrides = _train_overrides(name, work, vectors, part, syntax, pretrained)
    if part == "full":
        overrides["training.patience"] = 0
    with cpu_ops():
        spacy_train(CONFIGS / f"{name}.cfg", work / name, use_gpu=-1, overrides=overrides)


@spacy.registry.architectures("kg.PretrainCharacters2d.v1")
def pretrain_characters_2d(
    maxout_pieces: int, hidden_size: int, n_characters: int
) -> Callable[[Vocab, Model], Model]:
    """spaCy's masked-word character objective (spacy.PretrainCharacters.v1) for a tok2vec whose
    output is one array for the whole batch: the NER's `tok2vec` layer is its Tok2Vec followed by the
    projection to the parser's hidden width, and pretraining both is what `init_tok2vec` loads back."""

    def create(vocab: Vocab, tok2vec: Model) -> Model:
        output = chain(
            Maxout(nO=hidden_size, nP=maxout_pieces),
            LayerNorm(nI=hidden_size),
            MultiSoftmax([256] * n_characters, nI=hidden_size),
        )
        model = build_masked_language_model(vocab, chain(tok2vec, output))
        model.set_ref("tok2vec", tok2vec)
        model.set_ref("output_layer", output)
        model.attrs["loss"] = partial(get_characters_loss, nr_char=n_characters)
        return model

    return create


def write_raw_text(corpus: Path, out: Path, max_words: int, seed: int = 0) -> int:
    """Paragraphs of `corpus` (one a line) in a seeded random order, as the JSONL raw text that
    `spacy pretrain` reads, until `max_words` words; returns the number of words written."""
    lines = corpus.read_text(encoding="utf8").splitlines()
    random.Random(seed).shuffle(lines)  # a cut then samples every source of the corpus
    kept, words = [], 0
    for line in lines:
        if words >= max_words:
            break
        n = len(line.split())
        if n >= 5:  # headlines and bylines teach little context
            kept.append({"text": line})
            words += n
    srsly.write_jsonl(out, kept)
    return words


def run_spacy_pretrain(
    work: Path, raw_text: Path, out: Path, vectors: Path | None, syntax: Path | None, max_epochs: int = 1
) -> Path:
    """`spacy pretrain` of the NER's tok2vec (pipelines/train/ner.cfg [pretraining]) on `raw_text`,
    with the same architecture and static vectors as in `run_spacy_train`; returns the weights file."""
    from spacy.training.pretrain import pretrain

    overrides = _train_overrides("ner", work, vectors, "train", syntax, None)
    overrides.update({"paths.raw_text": str(raw_text), "pretraining.max_epochs": max_epochs})
    raw = spacy.util.load_config(CONFIGS / "ner.cfg", overrides=overrides, interpolate=False)
    out.mkdir(parents=True, exist_ok=True)
    with cpu_ops():
        config = spacy.util.load_model_from_config(raw, auto_fill=True).config  # spaCy's defaults filled
        config.to_disk(out / "config.cfg")
        pretrain(config.interpolate(), out, silent=False)
    return out / "model-last.bin"


def assemble(
    work: Path, out: Path, syntax: Path | None = None, full: bool = False, ner: Path | None = None
) -> None:
    """Syntax components (trained in `work`, or taken from the pipeline `syntax`) plus the NER
    (trained in `work`, or taken from the pipeline `ner`)."""
    nlp = spacy.load(syntax or work / "syntax" / "model-best")
    for name in ("ner", "attribute_ruler"):
        if name in nlp.component_names:
            nlp.remove_pipe(name)
    nlp.tokenizer.tables = srsly.read_msgpack(work / "tokenizer.msgpack")
    ner_nlp = spacy.load(ner or work / "ner" / ("model-last" if full else "model-best"))
    if ner_nlp.vocab.vectors.shape[0]:  # the NER reads static vectors: the pipeline must carry them
        nlp.vocab.vectors = ner_nlp.vocab.vectors
    nlp.add_pipe("ner", source=ner_nlp)
    if "senter" in nlp.pipe_names:
        nlp.disable_pipe("senter")  # the parser sets sentence boundaries; senter is a faster alternative
    # The tagger predicts UPOS into `tag_`; copy it to `pos_`, where spaCy users look for it.
    ruler = nlp.add_pipe("attribute_ruler", after="tagger")
    for tag in nlp.get_pipe("tagger").labels:
        ruler.add([[{"TAG": tag}]], {"POS": tag})
    ruler.add([[{"IS_SPACE": True}]], {"POS": "SPACE", "TAG": "_SP"})  # newlines are not words
    nlp.meta.update({"name": "kg_news", "version": "0.4.0", "license": "CC BY-NC-SA 4.0",
                     "description": "Arabic news: clitic tokens, UPOS, dependencies, sentences, NER."})
    out.parent.mkdir(parents=True, exist_ok=True)
    nlp.to_disk(out)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--data", type=Path, default=ROOT.parent / "shared" / "data")
    ap.add_argument("--out", type=Path, default=ROOT / "kg" / "nlp" / "models" / "ar_kg_news")
    ap.add_argument("--work", type=Path, default=ROOT / "training")
    ap.add_argument("--vectors", type=Path, default=None, help="spaCy vectors dir (default: train floret)")
    ap.add_argument("--syntax", type=Path, default=None,
                    help="take tagger/parser/senter from this pipeline instead of training them "
                         "(the NER reads its UPOS)")
    ap.add_argument("--ner", type=Path, default=None,
                    help="take the NER from this pipeline instead of training it")
    ap.add_argument("--ner-full", action="store_true",
                    help="train the NER on all of ANERcorp train for max_steps (no dev selection)")
    ap.add_argument("--pretrained", type=Path, default=None,
                    help="start the NER's tok2vec from these `--only pretrain` weights (measured: see "
                         "docs/MODEL_CARD.md)")
    ap.add_argument("--pretrain-words", type=int, default=3_000_000,
                    help="`--only pretrain`: words of the raw text to pretrain on (one epoch)")
    ap.add_argument("--raw-text", type=Path, default=None,
                    help="`--only pretrain`: raw text, a paragraph a line (default: WORK/vectors/corpus.txt)")
    ap.add_argument("--pretrain-dir", type=Path, default=None,
                    help="`--only pretrain`: where the weights go (default: WORK/pretrain)")
    ap.add_argument("--only", choices=["ner", "syntax", "pretrain"],
                    help="(internal) train one pipeline; `pretrain`: `spacy pretrain` the NER's tok2vec")
    ap.add_argument("--wojood", action="store_true",
                    help="add the Wojood sample to the NER training text (measured: no gain)")
    ap.add_argument("--skip-train", action="store_true", help="only rebuild tables and corpora")
    args = ap.parse_args()
    if args.only == "pretrain":
        out = args.pretrain_dir or args.work / "pretrain"
        out.mkdir(parents=True, exist_ok=True)
        corpus = args.raw_text or args.work / "vectors" / "corpus.txt"
        print(f"{write_raw_text(corpus, out / 'raw-text.jsonl', args.pretrain_words)} words of raw text")
        print(run_spacy_pretrain(args.work, out / "raw-text.jsonl", out, args.vectors, args.syntax))
        return
    if args.only:
        run_spacy_train(args.only, args.work, args.vectors, args.ner_full, args.syntax, args.pretrained)
        return
    args.work.mkdir(parents=True, exist_ok=True)
    tables = build_tables(args.data)
    srsly.write_msgpack(args.work / "tokenizer.msgpack", tables)
    write_corpora(args.data, args.work, tables, args.wojood)
    if args.skip_train:
        return
    vectors = args.vectors or build_vectors(args.data, args.work / "vectors")
    # The NER reads the syntax pipeline's UPOS: a syntax pipeline is trained first unless reused.
    for name, reused in (("syntax", args.syntax), ("ner", args.ner)):
        run = not reused and train_one(name, args.work, vectors, args.ner_full, args.syntax, args.pretrained)
        if run and run.wait() != 0:
            sys.exit(f"training failed: see {args.work / name}.log")
    assemble(args.work, args.out, args.syntax, args.ner_full, args.ner)
    print(f"saved {args.out}")


if __name__ == "__main__":
    main()
