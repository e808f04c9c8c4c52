"""Keys decided across the run: an article alone cannot tell two people of one name apart, nor say who "Mme
Morvan" is when it gives no first name. A registry keyed by name is filled in two passes over the sources
rows, article by article (``add``: the roles written with a name; ``add_descriptions``: the roles of the
descriptions resolved to it), then each article's keys are rewritten (``rekey``) in sources and statements:

- namesakes: one person is seldom quoted in two fields of activity (``roles.tsv``: government, justice,
  sport...). The fields an article writes with a name ("Le député Thomas Roux", "L'entraîneur, Thomas
  Roux") are one person's; a field that only descriptions give ("La cycliste") is a person too; two fields
  no article writes together with the name are two people, keyed ``person:thomas roux (depute)`` and
  ``person:thomas roux (entraineur)``; a role of any field ("président") makes no one. An article goes to
  the person whose role it writes with the name, else to the one its descriptions give, else to the one
  person the articles of its outlet give a role; else it keeps the name's key alone (nothing tells which);
- a description the article resolved by proximity to a person the run knows in other roles only goes to
  the one person of the article the run knows in that role ("La ministre" -> Hélène Marchand, not the
  trade unionist named just before);
- a surname alone ("Mme Morvan", ``person:morvan``) to the one full name of the run with that surname, of a
  gender its title does not contradict;
- a long name to the acronym an article gives it in parentheses ("Force ouvrière (FO)": "Force ouvrière"
  -> ``org:fo``).

The state is a few small records per name (roles, fields, their outlets, at most two full names per
surname), none per article: memory stays flat in the number of articles. Rewriting twice is rewriting once
(a key's qualifier is dropped before it is decided again)."""

from __future__ import annotations

import csv
import os
import re
from collections import Counter
from collections.abc import Iterable, Iterator
from functools import cache
from itertools import groupby
from pathlib import Path

import pandas as pd

from .article import role_lemma
from .lexicon import role_fields, roles
from .names import ACRONYM_AFTER, bare_mention, fold, gender_in_text, gender_of_first_name, key

QUALIFIER = re.compile(r" \([^()]*\)$")
MAX_OUTLETS = 64  # outlets kept per person of a name (memory stays flat)


def base(k: str) -> str:
    """The key without the qualifier of a namesake ("person:thomas roux (depute)" -> "person:thomas roux")."""
    return QUALIFIER.sub("", k) if k.startswith("person:") else k


def _tokens(k: str) -> list[str]:
    return k.split(":", 1)[1].split()


@cache
def _role_lemmas() -> frozenset[str]:
    return frozenset(lemma for lemma, _ in roles().values())


