import { z } from "zod";
import { ATTACHMENT_KINDS } from "./constants";

export const attachmentKindSchema = z.enum(ATTACHMENT_KINDS);
