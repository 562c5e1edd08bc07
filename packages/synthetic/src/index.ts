// @briefings/synthetic: deterministic synthetic briefings datasets, valid against every rule, for benchmarks.
export { datasetHeader, generateDataset, generateRecords, DEFAULT_SEED, type GeneratedRecord, type GenerateOptions } from "./generate";
export { renderDatasetModule, renderJsonModule, writeDatasetFile, writeFileAtomic, type WriteOptions } from "./files";
export { parseArguments, type CliOptions } from "./arguments";
export { createRng, mulberry32, type Rng } from "./prng";
export { peoplePoolSize } from "./pools";
