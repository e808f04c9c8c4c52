"""``pipeline evaluate GOLD.jsonl``: run the pipeline on gold articles; score dates, figures, sources, links.

Gold format: ``../shared/eval/GUIDELINES.md`` (one JSON object a line with ``id``, ``text``, ``dct``, and any
of ``timex``, ``figures``, ``attributions``). The pipeline runs exactly as ``extract`` does, with ``dct`` as
the publication date, and is scored on the rows it would write.

- dates: relaxed (overlap) and strict (exact offsets) span P/R/F1; value and type F1, TempEval style (a value
  or type counts when the spans overlap and the attribute is exactly equal);
- figures: detection P/R/F1 (overlap), value F1 (value, or low and high for ranges, exactly equal), and unit
  accuracy: among the gold figures found, the share whose unit (what is counted) is the gold one;
- sources: P/R/F1, a predicted source matching a gold one when their source mentions overlap (the cues when
  the gold states no source);
- links, over gold figures the pipeline detected: the share of sourced ones whose predicted source matches
  the gold source, and the share of unsourced ones left without a source;
- entities: counts per label (there is no gold).
Matching is one-to-one, largest overlap first. Files of short phrases, known by their fields, are scored as
cases: Duckling's time cases (``timecases.py``) and number cases (``numbercases.py``).
"""

from __future__ import annotations

import json
import sys
from collections import Counter
from pathlib import Path

from .scorer import (
    PRF,
    Accuracy,
    attribute_scores,
    match,
    overlap,
    same_figure_value,
    same_unit,
    span_scores,
)


class GoldError(ValueError):
    """A gold file that cannot be scored: ``pipeline evaluate`` says it in one line (exit 2)."""


def read_lines(path: str | Path) -> list[tuple[int, dict]]:
    """The JSON objects of a JSONL file with their line numbers; GoldError naming the file and line when the
    file is not UTF-8 text, a line is not a JSON object, or there is none."""
    try:
        text = Path(path).read_text(encoding="utf-8")
    except UnicodeDecodeError:
        raise GoldError(f"{path}: not UTF-8 text") from None
    except OSError as e:
        raise GoldError(f"{path}: cannot read ({e.strerror})") from None
    out = []
    for n, line in enumerate(text.split("\n"), 1):
        if not line.strip():
            continue
        try:
            obj = json.loads(line)
        except ValueError as e:
            raise GoldError(f"{path}: line {n}: not JSON ({getattr(e, 'msg', e)})") from None
        if not isinstance(obj, dict):
            raise GoldError(f"{path}: line {n}: not a JSON object")
        out.append((n, obj))
    if not out:
        raise GoldError(f"{path}: no gold document")
    return out


def _offset(x) -> bool:
    return isinstance(x, int) and not isinstance(x, bool)


def _span(where: str, item: dict, n_chars: int) -> None:
    for key in ("start", "end"):
        if key not in item:
            raise GoldError(f'{where}: no "{key}"')
        if not _offset(item[key]):
            raise GoldError(f'{where}: "{key}" is not an integer')
    if not 0 <= item["start"] <= item["end"] <= n_chars:
        raise GoldError(
            f"{where}: {item['start']}-{item['end']} is not within the text ({n_chars} characters)"
        )


def _pair(where: str, item: dict, key: str, n_chars: int, required: bool) -> None:
    v = item.get(key)
    if v is None:
        if required:
            raise GoldError(f'{where}: no "{key}"')
        return
    if not (isinstance(v, list) and len(v) == 2 and all(map(_offset, v))):
        raise GoldError(f'{where}: "{key}" is not [start, end]')
    if not 0 <= v[0] <= v[1] <= n_chars:
        raise GoldError(f'{where}: "{key}" {v[0]}-{v[1]} is not within the text ({n_chars} characters)')


