/**
 * Page attachments (apps/pages Image and DocumentFile): images stored at `<page.path>/<name>`,
 * documents under `files/<name>`, as Django's upload_to did.
 */
export const ATTACHMENT_KINDS = ["image", "document"] as const;

export const DOCUMENTS_PREFIX = "files";

// Raster formats only: SVG can carry script and is refused (AC-FILE-1).
export const IMAGE_TYPES: Record<string, string> = {
  png: "image/png",
  jpg: "image/jpeg",
  jpeg: "image/jpeg",
  gif: "image/gif",
  webp: "image/webp",
};

// Document extensions accepted, each with the type the bytes must show (null: text, checked for
// markup instead; "zip": an Office Open XML or OpenDocument container is a zip; "ole": legacy Office).
export const DOCUMENT_TYPES: Record<string, { type: string; magic: string | null }> = {
  pdf: { type: "application/pdf", magic: "application/pdf" },
  txt: { type: "text/plain", magic: null },
  csv: { type: "text/csv", magic: null },
  zip: { type: "application/zip", magic: "application/zip" },
  gz: { type: "application/gzip", magic: "application/gzip" },
  tgz: { type: "application/gzip", magic: "application/gzip" },
  bz2: { type: "application/x-bzip2", magic: "application/x-bzip2" },
  xz: { type: "application/x-xz", magic: "application/x-xz" },
  docx: {
    type: "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    magic: "application/zip",
  },
  xlsx: {
    type: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    magic: "application/zip",
  },
  pptx: {
    type: "application/vnd.openxmlformats-officedocument.presentationml.presentation",
    magic: "application/zip",
  },
  odt: { type: "application/vnd.oasis.opendocument.text", magic: "application/zip" },
  ods: { type: "application/vnd.oasis.opendocument.spreadsheet", magic: "application/zip" },
  odp: { type: "application/vnd.oasis.opendocument.presentation", magic: "application/zip" },
  doc: { type: "application/msword", magic: "application/x-ole-storage" },
  xls: { type: "application/vnd.ms-excel", magic: "application/x-ole-storage" },
  ppt: { type: "application/vnd.ms-powerpoint", magic: "application/x-ole-storage" },
  png: { type: "image/png", magic: "image/png" },
  jpg: { type: "image/jpeg", magic: "image/jpeg" },
  jpeg: { type: "image/jpeg", magic: "image/jpeg" },
  gif: { type: "image/gif", magic: "image/gif" },
  webp: { type: "image/webp", magic: "image/webp" },
};
