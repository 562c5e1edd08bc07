export * from "./evidence";
export * from "./lookup";
export * from "./meetings";
export * from "./people";
export * from "./organizations";
export * from "./search";
export * from "./sources";
export * from "./summary";
