"""Readers: formats, metadata, encodings, and that every record becomes one Record or one ReadError."""

import json
import os
import tracemalloc
from pathlib import Path

import pytest

from pipeline.readers import (
    InputError,
    ReadError,
    Record,
    decode,
    decode_parts,
    read_inputs,
    records_from,
    split_plain,
)


def read(paths):
    items = list(read_inputs(paths))
    return [i for i in items if isinstance(i, Record)], [i for i in items if isinstance(i, ReadError)]


def test_front_matter(tmp_path):
    (tmp_path / "a.txt").write_text(
        "---\ntitle: Un titre\npublished: 2024-01-16\nurl: https://x.fr/a\nsource: Le Journal\n---\n"
        "Le corps de l'article.\n",
        encoding="utf-8",
    )
    (rec,), errors = read([tmp_path / "a.txt"])
    assert errors == []
    assert (rec.doc_id, rec.title, rec.published, rec.url, rec.source) == (
        "a.txt",
        "Un titre",
        "2024-01-16",
        "https://x.fr/a",
        "Le Journal",
    )
    assert rec.text == "Le corps de l'article.\n"


@pytest.mark.parametrize(
    "text, title",
    [
        ("Un titre court\n\nLe corps.", "Un titre court"),
        ("# Titre markdown\n\nLe corps.", "Titre markdown"),
        (
            "La Corée du Nord est-elle devenue un pilier ? Depuis plusieurs mois, les drones...",
            "La Corée du Nord est-elle devenue un pilier ?",
        ),
        ("Une première phrase. Une seconde phrase sans titre.\nSuite.", None),
        ("Première ligne\nDeuxième ligne sans blanc.", None),
    ],
)
def test_title_detection(text, title):
    meta, body = split_plain(text)
    assert meta.get("title") == title
    assert body == text  # the title stays in the text: offsets are those of the file


def test_seed_title():
    from conftest import SEED

    (rec,), _ = read([SEED])
    assert rec.title == "La Corée du Nord est-elle devenue le pilier discret de la machine de guerre russe ?"


def test_json_list_and_object_and_jsonl(tmp_path):
    (tmp_path / "l.json").write_text(
        json.dumps([{"text": "Un."}, {"id": "x", "text": "Deux.", "published": "2024-02-03T10:00:00"}])
    )
    (tmp_path / "o.json").write_text(json.dumps({"text": "Trois.", "title": "T"}))
    (tmp_path / "r.jsonl").write_text('{"text": "Quatre."}\n\n{"id": "y", "text": "Cinq."}\n')
    recs, errors = read([tmp_path])
    assert errors == []
    assert [(r.doc_id, r.text) for r in recs] == [
        (f"{tmp_path.name}/l.json:1", "Un."),
        ("x", "Deux."),
        (f"{tmp_path.name}/o.json", "Trois."),
        (f"{tmp_path.name}/r.jsonl:1", "Quatre."),
        ("y", "Cinq."),
    ]
    assert recs[1].published == "2024-02-03T10:00:00"


def test_bad_records_are_reported_not_lost(tmp_path):
    (tmp_path / "good.jsonl").write_text(
        '{"id": "a", "text": "Un."}\n{not json\n{"id": "b"}\n{"id": "a", "text": "Doublon."}\n'
        '{"id": "c", "text": "Date.", "published": "hier"}\n[1, 2]\n'
    )
    (tmp_path / "empty.txt").write_text("")
    (tmp_path / "bin.txt").write_bytes(b"\x00\x01\x02PNG\x00" * 100)
    (tmp_path / "notes.pdf").write_bytes(b"%PDF-1.4")
    recs, errors = read([tmp_path])
    assert [r.doc_id for r in recs] == ["a"]
    got = sorted((e.path.split("/")[-1], e.record, e.error) for e in errors)
    assert got == sorted(
        [
            ("good.jsonl", 2, "BadJSON"),
            ("good.jsonl", 3, "MissingText"),
            ("good.jsonl", 4, "DuplicateId"),
            ("good.jsonl", 5, "BadPublished"),
            ("good.jsonl", 6, "NotAnObject"),
            ("empty.txt", None, "EmptyFile"),
            ("bin.txt", None, "BinaryFile"),
            ("notes.pdf", None, "UnsupportedFormat"),
        ]
    )
    assert all(e.stage == "read" and e.message for e in errors)


def test_unreadable_file_via_oserror(tmp_path, monkeypatch):
    from pathlib import Path

    path = tmp_path / "a.txt"
    path.write_text("Texte.")

    def boom(self):
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(Path, "read_bytes", boom)
    (err,) = list(read_inputs([path]))
    assert (err.error, err.message) == ("Unreadable", "cannot read file: Permission denied")


