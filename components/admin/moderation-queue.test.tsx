import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it, vi } from "vitest";
import { moderationSchema } from "@/lib/admin/schema";
import { ModerationQueue } from "./moderation-queue";

vi.mock("next/navigation", () => ({ useRouter: () => ({ push: () => undefined }) }));

const action = async () => ({});

describe("ModerationQueue", () => {
  it("shows each pending item with approve, reject and a labelled comment, the id carried", () => {
    const html = renderToStaticMarkup(
      <ModerationQueue
        label="Jobs awaiting review"
        action={action}
        items={[
          { id: 7, title: "Senior Python Developer", meta: "Submitted by ada" },
          { id: 9, title: "Django Contractor" },
        ]}
      />,
    );
    expect(html).toContain('aria-label="Jobs awaiting review"');
    expect(html).toContain("2 waiting");
    expect(html.match(/value="approve" name="decision"/g)).toHaveLength(2);
    expect(html.match(/value="reject" name="decision"/g)).toHaveLength(2);
    expect(html).toContain('<input type="hidden" name="id" value="7"/>');
    expect(html).toContain('<label for="moderation-9-comment"');
    expect(html).toContain('id="moderation-9-comment" name="comment"');
    expect(html).toContain("Submitted by ada");
  });

  it("says so when nothing is pending", () => {
    const html = renderToStaticMarkup(<ModerationQueue label="Queue" action={action} items={[]} />);
    expect(html).toContain("0 waiting");
    expect(html).toContain("Nothing is waiting for review.");
    expect(html).not.toContain("decision");
  });
});

describe("moderationSchema", () => {
  it("approves without a comment and refuses a rejection without one", () => {
    expect(moderationSchema.safeParse({ id: "7", decision: "approve" }).success).toBe(true);
    const refused = moderationSchema.safeParse({ id: "7", decision: "reject", comment: "  " });
    expect(refused.success).toBe(false);
    expect(refused.error?.issues[0]?.path).toEqual(["comment"]);
    expect(moderationSchema.parse({ id: "7", decision: "reject", comment: " Spam " })).toEqual({
      id: 7,
      decision: "reject",
      comment: "Spam",
    });
  });
});
