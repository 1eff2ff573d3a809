import Link from "next/link";
import { loadAdminShell } from "@/lib/site/admin/loaders";

export default async function AdminLayout({ children }: { children: React.ReactNode }) {
  const shell = await loadAdminShell();
  if (!shell) return children;
  const { username, sections } = shell;
  return (
    <div className="flex flex-col gap-6 md:flex-row">
      {/* The section menu holds dozens of links: keyboard users skip it to the screen itself. */}
      <a
        href="#admin-main"
        className="btn btn-secondary btn-sm sr-only z-50 focus:not-sr-only focus:absolute focus:left-2"
      >
        Skip the admin menu
      </a>
      <nav aria-label="Admin" className="md:w-56">
        <p className="text-base-content/70 mb-2 text-sm">Signed in as {username}</p>
        <ul className="menu bg-base-200 rounded-box w-full">
          {sections.map((s) => (
            <li key={s.href}>
              <Link href={s.href}>{s.label}</Link>
            </li>
          ))}
        </ul>
      </nav>
      <div id="admin-main" tabIndex={-1} className="min-w-0 flex-1 focus:outline-none">
        {children}
      </div>
    </div>
  );
}
