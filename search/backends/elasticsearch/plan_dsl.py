"""A query plan (search/pipeline.py) as Elasticsearch/OpenSearch query DSL.

The database engines take the plan's terms (search/matching.py); a cluster takes this:

- a term is a `bool.should` of its alternatives with `minimum_should_match: 1`, an
  alternative (one or more words that must all match: a phrase from the synonym list, a
  compound's parts, the words of the names an abbreviation was read as) a `multi_match`
  with `operator: and` over the searched fields;
- the plan's required terms must all match (`bool.must`); its optional ones (boilerplate,
  unknown words) only add to the score (`bool.should`);
- soft AND (`soft=True`): no entry has every required term, so any one is enough
  (`minimum_should_match: 1`), and the cluster's BM25 already weighs rarer terms more, as
  the database path's rarity weights do. The caller asks again with `soft=True` when the
  strict request finds nothing (the database path's order of events);
- typos: the pipeline corrects a word into the vocabulary before the DSL is written (the
  vocabulary comes from the database, which a deployment with a cluster has too). A word
  it could not place is sent with `fuzziness: AUTO`, the cluster's own edit distance, so a
  word only the cluster's texts know still counts; like on the database path it never
  makes a query fail, unless it is all that was typed.

Differences the engines force (README "Search"): the cluster matches a word through its
analysis (stemming, compound parts from a word list, search/backends/elasticsearch/
analysis.py), the database path through prefixes and compound tails.
"""

from modelsearch.query import SearchQuery

from search.words import as_terms

FUZZY = "AUTO"


def alternative_clause(words, fields, *, fuzzy=False) -> dict:
    match = {"query": " ".join(words), "operator": "and", "fields": list(fields)}
    if fuzzy:
        match["fuzziness"] = FUZZY
    return {"multi_match": match}


def term_clause(alternatives, fields, *, fuzzy=False) -> dict:
    """Any of a term's alternatives ([tuple of words, …])."""
    clauses = [alternative_clause(words, fields, fuzzy=fuzzy) for words in alternatives]
    if len(clauses) == 1:
        return clauses[0]
    return {"bool": {"should": clauses, "minimum_should_match": 1}}


def terms_clause(required, fields, *, optional=(), fuzzy_optional=(), soft=False) -> dict:
    """`required`, `optional`: terms as [[tuple of words, …], …] (QueryPlan.match_terms);
    `fuzzy_optional`: optional terms matched with the cluster's edit distance."""
    must = [term_clause(term, fields) for term in required]
    should = [term_clause(term, fields) for term in optional]
    should += [term_clause(term, fields, fuzzy=True) for term in fuzzy_optional]
    if soft and len(must) > 1:
        must = [{"bool": {"should": must, "minimum_should_match": 1}}]
    if not must:
        return {"bool": {"should": should, "minimum_should_match": 1}} if should else {}
    if not should and len(must) == 1:
        return must[0]
    query = {"must": must}
    if should:
        query["should"] = should
    return {"bool": query}


def plan_clause(plan, fields, *, soft=False) -> dict:
    """The text part of a cluster query for a QueryPlan ({} when it has no words).

    Unknown words are fuzzy and optional; when they are all there is, they are required
    (the cluster may know a word the vocabulary of names does not)."""
    known = [term for term in plan.terms if not term.unknown]
    unknown = [term.alternatives for term in plan.terms if term.unknown]
    required = [term for term in known if not term.optional] or known
    optional = [term for term in known if term not in required]
    if not required and unknown:
        return terms_clause([], fields, fuzzy_optional=unknown)
    return terms_clause(
        plan.match_terms(required),
        fields,
        optional=plan.match_terms(optional),
        fuzzy_optional=unknown,
        soft=soft,
    )


class PlanTerms(SearchQuery):
    """Match terms of a plan ([[tuple of words, …], …], all required) as a query object
    Wagtail's search() accepts: our query compilers (the backend modules beside this)
    compile it with terms_clause()."""

    def __init__(self, terms):
        self.terms = as_terms(terms)

    def __repr__(self):
        return f"<PlanTerms {self.terms!r}>"


class PlanQueryCompilerMixin:
    """Compile PlanTerms; any other query as Wagtail does."""

    def get_inner_query(self):
        if isinstance(self.query, PlanTerms):
            fields = [field.field_name_with_boost for field in self.remapped_fields]
            return terms_clause(self.query.terms, fields) or {"match_none": {}}
        return super().get_inner_query()
