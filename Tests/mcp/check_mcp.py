#!/usr/bin/env python3
"""`guichet mcp` driven by a real client: the MCP Python SDK (PyPI `mcp`), over stdio, as an assistant would.

Launches `guichet mcp -s ROOT --as-of 2026-11-28` with `stdio_client`, opens a `ClientSession`, lists the tools and
calls each of them; compute_deadline's answers are compared with `guichet rules eval --json` (the rules module's
own command) on dated cases across a weekend, a public holiday and the 19 June 2026 rule change. Prints
`PASS name` or `FAIL name: reason` per check, then `N passed, N failed`; exits 1 if one failed.
"""
import argparse
import asyncio
import json
import subprocess
import sys

from mcp import ClientSession, StdioServerParameters
from mcp.client.stdio import stdio_client
try:  # the SDK's error type: MCPError from 2.0, McpError before
    from mcp.shared.exceptions import MCPError as McpError
except ImportError:
    from mcp.shared.exceptions import McpError

AS_OF = "2026-11-28"
TOOLS = {"search_articles", "read_article", "list_rules", "explain_rule", "compute_deadline"}

# (function, arguments): a weekend, a public holiday (Christmas, the 14 July), the 19 June 2026 change.
DEADLINES = [
    ("withdrawal.period.deadline", {"received": "2026-06-07"}),   # ends on a Sunday: moved to Monday 22 June
    ("withdrawal.period.deadline", {"received": "2026-12-11"}),   # ends on Christmas, then a weekend
    ("withdrawal.period.deadline", {"received": "2026-06-30"}),   # ends on 14 July
    ("delivery.seller_confirmation.deadline", {"purchased": "2026-06-18"}),
    ("delivery.seller_confirmation.deadline", {"purchased": "2026-06-19"}),
    ("claims.waiting_period.opens_at", {"validated": "2026-06-18T10:00"}),
    ("claims.waiting_period.opens_at", {"validated": "2026-06-19T10:00"}),
    ("claims.waiting_period.can_open", {"validated": "2026-06-01T10:00", "at": "2026-06-02T10:00"}),
    ("withdrawal.refund.deadline", {"notified": "2026-12-20"}),
]


def ensure(condition, message):
    if not condition:
        raise AssertionError(message)


def field(value, snake):
    """A field of an SDK object, named in snake_case from mcp 2.0 and in camelCase before."""
    if hasattr(value, snake):
        return getattr(value, snake)
    head, *rest = snake.split("_")
    return getattr(value, head + "".join(part.title() for part in rest))


def structured(result):
    return field(result, "structured_content")


def error_message(error):
    return error.error.message


def text_of(result):
    return "".join(c.text for c in result.content if getattr(c, "type", "") == "text")


def rules_eval(guichet, function, arguments):
    out = subprocess.run([guichet, "rules", "eval", function, *[f"{k}={v}" for k, v in arguments.items()],
                          "--as-of", AS_OF, "--json"], check=True, capture_output=True, text=True).stdout
    return json.loads(out)


