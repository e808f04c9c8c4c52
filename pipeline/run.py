"""Stream records through the pipeline: records -> nlp.pipe -> rows.

``process`` yields, in input order, either a ReadError or ``(meta, rows)`` for each record, so that callers
(the CLI writing files, the Python API building DataFrames) see every record exactly once.

With ``n_process > 1`` the records go in chunks to worker processes that each run the single-process path
and send back rows (plain dicts), never Docs: nothing spaCy-specific crosses processes, tokenizing and
row-building happen in the workers, and at most ``2 * n_process`` chunks are in flight (constant memory).
"""

from __future__ import annotations

import multiprocessing
import sys
from collections import deque
from collections.abc import Iterable, Iterator
from concurrent.futures import ProcessPoolExecutor

from spacy.language import Language
from spacy.tokens import Doc

from .readers import ReadError, Record
from .rows import doc_rows

# nlp.max_length guards against accidental huge inputs; a long article (1 MB and more) is still an
# article, so it is raised. Memory grows with the article, not with the number of articles.
MAX_CHARS = 5_000_000

_process_errors: dict[str, str] = {}


def _on_error(name: str, proc, docs: list[Doc], e: Exception) -> None:
    """Keep going when a component fails on one doc; the doc is dropped and reported in errors.csv."""
    for doc in docs:
        key = doc.user_data.get("doc_id", "?")
        _process_errors[key] = f"component {name!r} failed: {type(e).__name__}: {e}".replace("\n", " ")
        print(f"pipeline: {key}: {_process_errors[key]}", file=sys.stderr)


def prepare(nlp: Language) -> Language:
    nlp.max_length = max(nlp.max_length, MAX_CHARS)
    # Used by our rule components (plain callables); spaCy's trained pipes keep raising.
    nlp.default_error_handler = _on_error
    return nlp


def _process_error(meta: dict, record: int | None) -> ReadError:
    message = _process_errors.pop(meta["doc_id"], "dropped during processing (see stderr)")
    return ReadError(
        path=meta["path"], record=record, error="ProcessingError", message=message, stage="process"
    )


def process(
    items: Iterable[Record | ReadError], nlp: Language, batch_size: int = 64, n_process: int = 1
) -> Iterator[ReadError | tuple[dict, dict[str, list[dict]]]]:
    if n_process > 1:
        yield from _process_parallel(items, nlp, batch_size, n_process)
    else:
        yield from _process_one(items, nlp, batch_size)


_worker_nlp: Language | None = None


def _work(chunk: list[Record], batch_size: int) -> list:
    return list(_process_one(chunk, _worker_nlp, batch_size))


def _process_parallel(items, nlp: Language, batch_size: int, n_process: int) -> Iterator:
    """Chunks of records to ``n_process`` forked workers, results yielded in input order."""
    global _worker_nlp
    _worker_nlp = prepare(nlp)  # inherited by the forked workers: the model is not loaded again
    context = multiprocessing.get_context("fork")
    in_flight: deque = deque()
    chunk: list[Record] = []
    with ProcessPoolExecutor(n_process, mp_context=context) as pool:

        def submit():
            batch = list(chunk)
            in_flight.append((pool.submit(_work, batch, batch_size), batch))
            chunk.clear()

        def drain(limit: int) -> Iterator:
            while len(in_flight) > limit:
                future, records = in_flight.popleft()
                try:
                    yield from future.result()
                except Exception as e:  # a worker died (out of memory, ...): its records are reported
                    for r in records:
                        yield ReadError(
                            r.path, r.record, type(e).__name__, f"worker failed: {e}", stage="process"
                        )

        for item in items:
            if isinstance(item, ReadError):
                yield item
                continue
            chunk.append(item)
            if len(chunk) >= batch_size:
                submit()
                yield from drain(2 * n_process)
        if chunk:
            submit()
        yield from drain(0)


def _process_one(items: Iterable[Record | ReadError], nlp: Language, batch_size: int) -> Iterator:
    prepare(nlp)
    errors: list[ReadError] = []
    pending: dict[int, tuple[dict, int | None]] = {}

    def docs() -> Iterator[tuple[Doc, int]]:
        for i, item in enumerate(items):
            if isinstance(item, ReadError):
                errors.append(item)
                continue
            try:
                doc = nlp.make_doc(item.text)
            except Exception as e:  # the tokenizer on pathological input
                errors.append(
                    ReadError(
                        item.path, item.record, type(e).__name__, str(e).splitlines()[0], stage="process"
                    )
                )
                continue
            doc._.published = item.published
            doc.user_data["doc_id"] = item.doc_id
            pending[i] = (item.meta(), item.record)
            yield doc, i

    for doc, i in nlp.pipe(docs(), as_tuples=True, batch_size=batch_size):
        yield from errors
        errors.clear()
        for j in sorted(k for k in pending if k < i):
            yield _process_error(*pending.pop(j))
        meta, record = pending.pop(i)
        try:
            rows = doc_rows(doc, meta)
        except Exception as e:  # a bug of ours on one article must not stop the run
            yield ReadError(
                meta["path"], record, type(e).__name__, f"building rows failed: {e}", stage="process"
            )
            continue
        yield meta, rows
    yield from errors
    for j in sorted(pending):
        yield _process_error(*pending.pop(j))