class Roles:
    """The roles one name is given across the run, and the people they make: a role's field of activity
    (``roles.tsv``: government, justice, sport...) is a person; fields one article writes with the name are
    one person's; a role of any field ("président") makes no one. Counted in articles."""

    __slots__ = ("strong", "lemmas", "fields", "parent", "outlets")

    def __init__(self):
        self.strong: set[str] = set()  # the roles written with the name
        self.lemmas: Counter = Counter()  # each role -> the articles that give it
        self.fields: Counter = Counter()  # each field -> the articles that give one of its roles
        self.parent: dict[str, str] = {}  # fields joined by an article that writes them with the name
        self.outlets: dict[str, set[str]] = {}  # each field -> the outlets of the articles that give it

    def find(self, field: str) -> str:
        while self.parent[field] != field:
            field = self.parent[field]
        return field

    def add(self, lemmas: set[str], written: bool, outlet: str | None) -> None:
        """One article's roles of the name: written with it (their fields joined), or given by a
        description resolved to it (a person of their field, joined to no other); the article's outlet."""
        self.lemmas.update(lemmas)
        if written:
            self.strong |= lemmas
        fields = sorted({role_fields()[x] for x in lemmas if x in role_fields()})
        self.fields.update(fields)
        for f in fields:
            self.parent.setdefault(f, f)
            outlets = self.outlets.setdefault(f, set())
            if outlet and len(outlets) < MAX_OUTLETS:
                outlets.add(outlet)
            if written:
                self.parent[self.find(f)] = self.find(fields[0])

    def people(self) -> Counter:
        """Each person's root field -> the articles that give the name one of its roles."""
        out: Counter = Counter()
        for f, n in self.fields.items():
            out[self.find(f)] += n
        return out

    def of_outlet(self, outlet: str | None) -> str | None:
        """The one person whose roles the articles of ``outlet`` give, if only one."""
        roots = {self.find(f) for f, outlets in self.outlets.items() if outlet in outlets}
        return roots.pop() if len(roots) == 1 else None

    def person(self, lemmas: set[str]) -> str | None:
        """The person (root field) the roles give, the most frequent when they give several."""
        people = self.people()
        roots = {self.find(role_fields()[x]) for x in lemmas if role_fields().get(x) in self.parent}
        return max(sorted(roots), key=people.get) if roots else None

    def label(self, root: str) -> str:
        """The person's most frequent role (then the first in order), folded, as the key's qualifier."""
        lemmas = [x for x in self.lemmas if x in role_fields() and self.find(role_fields()[x]) == root]
        return fold(max(sorted(lemmas), key=lambda x: self.lemmas[x]))


def _written(r: dict, k: str) -> bool:
    """The row's mention writes the name of person ``k`` (its surname at least), not a description."""
    name = r.get("name")
    return bool(name) and name != name.lower() and _tokens(key(name, "person"))[-1:] == _tokens(k)[-1:]


class ArticleKeys:
    """One article's new keys: by old key, and for a row moved alone, by its source_key."""

    def __init__(self, by_key: dict[str, str], by_source: dict[str, str]):
        self.by_key, self.by_source = by_key, by_source

    def get(self, k: str | None, source_key: str | None = None) -> str | None:
        if source_key in self.by_source:
            return self.by_source[source_key]
        return self.by_key.get(k, k)


class Evidence:
    """What one article says of each named key: the roles written with the name (strong), the roles of
    descriptions resolved to it (weak), the gender a short form's title marks, and long names with their
    acronyms."""

    def __init__(self, rows: Iterable[dict]):
        self.strong: dict[str, set[str]] = {}
        self.weak: dict[str, set[str]] = {}
        self.titled: dict[str, str] = {}
        self.full: dict[str, str | None] = {}  # full-name keys -> the first name's gender
        self.acronyms: dict[str, str] = {}
        for r in rows:
            k = r.get("speaker_key")
            if not k or not k.startswith(("person:", "org:")) or bare_mention(r.get("mention")):
                continue
            k, name, mention = base(k), r.get("name"), r.get("mention")
            if k.startswith("org:"):
                at = mention.find(name) if name else -1
                m = ACRONYM_AFTER.match(mention, at + len(name)) if at >= 0 else None
                if m and key(name, "organisation") != key(m.group(1), "organisation"):
                    self.acronyms[key(name, "organisation")] = key(m.group(1), "organisation")
                continue
            tokens, written = _tokens(k), _written(r, k)
            if len(tokens) > 1 and written:
                self.full.setdefault(k, gender_of_first_name(name))
            elif len(tokens) == 1 and written and gender_in_text(mention) in ("female", "male"):
                self.titled[k] = gender_in_text(mention)
            lemma = role_lemma(r.get("role"))
            if lemma in _role_lemmas():
                (self.strong if written else self.weak).setdefault(k, set()).add(lemma)


