// @briefings/bench: assembles the workspace benchmark report from each package's fragment.
export { assembleReport, cell, demote, ISSUE_TARGETS, parseResults, targetRows, type Fragment, type IssueTarget, type MeasuredTarget, type PackageResults, type ReportInput } from "./report";
export { median, quantile, stats, type Stats } from "./stats";
export { formatMemory, parseCpuInfo, type Machine } from "./machine";
export { collectOutputs, currentMachine, EXPECTED_PACKAGES, findWorkspaceRoot, toolVersions, workspacePackages, type WorkspacePackage } from "./collect";
