/**
 * The agreement document written as PDF (pdfkit) and DOCX (docx): both pure JavaScript, no
 * LaTeX, pandoc or downloaded binary (docs/sponsor-contracts.md says why these two). Text goes in
 * as text runs: pdfkit draws it and docx XML-escapes it, so nothing in a value is markup.
 */
import { readFile } from "node:fs/promises";
import path from "node:path";
import {
  AlignmentType,
  Document,
  HeadingLevel,
  Packer,
  PageBreak,
  Paragraph,
  TextRun,
  UnderlineType,
} from "docx";
import PDFDocument from "pdfkit";
import type { AgreementDocument, Run } from "./utils";

const HEADING_SIZE = { 1: 16, 2: 14, 3: 12 } as const;

/**
 * DejaVu Serif (the dejavu-fonts-ttf package, pinned; Bitstream Vera licence, free to
 * redistribute), embedded and subset by pdfkit: Latin with every European extension, Greek,
 * Cyrillic, Vietnamese and more, so a sponsor name or clause in any of them reads as written (the
 * standard PDF fonts cover Windows-1252 only). The files are read once per process.
 */
type FontName = "regular" | "bold";
let fontBytes: Promise<Record<FontName, Buffer>> | undefined;
export function pdfFonts(): Promise<Record<FontName, Buffer>> {
  fontBytes ??= (async () => {
    // Whole literal paths, so the build's file tracing (standalone output) takes these two files
    // and not the package's other fonts.
    const [regular, bold] = await Promise.all([
      readFile(path.join(process.cwd(), "node_modules/dejavu-fonts-ttf/ttf/DejaVuSerif.ttf")),
      readFile(path.join(process.cwd(), "node_modules/dejavu-fonts-ttf/ttf/DejaVuSerif-Bold.ttf")),
    ]);
    return { regular, bold };
  })();
  fontBytes.catch(() => (fontBytes = undefined));
  return fontBytes;
}

/** The agreement as a PDF: US Letter, 1.25in margins, 12pt DejaVu Serif, page breaks where the template says. */
export async function agreementPdf(doc: AgreementDocument): Promise<Uint8Array> {
  const fonts = await pdfFonts();
  const pdf = new PDFDocument({
    size: "LETTER",
    margin: 90,
    font: fonts.regular as never,
    info: { Title: doc.title, Producer: "python.org", Creator: "python.org" },
  });
  pdf.registerFont("regular", fonts.regular);
  pdf.registerFont("bold", fonts.bold);
  const chunks: Buffer[] = [];
  pdf.on("data", (c: Buffer) => chunks.push(c));
  const done = new Promise<void>((resolve, reject) => {
    pdf.on("end", resolve);
    pdf.on("error", reject);
  });
  const width = pdf.page.width - 180;
  const write = (runs: Run[], size: number, indent = 0, forceBold = false) => {
    if (!runs.length) return;
    runs.forEach((r, i) => {
      pdf
        .font(r.bold || forceBold ? "bold" : "regular")
        .fontSize(size)
        // Only the first piece of a line sets the box; later ones flow on in the same wrapper.
        .text(
          r.text,
          i === 0 ? 90 + indent : undefined,
          undefined,
          i === 0
            ? {
                continued: runs.length > 1,
                underline: Boolean(r.underline),
                width: width - indent,
                align: "left",
              }
            : { continued: i < runs.length - 1, underline: Boolean(r.underline) },
        );
    });
  };
  pdf.font("bold").fontSize(HEADING_SIZE[1]).text(doc.title, { align: "center" });
  pdf.moveDown();
  for (const b of doc.blocks) {
    if (b.kind === "pagebreak") {
      pdf.addPage();
      continue;
    }
    if (b.kind === "heading") write(b.runs, HEADING_SIZE[b.level], 0, true);
    else if (b.kind === "paragraph") write(b.runs, 12);
    else if (b.kind === "quote") write(b.runs, 12, 36);
    else write([{ text: `${b.label} ` }, ...b.runs], 12, 18 + b.depth * 24);
    pdf.moveDown(b.kind === "quote" ? 0.1 : 0.6);
  }
  pdf.end();
  await done;
  return new Uint8Array(Buffer.concat(chunks));
}

const docxRuns = (runs: Run[]) =>
  runs.map(
    (r) =>
      new TextRun({
        text: r.text,
        bold: r.bold,
        ...(r.underline ? { underline: { type: UnderlineType.SINGLE } } : {}),
      }),
  );

const HEADINGS = { 1: HeadingLevel.HEADING_1, 2: HeadingLevel.HEADING_2, 3: HeadingLevel.HEADING_3 } as const;

/** The agreement as a DOCX: the same blocks, Word headings, indented items, real page breaks. */
export async function agreementDocx(doc: AgreementDocument): Promise<Uint8Array> {
  const children: Paragraph[] = [
    new Paragraph({
      heading: HeadingLevel.TITLE,
      alignment: AlignmentType.CENTER,
      children: [new TextRun(doc.title)],
    }),
  ];
  for (const b of doc.blocks) {
    if (b.kind === "pagebreak") children.push(new Paragraph({ children: [new PageBreak()] }));
    else if (b.kind === "heading")
      children.push(new Paragraph({ heading: HEADINGS[b.level], children: docxRuns(b.runs) }));
    else if (b.kind === "paragraph")
      children.push(new Paragraph({ spacing: { after: 160 }, children: docxRuns(b.runs) }));
    else if (b.kind === "quote")
      children.push(new Paragraph({ indent: { left: 720 }, children: docxRuns(b.runs) }));
    else
      children.push(
        new Paragraph({
          indent: { left: 360 + b.depth * 480, hanging: 360 },
          spacing: { after: 120 },
          children: docxRuns([{ text: `${b.label}\t` }, ...b.runs]),
        }),
      );
  }
  const file = new Document({
    title: doc.title,
    creator: "python.org",
    styles: { default: { document: { run: { font: "Times New Roman", size: 24 } } } },
    sections: [
      {
        properties: { page: { margin: { top: 1800, bottom: 1800, left: 1800, right: 1800 } } },
        children,
      },
    ],
  });
  return new Uint8Array(await Packer.toBuffer(file));
}
