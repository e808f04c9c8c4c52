"""Stream records through the pipeline: records -> nlp.pipe -> rows.

``process`` yields, in input order, either a ReadError or ``(meta, rows)`` for each record, so that callers
(the CLI writing files, the Python API building DataFrames) see every record exactly once.

With ``n_process > 1`` the records go in chunks to worker processes that each run the single-process path
and send back rows (plain dicts), never Docs: nothing spaCy-specific crosses processes, tokenizing and
row-building happen in the workers, and at most ``2 * n_process`` chunks are in flight (constant memory).
"""

from __future__ import annotations

import multiprocessing
from collections import deque
from collections.abc import Iterable, Iterator
from concurrent.futures import ProcessPoolExecutor

from spacy.language import Language
from spacy.tokens import Doc

from .components.base import FAILURE
from .readers import ReadError, Record
from .rows import doc_rows


def _process_error(meta: dict, record: int | None, doc: Doc) -> ReadError:
    """The error row of a Doc that a component dropped (``components.base.record_failure``)."""
    failure = doc.user_data.get(FAILURE) or {"component": None, "error": "Dropped", "message": "dropped"}
    return ReadError(
        path=meta["path"],
        record=record,
        error=failure["error"],
        message=failure["message"],
        stage="process",
        component=failure["component"],
    )


def process(
    items: Iterable[Record | ReadError], nlp: Language, batch_size: int = 64, n_process: int = 1
) -> Iterator[ReadError | tuple[dict, dict[str, list[dict]]]]:
    if n_process > 1:
        yield from _process_parallel(items, nlp, batch_size, n_process)
    else:
        yield from _process_one(items, nlp, batch_size)


class _Worker:
    """The pipeline of a worker process, set once by the pool's initializer."""

    nlp: Language | None = None

    @classmethod
    def start(cls, nlp: Language) -> None:
        cls.nlp = nlp

    @classmethod
    def work(cls, chunk: list[Record], batch_size: int) -> list:
        return list(_process_one(chunk, cls.nlp, batch_size))


def _process_parallel(items, nlp: Language, batch_size: int, n_process: int) -> Iterator:
    """Chunks of records to ``n_process`` forked workers, results yielded in input order. The workers are
    forked: they inherit the loaded pipeline (the initializer's argument), the model is not loaded again."""
    context = multiprocessing.get_context("fork")
    in_flight: deque = deque()
    chunk: list[Record] = []
    pool = ProcessPoolExecutor(n_process, mp_context=context, initializer=_Worker.start, initargs=(nlp,))
    with pool:

        def submit():
            batch = list(chunk)
            in_flight.append((pool.submit(_Worker.work, batch, batch_size), batch))
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
    errors: list[ReadError] = []
    pending: dict[int, tuple[dict, int | None, Doc]] = {}

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
            pending[i] = (item.meta(), item.record, doc)
            yield doc, i

    for doc, i in nlp.pipe(docs(), as_tuples=True, batch_size=batch_size):
        yield from errors
        errors.clear()
        for j in sorted(k for k in pending if k < i):
            yield _process_error(*pending.pop(j))
        meta, record, _ = pending.pop(i)
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
