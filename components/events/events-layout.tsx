/** The events pages' frame: the content and a right-hand sidebar (with-right-sidebar). */
export function EventsLayout({ title, lead, children, sidebar }: { title: string; lead?: React.ReactNode; children: React.ReactNode; sidebar: React.ReactNode }) {
  return (
    <div className="grid gap-8 md:grid-cols-[minmax(0,1fr)_16rem]">
      <div className="min-w-0">
        <h1 className="mb-2 text-3xl font-bold">{title}</h1>
        {lead && <div className="mb-6">{lead}</div>}
        {children}
      </div>
      {sidebar}
    </div>
  );
}
