"""Sentence splitting with exact character offsets.

A sentence ends at ``.``, ``!`` or ``?`` (with any closing quotes or brackets) followed by
white space and a capital, digit or opening quote, unless the word before the period is an
abbreviation that does not end sentences ("Maj. Gen.", "Dec. 8", "No. 5", initials such as
"J. R."). Ambiguous abbreviations ("U.S.", "Inc.") end a sentence only when the next word
is a usual sentence opener ("The", "He", ...); "a.m." and "p.m." end one unless a day, month or
time zone follows ("3 p.m. Tuesday", "9 a.m. EST", "6 a.m. Beijing time"). A blank line always
ends a sentence. Offsets are into the original text; each sentence is trimmed of surrounding
white space.

A single line break ends a sentence in a list: before a bulleted line ("- Oct. 7: Talks resume"),
before an entry that opens with its date and a dash or colon ("Feb. 2 - Supporters ...",
"1998 — Lists ...", "3.15pm: The leader ..."), after a short heading line without a full
stop ("2019", "Thursday, Aug. 14", "Updated 14:05 GMT"), and after a longer headline in title case
or flagged as an alert ("Cameron to Quit by October", "BREAKING: Polls close at 8 p.m."). A line wrapped in running text
("... said on\nTuesday that ...") ends with a word that continues, so it stays one sentence.

A stretch longer than ``MAX_SENTENCE`` characters with no sentence end is cut into pieces at a
clause break or a space (see ``_append``).
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from timeline_app.core.models import Sentence
from timeline_app.parsing.cancel import TEXT_STRIDE, Cancel, check
from timeline_app.parsing.construct import construct

# titles and words that are followed by a name or number, never by a new sentence
_NEVER_FINAL = frozenset("""
mr mrs ms dr prof gen maj col lt sgt capt cmdr adm gov sen rep rev fr st sr jr messrs mmes
brig cpl pvt pres supt det insp hon amb atty
jan feb mar apr jun jul aug sep sept oct nov dec
no nos vol p pp ch fig art sec para
vs v etc al e.g i.e mt ft
""".split())
# abbreviations that may also end a sentence
_AMBIGUOUS = frozenset("""
u.s u.k u.n u.s.a e.u inc corp co ltd llc bros plc d.c n.y l.a
""".split())
# "10 a.m. Investigators said": a clock time ends the sentence unless its day, month or time
# zone follows ("3 p.m. Tuesday", "9 a.m. EST", "11 a.m. Eastern time", "10 a.m. Jan. 5"), the
# time in another zone ("9 a.m. (1400 GMT)") or a number ("from 3 p.m. 4 a.m. ...": a list)
_CLOCK = frozenset({"a.m", "p.m"})
_AFTER_CLOCK = frozenset("""
monday tuesday wednesday thursday friday saturday sunday mon tue tues wed thu thur thurs fri sat sun
january february march april may june july august september october november december
jan feb mar apr jun jul aug sep sept oct nov dec
eastern central pacific mountain atlantic local
est edt cst cdt mst mdt pst pdt et pt ct gmt utc bst ist cet cest eet eest msk jst aest aedt
ast adt hst hdt akst akdt awst acst acdt nzst nzdt kst hkt sgt pht pkt wib sast
""".split())
def _place_time(text: str, start: int) -> bool:
    """Whether a place's time opens the text at ``start``: "Beijing time", "New York time"."""
    words = text[start : start + 40].split(maxsplit=4)
    for count in range(1, min(len(words), 4)):
        if words[count].rstrip(".,;:)") == "time":
            return all(word[:1].isupper() for word in words[:count])
    return False


_ZONE_WORDS = frozenset("eastern central pacific mountain atlantic local".split())
_ZONE_NAME_ENDS = frozenset("Time Standard Daylight Summer Prevailing".split())
_OPENERS = frozenset("""
the a an he she it they we i you this that these those there but and in on at for after
before when while if as his her its their our my some many most one two three mr mrs ms dr
however meanwhile still yet also officials police critics analysts
""".split())
_BOUNDARY = re.compile(
    r"(?P<end>[.!?]+['\"”’)\]]*)(?P<space>[ \t]*\n[ \t]*\n\s*|\s+)(?=[\"“‘'(\[]?[A-Z0-9])"
    r"|(?P<para>\n[ \t]*\n\s*)"
)
# a line break that ends a list entry or heading (see the module doc)
_LINE_BREAK = re.compile(r"\n(?=[ \t]*\S)")
_BULLET = re.compile(r"[ \t]*[-–—•*·▪][ \t]")
_ENTRY_HEAD = re.compile(  # a line opening with a date or time, then a dash or colon
    r"[ \t]*(?=[A-Z0-9])(?=[^\n:]{0,8}\d)[^\n:]{1,32}?(?:[ \t][-–—][ \t]|:[ \t]|[ \t](?:BST|GMT|ET|EST|EDT|UTC)[ \t])")
