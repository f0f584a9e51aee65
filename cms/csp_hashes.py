"""Hashes of the inline <style> blocks of the standalone error pages, for the CSP.

500.html and factsheets/error.html carry their few lines of CSS inline: they must look
right when something is wrong, without another request. A style-src hash allows exactly
those blocks and no other inline style. Computed from the templates at start-up, so an edit
of the CSS cannot leave a stale hash behind. Standard library only: settings.py imports it.
"""

import base64
import hashlib
import re
from pathlib import Path

_STYLE = re.compile(r"<style>(.*?)</style>", re.DOTALL)


def inline_style_hashes(*templates: Path) -> list[str]:
    hashes = []
    for template in templates:
        for css in _STYLE.findall(template.read_text(encoding="utf-8")):
            if "{%" in css or "{{" in css:
                continue  # rendered content differs from the template text
            digest = base64.b64encode(hashlib.sha256(css.encode()).digest()).decode()
            hashes.append(f"'sha256-{digest}'")
    return hashes
