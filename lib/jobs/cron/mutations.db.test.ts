import { afterAll, describe, expect, it } from "vitest";
import { db } from "@/lib/platform/db";
import { sendMonthlyJobsReport } from "./mutations";

const sent: number[] = [];
afterAll(async () => {
  await db.emailLog.deleteMany({ where: { id: { in: sent } } });
});

describe("jobs_monthly_report", () => {
  it("does nothing on other days and mails the counts to the board's team on the 27th", async () => {
    expect(await sendMonthlyJobsReport(new Date("2031-03-26T12:00:00Z"))).toEqual({ sent: false });
    const before = await db.emailLog.aggregate({ _max: { id: true } });
    const result = await sendMonthlyJobsReport(new Date("2031-03-27T12:00:00Z"));
    expect(result).toEqual({ sent: true, subject: "Python Job Board: monthly report for March 2031" });
    const mails = await db.emailLog.findMany({ where: { id: { gt: before._max.id ?? 0 }, subject: result.subject } });
    sent.push(...mails.map((m) => m.id));
    expect(mails).toHaveLength(1);
    expect(mails[0]!.toAddrs).toEqual(["jobs@python.org", "olivia@python.org", "jaime@python.org"]);
    expect(mails[0]!.text).toContain("Jobs posted in February 2031, by status:");
  });
});
