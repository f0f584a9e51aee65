"""The register's facet checkboxes, rendered by registers/templatetags/register_tags.py."""

import re

from django.template import Context, Template
from django.utils import translation

from registers.search import FACETS_BY_PARAM, FacetResult, FacetValue


def render(values, *more):
    results = [FacetResult(FACETS_BY_PARAM["deelnemer"], values), *more]
    template = Template("{% load register_tags %}{% facet_fieldsets results %}")
    with translation.override("nl"):
        return template.render(Context({"results": results}))


def test_one_fieldset_per_facet_with_values_each_with_its_legend():
    html = render(
        [FacetValue("zaanstad", "Zaanstad", 2, False)],
        FacetResult(FACETS_BY_PARAM["domein"], []),  # no values: no fieldset
        FacetResult(FACETS_BY_PARAM["fase"], [FacetValue("uitvoering", "Uitvoering", 1, True)]),
    )
    assert html.count("<fieldset") == 2 and html.count("<legend") == 2
    first, second = html.split("</fieldset>")[:2]
    assert "Deelnemer" in first and 'name="deelnemer"' in first
    assert 'name="fase"' in second and 'value="uitvoering" checked' in second
    assert 'name="domein"' not in html


def test_first_eight_shown_the_rest_folded_and_opened_when_one_is_chosen():
    values = [FacetValue(f"org-{n}", f"Organisatie {n}", 20 - n, False) for n in range(12)]
    html = render(values)
    assert html.count('type="checkbox"') == 12
    shown, folded = html.split("<details", 1)
    assert shown.count('type="checkbox"') == 8
    assert "Alle 12 waarden tonen" in folded
    assert '<details class="facet__more">' in "<details" + folded  # closed: nothing chosen

    values[10] = FacetValue("org-10", "Organisatie 10", 0, True)
    opened = render(values)
    assert '<details class="facet__more" open>' in opened
    assert re.search(r'value="org-10" checked>', opened)


def test_ids_pair_each_checkbox_with_its_label_and_text_is_escaped():
    html = render([FacetValue('a"b', "<script>alert(1)</script>", 3, False)])
    assert "<script>" not in html
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html
    assert 'value="a&quot;b"' in html
    assert 'id="f-deelnemer-1"' in html and 'for="f-deelnemer-1"' in html
    assert "(3)" in html and "<details" not in html
