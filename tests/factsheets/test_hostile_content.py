"""Editor content that points at internal addresses or server files must not make the server
fetch anything: a listener on 127.0.0.1 must receive no connection, and the PDF still
renders without the resource."""

import socket
import threading

import pytest

from tests.factsheets.conftest import body, pdf_text


class Listener:
    """A TCP server on 127.0.0.1 that counts connections (and answers with an image)."""

    def __init__(self):
        self.connections = 0
        self.sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
        self.sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        self.sock.bind(("127.0.0.1", 0))
        self.sock.listen(16)
        self.sock.settimeout(0.2)
        self.port = self.sock.getsockname()[1]
        self.running = True
        self.thread = threading.Thread(target=self._serve, daemon=True)
        self.thread.start()

    def _serve(self):
        while self.running:
            try:
                connection, _address = self.sock.accept()
            except TimeoutError:
                continue
            except OSError:
                return
            self.connections += 1
            try:
                connection.recv(4096)
                connection.sendall(
                    b"HTTP/1.0 200 OK\r\nContent-Type: image/png\r\nContent-Length: 0\r\n\r\n"
                )
            finally:
                connection.close()

    def close(self):
        self.running = False
        self.thread.join(timeout=2)
        self.sock.close()


@pytest.fixture
def listener():
    server = Listener()
    yield server
    server.close()


def hostile_html(port):
    local = f"http://127.0.0.1:{port}"
    return (
        "<p>Knelpunten, met plaatjes van elders.</p>"
        f'<p><img src="{local}/x.png" alt="lokaal"></p>'
        f'<p><img src="http://localhost:{port}/y.png" alt="localhost"></p>'
        '<p><img src="file:///etc/passwd" alt="bestand"></p>'
        '<p><img src="http://169.254.169.254/latest/meta-data/" alt="metadata"></p>'
        f'<p><img src="http://[::1]:{port}/z.png" alt="ipv6"></p>'
        f'<p><img src="/media/../../../../etc/passwd" alt="traversal"></p>'
        f'<p style="background-image: url({local}/achtergrond.png)">Achtergrond</p>'
        f'<link rel="stylesheet" href="{local}/stijl.css">'
        f'<p><a rel="attachment" href="{local}/bijlage.txt">bijlage</a></p>'
        '<p><a rel="attachment" href="file:///etc/hostname">bestand als bijlage</a></p>'
        f'<object data="{local}/object.svg" type="image/svg+xml">object</object>'
        f'<svg width="10" height="10"><image href="{local}/in-svg.png" width="10" height="10"/>'
        "<title>svg</title></svg>"
    )


def test_hostile_rich_text_in_a_programme_line_is_not_fetched(client, programme, listener):
    line = programme["line"]
    line.problem = hostile_html(listener.port)
    line.save_revision().publish()
    response = client.get(f"{line.url}factsheet.pdf")
    assert response.status_code == 200
    data = body(response)
    assert data.startswith(b"%PDF-")
    assert "Knelpunten, met plaatjes van elders." in pdf_text(data)
    assert b"root:" not in data  # /etc/passwd did not end up in the PDF
    assert listener.connections == 0


def test_hostile_partnership_fields_are_not_fetched(client, register, listener):
    partnership = register["partnership"]
    local = f"http://127.0.0.1:{listener.port}"
    partnership.description = f'<img src="{local}/a.png"> file:///etc/passwd'
    partnership.legal_basis_url = f"{local}/regeling"
    partnership.documents.create(title="Begroting", url=f"{local}/begroting.pdf")
    partnership.save_revision().publish()
    response = client.get("/nl/register/afvalschap/factsheet.pdf")
    assert response.status_code == 200
    data = body(response)
    # The description is text, not HTML: it is shown, escaped, and nothing is fetched.
    assert f"{local}/a.png" in pdf_text(data)
    assert listener.connections == 0


def test_control_weasyprints_default_fetcher_would_have_connected(listener):
    """The listener is a real witness: WeasyPrint's own fetcher does contact it."""
    from weasyprint import HTML

    html = f"<html lang='nl'><title>t</title><body>{hostile_html(listener.port)}</body></html>"
    HTML(string=html, base_url="http://testserver/").write_pdf()
    assert listener.connections > 0
