"""A real SMTP server on loopback for the tests: saves each message it accepts as a .eml file in a folder,
and refuses any recipient whose address starts with "refused" (550), as a server refuses an unknown mailbox."""
import argparse
import asyncio
import pathlib
import sys
import uuid

from aiosmtpd.controller import Controller


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


async def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--port", type=int, required=True)
    parser.add_argument("--folder", required=True)
    args = parser.parse_args()
    controller = Controller(SaveToFolder(pathlib.Path(args.folder)), hostname="127.0.0.1", port=args.port)
    controller.start()
    print("ready", flush=True)
    # The test process holds our stdin; when it ends, however it ends, stdin closes and the server goes with it.
    await asyncio.get_running_loop().run_in_executor(None, sys.stdin.read)
    controller.stop()


asyncio.run(main())
