"""How drf-spectacular reads the project's serializers (``DEFAULT_SCHEMA_CLASS``): what it would leave out.

Kept apart from ``coincraft.schema``, which imports DRF views: DRF imports this module from its settings.
"""

from drf_spectacular import openapi
from drf_spectacular.extensions import OpenApiSerializerExtension
from rest_framework import serializers


class AutoSchema(openapi.AutoSchema):
    """drf-spectacular's, plus the bounds of nested lists (``OptionInSerializer(many=True, max_length=10)``),
    which it leaves out of the document although the serializer refuses more."""

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
