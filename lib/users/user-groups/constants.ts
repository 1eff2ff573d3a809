/** apps/users UserGroup (the Python user groups). */

/** UserGroup.url_type choices. */
export const URL_TYPES = ["meetup", "distribution list", "other"] as const;
