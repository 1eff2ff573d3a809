/** What the users domain registers in the OpenAPI document (lib/site/openapi.ts, one array per domain). */
import type { ApiOperation } from "@/lib/api/spec";
import { userOperations } from "./schema";

export const usersOperations: ApiOperation[] = Object.values(userOperations);
