"""How files are read: corpus column names, an encoding override, a year for datelines."""

from __future__ import annotations

from pydantic import BaseModel, ConfigDict, Field

TEXT_COLUMNS: tuple[str, ...] = ("text", "body", "content", "article", "full_text", "story")
DATE_COLUMNS: tuple[str, ...] = (
    "published",
    "publication_date",
    "date_published",
    "pubdate",
    "date",
    "dct",
    "published_at",
    "publish_date",
)
TITLE_COLUMNS: tuple[str, ...] = ("title", "headline", "heading")
ID_COLUMNS: tuple[str, ...] = ("id", "doc_id", "document_id", "article_id", "uid")
URL_COLUMNS: tuple[str, ...] = ("url", "link", "source_url", "canonical_url")


class ReadOptions(BaseModel):
    """Options for ``read_path``. A column left ``None`` is found among the usual names
    (case-insensitive): text/body/content/..., published/publication_date/date/...,
    title/headline, id/doc_id, url/link."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    text_column: str | None = None
    date_column: str | None = None
    title_column: str | None = None
    id_column: str | None = None
    url_column: str | None = None
    encoding: str | None = Field(
        default=None, description="decode every file with this codec instead of detecting it"
    )
    dateline_year: int | None = Field(
        default=None,
        ge=1,
        le=9999,
        description="year for datelines written without one ('MOSCOW, Dec. 8 (Reuters) -')",
    )
