"""Serializer fields of the open-data API (imported by the models' api_fields). References
to organisations and policy domains use the register's one vocabulary (registers/vocabulary.py):
an object with the code, the slug, the name (and an organisation's TOOI URI)."""

from rest_framework.fields import Field

from registers.vocabulary import domain_ref, organisation_code, organisation_ref


class OrganisationRefsField(Field):
    def to_representation(self, value):
        return [organisation_ref(organisation) for organisation in value.all()]


class DomainRefsField(Field):
    def to_representation(self, value):
        return [domain_ref(domain) for domain in value.all()]


class MembershipsField(Field):
    def to_representation(self, value):
        return [
            {
                "code": organisation_code(membership.organisation),
                "organisation": membership.organisation.slug,
                "organisation_name": membership.organisation.name,
                "cbs_code": membership.organisation.cbs_code,
                "tooi": membership.organisation.tooi_uri or None,
                "role": membership.role,
                "joined": membership.joined.isoformat() if membership.joined else None,
                "left": membership.left.isoformat() if membership.left else None,
                "cost_share": str(membership.cost_share)
                if membership.cost_share is not None
                else None,
            }
            for membership in value.all()
        ]
