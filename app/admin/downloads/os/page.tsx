import type { Metadata } from "next";
import { OperatingSystemForm } from "@/components/admin/downloads-forms";
import { loadAdminOperatingSystems } from "@/lib/downloads/admin/loaders";

export const metadata: Metadata = { title: "Operating systems · Admin", robots: { index: false } };

export default async function AdminOperatingSystemsPage() {
  const systems = await loadAdminOperatingSystems();
  return (
    <div className="space-y-4">
      <h1 className="text-3xl font-bold">Operating systems</h1>
      <ul className="space-y-2" aria-label="Operating systems">
        {systems.map((os) => (
          <li key={os.id} className="flex flex-wrap items-center gap-2">
            <OperatingSystemForm os={os} />
            <span className="text-sm">{os._count.files} files</span>
          </li>
        ))}
      </ul>
      <h2 className="text-xl font-semibold">Add an operating system</h2>
      <OperatingSystemForm />
    </div>
  );
}
