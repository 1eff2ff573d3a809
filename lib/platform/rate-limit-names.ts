/** Named rate limits: points per duration in seconds (enforced by lib/platform/rate-limit.ts). */
export const rateLimits = {
  // pydotorg/resources.py: Tastypie CacheThrottle(throttle_at=600), per hour per identifier.
  "api-v1": { points: 600, duration: 3600 },
  // pydotorg/settings/base.py: DRF throttles anon 100/day, user 3000/day.
  "api-v2-anon": { points: 100, duration: 86_400 },
  "api-v2-user": { points: 3000, duration: 86_400 },
  // Our own JSON endpoints (search, OpenAPI), per client per minute.
  "api-read": { points: 120, duration: 60 },
  "api-write": { points: 30, duration: 60 },
  // /api/session (and /api/me), asked by the header of every page view.
  "api-session": { points: 600, duration: 60 },
  // Browsers' CSP violation reports (AC-HDR-1): a page can trigger many at once.
  "csp-report": { points: 60, duration: 60 },
  // Download pings (<a ping>): a person rarely starts more than a few downloads a minute.
  "download-ping": { points: 30, duration: 60 },
  // Sign-in (AC-AUTH-1, stricter than allauth's defaults): failures only are counted.
  "login-fail-id-ip": { points: 5, duration: 300 },
  "login-fail-ip-minute": { points: 10, duration: 60 },
  "login-fail-ip-day": { points: 100, duration: 86_400 },
  // Accounts (allauth parity): sign-ups and reset requests per address, mail per target address
  // (AC-EMAIL-1: at most 1 per 3 minutes and 5 per day for one address).
  "signup-ip": { points: 20, duration: 60 },
  "reset-ip": { points: 20, duration: 60 },
  "account-mail-3min": { points: 1, duration: 180 },
  "account-mail-day": { points: 5, duration: 86_400 },
  // "Send the confirmation link again" (/accounts/confirm-email/), per signed-in person.
  "confirm-resend-user": { points: 1, duration: 180 },
  // Forms that check the current password of a signed-in account (change password or email,
  // delete account): allauth's change_password 5/m/user, so a stolen session cannot guess it.
  "password-check-user": { points: 5, duration: 60 },
  // Job board postings (new jobs and submissions for review), per signed-in person per hour.
  "job-submit": { points: 10, duration: 3600 },
  // Success story submissions (apps/successstories StoryCreate), per signed-in user.
  "story-submit": { points: 5, duration: 3600 },
  // PSF membership and nomination forms, per user (a person saves them a few times at most).
  "membership-write": { points: 20, duration: 3600 },
  "nomination-write": { points: 30, duration: 3600 },
  // Event submissions (apps/events EventSubmit), per signed-in person per hour.
  "event-submit": { points: 10, duration: 3600 },
  // Sponsorship applications (apps/sponsors NewSponsorshipApplicationView), per signed-in person per hour.
  "sponsorship-apply": { points: 10, duration: 3600 },
} as const;

export type RateLimitName = keyof typeof rateLimits;
