from django.core.management.base import BaseCommand

from search.indexing import apply_to_backends, is_public
from search.models import PendingIndexUpdate


class Command(BaseCommand):
    help = (
        "Retry the search index updates a backend could not take (the cluster was unreachable). "
        "Run it from cron every few minutes; it is safe to run at any time."
    )

    def add_arguments(self, parser):
        parser.add_argument("--limit", type=int, default=1000, help="Updates per run.")

    def handle(self, *args, **options):
        pending = list(
            PendingIndexUpdate.objects.select_related("content_type").order_by("created_at")[
                : options["limit"]
            ]
        )
        done = failed = 0
        for update in pending:
            model = update.content_type.model_class()
            instance = model._default_manager.filter(pk=update.object_id).first() if model else None
            if instance is None:
                if update.action == PendingIndexUpdate.Action.REMOVE and model is not None:
                    # Gone from the database: remove by primary key.
                    instance = model(pk=update.object_id)
                else:
                    update.delete()
                    done += 1
                    continue
            action = "index" if update.action == "index" and is_public(instance) else "remove"
            if apply_to_backends(instance, action, backends={update.backend}):
                failed += 1
            else:
                done += 1
        message = f"{done} index update(s) applied, {failed} still failing."
        self.stdout.write(self.style.WARNING(message) if failed else self.style.SUCCESS(message))
