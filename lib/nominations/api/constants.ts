import type { ApiOperation } from "@/lib/api/spec";
import { nominationOperations } from "./schema";

export const nominationsOperations: ApiOperation[] = [...Object.values(nominationOperations)];
