/** Who may manage and publish sponsors (apps/sponsors admin and API). */
import { has, type Who } from "@/lib/users/permissions";

export const sponsorsPermissions = { manage: "sponsors.manage", publish: "sponsors.publish" } as const;

export const canManageSponsors = (who: Who) => has(who, sponsorsPermissions.manage);
/** apps/sponsors/api.py SponsorPublisherPermission: staff, superuser or sponsors.sponsor_publisher. */
export const canPublishSponsors = (who: Who) => has(who, sponsorsPermissions.publish);
