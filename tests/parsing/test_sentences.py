"""Sentence splitting keeps exact offsets and survives abbreviations and quotes."""

from __future__ import annotations

import pytest

from timeline_app.parsing import split_sentences
from timeline_app.parsing.sentences import MAX_SENTENCE

SPLITS = [
    ("Maj. Gen. Smith arrived on Monday. He left on Tuesday.",
     ["Maj. Gen. Smith arrived on Monday.", "He left on Tuesday."]),
    ("The U.S. Army said so. It was late.", ["The U.S. Army said so.", "It was late."]),
    ("Troops left the U.S. The talks ended.", ["Troops left the U.S.", "The talks ended."]),
    ("It happened on Dec. 8 in Moscow. No. 5 was there.",
     ["It happened on Dec. 8 in Moscow.", "No. 5 was there."]),
    ("The No. 5 team won. Fans cheered.", ["The No. 5 team won.", "Fans cheered."]),
    ("J. R. R. Tolkien wrote it. Then he died.", ["J. R. R. Tolkien wrote it.", "Then he died."]),
    ("Mr. Smith and Dr. Jones met. They talked.", ["Mr. Smith and Dr. Jones met.", "They talked."]),
    ('He said, "We will win." Then they left.', ['He said, "We will win."', "Then they left."]),
    ("“We will win,” he said. “Never.”", ["“We will win,” he said.", "“Never.”"]),
    ("Is it over? Yes! It is.", ["Is it over?", "Yes!", "It is."]),
    ("Title without a period\n\nFirst sentence here.", ["Title without a period",
                                                         "First sentence here."]),
    ("Acme Inc. said profits rose. Shares fell.", ["Acme Inc. said profits rose.",
                                                  "Shares fell."]),
    ("It ended at 3 p.m. The crowd left.", ["It ended at 3 p.m.", "The crowd left."]),
    # a clock time ends a sentence before any capital but its day, month or time zone
    ("The blast came at 10 a.m. Investigators said it was a bomb.",
     ["The blast came at 10 a.m.", "Investigators said it was a bomb."]),
    ("Talks begin at 3 p.m. Tuesday. They end at 5 p.m. EST Nov. 6.",
     ["Talks begin at 3 p.m. Tuesday.", "They end at 5 p.m. EST Nov. 6."]),
    ("The storm was 90 miles out at 2 p.m. AST Monday. At 5 a.m. HST it turned west.",
     ["The storm was 90 miles out at 2 p.m. AST Monday.", "At 5 a.m. HST it turned west."]),
    ("It opens at 9 a.m. Eastern time. Lines formed at 4 a.m. (0900 GMT). Police came.",
     ["It opens at 9 a.m. Eastern time.", "Lines formed at 4 a.m. (0900 GMT).", "Police came."]),
    # a zone's word that begins a name ("Central Park") or a sentence ("Local officials")
    ("Power was cut from 2 p.m. to 6 p.m. Central Park hit 93. It starts at 8 p.m. Eastern Friday.",
     ["Power was cut from 2 p.m. to 6 p.m.", "Central Park hit 93.",
      "It starts at 8 p.m. Eastern Friday."]),
    ("The fire began at 10 p.m. Local officials said it spread at 9 p.m. Pacific Standard Time.",
     ["The fire began at 10 p.m.", "Local officials said it spread at 9 p.m. Pacific Standard Time."]),
    # a place's time after a clock time: "6:30 a.m. Beijing time", "5:46 a.m. New York time"
    ("It was due at 6:30 a.m. Beijing time (2230 GMT Friday). It hit at 5:46 a.m. New York time.",
     ["It was due at 6:30 a.m. Beijing time (2230 GMT Friday).",
      "It hit at 5:46 a.m. New York time."]),
    ("Shares rose 3.5 percent. Bonds fell.", ["Shares rose 3.5 percent.", "Bonds fell."]),
    # hard-wrapped running text: a line break before a capital is not a heading's end
    (("Talks that began in Geneva last Tuesday had stalled, and negotiators would\nreturn "
      "Monday. The Contact Group will meet again\nMonday to resume them."),
     ["Talks that began in Geneva last Tuesday had stalled, and negotiators would\nreturn Monday.",
      "The Contact Group will meet again\nMonday to resume them."]),
    ("  Leading space. Trailing space.  ", ["Leading space.", "Trailing space."]),
    # a line break ends a list entry: before a bullet or a line opening with its date, and
    # after a short heading line; a line wrapped in running text stays one sentence
    ("2019\n- 12 March: The river bursts.\n- 3 June: Council reports.",
     ["2019", "- 12 March: The river bursts.", "- 3 June: Council reports."]),
    ("Jan. 28 - A curfew starts at 6 p.m.\nFeb. 2 - Crowds return",
     ["Jan. 28 - A curfew starts at 6 p.m.", "Feb. 2 - Crowds return"]),
    ("Timeline: key events\n1998 — Lists shares\nUpdated 14:05 GMT\nSchools will close.",
     ["Timeline: key events", "1998 — Lists shares", "Updated 14:05 GMT", "Schools will close."]),
    ("Officials said on\nTuesday that the\nCommission had agreed.",
     ["Officials said on\nTuesday that the\nCommission had agreed."]),
    # a longer headline line over its story: title case, or an alert in sentence case
    ("Britain Votes to Leave EU; Cameron to Quit by October\nThe prime minister said he would go.",
     ["Britain Votes to Leave EU; Cameron to Quit by October", "The prime minister said he would go."]),
    ("BREAKING: Polls close at 8 p.m. in Pennsylvania\nVoters in line will be allowed to vote.",
     ["BREAKING: Polls close at 8 p.m. in Pennsylvania", "Voters in line will be allowed to vote."]),
    ("The prime minister told reporters in London that the government would\nLeave the talks.",
     ["The prime minister told reporters in London that the government would\nLeave the talks."]),
]


