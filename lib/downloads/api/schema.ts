/**
 * Zod pieces shared by the downloads API adapters: related rows arrive as links and leave the
 * schema as ids, so mutations never see a URL. The messages are the frameworks' own.
 */
import { z } from "zod";
import { idFromLink } from "./utils";

/** DRF's "This field is required." when the key is missing; zod's wording for a wrong type. */
export const required = {
  error: (iss: { input: unknown }) => (iss.input === undefined ? "This field is required." : undefined),
};

/**
 * A DRF HyperlinkedRelatedField (rest_framework/relations.py): a URL whose path ends in
 * /api/v2/<resource>/<pk>/, scheme and host optional; parsed to the pk.
 */
export const v2Hyperlink = (resource: string) =>
  z
    .string(required)
    .regex(new RegExp(`/api/v2/${resource}/\\d+/?$`), "Invalid hyperlink - No URL match.")
    .transform(idFromLink);

/**
 * A Tastypie ToOneField (tastypie/fields.py): a resource URI /api/v1/<resource>/<pk>/, optionally
 * absolute; parsed to the pk.
 */
export const v1ResourceUri = (resource: string) =>
  z
    .string()
    .regex(
      new RegExp(`^(https?://[^/]+)?/api/v1/${resource}/\\d+/?$`),
      "Could not find the provided object via resource URI.",
    )
    .transform(idFromLink);
