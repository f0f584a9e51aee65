"""Participants (memberships): a three-way merge per organisation of what was imported last
time, what the register holds now and what the files say, then written in bulk."""

from registers.choices import Role
from registers.importer.provenance import merge_fields, serialise
from registers.models import Membership

BATCH = 500


def membership_key(organisation_id, joined) -> str:
    joined = serialise(joined) if joined else ""
    return f"{organisation_id}@{joined}" if joined else str(organisation_id)


class MembershipWriter:
    def __init__(self, books):
        self.books = books
        self.report = books.report

    def merge(self, entry, last, plan):
        """Additions and removals by editors survive; the source's own additions and
        removals are applied. Returns the memberships after the merge (the current ones
        when the files said nothing about them); the changes go into the plan."""
        partnership = entry.partnership
        current_list = (
            []
            if entry.is_new
            else self.books.partnerships.current_memberships.get(partnership.pk, [])
        )
        if entry.memberships is None:
            return current_list
        current = {}
        for membership in current_list:
            current.setdefault(
                membership_key(membership.organisation_id, membership.joined), membership
            )
        previous = (
            last.get("_memberships", {}) if isinstance(last.get("_memberships"), dict) else {}
        )
        incoming = {}
        files = {}
        for (organisation, joined), values in entry.memberships.items():
            key = membership_key(organisation.organisation.pk, joined)
            incoming[key] = (organisation, values)
            files[key] = ", ".join(sorted(entry.membership_files.get((organisation, joined), ())))
        baseline, result = {}, []
        order = max((m.sort_order or 0 for m in current_list), default=-1) + 1
        for key, (organisation, values) in incoming.items():
            serialised = {name: serialise(value) for name, value in values.items()}
            baseline[key] = serialised
            membership = current.get(key)
            if membership is not None:
                self._update(entry, membership, organisation, values, previous.get(key, {}), plan)
                result.append(membership)
            elif key in previous:
                self.report.editor_changes_kept += 1
                self.report.count("memberships", "unchanged")
                if previous[key] != serialised:
                    self.report.conflict(
                        f"{entry.label}: participant {organisation.name} was removed by an "
                        "editor; the source changed it, it stays removed"
                    )
            else:
                membership = Membership(
                    organisation_id=organisation.organisation.pk,
                    import_source=files[key][:255],
                    sort_order=order,
                )
                order += 1
                for name, value in values.items():
                    setattr(membership, name, value)
                membership.role = membership.role or Role.DEELNEMER.value
                plan.membership_creates.append(membership)
                self.report.count("memberships", "created")
                result.append(membership)
        result += self._no_longer_listed(entry, previous, incoming, current, plan)
        kept = [
            m for m in current_list if m.pk not in set(plan.membership_deletes) and m not in result
        ]
        result.extend(kept)  # added by editors: untouched
        plan.membership_baseline = baseline
        plan.membership_changes = bool(
            plan.membership_creates or plan.membership_updates or plan.membership_deletes
        )
        return result

    def _update(self, entry, membership, organisation, values, previous, plan):
        """An organisation's participation both the register and the files hold."""
        now = {name: serialise(getattr(membership, name)) for name in values}
        apply, _new = merge_fields(
            f"{entry.label}, participant {organisation.name}",
            now,
            previous,
            {name: serialise(value) for name, value in values.items()},
            {"role": Role.DEELNEMER.value},
            self.report,
        )
        for name in apply:
            setattr(membership, name, values[name])
        if apply:
            plan.membership_updates.append((membership, set(apply)))
            self.report.count("memberships", "updated")
        else:
            self.report.count("memberships", "unchanged")

    def _no_longer_listed(self, entry, previous, incoming, current, plan) -> list:
        """Participants the last import brought that the files no longer list: deleted,
        unless an editor changed them since (those stay, and are returned)."""
        stay = []
        for key, values in previous.items():
            if key in incoming:
                continue
            membership = current.get(key)
            if membership is None:
                continue
            now = {name: serialise(getattr(membership, name)) for name in values}
            if now == values:
                plan.membership_deletes.append(membership.pk)
                self.report.count("memberships", "deleted")
            else:
                self.report.editor_changes_kept += 1
                organisation = self.books.organisations.by_pk.get(membership.organisation_id)
                self.report.conflict(
                    f"{entry.label}: the source no longer lists participant "
                    f"{organisation.name if organisation else '?'}, but an editor changed it; "
                    "it stays"
                )
                stay.append(membership)
        return stay

    def write(self, plans):
        # Children get their parent's id only now: new partnerships have just been saved.
        creates = []
        for plan in plans:
            for membership in plan.membership_creates:
                membership.partnership_id = plan.entry.partnership.pk
                creates.append(membership)
        Membership.objects.bulk_create(creates, batch_size=BATCH)
        updates = [(m, f) for plan in plans for m, f in plan.membership_updates]
        if updates:
            Membership.objects.bulk_update(
                [m for m, _f in updates],
                sorted({f for _m, fs in updates for f in fs}),
                batch_size=BATCH,
            )
        deletes = [pk for plan in plans for pk in plan.membership_deletes]
        if deletes:
            Membership.objects.filter(pk__in=deletes).delete()
