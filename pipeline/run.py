"""Stream records through the pipeline: records -> nlp.pipe -> rows.

``process`` yields, in input order, either a ReadError or ``(meta, rows)`` for each record, so that callers
(the CLI writing files, the Python API building DataFrames) see every record exactly once.

With ``n_process > 1`` the records go in chunks to worker processes that each run the single-process path
and send back rows (plain dicts), never Docs: nothing spaCy-specific crosses processes, tokenizing and
row-building happen in the workers, and at most ``2 * n_process`` chunks are in flight (constant memory).
A dead worker's records are tried again once, then reported (``_process_parallel``).
"""

from __future__ import annotations

import ctypes
import multiprocessing
import os
import signal
from collections import deque
from collections.abc import Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor

from spacy.language import Language
from spacy.tokens import Doc

from .components.base import FAILURE
from .readers import ReadError, Record, unicode_problem
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


def to_source_offsets(rows: dict[str, list[dict]], offsets: list[int], n_chars: int) -> None:
    """Rows of a converted text (Markdown) moved onto the file's offsets (``offsets[i]``: where the text's
    character i is in the file): every ``*start_char`` / ``*end_char`` pair, and ``n_chars``."""
    for table in rows.values():
        for row in table:
            for start in [c for c in row if c.endswith("start_char")]:
                end = start.replace("start_char", "end_char")
                s, e = row[start], row.get(end)
                if s is None or e is None:
                    continue
                row[start] = offsets[s]
                row[end] = offsets[e - 1] + 1 if e > s else offsets[s]
    for row in rows.get("articles", []):
        row["n_chars"] = n_chars


def process(
    items: Iterable[Record | ReadError], nlp: Language, batch_size: int = 64, n_process: int = 1
) -> Iterator[ReadError | tuple[dict, dict[str, list[dict]]]]:
    if n_process > 1:
        yield from _process_parallel(items, nlp, batch_size, n_process)
    else:
        yield from _process_one(items, nlp, batch_size)


def _die_with_parent(parent: int) -> None:
    """Ask Linux to SIGKILL this worker when its parent dies (prctl PR_SET_PDEATHSIG), however it dies."""
    try:
        ctypes.CDLL(None, use_errno=True).prctl(1, signal.SIGKILL, 0, 0, 0)  # 1 = PR_SET_PDEATHSIG
    except (OSError, AttributeError):  # not Linux: the parent's shutdown still ends the workers
        return
    if os.getppid() != parent:  # the parent died before the prctl
        os._exit(1)


class _Worker:
    """The pipeline of a worker process, set once by the pool's initializer."""

    nlp: Language | None = None

    @classmethod
    def start(cls, nlp: Language, parent: int) -> None:
        _die_with_parent(parent)
        signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl-C reaches the whole group: the parent decides
        signal.signal(signal.SIGTERM, signal.SIG_DFL)
        cls.nlp = nlp

    @classmethod
    def work(cls, chunk: list[Record], batch_size: int) -> list:
        return list(_process_one(chunk, cls.nlp, batch_size))


class _Pool:
    """A pool of forked workers that can be replaced when one of them dies."""

    def __init__(self, nlp: Language, n_process: int):
        self.nlp, self.n_process = nlp, n_process
        self.executor = self._new()

    def _new(self) -> ProcessPoolExecutor:
        return ProcessPoolExecutor(
            self.n_process,
            mp_context=multiprocessing.get_context("fork"),
            initializer=_Worker.start,
            initargs=(self.nlp, os.getpid()),
        )

    def submit(self, records: list[Record], batch_size: int) -> Future:
        return self.executor.submit(_Worker.work, records, batch_size)

    def restart(self) -> None:
        self.close(now=True)
        self.executor = self._new()

    def close(self, now: bool = False) -> None:
        """Shut the pool down; ``now``: kill the workers without waiting (the parent is on its way out)."""
        if not now:
            self.executor.shutdown(wait=True)
            return
        processes = list((self.executor._processes or {}).values())  # private, but the only handle on them
        self.executor.shutdown(wait=False, cancel_futures=True)
        for p in processes:
            if p.is_alive():
                p.kill()
        for p in processes:
            p.join(5)


