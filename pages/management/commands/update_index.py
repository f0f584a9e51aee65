"""`manage.py update_index` in committed batches: search/management/commands/update_index.py.

Here only so that Django runs it instead of Wagtail's: of two apps with a command of the same
name the one listed first in INSTALLED_APPS wins, and `pages` comes before `wagtail.search`
while `search` must come after it (its ready() replaces Wagtail's index-on-save handlers).
"""

from search.management.commands.update_index import Command

__all__ = ["Command"]
