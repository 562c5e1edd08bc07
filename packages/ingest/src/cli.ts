#!/usr/bin/env node
// The `briefings-ingest` executable.
import { neutralize } from "@briefings/core/text";
import { runIngestCli } from "./cli-main";

// A reader that closes the pipe early (`briefings-ingest x --json | head`) is not an error: stop quietly.
for (const stream of [process.stdout, process.stderr]) {
  stream.on("error", (error: NodeJS.ErrnoException) => {
    if (error.code === "EPIPE") process.exit(process.exitCode ?? 0);
    throw error;
  });
}

runIngestCli(process.argv.slice(2), { stdin: process.stdin, stdout: process.stdout, stderr: process.stderr }).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    process.stderr.write(`briefings-ingest: unexpected error: ${neutralize(error instanceof Error ? error.message : String(error), "terminal")}\n`);
    process.exitCode = 1;
  },
);
