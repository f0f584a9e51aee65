"""Errors that stop an import before anything is written."""


class ImportFileError(Exception):
    """A file the importer cannot use: names the file and, where it applies, line and column."""

    def __init__(self, file: str, message: str, *, line: int | None = None, column=None):
        self.file = file
        self.line = line
        self.column = column
        self.message = message
        super().__init__(str(self))

    def __str__(self):
        where = [self.file]
        if self.line is not None:
            where.append(f"line {self.line}")
        if self.column is not None:
            where.append(f"column {self.column}")
        return f"{', '.join(where)}: {self.message}"
