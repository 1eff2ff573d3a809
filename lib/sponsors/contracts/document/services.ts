/**
 * The agreement document written as PDF (pdfkit) and DOCX (docx): both pure JavaScript, no
 * LaTeX, pandoc or downloaded binary (docs/sponsor-contracts.md says why these two). Text goes in
 * as text runs: pdfkit draws it and docx XML-escapes it, so nothing in a value is markup.
 */
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

const PDF_FONT = { regular: "Times-Roman", bold: "Times-Bold" } as const;
const HEADING_SIZE = { 1: 16, 2: 14, 3: 12 } as const;

/**
 * The standard PDF fonts cover Windows-1252; any other character is shown as "?" rather than as
 * a wrong glyph (a sponsor name in another script still reads in the DOCX).
 */
const WIN_ANSI = /[^\u0020-\u007e\u00a0-\u00ff\u2013\u2014\u2018\u2019\u201c\u201d\u2022\u2026\u20ac]/g;
const pdfText = (t: string) => t.replace(WIN_ANSI, "?");

/** The agreement as a PDF: US Letter, 1.25in margins, 12pt Times, page breaks where the template says. */
export async function agreementPdf(doc: AgreementDocument): Promise<Uint8Array> {
  const pdf = new PDFDocument({
    size: "LETTER",
    margin: 90,
    info: { Title: doc.title, Producer: "python.org", Creator: "python.org" },
  });
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
        .font(r.bold || forceBold ? PDF_FONT.bold : PDF_FONT.regular)
        .fontSize(size)
        // Only the first piece of a line sets the box; later ones flow on in the same wrapper.
        .text(
          pdfText(r.text),
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
  pdf.font(PDF_FONT.bold).fontSize(HEADING_SIZE[1]).text(pdfText(doc.title), { align: "center" });
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
