"""Shared model base classes. The project package owns no tables of its own."""

import uuid

from django import forms
from django.core.exceptions import NON_FIELD_ERRORS, ValidationError
from django.db import models, router
from django.db.models import Q
from django.utils.text import capfirst

from coincraft import days


class ConstraintErrorsOnFields:
    """Report a violated database constraint on the one field it is about.

    Django reports a violated ``CheckConstraint`` (and a ``UniqueConstraint`` with its own message) as an
    error of the whole form. A constraint that reads a single field is about that field, so the admin
    shows its ``violation_error_message`` under it ("Choose a day from 1 to 28") and the API names it; a
    constraint over several fields stays an error of the whole form. Every constraint of the project has a
    ``violation_error_message`` written for the parent or teacher who reads it.
    """

    def validate_constraints(self, exclude=None):
        using = router.db_for_write(type(self), instance=self)
        errors: dict[str, list] = {}
        for model_class, constraints in self.get_constraints():
            for constraint in constraints:
                try:
                    constraint.validate(model_class, self, exclude=exclude, using=using)
                except ValidationError as error:
                    fields = constraint_fields(constraint)
                    key = next(iter(fields)) if len(fields) == 1 else NON_FIELD_ERRORS
                    errors.setdefault(key, []).extend(error.error_list)
        if errors:
            raise ValidationError(errors)


def constraint_fields(constraint) -> set[str]:
    """The names of the model fields a constraint reads (for a unique one: the fields it makes unique)."""
    if getattr(constraint, "fields", None):
        return set(constraint.fields)
    parts = [*getattr(constraint, "expressions", ()), getattr(constraint, "condition", None)]
    return Q(*[part for part in parts if part is not None]).referenced_base_fields


class BaseModel(ConstraintErrorsOnFields, models.Model):
    """A UUID primary key (the API speaks UUID strings) and creation/update times."""

    id = models.UUIDField(primary_key=True, default=uuid.uuid4, editable=False)
    created_at = models.DateTimeField(auto_now_add=True, db_index=True)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        abstract = True


class TimeZoneField(models.CharField):
    """An IANA time zone name ("Europe/Paris"), one that zoneinfo knows (``coincraft.days``); the
    server's ``TIME_ZONE`` by default. Forms offer the zones as a list to choose from."""

    def __init__(self, *args, **kwargs):
        kwargs.setdefault("max_length", days.TIME_ZONE_MAX_LENGTH)
        kwargs.setdefault("default", days.default_time_zone)
        super().__init__(*args, **kwargs)

    @property
    def validators(self):
        return [*super().validators, days.validate_time_zone]

    def formfield(self, **kwargs):
        kwargs.pop("widget", None)  # the admin's text input: a zone is chosen from the list
        kwargs.pop("max_length", None)
        defaults = {"required": not self.blank, "label": capfirst(self.verbose_name), "help_text": self.help_text,
                    "choices": days.time_zone_choices, "initial": self.get_default()}
        return forms.ChoiceField(**{**defaults, **kwargs})
