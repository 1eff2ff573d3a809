/**
 * §8.4 contracts: the agreement generated as PDF and DOCX and read back from the bytes (the PDF's
 * content streams inflated and their strings decoded; the DOCX unzipped and its XML read), with
 * the sponsor name, the fee in words, every benefit and clause footnote, page breaks, and a
 * sponsor name full of Markdown, LaTeX, XML and Liquid metacharacters shown literally, and a
 * sponsor name and clause in Polish, Greek, Cyrillic, Vietnamese and Turkish read back as written.
 */
import zlib from "node:zlib";
import { describe, expect, it } from "vitest";
import { DEFAULT_CONTRACT_TEMPLATE } from "@/lib/sponsors/contracts/constants";
import {
  agreementContext,
  agreementTitle,
  benefitsAndClauses,
  contractFileName,
} from "@/lib/sponsors/contracts/utils";
import { agreementDocx, agreementPdf } from "./services";
import { renderAgreement } from "./utils";

/** The objects of a PDF (pdfkit writes them uncompressed, their streams deflated): number → dictionary and stream. */
function pdfObjects(s: string): Map<number, { dict: string; stream: string | null }> {
  const objects = new Map<number, { dict: string; stream: string | null }>();
  for (const m of s.matchAll(
    /(\d+) 0 obj\s*(<<[\s\S]*?>>)\s*(?:stream\r?\n([\s\S]*?)\r?\nendstream)?\s*endobj/g,
  )) {
    let stream: string | null = null;
    if (m[3] !== undefined) {
      try {
        stream = zlib.inflateSync(Buffer.from(m[3], "latin1")).toString("latin1");
      } catch {
        stream = null;
      }
    }
    objects.set(Number(m[1]), { dict: m[2]!, stream });
  }
  return objects;
}

const utf16 = (hex: string) => Buffer.from(hex.replace(/\s+/g, ""), "hex").swap16().toString("utf16le");

/** A ToUnicode CMap (bfchar and bfrange, both range forms): glyph code → text. */
function parseToUnicode(cmap: string): Map<number, string> {
  const map = new Map<number, string>();
  for (const block of cmap.matchAll(/beginbfchar([\s\S]*?)endbfchar/g))
    for (const m of block[1]!.matchAll(/<([0-9a-f]+)>\s*<([0-9a-f\s]+)>/gi))
      map.set(parseInt(m[1]!, 16), utf16(m[2]!));
  for (const block of cmap.matchAll(/beginbfrange([\s\S]*?)endbfrange/g))
    for (const m of block[1]!.matchAll(/<([0-9a-f]+)>\s*<([0-9a-f]+)>\s*(\[[^\]]*\]|<[0-9a-f]+>)/gi)) {
      // An entry of several characters (a ligature) is written as `<0066 0069>`.
      const lo = parseInt(m[1]!, 16);
      const hi = parseInt(m[2]!, 16);
      if (m[3]!.startsWith("["))
        [...m[3]!.matchAll(/<([0-9a-f\s]+)>/gi)].forEach((d, i) => map.set(lo + i, utf16(d[1]!)));
      else {
        const first = parseInt(m[3]!.slice(1, -1), 16);
        for (let c = lo; c <= hi; c++) map.set(c, String.fromCodePoint(first + c - lo));
      }
    }
  return map;
}

/**
 * Every string a PDF's text operators draw, a line per text position change, decoded as a PDF
 * reader does: each font's glyph codes (2 bytes, Identity-H, for the embedded DejaVu subsets)
 * through that font's ToUnicode map.
 */
function pdfText(bytes: Uint8Array): { text: string; pages: number } {
  const s = Buffer.from(bytes).toString("latin1");
  const objects = pdfObjects(s);
  const fonts = new Map<string, Map<number, string>>();
  for (const { dict } of objects.values())
    for (const f of dict.match(/\/Font\s*<<([\s\S]*?)>>/)?.[1]?.matchAll(/\/(\w+)\s+(\d+) 0 R/g) ?? []) {
      const unicode = /\/ToUnicode (\d+) 0 R/.exec(objects.get(Number(f[2]))?.dict ?? "")?.[1];
      const cmap = unicode ? objects.get(Number(unicode))?.stream : null;
      if (cmap) fonts.set(f[1]!, parseToUnicode(cmap));
    }
  let out = "";
  let lastY: number | null = null;
  for (const { stream } of objects.values()) {
    if (!stream) continue;
    for (const bt of stream.matchAll(/\bBT\b([\s\S]*?)\bET\b/g)) {
      // Runs of one line share its baseline up to the fonts' ascent (bold and regular differ a little).
      const y = Number(/([\d.]+) Tm/.exec(bt[1]!)?.[1] ?? NaN);
      let font: Map<number, string> | undefined;
      let line = "";
      for (const t of bt[1]!.matchAll(/\/(\w+) [\d.]+ Tf|<([0-9a-f]*)>/gi)) {
        if (t[1]) font = fonts.get(t[1]);
        else
          for (let i = 0; i + 4 <= t[2]!.length; i += 4)
            line += font?.get(parseInt(t[2]!.slice(i, i + 4), 16)) ?? "\uFFFD";
      }
      out += (lastY !== null && Math.abs(y - lastY) < 6 ? "" : "\n") + line;
      lastY = y;
    }
  }
  return { text: out, pages: (s.match(/\/Type \/Page\b/g) ?? []).length };
}

