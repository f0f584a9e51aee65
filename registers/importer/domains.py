"""Policy domains in memory, and which of them a partnership's name speaks of."""

from registers.importer.cleaning import words
from registers.models import PolicyDomain


class DomainBook:
    def load(self):
        self.domains = list(PolicyDomain.objects.all())
        self.by_slug = {domain.slug: domain for domain in self.domains}
        self.slug_by_pk = {domain.pk: domain.slug for domain in self.domains}
        self.keywords = [
            (domain, [words(keyword) for keyword in domain.keyword_list]) for domain in self.domains
        ]

    def matching(self, name: str) -> list:
        """Policy domains whose keywords occur in the name (case- and accent-insensitive).

        Dutch joins words, so a keyword of five letters or more also matches as the start
        of a word ("afval" in "Afvalschap", "veiligheid" in "Veiligheidsregio"); shorter
        ones ("ov", "ict", "rav") only as whole words.
        """
        tokens = words(name)
        found = []
        for domain, keywords in self.keywords:
            if any(_keyword_in(keyword, tokens) for keyword in keywords):
                found.append(domain)
        return found


def _keyword_in(keyword: list, tokens: list) -> bool:
    size = len(keyword)
    if not size:
        return False
    *head, last = keyword
    for i in range(len(tokens) - size + 1):
        if tokens[i : i + size - 1] != head:
            continue
        token = tokens[i + size - 1]
        if token == last or (len(last) >= 5 and token.startswith(last)):
            return True
    return False
