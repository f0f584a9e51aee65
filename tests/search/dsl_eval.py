"""Helpers for testing the search-cluster path without a cluster.

- `offline_backend(kind, monkeypatch)`: a backend configured by search.config the way a
  deployment is, pointing at a port where nothing listens. Building the client sends no
  request, so mappings, documents, settings and queries can be inspected as data.
- `evaluate(request, documents, properties)`: applies the filter-only part of the query
  DSL that registers/search_cluster.py generates (bool must/filter, term, terms, match_all,
  `match` on a keyword field, post_filter, filter and terms aggregations, sort on `_score`
  or a keyword) to documents made by Wagtail's mapping.

`evaluate` tests the *logic* of our request (which documents a filter keeps, what each
aggregation counts); it is not an Elasticsearch stand-in: there is no text analysis, no
scoring and no server, and it refuses any clause it does not implement rather than guess.
"""

from collections import Counter

from search.config import search_backends

# Port 9 (discard): nothing answers there; constructing the client makes no request.
OFFLINE_URL = "http://127.0.0.1:9"

BACKEND_KINDS = {
    "elasticsearch8": ("ELASTICSEARCH", "8"),
    "elasticsearch9": ("ELASTICSEARCH", "9"),
    "opensearch2": ("OPENSEARCH", "2"),
    "opensearch3": ("OPENSEARCH", "3"),
}


def offline_backend(kind: str, monkeypatch):
    """The `default` backend search.config.search_backends() gives for `kind`."""
    from modelsearch.backends import import_backend

    product, version = BACKEND_KINDS[kind]
    for name in ("ELASTICSEARCH_URL", "OPENSEARCH_URL", "SEARCH_INDEX_PREFIX"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv(f"{product}_URL", OFFLINE_URL)
    monkeypatch.setenv(f"{product}_VERSION", version)
    params = dict(search_backends(index_prefix="test")["default"])
    return import_backend(params.pop("BACKEND"))(params)


class UnsupportedDSL(NotImplementedError):
    pass


def _as_list(value) -> list:
    if value is None:
        return []
    return value if isinstance(value, list) else [value]


def _field_type(properties: dict, field: str) -> str:
    if field not in properties:
        raise UnsupportedDSL(f"{field!r} is not in the mapping")
    return properties[field]["type"]


def matches(clause: dict, doc: dict, properties: dict) -> bool:
    """Whether `doc` passes `clause` (filter context: yes or no, no score)."""
    if len(clause) != 1:
        raise UnsupportedDSL(f"one query type per clause expected: {clause}")
    ((kind, body),) = clause.items()
    if kind == "match_all":
        return True
    if kind == "bool":
        unknown = set(body) - {"must", "filter"}
        if unknown:
            raise UnsupportedDSL(f"bool.{sorted(unknown)}")
        return all(
            matches(sub, doc, properties)
            for key in ("must", "filter")
            for sub in _as_list(body.get(key))
        )
    if kind in {"term", "terms", "match"}:
        ((field, wanted),) = body.items()
        field_type = _field_type(properties, field)
        if kind == "match" and field_type != "keyword":
            # On text it would need the analyzer: out of scope (see module docstring).
            raise UnsupportedDSL(f"match on {field_type} field {field!r}")
        if field_type not in {"keyword", "boolean", "integer", "long"}:
            raise UnsupportedDSL(f"{kind} on {field_type} field {field!r}")
        wanted = set(wanted) if kind == "terms" else {wanted}
        return bool(wanted & set(_as_list(doc.get(field))))
    raise UnsupportedDSL(kind)


def _aggregate(aggs: dict, docs: list, properties: dict) -> dict:
    results = {}
    for name, agg in aggs.items():
        sub_aggs = agg.get("aggs", {})
        ((kind, body),) = ((k, v) for k, v in agg.items() if k != "aggs")
        if kind == "filter":
            kept = [doc for doc in docs if matches(body, doc, properties)]
            results[name] = {"doc_count": len(kept), **_aggregate(sub_aggs, kept, properties)}
        elif kind == "terms" and not sub_aggs:
            _field_type(properties, body["field"])
            counts = Counter(
                value for doc in docs for value in set(_as_list(doc.get(body["field"])))
            )
            # The cluster's default order: most documents first, then by key.
            ordered = sorted(counts.items(), key=lambda item: (-item[1], item[0]))
            size = body.get("size", 10)
            results[name] = {
                "doc_count_error_upper_bound": 0,
                "sum_other_doc_count": sum(count for _key, count in ordered[size:]),
                "buckets": [{"key": key, "doc_count": count} for key, count in ordered[:size]],
            }
        else:
            raise UnsupportedDSL(f"aggregation {kind}")
    return results


def _sorted(docs: list, sort: list, properties: dict) -> list:
    for key in reversed(sort):  # stable sorts, last key first
        if key == "_score":
            continue  # filter-only queries: every score is the same
        ((field, order),) = key.items()
        order = order["order"] if isinstance(order, dict) else order
        if _field_type(properties, field) != "keyword":
            raise UnsupportedDSL(f"sort on {field!r}")
        docs = sorted(docs, key=lambda doc: str(doc.get(field)), reverse=order == "desc")
    return docs


def evaluate(request: dict, documents: dict, properties: dict) -> dict:
    """A response-shaped answer to `request` over `documents` ({_id: document})."""
    unknown = set(request) - {"query", "post_filter", "aggs", "size", "sort", "_source"}
    if unknown:
        raise UnsupportedDSL(f"request keys {sorted(unknown)}")
    docs = [{"_id": doc_id, **doc} for doc_id, doc in documents.items()]
    queried = [
        doc for doc in docs if matches(request.get("query", {"match_all": {}}), doc, properties)
    ]
    hits = [
        doc
        for doc in queried
        if matches(request.get("post_filter", {"match_all": {}}), doc, properties)
    ]
    hits = _sorted(hits, request.get("sort", []), properties)
    response = {
        "hits": {
            "total": {"value": len(hits), "relation": "eq"},
            "hits": [{"_id": doc["_id"], "_score": 1.0} for doc in hits[: request.get("size", 10)]],
        }
    }
    if "aggs" in request:
        response["aggregations"] = _aggregate(request["aggs"], queried, properties)
    return response
