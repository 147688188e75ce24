"""A small client of the pledgegraph HTTP API, runnable against a running server.

    pledgegraph ingest corpus/ && pledgegraph serve          # in one terminal
    python examples/client.py --url http://127.0.0.1:8000    # in another

It asks who backs troops for Ukraine (by its Italian name), shows France's profile with the quotes behind it,
walks every page of the nations, and shows what an error looks like. With --api-key it also dry-runs a curated
claim file (nothing is stored).
"""

from __future__ import annotations

import argparse
import sys

import httpx

CURATED = """\
schema: pledgegraph/curated@1
source:
  title: Example note
  published_at: 2025-09-12
  language: en
  text: The United Kingdom has signed an agreement to send troops to Ukraine.
claims:
  - subject: GBR
    relation: PLEDGES
    kinds: [troops]
    beneficiary: UKR
    modality: signed
    quote: The United Kingdom has signed an agreement to send troops to Ukraine.
"""


def all_pages(api: httpx.Client, path: str, **params: object) -> list[dict]:
    """Every item of a paged list, following next_offset."""
    items: list[dict] = []
    offset: int | None = 0
    while offset is not None:
        page = api.get(path, params={**params, "limit": 200, "offset": offset})
        page.raise_for_status()
        body = page.json()
        items += body["items"]
        offset = body["next_offset"]
    return items


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--url", default="http://127.0.0.1:8000", help="where the API answers")
    parser.add_argument("--api-key", help="the server's PLEDGEGRAPH_API_KEY, to try a dry-run ingest")
    args = parser.parse_args(argv)

    with httpx.Client(base_url=args.url, timeout=30) as api:
        health = api.get("/health").json()
        print(f"store: {health['store']} ({health['status']})")
        if health["status"] != "ok":
            print(health.get("detail"), file=sys.stderr)
            return 1

        print("\nWho backs troops for Ukraine (beneficiary given as 'Ucraina'):")
        r = api.get("/backers", params={"kind": "troops", "beneficiary": "Ucraina"})
        r.raise_for_status()
        for b in r.json()["backers"]:
            ev = b["claims"][0]["evidence"][0] if b["claims"] and b["claims"][0]["evidence"] else None
            quote = f" — “{ev['quote']}” ({ev['title'] or ev['url']})" if ev else ""
            print(f"  {b['actor']['id']:<28} {b['highest_modality']:<10}{quote}")

        print("\nFrance (asked for as 'Francia'):")
        profile = api.get("/actors/Francia")
        if profile.status_code == 200:
            p = profile.json()
            for section in ("pledges", "supports", "opposes", "declines"):
                for view in p[section]["items"][:5]:
                    c = view["claim"]
                    print(f"  {section:<9} {view['object_label']:<40} [{c['modality']}]")
            partners = ", ".join(x["actor"]["name"] for x in p["partners"]["items"])
            print(f"  coordinates with: {partners or '-'}")
            print(f"  member of: {', '.join(m['dst'] for m in p['memberships']['items']) or '-'}")

        nations = all_pages(api, "/actors", kind="nation")
        print(f"\n{len(nations)} nations in the graph (every page walked)")

        r = api.get("/actors/Atlantis")
        print(f"\nAn unknown actor: {r.status_code} {r.headers['content-type']}: {r.json()['detail']}")
        r = api.get("/backers", params={"knd": "troops"})
        print(f"A misspelt parameter: {r.status_code}: field {r.json()['field']!r}")

        if args.api_key:
            r = api.post(
                "/ingest",
                params={"dry_run": "true"},
                json={"curated": CURATED},
                headers={"X-API-Key": args.api_key},
            )
            if r.status_code == 200:
                body = r.json()
                print(
                    f"\nDry run: {len(body['claims'])} claim(s) {body['claim_ids']}, stored: {body['stored']}"
                )
            else:
                print(f"\nDry run refused: {r.status_code} {r.json()['detail']}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
