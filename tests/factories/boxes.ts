/**
 * Demo boxes (apps/boxes): content for every label the templates use (§6.3), in our own words.
 * The code-generated boxes are not seeded here: seedGeneratedBoxes writes them from the seeded
 * releases, news and stories, as the site does.
 */
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { regenerateAllBoxes } from "@/lib/site/boxes/regenerate";
import { COMMUNITY_BOXES } from "./boxes-community";
import { DOWNLOAD_BOXES } from "./boxes-downloads";
import { PYTHON_BOXES } from "./boxes-python";
import { html } from "./markup";

export const BOXES: Record<string, string> = { ...PYTHON_BOXES, ...DOWNLOAD_BOXES, ...COMMUNITY_BOXES };

export async function seedBoxes(db: PrismaClient, creatorId: number | null) {
  for (const [label, source] of Object.entries(BOXES)) {
    await db.box.upsert({
      where: { label },
      update: {},
      create: { label, ...html(source), creatorId, lastModifiedById: creatorId },
    });
  }
}

/** Runs every generator once (after the releases, news and stories are seeded). */
export async function seedGeneratedBoxes() {
  return regenerateAllBoxes();
}
