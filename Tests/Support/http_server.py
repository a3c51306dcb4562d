#!/usr/bin/env python3
"""A local HTTP server for the URL-loading tests. Binds 127.0.0.1 on a free
port, prints the port on its first line, and serves:

  /article.txt      a text article          /page.html    an HTML page (windows-1252 header)
  /redirect/N       N redirects, then the text article
  /big              a body larger than the tests' size cap
  /slow             answers after 5 seconds
  /missing          404
  /trickle          a body without end, one byte every 0.2 seconds
  /endless          a body without end and without a length, as fast as it goes
  /to-localhost     a redirect to http://localhost:PORT/article.txt (same server, by name)
  /to-file          a redirect to file:///etc/passwd
It stops by itself after 60 seconds.
"""
import http.server
import socketserver
import sys
import threading
import time

ARTICLE = b"date 2025-02-04 Talks resume\nTalks resumed in Doha on Tuesday.\n"
PAGE = ("<html><head><title>Talks</title></head><body><article><p>Caf\xe9 talks "
        "resumed on Tuesday.</p></article></body></html>").encode("cp1252")


class Handler(http.server.BaseHTTPRequestHandler):
    def log_message(self, *args):
        pass

    def send(self, status, body, content_type="text/plain; charset=utf-8"):
        self.send_response(status)
        self.send_header("Content-Type", content_type)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def do_GET(self):
        path = self.path
        if path == "/article.txt":
            self.send(200, ARTICLE)
        elif path == "/page.html":
            self.send(200, PAGE, "text/html; charset=windows-1252")
        elif path.startswith("/redirect/"):
            n = int(path.rsplit("/", 1)[1])
            self.send_response(302)
            self.send_header("Location", "/redirect/%d" % (n - 1) if n > 1 else "/article.txt")
            self.send_header("Content-Length", "0")
            self.end_headers()
        elif path == "/big":
            self.send(200, b"word " * 400_000)
        elif path == "/trickle":
            self.send_response(200)
            self.send_header("Content-Type", "text/plain")
            self.end_headers()
            self.wfile.flush()
            deadline = time.time() + 30
            while time.time() < deadline:
                self.wfile.write(b"a")
                self.wfile.flush()
                time.sleep(0.2)
        elif path == "/endless":
            self.send_response(200)
            self.send_header("Content-Type", "text/plain")
            self.end_headers()
            chunk = b"word " * 20_000
            for _ in range(10_000):  # 1 GB at most, then the server gives up
                self.wfile.write(chunk)
        elif path == "/to-localhost":
            self.send_response(302)
            self.send_header("Location", "http://localhost:%d/article.txt" % self.server.server_address[1])
            self.send_header("Content-Length", "0")
            self.end_headers()
        elif path == "/to-file":
            self.send_response(302)
            self.send_header("Location", "file:///etc/passwd")
            self.send_header("Content-Length", "0")
            self.end_headers()
        elif path == "/slow":
            time.sleep(5)
            self.send(200, ARTICLE)
        else:
            self.send(404, b"not found")


class Server(socketserver.ThreadingMixIn, http.server.HTTPServer):
    daemon_threads = True

    def handle_error(self, request, client_address):
        pass  # clients that hang up early (size and time limits) are expected


def main():
    server = Server(("127.0.0.1", 0), Handler)
    print(server.server_address[1], flush=True)
    threading.Timer(60, server.shutdown).start()
    server.serve_forever()


if __name__ == "__main__":
    sys.exit(main())
