"""How drf-spectacular reads the project's serializers (``DEFAULT_SCHEMA_CLASS``): what it would leave out.

Kept apart from ``coincraft.schema``, which imports DRF views: DRF imports this module from its settings.
"""

from drf_spectacular import openapi
from drf_spectacular.extensions import OpenApiSerializerExtension
from rest_framework import serializers

# Free text in a request never holds NUL (DRF's ProhibitNullCharactersValidator); text that is trimmed and
# may not be blank needs one character besides whitespace ("   " is refused as blank). The empty text of a
# field that may be blank is documented beside the pattern by drf-spectacular, so NO_NUL does not match it.
NO_NUL = r"^[^\x00]+$"
# Python trims \x1c-\x1f as whitespace too (str.isspace), which a Unicode \s leaves out: named here.
NOT_BLANK = r"^[^\x00]*[^\s\x00\x1c-\x1f][^\x00]*$"


class AutoSchema(openapi.AutoSchema):
    """drf-spectacular's, plus what the serializers refuse and it leaves out of the document: the bounds of
    nested lists (``OptionInSerializer(many=True, max_length=10)``), NUL in text and blank trimmed text."""

    def _map_serializer_field(self, field, direction, bypass_extensions=False):
        schema = super()._map_serializer_field(field, direction, bypass_extensions)
        if (direction == "request" and isinstance(field, serializers.CharField) and isinstance(schema, dict)
                and schema.get("type") == "string" and not {"enum", "format", "pattern"} & schema.keys()):
            schema["pattern"] = NOT_BLANK if field.trim_whitespace and not field.allow_blank else NO_NUL
        return schema

    def _unwrap_list_serializer(self, serializer, direction):
        schema = super()._unwrap_list_serializer(serializer, direction)
        if schema and schema.get("type") == "array" and isinstance(serializer, serializers.ListSerializer):
            if serializer.min_length is not None:
                schema["minItems"] = serializer.min_length
            if serializer.max_length is not None:
                schema["maxItems"] = serializer.max_length
        return schema


class OneOfRequiredExtension(OpenApiSerializerExtension):
    """Documents ``coincraft.api.OneOfRequired``: the body needs at least one of the spellings."""

    target_class = "coincraft.api.OneOfRequired"
    match_subclasses = True

    def map_serializer(self, auto_schema, direction):
        schema = auto_schema._map_serializer(self.target, direction, bypass_extensions=True)
        if direction == "request":
            # Each branch repeats its property, so that openapi-typescript keeps the body's type.
            schema["anyOf"] = [{"properties": {name: schema["properties"][name]}, "required": [name]}
                               for name in self.target.one_of_required]
        return schema