async def run(args):
    params = StdioServerParameters(command=args.guichet, args=["mcp", "-s", args.root, "--as-of", AS_OF])
    results = []

    async def check(name, body):
        try:
            await body()
            results.append((name, None))
            print(f"PASS {name}", flush=True)
        except Exception as error:  # a failed check, whatever it raised
            results.append((name, error))
            print(f"FAIL {name}: {type(error).__name__}: {error}", flush=True)

    async with stdio_client(params) as (read, write):
        async with ClientSession(read, write) as session:
            init = await session.initialize()
            server = field(init, "server_info").name
            ensure(server == "guichet", f"server {server!r}")

            async def tools():
                listed = (await session.list_tools()).tools
                ensure({t.name for t in listed} == TOOLS, f"tools {[t.name for t in listed]}")
                for tool in listed:
                    ensure(field(tool, "input_schema").get("type") == "object", f"{tool.name}: schema {field(tool, 'input_schema')}")
                    ensure(tool.description and tool.description[0].isupper(), f"{tool.name}: no description")
                    ensure(tool.annotations and field(tool.annotations, "read_only_hint"), f"{tool.name} is not read-only")

            async def search():
                result = await session.call_tool("search_articles", {"query": "délai de rétractation"})
                ensure(not field(result, "is_error"), text_of(result))
                found = structured(result)["results"]
                ensure(found, "no result")
                ensure(found[0]["url"].endswith("/annulation-retractation/delai-de-retractation/")
                       or found[0]["url"].endswith("/annulation-retractation/droit-de-retractation/"), f"first {found[0]}")
                ensure(all(r["title"] and r["snippet"] for r in found), "a result without title or snippet")
                empty = await session.call_tool("search_articles", {"query": "zzqxw"})
                ensure(structured(empty)["results"] == [] and "Aucun résultat" in text_of(empty), text_of(empty))

            async def read_article():
                result = await session.call_tool("read_article", {"article": "delai-de-retractation"})
                markdown = text_of(result)
                ensure(markdown.startswith("# Délai de rétractation\n"), markdown[:80])
                ensure("{{" not in markdown and "## Règles appliquées" in markdown, "references left, or no rules")
                by_url = await session.call_tool("read_article", {"article": "/annulation-retractation/delai-de-retractation/index.html"})
                ensure(text_of(by_url) == markdown, "the URL and the slug give different articles")

            async def rules():
                listed = await session.call_tool("list_rules", {})
                ids = [r["id"] for r in structured(listed)["rules"]]
                ensure("withdrawal.period" in ids and len(ids) > 10, f"rules {ids}")
                explained = await session.call_tool("explain_rule", {"id": "withdrawal.period"})
                data = structured(explained)
                ensure(data["rule"]["id"] == "withdrawal.period" and data["rule"]["source"], f"{data['rule']}")
                ensure(any(a["url"].endswith("/delai-de-retractation/") for a in data["articles"]), f"articles {data['articles']}")
                ensure("withdrawal.period.deadline" in data["functions"], f"functions {data['functions']}")
                changed = await session.call_tool("explain_rule", {"id": "withdrawal.function"})
                ensure(len(structured(changed)["versions"]) >= 2, "withdrawal.function has no version before 19 June 2026")

            async def deadlines():
                for function, arguments in DEADLINES:
                    result = await session.call_tool("compute_deadline", {"function": function, "arguments": arguments})
                    expected = rules_eval(args.guichet, function, arguments)
                    got = structured(result)
                    ensure(got["value"] == expected["value"] and got["text"] == expected["text"],
                           f"{function} {arguments}: mcp {got['value']!r} / {got['text']!r}, rules eval "
                           f"{expected['value']!r} / {expected['text']!r}")
                    ensure(got["rules"] and got["rules"][0]["source"], f"{function}: no source")
                refused = await session.call_tool("compute_deadline", {"function": "claims.waiting_period.can_open",
                                                  "arguments": {"validated": "2026-06-01T10:00", "at": "2026-06-02T10:00"}})
                ensure(structured(refused)["value"] is False and structured(refused)["refusal"],
                       f"no refusal: {structured(refused)}")
                ensure(text_of(refused).startswith("Non"), text_of(refused))

            async def errors():
                for tool, arguments, named in [
                    ("compute_deadline", {"function": "withdrawal.period.deadline", "arguments": {"recieved": "2026-06-07"}}, "arguments.recieved"),
                    ("compute_deadline", {"function": "withdrawal.period.deadline", "arguments": {"received": "7 juin"}}, "arguments.received"),
                    ("explain_rule", {"id": "withdrawal.periode"}, "'id'"),
                    ("read_article", {"article": "nulle-part"}, "'article'"),
                    ("search_articles", {}, "'query'"),
                ]:
                    try:
                        result = await session.call_tool(tool, arguments)
                    except McpError as error:
                        ensure(named in error_message(error), f"{tool}: {error_message(error)!r} does not name {named}")
                        continue
                    raise AssertionError(f"{tool} {arguments}: no error, answered {text_of(result)[:120]!r}")
                # The server is still there after them.
                again = await session.call_tool("list_rules", {})
                ensure(structured(again)["rules"], "no answer after the errors")

            async def resources():
                listed = (await session.list_resources()).resources
                articles = [r for r in listed if str(r.uri).endswith("/index.md")]
                ensure(len(articles) >= 20, f"{len(articles)} article resources")
                content = (await session.read_resource(articles[0].uri)).contents[0]
                ensure(content.text.startswith("# ") and field(content, "mime_type") == "text/markdown", content.text[:60])

            for name, body in [("tools", tools), ("search_articles", search), ("read_article", read_article),
                               ("list_rules and explain_rule", rules), ("compute_deadline", deadlines),
                               ("errors", errors), ("resources", resources)]:
                await check(name, body)

    failed = [name for name, error in results if error]
    print(f"{len(results) - len(failed)} passed, {len(failed)} failed")
    return 1 if failed else 0


def main():
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--guichet", required=True, help="the built guichet executable")
    parser.add_argument("--root", required=True, help="the site's folder (Content/, guichet.yml)")
    sys.exit(asyncio.run(run(parser.parse_args())))


if __name__ == "__main__":
    main()
