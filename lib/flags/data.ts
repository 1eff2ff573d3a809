import "server-only";
import { db } from "@/lib/platform/db";
import type { FlagRule } from "./types";

const ruleSelect = { name: true, everyone: true, superusers: true, staff: true, testing: true } as const;

export async function getFlagRule(name: string): Promise<FlagRule | null> {
  return db.featureFlag.findUnique({ where: { name }, select: ruleSelect });
}
