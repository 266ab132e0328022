import { describe, expect, it } from "vitest";
import { parsePartialDate } from "@/lib/claims/partial-date";

describe("parsePartialDate", () => {
  it.each([
    ["1937", 1937, null, null],
    ["1997-09", 1997, 9, null],
    ["2019-08-25", 2019, 8, 25],
    ["10.12.1937", 1937, 12, 10],
    ["11 April 1939", 1939, 4, 11],
    ["April 1939", 1939, 4, null],
    ["Dec. 10, 1937", 1937, 12, 10],
    ["autumn 1956", 1956, null, null],
  ])("reads %s", (text, year, month, day) => {
    expect(parsePartialDate(text)).toMatchObject({ year, month, day });
  });

  it.each([null, "", "unknown", "1937-13", "31.02.1937", "between 1937 and 1938", "12345"])("refuses %s", (text) => {
    expect(parsePartialDate(text)).toBeNull();
  });

  it("places dates on one axis in order", () => {
    const at = (t: string) => parsePartialDate(t)?.at ?? NaN;
    expect(at("1937")).toBe(1937);
    expect(at("1937-01-30")).toBeGreaterThan(at("1937"));
    expect(at("1937-12-31")).toBeLessThan(1938);
    expect(at("10.12.1937")).toBeLessThan(at("1937-12-11"));
  });
});
