"""`manage.py update_index`: Wagtail's rebuild of the search index, in committed batches with a
progress bar (issue 12).

Wagtail's command (modelsearch's `rebuild_modelsearch_index`) runs a database backend's whole
rebuild in one transaction (ATOMIC_REBUILD) and reads every model in another: at 50,000
partnerships that held a transaction for over 15 minutes. Here each batch of
`--chunk_size` objects is read by primary key and written in a transaction of its own, so no
transaction lasts longer than one batch; the index stays usable throughout (entries are
replaced in place, stale ones removed first) and what was done stays done if it stops.

A search cluster keeps its own rebuild (a new index, switched to at the end).

pages/management/commands/update_index.py makes this the command Django runs (the app listed
first in INSTALLED_APPS wins, and `search` comes after `wagtail.search`).
"""

from modelsearch.backends import get_search_backend
from modelsearch.index import get_indexed_models
from modelsearch.management.commands.rebuild_modelsearch_index import (
    Command as WagtailUpdateIndex,
)
from modelsearch.management.commands.rebuild_modelsearch_index import group_models_by_index
from tqdm import tqdm

from search.backends.database import is_database_backend
from search.indexing import INDEX_BATCH, index_in_batches


class Command(WagtailUpdateIndex):
    help = (
        "Rebuild the search index of every backend (or --backend), committed in batches of "
        f"--chunk_size objects (default {INDEX_BATCH}) with a progress bar."
    )

    def add_arguments(self, parser):
        super().add_arguments(parser)
        for action in parser._actions:
            if action.dest == "chunk_size":
                action.default = INDEX_BATCH

    def update_backend(self, backend_name, schema_only=False, chunk_size=INDEX_BATCH):
        self.write("Updating backend: " + backend_name)
        backend = get_search_backend(backend_name)
        rebuilder_class = backend.rebuilder_class
        if is_database_backend(backend):
            # The class's own rebuilder, not the atomic one ATOMIC_REBUILD puts on the instance.
            rebuilder_class = type(backend).rebuilder_class
        if not rebuilder_class:
            self.write(f"Backend '{backend_name}' doesn't require rebuilding")
            return
        total = 0
        for index, models in group_models_by_index(backend, get_indexed_models()).items():
            rebuilder = rebuilder_class(index)
            index = rebuilder.start()
            for model in models:
                index.add_model(model)
            if not schema_only:
                for model in models:
                    total += self._add_model_objects(backend_name, index, model, chunk_size)
            rebuilder.finish()
        self.write(f"{backend_name}: indexed {total} objects")

    def _add_model_objects(self, backend_name, index, model, chunk_size) -> int:
        queryset = model.get_indexed_objects()
        with tqdm(
            total=queryset.count(),
            desc=f"{backend_name}: {model._meta.label}",
            unit=" objects",
            disable=self.verbosity == 0,
            file=self.stderr._out,  # unwrapped: tqdm redraws its line with \r
        ) as bar:
            return index_in_batches(index, model, queryset, size=chunk_size, tick=bar.update)
