"""The temporal parser (English news): sentences, temporal expressions, resolution, events.

    parse_document(doc)          split, recognise, resolve against doc.dct, build events
    resolve_document(doc, dct)   re-resolve an already parsed document against a new date
    parse_text(text, dct=None)   convenience wrapper around parse_document
    split_sentences(text)        sentences with exact character offsets

Recognition is driven by the rule data in resources/rules (see ``parsing.rules``); resolution
(``parsing.resolver``) is a pure function of each expression's ``spec`` (``parsing.spec``),
its tense and the publication date.
"""

from timeline_app.parsing.pipeline import parse_document, parse_text, resolve_document
from timeline_app.parsing.sentences import split_sentences
from timeline_app.parsing.spec import Spec

__all__ = ["Spec", "parse_document", "parse_text", "resolve_document", "split_sentences"]
