/** The feed form (FeedAdmin): name, website and feed URL; feeds are fetched over https only (AC-SSRF-1). */
import { z } from "zod";
import { text } from "@/lib/platform/forms";

const https = (max: number) =>
  z.string().max(max, `Use at most ${max} characters.`).regex(/^https:\/\/[^\s/$.?#][^\s]*$/i, "Enter an https URL.");

export const feedFormSchema = z.object({
  name: text().pipe(z.string().min(1, "Give the feed a name.").max(200, "Use at most 200 characters.")),
  websiteUrl: text().pipe(https(1000)),
  feedUrl: text().pipe(https(1000)),
});

export type FeedInput = z.output<typeof feedFormSchema>;

export const feedRefSchema = z.object({ id: z.coerce.number().int().positive() });
export const syncSchema = z.object({});
