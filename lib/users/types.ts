/** Who is calling: resolved from an API key, a token or (with accounts) a session. */
export type Principal = {
  userId: number;
  username: string;
  isStaff: boolean;
  isSuperuser: boolean;
  /** Permission codenames from the user and their groups, e.g. "sponsors.sponsor_publisher". */
  permissions: string[];
  via: "apikey" | "token" | "session";
  apiKeyId?: number;
  /** Sessions: when the person last proved who they are (sign-in), in epoch seconds. */
  authAt?: number;
};
