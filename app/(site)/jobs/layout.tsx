import { Box } from "@/components/boxes/box";
import { JobMenus } from "@/components/jobs/job-menus";
import { loadBoxes } from "@/lib/boxes/loaders";
import { loadJobMenus } from "@/lib/jobs/loaders";

// templates/jobs/base.html's sidebar boxes, below the menus.
const JOBS_BOXES = ["jobs-subscribe", "jobs-getfeatured", "jobs-sponsors"] as const;

/** The job board's two columns: the page, and the menus and boxes of templates/jobs/base.html. */
export default async function JobsLayout({ children }: { children: React.ReactNode }) {
  const [menus, boxes] = await Promise.all([loadJobMenus(), loadBoxes([...JOBS_BOXES])]);
  return (
    <div className="mx-auto grid max-w-6xl gap-8 px-4 py-6 md:grid-cols-[1fr_16rem]">
      <div className="min-w-0">{children}</div>
      <aside className="space-y-6" aria-label="About the job board">
        <JobMenus menus={menus} />
        {JOBS_BOXES.map((label) => (
          <Box key={label} label={label} html={boxes[label]} className="text-sm" />
        ))}
      </aside>
    </div>
  );
}
