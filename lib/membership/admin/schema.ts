import { z } from "zod";
import { MEMBERSHIP_TYPES } from "@/lib/membership/constants";
import { membershipUpdateSchema } from "@/lib/membership/schema";
import { text } from "@/lib/platform/forms";

const f = membershipUpdateSchema.shape;
const any = (max: number) => text().pipe(z.string().max(max, `Use at most ${max} characters.`));

/** Staff set the membership type (only Basic is self-service) and may leave address fields empty. */
export const memberFormSchema = z
  .object({
    id: z.coerce.number().int().positive(),
    membershipType: text()
      .pipe(z.enum(Object.keys(MEMBERSHIP_TYPES) as [string, ...string[]], "Choose a membership type."))
      .transform(Number),
    votes: f.votes,
    legalName: any(100),
    preferredName: any(100),
    emailAddress: f.emailAddress,
    city: any(100),
    region: any(100),
    country: any(100),
    postalCode: any(20),
  })
  .transform(({ id, ...input }) => ({ id, input }));
