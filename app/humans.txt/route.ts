// GET /humans.txt — who builds and runs the site (templates/humans.txt, humanstxt.org), text/plain.
const HUMANS = `/* the humans behind python.org — humanstxt.org */

/* TEAM */
	The Python Software Foundation
	Site: https://www.python.org/psf/
	Infrastructure and website: the PSF infrastructure team and volunteers
	Contact: https://github.com/python/pythondotorg/issues

/* THANKS */
	Everyone who wrote, moved and keeps up the content of python.org,
	the people who reported security problems in the website responsibly,
	and you, for reading this file.

/* SITE */
	Standards: HTML, CSS, WAI-ARIA
	Components: Next.js, React, TypeScript, Prisma, PostgreSQL, Tailwind CSS, daisyUI
	Source: https://github.com/python/pythondotorg
`;

export function GET() {
  return new Response(HUMANS, {
    headers: { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "public, max-age=86400" },
  });
}