def check_document(doc: dict, where: str) -> None:
    """GoldError unless ``doc`` is a gold document the scorer can read (GUIDELINES.md): an id, a text, and
    lists of objects with integer offsets within the text."""
    if doc.get("id") is None:
        raise GoldError(f'{where}: no "id"')
    if not isinstance(doc["id"], (str, int)) or isinstance(doc["id"], bool):
        raise GoldError(f'{where}: "id" is not a string')
    if "text" not in doc:
        raise GoldError(f'{where}: no "text"')
    if not isinstance(doc["text"], str):
        raise GoldError(f'{where}: "text" is not a string')
    if doc.get("dct") is not None and not isinstance(doc["dct"], str):
        raise GoldError(f'{where}: "dct" is not a string')
    n_chars = len(doc["text"])
    for name in ("timex", "figures", "attributions"):
        if name in doc and not (isinstance(doc[name], list) and all(isinstance(x, dict) for x in doc[name])):
            raise GoldError(f'{where}: "{name}" is not a list of objects')
    for i, t in enumerate(doc.get("timex", []), 1):
        _span(f"{where}: timex {i}", t, n_chars)
    n_attr = len(doc.get("attributions", []))
    for i, f in enumerate(doc.get("figures", []), 1):
        _span(f"{where}: figures {i}", f, n_chars)
        s = f.get("source")
        if s is not None and not (_offset(s) and 0 <= s < n_attr):
            raise GoldError(f'{where}: figures {i}: "source" {s} is not one of its {n_attr} attributions')
    for i, a in enumerate(doc.get("attributions", []), 1):
        _pair(f"{where}: attributions {i}", a, "cue", n_chars, required=not a.get("source"))
        _pair(f"{where}: attributions {i}", a, "source", n_chars, required=False)


def _is_pair(v) -> bool:
    return isinstance(v, list) and len(v) == 2 and all(map(_offset, v))


def check_annotation(row: dict, where: str) -> None:
    """GoldError unless ``row`` is an annotation line ``corpus.document`` can join with its sentence: a
    sentence id, lists of objects, integer offsets, sentence ids where a span lives in another sentence
    (offsets within the sentence are checked at the join, which has its text)."""
    from .corpus import SPAN_KEYS

    if not isinstance(row.get("id"), str):
        raise GoldError(f'{where}: "id" is not a sentence id')
    for name in ("figures", "attributions", "timex"):
        if name in row and not (isinstance(row[name], list) and all(isinstance(x, dict) for x in row[name])):
            raise GoldError(f'{where}: "{name}" is not a list of objects')
    for name in ("figures", "timex"):
        for i, f in enumerate(row.get(name, []), 1):
            for key in ("start", "end"):
                if not _offset(f.get(key)):
                    raise GoldError(f'{where}: {name} {i}: "{key}" is not an integer')
    for i, f in enumerate(row.get("figures", []), 1):
        s = f.get("source")
        if (
            s is not None
            and not _offset(s)
            and not (isinstance(s, list) and len(s) == 2 and isinstance(s[0], str) and _offset(s[1]))
        ):
            raise GoldError(f'{where}: figures {i}: "source" is not an index')
    for i, a in enumerate(row.get("attributions", []), 1):
        for key in SPAN_KEYS:
            if (a.get(key) is not None or key == "cue") and not _is_pair(a.get(key)):
                raise GoldError(f'{where}: attributions {i}: "{key}" is not [start, end]')
            sentence = a.get(f"{key}_sentence")
            if sentence is not None and not isinstance(sentence, str):
                raise GoldError(f'{where}: attributions {i}: "{key}_sentence" is not a sentence id')


def read_gold(path: str | Path) -> list[dict]:
    """The documents of a gold file, each checked (GoldError naming the file and line otherwise)."""
    docs = []
    for n, doc in read_lines(path):
        check_document(doc, f"{path}: line {n}")
        docs.append(doc)
    return docs


def predict(gold: list[dict], config=None, overrides: dict | None = None) -> list[dict[str, list[dict]]]:
    """The pipeline's rows for each gold document, in order (``overrides``: as ``nlp.load``'s)."""
    from ..nlp import load
    from ..readers import ReadError, records_from
    from ..run import process

    records = [{"id": d["id"], "text": d["text"], "published": d.get("dct")} for d in gold]
    out = []
    for item in process(records_from(records), load(config, overrides=overrides)):
        if isinstance(item, ReadError):  # scored as predicting nothing, and said
            print(f"evaluate: gold document {item.record} failed: {item.message}", file=sys.stderr)
            out.append({name: [] for name in ("entities", "figures", "dates", "sources")})
        else:
            out.append(item[1])
    return out


