import { z } from "zod";

export const calendarRefSchema = z.object({ id: z.coerce.number().int().positive().max(2 ** 31 - 1) });
