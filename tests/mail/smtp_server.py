#!/usr/bin/python3
"""A real SMTP server for the mail tests: Debian's aiosmtpd saving every message to a Maildir.

Modes: none (plain), starttls (require STARTTLS), tls (implicit TLS). With --user/--password the server requires
AUTH (PLAIN and LOGIN). --drop-data N drops the connection without a reply after receiving the first N messages'
DATA (the message is not saved). Prints "READY <port>" once listening; stops on SIGTERM.
"""
import argparse
import signal
import ssl
import sys
import threading

from aiosmtpd.controller import Controller
from aiosmtpd.handlers import Mailbox
from aiosmtpd.smtp import AuthResult


class DroppingMailbox(Mailbox):
    def __init__(self, maildir, drops):
        super().__init__(maildir)
        self.drops = drops

    async def handle_DATA(self, server, session, envelope):
        if self.drops > 0:
            self.drops -= 1
            server.transport.abort()
            return "421 dropped by the test server"
        return await super().handle_DATA(server, session, envelope)


def main():
    p = argparse.ArgumentParser()
    p.add_argument("--port", type=int, required=True)
    p.add_argument("--maildir", required=True)
    p.add_argument("--mode", choices=["none", "starttls", "tls"], default="none")
    p.add_argument("--cert")
    p.add_argument("--key")
    p.add_argument("--user")
    p.add_argument("--password")
    p.add_argument("--drop-data", type=int, default=0)
    a = p.parse_args()

    params = {}
    if a.user:
        def authenticator(server, session, envelope, mechanism, auth_data):
            ok = auth_data.login == a.user.encode() and auth_data.password == a.password.encode()
            # handled=False: aiosmtpd answers 535 itself (handled=True leaves the client without a reply).
            return AuthResult(success=ok, handled=False)
        params["authenticator"] = authenticator
        params["auth_require_tls"] = a.mode != "none"
    ctx = None
    if a.mode != "none":
        ctx = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
        ctx.load_cert_chain(a.cert, a.key)
    if a.mode == "starttls":
        params["tls_context"] = ctx
        params["require_starttls"] = True
    kwargs = {"ssl_context": ctx} if a.mode == "tls" else {}
    controller = Controller(DroppingMailbox(a.maildir, a.drop_data), hostname="127.0.0.1", port=a.port,
                            server_hostname="localhost", **kwargs, **params)
    controller.start()
    stop = threading.Event()
    signal.signal(signal.SIGTERM, lambda *_: stop.set())
    signal.signal(signal.SIGINT, lambda *_: stop.set())
    print("READY", a.port, flush=True)
    while not stop.wait(0.2):
        pass
    controller.stop()
    return 0


if __name__ == "__main__":
    sys.exit(main())