def score_cases(report, cases: list[dict], table: str, config=None):
    """``report`` with each case added with its rows of ``table`` (time and number cases: a phrase each)."""
    for case, rows in zip(cases, predict(cases, config), strict=True):
        report.add(case, rows[table])
    return report


def gold_source_span(a: dict) -> tuple[int, int]:
    """Where a gold attribution's speaker is: its source mention, or its cue when it states none."""
    return tuple(a["source"]) if a.get("source") else tuple(a["cue"])


def _pred_source_span(s: dict) -> tuple[int, int]:
    if s.get("start_char") is not None:
        return (s["start_char"], s["end_char"])
    return (s["cue_start_char"], s["cue_end_char"])


class Report:
    """Accumulates scores over documents, and the details of every miss and false alarm."""

    def __init__(self):
        self.n_docs = 0
        self.scores: dict[str, PRF] = {}
        self.links = {"sourced": Accuracy(0, 0), "unsourced": Accuracy(0, 0)}
        self.figure_units = Accuracy(0, 0)
        self.entities: Counter = Counter()
        self.details: list[str] = []

    def add(self, name: str, prf: PRF) -> None:
        self.scores[name] = self.scores.get(name, PRF(0, 0, 0)) + prf

    def detail(self, doc: dict, what: str, span, note: str = "") -> None:
        text = doc["text"]
        start, end = span
        context = (
            text[max(0, start - 50) : start] + "[[" + text[start:end] + "]]" + text[end : end + 50]
        ).replace("\n", " ")
        self.details.append(f"{doc['id']}\t{what}\t{start}-{end}\t{note}\t{context}")

    def score_doc(self, doc: dict, rows: dict[str, list[dict]]) -> None:
        self.n_docs += 1
        self.entities.update(r["label"] for r in rows["entities"])
        self.score_dates(doc, rows["dates"])
        fig_match = self.score_figures(doc, rows["figures"])
        src_match = self.score_sources(doc, rows["sources"])
        self.score_links(doc, rows["figures"], rows["sources"], fig_match, src_match)

    def score_dates(self, doc: dict, pred: list[dict]) -> None:
        if "timex" not in doc:
            return
        gold = doc["timex"]
        ps = [(p["start_char"], p["end_char"]) for p in pred]
        gs = [(g["start"], g["end"]) for g in gold]
        relaxed, strict, m = span_scores(ps, gs)
        scores = {
            "relaxed": relaxed,
            "strict": strict,
            "value": attribute_scores(m, pred, gold, lambda p, g: p.get("value") == g.get("value")),
            "type": attribute_scores(m, pred, gold, lambda p, g: p.get("type") == g.get("type")),
        }
        for name, prf in scores.items():
            self.add(f"dates {name}", prf)
        for name, prf in scores.items() if doc.get("batch") else ():  # a batch of the TIMEX3 corpus
            self.add(f"  {doc['batch']} {name}", prf)
        self._misses(
            doc,
            "date",
            ps,
            gs,
            m,
            gold,
            pred,
            lambda p, g: (p.get("value"), p.get("type")) == (g.get("value"), g.get("type")),
            lambda g: f"{g.get('type')} {g.get('value')}",
            lambda p: f"{p.get('type')} {p.get('value')}",
        )

    def score_figures(self, doc: dict, pred: list[dict]) -> dict[int, int]:
        if "figures" not in doc:
            return {}
        gold = doc["figures"]
        ps = [(p["start_char"], p["end_char"]) for p in pred]
        gs = [(g["start"], g["end"]) for g in gold]
        relaxed, _, m = span_scores(ps, gs)
        self.add("figures detection", relaxed)
        self.add("figures value", attribute_scores(m, pred, gold, same_figure_value))

        def show(f):
            return f"value={f.get('value')} low={f.get('low')} high={f.get('high')} unit={f.get('unit')}"

        self._misses(doc, "figure", ps, gs, m, gold, pred, same_figure_value, show, show)
        for pi, gi in m.items():
            ok = same_unit(pred[pi], gold[gi])
            self.figure_units += Accuracy(int(ok), 1)
            if not ok:
                self.detail(
                    doc, "figure unit", ps[pi], f"pred {pred[pi].get('unit')} / gold {gold[gi].get('unit')}"
                )
        return m

    def score_sources(self, doc: dict, pred: list[dict]) -> dict[int, int]:
        if "attributions" not in doc:
            return {}
        gold = doc["attributions"]
        ps = [_pred_source_span(p) for p in pred]
        gs = [gold_source_span(g) for g in gold]
        m = match(ps, gs)
        self.add("sources", PRF(len(m), len(ps), len(gs)))
        self._misses(
            doc,
            "source",
            ps,
            gs,
            m,
            gold,
            pred,
            lambda p, g: True,
            lambda g: g.get("kind"),
            lambda p: p.get("cue_kind"),
        )
        return m

    def score_links(self, doc, figures, sources, fig_match, src_match) -> None:
        if "figures" not in doc or "attributions" not in doc:
            return
        gold_figs, gold_srcs = doc["figures"], doc["attributions"]
        pred_src_spans = {s["source_key"]: _pred_source_span(s) for s in sources}
        for pi, gi in fig_match.items():
            g, p = gold_figs[gi], figures[pi]
            if g.get("source") is None:
                ok = p.get("source_key") is None
                self.links["unsourced"] += Accuracy(int(ok), 1)
            else:
                span = pred_src_spans.get(p.get("source_key"))
                ok = span is not None and overlap(span, gold_source_span(gold_srcs[g["source"]])) > 0
                self.links["sourced"] += Accuracy(int(ok), 1)
            if not ok:
                self.detail(
                    doc,
                    "link",
                    (g["start"], g["end"]),
                    f"gold source {g.get('source')} pred source {p.get('source_key')}",
                )

    def _misses(self, doc, what, ps, gs, m, gold, pred, same, show_gold, show_pred) -> None:
        matched_gold = set(m.values())
        for gi, span in enumerate(gs):
            if gi not in matched_gold:
                self.detail(doc, f"{what} miss", span, show_gold(gold[gi]))
        for pi, span in enumerate(ps):
            if pi not in m:
                self.detail(doc, f"{what} false alarm", span, show_pred(pred[pi]))
            elif not same(pred[pi], gold[m[pi]]):
                self.detail(
                    doc, f"{what} wrong", span, f"pred {show_pred(pred[pi])} / gold {show_gold(gold[m[pi]])}"
                )

    def as_dict(self) -> dict:
        return {
            "documents": self.n_docs,
            "scores": {k: v.as_dict() for k, v in self.scores.items()},
            "links": {k: v.as_dict() for k, v in self.links.items()},
            "figures unit": self.figure_units.as_dict(),
            "entities": dict(sorted(self.entities.items())),
        }

    def table(self) -> str:
        lines = [f"{'':24}{'P':>7}{'R':>7}{'F1':>7}{'gold':>7}{'pred':>7}{'tp':>7}"]
        for name, s in self.scores.items():
            lines.append(f"{name:24}{s.p:7.3f}{s.r:7.3f}{s.f1:7.3f}{s.n_gold:7d}{s.n_pred:7d}{s.tp:7d}")
        a = self.figure_units
        lines.append(f"{'figures unit':24}{'accuracy':>14}{a.value:7.3f}{'n=' + str(a.total):>14}")
        for name, a in self.links.items():
            lines.append(f"{'links ' + name:24}{'accuracy':>14}{a.value:7.3f}{'n=' + str(a.total):>14}")
        ents = ", ".join(f"{k} {v}" for k, v in sorted(self.entities.items()))
        lines.append(f"{'entities':24}{ents}")
        return "\n".join(lines)


