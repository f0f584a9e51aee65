"""An event page's schema.org Event data (JSON-LD), for search engines and calendars."""

import re

# A Dutch postcode: four digits, two letters (optionally a space between), then the place.
_POSTCODE = re.compile(r"\b(\d{4})\s?([A-Z]{2})\b\s*(.*)$")


def postal_address(text: str) -> dict:
    """A schema.org PostalAddress from an address as editors type it ("Archimedeslaan 6,
    3584 BA Utrecht", on one line or several): street, postcode, place, country NL. Without
    a postcode to anchor it the whole text is the street address, which is still valid."""
    lines = [line.strip() for line in re.split(r"[\n,]", text) if line.strip()]
    address = {"@type": "PostalAddress"}
    street = []
    for line in lines:
        match = _POSTCODE.search(line)
        if match and "postalCode" not in address:
            address["postalCode"] = f"{match.group(1)} {match.group(2)}"
            if match.group(3).strip():
                address["addressLocality"] = match.group(3).strip()
            if line[: match.start()].strip():
                street.append(line[: match.start()].strip())
        elif "postalCode" in address and "addressLocality" not in address:
            address["addressLocality"] = line
        elif "postalCode" not in address:
            street.append(line)
    if street:
        address["streetAddress"] = ", ".join(street)
    address["addressCountry"] = "NL"
    return address


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
                place["address"] = postal_address(self.address)
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