@pytest.mark.parametrize("encoding", ["utf-8", "utf-8-sig", "cp1252", "latin-1"])
def test_encodings(tmp_path, encoding):
    text = "Élodie a payé 30 € à l'hôpital — « ça coûte cher », dit-elle. Œuvre.\n"
    if encoding == "latin-1":
        text = text.replace("€", "EUR").replace("—", "-").replace("Œ", "Oe")
    (tmp_path / "a.txt").write_bytes(text.encode(encoding))
    (rec,), _ = read([tmp_path / "a.txt"])
    assert rec.text == text


def test_decode_prefers_utf8():
    assert decode("café".encode()) == "café"
    assert decode("café".encode("cp1252")) == "café"


def test_html(tmp_path):
    (tmp_path / "p.html").write_text(
        "<html><head><title>Titre de la page</title><meta name='date' content='2024-05-27'></head><body>"
        "<nav>Menu Accueil</nav><article><h1>Titre de la page</h1><p>Le festival a attiré 40 000 visiteurs "
        "dimanche à Épinal selon les organisateurs, un record pour cette édition.</p></article>"
        "<footer>Mentions légales</footer></body></html>",
        encoding="utf-8",
    )
    (rec,), errors = read([tmp_path / "p.html"])
    assert rec.title == "Titre de la page" and rec.published == "2024-05-27"
    assert "40 000 visiteurs" in rec.text and "Mentions légales" not in rec.text


def test_missing_input_is_a_usage_error(tmp_path):
    with pytest.raises(InputError):
        list(read_inputs([tmp_path / "nope"]))


def test_records_from_memory():
    items = list(records_from(["Un texte.", {"id": "k", "text": "Deux."}, {"title": "sans texte"}]))
    assert [(type(i).__name__, getattr(i, "doc_id", None)) for i in items] == [
        ("Record", "0"),
        ("Record", "k"),
        ("ReadError", None),
    ]


# --- inputs that are valid or nearly (issue 13) ------------------------------------------------------


def test_jsonl_lines_end_at_newline_only(tmp_path):
    texts = ["Avant\u2028après la ligne.", "Un\u0085deux.", "Para\u2029graphe.", "Fin\x0cde page."]
    lines = [json.dumps({"id": f"k{i}", "text": t}, ensure_ascii=False) for i, t in enumerate(texts)]
    (tmp_path / "f.jsonl").write_text("\n".join(lines) + "\r\n", encoding="utf-8")
    recs, errors = read([tmp_path / "f.jsonl"])
    assert errors == []
    assert [(r.doc_id, r.record, r.text) for r in recs] == [(f"k{i}", i + 1, t) for i, t in enumerate(texts)]


def test_deeply_nested_json_is_one_error(tmp_path):
    (tmp_path / "deep.json").write_text("[" * 100_000 + "]" * 100_000)
    (tmp_path / "deep.jsonl").write_text('{"text": "Un."}\n' + "[" * 100_000 + "\n" + '{"text": "Deux."}\n')
    recs, errors = read([tmp_path])
    assert [r.text for r in recs] == ["Un.", "Deux."]
    assert [(e.path.split("/")[-1], e.record, e.error) for e in errors] == [
        ("deep.json", None, "BadJSON"),
        ("deep.jsonl", 2, "BadJSON"),
    ]
    assert "nested too deeply" in errors[0].message


def test_fifo_and_other_non_regular_files_are_not_opened(tmp_path):
    os.mkfifo(tmp_path / "x.txt")  # opening it would block forever
    (tmp_path / "y.txt").write_text("Un article.")
    recs, errors = read([tmp_path])
    assert [r.doc_id for r in recs] == [f"{tmp_path.name}/y.txt"]
    assert [(e.path, e.error) for e in errors] == [(f"{tmp_path.name}/x.txt", "NotRegularFile")]


def test_symlinked_folders_are_followed_once(tmp_path):
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    (elsewhere / "b.txt").write_text("Deux.")
    inp = tmp_path / "in"
    inp.mkdir()
    (inp / "a.txt").write_text("Un.")
    (inp / "linked").symlink_to(elsewhere, target_is_directory=True)
    (inp / "loop").symlink_to(inp, target_is_directory=True)  # a loop back to the input
    notes = []
    items = list(read_inputs([inp], notes))
    assert [(i.doc_id, i.text) for i in items] == [("in/a.txt", "Un."), ("in/linked/b.txt", "Deux.")]
    assert [n["note"] for n in notes] == ["symbolic link to a folder already read: skipped"]
    assert notes[0]["path"].endswith("in/loop")


def test_mixed_utf8_and_cp1252_decoded_part_by_part(tmp_path):
    data = (
        "Première partie, écrite en UTF-8.\n".encode()
        + "Deuxième partie collée en cp1252 : 30 €.\n".encode("cp1252")
    )
    (tmp_path / "m.txt").write_bytes(data)
    notes = []
    (rec,) = list(read_inputs([tmp_path / "m.txt"], notes))
    assert rec.text == "Première partie, écrite en UTF-8.\nDeuxième partie collée en cp1252 : 30 €.\n"
    assert notes == [{"path": "m.txt", "note": "mixed encodings: 3 bytes read as cp1252, the rest as UTF-8"}]
    text, legacy, utf8 = decode_parts("Pure cp1252 : été.".encode("cp1252"))
    assert (text, legacy, utf8) == ("Pure cp1252 : été.", 2, False)  # a legacy file: no repair to report


