import { describe, expect, it } from "vitest";
import { quietLoad, type LoadClock } from "./load";

/** A clock whose load average follows `loads` (one value per reading, the last one repeated) and whose sleep advances time. */
function fakeClock(loads: number[]): LoadClock & { slept: number[] } {
  let t = 0;
  let i = 0;
  const slept: number[] = [];
  return {
    slept,
    load: () => loads[Math.min(i++, loads.length - 1)]!,
    now: () => t,
    sleep: (ms) => {
      slept.push(ms);
      t += ms;
    },
  };
}

describe("quietLoad", () => {
  it("samples at once on a quiet machine", () => {
    const clock = fakeClock([0.4]);
    expect(quietLoad({ maxWaitMs: 60_000, cores: 2, clock })).toEqual({ load: 0.4, waitedMs: 0, quiet: true });
    expect(clock.slept).toEqual([]);
  });

  it("waits for the bench's own load to fall to the core count", () => {
    const clock = fakeClock([2.6, 2.4, 2.1, 1.9, 1.0]);
    expect(quietLoad({ maxWaitMs: 60_000, pollMs: 2_000, cores: 2, clock })).toEqual({ load: 1.9, waitedMs: 6_000, quiet: true });
  });

  it("gives up after the longest wait and says the machine is loaded", () => {
    const clock = fakeClock([3.5]);
    expect(quietLoad({ maxWaitMs: 5_000, pollMs: 2_000, cores: 2, clock })).toEqual({ load: 3.5, waitedMs: 5_000, quiet: false });
    // The last sleep is cut to the end of the wait.
    expect(clock.slept).toEqual([2_000, 2_000, 1_000]);
  });

  it("counts a load equal to the core count as quiet", () => {
    expect(quietLoad({ maxWaitMs: 0, cores: 2, clock: fakeClock([2]) }).quiet).toBe(true);
  });
});
