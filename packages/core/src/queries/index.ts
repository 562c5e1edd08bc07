export * from "./lookup";
export * from "./meetings";
export * from "./people";
export * from "./organizations";
export * from "./search";
export * from "./sources";
export * from "./summary";
export * from "./audit";