def test_mixed_jsonl_lines_decoded_each_on_its_own(tmp_path):
    one = json.dumps({"id": "u", "text": "Été en UTF-8."}, ensure_ascii=False).encode()
    two = json.dumps({"id": "c", "text": "Été en cp1252."}, ensure_ascii=False).encode("cp1252")
    (tmp_path / "m.jsonl").write_bytes(one + b"\n" + two + b"\n")
    notes = []
    recs = list(read_inputs([tmp_path / "m.jsonl"], notes))
    assert [r.text for r in recs] == ["Été en UTF-8.", "Été en cp1252."]
    assert notes == [{"path": "m.jsonl", "note": "1 lines not UTF-8, read as cp1252"}]


def test_high_byte_junk_is_a_binary_file(tmp_path):
    import random

    rng = random.Random(0)
    (tmp_path / "junk.txt").write_bytes(bytes(rng.randrange(0x80, 0x100) for _ in range(4000)))
    (tmp_path / "junk.jsonl").write_bytes(bytes(rng.randrange(0x80, 0x100) for _ in range(4000)))
    (tmp_path / "fr.txt").write_bytes(
        ("Élodie a été élue à Épinal, où l'été fut très chaud. " * 20).encode("cp1252")
    )
    recs, errors = read([tmp_path])
    assert [r.doc_id for r in recs] == [f"{tmp_path.name}/fr.txt"]
    assert sorted((e.path.split("/")[-1], e.error) for e in errors) == [
        ("junk.jsonl", "BinaryFile"),
        ("junk.txt", "BinaryFile"),
    ]


@pytest.mark.parametrize(
    "body",
    [
        "<nav><a href='/'>Accueil</a> <a href='/c'>Contact</a></nav><p>Accueil Contact</p>",
        "<div id='cookie-banner'><p>Nous utilisons des cookies pour améliorer votre expérience de navigation "
        "et mesurer l'audience. Accepter Refuser Paramétrer</p></div><footer>Mentions légales</footer>",
        "<p>Ce site utilise des cookies. En poursuivant votre navigation, vous acceptez leur utilisation.</p>"
        "<p>Accepter</p>",
    ],
)
def test_boilerplate_only_page_has_no_main_text(tmp_path, body):
    (tmp_path / "p.html").write_text(
        f"<html><head><title>Le Journal</title></head><body>{body}</body></html>"
    )
    (err,) = list(read_inputs([tmp_path / "p.html"]))
    assert (err.error, err.record) == ("NoMainText", None)


def test_short_real_article_page_is_read(tmp_path):
    (tmp_path / "p.html").write_text(
        "<html><body><article><p>Le maire de Metz a inauguré lundi une école de 300 élèves.</p></article>"
        "</body></html>"
    )
    (rec,) = list(read_inputs([tmp_path / "p.html"]))
    assert rec.text == "Le maire de Metz a inauguré lundi une école de 300 élèves."


def _jsonl_peak(path: Path, lines: int) -> int:
    line = json.dumps({"text": "Le conseil a voté 3 budgets. " * 350}) + "\n"  # 10 KB
    path.write_text(line * lines)
    tracemalloc.start()
    n = sum(1 for _ in read_inputs([path]))
    peak = tracemalloc.get_traced_memory()[1]
    tracemalloc.stop()
    assert n == lines
    return peak


def test_jsonl_is_streamed_memory_flat(tmp_path):
    """Peak memory of reading 2 MB and 20 MB of JSONL: a few records' worth, plus the ids seen (for
    duplicates: about 100 bytes a record)."""
    small = _jsonl_peak(tmp_path / "small.jsonl", 200)
    big = _jsonl_peak(tmp_path / "big.jsonl", 2_000)
    assert big < small + 400_000 and big < 1_000_000, (small, big)


def test_api_missing_path_is_an_error_not_a_text(tmp_path):
    import pipeline

    (tmp_path / "a.txt").write_text("Un.")
    with pytest.raises(FileNotFoundError, match="no such input: .*missing.txt"):
        pipeline.extract([tmp_path / "a.txt", tmp_path / "missing.txt"])
    with pytest.raises(FileNotFoundError, match="no such input: data/nope.jsonl"):
        pipeline.extract(["data/nope.jsonl"])
    with pytest.raises(ValueError, match="not both"):
        pipeline.extract([str(tmp_path / "a.txt"), "Un texte d'article, pas un chemin."])


def test_api_parse_rejects_an_invalid_published():
    import pipeline

    with pytest.raises(ValueError, match="`published` is not a date: 'hier'"):
        pipeline.parse("Un texte.", published="hier")
