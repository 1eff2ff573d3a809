import "server-only";
import { db } from "@/lib/platform/db";

const adminFlagSelect = {
  id: true,
  name: true,
  everyone: true,
  superusers: true,
  staff: true,
  testing: true,
  note: true,
  modified: true,
} as const;

export async function listAdminFlags() {
  return db.featureFlag.findMany({ select: adminFlagSelect, orderBy: { name: "asc" } });
}

export async function getAdminFlag(id: number) {
  return db.featureFlag.findUnique({ where: { id }, select: adminFlagSelect });
}
