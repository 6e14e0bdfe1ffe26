"""What the timeline draws once curation applies (Qt-free): deleted events and non-events
hidden, a tag filter, a lane per document or per tag, and same-happening clusters.

A collapsed cluster is one event in a "Same happening" lane at the top and its members leave
their lanes; an expanded cluster keeps its marker there and its members return to their own
lanes (each still the real event, linked to its source sentence).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass, field

from timeline_app.core.curation import Cluster, find_clusters, visible
from timeline_app.core.models import DateSource, Document, Event, Granularity

CLUSTER_LANE = "__clusters__"
TAG_LANE_PREFIX = "__tag__:"
UNTAGGED = "(untagged)"
CLUSTER_EVENT_LIMIT = 20_000  # above this many events clusters are not searched (pairwise cost)


@dataclass
class Presentation:
    """How the timeline shows the curated documents."""

    lanes: str = "document"  # "document" or "tag"
    clusters: bool = True
    expanded: set[str] = field(default_factory=set)
    found: list[Cluster] = field(default_factory=list)  # the clusters of the last ``present``


def present(documents: Sequence[Document], options: Presentation, tag: str | None = None) -> list[Document]:
    """The documents as the timeline should draw them (see the module docstring)."""
    if not _needs_work(documents, options, tag):
        options.found = []
        return list(documents)
    total = sum(len(d.events) for d in documents)
    options.found = find_clusters(documents) if options.clusters and total <= CLUSTER_EVENT_LIMIT else []
    hidden = {m for c in options.found if c.id not in options.expanded for m in c.members}
    shown = [d.model_copy(update={"events": [e for e in d.events if visible(e) and e.id not in hidden
                                             and (tag is None or tag in e.tags)]}) for d in documents]
    lanes = _tag_lanes(shown) if options.lanes == "tag" else shown
    if options.found:
        lanes = [_cluster_lane(documents, options.found)] + lanes
    return lanes


def _needs_work(documents: Sequence[Document], options: Presentation, tag: str | None) -> bool:
    if tag is not None or options.lanes != "document" or len(documents) > 1 and options.clusters:
        return True
    return any(not visible(e) for d in documents for e in d.events)


def _tag_lanes(documents: Sequence[Document]) -> list[Document]:
    by_tag: dict[str, list[Event]] = {}
    for doc in documents:
        for event in doc.events:
            for tag in event.tags or [UNTAGGED]:
                by_tag.setdefault(tag, []).append(event)
    names = sorted((t for t in by_tag if t != UNTAGGED), key=str.casefold)
    names += [UNTAGGED] if UNTAGGED in by_tag else []
    return [Document(id=TAG_LANE_PREFIX + name, title=name if name == UNTAGGED else f"#{name}", text="",
                     events=by_tag[name]) for name in names]


def _cluster_lane(documents: Sequence[Document], clusters: Sequence[Cluster]) -> Document:
    events = {e.id: (d, e) for d in documents for e in d.events}
    out = []
    for cluster in clusters:
        first = events[cluster.members[0]][1]
        day = dt.datetime(cluster.day.year, cluster.day.month, cluster.day.day)
        sources = "; ".join(f"{(d.title or d.id)}: “{e.label}”" for d, e in (events[m] for m in cluster.members))
        out.append(Event(id=cluster.id, document_id=CLUSTER_LANE, sentence_index=0,
                         label=f"{len(cluster.members)} reports: {first.label}", start=day,
                         end=day + dt.timedelta(days=1), granularity=Granularity.DAY,
                         date_source=DateSource.EXPLICIT,
                         explanation=f"same day, similar wording (similarity ≥ {cluster.similarity:.2f}); "
                                     f"click to expand or collapse. {sources}"))
    return Document(id=CLUSTER_LANE, title="Same happening", text="", events=out)


def is_cluster(event_id: str | None) -> bool:
    return bool(event_id) and str(event_id).startswith("cluster:")
