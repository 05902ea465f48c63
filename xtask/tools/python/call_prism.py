"""One real call through a generated Python client, against a Prism mock of its spec.

`cargo xtask other-languages` generates the `pembalasan_client` package of each family from
spec/<family>.json (openapi-python-client), starts `prism mock spec/<family>.json` and runs:

    python call_prism.py BASE_URL FAMILY

with that family's generated project on PYTHONPATH. The script makes the family's call from
CALLS below, checks that the reply decodes into the generated model and exits 0; anything else
prints why and exits 1. For a family with an access token it sends one as `api-access-token`
(Prism checks that the header is there).
"""

from __future__ import annotations

import importlib
import pkgutil
import sys
from dataclasses import dataclass
from http import HTTPStatus
from types import ModuleType
from typing import Any

import httpx

import pembalasan_client
import pembalasan_client.api
import pembalasan_client.models


@dataclass(frozen=True)
class Call:
    """The operation a family is checked with, its arguments and the model its reply decodes to."""

    operation: str
    arguments: dict[str, Any]
    model: str
    is_list: bool
    token_header: str | None


CALLS = {
    # Shaped like real identifiers: an inbox identifier is a random token, a contact identifier
    # (the contact's source id) a UUID.
    "public": Call(
        operation="list_conversations",
        arguments={
            "inbox_identifier": "qTUTzNHqJb2u2GEJfGPSQnJH",
            "contact_identifier": "0c7bb5f8-3a5e-4c4c-9a36-6a2c3d0b9f11",
        },
        model="PublicConversation",
        is_list=True,
        token_header=None,
    ),
    "application": Call(
        operation="list_conversations",
        arguments={"account_id": 1},
        model="ConversationList",
        is_list=False,
        token_header="api-access-token",
    ),
    "platform": Call(
        operation="list_accounts",
        arguments={},
        model="PlatformAccount",
        is_list=True,
        token_header="api-access-token",
    ),
}


def find_operation(name: str) -> ModuleType:
    """The generated module of operation `name`, whichever tag folder it was put in."""
    prefix = pembalasan_client.api.__name__ + "."
    for info in pkgutil.walk_packages(pembalasan_client.api.__path__, prefix):
        if info.name.rsplit(".", 1)[-1] == name:
            return importlib.import_module(info.name)
    raise SystemExit(
        f"call_prism: the generated client has no operation module {name!r} under "
        f"{pembalasan_client.api.__name__} (is the operationId spelled {name!r} in the spec?)"
    )


def fail(message: str) -> int:
    print(f"call_prism: {message}", file=sys.stderr)
    return 1


def client_for(base_url: str, call: Call) -> Any:
    """A plain client, or an authenticated one that sends a test token in the family's header."""
    timeout = httpx.Timeout(20.0)
    if call.token_header is None:
        return pembalasan_client.Client(base_url=base_url, timeout=timeout)
    return pembalasan_client.AuthenticatedClient(
        base_url=base_url,
        token="test-access-token",
        prefix="",
        auth_header_name=call.token_header,
        timeout=timeout,
    )


def main(argv: list[str]) -> int:
    if len(argv) != 3 or argv[2] not in CALLS:
        print(f"usage: call_prism.py BASE_URL {{{'|'.join(CALLS)}}}", file=sys.stderr)
        return 2
    base_url, family = argv[1], argv[2]
    call = CALLS[family]
    operation = find_operation(call.operation)
    model = getattr(pembalasan_client.models, call.model)
    with client_for(base_url, call) as client:
        response = operation.sync_detailed(client=client, **call.arguments)
    where = f"{call.operation} at {base_url}"
    if response.status_code != HTTPStatus.OK:
        violations = response.headers.get("sl-violations", "(none)")
        body = response.content.decode("utf-8", "replace")[:2000]
        return fail(
            f"{where} answered {int(response.status_code)}, expected 200\n"
            f"  sl-violations: {violations}\n  body: {body}"
        )
    parsed = response.parsed
    items = parsed if call.is_list else [parsed]
    if not isinstance(items, list) or not items:
        return fail(
            f"{where}: expected {'a non-empty list' if call.is_list else 'one object'}, "
            f"the client decoded {parsed!r:.200}; give the 200 response an example"
        )
    for index, item in enumerate(items):
        if not isinstance(item, model):
            return fail(f"{where}: item {index} is a {type(item).__name__}, not a {call.model}")
    print(f"call_prism: {call.operation} -> 200, decoded {len(items)} {call.model}(s)")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