_HEADING_LENGTH = 40  # characters: a longer line without a full stop is wrapped running text
# (hard-wrapped text runs 60 to 80 characters a line)
_CONTINUES = frozenset("""
a an the of to in on at by for from with and or but as that than who which said says
""".split())
_HEADLINE_LENGTH = 120  # characters: the longest headline line read as a heading
# a headline's small words, the only ones title case leaves in lower case
_HEADLINE_SMALL = frozenset("a an the of to in on at by for from with and or but as vs v. is be up off".split())
# words flagging a one-line alert before its story ("BREAKING: Polls close at 8 p.m.")
_ALERTS = ("BREAKING", "UPDATE", "FLASH", "URGENT", "DEVELOPING", "JUST IN")
_LAST_WORD = re.compile(r"([\w.&'-]+)[.!?]*['\"”’)\]]*$")
_NEXT_WORD = re.compile(r"[\"“‘'(\[]?(\w+)")
_INITIALISM = re.compile(r"(?:[a-z]\.)+[a-z]")
_LOOK_BACK = 64  # characters; longer than any abbreviation the lists hold
_WORDS_KEPT = 4096  # last words of candidate sentence ends kept for reuse in one text


def _is_boundary(text: str, start: int, match: re.Match[str], words: dict[str, str]) -> bool:
    """Decide whether a candidate period really ends the sentence; ``words`` keeps the
    words found before (text dwells on a few abbreviations)."""
    space = match.group("space")
    if space is None or "\n" in space and "\n\n" in space.replace(" ", ""):
        return True  # a blank line
    end = match.group("end")
    if not end.startswith(".") or end.startswith(".."):
        return True
    # look back a bounded stretch only: searching from the sentence start made a long run of
    # abbreviations ("Mr. Dec. 8 Gen. ...", "3 p.m. 4 a.m. ...") quadratic
    window = max(start, match.start("end") - _LOOK_BACK)
    # the word holds no space or line break: start the search after the last one (a run of
    # short abbreviations, "3 p.m. 4 a.m. ...", would otherwise retry the whole window)
    stop = match.start("end") + 1
    window = max(window, text.rfind(" ", window, stop) + 1, text.rfind("\n", window, stop) + 1)
    word = words.get(text[window:stop])
    if word is None:
        if len(words) >= _WORDS_KEPT:
            words.clear()
        before = _LAST_WORD.search(text, window, stop)
        word = words[text[window:stop]] = before.group(1).lower().rstrip(".") if before else ""
    if word in _NEVER_FINAL:
        return False
    if word in _CLOCK:
        following = _NEXT_WORD.match(text, match.end())
        if following is not None and following.group(1).lower() in _ZONE_WORDS:
            # "6 p.m. Eastern time", "9 p.m. Pacific Standard Time", but "from 2 p.m. to 6 p.m.
            # Central Park hit 93", "at 10 p.m. Local officials said": a name starts a sentence
            named = _NEXT_WORD.match(text, following.end() + 1)
            if named is None or named.group(1) in _ZONE_NAME_ENDS or \
                    named.group(1).lower() in _AFTER_CLOCK or named.group(1) == "time":
                return False
            return named.group(1)[0].isupper() or following.group(1) == "Local"
        if following is not None and following.group(1)[:1].isupper() and \
                following.group(1).lower() not in _OPENERS and _place_time(text, match.end()):
            return False  # "at 6:30 a.m. Beijing time", "5:46 a.m. New York time"
        return following is None or not following.group().startswith("(") and \
            not following.group(1)[0].isdigit() and following.group(1).lower() not in _AFTER_CLOCK
    if (len(word) == 1 and word.isalpha()  # an initial: "J. R. Ewing"
            or word in _AMBIGUOUS or _INITIALISM.fullmatch(word)):
        following = _NEXT_WORD.match(text, match.end())
        return following is not None and following.group(1).lower() in _OPENERS
    return True


