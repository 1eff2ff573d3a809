/** The platform's CSP report endpoint in the OpenAPI document (lib/site/openapi.ts, one array per domain). */
import type { ApiOperation } from "@/lib/api/spec";
import { securityOperations } from "./schema";

export const cspReportOperations: ApiOperation[] = Object.values(securityOperations);