class Registry:
    """The run's names: ``add`` every article's sources rows, then ``rekey`` each article's."""

    def __init__(self):
        self.people: dict[str, Roles] = {}  # a person's key -> the roles written with the name
        self.surnames: dict[str, dict[str, str | None]] = {}  # a surname -> up to two full keys -> gender
        self.acronyms: dict[str, str] = {}  # a long name's key -> its acronym's key

    def add(self, rows: Iterable[dict], outlet: str | None = None) -> None:
        """First pass, one article's rows: the roles written with each name, full names, acronyms."""
        ev = Evidence(rows)
        for k, lemmas in ev.strong.items():
            self.people.setdefault(k, Roles()).add(lemmas, True, outlet)
        for k, gender in ev.full.items():
            fulls = self.surnames.setdefault(k.split()[-1], {})
            if len(fulls) < 2 or k in fulls:  # two are enough to know the surname is ambiguous
                fulls.setdefault(k, gender)
        self.acronyms.update(ev.acronyms)

    def add_descriptions(self, rows: Iterable[dict], outlet: str | None = None) -> None:
        """Second pass, one article's rows: the roles of the descriptions resolved to each name, once those
        the run explains by another person of the article are moved to them."""
        rows = [dict(r) for r in rows]
        self._descriptions(rows)
        for k, lemmas in Evidence(rows).weak.items():
            self.people.setdefault(k, Roles()).add(lemmas, False, outlet)

    def rekey(self, rows: Iterable[dict], outlet: str | None = None) -> ArticleKeys:
        """One article's keys (``person:`` and ``org:``) -> the keys of the run; a description moved to
        another person by its source_key."""
        rows = [dict(r) for r in rows]
        moved = self._descriptions(rows)
        ev = Evidence(rows)
        by_key = {}
        for k in {
            r["speaker_key"] for r in rows if (r.get("speaker_key") or "").startswith(("person:", "org:"))
        }:
            b = base(k)
            if b.startswith("org:"):
                by_key[k] = self.acronyms.get(b, b)
                continue
            full = self._full_name(b, ev.titled.get(b))
            by_key[k] = self._person(
                full, ev.strong.get(b) or ev.strong.get(full), ev.weak.get(b) or ev.weak.get(full), outlet
            )
        return ArticleKeys(by_key, {s: by_key[k] for s, k in moved.items()})

    def _roles_of(self, k: str) -> set[str]:
        name = self.people.get(k)
        return name.strong if name else set()

    def _descriptions(self, rows: list[dict]) -> dict[str, str]:
        """A description ("la ministre") the article resolved to a person the run knows in other roles only,
        moved to the one person of the article the run knows in that role: {source_key: new key}."""
        persons = {base(r["speaker_key"]) for r in rows if (r.get("speaker_key") or "").startswith("person:")}
        moved = {}
        for r in rows:
            k = r.get("speaker_key") or ""
            if not k.startswith("person:") or bare_mention(r.get("mention")) or _written(r, base(k)):
                continue
            lemma = role_lemma(r.get("role"))
            own = self._roles_of(base(k))
            if lemma not in _role_lemmas() or not own or lemma in own:
                continue
            others = [p for p in persons if p != base(k) and lemma in self._roles_of(p)]
            if len(others) == 1 and r.get("source_key") is not None:
                r["speaker_key"] = moved[r["source_key"]] = others[0]
        return moved

    def _full_name(self, k: str, titled: str | None) -> str:
        tokens = _tokens(k)
        fulls = self.surnames.get(tokens[-1]) if len(tokens) == 1 else None
        if not fulls or len(fulls) != 1:
            return k
        full, gender = next(iter(fulls.items()))
        return k if titled and gender in ("female", "male") and gender != titled else full

    def _person(self, k: str, strong: set[str] | None, weak: set[str] | None, outlet: str | None) -> str:
        name = self.people.get(k)
        people = name.people() if name else {}
        if len(people) < 2:
            return k
        root = name.person(strong or set()) or name.person(weak or set()) or name.of_outlet(outlet)
        return f"{k} ({name.label(root)})" if root else k


