"""The links to factsheets, for the pages whose content they print.

{% factsheet_url page %}                                a programme line's factsheet
{% factsheet_url page partnership=partnership %}        a partnership's (page: the register)
{% factsheet_url page organisation=organisation %}      an organisation's
{% factsheet_url page query=selection_query_string %}   a register selection's
"""

from django import template

from factsheets.routing import factsheet_url as _factsheet_url

register = template.Library()


@register.simple_tag(takes_context=True)
def factsheet_url(context, page, *, partnership=None, organisation=None, query=""):
    request = context.get("request")
    if partnership is not None:
        return _factsheet_url(page.partnership_url(partnership, request))
    if organisation is not None:
        return _factsheet_url(page.organisation_url(organisation, request))
    return _factsheet_url(page.get_url(request), query)
