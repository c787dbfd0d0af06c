"""Curricula: JSON files of modules, validated like the teachers' API, loaded by slug.

``starter.json`` is the starter curriculum every installation gets from ``seed_demo``: six money
modules for children (saving, needs vs wants, budgeting, earning, interest, giving).
"""

import json
import re
from pathlib import Path

from coincraft.exceptions import InvalidInput
from learning.api.serializers import ModuleCreateInSerializer
from learning.services import curriculum_import, difficulty_of, options_problem, question_kind

STARTER = Path(__file__).with_name("starter.json")
SLUG = re.compile(r"[-a-zA-Z0-9_]+")  # Django's validate_slug
SLUG_MAX_LENGTH = 100  # Module.slug


class CurriculumError(ValueError):
    """A record of the file is invalid; the message names it and its field."""


FORMAT = """{"modules": [{"slug": "saving-101", "title": "...", "description": "...", "category": "Saving",
  "difficulty": "easy", "duration": 15, "points_reward": 20, "published": true, "ageGroup": "younger_child",
  "sections": [{"title": "...", "type": "lesson", "content": "...", "duration": "5 min"}],
  "quiz": [{"question": "...", "explanation": "...", "kind": "single",
            "options": [{"text": "...", "isCorrect": true}, {"text": "...", "isCorrect": false}]}]}]}
A question's "kind" is "single" (exactly one correct option) or "multiple" (pick all that are right: at
least one correct option and at least one that is not); left out, it is "multiple" when several options
are correct, otherwise "single"."""


def validate_records(data) -> list[dict]:
    """Each record checked like the teachers' API does; the first bad one is named, with its field."""
    modules = data.get("modules") if isinstance(data, dict) else data
    if not isinstance(modules, list):
        raise CurriculumError('The file must hold {"modules": [...]} (or a list of modules).')
    records, slugs = [], set()
    for index, raw in enumerate(modules):
        label = f"modules[{index}]"
        if not isinstance(raw, dict):
            raise CurriculumError(f"{label}: a module must be an object")
        slug = raw.get("slug")
        label += f" (slug {slug!r})" if slug else ""
        if not isinstance(slug, str) or not slug.strip():
            raise CurriculumError(f"{label}: slug: a unique slug is required to re-import idempotently")
        slug = slug.strip()
        # The database would take a malformed slug silently (SQLite) or fail mid-import (PostgreSQL).
        if len(slug) > SLUG_MAX_LENGTH or not SLUG.fullmatch(slug):
            raise CurriculumError(f"{label}: slug: use at most {SLUG_MAX_LENGTH} letters, digits, '-' or '_'")
        if slug in slugs:
            raise CurriculumError(f"{label}: slug: appears twice in the file")
        slugs.add(slug)
        serializer = ModuleCreateInSerializer(data=raw)
        if not serializer.is_valid():
            field, messages = next(iter(serializer.errors.items()))
            raise CurriculumError(f"{label}: {field}: {json.dumps(messages)}")
        try:
            difficulty_of(serializer.validated_data.get("difficulty"))
        except InvalidInput as exc:  # checked here, not mid-import, so the record and field are named
            raise CurriculumError(f"{label}: difficulty: {exc.detail}")
        quiz = serializer.validated_data.get("quiz") or []
        for q_index, question in enumerate(quiz):
            correct = [bool(o.get("isCorrect")) for o in question.get("options") or []]
            problem = options_problem(correct, question_kind(question.get("kind"), correct))
            if problem:
                raise CurriculumError(f"{label}: quiz[{q_index}]: {problem}")
        # A curriculum is meant for children: its modules are published unless the record says otherwise.
        records.append({**serializer.validated_data, "slug": slug, "published": raw.get("published", True) is True})
    return records


def starter_load():
    """Import the starter curriculum (idempotent); returns the import report."""
    return curriculum_import(records=validate_records(json.loads(STARTER.read_text(encoding="utf-8"))))