def _lost(records: list[Record], e: BaseException) -> list[ReadError]:
    reason = f"{type(e).__name__}: {e}".splitlines()[0] if str(e) else type(e).__name__
    return [
        ReadError(
            r.path,
            r.record,
            "WorkerLost",
            f"the worker died twice on this record ({reason})",
            stage="process",
        )
        for r in records
    ]


def _process_parallel(items, nlp: Language, batch_size: int, n_process: int) -> Iterator:
    """Chunks of records to ``n_process`` forked workers, results yielded in input order. The workers are
    forked: they inherit the loaded pipeline (the initializer's argument), the model is not loaded again.

    When a worker dies (killed for memory, a crash in native code), the pool breaks and every chunk in
    flight fails with it: a new pool is started and those chunks' records are tried again, one record at a
    time so that an innocent record is not blamed; a record whose worker dies again is a WorkerLost error.
    Workers die with the parent (PR_SET_PDEATHSIG) and are killed when the run stops early.
    """
    pool = _Pool(nlp, n_process)
    in_flight: deque = deque()
    chunk: list[Record] = []

    def retry(records: list[Record]) -> Iterator:
        for r in records:
            try:
                yield from pool.submit([r], batch_size).result()
            except Exception as e:  # died again on this very record
                pool.restart()
                yield from _lost([r], e)

    def drain(limit: int) -> Iterator:
        while len(in_flight) > limit:
            future, records = in_flight.popleft()
            try:
                results = future.result()
            except Exception:  # the pool broke: every chunk in flight is lost with it
                failed = [records] + [r for _, r in in_flight]
                in_flight.clear()
                pool.restart()
                for recs in failed:
                    yield from retry(recs)
                continue
            yield from results

    try:
        for item in items:
            if isinstance(item, ReadError):
                yield item
                continue
            chunk.append(item)
            if len(chunk) >= batch_size:
                in_flight.append((pool.submit(list(chunk), batch_size), list(chunk)))
                chunk.clear()
                yield from drain(2 * n_process)
        if chunk:
            in_flight.append((pool.submit(list(chunk), batch_size), list(chunk)))
        yield from drain(0)
    except BaseException:  # interrupted, or the consumer stopped (GeneratorExit)
        pool.close(now=True)
        raise
    pool.close()


def _process_one(items: Iterable[Record | ReadError], nlp: Language, batch_size: int) -> Iterator:
    errors: list[ReadError] = []
    pending: dict[int, tuple[dict, int | None, Doc]] = {}
    converted: dict[int, Record] = {}  # Markdown: rows go back onto the file's offsets

    def docs() -> Iterator[tuple[Doc, int]]:
        for i, item in enumerate(items):
            if isinstance(item, Record):  # a lone surrogate would stop the run when written
                item = unicode_problem(item) or item
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
            doc.user_data["title"] = item.title  # news_figures marks the figures in it (in_title)
            pending[i] = (item.meta(), item.record, doc)
            if item.offsets is not None:
                converted[i] = item
            yield doc, i

    for doc, i in nlp.pipe(docs(), as_tuples=True, batch_size=batch_size):
        yield from errors
        errors.clear()
        for j in sorted(k for k in pending if k < i):
            converted.pop(j, None)
            yield _process_error(*pending.pop(j))
        meta, record, _ = pending.pop(i)
        source = converted.pop(i, None)
        try:
            rows = doc_rows(doc, meta)
            if source is not None:
                to_source_offsets(rows, source.offsets, len(source.raw))
        except Exception as e:  # a bug of ours on one article must not stop the run
            yield ReadError(
                meta["path"], record, type(e).__name__, f"building rows failed: {e}", stage="process"
            )
            continue
        yield meta, rows
    yield from errors
    for j in sorted(pending):
        yield _process_error(*pending.pop(j))
