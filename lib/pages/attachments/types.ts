import type { ATTACHMENT_KINDS } from "./constants";

export type AttachmentKind = (typeof ATTACHMENT_KINDS)[number];

/** One stored file of a page, as the admin lists it. */
export type PageAttachment = {
  id: number;
  kind: AttachmentKind;
  /** The storage key (pages_image.image / pages_documentfile.document). */
  key: string;
  name: string;
  url: string;
};
