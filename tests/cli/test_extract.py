"""`timeline-app extract`: the sample article, every format, --dct, --output-dir, --jobs."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest

from timeline_app.core.models import DateSource, DctSource, Document, EventList
from timeline_app.core.project import Project, save_project

from .conftest import SAMPLE

pytestmark = pytest.mark.usefixtures("cli")


def expressions_by_text(doc: Document) -> dict[str, str]:
    return {e.text: e.value for e in doc.expressions}


def test_sample_article_resolves_against_its_publication_date(cli) -> None:  # type: ignore[no-untyped-def]
    run = cli("extract", SAMPLE)
    assert run.code == 0, run.err
    (doc,) = EventList.model_validate_json(run.out).documents
    assert (doc.dct.isoformat() if doc.dct else None, doc.dct_source) == ("2021-12-09", DctSource.FRONT_MATTER)
    found = {text.lower().removeprefix("on "): value for text, value in expressions_by_text(doc).items()}
    assert found["wednesday"] == "2021-12-08"
    assert found["sunday"] == "2021-12-05"
    assert found["this october"] == "2021-10"
    assert found["last year"] == "2020"
    for expr in doc.expressions:
        assert expr.explanation, f"{expr.text} has no reason"
    meeting = [e for e in doc.events
               if doc.sentence_text(e.sentence_index).startswith(("During his meeting", "The talks were"))]
    assert len(meeting) == 2
    for event in meeting:
        assert event.start is not None and event.start.date().isoformat() == "2021-12-08"
        assert event.date_source is DateSource.CARRIED


def test_dct_overrides_the_document_date(cli) -> None:  # type: ignore[no-untyped-def]
    run = cli("extract", SAMPLE, "--dct", "2022-01-06")
    (doc,) = EventList.model_validate_json(run.out).documents
    assert (str(doc.dct), doc.dct_source) == ("2022-01-06", DctSource.COMMAND_LINE)
    wednesday = next(e for e in doc.expressions if e.text.lower().endswith("wednesday"))
    assert wednesday.value == "2022-01-05"


def test_csv_to_a_file_follows_the_extension(cli, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    out = tmp_path / "events.csv"
    run = cli("extract", SAMPLE, "-o", out)
    assert (run.code, run.out) == (0, "")
    rows = list(csv.DictReader(io.StringIO(out.read_text(encoding="utf-8-sig"), newline="")))
    assert any(r["value"] == "2021-12-08" and r["start"] == "2021-12-08" for r in rows)
    assert all(r["document_id"] == "libya-russia-stability" for r in rows)


def test_timelinejs_of_the_sample(cli) -> None:  # type: ignore[no-untyped-def]
    run = cli("extract", SAMPLE, "--format", "timelinejs")
    timeline = json.loads(run.out)
    dates = [e["start_date"] for e in timeline["events"]]
    assert {"year": "2021", "month": "12", "day": "8"} in dates
    assert {"year": "2021", "month": "10"} in dates
    assert timeline["title"]["text"]["headline"] == "Russia Ready to Help Maintain Stability in Libya"


def test_jsonl_holds_one_document_per_line(cli, article) -> None:  # type: ignore[no-untyped-def]
    paths = [article(f"a{i}.txt", f"On Monday, talk {i} ended.") for i in range(3)]
    run = cli("extract", *paths, "--format", "jsonl")
    docs = [Document.model_validate_json(line) for line in run.out.splitlines()]
    assert [d.id for d in docs] == ["a0", "a1", "a2"]


def test_jobs_give_the_same_output_as_one_process(cli, article, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    corpus = tmp_path / "corpus.jsonl"
    corpus.write_text("".join(json.dumps({"id": f"row{i}", "date": "2021-12-09",
                                          "text": f"On Wednesday, meeting {i} ended. Last year it began."}) + "\n"
                              for i in range(40)), encoding="utf-8")
    paths = [SAMPLE, corpus] + [article(f"b{i}.txt", f"This October, plan {i} was backed.") for i in range(5)]
    one = cli("extract", *paths, "--format", "jsonl", "--jobs", "1")
    two = cli("extract", *paths, "--format", "jsonl", "--jobs", "2")
    assert one.code == two.code == 0
    assert one.out == two.out
    assert len(one.out.splitlines()) == 46


def test_output_dir_writes_one_file_per_document(cli, article, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    paths = [article("one.txt", "On Monday it rained."), article("two.txt", "On Tuesday it snowed.")]
    out = tmp_path / "out"
    run = cli("extract", *paths, "--output-dir", out)
    assert run.code == 0, run.err
    assert sorted(p.name for p in out.iterdir()) == ["one.json", "two.json"]
    assert EventList.model_validate_json((out / "two.json").read_text()).documents[0].id == "two"


def test_timeml_round_trip_scores_with_evaluate(cli, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    gold = tmp_path / "gold" / "sub"
    gold.mkdir(parents=True)
    (gold / "doc1.tml").write_text(
        '<?xml version="1.0" ?>\n<TimeML>\n<DCT><TIMEX3 tid="t0" type="DATE" value="2021-12-09" '
        'functionInDocument="CREATION_TIME">2021-12-09</TIMEX3></DCT>\n<TEXT>\nThe minister '
        '<EVENT eid="e1" class="REPORTING">said</EVENT> on <TIMEX3 tid="t1" type="DATE" value="2021-12-08">'
        "Wednesday</TIMEX3> that talks &amp; visits would go on.\n</TEXT>\n</TimeML>\n", encoding="utf-8")
    system = tmp_path / "system"
    run = cli("extract", gold / "doc1.tml", "--format", "timeml", "--output-dir", system)
    assert run.code == 0, run.err
    assert [p.name for p in system.iterdir()] == ["doc1.tml"]
    run = cli("evaluate", tmp_path / "gold", system)
    assert run.code == 0, run.err
    overall = next(line for line in run.out.splitlines() if line.startswith("overall"))
    assert overall.split()[3:5] == ["1", "1"]  # one gold, one system timex
    assert "1.0000" in overall


def test_tempeval_input_files_pair_with_their_gold(cli, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    """TempEval-3 ships its input as "NAME.tml.TE3input": the output is "NAME.tml", as the
    gold is named, and evaluate pairs them."""
    head = ('<?xml version="1.0" ?>\n<TimeML>\n<DCT><TIMEX3 tid="t0" type="DATE" '
            'value="2021-12-09" functionInDocument="CREATION_TIME">2021-12-09</TIMEX3></DCT>\n')
    (tmp_path / "gold").mkdir()
    (tmp_path / "gold" / "doc1.tml").write_text(
        head + '<TEXT>\nTalks ended on <TIMEX3 tid="t1" type="DATE" value="2021-12-08">'
        "Wednesday</TIMEX3>.\n</TEXT>\n</TimeML>\n", encoding="utf-8")
    source = tmp_path / "input" / "doc1.tml.TE3input"
    source.parent.mkdir()
    source.write_text(head + "<TEXT>\nTalks ended on Wednesday.\n</TEXT>\n</TimeML>\n",
                      encoding="utf-8")
    system = tmp_path / "system"
    run = cli("extract", source.parent, "--format", "timeml", "--output-dir", system)
    assert run.code == 0, run.err
    assert [p.name for p in system.iterdir()] == ["doc1.tml"]
    run = cli("evaluate", tmp_path / "gold", system)
    overall = next(line for line in run.out.splitlines() if line.startswith("overall"))
    assert overall.split()[3:5] == ["1", "1"]


def test_timeml_of_several_inputs_needs_an_output_dir(cli, article) -> None:  # type: ignore[no-untyped-def]
    run = cli("extract", article("a.txt", "x"), article("b.txt", "y"), "--format", "timeml")
    assert run.code == 2
    assert "--output-dir" in run.err


def test_a_project_file_exports_its_documents_as_saved(cli, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    run = cli("extract", SAMPLE)
    (doc,) = EventList.model_validate_json(run.out).documents
    edited = doc.events[0].model_copy(update={"label": "edited by hand", "date_source": DateSource.USER})
    doc = doc.model_copy(update={"events": [edited, *doc.events[1:]]})
    project = tmp_path / "work.timeline.json"
    save_project(Project(documents=[doc]), project)
    run = cli("extract", project)
    assert run.code == 0, run.err
    assert EventList.model_validate_json(run.out).documents == [doc]
