import "server-only";
import { db } from "@/lib/db";
import type { ApiKeyKind } from "@/lib/generated/prisma/client";
import { generateApiKey } from "./utils";

/** Creates a key and returns it in clear, once; only its hash is stored. */
export async function createApiKey(userId: number, kind: ApiKeyKind, name = ""): Promise<string> {
  const { key, keyHash, prefix } = generateApiKey();
  await db.apiKey.create({ data: { userId, kind, keyHash, prefix, name } });
  return key;
}

export async function revokeApiKey(userId: number, apiKeyId: number): Promise<boolean> {
  const r = await db.apiKey.updateMany({
    where: { id: apiKeyId, userId, revokedAt: null },
    data: { revokedAt: new Date() },
  });
  return r.count === 1;
}