def _by_article(rows: Iterable[dict]) -> Iterator[tuple[str, list[dict]]]:
    for doc_id, group in groupby(rows, key=lambda r: r["doc_id"]):
        yield doc_id, list(group)


def _apply(rows: list[dict], keys: ArticleKeys) -> None:
    for r in rows:
        r["speaker_key"] = keys.get(r.get("speaker_key"), r.get("source_key"))


def _records(df: pd.DataFrame) -> list[dict]:
    return df.astype(object).where(df.notna(), None).to_dict("records")


def rekey_frames(
    sources: pd.DataFrame, statements: pd.DataFrame, articles: pd.DataFrame | None = None
) -> tuple[pd.DataFrame, pd.DataFrame]:
    """``pipeline.Tables``' sources and statements with the run's keys (new frames); ``articles`` gives
    their outlets."""
    if sources.empty or "speaker_key" not in sources:
        return sources, statements
    outlets = {}
    if articles is not None and "outlet" in articles:
        outlets = {
            d: o for d, o in zip(articles["doc_id"], articles["outlet"], strict=True) if isinstance(o, str)
        }
    registry = Registry()
    rows = _records(sources)
    for fill in (registry.add, registry.add_descriptions):
        for doc_id, group in _by_article(rows):
            fill(group, outlets.get(doc_id))
    mappings = {}
    for doc_id, group in _by_article(rows):
        mappings[doc_id] = registry.rekey(group, outlets.get(doc_id))
        _apply(group, mappings[doc_id])
    sources = sources.copy()
    sources["speaker_key"] = pd.array([r["speaker_key"] for r in rows], dtype=sources["speaker_key"].dtype)
    statements = statements.copy()
    if not statements.empty:
        keys = [
            mappings[d].get(k, s) if isinstance(k, str) and d in mappings else k
            for d, k, s in zip(
                statements["doc_id"], statements["speaker_key"], statements["source_key"], strict=True
            )
        ]
        statements["speaker_key"] = pd.array(keys, dtype=statements["speaker_key"].dtype)
    return sources, statements


# --- the written tables of a run (one machine's CSV or Parquet, a cluster's Parquet datasets) ---


def _files(out: Path, name: str, fmt: str) -> list[Path]:
    """The files of one table, as ``tables`` reads them: ``name.csv`` or ``name.parquet`` (one machine's,
    beside the folder of its staged parts), else a cluster's dataset folder, part by part."""
    path = out / f"{name}.{fmt}"
    if path.exists():
        return [path]
    return sorted((out / name).glob("*.parquet")) if (out / name).is_dir() else []


def _read_csv(path: Path) -> Iterator[tuple[list[str], dict]]:
    """Each row as its raw cells (as written) and as values (unescaped), the header first."""
    from ..writers import unescape

    with open(path, encoding="utf-8", newline="") as f:
        reader = csv.reader(f)
        names = next(reader)
        for cells in reader:
            yield cells, {n: (unescape(c) if c else None) for n, c in zip(names, cells, strict=True)}


def _rewrite_csv(path: Path, new_key) -> None:
    """``path`` with each row's speaker_key cell replaced by ``new_key(row, key)`` (a temporary file renamed
    over it): the other cells as written."""
    tmp = path.parent / f".{path.name}.rekey"
    with open(path, encoding="utf-8", newline="") as f:
        names = next(csv.reader(f))
    at = names.index("speaker_key")
    rows = _read_csv(path)
    with open(tmp, "w", encoding="utf-8", newline="") as f:
        writer = csv.writer(f, lineterminator="\r\n")
        writer.writerow(names)
        for cells, values in new_key(rows):
            writer.writerow(cells[:at] + [values["speaker_key"] or ""] + cells[at + 1 :])
    os.replace(tmp, path)


