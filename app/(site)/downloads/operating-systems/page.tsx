import type { Metadata } from "next";
import Link from "next/link";
import { loadOperatingSystems } from "@/lib/downloads/loaders";

export const metadata: Metadata = { title: "Python releases by operating system" };

export default async function OperatingSystemsPage() {
  const systems = await loadOperatingSystems();
  return (
    <div className="space-y-4">
      <h1 className="text-3xl font-bold">Python releases by operating system</h1>
      <ul className="list-disc pl-6">
        {systems.map((o) => (
          <li key={o.slug}>
            <Link href={`/downloads/${o.slug}/`} className="link">
              {o.name}
            </Link>
          </li>
        ))}
      </ul>
    </div>
  );
}
