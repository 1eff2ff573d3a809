import type { Metadata } from "next";
import Link from "next/link";
import { ModelForm } from "@/components/admin/model-form";
import type { FieldSpec } from "@/lib/admin/types";
import { saveCategoryAction, saveLocationAction } from "@/lib/events/admin/actions";
import { loadAdminTaxonomy } from "@/lib/events/admin/loaders";

export const metadata: Metadata = {
  title: "Event categories and locations · Admin",
  robots: { index: false },
};

export default async function AdminEventPlacesPage() {
  const { categories, locations, calendars } = await loadAdminTaxonomy();
  const calendarField: FieldSpec = {
    name: "calendarId",
    label: "Calendar",
    kind: "select",
    options: calendars.map((c) => ({ value: String(c.id), label: c.name })),
  };
  return (
    <div className="space-y-6">
      <Link className="link" href="/admin/events/">
        All events
      </Link>
      <h1 className="text-3xl font-bold">Categories and locations</h1>
      <section aria-labelledby="admin-categories" className="space-y-3">
        <h2 id="admin-categories" className="text-2xl font-semibold">
          Categories
        </h2>
        <div className="overflow-x-auto">
          <table className="table">
            <thead>
              <tr>
                <th scope="col">Name</th>
                <th scope="col">Calendar</th>
                <th scope="col">Events</th>
              </tr>
            </thead>
            <tbody>
              {categories.map((c) => (
                <tr key={c.id}>
                  <td>
                    {c.calendar ? (
                      <Link className="link" href={`/events/${c.calendar.slug}/categories/${c.slug}/`}>
                        {c.name}
                      </Link>
                    ) : (
                      c.name
                    )}
                  </td>
                  <td>{c.calendar?.name ?? "—"}</td>
                  <td>{c._count.events}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
        <ModelForm
          action={saveCategoryAction}
          fields={[calendarField, { name: "name", label: "Category name" }]}
          initial={{ calendarId: String(calendars[0]?.id ?? "") }}
          submitLabel="Add category"
          label="Add a category"
        />
      </section>
      <section aria-labelledby="admin-locations" className="space-y-3">
        <h2 id="admin-locations" className="text-2xl font-semibold">
          Locations
        </h2>
        <div className="overflow-x-auto">
          <table className="table">
            <thead>
              <tr>
                <th scope="col">Name</th>
                <th scope="col">Address</th>
                <th scope="col">Zone</th>
                <th scope="col">Calendar</th>
                <th scope="col">Events</th>
              </tr>
            </thead>
            <tbody>
              {locations.map((l) => (
                <tr key={l.id}>
                  <td>
                    {l.calendar ? (
                      <Link className="link" href={`/events/${l.calendar.slug}/locations/${l.id}/`}>
                        {l.name}
                      </Link>
                    ) : (
                      l.name
                    )}
                  </td>
                  <td>{l.address ?? ""}</td>
                  <td>{l.timeZone ?? "calendar's"}</td>
                  <td>{l.calendar?.name ?? "—"}</td>
                  <td>{l._count.events}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
        <ModelForm
          action={saveLocationAction}
          fields={[
            calendarField,
            { name: "name", label: "Location name" },
            { name: "address", label: "Address" },
            { name: "url", label: "Web page", kind: "url" },
            {
              name: "timeZone",
              label: "Time zone",
              help: "An IANA zone such as Europe/Berlin; empty uses the calendar's.",
            },
          ]}
          initial={{ calendarId: String(calendars[0]?.id ?? "") }}
          submitLabel="Add location"
          label="Add a location"
        />
      </section>
    </div>
  );
}
