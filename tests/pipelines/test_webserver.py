"""`make dev` serves these definitions: the Dagster webserver starts and lists the assets over GraphQL."""

from __future__ import annotations

import json
import os
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

QUERY = '{ assetNodes { assetKey { path } } }'


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def test_webserver_lists_the_assets(tmp_path: Path) -> None:
    port = free_port()
    env = {**os.environ, "DAGSTER_HOME": str(tmp_path), "MINUTES_GRAPH_HOME": str(tmp_path / "home")}
    (tmp_path / "dagster.yaml").write_text("telemetry:\n  enabled: false\n", encoding="utf-8")
    webserver = Path(sys.executable).with_name("dagster-webserver")
    process = subprocess.Popen([str(webserver), "-m", "pipelines.definitions", "-h", "127.0.0.1", "-p", str(port)],
                               env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        assets = None
        deadline = time.monotonic() + 120
        while time.monotonic() < deadline and assets is None:
            try:
                request = urllib.request.Request(f"http://127.0.0.1:{port}/graphql",
                                                 data=json.dumps({"query": QUERY}).encode(),
                                                 headers={"Content-Type": "application/json"})
                with urllib.request.urlopen(request, timeout=5) as response:
                    assets = json.load(response)["data"]["assetNodes"]
            except (OSError, KeyError, TypeError):
                time.sleep(1)
        assert assets is not None, "the webserver did not answer within two minutes"
        names = {"/".join(node["assetKey"]["path"]) for node in assets}
        assert names >= {"parsed_document", "extracted_records", "resolved_entities", "graph"}
    finally:
        process.terminate()
        process.wait(timeout=30)
