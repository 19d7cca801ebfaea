"""One settings object for the whole application (env prefix ``CHAINKG_``)."""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path
from typing import Literal

from pydantic import BaseModel, Field, SecretStr
from pydantic_settings import BaseSettings, SettingsConfigDict


class Neo4jSettings(BaseModel):
    """Connection to a Neo4j server (``CHAINKG_NEO4J__URI`` …)."""

    uri: str = "bolt://127.0.0.1:7687"
    user: str = "neo4j"
    password: SecretStr = SecretStr("")
    database: str = "neo4j"
    batch_size: int = Field(default=1000, ge=1)


class ElasticSettings(BaseModel):
    """Connection to an Elasticsearch server (``CHAINKG_ELASTIC__URL`` …)."""

    url: str = "http://127.0.0.1:9200"
    index_prefix: str = "chainkg"
    api_key: SecretStr | None = None


class Settings(BaseSettings):
    """Application settings; every field can be set as ``CHAINKG_<FIELD>``."""

    model_config = SettingsConfigDict(
        env_prefix="CHAINKG_", env_nested_delimiter="__", extra="ignore"
    )

    backend: Literal["embedded", "neo4j"] = "embedded"
    # "elastic" uses the ``elastic`` group below (install the ``elastic`` extra).
    search_backend: Literal["embedded", "elastic"] = "embedded"
    data_dir: Path = Path.home() / ".local" / "share" / "chainkg"
    db_name: str = "chainkg.sqlite"
    max_file_bytes: int = Field(default=50 * 1024 * 1024, ge=1)
    passage_chars: int = Field(default=400, ge=50)
    search_page_max: int = Field(default=100, ge=1)
    api_key: SecretStr | None = None
    neo4j: Neo4jSettings = Neo4jSettings()
    elastic: ElasticSettings = ElasticSettings()

    @property
    def db_path(self) -> Path:
        """The embedded backend's SQLite file."""
        return self.data_dir / self.db_name


@lru_cache(maxsize=1)
def get_settings() -> Settings:
    """The process-wide settings, read from the environment once."""
    return Settings()
