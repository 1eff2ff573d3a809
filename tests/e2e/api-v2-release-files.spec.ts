import { expect, test } from "@playwright/test";
import { fieldsOf } from "./support/api-reference";
import { createApiKeyFor } from "./support/db";

// /api/v2/downloads/release_file/ as release tooling uses it (reference §3.2, §3.3, §1.1 clean()).
const FILES = "/api/v2/downloads/release_file/";
const ip = (n: number) => ({ "x-forwarded-for": `198.51.100.${150 + n}` });
type File = Record<string, unknown> & { resource_uri: string; url: string };

test("list: ReleaseFileSerializer fields in order, strict filters", async ({ request }) => {
  const list = (await (await request.get(FILES, { headers: ip(1) })).json()) as File[];
  expect(list.length).toBeGreaterThan(10);
  expect(Object.keys(list[0]!)).toEqual(fieldsOf("v2", "downloads/release_file"));
  const unknown = await request.get(`${FILES}?description=x`, { headers: ip(1) });
  expect(unknown.status()).toBe(400);
  expect(await unknown.json()).toEqual({
    error: ["'exact' is not an allowed filter on the 'description' field."],
  });
  const contains = (await (
    await request.get(`${FILES}?description__contains=64-bit`, { headers: ip(1) })
  ).json()) as File[];
  expect(contains.every((f) => String(f.description).includes("64-bit"))).toBe(true);
});

test("staff add files to a new release with python.org URL and sidecar rules, then delete them by release", async ({
  request,
}) => {
  const token = await createApiKeyFor("staff", "v2_token");
  const staff = { ...ip(2), authorization: `Token ${token}` };
  const patch = 900 + Math.floor(Math.random() * 99);
  const rel = await request.post("/api/v2/downloads/release/", {
    headers: staff,
    data: {
      name: `Python 3.4.${patch}`,
      version: 3,
      is_published: true,
      release_date: new Date().toISOString(),
    },
  });
  expect(rel.status()).toBe(201);
  const release = (await rel.json()) as { resource_uri: string; slug: string };
  const releaseId = /(\d+)\/$/.exec(release.resource_uri)![1];
  const os = (
    (await (await request.get("/api/v2/downloads/os/?slug=windows", { headers: ip(2) })).json()) as File[]
  )[0]!;
  const url = `https://www.python.org/ftp/python/3.4.${patch}/python-3.4.${patch}-amd64.exe`;
  const file = {
    name: "Windows installer (64-bit)",
    os: os.resource_uri,
    release: release.resource_uri,
    url,
    gpg_signature_file: `${url}.asc`,
    sha256_sum: "ab".repeat(32),
    filesize: 25_947_096,
    download_button: true,
  };

  const offsite = await request.post(FILES, {
    headers: staff,
    data: { ...file, url: "https://evil.example/x.exe", gpg_signature_file: "" },
  });
  expect(offsite.status()).toBe(400);
  expect(await offsite.json()).toEqual({
    url: ["Release file URLs must begin with 'https://www.python.org/'."],
  });
  const sidecar = await request.post(FILES, {
    headers: staff,
    data: { ...file, gpg_signature_file: `${url}.sig` },
  });
  expect(await sidecar.json()).toEqual({
    gpg_signature_file: ["Sidecar URL must match the artifact URL plus '.asc'."],
  });

  const created = await request.post(FILES, { headers: staff, data: file });
  expect(created.status()).toBe(201);
  const body = (await created.json()) as File;
  expect(body).toMatchObject({
    url,
    gpg_signature_file: `${url}.asc`,
    sigstore_bundle_file: "",
    download_button: true,
  });
  expect(body.slug).toBe(`${release.slug}-windows-installer-64-bit`);
  const put = await request.put(new URL(body.resource_uri).pathname, {
    headers: staff,
    data: { ...file, description: "Recommended" },
  });
  expect(put.status()).toBe(200);
  expect(((await put.json()) as File).description).toBe("Recommended");

  const second = await request.post(FILES, {
    headers: staff,
    data: { ...file, name: "Windows installer (64-bit, again)", url: `${url}2`, gpg_signature_file: "" },
  });
  expect(second.status()).toBe(400);
  expect(await second.json()).toEqual({
    non_field_errors: ['Only one Release File per OS can have "Download button" enabled'],
  });

  // The release page lists the new file on the next request.
  expect(await (await request.get(`/downloads/release/${release.slug}/`)).text()).toContain(
    `python-3.4.${patch}-amd64.exe`,
  );

  const byRelease = `${FILES}delete_by_release/`;
  expect((await request.get(`${byRelease}?release=${releaseId}`, { headers: staff })).status()).toBe(405);
  expect((await request.delete(byRelease, { headers: staff })).status()).toBe(400);
  expect((await request.delete(`${byRelease}?release=abc`, { headers: staff })).status()).toBe(400);
  const anon = await request.delete(`${byRelease}?release=${releaseId}`, { headers: ip(3) });
  expect(anon.status()).toBe(401);
  expect((await request.delete(`${byRelease}?release=${releaseId}`, { headers: staff })).status()).toBe(204);
  expect(
    ((await (await request.get(`${FILES}?release=${releaseId}`, { headers: ip(2) })).json()) as File[])
      .length,
  ).toBe(0);
  await request.delete(new URL(release.resource_uri).pathname, { headers: staff });
});
