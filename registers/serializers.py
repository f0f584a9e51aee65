"""Serializer fields of the open-data API (imported by the models' api_fields)."""

from rest_framework.fields import Field


class SlugListField(Field):
    def to_representation(self, value):
        return [item.slug for item in value.all()]


class MembershipsField(Field):
    def to_representation(self, value):
        return [
            {
                "organisation": membership.organisation.slug,
                "organisation_name": membership.organisation.name,
                "cbs_code": membership.organisation.cbs_code,
                "role": membership.role,
                "joined": membership.joined.isoformat() if membership.joined else None,
                "left": membership.left.isoformat() if membership.left else None,
                "cost_share": str(membership.cost_share)
                if membership.cost_share is not None
                else None,
            }
            for membership in value.all()
        ]
