"""CSV and XLSX downloads of the register (the exchange format of registers/exchange.py)."""

import csv
from io import BytesIO

from django.http import HttpResponse, StreamingHttpResponse

from cms.spreadsheets import safe_cell, value_cell


class _Echo:
    def write(self, value):
        return value


def csv_response(rows, columns, filename: str) -> StreamingHttpResponse:
    """Stream rows as UTF-8 CSV (with BOM, so Excel reads the accents right)."""
    writer = csv.DictWriter(_Echo(), fieldnames=columns, extrasaction="ignore")

    def lines():
        yield "\ufeff" + writer.writeheader()
        for row in rows:
            yield writer.writerow({column: safe_cell(row.get(column)) for column in columns})

    response = StreamingHttpResponse(lines(), content_type="text/csv; charset=utf-8")
    response["Content-Disposition"] = f'attachment; filename="{filename}.csv"'
    return response


def xlsx_response(sheets, filename: str) -> HttpResponse:
    """sheets: [(title, columns, rows)] as one workbook."""
    from openpyxl import Workbook

    workbook = Workbook(write_only=True)
    for title, columns, rows in sheets:
        sheet = workbook.create_sheet(title=title[:31])
        sheet.append(columns)
        for row in rows:
            sheet.append([value_cell(sheet, row.get(column, "")) for column in columns])
    buffer = BytesIO()
    workbook.save(buffer)
    response = HttpResponse(
        buffer.getvalue(),
        content_type="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    )
    response["Content-Disposition"] = f'attachment; filename="{filename}.xlsx"'
    return response
