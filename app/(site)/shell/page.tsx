import type { Metadata } from "next";
import { HomeSections } from "@/components/boxes/home-sections";
import { loadHome } from "@/lib/site/boxes/loaders";

export const metadata: Metadata = { title: "Interactive Python shell" };

/** templates/python/shell.html: the home page with the console.python.org shell in place of the slideshow. */
export default async function ShellPage() {
  const { samples: _samples, ...data } = await loadHome();
  const header = (
    <section aria-labelledby="shell-heading" className="space-y-2">
      <h1 id="shell-heading" className="text-2xl font-bold">
        Interactive Python shell
      </h1>
      <iframe
        name="embedded_python_anywhere"
        title="Python console, hosted by console.python.org"
        src="https://console.python.org/python-dot-org-console/"
        className="rounded-box bg-base-300 h-80 w-full border-0"
        data-testid="python-console"
      />
    </section>
  );
  return <HomeSections header={header} {...data} />;
}
