/** One meeting's minutes as the domain takes it (apps/minutes/models.py Minutes). */
import { z } from "zod";
import { MINUTES_MARKUP_TYPES } from "./constants";

export const minutesInputSchema = z.object({
  /** The meeting date, midnight UTC (a calendar date). */
  date: z.date("Enter the meeting date."),
  content: z.string().max(200_000, "Use at most 200000 characters."),
  contentMarkupType: z.enum(MINUTES_MARKUP_TYPES, "Choose how the minutes are written."),
  isPublished: z.boolean(),
});

export type MinutesInput = z.output<typeof minutesInputSchema>;
