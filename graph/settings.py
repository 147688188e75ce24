"""Settings, read from the environment (PLEDGEGRAPH_*, NEO4J_*) by pydantic-settings when asked, never at import."""

from __future__ import annotations

from pathlib import Path
from typing import Literal

from pydantic import AliasChoices, Field, SecretStr
from pydantic_settings import BaseSettings, SettingsConfigDict


class Settings(BaseSettings):
    model_config = SettingsConfigDict(env_prefix="PLEDGEGRAPH_", extra="ignore")

    store: Literal["embedded", "neo4j"] = Field(default="embedded", description="which store to use")
    data_dir: Path = Field(
        default=Path(".pledgegraph"),
        description="folder of the embedded store; its graph lives in DATA_DIR/graph.json",
    )
    neo4j_home: Path = Field(default=Path(".neo4j"), description="folder of the project's local Neo4j")
    neo4j_uri: str | None = Field(default=None, validation_alias=AliasChoices("NEO4J_URI", "PLEDGEGRAPH_NEO4J_URI"))
    neo4j_user: str = Field(default="neo4j", validation_alias=AliasChoices("NEO4J_USER", "PLEDGEGRAPH_NEO4J_USER"))
    neo4j_password: SecretStr | None = Field(
        default=None, validation_alias=AliasChoices("NEO4J_PASSWORD", "PLEDGEGRAPH_NEO4J_PASSWORD")
    )
    neo4j_database: str = Field(
        default="neo4j", validation_alias=AliasChoices("NEO4J_DATABASE", "PLEDGEGRAPH_NEO4J_DATABASE")
    )
    cypher_timeout: float = Field(default=10.0, gt=0, description="seconds a read-only Cypher query may run")
    cypher_row_cap: int = Field(default=1000, gt=0, description="rows returned by read-only Cypher at most")
    api_key: SecretStr | None = Field(default=None, description="key that write endpoints require")
    max_body_bytes: int = Field(default=2_000_000, gt=0, description="largest request body the API accepts")
    cors_origins: list[str] = Field(default_factory=list)
    max_document_bytes: int = Field(default=5_000_000, gt=0, description="largest text the extractor reads")

    @property
    def graph_file(self) -> Path:
        return self.data_dir / "graph.json"
