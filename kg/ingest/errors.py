"""The error value that readers yield instead of raising, so one bad input never stops a run."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass
class IngestError(Exception):
    """An input (file, line of a JSONL file, `<DOC>` of a TREC file) that could not be read."""

    path: str
    line: int | None
    message: str

    def __post_init__(self) -> None:
        super().__init__(str(self))

    def __str__(self) -> str:
        where = self.path if self.line is None else f"{self.path}:{self.line}"
        return f"{where}: {self.message}"
