"""The portable file protected with a passphrase, so it can be mailed to oneself safely (issue 12, item 8).

plan.json is stored encrypted with AES-256-GCM under a key derived from the passphrase with scrypt; the
manifest names the scheme and its parameters in `encryption` (so an older Handleplan refuses the file as
newer, and this one knows at once to ask for the passphrase). The manifest's `counts` are left empty –
they would tell how many reflections there are – and the GCM tag, over the scheme's parameters too,
stands for them: one changed byte, or a wrong passphrase, and nothing is read.

scrypt with N = 2^17, r = 8, p = 1 (128 MiB, OWASP's recommendation; ~0.3 s here, once per export or
import). A file asking for more is refused before any work: a hostile file must not eat the memory.
"""

from __future__ import annotations

import base64
import json
import os

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.scrypt import Scrypt

from handleplan.portable.format import PortableError

SCHEME = "scrypt-aes256gcm"
N, R, P = 2**17, 8, 1
MAX_N = 2**18  # what a reader accepts at most (256 MiB)
SALT_BYTES, NONCE_BYTES, KEY_BYTES = 16, 12, 32


def _key(passphrase: str, salt: bytes, n: int, r: int, p: int) -> bytes:
    return Scrypt(salt=salt, length=KEY_BYTES, n=n, r=r, p=p).derive(passphrase.encode("utf-8"))


def _aad(encryption: dict) -> bytes:
    return json.dumps(encryption, sort_keys=True, separators=(",", ":")).encode("utf-8")


def seal(payload: bytes, passphrase: str) -> tuple[dict, bytes]:
    """(the manifest's `encryption`, the encrypted plan.json)."""
    salt, nonce = os.urandom(SALT_BYTES), os.urandom(NONCE_BYTES)
    encryption = {
        "scheme": SCHEME,
        "n": N,
        "r": R,
        "p": P,
        "salt": base64.b64encode(salt).decode("ascii"),
        "nonce": base64.b64encode(nonce).decode("ascii"),
    }
    key = _key(passphrase, salt, N, R, P)
    return encryption, AESGCM(key).encrypt(nonce, payload, _aad(encryption))


def is_sealed_manifest(manifest: dict) -> bool:
    return isinstance(manifest.get("encryption"), dict) and manifest["encryption"].get("scheme") == SCHEME


def unseal(encryption: dict, blob: bytes, passphrase: str | None, name: str) -> bytes:
    """The plain plan.json, or PortableError: the passphrase needed, wrong, or the file not ours."""
    try:
        n, r, p = (encryption[k] for k in ("n", "r", "p"))
        salt = base64.b64decode(encryption["salt"], validate=True)
        nonce = base64.b64decode(encryption["nonce"], validate=True)
    except (KeyError, ValueError, TypeError) as exc:
        raise PortableError("portable_damaged") from exc
    sane = all(isinstance(v, int) and not isinstance(v, bool) for v in (n, r, p))
    if not sane or not (2**14 <= n <= MAX_N and n & (n - 1) == 0 and r == R and p == P):
        raise PortableError("portable_damaged")
    if len(salt) != SALT_BYTES or len(nonce) != NONCE_BYTES:
        raise PortableError("portable_damaged")
    if not passphrase:
        raise PortableError("portable_passphrase_needed", name=name)
    try:
        return AESGCM(_key(passphrase, salt, n, r, p)).decrypt(nonce, blob, _aad(encryption))
    except InvalidTag as exc:
        raise PortableError("portable_passphrase_wrong", name=name) from exc