def evaluate(gold: list[dict], config=None) -> Report:
    report = Report()
    for doc, rows in zip(gold, predict(gold, config), strict=True):
        report.score_doc(doc, rows)
    return report


def gold_files(paths: list[str]) -> list[Path]:
    """The gold files named: files as given, folders as their ``*.jsonl`` (not recursive)."""
    files = []
    for p in map(Path, paths):
        if p.is_dir():
            found = sorted(f for f in p.glob("*.jsonl") if f.is_file())
            if not found:
                raise GoldError(f"{p}: no *.jsonl gold file in this folder")
            files += found
        else:
            files.append(p)
    return files


def corpora_dir(corpora: str | None) -> Path | None:
    """The folder of the texts annotations point into (``--corpora``, else the default), None when absent."""
    from .corpus import default_corpora_dir

    where = Path(corpora) if corpora else default_corpora_dir()
    return where if where is not None and where.is_dir() else None


def load_gold(paths: list[str], corpora: str | None = None) -> list[dict]:
    """Gold documents from files with texts (``../shared/eval/``) or annotations joined with the corpora."""
    from .corpus import documents, is_annotation_file, read_annotations, read_texts

    files = gold_files(paths)
    with_text = [f for f in files if not is_annotation_file(f)]
    annotations = [f for f in files if f not in with_text]
    gold = [d for f in with_text for d in read_gold(f)]
    if annotations:
        where = corpora_dir(corpora)
        if where is None:
            raise FileNotFoundError(
                f"annotations need their texts: no corpora folder ({corpora or '../shared/corpora'}); "
                "give --corpora DIR or set PIPELINE_CORPORA"
            )
        gold += documents(read_annotations(annotations), read_texts(where))
    return gold


