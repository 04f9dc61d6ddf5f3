"""Stage registry and the pipeline that runs stages declared in `pipelines/*.toml`.

A stage is registered by name with a factory, in the spirit of spaCy's
`@Language.factory`: the factory receives the stage's config table and the shared
`Resources`, and returns a callable that updates one `Document` in place.

    @stage("events", requires=("sentences", "entities"), provides=("events",))
    def make_events(config: dict, resources: Resources) -> Callable[[Document], None]:
        ...

Adding a stage means one new module that registers itself, plus one line in a
pipeline file. The modules listed in `STAGE_MODULES` are imported lazily so that
registering a stage never costs start-up time for a command that does not use it.
"""

from __future__ import annotations

import importlib
import tomllib
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from .model import Document

StageFn = Callable[[Document], None]
Factory = Callable[[dict[str, Any], "Resources"], StageFn]

PIPELINES_DIR = Path(__file__).resolve().parent.parent / "pipelines"
PACKAGED_PIPELINES_DIR = Path(__file__).resolve().parent / "pipelines"

# Modules that register stages when imported.
STAGE_MODULES: tuple[str, ...] = (
    "kg.text.sentences",
    "kg.nlp.stages",
    "kg.extract.entities",
    "kg.extract.coref",
    "kg.extract.relations",
    "kg.extract.events",
    "kg.extract.time",
    "kg.resolve.labels",
)


class PipelineError(Exception):
    """A pipeline file or stage configuration is invalid."""


@dataclass(frozen=True)
class StageSpec:
    name: str
    factory: Factory
    requires: tuple[str, ...]
    provides: tuple[str, ...]


_REGISTRY: dict[str, StageSpec] = {}


def stage(name: str, *, requires: Iterable[str] = (), provides: Iterable[str] = ()):
    """Register a stage factory under `name`."""

    def decorator(factory: Factory) -> Factory:
        _REGISTRY[name] = StageSpec(name, factory, tuple(requires), tuple(provides))
        return factory

    return decorator


def registered_stages() -> dict[str, StageSpec]:
    _import_stage_modules()
    return dict(_REGISTRY)


def _import_stage_modules() -> None:
    for module in STAGE_MODULES:
        try:
            importlib.import_module(module)
        except ModuleNotFoundError as err:
            # Only a missing stage module itself is tolerated (not its dependencies).
            if err.name != module:
                raise


@dataclass
class Resources:
    """Shared, lazily created resources (spaCy model, gazetteers, ...), one per pipeline.

    Stages call `resources.get(name, builder)` so an expensive object is built once
    and shared by every stage that needs it.
    """

    settings: dict[str, Any] = field(default_factory=dict)
    _cache: dict[str, Any] = field(default_factory=dict)

    def get(self, name: str, builder: Callable[[], Any]) -> Any:
        if name not in self._cache:
            self._cache[name] = builder()
        return self._cache[name]


@dataclass
class Pipeline:
    """An ordered list of configured document stages."""

    name: str
    stages: list[tuple[str, StageFn]]
    config: dict[str, Any]
    resources: Resources

    def __call__(self, doc: Document) -> Document:
        for _name, fn in self.stages:
            fn(doc)
        return doc

    @property
    def stage_names(self) -> list[str]:
        return [n for n, _ in self.stages]


def find_pipeline_file(name_or_path: str | Path) -> Path:
    """Resolve a pipeline name ("default") or a path to a TOML file."""
    p = Path(name_or_path)
    if p.suffix == ".toml" and p.exists():
        return p
    for folder in (PIPELINES_DIR, PACKAGED_PIPELINES_DIR):
        candidate = folder / f"{name_or_path}.toml"
        if candidate.exists():
            return candidate
    raise PipelineError(f"no pipeline named {str(name_or_path)!r} (looked in {PIPELINES_DIR})")


def load_pipeline(name_or_path: str | Path = "default", overrides: dict[str, Any] | None = None) -> Pipeline:
    """Build a `Pipeline` from a pipeline file.

    The file has a `[pipeline]` table with `stages = [...]` and one optional table
    per stage (`[stages.NAME]`) whose keys become that stage's config.
    """
    path = find_pipeline_file(name_or_path)
    with path.open("rb") as f:
        config = tomllib.load(f)
    if overrides:
        _deep_update(config, overrides)
    names = config.get("pipeline", {}).get("stages")
    if not names:
        raise PipelineError(f"{path}: [pipeline] stages is missing or empty")
    registry = registered_stages()
    resources = Resources(settings=config.get("settings", {}))
    provided: set[str] = set()
    built: list[tuple[str, StageFn]] = []
    for name in names:
        spec = registry.get(name)
        if spec is None:
            raise PipelineError(f"{path}: unknown stage {name!r}; known: {', '.join(sorted(registry))}")
        missing = [r for r in spec.requires if r not in provided]
        if missing:
            raise PipelineError(f"{path}: stage {name!r} requires {missing} from an earlier stage")
        stage_config = config.get("stages", {}).get(name, {})
        built.append((name, spec.factory(stage_config, resources)))
        provided.update(spec.provides)
        provided.add(name)
    return Pipeline(name=path.stem, stages=built, config=config, resources=resources)


def _deep_update(target: dict[str, Any], updates: dict[str, Any]) -> None:
    for key, value in updates.items():
        if isinstance(value, dict) and isinstance(target.get(key), dict):
            _deep_update(target[key], value)
        else:
            target[key] = value