@pytest.mark.parametrize(("text", "expected"), SPLITS, ids=[s[0][:30] for s in SPLITS])
def test_split(text: str, expected: list[str]) -> None:
    sentences = split_sentences(text)
    assert [text[s.start:s.end] for s in sentences] == expected
    assert [s.index for s in sentences] == list(range(len(expected)))


def test_offsets_are_exact_on_unicode_text() -> None:
    text = "Moscow’s readiness was stressed.  “Talks,” he said.\n\nLast line"
    sentences = split_sentences(text)
    assert [text[s.start:s.end] for s in sentences] == [
        "Moscow’s readiness was stressed.", "“Talks,” he said.", "Last line"]


def test_empty_text_has_no_sentences() -> None:
    assert split_sentences("") == []
    assert split_sentences(" \n\n ") == []


def test_a_stretch_with_no_sentence_end_is_cut_into_pieces_at_clause_breaks() -> None:
    # a list run together with no full stop: pieces no longer than MAX_SENTENCE, each ending
    # after a comma, and together they hold every word in order
    text = "officials met on Monday, " * 400
    sentences = split_sentences(text)
    assert len(sentences) > 1
    assert all(s.end - s.start <= MAX_SENTENCE for s in sentences)
    assert all(text[s.start:s.end].endswith(",") for s in sentences[:-1])
    assert " ".join(text[s.start:s.end] for s in sentences) == text.strip()


def test_text_with_no_space_at_all_is_cut_at_the_length() -> None:
    text = "x" * (2 * MAX_SENTENCE + 10)
    assert [(s.start, s.end) for s in split_sentences(text)] == \
        [(0, MAX_SENTENCE), (MAX_SENTENCE, 2 * MAX_SENTENCE), (2 * MAX_SENTENCE, len(text))]


def test_a_long_news_sentence_is_not_cut() -> None:
    sentence = ("The ministers, who met on Monday in Brussels after " + "talks, " * 80 +
                "agreed on a plan.")
    assert 600 < len(sentence) < MAX_SENTENCE
    assert [(s.start, s.end) for s in split_sentences(sentence + " It held.")] == \
        [(0, len(sentence)), (len(sentence) + 1, len(sentence) + 9)]
