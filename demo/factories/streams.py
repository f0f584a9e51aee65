import uuid


def stream(blocks):
    """Raw StreamField data from (block_type, value) pairs, each with a stable id."""
    return [{"type": kind, "value": value, "id": str(uuid.uuid4())} for kind, value in blocks]
