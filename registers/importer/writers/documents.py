"""Documents of partnerships: new links added; one an editor removed stays removed."""

from registers.models import PartnershipDocument

BATCH = 500


class DocumentWriter:
    def __init__(self, books):
        self.books = books
        self.report = books.report

    def plan(self, entry, last, plan):
        if not entry.documents:
            return
        partnerships = self.books.partnerships
        pk = entry.partnership.pk
        current = {} if entry.is_new else partnerships.current_documents.get(pk, {})
        previous = set(last.get("_documents", []))
        order = 0 if entry.is_new else partnerships.document_order.get(pk, 0)
        for url, values in entry.documents.items():
            if url in current:
                self.report.count("documents", "unchanged")
            elif url in previous:
                self.report.editor_changes_kept += 1  # removed by an editor: stays removed
                self.report.count("documents", "unchanged")
            else:
                plan.new_documents.append(PartnershipDocument(sort_order=order, **values))
                order += 1
                self.report.count("documents", "created")

    def write(self, plans):
        documents = []
        for plan in plans:
            for document in plan.new_documents:
                document.partnership_id = plan.entry.partnership.pk
                documents.append(document)
        PartnershipDocument.objects.bulk_create(documents, batch_size=BATCH)
