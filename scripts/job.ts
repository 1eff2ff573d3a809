/**
 * `npm run job -- <function-id> [json-data]`: runs one background function now, in this process,
 * recorded in BackgroundRun like any in-process run (crons by hand, or an event's function with a
 * payload). `npm run job` alone lists the functions.
 */
import "./load-env";
import { jobs } from "../inngest/index";
import { runJobNow } from "../inngest/client";
import { db } from "../lib/platform/db";
import { closeRedis } from "../lib/platform/redis";

const [id, json] = process.argv.slice(2);
try {
  if (!id) {
    console.log("Functions:");
    for (const j of jobs) {
      const trigger = "cron" in j.trigger ? `cron ${j.trigger.cron}` : `event ${j.trigger.event}`;
      console.log(`  ${j.id.padEnd(32)} ${trigger}`);
    }
  } else {
    const data = json ? (JSON.parse(json) as Record<string, unknown>) : {};
    const { runId, status } = await runJobNow(id, data);
    console.log(`${id}: ${status} (run ${runId})`);
    process.exitCode = status === "succeeded" ? 0 : 1;
  }
} catch (e) {
  console.error(e instanceof Error ? e.message : e);
  process.exitCode = 2;
} finally {
  await db.$disconnect();
  await closeRedis();
}
