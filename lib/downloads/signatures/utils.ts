/**
 * OpenPGP checks of release files: the detached .asc signature python.org publishes beside
 * each file, verified against the release managers' public keys kept in the database.
 */
import * as openpgp from "openpgp";

export type SignatureVerdict =
  | { status: "valid"; fingerprint: string; detail: string }
  | { status: "invalid"; fingerprint: null; detail: string }
  /** Nothing to check against: not a verdict on the file. */
  | { status: "error"; fingerprint: null; detail: string };

/** Reads an armored public key; its uppercase fingerprint, or a clear error. */
export async function readPublicKey(armored: string): Promise<{ fingerprint: string; userIds: string[] }> {
  const key = await openpgp.readKey({ armoredKey: armored }).catch(() => {
    throw new Error("That is not an armored OpenPGP public key.");
  });
  if (key.isPrivate()) throw new Error("That is a private key: paste the public key only.");
  return { fingerprint: key.getFingerprint().toUpperCase(), userIds: key.getUserIDs() };
}

/** Verifies `data` against an armored detached signature with any of the given keys. */
export async function verifyDetachedSignature(
  data: Uint8Array,
  armoredSignature: string,
  armoredKeys: readonly string[],
): Promise<SignatureVerdict> {
  let signature: openpgp.Signature;
  try {
    signature = await openpgp.readSignature({ armoredSignature });
  } catch {
    return { status: "invalid", fingerprint: null, detail: "The .asc file is not an OpenPGP signature." };
  }
  const keys = (
    await Promise.all(armoredKeys.map((k) => openpgp.readKey({ armoredKey: k }).catch(() => null)))
  ).filter((k): k is openpgp.Key => k !== null);
  if (!keys.length)
    return { status: "error", fingerprint: null, detail: "No release manager keys are on file." };
  const message = await openpgp.createMessage({ binary: data });
  const result = await openpgp.verify({ message, signature, verificationKeys: keys, format: "binary" });
  for (const s of result.signatures) {
    try {
      await s.verified;
      const key = keys.find((k) => k.getKeys(s.keyID).length > 0);
      const fingerprint = (key?.getFingerprint() ?? s.keyID.toHex()).toUpperCase();
      return { status: "valid", fingerprint, detail: `Signed by ${key?.getUserIDs()[0] ?? fingerprint}` };
    } catch (e) {
      const message = e instanceof Error ? e.message : String(e);
      if (/Could not find signing key/i.test(message))
        return {
          status: "invalid",
          fingerprint: null,
          detail: `Signed with key ${s.keyID.toHex().toUpperCase()}, which is not a release manager key.`,
        };
      return { status: "invalid", fingerprint: null, detail: "The signature does not match the file." };
    }
  }
  return { status: "invalid", fingerprint: null, detail: "The .asc file holds no signature." };
}
