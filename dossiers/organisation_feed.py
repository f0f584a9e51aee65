"""The dossier's items in an organisation's Atom/RSS feed (registers/feeds.py): an account
holder or a toezicht judgement added or changed, by its last change. A removed row leaves no
item (nothing is kept of it)."""

from django.utils.translation import gettext as _

from registers.feeds import MAX_ITEMS, FeedItem


def items(organisation) -> list:
    found = []
    for holder in organisation.account_holders.order_by("-updated_at")[:MAX_ITEMS]:
        found.append(
            FeedItem(
                title=_("%(organisation)s: account holder %(name)s")
                % {"organisation": organisation.name, "name": holder.name},
                description="\n".join(
                    filter(None, [holder.get_role_display(), holder.position, holder.email])
                ),
                date=holder.updated_at,
                guid=f"account-holder-{holder.pk}-{holder.updated_at.isoformat()}",
            )
        )
    for judgement in organisation.supervision_judgements.order_by("-updated_at")[:MAX_ITEMS]:
        found.append(
            FeedItem(
                title=_("%(organisation)s: toezicht %(domain)s %(year)s: %(judgement)s")
                % {
                    "organisation": organisation.name,
                    "domain": judgement.get_domain_display(),
                    "year": judgement.year,
                    "judgement": judgement.get_judgement_display(),
                },
                description=judgement.localized_explanation,
                date=judgement.updated_at,
                guid=f"supervision-{judgement.pk}-{judgement.updated_at.isoformat()}",
            )
        )
    found.sort(key=lambda item: item.date, reverse=True)
    return found[:MAX_ITEMS]
