"""The API answers JSON whatever the Accept header (coincraft.negotiation), choosing as DRF does."""

import pytest
from django.http import Http404
from rest_framework.exceptions import NotAcceptable
from rest_framework.negotiation import DefaultContentNegotiation
from rest_framework.renderers import BrowsableAPIRenderer, JSONRenderer, TemplateHTMLRenderer
from rest_framework.request import Request
from rest_framework.test import APIRequestFactory

from coincraft.negotiation import JsonFallbackNegotiation

ACCEPTS = [None, "*/*", "application/json", "text/html", "application/json; indent=4", "text/html, */*;q=0.1",
           "application/*", "*/*; indent=2", "image/png", ""]
RENDERERS = [[JSONRenderer()], [JSONRenderer(), BrowsableAPIRenderer()], [TemplateHTMLRenderer()]]


def request_with(accept, query):
    headers = {} if accept is None else {"HTTP_ACCEPT": accept}
    return Request(APIRequestFactory().get("/api/users/me" + query, **headers))


def drf_choice(request, renderers):
    try:
        renderer, media_type = DefaultContentNegotiation().select_renderer(request, renderers)
    except NotAcceptable:
        renderer, media_type = renderers[0], renderers[0].media_type
    except Http404:  # a ?format= that no renderer has
        return Http404
    return type(renderer), media_type


def our_choice(request, renderers):
    try:
        renderer, media_type = JsonFallbackNegotiation().select_renderer(request, renderers)
    except Http404:
        return Http404
    return type(renderer), media_type


@pytest.mark.parametrize("renderers", RENDERERS, ids=["json", "json+browsable", "html"])
@pytest.mark.parametrize("query", ["", "?format=json", "?format=api", "?page=2"])
@pytest.mark.parametrize("accept", ACCEPTS)
def test_the_renderer_is_drfs_choice_or_else_the_first(accept, query, renderers):
    # given
    request = request_with(accept, query)
    # when
    choice = our_choice(request, renderers)
    # then
    assert choice == drf_choice(request_with(accept, query), renderers)
