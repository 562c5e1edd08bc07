// The zod schemas of every briefing entity. Types are inferred from them.
export * from "./primitives";
export * from "./evidence";
export * from "./attested";
export * from "./source";
export * from "./correction";
export * from "./organization";
export * from "./person";
export * from "./role";
export * from "./topic";
export * from "./meeting";
export * from "./participation";
export * from "./speech";
export * from "./dataset";