def split_sentences(text: str, *, cancel: Cancel = None) -> list[Sentence]:
    """Split ``text`` into sentences with exact, end-exclusive character offsets.

    ``cancel`` is polled every ``TEXT_STRIDE`` characters (see ``parsing.cancel``).
    """
    sentences: list[Sentence] = []
    start = 0
    poll_at = TEXT_STRIDE
    words: dict[str, str] = {}
    for match in _candidates(text):
        if cancel is not None and match.start() >= poll_at:
            poll_at = match.start() + TEXT_STRIDE
            check(cancel)
        if match.re is _LINE_BREAK:
            if match.start() < start or not _ends_line(text, match.start()):
                continue
            cut = match.start()
        elif not _is_boundary(text, start, match, words) and not (
                "\n" in match.group() and _ends_line(text, match.start() + match.group().index("\n"))):
            continue
        else:
            cut = match.end("end") if match.group("end") is not None else match.start()
        _append(sentences, text, start, cut)
        start = match.end()
    _append(sentences, text, start, len(text))
    return sentences


def _candidates(text: str) -> Iterator[re.Match[str]]:
    """Sentence-end candidates in text order: full stops and blank lines, then line breaks."""
    if "\n" not in text:
        yield from _BOUNDARY.finditer(text)
        return
    ends = _BOUNDARY.finditer(text)
    lines = _LINE_BREAK.finditer(text)
    end, line = next(ends, None), next(lines, None)
    while end is not None or line is not None:
        if line is None or end is not None and end.start() <= line.start():
            assert end is not None
            yield end
            end = next(ends, None)
        else:
            if end is None or line.start() < end.start():
                yield line
            line = next(lines, None)


def _ends_line(text: str, newline: int) -> bool:
    """Whether the line break at ``newline`` ends a list entry or a heading line."""
    if _BULLET.match(text, newline + 1) or _ENTRY_HEAD.match(text, newline + 1):
        return True
    following = text[newline + 1 : newline + 3].lstrip()[:1]
    line = text[text.rfind("\n", 0, newline) + 1 : newline].strip()
    if not (following.isupper() or following.isdigit()) or not line or line[-1] in ",;(-":
        return False
    if len(line) > _HEADING_LENGTH and not (len(line) <= _HEADLINE_LENGTH and _is_headline(line)):
        return False
    last = line.rsplit(None, 1)[-1].lower()
    return last not in _CONTINUES


def _is_headline(line: str) -> bool:
    """Whether a line longer than a short heading is a headline over its story: an alert
    ("BREAKING: ...") or title case, every word but the small ones capitalized ("Fed to Hold
    Rates Wednesday, Economists Say"); wrapped running text has lower-case words."""
    if line.startswith(_ALERTS):
        return True
    words = line.split()
    capitals = 0
    for word in words:
        first = word.lstrip("\"'‘“(")[:1]
        if first.islower():
            if word.lower().rstrip(",;:") not in _HEADLINE_SMALL:
                return False
        elif first.isupper():
            capitals += 1
    return capitals >= 4


# no sentence of news runs this long (the longest in the development corpus is some 600
# characters): a longer stretch with no sentence end (a list run together, text with no
# punctuation) is cut into pieces of at most this many characters, so that what is asked of
# the words around each expression in its sentence stays bounded
MAX_SENTENCE = 2000
# where such a piece is cut: after the last clause break in its second half, else at its last
# white space, else (no white space at all) at the length itself
_PIECE_BREAKS = ("; ", ", ", " ")


def _append(sentences: list[Sentence], text: str, start: int, end: int) -> None:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    while end - start > MAX_SENTENCE:
        limit = start + MAX_SENTENCE
        cut = limit
        for mark in _PIECE_BREAKS:
            found = text.rfind(mark, start + MAX_SENTENCE // 2, limit)
            if found >= 0:
                cut = found + len(mark) - 1  # after the comma or semicolon, before the space
                break
        _append(sentences, text, start, max(cut, start + 1))
        start = max(cut, start + 1)
        while start < end and text[start].isspace():
            start += 1
    if end > start:
        sentences.append(construct(Sentence, index=len(sentences), start=start, end=end))


def paragraph_breaks(text: str, sentences: list[Sentence]) -> list[bool]:
    """For each sentence, whether a blank line separates it from the one before."""
    breaks = [True] * len(sentences)
    for i in range(1, len(sentences)):
        gap = text[sentences[i - 1].end : sentences[i].start]
        breaks[i] = gap.count("\n") >= 2
    return breaks