def main(args) -> int:
    paths = args.gold if isinstance(args.gold, list) else [args.gold]
    from . import numbercases, speakers, timecases

    if all(Path(p).is_file() and speakers.is_speakers_gold(p) for p in paths):  # checked as read
        for p in paths:
            report = speakers.evaluate(p, args.config)
            print(f"pipeline evaluate {p}: speakers")
            print(json.dumps(report, indent=2, ensure_ascii=False) if args.json else speakers.table(report))
            if args.details:
                Path(args.details).write_text("\n".join(report["details"]) + "\n", encoding="utf-8")
        return 0
    timex_annotations = []
    for f in gold_files(paths):  # every file JSON objects, one a line (one line and exit 2 otherwise)
        lines = read_lines(f)
        if "text" not in lines[0][1]:  # annotations, joined with the corpora's texts
            for n, row in lines:
                check_annotation(row, f"{f}: line {n}")
            timex_annotations.append("timex" in lines[0][1])
        else:
            timex_annotations.append(False)
    if all(timex_annotations) and corpora_dir(getattr(args, "corpora", None)) is None:
        # the TIMEX3 corpus is offsets into texts the repository does not hold: nothing to score without them
        print(
            f"pipeline evaluate {' '.join(paths)}: skipped: the texts of these annotations are not here "
            "(../shared/corpora; give --corpora DIR or set PIPELINE_CORPORA)",
            file=sys.stderr,
        )
        return 0
    # a folder may hold gold files of several kinds (../shared/eval/: articles, time cases, number cases):
    # each kind is scored with its own table
    kinds: dict[str, list[str]] = {"documents": [], "time cases": [], "number cases": []}
    for f in gold_files(paths):
        kind = (
            "time cases"
            if timecases.is_time_cases(f)
            else "number cases"
            if numbercases.is_number_cases(f)
            else "documents"
        )
        kinds[kind].append(str(f))
    groups = [(what, files) for what, files in kinds.items() if files]
    if len(groups) == 1:
        groups = [(groups[0][0], paths)]  # named as given: a folder keeps its name
    corpora = getattr(args, "corpora", None)
    results = []
    for what, files in groups:
        if what == "time cases":
            report = timecases.evaluate([c for p in files for c in timecases.read(p)], args.config)
        elif what == "number cases":
            report = numbercases.evaluate([c for p in files for c in numbercases.read(p)], args.config)
        else:
            report = evaluate(load_gold(files, corpora), args.config)
        results.append((" ".join(files), what, report))
    if args.json:
        dicts = {f"{what}: {name}": report.as_dict() for name, what, report in results}
        print(json.dumps(next(iter(dicts.values())) if len(dicts) == 1 else dicts, indent=2))
    else:
        for name, what, report in results:
            print(f"pipeline evaluate {name}: {report.n_docs} {what}")
            print(report.table())
    if args.details:
        details = [line for _, _, report in results for line in report.details]
        Path(args.details).write_text(
            "doc\twhat\tspan\tnote\tcontext\n" + "\n".join(details) + "\n", encoding="utf-8"
        )
        print(f"details: {len(details)} lines -> {args.details}", file=sys.stderr)
    return 0
