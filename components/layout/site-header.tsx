import { IntentLink as Link } from "@/components/ui/intent-link";
import { AccountLink } from "@/components/users/account-link";
import type { MenuLink, MenuSection, SiteNavigation } from "@/lib/navigation/types";
import { MainNav } from "./main-nav";
import { MobileMenu } from "./mobile-menu";
import { SearchShortcut } from "./search-shortcut";
import { SiteSwitch } from "./site-switch";
import { ThemeToggle } from "./theme-toggle";

/** The top bar (templates/sitetree/top.html over the tree's roots): python.org's sister sites. */
function NetworkBar({ trunk }: { trunk: MenuLink[] }) {
  return (
    <nav aria-label="The Python Network" className="bg-neutral text-neutral-content border-b border-white/10">
      <div className="mx-auto flex max-w-6xl items-center gap-3 px-3 py-1 text-xs sm:px-4">
        <span className="hidden opacity-80 md:inline">The Python Network</span>
        <ul className="flex flex-wrap gap-x-3 gap-y-0.5">
          {trunk.map((l) => (
            <li key={l.id}>
              <Link href={l.url} className="link-hover" title={l.hint ?? undefined}>
                {l.title}
              </Link>
            </li>
          ))}
        </ul>
      </div>
    </nav>
  );
}

/** Our own mark (app/icon.svg, from which the favicons are drawn): a prompt and a cursor. */
function Mark() {
  return (
    <svg aria-hidden="true" viewBox="0 0 64 64" className="size-8 shrink-0" data-testid="site-mark">
      <rect width="64" height="64" rx="14" fill="#2b5b84" />
      <path
        d="M15 17 31 32 15 47"
        fill="none"
        stroke="#ffd43b"
        strokeWidth="7.5"
        strokeLinecap="round"
        strokeLinejoin="round"
      />
      <rect x="35" y="40.5" width="15" height="7" rx="3.5" fill="#fff" />
    </svg>
  );
}

/** The operator may put the PSF's official logo in its place (SITE_LOGO_URL, docs/operations.md). */
function Logo({ psf, logoUrl }: { psf: boolean; logoUrl?: string }) {
  return (
    <Link
      href={psf ? "/psf-landing/" : "/"}
      className="flex items-center gap-2 text-xl font-bold tracking-tight"
      aria-label={psf ? "Python Software Foundation home" : "Python home"}
      data-testid="site-logo"
      data-site={psf ? "psf" : "python"}
    >
      {logoUrl ? (
        // eslint-disable-next-line @next/next/no-img-element -- an operator's file of unknown size, height-bound
        <img src={logoUrl} alt="" className="h-9 w-auto" />
      ) : (
        <Mark />
      )}
      {psf ? (
        <span className="leading-tight">
          PSF
          <span className="hidden text-xs font-normal sm:block">Python Software Foundation</span>
        </span>
      ) : (
        "python"
      )}
    </Link>
  );
}

/**
 * The site header (templates/base.html): network bar, logo, Donate, search, theme and account,
 * then the main nav with its mega-menus. Python.org pages show python-meta's sections, PSF pages
 * psf-meta's with the PSF logo; both are rendered here and SiteSwitch picks one by path.
 */
export function SiteHeader({
  nav,
  supernavs,
  logoUrl,
  psfLogoUrl,
}: {
  nav: SiteNavigation;
  supernavs: Record<string, string>;
  logoUrl?: string;
  psfLogoUrl?: string;
}) {
  const both = (render: (sections: MenuSection[], psf: boolean) => React.ReactNode) => (
    <SiteSwitch python={render(nav.python, false)} psf={render(nav.psf, true)} />
  );
  return (
    <header className="bg-neutral text-neutral-content">
      <NetworkBar trunk={nav.trunk} />
      <div className="mx-auto flex max-w-6xl flex-wrap items-center gap-2 px-3 py-2 sm:px-4">
        <SiteSwitch python={<Logo psf={false} logoUrl={logoUrl} />} psf={<Logo psf logoUrl={psfLogoUrl} />} />
        <a href="https://donate.python.org/" className="btn btn-secondary btn-xs sm:btn-sm">
          Donate
        </a>
        <form
          action="/search/"
          method="get"
          role="search"
          className="order-3 w-full sm:order-2 sm:ml-auto sm:w-auto"
        >
          <label className="input input-sm text-base-content w-full sm:w-64">
            <span className="sr-only">Search python.org</span>
            <input
              id="site-search"
              type="search"
              name="q"
              placeholder="Search (press /)"
              className="grow"
              aria-label="Search python.org"
            />
          </label>
          <SearchShortcut inputId="site-search" />
        </form>
        {/* The Menu button sits before the theme toggle; its panel wraps to a row of its own. */}
        {both((sections) => (
          <MobileMenu sections={sections} />
        ))}
        <div className="order-2 flex items-center gap-1 sm:order-3">
          <ThemeToggle />
          <AccountLink />
        </div>
      </div>
      {both((sections, psf) => (
        <MainNav sections={sections} supernavs={psf ? {} : supernavs} label={psf ? "psf" : "python"} />
      ))}
    </header>
  );
}
