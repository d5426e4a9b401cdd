"""The dependency floors stay above releases with published security advisories, and the lock file
pins every runtime package, with hashes, at versions the floors allow."""
from __future__ import annotations

import re
import tomllib
from pathlib import Path

import pytest
from packaging.requirements import Requirement
from packaging.utils import canonicalize_name
from packaging.version import Version

ROOT = Path(__file__).resolve().parents[2]

# package: (first release past its advisories, the advisories) — raise a floor, never lower it
ADVISORIES = {
    "flask": ("3.1.3", "CVE-2025-47278, CVE-2026-27205"),
    "werkzeug": ("3.1.6", "CVE-2024-49766, CVE-2024-49767, CVE-2025-66221, CVE-2026-21860, CVE-2026-27199"),
    "jinja2": ("3.1.6", "CVE-2024-56201, CVE-2024-56326, CVE-2025-27516"),
    "requests": ("2.33.0", "CVE-2024-47081, CVE-2026-25645"),
    "urllib3": ("2.7.0", "CVE-2025-66418, CVE-2025-66471, CVE-2026-21441, CVE-2026-44431, CVE-2026-44432"),
    "idna": ("3.15", "CVE-2026-45409"),
    "certifi": ("2024.7.4", "CVE-2024-39689"),
    "cryptography": ("50.0.0", "CVE-2026-26007, CVE-2026-34073, CVE-2026-39892, CVE-2026-69247"),
    "pyjwt": ("2.13.0", "CVE-2026-32597, CVE-2026-48522 to CVE-2026-48526"),
    "icalendar": ("7.1.3", "CVE-2026-55099"),
    "pyasn1": ("0.6.4", "CVE-2026-30922, CVE-2026-59885, CVE-2026-59886"),
    "protobuf": ("6.33.5", "CVE-2026-0994"),
    "gunicorn": ("23.0.0", "CVE-2024-1135, CVE-2024-6827"),
    "waitress": ("3.0.1", "CVE-2024-49768, CVE-2024-49769"),
}


def project() -> dict:
    return tomllib.loads((ROOT / "pyproject.toml").read_text())


def requirements() -> dict[str, Requirement]:
    return {canonicalize_name(r.name): r for r in map(Requirement, project()["project"]["dependencies"])}


def floor(requirement: Requirement) -> Version | None:
    floors = [Version(s.version) for s in requirement.specifier if s.operator in (">=", "==", "~=")]
    return max(floors) if floors else None


def locked() -> dict[str, tuple[Version, int]]:
    """Each pinned package of requirements.lock, with how many hashes it carries."""
    text = (ROOT / "requirements.lock").read_text()
    pins = {}
    for block in re.split(r"\n(?=[A-Za-z0-9])", text):
        match = re.match(r"([A-Za-z0-9_.\-]+)==(\S+)", block)
        if match:
            pins[canonicalize_name(match.group(1))] = (Version(match.group(2)), block.count("--hash=sha256:"))
    return pins


@pytest.mark.parametrize("name", sorted(ADVISORIES))
def test_each_floor_is_past_the_published_advisories(name):
    fixed, advisories = ADVISORIES[name]
    requirement = requirements().get(name)
    assert requirement is not None, f"{name} needs a floor of {fixed} ({advisories})"
    assert floor(requirement) is not None and floor(requirement) >= Version(fixed), f"{name}: {advisories}"


def test_the_build_backend_is_past_its_advisories():
    [setuptools] = [Requirement(r) for r in project()["build-system"]["requires"] if r.startswith("setuptools")]
    assert floor(setuptools) >= Version("83")  # CVE-2025-47273, CVE-2026-59890


def test_the_lock_pins_every_runtime_package_with_hashes_within_the_floors():
    pins = locked()
    for name, requirement in requirements().items():
        assert name in pins, f"{name} is missing from requirements.lock"
        version, hashes = pins[name]
        assert requirement.specifier.contains(version), f"{name}=={version} is below {requirement}"
    assert all(hashes >= 1 for _version, hashes in pins.values())
    for name, (fixed, _advisories) in ADVISORIES.items():
        assert pins[name][0] >= Version(fixed)
