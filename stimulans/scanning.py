"""The virus-scanning hook for attachments.

STIMULANS_VIRUS_SCANNER names a callable that receives the uploaded file (a Django
UploadedFile, positioned at the start) before it is stored. It returns nothing when the file is
clean and raises when it is not; any exception — ScanRejected or a scanner that cannot be
reached — refuses the file, so an unavailable scanner never lets a file through.

The default, `no_scan`, scans nothing: fit for the demo and development. In production point
the setting at an adapter for the province's scanner, for example one that streams the file
to clamd (INSTREAM) and raises ScanRejected on a FOUND reply.
"""

from django.utils.module_loading import import_string

from stimulans import conf


class ScanRejected(Exception):
    """The scanner found something, or could not vouch for the file."""


def no_scan(uploaded_file) -> None:
    """The default: accept every file unscanned (documented in docs/stimulans.md)."""
    return None


def scan(uploaded_file) -> bool:
    """True when the configured scanner accepts the file; False on a finding or any failure."""
    try:
        scanner = import_string(conf.virus_scanner())
        uploaded_file.seek(0)
        scanner(uploaded_file)
    except Exception:
        return False
    finally:
        try:
            uploaded_file.seek(0)
        except Exception:
            pass
    return True
