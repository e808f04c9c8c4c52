"""Readers: formats, metadata, encodings, and that every record becomes one Record or one ReadError."""

import json

import pytest

from pipeline.readers import InputError, ReadError, Record, decode, read_inputs, records_from, split_plain


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
