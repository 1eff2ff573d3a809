/**
 * A banner as the domain takes it (apps/banners/models.py Banner): the button text, the message,
 * where the button leads, and whether it shows (only on PSF pages, or site-wide).
 */
import { z } from "zod";

export const bannerInputSchema = z.object({
  title: z
    .string()
    .trim()
    .min(1, "Give the banner's button a text.")
    .max(1024, "Use at most 1024 characters."),
  message: z.string().trim().min(1, "Write the banner's message.").max(2048, "Use at most 2048 characters."),
  // A site path or an absolute http(s) URL: banners link to our pages or to partners'.
  link: z
    .string()
    .trim()
    .max(1024, "Use at most 1024 characters.")
    .regex(/^(\/(?!\/)|https?:\/\/)\S*$/, "Enter a path starting with / or an http(s) URL."),
  active: z.boolean(),
  psfPagesOnly: z.boolean(),
});

export type BannerInput = z.output<typeof bannerInputSchema>;
