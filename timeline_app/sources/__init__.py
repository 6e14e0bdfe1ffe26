"""From files on disk to documents: text, Markdown, HTML, TimeML and corpora (CSV, JSON Lines,
JSON), each with its publication date found the way a person would find it.

    read_path(path, options) -> Iterator[Document]   one file; a corpus yields one per row
    iter_paths(paths) -> Iterator[Path]              folders expanded to the supported files
    parse_publication_date(value) -> date            --dct and every date field
    ReadOptions                                      column names, encoding, dateline year

Bad input raises an ``InputError`` subclass naming the file and what to do; see
``timeline_app.core.errors``. No Qt here.
"""

from timeline_app.sources.corpus import CorpusRowsError
from timeline_app.sources.dates import parse_publication_date
from timeline_app.sources.options import ReadOptions
from timeline_app.sources.reader import SUPPORTED_SUFFIXES, is_article_file, iter_paths, read_path

__all__ = [
    "SUPPORTED_SUFFIXES",
    "CorpusRowsError",
    "ReadOptions",
    "is_article_file",
    "iter_paths",
    "parse_publication_date",
    "read_path",
]
