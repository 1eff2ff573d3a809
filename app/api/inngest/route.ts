// GET/POST/PUT /api/inngest — Inngest's endpoint: introspection, sync and function calls.
// In cloud mode the SDK rejects requests without a valid INNGEST_SIGNING_KEY signature (AC-CONF-1).
import { serve } from "inngest/next";
import { inngest } from "@/inngest/client";
import { functions } from "@/inngest/index";

export const { GET, POST, PUT } = serve({ client: inngest, functions });
