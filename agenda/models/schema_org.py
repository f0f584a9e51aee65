"""An event page's schema.org Event data (JSON-LD), for search engines and calendars."""


class EventSchemaOrgMixin:
    """schema.org Event properties on top of SitePage.get_schema_org()."""

    @property
    def attendance_mode(self) -> str:
        """Offline, online or mixed, as schema.org's eventAttendanceMode has it."""
        in_person = bool(self.location_name or self.address)
        if self.online_url and in_person:
            return "mixed"
        if self.online_url:
            return "online"
        return "offline"

    def get_schema_org(self, request=None) -> dict:
        data = super().get_schema_org(request)
        modes = {"offline": "Offline", "online": "Online", "mixed": "Mixed"}
        data.update(
            {
                "startDate": self.local_start.isoformat(),
                "endDate": self.local_end.isoformat(),
                "eventStatus": "https://schema.org/"
                + ("EventCancelled" if self.cancelled else "EventScheduled"),
                "eventAttendanceMode": "https://schema.org/"
                + modes[self.attendance_mode]
                + "EventAttendanceMode",
                "organizer": {"@type": "GovernmentOrganization", "name": self.organiser_name},
                "isAccessibleForFree": True,
            }
        )
        locations = []
        if self.location_name or self.address:
            place = {"@type": "Place", "name": self.location_name or self.address}
            if self.address:
                place["address"] = self.address
            locations.append(place)
        if self.online_url:
            # The meeting link is for registrants only; the page itself stands in for it.
            locations.append({"@type": "VirtualLocation", "url": self.get_full_url(request)})
        if locations:
            data["location"] = locations[0] if len(locations) == 1 else locations
        performers = [
            {"@type": "Person", "name": block.value["name"]}
            for block in self.speakers
            if block.block_type == "speaker"
        ]
        if performers:
            data["performer"] = performers
        return data
