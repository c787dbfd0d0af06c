"""The layers contract (``.importlinter``) covers the whole code: every package of the project is in
it, and every module of ``coincraft`` is placed in a layer (the base, or the wiring on top)."""

from __future__ import annotations

import configparser
import re
from pathlib import Path

from django.conf import settings

BASE = Path(settings.BASE_DIR)


def contract() -> configparser.ConfigParser:
    config = configparser.ConfigParser()
    config.read(BASE / ".importlinter")
    return config


def layered_modules() -> set[str]:
    layers = contract()["importlinter:contract:layers"]["layers"]
    return set(re.split(r"[\s:|]+", layers.strip())) - {""}


def test_every_app_of_the_project_is_a_root_package_of_the_contract():
    apps = {path.parent.name for path in BASE.glob("*/apps.py")}
    roots = set(contract()["importlinter"]["root_packages"].split())
    assert apps <= roots, apps - roots
    assert {"coincraft", "accounts", "economy", "learning", "classroom"} <= apps


def test_every_module_of_the_project_package_is_in_a_layer():
    modules = {f"coincraft.{path.stem}" for path in (BASE / "coincraft").glob("*.py") if path.stem != "__init__"}
    packages = {f"coincraft.{path.parent.name}" for path in (BASE / "coincraft").glob("*/__init__.py")}
    missing = (modules | packages) - layered_modules()
    assert not missing, f"add to a layer of .importlinter: {sorted(missing)}"
