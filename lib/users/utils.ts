import { createHash, randomBytes } from "node:crypto";

/**
 * API keys are stored as SHA-256 hashes, never in clear. Keys are 160 random bits as 40 hex
 * characters, the format Tastypie ApiKey and DRF Token used, so existing tools keep working;
 * imported Django keys are hashed the same way.
 */
export function hashApiKey(key: string): string {
  return createHash("sha256").update(key, "utf8").digest("hex");
}

export function generateApiKey(): { key: string; keyHash: string; prefix: string } {
  const key = randomBytes(20).toString("hex");
  return { key, keyHash: hashApiKey(key), prefix: key.slice(0, 8) };
}
