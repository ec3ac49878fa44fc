"""A real SMTP server on loopback for the tests: saves each message it accepts as a .eml file in a folder,
and refuses any recipient whose address starts with "refused" (550), as a server refuses an unknown mailbox.
Given --user and --password it also offers AUTH (without TLS, on loopback) and accepts only those credentials."""
import argparse
import asyncio
import pathlib
import sys
import uuid

from aiosmtpd.controller import Controller
from aiosmtpd.smtp import AuthResult, LoginPassword


class SaveToFolder:
    def __init__(self, folder: pathlib.Path):
        self.folder = folder

    async def handle_RCPT(self, server, session, envelope, address, rcpt_options):
        if address.lower().startswith("refused"):
            return "550 5.1.1 No such mailbox here"
        envelope.rcpt_tos.append(address)
        return "250 OK"

    async def handle_DATA(self, server, session, envelope):
        name = f"{uuid.uuid4().hex}.eml"
        # Written under a temporary name and renamed, so a reader never sees half a message.
        (self.folder / (name + ".part")).write_bytes(envelope.original_content)
        (self.folder / (name + ".part")).rename(self.folder / name)
        return "250 Message accepted"


class OneAccount:
    def __init__(self, user: str, password: str):
        self.user = user.encode()
        self.password = password.encode()

    def __call__(self, server, session, envelope, mechanism, auth_data):
        ok = isinstance(auth_data, LoginPassword) and auth_data.login == self.user and auth_data.password == self.password
        return AuthResult(success=ok)


async def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--port", type=int, required=True)
    parser.add_argument("--folder", required=True)
    parser.add_argument("--user")
    parser.add_argument("--password")
    args = parser.parse_args()
    auth = {"authenticator": OneAccount(args.user, args.password), "auth_require_tls": False} if args.user else {}
    controller = Controller(SaveToFolder(pathlib.Path(args.folder)), hostname="127.0.0.1", port=args.port, **auth)
    controller.start()
    print("ready", flush=True)
    # The test process holds our stdin; when it ends, however it ends, stdin closes and the server goes with it.
    await asyncio.get_running_loop().run_in_executor(None, sys.stdin.read)
    controller.stop()


asyncio.run(main())