def _rewrite_parquet(path: Path, new_key) -> None:
    import pyarrow as pa
    import pyarrow.parquet as pq

    tmp = path.parent / f".{path.name}.rekey"
    source = pq.ParquetFile(path)
    schema = source.schema_arrow

    def rows() -> Iterator[tuple[None, dict]]:
        for batch in source.iter_batches(batch_size=20_000):
            for r in batch.to_pylist():
                yield None, r

    with pq.ParquetWriter(tmp, schema) as writer:
        buffer = []
        for _, r in new_key(rows()):
            buffer.append(r)
            if len(buffer) >= 20_000:
                writer.write_table(pa.Table.from_pylist(buffer, schema=schema))
                buffer = []
        writer.write_table(pa.Table.from_pylist(buffer, schema=schema))
    os.replace(tmp, path)


def _rows(path: Path) -> Iterator[dict]:
    if path.suffix == ".csv":
        yield from (values for _, values in _read_csv(path))
    else:
        import pyarrow.parquet as pq

        for batch in pq.ParquetFile(path).iter_batches(batch_size=20_000):
            yield from batch.to_pylist()


def rekey_files(out: str | Path, fmt: str) -> None:
    """Rewrite the speaker keys of the tables written in ``out`` with the run's: a pass over sources to
    fill the registry, then sources and statements rewritten file by file (each atomically; the tables are
    in the order of their articles, so the statements of an article follow its sources' keys)."""
    out = Path(out)
    sources, statements = _files(out, "sources", fmt), _files(out, "statements", fmt)
    articles = _files(out, "articles", fmt)
    registry = Registry()
    for fill in (registry.add, registry.add_descriptions):
        outlet = _Outlets(articles)
        for path in sources:
            for doc_id, group in _by_article(_rows(path)):
                fill(group, outlet(doc_id))

    def rewrite(path: Path, new_key) -> None:
        (_rewrite_csv if path.suffix == ".csv" else _rewrite_parquet)(path, new_key)

    outlet = _Outlets(articles)

    def sources_keys(rows):
        for doc_id, group in groupby(rows, key=lambda cr: cr[1]["doc_id"]):
            group = list(group)
            keys = registry.rekey((values for _, values in group), outlet(doc_id))
            for cells, values in group:
                values["speaker_key"] = keys.get(values["speaker_key"], values["source_key"])
                yield cells, values

    mappings = _article_mappings(registry, sources, _Outlets(articles))

    def statements_keys(rows):
        for cells, values in rows:
            k = values["speaker_key"]
            if k and k.startswith(("person:", "org:")):
                values["speaker_key"] = mappings.get(values["doc_id"]).get(k, values["source_key"])
            yield cells, values

    for path in statements:  # first: they read the sources' rows as they were
        rewrite(path, statements_keys)
    for path in sources:
        rewrite(path, sources_keys)


class _article_mappings:
    """Each article's mapping of keys, in the order of the sources' articles, computed as they are asked
    for (the statements' articles come in the same order): one article's rows at a time."""

    def __init__(self, registry: Registry, paths: list[Path], outlet: _Outlets):
        self.registry, self.outlet = registry, outlet
        self.articles = (a for path in paths for a in _by_article(_rows(path)))
        self.doc, self.mapping = None, ArticleKeys({}, {})

    def get(self, doc_id: str) -> ArticleKeys:
        while self.doc != doc_id:
            nxt = next(self.articles, None)
            if nxt is None:
                raise ValueError(f"speakers: statements of {doc_id!r} not in the order of the sources")
            self.doc, self.mapping = nxt[0], self.registry.rekey(nxt[1], self.outlet(nxt[0]))
        return self.mapping


class _Outlets:
    """Each article's outlet from the articles table, read along with another table in the same order."""

    def __init__(self, paths: list[Path]):
        from .tables import ArticlesInOrder

        self.article = ArticlesInOrder(r for path in paths for r in _rows(path))

    def __call__(self, doc_id: str) -> str | None:
        return self.article(doc_id).get("outlet")
