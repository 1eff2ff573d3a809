import { describe, expect, it } from "vitest";
import { eventSubmitSchema } from "./schema";

const valid = {
  calendarId: "1",
  eventName: "PyConES17",
  eventType: "Conference",
  pythonFocus: "General",
  expectedAttendees: "500",
  location: "Alicante, Spain",
  timeZone: "Europe/Madrid",
  dateFrom: "2027-09-22T09:00",
  dateTo: "2027-09-24T18:00",
  recurrence: "none",
  repeatUntil: "",
  link: "https://2017.es.pycon.org/",
  description: "The Spanish PyCon.",
};
const errorsOf = (data: object) => {
  const r = eventSubmitSchema.safeParse(data);
  return r.success ? {} : Object.fromEntries(r.error.issues.map((i) => [i.path.join("."), i.message]));
};

describe("the event submission form (apps/events/forms.py EventForm and test_forms.py)", () => {
  it("accepts valid data", () => {
    expect(eventSubmitSchema.safeParse(valid).success).toBe(true);
  });

  it("requires the fields", () => {
    const e = errorsOf({});
    for (const f of ["eventName", "eventType", "pythonFocus", "expectedAttendees", "location", "dateFrom", "dateTo", "link", "description", "calendarId"])
      expect(e).toHaveProperty(f);
  });

  it("refuses a newline in the name: 'Invalid header found.'", () => {
    expect(errorsOf({ ...valid, eventName: "PyCon\nBcc: all@example.org" }).eventName).toBe("Invalid header found.");
  });

  it("refuses an unknown zone, an end before the start, a javascript: link and a repeat with no last date", () => {
    expect(errorsOf({ ...valid, timeZone: "Mars/Olympus" })).toHaveProperty("timeZone");
    expect(errorsOf({ ...valid, dateTo: "2027-09-21T09:00" })).toHaveProperty("dateTo");
    expect(errorsOf({ ...valid, link: "javascript:alert(1)" })).toHaveProperty("link");
    expect(errorsOf({ ...valid, recurrence: "weekly" })).toHaveProperty("repeatUntil");
  });
});
