"""Where inputs come from: files, folders, archives and standard input."""

from __future__ import annotations

import sys
import tarfile
import zipfile
import zlib
from collections.abc import Iterable, Iterator
from pathlib import Path, PurePosixPath
from typing import TextIO

from ..model import Document
from .errors import IngestError
from .readers import (
    Item,
    looks_like_html,
    looks_like_jsonl,
    looks_like_trec,
    read_html,
    read_json,
    read_jsonl,
    read_text,
    read_trec,
)

TEXT_SUFFIXES = (".txt", ".jsonl", ".json", ".html", ".htm", ".xml", ".trec", ".sgml")
ARCHIVE_SUFFIXES = (".tar.gz", ".tgz", ".tar", ".tar.bz2", ".tar.xz", ".zip")
STDIN_NAME = "<stdin>"


def iter_documents(
    paths: Iterable[str | Path], *, stdin: TextIO | None = None
) -> Iterator[Document | IngestError]:
    """Documents from files, folders (recursive, sorted), `.tar.gz` archives and `-` (standard input).

    Unreadable inputs come out as `IngestError` values in the stream instead of exceptions.
    Ids are the file stem, a JSONL record's `id` (else `<stem>-<line>`) or a TREC `DOCNO`;
    a repeated id gets a `~2`, `~3`... suffix and a warning.
    """
    seen: dict[str, int] = {}
    for item in _items(paths, stdin):
        if isinstance(item, Document):
            _unique_id(item, seen)
        yield item


def _items(paths: Iterable[str | Path], stdin: TextIO | None) -> Iterator[Item]:
    for given in paths:
        if str(given) == "-":
            yield from read_stdin(stdin if stdin is not None else sys.stdin)
            continue
        path = Path(given)
        if path.is_dir():
            for file in walk(path):
                yield from read_path(file)
        elif path.exists():
            yield from read_path(path)
        else:
            yield IngestError(str(given), None, "no such file or directory")


def walk(folder: Path) -> list[Path]:
    """Known input files under `folder`, recursively, in sorted order; hidden files skipped."""
    files = []
    for p in folder.rglob("*"):
        rel = p.relative_to(folder).parts
        if p.is_file() and not any(part.startswith(".") for part in rel) and _known(p.name):
            files.append(p)
    return sorted(files)


def _known(name: str) -> bool:
    lower = name.lower()
    return lower.endswith(TEXT_SUFFIXES) or lower.endswith(ARCHIVE_SUFFIXES)


def read_path(path: Path) -> Iterator[Item]:
    if path.name.lower().endswith(ARCHIVE_SUFFIXES):
        yield from read_archive(path)
        return
    try:
        data = path.read_bytes()
    except OSError as err:
        yield IngestError(str(path), None, f"cannot read file ({err.strerror or err})")
        return
    yield from read_bytes(data, path.name, str(path))


def read_archive(path: Path) -> Iterator[Item]:
    """Members of a tar (streamed, archive order) or zip archive (sorted) with a known suffix."""
    try:
        if path.name.lower().endswith(".zip"):
            yield from _zip_members(path)
        else:
            yield from _tar_members(path)
    except (tarfile.TarError, zipfile.BadZipFile, EOFError, zlib.error, OSError) as err:
        yield IngestError(str(path), None, f"cannot read archive ({type(err).__name__}: {err})")


def _member_wanted(member_name: str) -> bool:
    name = PurePosixPath(member_name).name
    return not name.startswith(".") and name.lower().endswith(TEXT_SUFFIXES)


def _tar_members(path: Path) -> Iterator[Item]:
    with tarfile.open(path, mode="r|*") as tar:
        for member in tar:
            if member.isfile() and _member_wanted(member.name):
                handle = tar.extractfile(member)
                if handle is not None:
                    name = PurePosixPath(member.name).name
                    yield from read_bytes(handle.read(), name, f"{path}!{member.name}")


def _zip_members(path: Path) -> Iterator[Item]:
    with zipfile.ZipFile(path) as archive:
        for name in sorted(archive.namelist()):
            if not name.endswith("/") and _member_wanted(name):
                data = archive.read(name)
                yield from read_bytes(data, PurePosixPath(name).name, f"{path}!{name}")


def read_bytes(data: bytes, name: str, origin: str) -> Iterator[Item]:
    """Decode one file's bytes and hand them to the reader its suffix (or content) calls for."""
    text = decode(data, origin)
    if isinstance(text, IngestError):
        yield text
        return
    yield from read_decoded(text, name, origin)


def read_decoded(text: str, name: str, origin: str) -> Iterator[Item]:
    stem, suffix = _stem(name)
    if suffix == ".jsonl" or (suffix not in TEXT_SUFFIXES and looks_like_jsonl(text)):
        yield from read_jsonl(text, stem, origin)
    elif suffix == ".json":
        yield from read_json(text, stem, origin)
    elif suffix in (".xml", ".trec", ".sgml") or looks_like_trec(text):
        yield from read_trec(text, stem, origin)
    elif suffix in (".html", ".htm") or looks_like_html(text):
        yield read_html(text, stem, origin)
    else:
        yield read_text(text, stem, origin)


def read_stdin(stream: TextIO) -> Iterator[Item]:
    """Standard input: a JSONL stream if every non-empty line starts with `{`, else one article."""
    try:
        text = stream.read()
    except (UnicodeDecodeError, OSError) as err:
        yield IngestError(STDIN_NAME, None, f"cannot read standard input ({err})")
        return
    text = text.lstrip("\ufeff").replace("\r\n", "\n").replace("\r", "\n")
    if not text.strip():
        yield IngestError(STDIN_NAME, None, "empty input")
        return
    yield from read_decoded(text, "stdin", STDIN_NAME)


def decode(data: bytes, origin: str) -> str | IngestError:
    """UTF-8 (or UTF-16 with a byte-order mark) text with Unix newlines, or the reason it is not text."""
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        encoding = "utf-16"
    elif b"\x00" in data[:8192]:
        return IngestError(origin, None, "binary file, not text")
    else:
        encoding = "utf-8-sig"
    try:
        text = data.decode(encoding)
    except UnicodeDecodeError as err:
        name = encoding.upper().removesuffix("-SIG")
        return IngestError(origin, None, f"not {name} text (undecodable byte at offset {err.start})")
    if not text.strip():
        return IngestError(origin, None, "empty file")
    return text.replace("\r\n", "\n").replace("\r", "\n")


def _stem(name: str) -> tuple[str, str]:
    p = PurePosixPath(name)
    return p.stem, p.suffix.lower()


def _unique_id(doc: Document, seen: dict[str, int]) -> None:
    count = seen.get(doc.id, 0) + 1
    seen[doc.id] = count
    if count > 1:
        new = f"{doc.id}~{count}"
        doc.warnings.append(f"duplicate document id {doc.id!r} renamed to {new!r}")
        doc.id = new
