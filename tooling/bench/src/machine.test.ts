import { describe, expect, it } from "vitest";
import { formatMemory, parseCpuInfo } from "./machine";

describe("parseCpuInfo", () => {
  it("reads the model of the first processor and counts processors", () => {
    const text = ["processor\t: 0", "vendor_id\t: AuthenticAMD", "model name\t: AMD EPYC 7B13", "", "processor\t: 1", "model name\t: AMD EPYC 7B13", ""].join("\n");
    expect(parseCpuInfo(text)).toEqual({ model: "AMD EPYC 7B13", processors: 2 });
  });

  it("gives no model when the file has none (some ARM kernels)", () => {
    expect(parseCpuInfo("processor\t: 0\nBogoMIPS\t: 50.00\n")).toEqual({ model: undefined, processors: 1 });
  });
});

describe("formatMemory", () => {
  it("shows GiB with one decimal", () => {
    expect(formatMemory(24 * 1024 ** 3)).toBe("24.0 GiB");
    expect(formatMemory(1.5 * 1024 ** 3)).toBe("1.5 GiB");
  });
});
