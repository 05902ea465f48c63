"""One real call through the generated Python client, against a Prism mock of the spec.

`cargo xtask other-languages` generates the `pembalasan_client` package from spec/openapi.json
(openapi-python-client), starts `prism mock spec/openapi.json` and runs:

    python call_prism.py BASE_URL

with the generated project on PYTHONPATH. The script calls the list-conversations operation
(operationId `list_conversations`, GET
/public/api/v1/inboxes/{inbox_identifier}/contacts/{contact_identifier}/conversations), checks
that the reply decodes into a non-empty list of the generated `PublicConversation` model and
exits 0; anything else prints why and exits 1.
"""

from __future__ import annotations

import importlib
import pkgutil
import sys
from http import HTTPStatus
from types import ModuleType

import httpx

import pembalasan_client.api
from pembalasan_client import Client
from pembalasan_client.models import PublicConversation

OPERATION = "list_conversations"
# Shaped like real identifiers: an inbox identifier is a random token, a contact identifier
# (the contact's source id) a UUID.
INBOX_IDENTIFIER = "qTUTzNHqJb2u2GEJfGPSQnJH"
CONTACT_IDENTIFIER = "0c7bb5f8-3a5e-4c4c-9a36-6a2c3d0b9f11"


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


def main(argv: list[str]) -> int:
    if len(argv) != 2:
        print("usage: call_prism.py BASE_URL", file=sys.stderr)
        return 2
    base_url = argv[1]
    operation = find_operation(OPERATION)
    with Client(base_url=base_url, timeout=httpx.Timeout(20.0)) as client:
        response = operation.sync_detailed(
            inbox_identifier=INBOX_IDENTIFIER,
            contact_identifier=CONTACT_IDENTIFIER,
            client=client,
        )
    where = f"{OPERATION} at {base_url}"
    if response.status_code != HTTPStatus.OK:
        violations = response.headers.get("sl-violations", "(none)")
        body = response.content.decode("utf-8", "replace")[:2000]
        return fail(
            f"{where} answered {int(response.status_code)}, expected 200\n"
            f"  sl-violations: {violations}\n  body: {body}"
        )
    parsed = response.parsed
    if not isinstance(parsed, list):
        return fail(f"{where}: expected a list, the client decoded {type(parsed).__name__}")
    if not parsed:
        return fail(
            f"{where}: the mock answered an empty list, so no PublicConversation was decoded; "
            "give the 200 response an example with at least one conversation"
        )
    for index, item in enumerate(parsed):
        if not isinstance(item, PublicConversation):
            return fail(f"{where}: item {index} is a {type(item).__name__}, not a PublicConversation")
    first = parsed[0]
    print(
        f"call_prism: {OPERATION} -> 200, decoded {len(parsed)} PublicConversation(s); "
        f"first: id={getattr(first, 'id', '?')!r} status={getattr(first, 'status', '?')!s}"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