/** The entries of a ZIP (stored or deflated), read from its central directory. */
function unzip(bytes: Uint8Array): Map<string, string> {
  const b = Buffer.from(bytes);
  const files = new Map<string, string>();
  const end = b.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  let p = b.readUInt32LE(end + 16);
  for (let i = 0; i < b.readUInt16LE(end + 10); i++) {
    const method = b.readUInt16LE(p + 10);
    const size = b.readUInt32LE(p + 20);
    const nameLen = b.readUInt16LE(p + 28);
    const skip = nameLen + b.readUInt16LE(p + 30) + b.readUInt16LE(p + 32);
    const name = b.toString("utf8", p + 46, p + 46 + nameLen);
    const local = b.readUInt32LE(p + 42);
    const data = local + 30 + b.readUInt16LE(local + 26) + b.readUInt16LE(local + 28);
    const raw = b.subarray(data, data + size);
    files.set(name, (method === 8 ? zlib.inflateRawSync(raw) : raw).toString("utf8"));
    p += 46 + skip;
  }
  return files;
}

const xmlText = (xml: string) =>
  xml
    .split(/<\/w:p>/)
    .map((p) =>
      [...p.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)]
        .map((t) => t[1]!)
        .join("")
        .replace(/&lt;/g, "<")
        .replace(/&gt;/g, ">")
        .replace(/&quot;/g, '"')
        .replace(/&apos;/g, "'")
        .replace(/&amp;/g, "&"),
    )
    .join("\n");

const flat = (t: string) => t.replace(/\s+/g, " ");

const EVIL = "Evil **Bold** \\newpage <w:p>&amp; $x^2$ [^9] {{ renewal }} {% if %} # _u_";

const { benefitsList, legalClauses } = benefitsAndClauses(
  [
    { programName: "Foundation", displayName: "Logo on python.org (Large)", clauseIds: [2] },
    { programName: "PyCon", displayName: "Booth", clauseIds: [1, 2] },
    { programName: "PyPI", displayName: "Social media mention", clauseIds: [] },
  ],
  [
    { id: 1, order: 2, clause: "Booth space is assigned first come, first served." },
    { id: 2, order: 1, clause: "Logos must be vector art." },
  ],
);

function sponsorship(name: string, renewal: boolean) {
  return {
    year: 2026,
    startDate: new Date(Date.UTC(2026, 2, 1)),
    renewal,
    levelNameOld: "Visionary",
    sponsorshipFee: 150_000,
    package: { name: "Visionary" },
    sponsor: {
      name,
      mailingAddressLine1: "1 Main St",
      mailingAddressLine2: "",
      city: "Springfield",
      state: "OR",
      postalCode: "97477",
      country: "US",
      countryOfIncorporation: "",
      stateOfIncorporation: "Delaware",
      contacts: [{ name: "Ada Contact", email: "ada@example.org", phone: "+1 555 0100" }],
    },
  };
}

async function build(name: string, renewal = false) {
  const s = sponsorship(name, renewal);
  const ctx = agreementContext(
    s,
    { sponsorInfo: `${name}, makes things`, benefitsList, legalClauses },
    new Date(Date.UTC(2025, 1, 22)),
  );
  return renderAgreement(DEFAULT_CONTRACT_TEMPLATE, ctx, agreementTitle(renewal));
}

