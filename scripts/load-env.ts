// Loads .env for command-line scripts (Next loads it by itself); imported first so lib/env sees it.
import { config } from "dotenv";

config({ quiet: true });
