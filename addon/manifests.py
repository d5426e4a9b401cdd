"""``afterview manifests``: the Google add-on deployment file and the two Outlook manifests."""
from __future__ import annotations

import json
from pathlib import Path


def write_all(base_url: str, out_dir: Path) -> list[Path]:
    """Write and validate the three manifests for ``base_url``; returns the files written."""
    from .gmail import manifest as manifest_google
    from .outlook import manifest as manifest_outlook

    base_url = base_url.rstrip("/")
    if not base_url.startswith("https://"):
        raise ValueError("add-ons are served over HTTPS: --base-url must start with https://")
    files = {
        out_dir / "google" / "deployment.json": json.dumps(manifest_google.deployment(base_url), indent=2) + "\n",
        out_dir / "outlook" / "manifest.xml": manifest_outlook.xml_manifest(base_url),
        out_dir / "outlook" / "manifest.json": json.dumps(manifest_outlook.json_manifest(base_url), indent=2) + "\n",
    }
    manifest_google.validate(json.loads(files[out_dir / "google" / "deployment.json"]))
    manifest_outlook.validate_json(json.loads(files[out_dir / "outlook" / "manifest.json"]))
    for path, text in files.items():
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
    return list(files)