describe("agreement PDF and DOCX", () => {
  it("carry the sponsor, the fee in words and digits, every benefit and each clause footnote once", async () => {
    const doc = await build("Acme Widgets");
    const pdf = pdfText(await agreementPdf(doc));
    const files = unzip(await agreementDocx(doc));
    const docx = xmlText(files.get("word/document.xml")!);
    for (const text of [flat(pdf.text), flat(docx)]) {
      expect(text).toContain("SPONSORSHIP AGREEMENT");
      expect(text).toContain("ACME WIDGETS");
      expect(text).toContain("1st of March 2026");
      expect(text).toContain("One Hundred And Fifty Thousand USD ($150,000)");
      expect(text).toContain("a Delaware corporation");
      expect(text).toContain("Foundation - Logo on python.org (Large) [1]");
      expect(text).toContain("PyCon - Booth [1] [2]");
      expect(text).toContain("PyPI - Social media mention");
      expect(text).toContain("[1] Logos must be vector art.");
      expect(text).toContain("[2] Booth space is assigned first come, first served.");
      expect(text.match(/\[1\] Logos must be vector art\./g)).toHaveLength(1);
      expect(text).toContain("Email: ada@example.org");
      expect(text).not.toContain("RENEWAL");
      expect(text).not.toContain("{{");
    }
    expect(doc.blocks.filter((b) => b.kind === "pagebreak")).toHaveLength(2);
    expect(pdf.pages).toBeGreaterThanOrEqual(3);
    expect(files.get("word/document.xml")!.match(/<w:br w:type="page"\/>/g)).toHaveLength(2);
  });

  it("a renewal says so and names the previous effective date", async () => {
    const doc = await build("Acme Widgets", true);
    const text = flat(pdfText(await agreementPdf(doc)).text);
    expect(text).toContain("SPONSORSHIP AGREEMENT RENEWAL");
    expect(text).toContain("with the effective date of the 22nd of February 2025");
    expect(text).toContain("Replacement of the Exhibit");
    const docx = flat(xmlText(unzip(await agreementDocx(doc)).get("word/document.xml")!));
    expect(docx).toContain("22nd of February 2025");
  });

  it("a sponsor name full of metacharacters comes out literally and adds no markup or page", async () => {
    const doc = await build(EVIL);
    const pdf = pdfText(await agreementPdf(doc));
    const xml = unzip(await agreementDocx(doc)).get("word/document.xml")!;
    const docx = xmlText(xml);
    for (const text of [flat(pdf.text), docx]) {
      expect(text).toContain(EVIL);
      expect(text).toContain(EVIL.toUpperCase());
      expect(text).not.toContain("AGREEMENT RENEWAL");
    }
    expect(doc.blocks.filter((b) => b.kind === "pagebreak")).toHaveLength(2);
    expect(pdf.pages).toBe(pdfText(await agreementPdf(await build("Acme Widgets"))).pages);
    expect(xml.match(/<w:br w:type="page"\/>/g)).toHaveLength(2);
    expect(xml).toContain("&lt;w:p&gt;&amp;amp;");
    expect(xml).not.toContain("<w:p>&amp;");
    // The bold run of the name is the template's, not one the name's ** opened or closed.
    expect(
      doc.blocks.some(
        (b) => b.kind !== "pagebreak" && b.runs.some((r) => r.text === EVIL.toUpperCase() && r.bold),
      ),
    ).toBe(true);
  });
});

describe("agreement PDF in any script", () => {
  it("a sponsor name and a clause in Polish, Greek, Cyrillic, Vietnamese and Turkish read back as written", async () => {
    const NAME = "Żółć Ελληνικά Кириллица Tiếng Việt İğneş";
    const CLAUSE = "Ο χορηγός — спонсор — nhà tài trợ: «ąęśź» ĞŞİ ő ű ř ů € ‰ “quoted”.";
    const s = sponsorship(NAME, false);
    const { benefitsList: list, legalClauses: clauses } = benefitsAndClauses(
      [{ programName: "Foundation", displayName: "Λογότυπο — Логотип", clauseIds: [1] }],
      [{ id: 1, order: 1, clause: CLAUSE }],
    );
    const ctx = agreementContext(
      s,
      { sponsorInfo: `${NAME}, makes things`, benefitsList: list, legalClauses: clauses },
      new Date(Date.UTC(2025, 1, 22)),
    );
    const doc = await renderAgreement(DEFAULT_CONTRACT_TEMPLATE, ctx, agreementTitle(false));
    const bytes = await agreementPdf(doc);
    const pdf = flat(pdfText(bytes).text);
    expect(pdf).toContain(NAME);
    expect(pdf).toContain(NAME.toUpperCase());
    expect(pdf).toContain(`${NAME}, makes things`);
    expect(pdf).toContain("Foundation - Λογότυπο — Логотип [1]");
    expect(pdf).toContain(`[1] ${CLAUSE}`);
    expect(pdf).not.toContain("\uFFFD");
    expect(pdf).not.toContain("?");
    // The glyphs are DejaVu Serif's, embedded (subset) in regular and bold.
    const raw = Buffer.from(bytes).toString("latin1");
    expect(raw).toMatch(/\/BaseFont \/[A-Z]{6}\+DejaVuSerif\n/);
    expect(raw).toMatch(/\/BaseFont \/[A-Z]{6}\+DejaVuSerif-Bold\n/);
    expect(raw).toContain("/FontFile2");
    expect(raw).not.toMatch(/\/BaseFont \/(Times|Helvetica)/);
    const docx = xmlText(unzip(await agreementDocx(doc)).get("word/document.xml")!);
    expect(flat(docx)).toContain(NAME);
    expect(flat(docx)).toContain(CLAUSE);
  });
});

describe("contractFileName", () => {
  it("names the DOCX after the sponsor, contract or renewal, unidecoded", () => {
    expect(contractFileName("Acme Widgets Inc.", false, "docx")).toBe(
      "sponsorship-contract-Acme-Widgets-Inc.docx",
    );
    expect(contractFileName("Café Zoë", true, "docx")).toBe("sponsorship-renewal-Cafe-Zoe.docx");
    expect(contractFileName('a"b\r\nc', false, "pdf")).toBe("sponsorship-contract-abc.pdf");
  });
});
