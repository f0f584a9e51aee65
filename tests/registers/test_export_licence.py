"""Licence and sources travel with the data: a `license`/`source` key in the JSON answer, a
sheet "Over deze gegevens" in the workbook, and a Link header (rel=license, rel=describedby)
on the CSV download, which has no place for them inside."""

import io

import pytest
from openpyxl import load_workbook

from tests.registers.test_exports import queue, run_jobs  # noqa: F401 (queue is a fixture)

pytestmark = pytest.mark.django_db


def test_json_answer_carries_licence_sources_and_documentation(
    client, register_page, register_data, settings
):
    settings.OPEN_DATA_LICENCE_URL = "https://creativecommons.org/publicdomain/zero/1.0/"
    answer = client.get(register_page.url, {"format": "json"}).json()
    assert answer["license"] == "https://creativecommons.org/publicdomain/zero/1.0/"
    licences = {source["license_name"]: source["license"] for source in answer["source"]}
    assert licences["ODC-PDDL-1.0"] == "https://opendatacommons.org/licenses/pddl/1-0/"
    assert licences["CC BY 4.0"] == "https://creativecommons.org/licenses/by/4.0/"
    assert answer["documentation"].endswith("/nl/register/open-data/")
    assert client.get(answer["documentation"]).status_code == 200
    assert answer["results"]  # the data itself is still there


def test_workbook_has_a_sheet_about_its_data(client, register_page, register_data, queue):  # noqa: F811
    client.get(register_page.url, {"format": "xlsx"})
    run_jobs(queue)
    response = client.get(register_page.url, {"format": "xlsx"})
    assert response.status_code == 200
    workbook = load_workbook(io.BytesIO(b"".join(response.streaming_content)), read_only=True)
    assert workbook.sheetnames[:2] == ["samenwerkingsverbanden", "deelnemers"]
    about = [list(row) for row in workbook["Over deze gegevens"].iter_rows(values_only=True)]
    assert about[0] == ["Onderwerp", "Waarde", "Link"]
    links = {row[2] for row in about[1:]}
    assert "https://opendatacommons.org/licenses/pddl/1-0/" in links
    assert "https://creativecommons.org/licenses/by/4.0/" in links
    assert any(str(link).endswith("/nl/register/open-data/") for link in links)


def test_csv_download_links_its_licence_and_documentation(
    client,
    register_page,
    register_data,
    queue,  # noqa: F811
):
    client.get(register_page.url, {"format": "csv"})
    run_jobs(queue)
    response = client.get(register_page.url, {"format": "csv"})
    assert response.status_code == 200
    link = response["Link"]
    assert '/nl/register/open-data/>; rel="describedby"' in link
    assert 'rel="license"' in link
