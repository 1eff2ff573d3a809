import { expect, test } from "@playwright/test";
import { createApiKeyFor, createUser } from "../support/db";

// reference §8.1 "v2 only: throttling ... user": DRF's user rate (3000 a day) for a token. It
// sends 3000 requests, so it runs with the tests that go last and alone (playwright.config.ts).
const stamp = Date.now() % 100_000;
let n = 0;
const ip = () => ({ "x-forwarded-for": `198.19.${Math.floor(n / 200) % 200}.${(n++ % 200) + 20}` });

test("v2: a signed-in token is throttled at DRF's user rate (3000 a day), with Retry-After", async ({
  request,
}) => {
  test.setTimeout(120_000);
  const username = `throttled${stamp}`;
  await createUser(username, "a passphrase for the throttled user");
  const token = { authorization: `Token ${await createApiKeyFor(username, "v2_token")}` };
  const statuses: number[] = [];
  for (let batch = 0; batch < 60; batch++)
    statuses.push(
      ...(await Promise.all(
        Array.from({ length: 50 }, async () =>
          (await request.get("/api/v2/downloads/os/", { headers: { ...ip(), ...token } })).status(),
        ),
      )),
    );
  expect(statuses.filter((s) => s === 200)).toHaveLength(3000);
  const over = await request.get("/api/v2/downloads/os/", { headers: { ...ip(), ...token } });
  expect(over.status()).toBe(429);
  expect(Number(over.headers()["retry-after"])).toBeGreaterThan(0);
  expect((await over.json()).detail).toMatch(
    /^Request was throttled\. Expected available in \d+ seconds?\.$/,
  );
});
