/** Demo boxes (apps/boxes): the home page's and the downloads page's text, in our own words. */
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { html } from "./markup";

export const BOXES: Record<string, string> = {
  "homepage-introduction":
    '<p>Python is a programming language that helps you get work done quickly and fit systems together with less effort. <a href="/doc/">Learn more</a></p>',
  "homepage-get-started":
    '<h2>Get Started</h2><p>New to programming or coming from another language? Our <a href="/about/gettingstarted/">getting started guide</a> points the way.</p>',
  "homepage-documentation":
    '<h2>Docs</h2><p>The full language reference, library guide and tutorials live at <a href="https://docs.python.org">docs.python.org</a>.</p>',
  "homepage-jobs":
    '<h2>Jobs</h2><p>Hiring, or looking for your next Python role? Visit the <a href="/jobs/">Python Job Board</a>.</p>',
  "widget-about-psf":
    '<h2>Python Software Foundation</h2><p>The PSF looks after the Python language and its community: it funds core development, runs PyCon US and supports user groups worldwide.</p><p><a href="/users/membership/">Become a member</a> · <a href="/psf/donations/">Donate</a></p>',
  "download-banner":
    "<p>Looking for a build for another operating system, or want to try a preview of the next release? See the other platforms and the pre-releases listed below.</p>",
};

export async function seedBoxes(db: PrismaClient, creatorId: number | null) {
  for (const [label, source] of Object.entries(BOXES)) {
    await db.box.upsert({ where: { label }, update: {}, create: { label, ...html(source), creatorId } });
  }
}
