/**
 * Direct database access for end-to-end tests that need state the UI cannot create yet (API keys
 * for seeded users). Uses the same DATABASE_URL as the server under test.
 */
import pg from "pg";
import { generateApiKey } from "@/lib/users/utils";

export async function withDb<T>(fn: (c: pg.Client) => Promise<T>): Promise<T> {
  const url = process.env.DATABASE_URL;
  if (!url) throw new Error("DATABASE_URL is required for this end-to-end test");
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return await fn(client);
  } finally {
    await client.end();
  }
}

/** A fresh API key of the given kind for a seeded user; returns the key in clear. */
export async function createApiKeyFor(username: string, kind: "v1_apikey" | "v2_token"): Promise<string> {
  const { key, keyHash, prefix } = generateApiKey();
  await withDb(async (c) => {
    const r = await c.query<{ id: number }>("SELECT id FROM users_user WHERE username = $1", [username]);
    if (!r.rows[0]) throw new Error(`No seeded user ${username}`);
    await c.query(
      "INSERT INTO users_apikey (user_id, kind, key_hash, prefix, name) VALUES ($1, $2, $3, $4, 'e2e')",
      [r.rows[0].id, kind, keyHash, prefix],
    );
  });
  return key;
}

/** A fresh, verified user with this password (for tests that change account state). */
export async function createUser(username: string, password: string): Promise<void> {
  const { hashPassword } = await import("@/lib/users/passwords/utils");
  const hash = await hashPassword(password);
  await withDb((c) =>
    c.query(
      `INSERT INTO users_user (username, email, password, email_verified, is_active, date_joined)
       VALUES ($1, $2, $3, now(), true, now())`,
      [username, `${username}@example.org`, hash],
    ),
  );
}

/**
 * The slug of the seeded PSF Board election whose nominations are open now, or of the latest one
 * whose nominations have closed. Seeded elections are named by the year they are held (which is
 * not always this year), so tests look them up instead of building the slug from today's date.
 */
export async function seededBoardElection(state: "open" | "closed"): Promise<string> {
  const window = state === "open" ? "nominations_close_at > now()" : "nominations_close_at <= now()";
  return withDb(async (c) => {
    const { rows } = await c.query(
      `SELECT slug FROM nominations_election WHERE slug ~ '^[0-9]{4}-psf-board-election$' AND ${window}
       ORDER BY date DESC LIMIT 1`,
    );
    if (!rows[0]) throw new Error(`No seeded ${state} PSF Board election`);
    return String(rows[0].slug);
  });
}
