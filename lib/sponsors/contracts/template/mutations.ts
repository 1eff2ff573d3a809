import "server-only";
import { recordAudit } from "@/lib/platform/audit";
import { db } from "@/lib/platform/db";
import { AppError } from "@/lib/platform/errors";
import { CONTRACT_TEMPLATE_NAME } from "@/lib/sponsors/contracts/constants";
import { templateError } from "@/lib/sponsors/contracts/document/utils";

/** The agreement template form: checked to parse, then stored (the default stays in code). */
export async function saveContractTemplate(content: string, actorId: number | null) {
  const error = templateError(content);
  if (error)
    throw new AppError("validation_failed", "The template does not parse.", { fields: { content: [error] } });
  await db.contractTemplate.upsert({
    where: { name: CONTRACT_TEMPLATE_NAME },
    create: { name: CONTRACT_TEMPLATE_NAME, content, updatedById: actorId },
    update: { content, updatedById: actorId },
  });
  await recordAudit({
    action: "sponsors.contract_template.updated",
    actorId,
    targetType: "contract_template",
  });
}
